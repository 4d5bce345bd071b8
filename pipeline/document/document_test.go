package document

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf/pdftest"
	"github.com/anonymizer-project/anonymizer/pipeline/tiffpages"
)

func grey(w, h int, seed int) *image.Gray {
	return testimg.Pattern(w, h, func(i int) uint8 { return uint8(i*7 + seed) })
}

// tiffOf encodes pages as one TIFF at dpi.
func tiffOf(t *testing.T, dpi float64, imgs ...image.Image) []byte {
	t.Helper()
	var pages []OutPage
	for _, im := range imgs {
		pages = append(pages, OutPage{Image: im, Info: PageInfo{DPI: dpi}})
	}
	var b bytes.Buffer
	if err := Encode(&b, "x.tif", pages); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Formats are told by content, whatever the name; each page comes back
// with its size and, for TIFF, its resolution.
func TestOpenSniffsContent(t *testing.T) {
	img := grey(30, 20, 1)
	var p, j bytes.Buffer
	png.Encode(&p, img)
	jpeg.Encode(&j, img, nil)
	cases := []struct {
		data  []byte
		want  Format
		pages int
	}{
		{p.Bytes(), PNG, 1},
		{j.Bytes(), JPEG, 1},
		{tiffOf(t, 0, img), TIFF, 1},
		{tiffOf(t, 150, img, grey(10, 40, 2), grey(25, 25, 3)), TIFF, 3},
		{pdftest.Scanned(t, []image.Image{img, grey(25, 25, 3)}, 72), PDF, 2},
	}
	for _, c := range cases {
		d, err := Open(c.data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.want, err)
		}
		if d.Format != c.want || d.NumPages() != c.pages {
			t.Errorf("%s: opened as %s with %d pages, want %d", c.want, d.Format, d.NumPages(), c.pages)
		}
		last, info, err := d.Page(context.Background(), c.pages-1)
		if err != nil || last.Bounds().Empty() {
			t.Errorf("%s: last page: %v", c.want, err)
		}
		if c.pages == 3 && (last.Bounds().Dx() != 25 || info.DPI != 150) {
			t.Errorf("TIFF page 3: %v at %v dpi", last.Bounds(), info.DPI)
		}
		if c.want == PDF && (last.Bounds().Dx() != 25 || info.WidthPt != 25) {
			t.Errorf("PDF page 2: %v, %v pt wide", last.Bounds(), info.WidthPt)
		}
		d.Close()
	}
}

func TestOpenErrors(t *testing.T) {
	three := tiffOf(t, 0, grey(10, 10, 0), grey(200, 200, 0), grey(10, 10, 0))
	cases := map[string]struct {
		data []byte
		o    Options
		want string
		is   error
	}{
		"text":       {[]byte("plain text, not a page"), Options{}, "not a PNG, JPEG, TIFF or PDF file", ErrUnsupported},
		"pages":      {three, Options{MaxPages: 2}, "more pages than the limit of 2", tiffpages.ErrTooManyPages},
		"pixels":     {three, Options{MaxPixels: 1000}, "TIFF page 2", imageio.ErrTooLarge},
		"cut tiff":   {three[:40], Options{}, "TIFF", nil},
		"cut header": {three[:6], Options{}, "TIFF", tiffpages.ErrMalformed},
	}
	for name, c := range cases {
		_, err := Open(c.data, c.o)
		if err == nil || !strings.Contains(err.Error(), c.want) || (c.is != nil && !errors.Is(err, c.is)) {
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
}

// TestSniff names formats by their first bytes only, and refuses others
// with ErrUnsupported.
func TestSniff(t *testing.T) {
	cases := map[string]Format{"\x89PNG\r\n\x1a\n": PNG, "\xff\xd8\xff": JPEG, "II*\x00": TIFF, "MM\x00*": TIFF, "%PDF-1.7\n": PDF}
	for magic, want := range cases {
		if got, err := Sniff([]byte(magic + "truncated")); got != want || err != nil {
			t.Errorf("%q: %q %v, want %q", magic, got, err, want)
		}
	}
	if _, err := Sniff([]byte("GIF89a")); !errors.Is(err, ErrUnsupported) {
		t.Errorf("GIF: %v, want ErrUnsupported", err)
	}
}

func TestOutputExt(t *testing.T) {
	cases := []struct {
		f    Format
		path string
		n    int
		want string
	}{
		{PNG, "a/scan.PNG", 1, ".png"},
		{JPEG, "scan.jpeg", 1, ".jpeg"},
		{PNG, "scan.tif", 1, ".tif"}, // the name asks for TIFF, as before
		{PNG, "scan", 1, ".png"},
		{TIFF, "scan.tiff", 3, ".tiff"},
		{TIFF, "scan.png", 3, ".tif"},
		{TIFF, "-", 3, ".tif"},
		{TIFF, "-", 1, ".png"},
		{PDF, "scan.PDF", 1, ".pdf"},
		{PDF, "-", 1, ".pdf"},
		{JPEG, "-", 1, ".png"},
	}
	for _, c := range cases {
		if got := OutputExt(c.f, c.path, c.n); got != c.want {
			t.Errorf("OutputExt(%s, %q, %d) = %q, want %q", c.f, c.path, c.n, got, c.want)
		}
	}
}

// WriteFile keeps the page count, sizes and resolution of a TIFF; a
// single-image format refuses several pages and leaves no file.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	pages := []OutPage{{Image: grey(30, 20, 1), Info: PageInfo{DPI: 300}}, {Image: grey(12, 50, 2), Info: PageInfo{DPI: 300}}}
	out := filepath.Join(dir, "doc.tif")
	if err := WriteFile(out, pages); err != nil {
		t.Fatal(err)
	}
	d, err := Read(out, Options{})
	if err != nil || d.NumPages() != 2 {
		t.Fatalf("read back: %v", err)
	}
	img, info, err := d.Page(context.Background(), 1)
	if err != nil || img.Bounds() != pages[1].Image.Bounds() || info.DPI != 300 {
		t.Errorf("page 2: %v %v at %v dpi", err, img.Bounds(), info.DPI)
	}
	pdfOut := filepath.Join(dir, "doc.pdf")
	pages[1].Info = PageInfo{WidthPt: 100, HeightPt: 300}
	if err := WriteFile(pdfOut, pages); err != nil {
		t.Fatal(err)
	}
	if d, err = Read(pdfOut, Options{}); err != nil || d.Format != PDF || d.NumPages() != 2 {
		t.Fatalf("read the PDF back: %v", err)
	}
	// Page 1 had no size in points: 30x20 px at 300 dpi.
	for i, want := range [][2]float64{{7.2, 4.8}, {100, 300}} {
		_, info, err := d.Page(context.Background(), i)
		if err != nil || math.Abs(info.WidthPt-want[0]) > 0.01 || math.Abs(info.HeightPt-want[1]) > 0.01 {
			t.Errorf("PDF page %d: %+v %v, want %v pt", i+1, info, err, want)
		}
	}
	bad := filepath.Join(dir, "doc.png")
	if err := WriteFile(bad, pages); err == nil || !strings.Contains(err.Error(), "one page") {
		t.Errorf("two pages as PNG: %v", err)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("a refused PNG was left behind: %v", err)
	}
}
