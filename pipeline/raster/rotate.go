package raster

import "math"

// Source is where a pixel of a turned image samples the unturned one: the
// position X, Y in pixel indices (pixel centres at whole numbers), the
// pixel X0, Y0 at or above and left of it, and the fractions FX, FY of the
// way from there to the next pixel right and down (the bilinear weights).
type Source struct {
	X, Y   float64
	X0, Y0 int
	FX, FY float64
}

// RotationSource is the Source of pixel (x, y) of an image turned about
// (cx, cy) by the angle whose sine and cosine are sin and cos.
func RotationSource(x, y int, sin, cos, cx, cy float64) Source {
	dx, dy := float64(x)+0.5-cx, float64(y)+0.5-cy
	s := Source{X: cos*dx + sin*dy + cx - 0.5, Y: -sin*dx + cos*dy + cy - 0.5}
	s.X0, s.Y0 = int(math.Floor(s.X)), int(math.Floor(s.Y))
	s.FX, s.FY = s.X-float64(s.X0), s.Y-float64(s.Y0)
	return s
}
