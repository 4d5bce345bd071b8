package render

import (
	"image"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// DiffBox is the bounding box of the pixels inside b whose colours differ
// between before and after (16-bit RGBA, the comparison `eval anonymize`
// makes); it is empty when none do.
func DiffBox(before, after image.Image, b doc.Box) doc.Box {
	r := b.Rect().Intersect(before.Bounds()).Intersect(after.Bounds())
	same := samePixel(before, after)
	var d image.Rectangle
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !same(x, y) {
				d = d.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return doc.BoxFromRect(d)
}

// samePixel returns a test of whether a pixel of a and b has the same
// colour: a direct byte comparison for two grey images, otherwise their
// 16-bit RGBA values.
func samePixel(a, b image.Image) func(x, y int) bool {
	ga, okA := a.(*image.Gray)
	gb, okB := b.(*image.Gray)
	if okA && okB {
		return func(x, y int) bool { return ga.Pix[ga.PixOffset(x, y)] == gb.Pix[gb.PixOffset(x, y)] }
	}
	return func(x, y int) bool {
		ar, ag, ab, aa := a.At(x, y).RGBA()
		br, bg, bb, ba := b.At(x, y).RGBA()
		return ar == br && ag == bg && ab == bb && aa == ba
	}
}
