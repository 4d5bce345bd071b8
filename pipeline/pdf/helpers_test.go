package pdf_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"os/exec"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

// scanPage is a synthetic letter page with scan noise, w x h pixels.
func scanPage(t testing.TB, seed int64, w, h int) *image.Gray {
	t.Helper()
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Letter, Seed: seed, Width: w, Height: h, Noise: true})
	if err != nil {
		t.Fatal(err)
	}
	return d.Image
}

// bilevel is a black and white page: a frame and bars, like a fax.
func bilevel(w, h int) *image.Paletted {
	p := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.Black, color.White})
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			ink := x < 8 || y < 8 || x >= w-8 || y >= h-8 || (y/20%3 == 0 && x%97 < 60)
			if !ink {
				p.Pix[y*p.Stride+x] = 1
			}
		}
	}
	return p
}

// flatColour is an RGB page with a few flat colours.
func flatColour(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	cols := []color.RGBA{{255, 255, 255, 255}, {200, 30, 30, 255}, {20, 60, 200, 255}, {0, 0, 0, 255}}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetRGBA(x, y, cols[(x/50+y/70)%len(cols)])
		}
	}
	return img
}

func open(t testing.TB, data []byte, o pdf.ReadOptions) *pdf.Doc {
	t.Helper()
	d, err := pdf.Open(data, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

func page(t testing.TB, d *pdf.Doc, i int) (image.Image, pdf.PageInfo) {
	t.Helper()
	img, info, err := d.Page(context.Background(), i)
	if err != nil {
		t.Fatal(err)
	}
	return img, info
}

func writePDF(t testing.TB, pages []pdf.OutPage) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := pdf.Write(&b, pages); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// turn turns an image a quarter, clockwise or not.
func turn(src image.Image, clockwise bool) *image.RGBA {
	b := src.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, b.Dy(), b.Dx()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			if clockwise {
				dst.Set(b.Dy()-1-y, x, src.At(b.Min.X+x, b.Min.Y+y))
			} else {
				dst.Set(y, b.Dx()-1-x, src.At(b.Min.X+x, b.Min.Y+y))
			}
		}
	}
	return dst
}

// samePixels reports whether two images have equal size and equal colours.
func samePixels(a, b image.Image) bool {
	if a.Bounds().Size() != b.Bounds().Size() {
		return false
	}
	ab, bb := a.Bounds(), b.Bounds()
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			r1, g1, b1, _ := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			r2, g2, b2, _ := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			if r1>>8 != r2>>8 || g1>>8 != g2>>8 || b1>>8 != b2>>8 {
				return false
			}
		}
	}
	return true
}

// meanAbsDiff is the mean absolute difference of gray levels.
func meanAbsDiff(a, b image.Image) float64 {
	ga, gb := toGray(a), toGray(b)
	sum := 0
	for i := range ga.Pix {
		d := int(ga.Pix[i]) - int(gb.Pix[i])
		sum += max(d, -d)
	}
	return float64(sum) / float64(len(ga.Pix))
}

func toGray(img image.Image) *image.Gray {
	if g, ok := img.(*image.Gray); ok && g.Rect.Min == (image.Point{}) {
		return g
	}
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			g.Set(x, y, img.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	return g
}

// darkPixels counts pixels under gray level 128 inside r.
func darkPixels(img image.Image, r image.Rectangle) int {
	n := 0
	g := toGray(img)
	r = r.Intersect(g.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if g.Pix[y*g.Stride+x] < 128 {
				n++
			}
		}
	}
	return n
}

func execLook(tool string) (string, error) { return exec.LookPath(tool) }

// poppler runs a poppler-utils (or qpdf) tool and returns its output; the
// test is skipped when the tool is not installed (Debian: poppler-utils, qpdf).
func poppler(t testing.TB, tool string, args ...string) string {
	t.Helper()
	path, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils qpdf)", tool)
	}
	out, err := exec.Command(path, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", tool, strings.Join(args, " "), err, out)
	}
	return string(out)
}
