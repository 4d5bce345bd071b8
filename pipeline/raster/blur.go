package raster

import "math"

// Edge says what a blur reads beyond the border of its buffer.
type Edge int

const (
	// EdgeZero reads zero outside the buffer.
	EdgeZero Edge = iota
	// EdgeClamp reads the nearest border pixel.
	EdgeClamp
)

// GaussKernel returns the normalized 1-D Gaussian kernel of sigma,
// reaching ceil(reach*sigma) pixels to each side; a sigma under 0.05 gives
// the identity kernel {1}.
func GaussKernel(sigma, reach float64) []float32 {
	if sigma < 0.05 {
		return []float32{1}
	}
	r := int(math.Ceil(reach * sigma))
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

// Blur convolves the w*h buffer in place with the normalized kernel k (odd
// length, centred), along rows and then along columns; a one-tap kernel
// leaves the buffer as it is. Both passes walk the buffer row by row.
func Blur(buf []float32, w, h int, k []float32, edge Edge) {
	if len(k) == 1 {
		return
	}
	tmp := make([]float32, len(buf))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			tmp[y*w+x] = tap(buf, k, x, w, y*w, 1, edge)
		}
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			buf[y*w+x] = tap(tmp, k, y, h, x, w, edge)
		}
	}
}

// tap is the kernel k (odd length, centred) applied at position p of a
// line of n samples, the i-th at src[base+i*stride]; beyond the line's
// ends it reads as edge says.
func tap(src, k []float32, p, n, base, stride int, edge Edge) float32 {
	r := len(k) / 2
	var s float32
	for j := -r; j <= r; j++ {
		q := p + j
		if q < 0 || q >= n {
			if edge == EdgeZero {
				continue
			}
			q = min(n-1, max(0, q))
		}
		s += k[j+r] * src[base+q*stride]
	}
	return s
}
