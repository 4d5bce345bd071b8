package pdf_test

import (
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"testing"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf/pdftest"
)

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		data string
		want bool
	}{
		{"%PDF-1.7\n", true},
		{"\xef\xbb\xbf junk before %PDF-1.4", true},
		{"\x89PNG\r\n\x1a\n", false},
		{"", false},
		{string(make([]byte, 1030)) + "%PDF-1.4", false},
	} {
		if got := pdf.Sniff([]byte(c.data)); got != c.want {
			t.Errorf("Sniff(%.12q) = %v, want %v", c.data, got, c.want)
		}
	}
}

// A scanned page comes back at its image's own resolution: same pixel size,
// and for a lossless page the same pixels.
func TestScannedPagesAtOwnResolution(t *testing.T) {
	gray := scanPage(t, 1, 1700, 2200)
	bw := bilevel(1700, 2200)
	d := open(t, pdftest.Scanned(t, []image.Image{gray, bw}, 200), pdf.ReadOptions{DPI: 72})
	if d.NumPages() != 2 {
		t.Fatalf("NumPages = %d, want 2", d.NumPages())
	}
	for i, want := range []image.Image{gray, bw} {
		img, info := page(t, d, i)
		if img.Bounds().Size() != want.Bounds().Size() {
			t.Errorf("page %d: %v pixels, want %v", i+1, img.Bounds().Size(), want.Bounds().Size())
		}
		if !info.Scanned || math.Abs(info.DPI-200) > 0.01 || math.Abs(info.WidthPt-612) > 0.01 || math.Abs(info.HeightPt-792) > 0.01 {
			t.Errorf("page %d: %+v, want a scanned 612x792 pt page at 200 dpi", i+1, info)
		}
		if _, ok := img.(*image.Gray); !ok {
			t.Errorf("page %d: %T, want *image.Gray for a gray page", i+1, img)
		}
	}
	img, _ := page(t, d, 1)
	if !samePixels(img, bw) {
		t.Error("lossless scanned page: pixels differ from the embedded image")
	}
	img, _ = page(t, d, 0)
	if diff := meanAbsDiff(img, gray); diff > 3 {
		t.Errorf("JPEG scanned page: mean difference %.2f gray levels, want ≤ 3", diff)
	}
}

// A portrait scan shown landscape, by the page's /Rotate or by the image's
// matrix, is rasterized as displayed at the image's resolution.
func TestScannedRotatedPage(t *testing.T) {
	scan := bilevel(850, 1100)
	scan.Pix[0] = 1 // a white top left corner tells the orientation
	for _, byRotate := range []bool{true, false} {
		d := open(t, rotatedScan(t, scan, byRotate), pdf.ReadOptions{})
		img, info := page(t, d, 0)
		if !info.Scanned || math.Abs(info.DPI-100) > 0.01 {
			t.Errorf("/Rotate %v: %+v, want scanned at 100 dpi", byRotate, info)
		}
		if math.Abs(info.WidthPt-792) > 0.01 || math.Abs(info.HeightPt-612) > 0.01 || img.Bounds().Size() != image.Pt(1100, 850) {
			t.Errorf("/Rotate %v: %+v, %v pixels; want 792x612 pt, 1100x850 pixels", byRotate, info, img.Bounds().Size())
			continue
		}
		// /Rotate 90 turns the page clockwise; the matrix turns the image
		// counter-clockwise.
		if !samePixels(img, turn(scan, byRotate)) {
			t.Errorf("/Rotate %v: pixels are not the scan's, turned", byRotate)
		}
	}
}

