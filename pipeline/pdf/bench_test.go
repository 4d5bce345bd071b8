package pdf_test

import (
	"context"
	"fmt"
	"image"
	"io"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf/pdftest"
)

// BenchmarkPage renders a born-digital Letter page of text at 300 dpi and
// reads a 200-dpi gray JPEG scan, each through Page (a pooled PDFium
// instance, the document loaded, the page rasterized and copied out).
func BenchmarkPage(b *testing.B) {
	lines := make([]string, pdftest.LinesPerPage)
	for i := range lines {
		lines[i] = fmt.Sprintf("Line %d: Patient Johanna Quist, MRN 4471-2290, seen on 17 April 2026.", i+1)
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"born-digital-300dpi", pdftest.BornDigital(b, lines, nil, "")},
		{"scanned-200dpi-jpeg", pdftest.Scanned(b, []image.Image{scanPage(b, 4, 1700, 2200)}, 200)},
	} {
		b.Run(c.name, func(b *testing.B) {
			d := open(b, c.data, pdf.ReadOptions{})
			page(b, d, 0) // warm the pool's instance
			b.ResetTimer()
			for b.Loop() {
				if _, _, err := d.Page(context.Background(), 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWrite writes one 300-dpi Letter page: a clean text page (kept
// lossless) and a noisy scan (JPEG).
func BenchmarkWrite(b *testing.B) {
	data := pdftest.BornDigital(b, []string{"Patient Johanna Quist, MRN 4471-2290"}, nil, "")
	clean, info := page(b, open(b, data, pdf.ReadOptions{}), 0)
	for _, c := range []struct {
		name string
		img  image.Image
	}{
		{"clean-text", clean},
		{"scan", scanPage(b, 5, 2550, 3300)},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if err := pdf.Write(io.Discard, []pdf.OutPage{{Image: c.img, WidthPt: info.WidthPt, HeightPt: info.HeightPt}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
