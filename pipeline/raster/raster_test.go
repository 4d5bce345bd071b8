package raster

import (
	"image"
	"image/color"
	"math"
	"math/rand"
	"testing"
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

// TestToGrayMatchesGrayModel: every fast path agrees with color.GrayModel
// within one level (YCbCr takes its luma plane as it is).
func TestToGrayMatchesGrayModel(t *testing.T) {
	src := randomRGBA(37, 23, 1)
	ycc := image.NewYCbCr(src.Rect, image.YCbCrSubsampleRatio444)
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
		g := ToGray(img, r)
		if g.Rect != image.Rect(0, 0, r.Dx(), r.Dy()) {
			t.Fatalf("%s: rect %v", name, g.Rect)
		}
		for y := 0; y < r.Dy(); y++ {
			for x := 0; x < r.Dx(); x++ {
				want := color.GrayModel.Convert(img.At(r.Min.X+x, r.Min.Y+y)).(color.Gray).Y
				if _, ok := img.(*image.YCbCr); ok {
					want = ycc.Y[ycc.YOffset(r.Min.X+x, r.Min.Y+y)]
				}
				if d := int(g.GrayAt(x, y).Y) - int(want); d < -1 || d > 1 {
					t.Fatalf("%s: pixel (%d,%d) = %d, want %d", name, x, y, g.GrayAt(x, y).Y, want)
				}
			}
		}
	}
}

func TestToGrayTransparentIsPaper(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	img.Pix = []uint8{0, 0, 0, 0, 0, 0, 0, 255} // transparent black, opaque black
	if g := ToGray(img, img.Rect); g.Pix[0] != 255 || g.Pix[1] != 0 {
		t.Fatalf("grey %v, want [255 0]", g.Pix)
	}
}

func TestGray(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 4, 4))
	if Gray(g) != g {
		t.Error("a grey image at the origin is not returned as it is")
	}
	sub := g.SubImage(image.Rect(1, 1, 3, 3)).(*image.Gray)
	if out := Gray(sub); out == sub || out.Rect != image.Rect(0, 0, 2, 2) {
		t.Errorf("sub-image: %v, want a copy at the origin", out.Rect)
	}
	if out := Gray(randomRGBA(5, 3, 2)); out.Rect != image.Rect(0, 0, 5, 3) {
		t.Errorf("rgba: %v", out.Rect)
	}
}

func TestHistogram(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 4, 3))
	g.Pix[5] = 9
	sub := g.SubImage(image.Rect(1, 1, 3, 3)).(*image.Gray)
	if h := Histogram(sub); h[0] != 3 || h[9] != 1 {
		t.Errorf("histogram of a 2x2 sub-image: %d at 0, %d at 9; want 3 and 1", h[0], h[9])
	}
}

func TestOtsu(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 100, 1))
	vals := make([]float32, len(g.Pix))
	for i := range g.Pix {
		g.Pix[i] = 240
		if i%5 == 0 {
			g.Pix[i] = 30
		}
		vals[i] = float32(g.Pix[i])
	}
	if v := OtsuGray(g); v <= 30 || v > 240 {
		t.Errorf("OtsuGray = %d, not between ink 30 and paper 240", v)
	}
	th, sep := OtsuValues(vals)
	if th <= 30 || th >= 240 || sep != 210 {
		t.Errorf("OtsuValues = %v, %v; want a threshold between 30 and 240, separation 210", th, sep)
	}
	var hist [256]float64
	hist[100] = 10
	if _, _, ok := Otsu(&hist); ok {
		t.Error("one grey level: a split found")
	}
	flat := image.NewGray(image.Rect(0, 0, 4, 4))
	if v := OtsuGray(flat); v != 128 {
		t.Errorf("OtsuGray of a flat image = %d, want 128", v)
	}
	if th, sep := OtsuValues([]float32{7, 7}); th != 128.5 || sep != 0 {
		t.Errorf("OtsuValues of one level = %v, %v; want 128.5, 0", th, sep)
	}
	if th, sep := OtsuValues(nil); th != 128 || sep != 0 {
		t.Errorf("OtsuValues of nothing = %v, %v; want 128, 0", th, sep)
	}
}

func TestGaussKernel(t *testing.T) {
	if k := GaussKernel(0.01, 3); len(k) != 1 || k[0] != 1 {
		t.Errorf("tiny sigma: %v, want the identity", k)
	}
	for _, c := range []struct {
		sigma, reach float64
		n            int
	}{{1, 3, 7}, {1, 2.5, 7}, {0.5, 2.5, 5}, {2, 3, 13}} {
		k := GaussKernel(c.sigma, c.reach)
		var s float64
		for i, v := range k {
			s += float64(v)
			if v != k[len(k)-1-i] {
				t.Errorf("sigma %v: kernel not symmetric", c.sigma)
			}
		}
		if len(k) != c.n || math.Abs(s-1) > 1e-6 || k[c.n/2] <= k[0] {
			t.Errorf("sigma %v reach %v: %v (sum %v), want %d taps peaking in the middle", c.sigma, c.reach, k, s, c.n)
		}
	}
}

