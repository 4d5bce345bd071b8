package synthdoc

import (
	"image"
	"math"
	"math/rand/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// render composites ink over paper. With noise it degrades the page like a
// scan: paper tone varying slowly across the page, a slight blur, gaussian
// noise on the ink and a few specks that keep clear of the words.
func render(c *canvas, paper uint8, noise bool, seed uint64) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, c.W, c.H))
	if !noise {
		for i, a := range c.Cov {
			p := int(paper)
			if a > 0 {
				p = (p*(255-int(a)) + int(c.Ink[i])*int(a) + 127) / 255
			}
			img.Pix[i] = uint8(p)
		}
		return img
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed5eed))
	f := scanPaper(c, paper, rng)
	g := pagedraw.Blur3(f, c.W, c.H, 0.35+0.45*rng.Float64())
	addSpecks(g, c, rng)
	// Sensor noise grows with darkness, as in scans, where the paper is
	// nearly clean and the ink is noisy. (Per-pixel noise on the paper too
	// would triple the PNG size for little realism.)
	sigma := 1 + rng.Float64()
	for i, p := range g {
		if dark := 1 - p/float64(paper); dark > 0.04 {
			p += rng.NormFloat64() * sigma * math.Min(1, dark*1.5)
		}
		img.Pix[i] = uint8(math.Max(0, math.Min(255, math.Round(p))))
	}
	return img
}

// scanPaper is the page before blur and noise: a base tone a little darker
// than paper plus a few long-wave undulations and a gradient, with the ink
// composited over it.
func scanPaper(c *canvas, paper uint8, rng *rand.Rand) []float64 {
	w, h := c.W, c.H
	base := float64(paper) - 4 - 6*rng.Float64()
	type wave struct{ fx, fy, ph, amp float64 }
	waves := make([]wave, 4)
	for i := range waves {
		waves[i] = wave{fx: (rng.Float64() - 0.5) * 4 * math.Pi / float64(w), fy: (rng.Float64() - 0.5) * 4 * math.Pi / float64(h), ph: rng.Float64() * 2 * math.Pi, amp: 0.8 + 1.7*rng.Float64()}
	}
	gx, gy := (rng.Float64()-0.5)*6/float64(w), (rng.Float64()-0.5)*6/float64(h)
	f := make([]float64, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p := base + gx*float64(x) + gy*float64(y)
			for _, wv := range waves {
				p += wv.amp * math.Cos(wv.fx*float64(x)+wv.fy*float64(y)+wv.ph)
			}
			i := y*w + x
			if a := float64(c.Cov[i]) / 255; a > 0 {
				p = p*(1-a) + float64(c.Ink[i])*a
			}
			f[i] = p
		}
	}
	return f
}

// addSpecks darkens a few small dots on the paper of g, each at least 3
// pixels from any word.
func addSpecks(g []float64, c *canvas, rng *rand.Rand) {
	w, h := c.W, c.H
	near := wordHalo(c, 3)
	specks := 10 + rng.IntN(60)
	for i := 0; i < specks; i++ {
		x, y := rng.IntN(w), rng.IntN(h)
		r := 0.6 + 1.2*rng.Float64()
		dark := 40 + 100*rng.Float64()
		ok := true
		for yy := y - 2; yy <= y+2 && ok; yy++ {
			for xx := x - 2; xx <= x+2; xx++ {
				if xx >= 0 && yy >= 0 && xx < w && yy < h && near[yy*w+xx] {
					ok = false
					break
				}
			}
		}
		if !ok {
			continue
		}
		pagedraw.Speck(g, w, h, x, y, r, dark)
	}
}

// wordHalo marks the pixels within pad of any word box.
func wordHalo(c *canvas, pad int) []bool {
	m := make([]bool, c.W*c.H)
	for _, wd := range c.words {
		r := wd.Box.Pad(pad).Rect().Intersect(image.Rect(0, 0, c.W, c.H))
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				m[y*c.W+x] = true
			}
		}
	}
	return m
}
