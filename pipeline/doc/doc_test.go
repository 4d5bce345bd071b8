package doc

import "testing"

func TestWithinRows(t *testing.T) {
	b := Box{Left: 10, Top: 90, Width: 50, Height: 30}
	if got := b.WithinRows(Box{Left: 0, Top: 100, Width: 5, Height: 12}, 2); got != (Box{Left: 10, Top: 98, Width: 50, Height: 16}) {
		t.Errorf("clipped to rows 98..114: got %v", got)
	}
	if got := b.WithinRows(Box{Top: 200, Height: 10}, 0); got != b {
		t.Errorf("no common rows: got %v, want the box unchanged", got)
	}
}

func TestSupersedingBox(t *testing.T) {
	old := []Word{{Text: "555-O1O0", Box: Box{Left: 40, Top: 100, Width: 60, Height: 12}}}
	// The same number read from a crop reaching into the line above: taller
	// and far wider than the eight characters it holds.
	nw := Word{Text: "555-0100", Box: Box{Left: 40, Top: 92, Width: 100, Height: 20}}
	if got, want := SupersedingBox(nw, old), (Box{Left: 40, Top: 98, Width: 62, Height: 14}); got != want {
		t.Errorf("got %v, want %v", got, want)
	}
	// A read that completes a word read in part keeps its width.
	nw = Word{Text: "555-0100 x12", Box: Box{Left: 40, Top: 100, Width: 90, Height: 12}}
	if got := SupersedingBox(nw, old); got.Width != 90 {
		t.Errorf("completed word clipped to %v", got)
	}
	// Nothing superseded: the box as read.
	if got := SupersedingBox(nw, nil); got != nw.Box {
		t.Errorf("no old words: got %v", got)
	}
}

func TestSameRow(t *testing.T) {
	a := Box{Left: 0, Top: 10, Width: 50, Height: 20} // rows 10..29
	for _, c := range []struct {
		o       Box
		overlap int
		same    bool
	}{
		{Box{Left: 60, Top: 10, Width: 30, Height: 20}, 20, true},  // level
		{Box{Left: 60, Top: 20, Width: 30, Height: 20}, 10, true},  // half the height
		{Box{Left: 60, Top: 21, Width: 30, Height: 20}, 9, false},  // under half
		{Box{Left: 60, Top: 26, Width: 30, Height: 7}, 4, true},    // 2*4 >= 7
		{Box{Left: 60, Top: 27, Width: 30, Height: 7}, 3, false},   // 2*3 < 7
		{Box{Left: 60, Top: 35, Width: 30, Height: 20}, -5, false}, // apart: the gap
		{Box{Left: 0, Top: 0, Width: 50, Height: 60}, 20, true},    // a tall box holding it
	} {
		if got := a.RowOverlap(c.o); got != c.overlap {
			t.Errorf("RowOverlap(%+v) = %d, want %d", c.o, got, c.overlap)
		}
		if got := a.SameRow(c.o); got != c.same || c.o.SameRow(a) != c.same {
			t.Errorf("SameRow(%+v) = %v, want %v both ways", c.o, got, c.same)
		}
	}
}

func TestUnionOf(t *testing.T) {
	words := []Word{{Box: Box{Left: 10, Top: 5, Width: 20, Height: 10}}, {}, {Box: Box{Left: 40, Top: 8, Width: 5, Height: 12}}}
	box := func(w Word) Box { return w.Box }
	if got, want := UnionOf(words, box), (Box{Left: 10, Top: 5, Width: 35, Height: 15}); got != want {
		t.Errorf("UnionOf = %+v, want %+v (the empty box ignored)", got, want)
	}
	if got := UnionOf(nil, box); !got.Empty() {
		t.Errorf("UnionOf(nil) = %+v, want empty", got)
	}
}
