package render

import (
	"errors"
	"image"
	"math"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// page is a synthetic test page: text drawn with golang.org/x/image/font's
// own rasterizer (independent of this package's), optional underline.
type page struct {
	img      *image.Gray
	words    []doc.Box
	region   doc.Box
	baseline int
}

type pageSpec struct {
	fam        *fonts.Family
	size       float64 // em px
	ink, paper uint8
	text       string
	x, base    int
	underline  bool
	sigma      float64
	w, h       int
}

func makePage(t *testing.T, sp pageSpec) page {
	t.Helper()
	if sp.w == 0 {
		sp.w, sp.h = 400, 120
	}
	face, err := sp.fam.Face(sp.size)
	if err != nil {
		t.Fatal(err)
	}
	defer face.Close()
	cov := image.NewAlpha(image.Rect(0, 0, sp.w, sp.h))
	dr := font.Drawer{Dst: cov, Src: image.Opaque, Face: face}
	var pg page
	x := fixed.I(sp.x)
	space := font.MeasureString(face, " ")
	for i, wd := range strings.Fields(sp.text) {
		if i > 0 {
			x += space
		}
		b, adv := font.BoundString(face, wd)
		dr.Dot = fixed.Point26_6{X: x, Y: fixed.I(sp.base)}
		dr.DrawString(wd)
		pg.words = append(pg.words, doc.Box{Left: (x + b.Min.X).Floor(), Top: sp.base + b.Min.Y.Floor(),
			Width: (b.Max.X - b.Min.X).Ceil() + 1, Height: (b.Max.Y - b.Min.Y).Ceil() + 1})
		x += adv
	}
	a := make([]float32, sp.w*sp.h)
	for i, v := range cov.Pix {
		a[i] = float32(v) / 255
	}
	if sp.underline {
		y := sp.base + int(math.Ceil(0.3*sp.size))
		for xx := sp.x - 40; xx < x.Ceil()+60; xx++ {
			a[y*sp.w+xx] = 1
		}
	}
	blur(a, sp.w, sp.h, sp.sigma)
	img := image.NewGray(cov.Rect)
	for i, v := range a {
		img.Pix[i] = raster.Quant(float32(sp.paper)*(1-v) + float32(sp.ink)*v)
	}
	pg.img = img
	pg.baseline = sp.base
	for _, b := range pg.words {
		pg.region = pg.region.Union(b)
	}
	return pg
}

func first(t *testing.T, c fonts.Class, bold bool) *fonts.Family {
	t.Helper()
	fs := fonts.ByClass(c, bold)
	if len(fs) == 0 {
		t.Skipf("no %s font", c)
	}
	return fs[0]
}

func TestEstimateStyleClean(t *testing.T) {
	texts := []string{"Jonathan Hartwell", "Harper Martinez 1992", "Suggested Solution"}
	for _, c := range fonts.Classes {
		for i, size := range []float64{15, 20, 26} {
			fam := first(t, c, false)
			if c == fonts.Serif && fam.Class != fonts.Serif {
				t.Skip("no serif font installed")
			}
			sp := pageSpec{fam: fam, size: size, ink: 30, paper: 235, text: texts[i], x: 40, base: 60}
			pg := makePage(t, sp)
			st, err := EstimateStyle(pg.img, pg.region, pg.words, sp.text)
			if err != nil {
				t.Fatalf("%s %v: %v", fam.Name, size, err)
			}
			fd, _ := loadFont(fam)
			wantCap := fd.capRatio * size
			if math.Abs(st.CapHeight-wantCap) > 0.1*wantCap {
				t.Errorf("%s %v: cap height %.2f, want %.2f", fam.Name, size, st.CapHeight, wantCap)
			}
			if d := int(st.Ink.R) - 30; d < -15 || d > 15 {
				t.Errorf("%s %v: ink %d, want 30", fam.Name, size, st.Ink.R)
			}
			if d := int(st.Paper.R) - 235; d < -15 || d > 15 {
				t.Errorf("%s %v: paper %d, want 235", fam.Name, size, st.Paper.R)
			}
			if st.Family.Class != c {
				t.Errorf("%s %v: class %s (%s), want %s", fam.Name, size, st.Family.Class, st.Family.Name, c)
			}
			if st.Baseline < pg.baseline-1 || st.Baseline > pg.baseline+1 {
				t.Errorf("%s %v: baseline %d, want %d", fam.Name, size, st.Baseline, pg.baseline)
			}
			if st.Slant != 0 {
				t.Errorf("%s %v: slant %v on upright text", fam.Name, size, st.Slant)
			}
			t.Logf("%s %v: %s cap %.1f/%.1f x %.1f stroke %.2f blur %.2f hscale %.2f match %.3f",
				fam.Name, size, st.Family.Name, st.CapHeight, wantCap, st.XHeight, st.StrokeWidth, st.Blur, st.HScale, st.Match)
		}
	}
}

func TestEstimateStyleBoldAndSmall(t *testing.T) {
	for _, tc := range []struct {
		class fonts.Class
		bold  bool
		size  float64
	}{
		{fonts.Sans, true, 20}, {fonts.Serif, true, 20}, {fonts.Mono, false, 13}, {fonts.Serif, false, 13}, {fonts.Sans, false, 13},
	} {
		fam := first(t, tc.class, tc.bold)
		sp := pageSpec{fam: fam, size: tc.size, ink: 10, paper: 250, text: "Dorothy Whitfield", x: 30, base: 50}
		pg := makePage(t, sp)
		st, err := EstimateStyle(pg.img, pg.region, pg.words, sp.text)
		if err != nil {
			t.Fatal(err)
		}
		if st.Family.Class != fam.Class || st.Bold != tc.bold {
			t.Errorf("%s %v: got %s (bold %v)", fam.Name, tc.size, st.Family.Name, st.Bold)
		}
		want := st.FontSize / tc.size
		if math.Abs(want-1) > 0.1 && st.Family == fam {
			t.Errorf("%s %v: size %.2f", fam.Name, tc.size, st.FontSize)
		}
	}
}

func TestEstimateBlurAndNoise(t *testing.T) {
	fam := first(t, fonts.Sans, false)
	sharp := makePage(t, pageSpec{fam: fam, size: 24, ink: 20, paper: 230, text: "Lindqvist Brennan", x: 30, base: 60})
	soft := makePage(t, pageSpec{fam: fam, size: 24, ink: 20, paper: 230, text: "Lindqvist Brennan", x: 30, base: 60, sigma: 1.2})
	a, err := EstimateStyle(sharp.img, sharp.region, sharp.words, "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := EstimateStyle(soft.img, soft.region.Pad(2), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Blur > 0.5 {
		t.Errorf("sharp text: blur %.2f, want <= 0.5", a.Blur)
	}
	if b.Blur < 0.8 || b.Blur > 1.7 {
		t.Errorf("blurred text (sigma 1.2): blur %.2f", b.Blur)
	}
	if a.Noise > 1 {
		t.Errorf("flat paper: noise %.2f", a.Noise)
	}
	// Noisy paper.
	noisy := addNoise(sharp.img, 6, 1)
	c, err := EstimateStyle(noisy, sharp.region, sharp.words, "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Noise < 4 || c.Noise > 8 {
		t.Errorf("paper noise 6: estimated %.2f", c.Noise)
	}
}

// addNoise adds seeded Gaussian noise to a grey image (a copy).
func addNoise(src *image.Gray, sd float64, seed uint64) *image.Gray {
	out := image.NewGray(src.Rect)
	r := newRand(seed)
	for i, v := range src.Pix {
		out.Pix[i] = raster.Quant(float32(float64(v) + r.NormFloat64()*sd))
	}
	return out
}

func TestEstimateSlant(t *testing.T) {
	fam := first(t, fonts.Sans, false)
	l, err := layout(fam, "Hillman Dunkirk")
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewGray(image.Rect(0, 0, 300, 80))
	cov := renderLine(l, 28, 1, 0.25, 20, 55, img.Rect)
	for i, a := range cov {
		img.Pix[i] = raster.Quant(240 - 220*a)
	}
	st, err := EstimateStyle(img, doc.Box{Left: 15, Top: 30, Width: 260, Height: 32}, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(st.Slant-0.25) > 0.06 {
		t.Errorf("slant %.2f, want 0.25", st.Slant)
	}
}

func TestEstimateStyleErrors(t *testing.T) {
	img := testimg.Flat(50, 50, 240)
	if _, err := EstimateStyle(img, doc.Box{Left: 10, Top: 10, Width: 20, Height: 10}, nil, "x"); !errors.Is(err, ErrNoInk) {
		t.Errorf("blank region: %v, want ErrNoInk", err)
	}
	if _, err := EstimateStyle(img, doc.Box{Left: 60, Top: 10, Width: 20, Height: 10}, nil, ""); !errors.Is(err, ErrEmptyRegion) {
		t.Errorf("outside region: %v, want ErrEmptyRegion", err)
	}
}
