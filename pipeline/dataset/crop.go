package dataset

import (
	"fmt"
	"image"
	"math"
	"math/rand/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
)

// The glyph image of a crop is the conditioning that says which shape to
// draw: white w x h with the ink coverage of the text, black on white,
// exactly where the generated text must appear (inside the box; white
// elsewhere). Training takes it from the target itself: the synthetic
// word's own coverage (InkGlyph) or the annotated word's ink normalised
// between its paper and ink tones (ScanGlyph). Inference takes it from the
// render path, which draws the new text in the style estimated from the
// original (render.Result.Glyph). The model then learns to make that shape
// look printed on that page (ink tone, weight, blur, noise), not to invent
// letter shapes; a canonical-font glyph left the small model unable to
// write legible text (read-back 0 after 8700 steps; models/MODEL_CARD.md).

// InkGlyph is the glyph of a coverage map: 255 minus the alpha inside box.
func InkGlyph(cov *image.Alpha, box image.Rectangle) *image.Gray {
	out := whiteGray(cov.Rect.Dx(), cov.Rect.Dy())
	box = box.Intersect(out.Rect)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			out.Pix[y*out.Stride+x] = 255 - cov.Pix[y*cov.Stride+x]
		}
	}
	return out
}

// ScanGlyph is the glyph of scanned ink inside box: each pixel's darkness
// between the box's paper tone (90th percentile) and ink tone (3rd
// percentile) as coverage, with coverage under 0.2 dropped as paper noise.
// Rows crossed by one dark run over 80% of the box width are form rules,
// not letters, and stay white: the model is to redraw rules from the
// context, as it must at inference, where the glyph has letters only. A box
// without contrast (under 32 grey levels) gives a white glyph.
func ScanGlyph(img *image.Gray, box image.Rectangle) *image.Gray {
	out := whiteGray(img.Rect.Dx(), img.Rect.Dy())
	box = box.Intersect(img.Rect)
	if box.Empty() {
		return out
	}
	var hist [256]int
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			hist[img.Pix[y*img.Stride+x]]++
		}
	}
	paper, _ := HistQuantile(hist[:], 0.9)
	ink, _ := HistQuantile(hist[:], 0.03)
	if paper-ink < 32 {
		return out
	}
	cov := func(x, y int) float64 { return (paper - float64(img.Pix[y*img.Stride+x])) / (paper - ink) }
	for y := box.Min.Y; y < box.Max.Y; y++ {
		run, longest := 0, 0
		for x := box.Min.X; x < box.Max.X; x++ {
			if cov(x, y) >= 0.25 {
				run++
				longest = max(longest, run)
			} else {
				run = 0
			}
		}
		if box.Dx() >= 12 && float64(longest) >= 0.8*float64(box.Dx()) {
			continue
		}
		for x := box.Min.X; x < box.Max.X; x++ {
			if c := cov(x, y); c >= 0.2 {
				out.Pix[y*out.Stride+x] = uint8(255 - math.Round(255*math.Min(1, c)))
			}
		}
	}
	return out
}

// LayoutGlyph is the glyph the render path gives the model at inference
// for text replacing the word at box of crop: the text laid out by
// render.Replace in the style estimated from the word (font family, size,
// baseline, slant), black on white, inside box only. When the layout fails
// it falls back to the canonical render.Glyph filling the box.
func LayoutGlyph(crop *image.Gray, box image.Rectangle, text string) *image.Gray {
	out := whiteGray(crop.Rect.Dx(), crop.Rect.Dy())
	region := doc.BoxFromRect(box)
	var g *image.Gray
	if st, err := render.EstimateStyle(crop, region, nil, text); err == nil {
		if res, err := render.Replace(crop, region, text, st, render.Options{Seed: 1}); err == nil {
			g = res.Glyph
		}
	}
	if g == nil {
		g = render.Glyph(text, box.Dx(), box.Dy(), render.Style{})
		g.Rect = g.Rect.Add(box.Min)
	}
	r := box.Intersect(g.Rect).Intersect(out.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			out.Pix[y*out.Stride+x] = g.Pix[g.PixOffset(x, y)]
		}
	}
	return out
}

// WithLayoutGlyphs wraps a source so that its samples carry LayoutGlyph
// instead of their traced glyph: training on the glyphs inference gives.
func WithLayoutGlyphs(s Source) Source { return layoutGlyphs{s} }

type layoutGlyphs struct{ Source }

func (l layoutGlyphs) Generate(rng *rand.Rand, w, h int) (*Sample, error) {
	s, err := l.Source.Generate(rng, w, h)
	if err != nil {
		return nil, err
	}
	s.Glyph = LayoutGlyph(s.Image, s.Box, s.Text)
	return s, nil
}

