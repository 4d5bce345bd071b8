package render

import (
	"image"
	"image/color"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func TestDiffBox(t *testing.T) {
	before, after := testimg.FlatPair(40, 30, 200)
	whole := doc.Box{Width: 40, Height: 30}
	if d := DiffBox(before, after, whole); !d.Empty() {
		t.Fatalf("identical images differ in %v", d)
	}
	after.Set(5, 7, color.Gray{Y: 10})
	after.Set(12, 3, color.Gray{Y: 10})
	want := doc.Box{Left: 5, Top: 3, Width: 8, Height: 5}
	if d := DiffBox(before, after, whole); d != want {
		t.Errorf("grey: got %v, want %v", d, want)
	}
	// Only the pixels inside the box count.
	if d := DiffBox(before, after, doc.Box{Left: 10, Top: 0, Width: 30, Height: 30}); d != (doc.Box{Left: 12, Top: 3, Width: 1, Height: 1}) {
		t.Errorf("inside a box: got %v", d)
	}
	// Colour images compare as RGBA.
	rgb := image.NewRGBA(before.Bounds())
	for y := 0; y < 30; y++ {
		for x := 0; x < 40; x++ {
			rgb.Set(x, y, before.At(x, y))
		}
	}
	if d := DiffBox(rgb, before, whole); !d.Empty() {
		t.Errorf("the same page as RGBA and grey differs in %v", d)
	}
	if d := DiffBox(rgb, after, whole); d != want {
		t.Errorf("RGBA against grey: got %v, want %v", d, want)
	}
}
