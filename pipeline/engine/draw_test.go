package engine

import (
	"context"
	"image"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Lines drawn side by side keep clear of each other: the rebuilt margin of
// one must not erase the new text of the line just above or below it.
func TestDrawLinesKeepClearOfOtherLines(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 300, 80))
	for i := range img.Pix {
		img.Pix[i] = 245
	}
	upper := doc.Box{Left: 20, Top: 20, Width: 120, Height: 14}
	lower := doc.Box{Left: 20, Top: 35, Width: 120, Height: 14} // 1 px below
	for _, b := range []doc.Box{upper, lower} {
		for y := b.Top + 2; y < b.Bottom()-2; y++ {
			for x := b.Left; x < b.Right(); x += 3 {
				img.Pix[img.PixOffset(x, y)] = 30 // the old text's ink
			}
		}
	}
	jobs := []*job{
		{line: lineSpan{box: upper}, text: "Ada Quill"},
		{line: lineSpan{box: lower}, text: "Bo Ferris"},
	}
	a := &Anonymizer{}
	a.drawLines(context.Background(), img, jobs, nil, []doc.Box{upper, lower}, "test", false, 2)
	for i, j := range jobs {
		if j.res == nil {
			t.Fatalf("line %d not drawn", i)
		}
		other := jobs[1-i].line.box
		if x := j.res.Region.Intersect(other); !x.Empty() {
			t.Errorf("line %d changed %v, inside the other line %v", i, x, other)
		}
	}
}

// Erasing a field extent removes the ink around an entity's lines but
// never the lines themselves: drawing aligns the new text with their ink.
func TestEraseExtentLeavesLinesAlone(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 200, 60))
	for i := range img.Pix {
		img.Pix[i] = 245
	}
	dot := func(x0, y0, x1, y1 int) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x += 2 {
				img.Pix[img.PixOffset(x, y)] = 20
			}
		}
	}
	line := doc.Box{Left: 60, Top: 20, Width: 60, Height: 14}
	dot(62, 23, 118, 31)  // the entity's own line
	dot(20, 12, 40, 18)   // stray ink in the field, left and above
	dot(140, 36, 170, 42) // and right and below
	before := image.NewGray(img.Rect)
	copy(before.Pix, img.Pix)
	ch := eraseExtent(img, doc.Box{Left: 10, Top: 8, Width: 180, Height: 40}, []doc.Box{line.Pad(2)})
	if ch.Empty() {
		t.Fatal("nothing erased")
	}
	for y := line.Top - 2; y < line.Bottom()+2; y++ {
		for x := line.Left - 2; x < line.Right()+2; x++ {
			if img.GrayAt(x, y) != before.GrayAt(x, y) {
				t.Fatalf("pixel (%d,%d) of the entity's line changed", x, y)
			}
		}
	}
	for _, p := range []image.Point{{20, 12}, {140, 36}} {
		if v := img.GrayAt(p.X, p.Y).Y; v < 128 {
			t.Errorf("stray ink at %v kept (%d)", p, v)
		}
	}
}
