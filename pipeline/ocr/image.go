package ocr

import (
	"fmt"
	"image"
	"math"
)

// scaleGray resizes g by factor f with bilinear interpolation. Upscaling
// small text by 1.5-3x is what helps Tesseract; bilinear keeps stroke edges
// smooth enough for its binarisation and is cheap.
func scaleGray(g *image.Gray, f float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	nw, nh := int(math.Round(float64(w)*f)), int(math.Round(float64(h)*f))
	if nw < 1 {
		nw = 1
	}
	if nh < 1 {
		nh = 1
	}
	out := image.NewGray(image.Rect(0, 0, nw, nh))
	// Precompute horizontal sample positions and weights (16.16 fixed point).
	x0s := make([]int, nw)
	wxs := make([]uint32, nw)
	sx := float64(w) / float64(nw)
	for x := 0; x < nw; x++ {
		x0s[x], wxs[x] = bilinearTap(x, sx, w)
	}
	sy := float64(h) / float64(nh)
	for y := 0; y < nh; y++ {
		y0, wy := bilinearTap(y, sy, h)
		y1 := y0 + 1
		if y1 >= h {
			y1 = h - 1
		}
		r0 := g.Pix[y0*g.Stride : y0*g.Stride+w]
		r1 := g.Pix[y1*g.Stride : y1*g.Stride+w]
		d := out.Pix[y*out.Stride : y*out.Stride+nw]
		for x := 0; x < nw; x++ {
			x0 := x0s[x]
			x1 := x0 + 1
			if x1 >= w {
				x1 = w - 1
			}
			wx := wxs[x]
			top := uint32(r0[x0])*(256-wx) + uint32(r0[x1])*wx
			bot := uint32(r1[x0])*(256-wx) + uint32(r1[x1])*wx
			d[x] = uint8((top*(256-wy) + bot*wy + 1<<15) >> 16)
		}
	}
	return out
}

// bilinearTap maps output pixel i, at a step of scale source pixels per
// output pixel, to the first of its two source samples (clamped to the n
// samples there are) and the second one's weight in 1/256ths.
func bilinearTap(i int, scale float64, n int) (int, uint32) {
	f := (float64(i)+0.5)*scale - 0.5
	if f < 0 {
		f = 0
	}
	i0 := int(f)
	if i0 >= n-1 {
		i0 = n - 1
		f = float64(i0)
	}
	return i0, uint32((f - float64(i0)) * 256)
}

// padGray surrounds g with a border of p pixels of value v. Tesseract finds
// text touching the image edge poorly; a margin of paper fixes that.
func padGray(g *image.Gray, p int, v uint8) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w+2*p, h+2*p))
	for i := range out.Pix {
		out.Pix[i] = v
	}
	for y := 0; y < h; y++ {
		copy(out.Pix[(y+p)*out.Stride+p:], g.Pix[y*g.Stride:y*g.Stride+w])
	}
	return out
}

// paperLevel estimates the background grey of g as the 90th percentile of
// its pixels (text covers far less than 10% of a text region).
func paperLevel(g *image.Gray) uint8 {
	var hist [256]int
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 0; y < h; y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			hist[v]++
		}
	}
	n := w * h
	if n == 0 {
		return 255
	}
	target := n * 9 / 10
	acc := 0
	for v := 0; v < 256; v++ {
		acc += hist[v]
		if acc > target {
			return uint8(v)
		}
	}
	return 255
}

// hasInk reports whether g holds any pixel that clearly differs from its
// paper: darker by at least minInkContrast grey levels, or, on a dark
// background (white on black), lighter by as much. Tesseract invents
// characters on blank crops, and skipping them saves a call.
func hasInk(g *image.Gray, paper uint8) bool {
	lo, hi := -1, 256
	if paper >= minInkContrast {
		lo = int(paper) - minInkContrast
	} else {
		hi = int(paper) + minInkContrast
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 0; y < h; y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if int(v) < lo || int(v) > hi {
				return true
			}
		}
	}
	return false
}

// minInkContrast is how much darker than the paper a pixel must be to count
// as ink for hasInk.
const minInkContrast = 48

// checkRect validates a region against the image bounds.
func checkRect(img image.Image, r image.Rectangle) (image.Rectangle, error) {
	b := img.Bounds()
	if b.Empty() {
		return image.Rectangle{}, fmt.Errorf("ocr: image has zero size (%dx%d)", b.Dx(), b.Dy())
	}
	c := r.Canon().Intersect(b)
	if c.Empty() {
		return image.Rectangle{}, fmt.Errorf("ocr: region %v does not overlap the image bounds %v", r, b)
	}
	return c, nil
}

// encodeSpix writes g in Leptonica's own serialisation ("spix"), which
// pixReadMem turns back into a Pix with little more than a copy: header
// "spix", width, height, depth, words per line, colour count (all uint32 in
// host order, little-endian here), raster size, then the raster, 32-bit words
// holding four pixels with the leftmost in the most significant byte. It is
// the cheapest format to hand to Tesseract (see BenchmarkFeed).
func encodeSpix(g *image.Gray) []byte {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	wpl := (w*8 + 31) / 32
	rowBytes := 4 * wpl
	const hdr = 28
	buf := make([]byte, hdr+rowBytes*h)
	copy(buf, "spix")
	putU32(buf[4:], uint32(w))
	putU32(buf[8:], uint32(h))
	putU32(buf[12:], 8)
	putU32(buf[16:], uint32(wpl))
	putU32(buf[20:], 0) // no colormap
	putU32(buf[24:], uint32(rowBytes*h))
	for y := 0; y < h; y++ {
		src := g.Pix[y*g.Stride : y*g.Stride+w]
		dst := buf[hdr+y*rowBytes : hdr+(y+1)*rowBytes]
		x := 0
		for ; x+4 <= w; x += 4 {
			dst[x], dst[x+1], dst[x+2], dst[x+3] = src[x+3], src[x+2], src[x+1], src[x]
		}
		for ; x < w; x++ {
			dst[x^3] = src[x]
		}
	}
	return buf
}

func putU32(b []byte, v uint32) {
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}
