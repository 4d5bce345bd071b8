package pdf_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf/pdftest"
)

const planted = "Johanna Quist"

func TestOpenErrors(t *testing.T) {
	doc := pdftest.BornDigital(t, []string{"Patient " + planted}, map[string]string{"Title": planted}, planted)
	garbage := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("\x00\xffgarbage obj << /Type"), 200)...)
	garbage = append(garbage, "\nxref\n0 1\n0000000000 65535 f \ntrailer << /Size 9 /Root 7 0 R >>\nstartxref\n99999\n%%EOF\n"...)
	for _, c := range []struct {
		name string
		data []byte
		o    pdf.ReadOptions
		want error
	}{
		{"password protected", encrypted(t, true), pdf.ReadOptions{}, pdf.ErrEncrypted},
		{"encrypted, empty user password", encrypted(t, false), pdf.ReadOptions{}, pdf.ErrEncrypted},
		{"broken xref, garbage body", garbage, pdf.ReadOptions{}, pdf.ErrMalformed},
		{"truncated", doc[:len(doc)/3], pdf.ReadOptions{}, pdf.ErrMalformed},
		{"not a PDF", []byte("\x89PNG\r\n\x1a\nnot a pdf"), pdf.ReadOptions{}, pdf.ErrMalformed},
		{"no pages", blankPages(t, 0), pdf.ReadOptions{}, pdf.ErrNoPages},
		{"too many pages", blankPages(t, 3), pdf.ReadOptions{MaxPages: 2}, pdf.ErrTooManyPages},
		{"page over the pixel limit", doc, pdf.ReadOptions{DPI: 300, MaxPixels: 2_000_000}, pdf.ErrTooLarge},
	} {
		d, err := pdf.Open(c.data, c.o)
		if !errors.Is(err, c.want) {
			if d != nil {
				_ = d.Close()
			}
			t.Errorf("%s: Open error %v, want %v", c.name, err, c.want)
			continue
		}
		t.Logf("%s: %v", c.name, err)
		if msg := err.Error(); strings.ContainsAny(msg, "\n\r") || strings.Contains(msg, planted) {
			t.Errorf("%s: error %q is not one line free of document text", c.name, msg)
		}
	}
	d := open(t, blankPages(t, 2), pdf.ReadOptions{MaxPages: 2})
	if d.NumPages() != 2 {
		t.Errorf("2 pages at MaxPages 2: NumPages %d", d.NumPages())
	}
}

// A scan finer than the render DPI passes Open's check and fails Page's.
func TestScannedPageOverPixelLimit(t *testing.T) {
	data := pdftest.Scanned(t, []image.Image{bilevel(1700, 2200)}, 200)
	d := open(t, data, pdf.ReadOptions{DPI: 72, MaxPixels: 3_000_000})
	if _, _, err := d.Page(context.Background(), 0); !errors.Is(err, pdf.ErrTooLarge) {
		t.Errorf("Page error %v, want %v", err, pdf.ErrTooLarge)
	}
}

func TestBadReadOptions(t *testing.T) {
	for _, o := range []pdf.ReadOptions{{DPI: -1}, {DPI: 100000}, {MaxPages: -1}, {MaxPixels: -5}} {
		if _, err := pdf.Open(blankPages(t, 1), o); err == nil {
			t.Errorf("Open with %+v succeeded", o)
		}
	}
}
