package ocr

import (
	"context"
	"testing"
)

// BenchmarkRegionCall is the cost of one Region call on a one-word field:
// mostly Tesseract's fixed per-call work, which Recover pays per region.
func BenchmarkRegionCall(b *testing.B) {
	e := newEngine(b, Options{Workers: 1})
	img, want := render(b, 400, 60, line{"Baroody 1234", 20, 40, 13})
	r := want[0].box.Union(want[1].box).Pad(8).Rect()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Region(context.Background(), img, r, 7); err != nil {
			b.Fatal(err)
		}
	}
}