// HistQuantile is the q-quantile (0..1) of a histogram of grey levels;
// false when the histogram is empty.
func HistQuantile(h []int, q float64) (float64, bool) {
	n := 0
	for _, c := range h {
		n += c
	}
	if n == 0 {
		return 0, false
	}
	k, acc := int(q*float64(n-1)), 0
	for v, c := range h {
		acc += c
		if acc > k {
			return float64(v), true
		}
	}
	return float64(len(h) - 1), true
}

func whiteGray(w, h int) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, w, h))
	for i := range out.Pix {
		out.Pix[i] = 255
	}
	return out
}

// Placement maps a page region into a crop of W x H: crop pixel centre
// (x+0.5, y+0.5) is page point (OX + (x+0.5)/Scale, OY + (y+0.5)/Scale).
type Placement struct {
	Scale  float64
	OX, OY float64
	W, H   int
	// Box is the region in crop coordinates.
	Box image.Rectangle
}

// Place scales region so that its height is boxFrac of the crop height h and
// puts it at horizontal offset xFrac (0 = left, 1 = right) of the free room,
// vertically centred. width is the crop width; 0 chooses the smallest
// multiple of multiple (>= 16) that holds the scaled region plus margin
// pixels each side, at most maxW. It fails when the region does not fit.
func Place(region image.Rectangle, h, width, multiple, maxW int, boxFrac, xFrac float64, margin int) (Placement, error) {
	if region.Dx() <= 0 || region.Dy() <= 0 {
		return Placement{}, fmt.Errorf("dataset: place: empty region")
	}
	s := boxFrac * float64(h) / float64(region.Dy())
	bw := int(math.Ceil(float64(region.Dx()) * s))
	bh := int(math.Ceil(float64(region.Dy()) * s))
	if width <= 0 {
		if multiple < 1 {
			multiple = 16
		}
		width = (bw + 2*margin + multiple - 1) / multiple * multiple
		if width > maxW && maxW > 0 {
			return Placement{}, fmt.Errorf("dataset: place: region needs a %d px wide crop (max %d)", width, maxW)
		}
	}
	if bw+2*margin > width || bh+2 > h {
		return Placement{}, fmt.Errorf("dataset: place: region %dx%d does not fit %dx%d", bw, bh, width, h)
	}
	bx := margin + int(math.Round(xFrac*float64(width-2*margin-bw)))
	by := (h - bh) / 2
	p := Placement{Scale: s, W: width, H: h, Box: image.Rect(bx, by, bx+bw, by+bh)}
	p.OX = float64(region.Min.X) - float64(bx)/s
	p.OY = float64(region.Min.Y) - float64(by)/s
	return p, nil
}

// Crop resamples the page into the placement's crop (area-averaged when
// shrinking, bilinear otherwise); outside the page reads as fill.
func (p Placement) Crop(page *image.Gray, fill uint8) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, p.W, p.H))
	b := page.Rect
	at := func(x, y int) float64 {
		if x < b.Min.X || y < b.Min.Y || x >= b.Max.X || y >= b.Max.Y {
			return float64(fill)
		}
		return float64(page.Pix[(y-b.Min.Y)*page.Stride+(x-b.Min.X)])
	}
	bil := func(sx, sy float64) float64 {
		x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
		fx, fy := sx-float64(x0), sy-float64(y0)
		return at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
	}
	k := 1
	if p.Scale < 1 {
		k = min(4, int(math.Ceil(1/p.Scale)))
	}
	for y := 0; y < p.H; y++ {
		for x := 0; x < p.W; x++ {
			var sum float64
			for j := 0; j < k; j++ {
				for i := 0; i < k; i++ {
					cx := float64(x) + (float64(i)+0.5)/float64(k)
					cy := float64(y) + (float64(j)+0.5)/float64(k)
					sum += bil(p.OX+cx/p.Scale-0.5, p.OY+cy/p.Scale-0.5)
				}
			}
			out.Pix[y*out.Stride+x] = uint8(math.Min(255, sum/float64(k*k)+0.5))
		}
	}
	return out
}

// PasteBack writes the crop back onto the page inside region only
// (bilinear); every page pixel outside region is left unchanged.
func (p Placement) PasteBack(page *image.Gray, crop *image.Gray, region image.Rectangle) {
	region = region.Intersect(page.Rect)
	at := func(x, y int) float64 {
		x = min(max(x, 0), crop.Rect.Dx()-1)
		y = min(max(y, 0), crop.Rect.Dy()-1)
		return float64(crop.Pix[y*crop.Stride+x])
	}
	for y := region.Min.Y; y < region.Max.Y; y++ {
		for x := region.Min.X; x < region.Max.X; x++ {
			sx := (float64(x)+0.5-p.OX)*p.Scale - 0.5
			sy := (float64(y)+0.5-p.OY)*p.Scale - 0.5
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
			page.Pix[(y-page.Rect.Min.Y)*page.Stride+(x-page.Rect.Min.X)] = uint8(math.Min(255, math.Max(0, v+0.5)))
		}
	}
}
