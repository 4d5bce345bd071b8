package render

import (
	"image"
	"image/color"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Erasing a field extent removes the ink around an entity's lines but
// never the lines themselves: drawing aligns the new text with their ink.
func TestEraseExtentLeavesLinesAlone(t *testing.T) {
	img := testimg.Flat(200, 60, 245)
	line := doc.Box{Left: 60, Top: 20, Width: 60, Height: 14}
	testimg.Strokes(img, image.Rect(62, 23, 118, 31), 2, 20)  // the entity's own line
	testimg.Strokes(img, image.Rect(20, 12, 40, 18), 2, 20)   // stray ink in the field, left and above
	testimg.Strokes(img, image.Rect(140, 36, 170, 42), 2, 20) // and right and below
	before := Clone(img)
	ch := EraseExtent(img, doc.Box{Left: 10, Top: 8, Width: 180, Height: 40}, []doc.Box{line.Pad(2)})
	if ch.Empty() {
		t.Fatal("nothing erased")
	}
	for y := line.Top - 2; y < line.Bottom()+2; y++ {
		for x := line.Left - 2; x < line.Right()+2; x++ {
			if img.At(x, y) != before.At(x, y) {
				t.Fatalf("pixel (%d,%d) of the entity's line changed", x, y)
			}
		}
	}
	for _, p := range []image.Point{{20, 12}, {140, 36}} {
		if v := img.GrayAt(p.X, p.Y).Y; v < 128 {
			t.Errorf("stray ink at %v kept (%d)", p, v)
		}
	}
	// A field of paper only changes nothing.
	blank := testimg.Flat(50, 20, 245)
	if ch := EraseExtent(blank, doc.Box{Left: 5, Top: 2, Width: 40, Height: 16}, nil); !ch.Empty() {
		t.Errorf("blank field: changed %v", ch)
	}
}

func TestSkipWordTailsKeepsLabelInk(t *testing.T) {
	img := testimg.Flat(200, 40, 240)
	testimg.Strokes(img, image.Rect(10, 12, 40, 24), 1, 30) // "Emai", boxed by OCR
	testimg.Strokes(img, image.Rect(42, 12, 48, 24), 1, 30) // "l:", outside the OCR box
	testimg.Strokes(img, image.Rect(90, 12, 120, 24), 1, 30)
	label := doc.Box{Left: 10, Top: 12, Width: 30, Height: 12}
	field := doc.Box{Left: 44, Top: 10, Width: 150, Height: 16}
	got := SkipWordTails(img, field, []doc.Box{label})
	if got.Left != 48 || got.Right() != field.Right() {
		t.Fatalf("field %v became %v, want to start at 48", field, got)
	}
	// A word far from the field leaves it alone.
	if got := SkipWordTails(img, field, []doc.Box{{Left: 0, Top: 12, Width: 10, Height: 12}}); got != field {
		t.Fatalf("field moved to %v", got)
	}
}

// A clone keeps the pixel type of grey and NRGBA images and copies the
// pixels, without sharing them.
func TestCloneKeepsTypeAndPixels(t *testing.T) {
	g := image.NewGray(image.Rect(3, 4, 13, 9))
	g.SetGray(5, 6, color.Gray{Y: 77})
	c := Clone(g)
	cg, ok := c.(*image.Gray)
	if !ok || cg.Bounds() != g.Bounds() || cg.GrayAt(5, 6).Y != 77 {
		t.Fatalf("grey clone %T %v", c, c.Bounds())
	}
	cg.SetGray(5, 6, color.Gray{Y: 1})
	if g.GrayAt(5, 6).Y != 77 {
		t.Error("clone shares the original's pixels")
	}
	n := image.NewNRGBA(image.Rect(0, 0, 4, 4))
	if _, ok := Clone(n).(*image.NRGBA); !ok {
		t.Error("NRGBA clone changed type")
	}
	p := image.NewPaletted(image.Rect(0, 0, 4, 4), color.Palette{color.White, color.Black})
	p.SetColorIndex(1, 1, 1)
	pc, ok := Clone(p).(*image.RGBA)
	if !ok || pc.RGBAAt(1, 1) != (color.RGBA{A: 255}) {
		t.Errorf("paletted clone %T, pixel %v", Clone(p), pc.RGBAAt(1, 1))
	}
}
