package testimg

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
)

// Text draws s in black in the default font at size (pixels) on img, from
// x on the baseline, and returns the box of its ink.
func Text(t testing.TB, img draw.Image, s string, x, baseline int, size float64) doc.Box {
	t.Helper()
	face, err := fonts.Default().Face(size)
	if err != nil {
		t.Fatal(err)
	}
	d := &font.Drawer{Dst: img, Src: image.NewUniform(color.Black), Face: face, Dot: fixed.P(x, baseline)}
	b, _ := d.BoundString(s)
	d.DrawString(s)
	return doc.BoxFromRect(image.Rect(b.Min.X.Floor(), b.Min.Y.Floor(), b.Max.X.Ceil(), b.Max.Y.Ceil()))
}
