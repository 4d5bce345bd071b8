// Package testimg builds the small synthetic images the pipeline's tests
// draw on.
package testimg

import "image"

// Flat returns a w*h grey image at the origin with every pixel at level v:
// blank paper to draw test ink on.
func Flat(w, h int, v uint8) *image.Gray {
	return Pattern(w, h, func(int) uint8 { return v })
}

// FlatPair returns two separate flat w*h pages at level v: one kept as
// the page before a change and one to change, for tests that compare them.
func FlatPair(w, h int, v uint8) (before, after *image.Gray) {
	return Flat(w, h, v), Flat(w, h, v)
}

// Pattern returns a w*h grey image at the origin whose i-th pixel, row by
// row, is at level f(i): varied content with a known value everywhere.
func Pattern(w, h int, f func(i int) uint8) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = f(i)
	}
	return g
}

// Strokes paints text-like ink on g: every step-th column of r, from
// r.Min.X, is set to level v (step 1 fills r).
func Strokes(g *image.Gray, r image.Rectangle, step int, v uint8) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x += step {
			g.Pix[g.PixOffset(x, y)] = v
		}
	}
}
