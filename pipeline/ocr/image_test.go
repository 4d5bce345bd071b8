package ocr

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand"
	"strconv"
	"testing"

	"github.com/otiai10/gosseract/v2"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

func TestScaleGray(t *testing.T) {
	g := testimg.Pattern(10, 4, func(i int) uint8 { return uint8(i % 10 * 20) })
	s := scaleGray(g, 2.5)
	if s.Rect.Dx() != 25 || s.Rect.Dy() != 10 {
		t.Fatalf("scaled size %v, want 25x10", s.Rect)
	}
	// A horizontal ramp stays a non-decreasing ramp with the same ends.
	for y := 0; y < 10; y++ {
		prev := -1
		for x := 0; x < 25; x++ {
			v := int(s.GrayAt(x, y).Y)
			if v < prev {
				t.Fatalf("row %d not monotonic at %d: %d < %d", y, x, v, prev)
			}
			prev = v
		}
		if s.GrayAt(0, y).Y != 0 || s.GrayAt(24, y).Y != 180 {
			t.Fatalf("row %d ends %d..%d, want 0..180", y, s.GrayAt(0, y).Y, s.GrayAt(24, y).Y)
		}
	}
	if d := scaleGray(g, 0.01); d.Rect.Dx() != 1 || d.Rect.Dy() != 1 {
		t.Fatalf("tiny scale gives %v, want 1x1", d.Rect)
	}
}

func TestPadAndPaper(t *testing.T) {
	g := testimg.Flat(20, 10, 230)
	g.SetGray(5, 5, color.Gray{0})
	if v := paperLevel(g); v != 230 {
		t.Fatalf("paper level %d, want 230", v)
	}
	p := padGray(g, 3, 230)
	if p.Rect.Dx() != 26 || p.Rect.Dy() != 16 || p.GrayAt(8, 8).Y != 0 || p.GrayAt(0, 0).Y != 230 {
		t.Fatalf("pad: size %v, moved pixel %d, corner %d", p.Rect, p.GrayAt(8, 8).Y, p.GrayAt(0, 0).Y)
	}
}

func TestHasInk(t *testing.T) {
	g := testimg.Flat(30, 10, 240)
	g.SetGray(29, 9, color.Gray{220}) // scanner noise, not ink
	if hasInk(g, paperLevel(g)) {
		t.Error("near-blank crop reported as ink")
	}
	g.SetGray(3, 3, color.Gray{90})
	if !hasInk(g, paperLevel(g)) {
		t.Error("dark pixel not reported as ink")
	}
	// White on black.
	for i := range g.Pix {
		g.Pix[i] = 10
	}
	if hasInk(g, paperLevel(g)) {
		t.Error("uniform black crop reported as ink")
	}
	g.SetGray(4, 4, color.Gray{200})
	if !hasInk(g, paperLevel(g)) {
		t.Error("light pixel on black not reported as ink")
	}
}

func TestEncodePGM(t *testing.T) {
	g := testimg.Pattern(4, 3, func(i int) uint8 { return uint8(i) })
	sub := g.SubImage(image.Rect(1, 1, 3, 3)).(*image.Gray)
	got := encodePGM(raster.ToGray(sub, sub.Bounds()))
	want := append([]byte("P5\n2 2\n255\n"), 5, 6, 9, 10)
	if !bytes.Equal(got, want) {
		t.Fatalf("PGM = %q, want %q", got, want)
	}
}

// BenchmarkFeed measures what SetImageFromBytes costs per page-sized grey
// image: encoding in Go plus Leptonica decoding it (no recognition).
func BenchmarkFeed(b *testing.B) {
	g := image.NewGray(image.Rect(0, 0, 760, 1000))
	rand.New(rand.NewSource(2)).Read(g.Pix)
	// Page-like content: mostly white with some dark pixels.
	for i := range g.Pix {
		if g.Pix[i] < 230 {
			g.Pix[i] = 255
		}
	}
	c := gosseract.NewClient()
	defer c.Close()
	encoders := map[string]func() []byte{
		"pgm":  func() []byte { return encodePGM(g) },
		"spix": func() []byte { return encodeSpix(g) },
		"png-nocompress": func() []byte {
			var buf bytes.Buffer
			(&png.Encoder{CompressionLevel: png.NoCompression}).Encode(&buf, g)
			return buf.Bytes()
		},
		"png-bestspeed": func() []byte {
			var buf bytes.Buffer
			(&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, g)
			return buf.Bytes()
		},
	}
	for _, name := range []string{"spix", "pgm", "png-nocompress", "png-bestspeed"} {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := c.SetImageFromBytes(encoders[name]()); err != nil {
					b.Fatal(fmt.Errorf("%s: %w", name, err))
				}
			}
		})
	}
}

// encodePGM writes g as a binary PGM (P5). Leptonica reads PNM natively, and
// it is the cheapest encoding there is: a short header and the raw pixels
// (see BenchmarkEncode: PNG, even uncompressed, costs CRCs and filtering).
func encodePGM(g *image.Gray) []byte {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	hdr := "P5\n" + strconv.Itoa(w) + " " + strconv.Itoa(h) + "\n255\n"
	buf := make([]byte, len(hdr)+w*h)
	n := copy(buf, hdr)
	if g.Stride == w {
		copy(buf[n:], g.Pix[:w*h])
		return buf
	}
	for y := 0; y < h; y++ {
		n += copy(buf[n:], g.Pix[y*g.Stride:y*g.Stride+w])
	}
	return buf
}
