package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"slices"
)

// Planes is a float copy of a rectangle of an image: one channel (grey) or
// three (R, G, B), values in grey levels 0..255, row-major.
type Planes struct {
	// Rect is the copied rectangle in image coordinates; W is its width.
	Rect image.Rectangle
	W    int
	// Ch holds the channels, each Rect.Dx()*Rect.Dy() values.
	Ch [][]float32
}

// NewPlanes returns n zero channels covering r.
func NewPlanes(r image.Rectangle, n int) *Planes {
	p := &Planes{Rect: r, W: r.Dx()}
	for i := 0; i < n; i++ {
		p.Ch = append(p.Ch, make([]float32, r.Dx()*r.Dy()))
	}
	return p
}

// IsGray reports whether img stores one channel.
func IsGray(img image.Image) bool {
	switch img.(type) {
	case *image.Gray, *image.Gray16:
		return true
	}
	m := img.ColorModel()
	return m == color.GrayModel || m == color.Gray16Model
}

// ReadPlanes copies r (clipped to the image) into planes; grey images give
// one channel, everything else three.
func ReadPlanes(img image.Image, r image.Rectangle) *Planes {
	r = r.Intersect(img.Bounds())
	gray := IsGray(img)
	n := 3
	if gray {
		n = 1
	}
	p := NewPlanes(r, n)
	if g, ok := img.(*image.Gray); ok {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := g.Pix[g.PixOffset(r.Min.X, y):]
			dst := p.Ch[0][(y-r.Min.Y)*p.W:]
			for x := 0; x < p.W; x++ {
				dst[x] = float32(row[x])
			}
		}
		return p
	}
	if g, ok := img.(*image.RGBA); ok {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := g.Pix[g.PixOffset(r.Min.X, y):]
			o := (y - r.Min.Y) * p.W
			for x := 0; x < p.W; x++ {
				p.Ch[0][o+x] = float32(row[4*x])
				p.Ch[1][o+x] = float32(row[4*x+1])
				p.Ch[2][o+x] = float32(row[4*x+2])
			}
		}
		return p
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		o := (y - r.Min.Y) * p.W
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.At(x, y)
			if gray {
				p.Ch[0][o+x-r.Min.X] = float32(color.GrayModel.Convert(c).(color.Gray).Y)
				continue
			}
			rr, gg, bb, _ := c.RGBA()
			p.Ch[0][o+x-r.Min.X] = float32(rr >> 8)
			p.Ch[1][o+x-r.Min.X] = float32(gg >> 8)
			p.Ch[2][o+x-r.Min.X] = float32(bb >> 8)
		}
	}
	return p
}

// Lum returns a new luminance plane (ITU-R 601 weights, as color.GrayModel).
func (p *Planes) Lum() []float32 {
	out := make([]float32, len(p.Ch[0]))
	if len(p.Ch) == 1 {
		copy(out, p.Ch[0])
		return out
	}
	for i := range out {
		out[i] = 0.299*p.Ch[0][i] + 0.587*p.Ch[1][i] + 0.114*p.Ch[2][i]
	}
	return out
}

// Clone returns a deep copy.
func (p *Planes) Clone() *Planes {
	q := &Planes{Rect: p.Rect, W: p.W}
	for _, c := range p.Ch {
		q.Ch = append(q.Ch, append([]float32(nil), c...))
	}
	return q
}

// Idx is the offset of image point (x, y); the caller checks bounds.
func (p *Planes) Idx(x, y int) int { return (y-p.Rect.Min.Y)*p.W + x - p.Rect.Min.X }

// Image quantizes the planes into an *image.Gray (one channel) or an
// *image.RGBA (three), with the planes' image bounds.
func (p *Planes) Image() draw.Image {
	if len(p.Ch) == 1 {
		g := image.NewGray(p.Rect)
		for y := 0; y < p.Rect.Dy(); y++ {
			row := g.Pix[y*g.Stride:]
			for x := 0; x < p.W; x++ {
				row[x] = Quant(p.Ch[0][y*p.W+x])
			}
		}
		return g
	}
	m := image.NewRGBA(p.Rect)
	for y := 0; y < p.Rect.Dy(); y++ {
		row := m.Pix[y*m.Stride:]
		for x := 0; x < p.W; x++ {
			i := y*p.W + x
			row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = Quant(p.Ch[0][i]), Quant(p.Ch[1][i]), Quant(p.Ch[2][i]), 255
		}
	}
	return m
}

// Quant rounds a grey level to 0..255.
func Quant(v float32) uint8 {
	if v <= 0 {
		return 0
	}
	if v >= 255 {
		return 255
	}
	return uint8(v + 0.5)
}

// Percentile returns the q-quantile (0..1) of vals, which it sorts; 0 for
// no values.
func Percentile(vals []float32, q float64) float32 {
	if len(vals) == 0 {
		return 0
	}
	slices.Sort(vals)
	i := int(math.Round(q * float64(len(vals)-1)))
	return vals[max(0, min(len(vals)-1, i))]
}
