package pdf_test

import (
	"bytes"
	"context"
	"image"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf/pdftest"
)

// Written pages read back with their count, sizes in points and, where
// stored lossless, their pixels.
func TestWriteRoundTrip(t *testing.T) {
	scan := scanPage(t, 2, 1000, 1300)
	pages := []pdf.OutPage{
		{Image: bilevel(1700, 2200), WidthPt: 612, HeightPt: 792},
		{Image: flatColour(1240, 1754), WidthPt: 595.28, HeightPt: 841.89},
		{Image: scan, WidthPt: 360, HeightPt: 468},
	}
	d := open(t, writePDF(t, pages), pdf.ReadOptions{})
	if d.NumPages() != len(pages) {
		t.Fatalf("NumPages = %d, want %d", d.NumPages(), len(pages))
	}
	for i, p := range pages {
		img, info := page(t, d, i)
		if math.Abs(info.WidthPt-p.WidthPt) > 0.01 || math.Abs(info.HeightPt-p.HeightPt) > 0.01 {
			t.Errorf("page %d: %gx%g pt, want %gx%g", i+1, info.WidthPt, info.HeightPt, p.WidthPt, p.HeightPt)
		}
		if !info.Scanned || img.Bounds().Size() != p.Image.Bounds().Size() {
			t.Errorf("page %d: scanned %v, %v pixels; want a scan of %v", i+1, info.Scanned, img.Bounds().Size(), p.Image.Bounds().Size())
			continue
		}
		if i < 2 && !samePixels(img, p.Image) {
			t.Errorf("page %d: pixels differ after a lossless round trip", i+1)
		}
		if diff := meanAbsDiff(img, p.Image); diff > 3 {
			t.Errorf("page %d: mean difference %.2f gray levels, want ≤ 3", i+1, diff)
		}
	}
}

// A page image that is part of a larger one is written as its own pixels.
func TestWriteSubImage(t *testing.T) {
	whole := toGray(bilevel(1000, 1000))
	part := whole.SubImage(image.Rect(100, 200, 900, 700))
	d := open(t, writePDF(t, []pdf.OutPage{{Image: part, WidthPt: 288, HeightPt: 180}}), pdf.ReadOptions{})
	if img, _ := page(t, d, 0); !samePixels(img, part) {
		t.Error("sub-image: pixels differ after a lossless round trip")
	}
}

func TestWriteRefusesBadPages(t *testing.T) {
	for _, pages := range [][]pdf.OutPage{
		nil,
		{{Image: nil, WidthPt: 612, HeightPt: 792}},
		{{Image: bilevel(10, 10), WidthPt: 0, HeightPt: 792}},
		{{Image: bilevel(10, 10), WidthPt: math.Inf(1), HeightPt: 792}},
	} {
		if err := pdf.Write(&bytes.Buffer{}, pages); err == nil {
			t.Errorf("Write(%d pages) succeeded", len(pages))
		}
	}
}

var bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// The invisible text layer extracts word by word, each spanning its box.
func TestTextLayer(t *testing.T) {
	words := []pdf.Word{
		{Text: "Invoice", Box: image.Rect(200, 200, 520, 250)},
		{Text: "Ünal", Box: image.Rect(560, 200, 700, 250)},
		{Text: "a(b)c\\d", Box: image.Rect(200, 400, 600, 430)},
		{Text: "東京", Box: image.Rect(700, 400, 800, 430)},
	}
	out := writePDF(t, []pdf.OutPage{{Image: bilevel(1700, 2200), WidthPt: 612, HeightPt: 792, Words: words}})
	file := filepath.Join(t.TempDir(), "layer.pdf")
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	got := bboxWord.FindAllStringSubmatch(poppler(t, "pdftotext", "-bbox", file, "-"), -1)
	want := []string{"Invoice", "Ünal", "a(b)c\\d", "??"}
	if len(got) != len(want) {
		t.Fatalf("pdftotext found %d words %q, want %q", len(got), got, want)
	}
	const ptPerPx = 72.0 / 200
	for i, m := range got {
		if html := strings.NewReplacer("&amp;", "&").Replace(m[5]); html != want[i] {
			t.Errorf("word %d: %q, want %q", i+1, html, want[i])
		}
		box := words[i].Box
		xMin, _ := strconv.ParseFloat(m[1], 64)
		xMax, _ := strconv.ParseFloat(m[3], 64)
		yMax, _ := strconv.ParseFloat(m[4], 64)
		if math.Abs(xMin-float64(box.Min.X)*ptPerPx) > 0.5 || math.Abs(xMax-float64(box.Max.X)*ptPerPx) > 0.5 ||
			math.Abs(yMax-float64(box.Max.Y)*ptPerPx) > 0.15*float64(box.Dy())*ptPerPx {
			t.Errorf("word %q at x %s..%s, bottom %s pt; want its box %v (×%.2f)", m[5], m[1], m[3], m[4], box, ptPerPx)
		}
	}
	d := open(t, out, pdf.ReadOptions{})
	if _, info := page(t, d, 0); !info.Scanned {
		t.Error("a page with an invisible text layer is not read as a scan")
	}
}