func TestBlur(t *testing.T) {
	const w, h = 9, 7
	flat := func() []float32 {
		b := make([]float32, w*h)
		for i := range b {
			b[i] = 100
		}
		return b
	}
	k := GaussKernel(1, 3)
	// Clamped edges keep a flat image flat; zero edges darken its border
	// most.
	b := flat()
	Blur(b, w, h, k, EdgeClamp)
	for i, v := range b {
		if math.Abs(float64(v)-100) > 1e-3 {
			t.Fatalf("clamp: pixel %d = %v, want 100", i, v)
		}
	}
	b = flat()
	Blur(b, w, h, k, EdgeZero)
	if b[0] >= 60 || b[3*w+4] <= b[0] {
		t.Errorf("zero edges: corner %v, centre %v; want a dark corner", b[0], b[3*w+4])
	}
	// A point spreads symmetrically and keeps its mass.
	b = make([]float32, w*h)
	b[3*w+4] = 1
	Blur(b, w, h, k, EdgeZero)
	var s float64
	for _, v := range b {
		s += float64(v)
	}
	if math.Abs(s-1) > 1e-5 || b[3*w+3] != b[3*w+5] || b[2*w+4] != b[4*w+4] {
		t.Errorf("point: mass %v, neighbours %v %v %v %v", s, b[3*w+3], b[3*w+5], b[2*w+4], b[4*w+4])
	}
	// The identity kernel changes nothing.
	b = flat()
	b[5] = 3
	Blur(b, w, h, []float32{1}, EdgeZero)
	if b[5] != 3 || b[6] != 100 {
		t.Error("the identity kernel changed the buffer")
	}
}

func TestPlanes(t *testing.T) {
	rgba := image.NewRGBA(image.Rect(0, 0, 4, 3))
	rgba.SetRGBA(2, 1, color.RGBA{200, 100, 50, 255})
	p := ReadPlanes(rgba, image.Rect(1, 1, 10, 3))
	if p.Rect != image.Rect(1, 1, 4, 3) || p.W != 3 || len(p.Ch) != 3 {
		t.Fatalf("planes %v w %d, %d channels", p.Rect, p.W, len(p.Ch))
	}
	i := p.Idx(2, 1)
	if p.Ch[0][i] != 200 || p.Ch[1][i] != 100 || p.Ch[2][i] != 50 {
		t.Errorf("pixel (2,1) = %v %v %v", p.Ch[0][i], p.Ch[1][i], p.Ch[2][i])
	}
	if l := p.Lum()[i]; math.Abs(float64(l)-(0.299*200+0.587*100+0.114*50)) > 1e-3 {
		t.Errorf("luminance %v", l)
	}
	q := p.Clone()
	q.Ch[0][i] = 0
	if p.Ch[0][i] != 200 {
		t.Error("Clone shares its channels")
	}
	out := p.Image().(*image.RGBA)
	if out.Rect != p.Rect || out.RGBAAt(2, 1) != (color.RGBA{200, 100, 50, 255}) {
		t.Errorf("image %v, pixel %v", out.Rect, out.RGBAAt(2, 1))
	}
	g := image.NewGray(image.Rect(0, 0, 3, 3))
	g.SetGray(1, 1, color.Gray{77})
	if gp := ReadPlanes(g, g.Rect); len(gp.Ch) != 1 || gp.Ch[0][gp.Idx(1, 1)] != 77 || gp.Image().(*image.Gray).GrayAt(1, 1).Y != 77 {
		t.Error("grey planes do not round-trip")
	}
}

func TestQuantAndPercentile(t *testing.T) {
	for v, want := range map[float32]uint8{-3: 0, 0.49: 0, 0.5: 1, 254.4: 254, 300: 255} {
		if got := Quant(v); got != want {
			t.Errorf("Quant(%v) = %d, want %d", v, got, want)
		}
	}
	vals := []float32{5, 1, 4, 2, 3}
	if m := Percentile(vals, 0.5); m != 3 {
		t.Errorf("median %v, want 3", m)
	}
	if lo, hi := Percentile(vals, 0), Percentile(vals, 1); lo != 1 || hi != 5 {
		t.Errorf("extremes %v %v", lo, hi)
	}
	if Percentile(nil, 0.5) != 0 {
		t.Error("no values: want 0")
	}
}

func TestRotationSource(t *testing.T) {
	// No turn: every pixel samples itself.
	if s := RotationSource(3, 5, 0, 1, 8, 8); s.X != 3 || s.Y != 5 || s.X0 != 3 || s.Y0 != 5 || s.FX != 0 || s.FY != 0 {
		t.Errorf("no turn: %+v", s)
	}
	// A quarter turn about the centre of a 4x4 image: the top-left pixel
	// samples the bottom-left one.
	if s := RotationSource(0, 0, 1, 0, 2, 2); s.X0 != 0 || s.Y0 != 3 || s.FX != 0 || s.FY != 0 {
		t.Errorf("quarter turn: %+v", s)
	}
	// Off the pixel grid: the pixel above-left and the fractions past it.
	if s := RotationSource(0, 0, 1, 0, 2.25, 2); s.X0 != 0 || s.Y0 != 3 || s.FX != 0.25 || s.FY != 0.25 {
		t.Errorf("between pixels: %+v", s)
	}
}
