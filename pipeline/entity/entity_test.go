package entity

import "testing"

func TestPersonalText(t *testing.T) {
	for _, c := range []struct {
		typ        Type
		text, want string
	}{
		{Age, "75-year-old", "75"},
		{Age, "46yo", "46"},
		{Age, "ans", "ans"}, // no number: the whole text
		{Date, "March 14, 2024", "March 14, 2024"},
		{Person, "Ada Quill", "Ada Quill"},
	} {
		if got := PersonalText(c.typ, c.text); got != c.want {
			t.Errorf("PersonalText(%s, %q) = %q, want %q", c.typ, c.text, got, c.want)
		}
	}
}
