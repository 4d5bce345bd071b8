package pii

import "testing"

// LineTexts yields each line's text at its offset in Input.Text, top to
// bottom, and stops when the loop breaks.
func TestLineTexts(t *testing.T) {
	in := NewInput(mkPage(
		row(50, 100, "Name:", " Hollis ", "Kramer"),
		row(50, 130, "Date:", "12/03/1991"),
	))
	var got []string
	for base, text := range in.LineTexts() {
		if in.Text[base:base+len(text)] != text {
			t.Errorf("line %q not at offset %d of %q", text, base, in.Text)
		}
		got = append(got, text)
	}
	if len(got) != 2 || got[0] != "Name: Hollis Kramer" || got[1] != "Date: 12/03/1991" {
		t.Errorf("lines %q", got)
	}
	n := 0
	for range in.LineTexts() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("the loop ran %d times after a break", n)
	}
}