// A scan with a margin around it is still a scan: the page is rendered at
// the image's resolution, the margin white.
func TestScanWithMargin(t *testing.T) {
	d := open(t, imagePage(t, bilevel(850, 1100), "[0 0 612 792]", "581.4 0 0 752.4 15.3 19.8"), pdf.ReadOptions{})
	img, info := page(t, d, 0)
	dpi := 850 * 72 / 581.4
	want := image.Pt(int(math.Round(612*dpi/72)), int(math.Round(792*dpi/72)))
	if !info.Scanned || math.Abs(info.DPI-dpi) > 0.01 || img.Bounds().Size() != want {
		t.Fatalf("%+v, %v pixels; want scanned at %.2f dpi, %v pixels", info, img.Bounds().Size(), dpi, want)
	}
	if n := darkPixels(img, image.Rect(0, 0, want.X, 15)); n != 0 {
		t.Errorf("top margin: %d dark pixels, want none", n)
	}
	if n := darkPixels(img, image.Rect(30, 30, want.X-30, want.Y-30)); n < 10000 {
		t.Errorf("scan: %d dark pixels, want its ink", n)
	}
}

// A born-digital page is rendered at the requested DPI with its text and
// its annotation's appearance.
func TestBornDigitalRenderedAtDPI(t *testing.T) {
	data := pdftest.BornDigital(t, []string{"Patient: Johanna Quist", "MRN 4471-2290"}, map[string]string{"Title": "Johanna Quist"}, "Call Johanna Quist")
	d := open(t, data, pdf.ReadOptions{DPI: 150})
	img, info := page(t, d, 0)
	if info.Scanned || info.DPI != 150 || img.Bounds().Size() != image.Pt(1275, 1650) {
		t.Fatalf("%+v, %v pixels; want born-digital at 150 dpi, 1275x1650", info, img.Bounds().Size())
	}
	px := func(pt float64) int { return int(pt * 150 / 72) }
	// The first line's baseline is 72 pt below the top; the annotation
	// spans 60..84 pt above the bottom.
	if n := darkPixels(img, image.Rect(px(72), px(792-84), px(300), px(792-64))); n < 200 {
		t.Errorf("first text line: %d dark pixels, want text", n)
	}
	if n := darkPixels(img, image.Rect(px(72), px(792-84), px(400), px(792-60))); n < 200 {
		t.Errorf("FreeText annotation: %d dark pixels, want its appearance drawn", n)
	}
}

// Page may be called from several goroutines; the pixels are the same as
// when called one after the other.
func TestConcurrentPages(t *testing.T) {
	lines := make([]string, 3*pdftest.LinesPerPage)
	for i := range lines {
		lines[i] = fmt.Sprintf("Line %d of a born-digital document, set in Helvetica.", i+1)
	}
	d := open(t, pdftest.BornDigital(t, lines, nil, ""), pdf.ReadOptions{DPI: 100})
	seq := make([]image.Image, d.NumPages())
	for i := range seq {
		seq[i], _ = page(t, d, i)
	}
	type result struct {
		i   int
		img image.Image
		err error
	}
	results := make(chan result)
	for round := 0; round < 2; round++ {
		for i := range seq {
			go func() {
				img, _, err := d.Page(context.Background(), i)
				results <- result{i, img, err}
			}()
		}
	}
	for range 2 * len(seq) {
		r := <-results
		if r.err != nil {
			t.Fatal(r.err)
		}
		if !samePixels(r.img, seq[r.i]) {
			t.Errorf("page %d: concurrent render differs from sequential", r.i+1)
		}
	}
}

// A cancelled context stops Page, and the pool serves later calls.
func TestPageCancelled(t *testing.T) {
	d := open(t, pdftest.BornDigital(t, []string{"text"}, nil, ""), pdf.ReadOptions{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := d.Page(ctx, 0); err == nil {
		t.Fatal("Page with a cancelled context succeeded")
	}
	page(t, d, 0)
	// Cancelled while rendering: a large page takes longer than the deadline.
	big := open(t, pdftest.BornDigital(t, []string{"text"}, nil, ""), pdf.ReadOptions{DPI: 900})
	ctx, cancel = context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, _, err := big.Page(ctx, 0); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Page past its deadline: error %v, want %v", err, context.DeadlineExceeded)
	}
	t.Logf("cancelled render returned after %v", time.Since(start))
	page(t, d, 0)
	_ = d.Close()
	_ = d.Close()
	if _, _, err := d.Page(context.Background(), 0); err == nil {
		t.Error("Page after Close succeeded")
	}
}
