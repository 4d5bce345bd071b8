package synthdoc

import (
	"image"
	"math"
	"math/rand/v2"
)

// render composites ink over paper. With noise it degrades the page like a
// scan: paper tone varying slowly across the page, a slight blur, gaussian
// noise on the ink and a few specks that keep clear of the words.
func render(c *canvas, paper uint8, noise bool, seed uint64) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, c.w, c.h))
	if !noise {
		for i, a := range c.cov {
			p := int(paper)
			if a > 0 {
				p = (p*(255-int(a)) + int(c.ink[i])*int(a) + 127) / 255
			}
			img.Pix[i] = uint8(p)
		}
		return img
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed5eed))
	w, h := c.w, c.h
	// Paper: base tone plus a few long-wave undulations and a gradient.
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
			if a := float64(c.cov[i]) / 255; a > 0 {
				p = p*(1-a) + float64(c.ink[i])*a
			}
			f[i] = p
		}
	}
	// Blur: a 3x3 binomial kernel mixed with the sharp page.
	mix := 0.35 + 0.45*rng.Float64()
	g := make([]float64, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			s, n := 0.0, 0.0
			for dy := -1; dy <= 1; dy++ {
				yy := y + dy
				if yy < 0 || yy >= h {
					continue
				}
				for dx := -1; dx <= 1; dx++ {
					xx := x + dx
					if xx < 0 || xx >= w {
						continue
					}
					k := float64((2 - abs(dx)) * (2 - abs(dy)))
					s += k * f[yy*w+xx]
					n += k
				}
			}
			g[y*w+x] = (1-mix)*f[y*w+x] + mix*s/n
		}
	}
	// Specks: small dark dots on paper, at least 3 pixels from any word.
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
		for yy := y - 2; yy <= y+2; yy++ {
			for xx := x - 2; xx <= x+2; xx++ {
				if xx < 0 || yy < 0 || xx >= w || yy >= h {
					continue
				}
				d := math.Hypot(float64(xx-x), float64(yy-y))
				if a := math.Max(0, math.Min(1, r+0.5-d)); a > 0 {
					j := yy*w + xx
					g[j] = g[j]*(1-a) + (g[j]-dark)*a
				}
			}
		}
	}
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

// wordHalo marks the pixels within pad of any word box.
func wordHalo(c *canvas, pad int) []bool {
	m := make([]bool, c.w*c.h)
	for _, wd := range c.words {
		r := wd.Box.Pad(pad).Rect().Intersect(image.Rect(0, 0, c.w, c.h))
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				m[y*c.w+x] = true
			}
		}
	}
	return m
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
