package corpus

import (
	"image"
	"math"
	"math/rand/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// damage is how a page is degraded like a scan.
type damage struct {
	on     bool
	fade   float64 // share by which ink lightens towards the paper
	blur   int     // passes of a 3x3 binomial blur mixed with the page
	mix    float64 // weight of the blurred page
	noise  float64 // sigma of the grey-level noise on ink
	specks int     // dark specks away from the words
	angle  float64 // rotation in degrees (skew of the scan)
}

func (g *gen) damage(clean bool) damage {
	if clean || g.chance(0.2) {
		return damage{}
	}
	d := damage{on: true, fade: 0.25 * g.r.Float64(), blur: 1 + g.r.IntN(2), mix: 0.4 + 0.5*g.r.Float64(),
		noise: 2 + 6*g.r.Float64(), specks: g.r.IntN(80)}
	if g.chance(0.6) {
		d.angle = (g.r.Float64()*2 - 1) * 1.5
	}
	return d
}

// inked is the rendered page with, for every pixel, the word that owns
// its ink (i+1, 0 for none) and whether the pixel is in the word's span
// part.
type inked struct {
	img   *image.Gray
	owner []int32
	core  []bool
}

// render composites the canvas's ink over paper and applies the damage:
// slowly varying paper tone, faded ink, blur, rotation about the centre
// (word ownership follows the nearest source pixel, so boxes stay the
// tight boxes of each word's ink), specks clear of the words and noise.
func render(c *canvas, paper uint8, dm damage, rng *rand.Rand) inked {
	w, h := c.W, c.H
	f := make([]float64, w*h)
	base := float64(paper)
	var gx, gy float64
	if dm.on {
		base -= 6 * rng.Float64()
		gx, gy = (rng.Float64()-0.5)*10/float64(w), (rng.Float64()-0.5)*10/float64(h)
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			p := base + gx*float64(x) + gy*float64(y)
			if a := float64(c.Cov[i]) / 255; a > 0 {
				ink := float64(c.Ink[i]) + dm.fade*(base-float64(c.Ink[i]))
				p = p*(1-a) + ink*a
			}
			f[i] = p
		}
	}
	for k := 0; k < dm.blur; k++ {
		f = pagedraw.Blur3(f, w, h, dm.mix)
	}
	r := inked{owner: c.Owner, core: c.core}
	if dm.angle != 0 {
		f, r = rotate(f, c, dm.angle, base)
	}
	if dm.on {
		specks(f, w, h, r.owner, dm.specks, rng)
	}
	r.img = image.NewGray(image.Rect(0, 0, w, h))
	for i, p := range f {
		if dm.on && p < base-8 {
			p += rng.NormFloat64() * dm.noise
		}
		r.img.Pix[i] = uint8(math.Max(0, math.Min(255, math.Round(p))))
	}
	return r
}

// rotate turns the page by deg degrees about its centre with bilinear
// sampling; pixels from outside the page get the paper tone.
func rotate(f []float64, c *canvas, deg, paper float64) ([]float64, inked) {
	w, h := c.W, c.H
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w)/2, float64(h)/2
	out := make([]float64, w*h)
	r := inked{owner: make([]int32, w*h), core: make([]bool, w*h)}
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return paper
		}
		return f[y*w+x]
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			src := raster.RotationSource(x, y, sin, cos, cx, cy)
			x0, y0, fx, fy := src.X0, src.Y0, src.FX, src.FY
			i := y*w + x
			out[i] = (at(x0, y0)*(1-fx)+at(x0+1, y0)*fx)*(1-fy) + (at(x0, y0+1)*(1-fx)+at(x0+1, y0+1)*fx)*fy
			nx, ny := int(math.Round(src.X)), int(math.Round(src.Y))
			if nx >= 0 && ny >= 0 && nx < w && ny < h {
				if o := c.Owner[ny*w+nx]; o > 0 {
					r.owner[i], r.core[i] = o, c.core[ny*w+nx]
				}
			}
		}
	}
	return out, r
}

// specks puts small dark dots on the page at least 4 pixels from any ink
// of a word.
func specks(f []float64, w, h int, owner []int32, n int, rng *rand.Rand) {
	for k := 0; k < n; k++ {
		x, y := 4+rng.IntN(w-8), 4+rng.IntN(h-8)
		clear := true
		for yy := y - 6; yy <= y+6 && clear; yy++ {
			for xx := x - 6; xx <= x+6; xx++ {
				if xx >= 0 && yy >= 0 && xx < w && yy < h && owner[yy*w+xx] > 0 {
					clear = false
					break
				}
			}
		}
		if !clear {
			continue
		}
		rad := 0.6 + 1.2*rng.Float64()
		dark := 40 + 100*rng.Float64()
		pagedraw.Speck(f, w, h, x, y, rad, dark)
	}
}
