package ocr

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func TestIoU(t *testing.T) {
	a := doc.Box{Left: 0, Top: 0, Width: 10, Height: 10}
	if got := IoU(a, a); got != 1 {
		t.Errorf("IoU(a,a) = %v", got)
	}
	b := doc.Box{Left: 5, Top: 0, Width: 10, Height: 10}
	if got, want := IoU(a, b), 50.0/150.0; got != want {
		t.Errorf("IoU half overlap = %v, want %v", got, want)
	}
	if got := IoU(a, doc.Box{Left: 20, Top: 20, Width: 5, Height: 5}); got != 0 {
		t.Errorf("IoU disjoint = %v", got)
	}
}

func TestMergeWords(t *testing.T) {
	w := func(text string, l, top, wd, line, block int, pass string) doc.Word {
		return doc.Word{Text: text, Box: doc.Box{Left: l, Top: top, Width: wd, Height: 12}, Line: line, Block: block, Par: 1, Pass: pass}
	}
	a := []doc.Word{
		w("TO:", 10, 10, 30, 1, 1, "page"),
		w("DATE:", 10, 40, 50, 2, 1, "page"),
	}
	b := []doc.Word{
		w("TO;", 11, 10, 29, 1, 1, "sparse"),        // same word, read differently
		w("George", 60, 11, 60, 1, 1, "sparse"),     // missed by a, on a's line 1
		w("Baroody", 130, 10, 70, 1, 1, "sparse"),   // missed by a, on a's line 1
		w("DA", 10, 40, 20, 2, 2, "sparse"),         // a fragment inside a's word
		w("12/10/98", 80, 41, 70, 3, 2, "sparse"),   // missed by a, on a's line 2
		w("Ferris", 300, 80, 40, 4, 3, "sparse"),    // on no line of a
		w("Richmond", 360, 81, 60, 4, 3, "sparse"),  // same b line as Ferris
		w("Virginia", 300, 120, 60, 5, 3, "sparse"), // another b line
	}
	got := MergeWords(a, b)
	var texts []string
	for _, x := range got {
		texts = append(texts, x.Text)
	}
	want := []string{"TO:", "DATE:", "George", "Baroody", "12/10/98", "Ferris", "Richmond", "Virginia"}
	if len(texts) != len(want) {
		t.Fatalf("merged = %v, want %v", texts, want)
	}
	for i := range want {
		if texts[i] != want[i] {
			t.Fatalf("merged = %v, want %v", texts, want)
		}
	}
	// Words on a's lines join them.
	if got[2].Line != 1 || got[3].Line != 1 || got[4].Line != 2 || got[4].Block != 1 {
		t.Errorf("aligned words lines %d %d %d (block %d), want 1 1 2 (block 1)", got[2].Line, got[3].Line, got[4].Line, got[4].Block)
	}
	// Others keep b's grouping, offset past a's ids.
	if got[5].Line <= 2 || got[5].Line != got[6].Line || got[7].Line == got[5].Line || got[5].Block <= 1 {
		t.Errorf("unaligned words lines %d %d %d block %d: want offset past 2, Ferris/Richmond equal, Virginia distinct",
			got[5].Line, got[6].Line, got[7].Line, got[5].Block)
	}
	if b[1].Line != 1 || b[5].Line != 4 {
		t.Error("MergeWords modified its input")
	}
	// Field words (already offset) keep their ids when not on a line of a.
	f := []doc.Word{w("Ferris", 300, 80, 40, FieldLineBase+4097, FieldLineBase+4097, "field")}
	if m := MergeWords(a, f); len(m) != 3 || m[2].Line != FieldLineBase+4097 {
		t.Errorf("field word ids changed: %+v", m[len(m)-1])
	}
	// A tall line (a block read as one) does not swallow a small word.
	tall := []doc.Word{{Text: "Notes", Box: doc.Box{Left: 0, Top: 0, Width: 40, Height: 40}, Line: 1}}
	if m := MergeWords(tall, []doc.Word{w("x1", 100, 10, 10, 9, 9, "field")}); m[1].Line == 1 {
		t.Error("word joined a line more than twice its height")
	}
	if m := MergeWords(nil, b); len(m) != len(b) {
		t.Errorf("merge into nothing kept %d of %d", len(m), len(b))
	}
}
