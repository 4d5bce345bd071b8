package pagedraw

import "math"

// Blur3 mixes the w x h page f with its 3x3 binomial blur, by mix (0 keeps
// the page, 1 is the blur). Pixels at the edge average what lies inside.
func Blur3(f []float64, w, h int, mix float64) []float64 {
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
					k := float64((2 - dx*dx) * (2 - dy*dy))
					s += k * f[yy*w+xx]
					n += k
				}
			}
			g[y*w+x] = (1-mix)*f[y*w+x] + mix*s/n
		}
	}
	return g
}

// Speck darkens a round dot of radius r centred on pixel (x, y) of the
// w x h page f by up to dark grey levels, anti-aliased at its edge.
func Speck(f []float64, w, h, x, y int, r, dark float64) {
	for yy := y - 2; yy <= y+2; yy++ {
		for xx := x - 2; xx <= x+2; xx++ {
			if xx < 0 || yy < 0 || xx >= w || yy >= h {
				continue
			}
			d := math.Hypot(float64(xx-x), float64(yy-y))
			if a := math.Max(0, math.Min(1, r+0.5-d)); a > 0 {
				j := yy*w + xx
				f[j] = f[j]*(1-a) + (f[j]-dark)*a
			}
		}
	}
}
