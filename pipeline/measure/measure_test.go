package measure

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func TestPSNRAndSSIM(t *testing.T) {
	a := testimg.Pattern(32, 16, func(i int) uint8 { return uint8(i * 7 % 256) })
	if PSNR(a, a) != 99 || math.Abs(SSIM(a, a)-1) > 1e-9 {
		t.Fatalf("identical images: psnr %v ssim %v", PSNR(a, a), SSIM(a, a))
	}
	b := image.NewGray(a.Rect)
	copy(b.Pix, a.Pix)
	for i := range b.Pix {
		if i%2 == 0 && b.Pix[i] < 245 {
			b.Pix[i] += 10
		}
	}
	p := PSNR(a, b)
	if p < 20 || p > 40 {
		t.Fatalf("psnr %v for +-10 noise on half the pixels", p)
	}
	if s := SSIM(a, b); s >= 1 || s <= 0 {
		t.Fatalf("ssim %v", s)
	}
	if s := SSIM(image.NewGray(image.Rect(0, 0, 6, 6)), image.NewGray(image.Rect(0, 0, 6, 6))); s != 0 {
		t.Errorf("ssim of images smaller than a window = %v, want 0", s)
	}
}

// strokedPage is flat paper (240) with dark vertical strokes (20) on every
// 4th column, 4 px inside box.
func strokedPage(box image.Rectangle) *image.Gray {
	g := testimg.Flat(64, 32, 240)
	testimg.Strokes(g, box.Inset(4), 4, 20)
	return g
}

func TestRegionBackgroundError(t *testing.T) {
	box := image.Rect(16, 8, 48, 24)
	g := strokedPage(box)
	if e := RegionBackgroundError(g, box); e > 1 {
		t.Fatalf("background error %v for strokes on flat paper", e)
	}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if g.Pix[y*g.Stride+x] == 240 {
				g.Pix[y*g.Stride+x] = 200
			}
		}
	}
	if e := RegionBackgroundError(g, box); e < 30 {
		t.Fatalf("background error %v for a grey region on white paper", e)
	}
	if e := RegionBackgroundError(g, image.Rect(100, 100, 120, 120)); e != 0 {
		t.Errorf("box outside the image: %v, want 0", e)
	}
}

func TestBackgroundError(t *testing.T) {
	box := image.Rect(16, 8, 48, 24)
	g := strokedPage(box)
	region := doc.BoxFromRect(box)
	// Without a stroke mask the strokes count as background.
	bare := BackgroundError(g, region, nil)
	if bare < 10 {
		t.Errorf("strokes without a mask: %v, want them counted", bare)
	}
	mask := image.NewAlpha(g.Rect)
	for i, v := range g.Pix {
		if v < 128 {
			mask.Pix[i] = 255
		}
	}
	if e := BackgroundError(g, region, mask); e != 0 {
		t.Errorf("masked strokes on flat paper: %v, want 0", e)
	}
	// An RGBA page reads its luminance: a light blue-grey region on white.
	rgba := image.NewRGBA(g.Rect)
	for y := 0; y < 32; y++ {
		for x := 0; x < 64; x++ {
			c := color.RGBA{255, 255, 255, 255}
			if (image.Point{x, y}).In(box) {
				c = color.RGBA{200, 210, 230, 255}
			}
			rgba.SetRGBA(x, y, c)
		}
	}
	want := 255 - (0.299*200 + 0.587*210 + 0.114*230)
	if e := BackgroundError(rgba, region, nil); math.Abs(e-want) > 0.01 {
		t.Errorf("rgba region: %v, want %.2f", e, want)
	}
	if e := BackgroundError(g, doc.Box{Left: 100, Top: 100, Width: 5, Height: 5}, nil); e != 0 {
		t.Errorf("region outside the image: %v, want 0", e)
	}
}
