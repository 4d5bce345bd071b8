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
)

func randomRGBA(w, h int, seed int64) *image.RGBA {
	rng := rand.New(rand.NewSource(seed))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	rng.Read(img.Pix)
	for i := 3; i < len(img.Pix); i += 4 {
		img.Pix[i] = 255
	}
	return img
}

func TestToGrayMatchesGrayModel(t *testing.T) {
	src := randomRGBA(37, 23, 1)
	ycc := image.NewYCbCr(image.Rect(0, 0, 37, 23), image.YCbCrSubsampleRatio444)
	for i := range ycc.Y {
		ycc.Y[i] = uint8(i * 7)
	}
	nrgba := image.NewNRGBA(src.Rect)
	copy(nrgba.Pix, src.Pix)
	gray := image.NewGray(src.Rect)
	for i := range gray.Pix {
		gray.Pix[i] = uint8(i * 13)
	}
	pal := image.NewPaletted(src.Rect, color.Palette{color.Black, color.White, color.RGBA{200, 30, 40, 255}})
	for i := range pal.Pix {
		pal.Pix[i] = uint8(i % 3)
	}
	g16 := image.NewGray16(src.Rect)
	for i := range g16.Pix {
		g16.Pix[i] = uint8(i * 29)
	}
	cmyk := image.NewCMYK(src.Rect)
	copy(cmyk.Pix, src.Pix)
	r := image.Rect(3, 2, 30, 20)
	for name, img := range map[string]image.Image{"rgba": src, "nrgba": nrgba, "gray": gray, "gray16": g16, "ycbcr": ycc, "paletted": pal, "cmyk": cmyk} {
		g := toGray(img, r)
		if g.Rect != image.Rect(0, 0, r.Dx(), r.Dy()) {
			t.Fatalf("%s: rect %v", name, g.Rect)
		}
		for y := 0; y < r.Dy(); y++ {
			for x := 0; x < r.Dx(); x++ {
				want := color.GrayModel.Convert(img.At(r.Min.X+x, r.Min.Y+y)).(color.Gray).Y
				if _, ok := img.(*image.YCbCr); ok {
					want = ycc.Y[ycc.YOffset(r.Min.X+x, r.Min.Y+y)]
				}
				got := g.GrayAt(x, y).Y
				if d := int(got) - int(want); d < -1 || d > 1 {
					t.Fatalf("%s: pixel (%d,%d) = %d, want %d", name, x, y, got, want)
				}
			}
		}
	}
}

func TestScaleGray(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 10, 4))
	for x := 0; x < 10; x++ {
		for y := 0; y < 4; y++ {
			g.SetGray(x, y, color.Gray{uint8(x * 20)})
		}
	}
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
	g := image.NewGray(image.Rect(0, 0, 20, 10))
	for i := range g.Pix {
		g.Pix[i] = 230
	}
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
	g := image.NewGray(image.Rect(0, 0, 30, 10))
	for i := range g.Pix {
		g.Pix[i] = 240
	}
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
	g := image.NewGray(image.Rect(0, 0, 4, 3))
	for i := range g.Pix {
		g.Pix[i] = uint8(i)
	}
	sub := g.SubImage(image.Rect(1, 1, 3, 3)).(*image.Gray)
	got := encodePGM(toGray(sub, sub.Bounds()))
	want := append([]byte("P5\n2 2\n255\n"), 5, 6, 9, 10)
	if !bytes.Equal(got, want) {
		t.Fatalf("PGM = %q, want %q", got, want)
	}
}

// BenchmarkFeed measures what SetImageFromBytes costs per page-sized grey
// image: encoding in Go plus Leptonica decoding it (no recognition).
func BenchmarkFeed(b *testing.B) {
	src := randomRGBA(760, 1000, 2)
	g := toGray(src, src.Bounds())
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
