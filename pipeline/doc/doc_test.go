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
