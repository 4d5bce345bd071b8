package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"slices"
)

// planes is a float copy of a rectangle of an image: one channel (grey) or
// three (R, G, B), values in grey levels 0..255.
type planes struct {
	r  image.Rectangle
	w  int
	ch [][]float32
}

func newPlanes(r image.Rectangle, n int) *planes {
	p := &planes{r: r, w: r.Dx()}
	for i := 0; i < n; i++ {
		p.ch = append(p.ch, make([]float32, r.Dx()*r.Dy()))
	}
	return p
}

// isGrayImage reports whether img stores one channel.
func isGrayImage(img image.Image) bool {
	switch img.(type) {
	case *image.Gray, *image.Gray16:
		return true
	}
	m := img.ColorModel()
	return m == color.GrayModel || m == color.Gray16Model
}

// readPlanes copies r (clipped to the image) into planes; grey images give
// one channel, everything else three.
func readPlanes(img image.Image, r image.Rectangle) *planes {
	r = r.Intersect(img.Bounds())
	gray := isGrayImage(img)
	n := 3
	if gray {
		n = 1
	}
	p := newPlanes(r, n)
	if g, ok := img.(*image.Gray); ok {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := g.Pix[g.PixOffset(r.Min.X, y):]
			dst := p.ch[0][(y-r.Min.Y)*p.w:]
			for x := 0; x < p.w; x++ {
				dst[x] = float32(row[x])
			}
		}
		return p
	}
	if g, ok := img.(*image.RGBA); ok {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := g.Pix[g.PixOffset(r.Min.X, y):]
			o := (y - r.Min.Y) * p.w
			for x := 0; x < p.w; x++ {
				p.ch[0][o+x] = float32(row[4*x])
				p.ch[1][o+x] = float32(row[4*x+1])
				p.ch[2][o+x] = float32(row[4*x+2])
			}
		}
		return p
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		o := (y - r.Min.Y) * p.w
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.At(x, y)
			if gray {
				p.ch[0][o+x-r.Min.X] = float32(color.GrayModel.Convert(c).(color.Gray).Y)
				continue
			}
			rr, gg, bb, _ := c.RGBA()
			p.ch[0][o+x-r.Min.X] = float32(rr >> 8)
			p.ch[1][o+x-r.Min.X] = float32(gg >> 8)
			p.ch[2][o+x-r.Min.X] = float32(bb >> 8)
		}
	}
	return p
}

// lum returns a new luminance plane (ITU-R 601 weights, as color.GrayModel).
func (p *planes) lum() []float32 {
	out := make([]float32, len(p.ch[0]))
	if len(p.ch) == 1 {
		copy(out, p.ch[0])
		return out
	}
	for i := range out {
		out[i] = 0.299*p.ch[0][i] + 0.587*p.ch[1][i] + 0.114*p.ch[2][i]
	}
	return out
}

func (p *planes) clone() *planes {
	q := &planes{r: p.r, w: p.w}
	for _, c := range p.ch {
		q.ch = append(q.ch, append([]float32(nil), c...))
	}
	return q
}

// idx is the offset of page point (x, y); the caller checks bounds.
func (p *planes) idx(x, y int) int { return (y-p.r.Min.Y)*p.w + x - p.r.Min.X }

// toImage quantizes the planes into an *image.Gray (one channel) or an
// *image.RGBA (three), with the planes' page bounds.
func (p *planes) toImage() draw.Image {
	if len(p.ch) == 1 {
		g := image.NewGray(p.r)
		for y := 0; y < p.r.Dy(); y++ {
			row := g.Pix[y*g.Stride:]
			for x := 0; x < p.w; x++ {
				row[x] = quant(p.ch[0][y*p.w+x])
			}
		}
		return g
	}
	m := image.NewRGBA(p.r)
	for y := 0; y < p.r.Dy(); y++ {
		row := m.Pix[y*m.Stride:]
		for x := 0; x < p.w; x++ {
			i := y*p.w + x
			row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = quant(p.ch[0][i]), quant(p.ch[1][i]), quant(p.ch[2][i]), 255
		}
	}
	return m
}

func quant(v float32) uint8 {
	if v <= 0 {
		return 0
	}
	if v >= 255 {
		return 255
	}
	return uint8(v + 0.5)
}

// percentile returns the q-quantile (0..1) of vals (which it sorts).
func percentile(vals []float32, q float64) float32 {
	if len(vals) == 0 {
		return 0
	}
	slices.Sort(vals)
	i := int(math.Round(q * float64(len(vals)-1)))
	return vals[max(0, min(len(vals)-1, i))]
}

// otsu returns the threshold (in grey levels) that best splits vals into
// two classes, and the between-class separation (difference of the class
// means); values <= t are the dark class.
func otsu(vals []float32) (t float32, sep float32) {
	var h [256]float64
	for _, v := range vals {
		h[quant(v)]++
	}
	n := float64(len(vals))
	if n == 0 {
		return 128, 0
	}
	var sum float64
	for i, c := range h {
		sum += float64(i) * c
	}
	var wB, sumB, best float64
	bestT := 128
	var bestSep float64
	for i := 0; i < 256; i++ {
		wB += h[i]
		if wB == 0 {
			continue
		}
		wF := n - wB
		if wF == 0 {
			break
		}
		sumB += float64(i) * h[i]
		mB := sumB / wB
		mF := (sum - sumB) / wF
		v := wB * wF * (mB - mF) * (mB - mF)
		if v > best {
			best, bestT, bestSep = v, i, mF-mB
		}
	}
	return float32(bestT) + 0.5, float32(bestSep)
}

// gaussKernel returns a normalized 1-D Gaussian kernel for sigma.
func gaussKernel(sigma float64) []float32 {
	if sigma < 0.05 {
		return []float32{1}
	}
	r := int(math.Ceil(3 * sigma))
	k := make([]float32, 2*r+1)
	var s float64
	for i := -r; i <= r; i++ {
		v := math.Exp(-float64(i*i) / (2 * sigma * sigma))
		k[i+r] = float32(v)
		s += v
	}
	for i := range k {
		k[i] /= float32(s)
	}
	return k
}

// blur applies a separable Gaussian to a w*h buffer in place (zero outside).
func blur(buf []float32, w, h int, sigma float64) {
	k := gaussKernel(sigma)
	if len(k) == 1 {
		return
	}
	r := len(k) / 2
	tmp := make([]float32, len(buf))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var s float32
			for j := -r; j <= r; j++ {
				if xx := x + j; xx >= 0 && xx < w {
					s += k[j+r] * buf[y*w+xx]
				}
			}
			tmp[y*w+x] = s
		}
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var s float32
			for j := -r; j <= r; j++ {
				if yy := y + j; yy >= 0 && yy < h {
					s += k[j+r] * tmp[yy*w+x]
				}
			}
			buf[y*w+x] = s
		}
	}
}
