package server

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/document"
)

// FuzzInput feeds arbitrary bodies through what the document endpoints do
// with them before the OCR: the body read under the size limit, the
// content sniffing, the opening and every page's decoding that the engine
// then does, and the status each failure is answered with. None may
// panic, and every failure must be a 400, 413 or 415 (no other 4xx/5xx).
// Seeds: testdata/fuzz/FuzzInput (small PNG, JPEG, two-page TIFF, PDF,
// truncated and foreign bodies).
func FuzzInput(f *testing.F) {
	const maxBody = 1 << 20
	opts := document.Options{MaxPixels: 1 << 20, MaxPages: 4, DPI: 36}
	f.Fuzz(func(t *testing.T, body []byte) {
		check := func(stage string, err error, allowed ...int) {
			status, reason := inputStatus(err)
			for _, a := range allowed {
				if status == a {
					return
				}
			}
			t.Fatalf("%s: %v answered %d (%s), want one of %v", stage, err, status, reason, allowed)
		}
		data, err := readBody(httptest.NewRequest("POST", "/v1/detect", bytes.NewReader(body)), maxBody)
		if err != nil {
			check("body", err, 400, 413)
			return
		}
		format, err := document.Sniff(data)
		if err != nil {
			check("sniff", err, 415)
			return
		}
		dc, err := document.Open(data, opts)
		if err != nil {
			check("open", err, 400, 413)
			return
		}
		defer dc.Close()
		if dc.Format != format {
			t.Fatalf("sniffed %s, opened %s", format, dc.Format)
		}
		for i := range dc.NumPages() {
			img, _, err := dc.Page(context.Background(), i)
			if err != nil {
				check("page", err, 400, 413)
				continue
			}
			if b := img.Bounds(); b.Dx()*b.Dy() > opts.MaxPixels {
				t.Fatalf("page %d of %dx%d is over the pixel limit", i, b.Dx(), b.Dy())
			}
		}
	})
}

// TestInputStatusOfUnsupported: a body of no accepted format is 415, not
// the generic 400.
func TestInputStatusOfUnsupported(t *testing.T) {
	_, err := document.Sniff([]byte("hello"))
	if s, _ := inputStatus(err); s != 415 || !errors.Is(err, document.ErrUnsupported) {
		t.Errorf("unsupported body: %d %v", s, err)
	}
}
