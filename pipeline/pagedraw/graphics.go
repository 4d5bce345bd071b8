package pagedraw

import (
	"image"
	"math"
)

// Paint lays graphics coverage a at pixel (x, y) in grey level ink.
// Pixels off the page and coverage below MinInk are skipped; a pixel of a
// word is a layout error.
func (c *Canvas) Paint(x, y int, a, ink uint8) {
	if x < 0 || y < 0 || x >= c.W || y >= c.H || a < MinInk {
		return
	}
	i := y*c.W + x
	if c.Owner[i] > 0 {
		c.Fail("graphics at (%d,%d) hit word %d", x, y, c.Owner[i]-1)
		return
	}
	c.Cov[i] = over(c.Cov[i], a)
	c.Ink[i] = ink
	c.Owner[i] = -1
}

// Fill draws a solid rectangle of graphics.
func (c *Canvas) Fill(r image.Rectangle, ink uint8) {
	r = r.Intersect(image.Rect(0, 0, c.W, c.H))
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c.Paint(x, y, 255, ink)
		}
	}
}

// HLine draws a horizontal rule of thickness t with its top at y.
func (c *Canvas) HLine(x0, x1, y, t int, ink uint8) { c.Fill(image.Rect(x0, y, x1, y+t), ink) }

// VLine draws a vertical rule of thickness t with its left edge at x.
func (c *Canvas) VLine(x, y0, y1, t int, ink uint8) { c.Fill(image.Rect(x, y0, x+t, y1), ink) }

// Frame draws a rectangle outline of thickness t inside r.
func (c *Canvas) Frame(r image.Rectangle, t int, ink uint8) {
	c.HLine(r.Min.X, r.Max.X, r.Min.Y, t, ink)
	c.HLine(r.Min.X, r.Max.X, r.Max.Y-t, t, ink)
	c.VLine(r.Min.X, r.Min.Y+t, r.Max.Y-t, t, ink)
	c.VLine(r.Max.X-t, r.Min.Y+t, r.Max.Y-t, t, ink)
}

// Stroke draws an anti-aliased line of width wd from (x0,y0) to (x1,y1).
// Graphics already at least as dark as the stroke's edge are left as they
// are, so that the joints of a polyline do not darken.
func (c *Canvas) Stroke(x0, y0, x1, y1, wd float64, ink uint8) {
	minX, maxX := int(math.Floor(min(x0, x1)-wd)), int(math.Ceil(max(x0, x1)+wd))
	minY, maxY := int(math.Floor(min(y0, y1)-wd)), int(math.Ceil(max(y0, y1)+wd))
	dx, dy := x1-x0, y1-y0
	l2 := dx*dx + dy*dy
	for y := minY; y <= maxY; y++ {
		for x := minX; x <= maxX; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5
			u := 0.0
			if l2 > 0 {
				u = math.Max(0, math.Min(1, ((px-x0)*dx+(py-y0)*dy)/l2))
			}
			ex, ey := px-(x0+u*dx), py-(y0+u*dy)
			d := math.Sqrt(ex*ex+ey*ey) - wd/2
			a := math.Max(0, math.Min(1, 0.5-d))
			if a > 0 {
				i := y*c.W + x
				if x >= 0 && y >= 0 && x < c.W && y < c.H && c.Owner[i] == -1 && c.Cov[i] >= uint8(a*255) {
					continue
				}
				c.Paint(x, y, uint8(a*255+0.5), ink)
			}
		}
	}
}

// CheckBox draws a square box of side n with lines t thick at (x, y). A
// ticked box gets an X whose arms stop inset*n from the sides.
func (c *Canvas) CheckBox(x, y, n, t int, inset float64, ticked bool, ink uint8) {
	c.Frame(image.Rect(x, y, x+n, y+n), t, ink)
	if ticked {
		m := float64(n) * inset
		fx, fy, fn := float64(x), float64(y), float64(n)
		c.Stroke(fx+m, fy+m, fx+fn-m, fy+fn-m, 1.1*float64(t), ink)
		c.Stroke(fx+fn-m, fy+m, fx+m, fy+fn-m, 1.1*float64(t), ink)
	}
}
