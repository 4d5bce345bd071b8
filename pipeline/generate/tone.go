package generate

import (
	"image"
	"math"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
)

// MatchTone maps the tones of gen inside box so that its paper and ink
// levels match the original crop's: the VAE decoder's paper is often a few
// grey levels off the page's and its ink paler, which shows as a patch.
// Target paper is the 60th percentile of orig outside box (the context the
// region must blend into), target ink the 2nd percentile of orig inside box
// (the original word's ink); the generated levels are the 90th and 2nd
// percentiles of gen inside box. The map is affine between the two pairs;
// when either box has under 32 levels of contrast only the paper level is
// matched (a multiplicative gain). Pixels outside box are untouched.
func MatchTone(gen, orig *image.Gray, box image.Rectangle) {
	box = box.Intersect(gen.Rect).Intersect(orig.Rect)
	if box.Empty() {
		return
	}
	var in, inGen, out [256]int
	for y := orig.Rect.Min.Y; y < orig.Rect.Max.Y; y++ {
		for x := orig.Rect.Min.X; x < orig.Rect.Max.X; x++ {
			v := orig.Pix[orig.PixOffset(x, y)]
			if (image.Point{x, y}).In(box) {
				in[v]++
				inGen[gen.Pix[gen.PixOffset(x, y)]]++
			} else {
				out[v]++
			}
		}
	}
	paperO, ok := dataset.HistQuantile(out[:], 0.6)
	if !ok {
		return
	}
	inkO, _ := dataset.HistQuantile(in[:], 0.02)
	paperG, _ := dataset.HistQuantile(inGen[:], 0.9)
	inkG, _ := dataset.HistQuantile(inGen[:], 0.02)
	if paperG < 1 {
		return
	}
	a, b := paperO/paperG, 0.0 // v' = a*v + b
	if paperO-inkO >= 32 && paperG-inkG >= 32 {
		a = (paperO - inkO) / (paperG - inkG)
		b = paperO - a*paperG
	}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			i := gen.PixOffset(x, y)
			gen.Pix[i] = uint8(max(0, min(255, math.Round(a*float64(gen.Pix[i])+b))))
		}
	}
}
