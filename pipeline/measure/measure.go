// Package measure holds the image measures that score a replaced region:
// how far its background strays from the paper around it, and how close a
// reconstruction is to its original (PSNR, SSIM).
package measure

import (
	"image"
	"math"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// BackgroundError is the mean absolute difference, in grey levels, between
// the background pixels inside region of out (pixels not set in strokeMask,
// which may be nil) and the paper around the region (the median of the
// light pixels in a ring of half the region's height, at least 3 px).
func BackgroundError(out image.Image, region doc.Box, strokeMask *image.Alpha) float64 {
	rr := region.Clip(out.Bounds())
	if rr.Empty() {
		return 0
	}
	ringW := max(3, rr.Height/2)
	outer := rr.Pad(ringW).Clip(out.Bounds())
	p := raster.ReadPlanes(out, outer.Rect())
	lum := p.Lum()
	var ring []float32
	for y := outer.Top; y < outer.Bottom(); y++ {
		for x := outer.Left; x < outer.Right(); x++ {
			if !(image.Point{x, y}).In(rr.Rect()) {
				ring = append(ring, lum[p.Idx(x, y)])
			}
		}
	}
	if len(ring) == 0 {
		return 0
	}
	t, sep := raster.OtsuValues(ring)
	var light []float32
	for _, v := range ring {
		if sep < 30 || v > t {
			light = append(light, v)
		}
	}
	bg := float64(raster.Percentile(light, 0.5))
	var sum float64
	n := 0
	for y := rr.Top; y < rr.Bottom(); y++ {
		for x := rr.Left; x < rr.Right(); x++ {
			if strokeMask != nil && (image.Point{x, y}).In(strokeMask.Rect) && strokeMask.AlphaAt(x, y).A > 0 {
				continue
			}
			sum += math.Abs(float64(lum[p.Idx(x, y)]) - bg)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// RegionBackgroundError is BackgroundError of box in img with the strokes
// found in the image itself: pixels darker than the midpoint between the
// box's darkest pixel and its median, grown by one pixel (anti-aliased
// edges), when the two are at least 24 levels apart.
func RegionBackgroundError(img *image.Gray, box image.Rectangle) float64 {
	box = box.Intersect(img.Rect)
	if box.Empty() {
		return 0
	}
	lo, med := 255, 0
	hist := [256]int{}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for _, v := range img.Pix[y*img.Stride+box.Min.X : y*img.Stride+box.Max.X] {
			hist[v]++
			lo = min(lo, int(v))
		}
	}
	n, acc := box.Dx()*box.Dy(), 0
	for v := 0; v < 256; v++ {
		acc += hist[v]
		if 2*acc >= n {
			med = v
			break
		}
	}
	mask := image.NewAlpha(img.Rect)
	if med-lo >= 24 {
		markStrokes(img, box, (lo+med)/2, mask)
	}
	return BackgroundError(img, doc.BoxFromRect(box), mask)
}

// markStrokes sets in mask every pixel of box darker than t, grown by one
// pixel within the image.
func markStrokes(img *image.Gray, box image.Rectangle, t int, mask *image.Alpha) {
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if int(img.Pix[y*img.Stride+x]) >= t {
				continue
			}
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (image.Point{x + dx, y + dy}).In(img.Rect) {
						mask.Pix[(y+dy)*mask.Stride+x+dx] = 255
					}
				}
			}
		}
	}
}

// PSNR of b against a (8-bit images of one size), in dB; 99 when identical.
func PSNR(a, b *image.Gray) float64 {
	var se float64
	n := 0
	for y := 0; y < a.Rect.Dy(); y++ {
		for x := 0; x < a.Rect.Dx(); x++ {
			d := float64(a.Pix[y*a.Stride+x]) - float64(b.Pix[y*b.Stride+x])
			se += d * d
			n++
		}
	}
	if n == 0 || se == 0 {
		return 99
	}
	return 10 * math.Log10(255*255/(se/float64(n)))
}

// SSIM is the mean structural similarity of two 8-bit images of one size
// over 7x7 windows (uniform weights, stride 1, valid positions), on values
// in [0, 1]; 0 for images smaller than a window.
func SSIM(a, b *image.Gray) float64 {
	const r = 3
	w, h := a.Rect.Dx(), a.Rect.Dy()
	if w < 2*r+1 || h < 2*r+1 {
		return 0
	}
	var sum float64
	n := 0
	for y := r; y < h-r; y++ {
		for x := r; x < w-r; x++ {
			sum += ssimWindow(a, b, x, y, r)
			n++
		}
	}
	return sum / float64(n)
}

// ssimWindow is the structural similarity of the (2r+1)-square windows
// centred on (x, y) of a and b.
func ssimWindow(a, b *image.Gray, x, y, r int) float64 {
	const c1, c2 = 0.01 * 0.01, 0.03 * 0.03
	var sa, sb, saa, sbb, sab float64
	for dy := -r; dy <= r; dy++ {
		for dx := -r; dx <= r; dx++ {
			va := float64(a.Pix[(y+dy)*a.Stride+x+dx]) / 255
			vb := float64(b.Pix[(y+dy)*b.Stride+x+dx]) / 255
			sa += va
			sb += vb
			saa += va * va
			sbb += vb * vb
			sab += va * vb
		}
	}
	k := float64((2*r + 1) * (2*r + 1))
	ma, mb := sa/k, sb/k
	va, vb, cov := saa/k-ma*ma, sbb/k-mb*mb, sab/k-ma*mb
	return ((2*ma*mb + c1) * (2*cov + c2)) / ((ma*ma + mb*mb + c1) * (va + vb + c2))
}
