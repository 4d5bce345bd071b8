package ocr

import (
	"context"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
)

func TestBandCutsFallInBlankGaps(t *testing.T) {
	g := testimg.Flat(100, 200, 250)
	ink := func(y0, y1 int) {
		for y := y0; y < y1; y++ {
			for x := 10; x < 90; x += 2 {
				g.Pix[y*g.Stride+x] = 20
			}
		}
	}
	// Ink everywhere but a gap at rows 104..123, off the nominal middle.
	ink(0, 104)
	ink(124, 200)
	cuts := bandCuts(g, 2)
	if len(cuts) != 3 || cuts[0] != 0 || cuts[2] != 200 {
		t.Fatalf("cuts %v", cuts)
	}
	if cuts[1] < 107 || cuts[1] > 120 {
		t.Fatalf("cut at row %d, want inside the blank gap 104..123, 3 rows clear of ink", cuts[1])
	}
}

func TestPageBandsReadsEveryLineOnce(t *testing.T) {
	e := newEngine(t, Options{Workers: 2})
	img, want := render(t, 640, 400,
		line{"Invoice 12345 John Smith", 40, 60, 20},
		line{"Paid 2024-03-15 Berlin", 40, 150, 20},
		line{"Account 778899 Mary Jones", 40, 250, 20},
		line{"Phone 555-0142 Boston", 40, 340, 20})
	p, err := e.PageBands(context.Background(), img, 3, 3, 2)
	if err != nil {
		t.Fatalf("PageBands: %v", err)
	}
	if p.Index != 3 || p.Width != 640 || p.Height != 400 {
		t.Fatalf("page header = %d %dx%d", p.Index, p.Width, p.Height)
	}
	if len(p.Words) != len(want) {
		t.Errorf("%d words, want %d", len(p.Words), len(want))
	}
	lines := map[int]bool{}
	for _, d := range want {
		w, iou := findWord(p.Words, d.box)
		if iou < 0.5 || w.Text != d.text {
			t.Errorf("word %q at %+v: best %q at %+v (IoU %.2f)", d.text, d.box, w.Text, w.Box, iou)
		}
		lines[w.Line] = true
	}
	if len(lines) != 4 {
		t.Errorf("%d distinct line ids over 4 lines in two bands", len(lines))
	}
}