// A born-digital input carries planted personal data in its text, Info,
// XMP, outline and annotation; the written output carries none of it.
func TestWriteCarriesNothingOfTheInput(t *testing.T) {
	plantedStrings := []string{"Johanna Quist", "1961-04-17", "MRN-4471-2290", "+44 20 7946 0958", "j.quist@example.org", "Dr Amel Okafor"}
	lines := []string{"Patient: Johanna Quist, born 1961-04-17", "Record MRN-4471-2290", "Phone +44 20 7946 0958, j.quist@example.org"}
	meta := map[string]string{"Title": "Discharge letter Johanna Quist", "Author": "Dr Amel Okafor", "Subject": "MRN-4471-2290"}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	out := filepath.Join(dir, "out.pdf")
	data := pdftest.BornDigital(t, lines, meta, "Call j.quist@example.org")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// Control: the tools do find the planted strings in the input.
	inText := poppler(t, "pdftotext", in, "-") + poppler(t, "pdfinfo", in) + poppler(t, "pdfinfo", "-meta", in)
	for _, s := range plantedStrings {
		if !strings.Contains(inText, s) {
			t.Fatalf("control: %q not found in the input by pdftotext/pdfinfo", s)
		}
	}

	d := open(t, data, pdf.ReadOptions{DPI: 150})
	img, info := page(t, d, 0)
	// Stand-in for the anonymizer: the page raster, white over the text,
	// and a text layer of surrogate words.
	words := []pdf.Word{{Text: "Patient:", Box: image.Rect(150, 140, 300, 170)}, {Text: "Mira", Box: image.Rect(310, 140, 400, 170)}}
	var b bytes.Buffer
	if err := pdf.Write(&b, []pdf.OutPage{{Image: img, WidthPt: info.WidthPt, HeightPt: info.HeightPt, Words: words}}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	pdfInfo := poppler(t, "pdfinfo", out)
	found := poppler(t, "pdftotext", out, "-") + pdfInfo + poppler(t, "pdfinfo", "-meta", out)
	if qpdf, err := execLook("qpdf"); err == nil {
		found += poppler(t, qpdf, "--qdf", "--object-streams=disable", out, "-")
	}
	for _, s := range plantedStrings {
		if strings.Contains(found, s) || bytes.Contains(b.Bytes(), []byte(s)) {
			t.Errorf("planted %q found in the output", s)
		}
	}
	for _, line := range strings.Split(pdfInfo, "\n") {
		key, _, _ := strings.Cut(line, ":")
		switch key {
		case "Title", "Subject", "Keywords", "Author", "Creator", "CreationDate", "ModDate":
			t.Errorf("output Info has %q", line)
		}
	}
	if !strings.Contains(pdfInfo, "Producer:        anonymizer") {
		t.Errorf("output Info lacks Producer anonymizer:\n%s", pdfInfo)
	}
	for _, key := range []string{"/Annots", "/Metadata", "/Outlines", "/AcroForm", "/Names", "/JavaScript", "/EmbeddedFile", "/OpenAction", "/ID"} {
		if bytes.Contains(b.Bytes(), []byte(key)) {
			t.Errorf("output holds %s", key)
		}
	}
}

// A scanned-style input, one gray JPEG page, written again as the anonymizer
// would (the page read back, a few regions repainted) stays within 1.5× the
// input's size.
func TestWriteSizeOfScannedInput(t *testing.T) {
	for _, dpi := range []float64{200, 300} {
		w, h := int(8.5*dpi), int(11*dpi)
		in := pdftest.Scanned(t, []image.Image{scanPage(t, 3, w, h)}, dpi)
		d := open(t, in, pdf.ReadOptions{})
		img, info := page(t, d, 0)
		g := toGray(img)
		for _, r := range []image.Rectangle{image.Rect(w/8, h/10, w/2, h/10+h/60), image.Rect(w/8, h/3, w*3/4, h/3+h/60)} {
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					g.Pix[y*g.Stride+x] = g.Pix[(y-h/20)*g.Stride+x]
				}
			}
		}
		out := writePDF(t, []pdf.OutPage{{Image: g, WidthPt: info.WidthPt, HeightPt: info.HeightPt}})
		ratio := float64(len(out)) / float64(len(in))
		t.Logf("%g dpi gray scan: input %d bytes, output %d bytes (%.2f×)", dpi, len(in), len(out), ratio)
		if ratio > 1.5 {
			t.Errorf("%g dpi: output is %.2f× the input, want ≤ 1.5×", dpi, ratio)
		}
		back := open(t, out, pdf.ReadOptions{})
		if img2, _, err := back.Page(context.Background(), 0); err != nil || meanAbsDiff(img2, g) > 3 {
			t.Errorf("%g dpi: output page does not read back close to what was written (%v)", dpi, err)
		}
	}
}
