package ocr

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"slices"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func TestComponents(t *testing.T) {
	w, h := 10, 6
	ink := make([]bool, w*h)
	set := func(x, y int) { ink[y*w+x] = true }
	// A "U" shape (joined only at the bottom), a diagonal pair, a lone dot.
	for y := 0; y < 4; y++ {
		set(0, y)
		set(3, y)
	}
	set(1, 3)
	set(2, 3)
	set(6, 0)
	set(7, 1)
	set(9, 5)
	got := components(ink, w, h)
	want := []image.Rectangle{image.Rect(0, 0, 4, 4), image.Rect(6, 0, 8, 2), image.Rect(9, 5, 10, 6)}
	if !slices.Equal(got, want) {
		t.Fatalf("components = %v, want %v", got, want)
	}
}

func TestUncoveredAndRecover(t *testing.T) {
	e := newEngine(t, Options{Workers: 1})
	img, want := render(t, 700, 260,
		line{"Subject: Quarterly report", 40, 60, 16},
		line{"To: Eleanor Whitfield", 40, 140, 12})
	// A ruling line under the second line must not become a text region.
	draw.Draw(img, image.Rect(30, 160, 650, 162), image.NewUniform(color.Black), image.Point{}, draw.Src)

	// Pretend the page pass found only the first line.
	var first []doc.Word
	for _, d := range want[:3] {
		first = append(first, doc.Word{Text: d.text, Box: d.box, Line: 1, Block: 1, Pass: doc.PassPage})
	}
	regions := Uncovered(img, first)
	if len(regions) != 1 {
		t.Fatalf("Uncovered = %v, want one region around the second line", regions)
	}
	second := want[3].box.Union(want[5].box)
	if !second.Rect().In(regions[0]) {
		t.Errorf("region %v does not hold the second line %v", regions[0], second.Rect())
	}
	if regions[0].Overlaps(first[0].Box.Rect()) || regions[0].Max.Y > 160 {
		t.Errorf("region %v reaches the first line or the rule", regions[0])
	}
	if got := Uncovered(img, nil); len(got) != 2 {
		t.Errorf("with no words Uncovered = %v, want both lines", got)
	}

	page := &doc.Page{Words: first, Width: 700, Height: 260}
	rec, err := e.Recover(context.Background(), img, page, 0)
	if err != nil {
		t.Fatalf("Recover: %v", err)
	}
	// The name matters; a 12 px "To:" is at the edge of what Tesseract reads.
	for _, d := range want[4:] {
		w, iou := findWord(rec, d.box)
		if iou < 0.5 || w.Text != d.text {
			t.Errorf("recovered %q at %+v, want %q at %+v (IoU %.2f)", w.Text, w.Box, d.text, d.box, iou)
		}
		if w.Pass != PassRecover || w.Line < FieldLineBase {
			t.Errorf("recovered word pass %q line %d, want %q and offset ids", w.Pass, w.Line, PassRecover)
		}
	}
	merged, _ := Merge(page.Words, Fill, Reading{Words: rec})
	if len(merged) < len(want)-1 || len(merged) > len(want) {
		t.Errorf("merged %d words, want %d or %d", len(merged), len(want)-1, len(want))
	}
}

func TestTooWide(t *testing.T) {
	for _, c := range []struct {
		text string
		w, h int
		wide bool
	}{
		{"my", 278, 13, true},      // a rule read as two letters
		{"Company", 55, 16, false}, // ordinary text
		{"W", 30, 12, false},       // one wide capital
		{"M.", 14, 10, false},
		{"—", 90, 3, true},
	} {
		if got := tooWide(doc.Word{Text: c.text, Box: doc.Box{Width: c.w, Height: c.h}}); got != c.wide {
			t.Errorf("%q %dx%d: tooWide %v, want %v", c.text, c.w, c.h, got, c.wide)
		}
	}
}
