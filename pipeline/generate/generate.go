// Package generate prints replacement text into page regions with the
// diffusion model (through the native core, package torch): it finds and
// loads the model, crops and masks a region around the render path's layout
// of the new text, samples the crop, matches its tones to the page and
// returns the patch. Inpainter is the engine's diffusion strategy on top.
package generate

import (
	"context"
	"fmt"
	"image"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/torch"
)

// Generation geometry: the crop is scaled so that the new text's ink is
// GenBoxFrac of the crop height (the middle of the 0.35..0.6 range the
// models are trained on; less when the region is taller), with GenMargin
// pixels of page context each side, in a crop at most GenMaxWidth wide.
const (
	// DefaultGuidance is the classifier-free guidance scale that generation
	// and validation use: it lifts read-back and lowers the background
	// error at twice the sampling cost (docs/measurements.md).
	DefaultGuidance = 3
	GenBoxFrac      = 0.47
	GenMargin       = 8
	GenMaxWidth     = 1024
)

// Generation is one inpainted region.
type Generation struct {
	// Input is the crop the model saw, Glyph its glyph image, Output the
	// generated crop; Placement maps the crop to the page.
	Input, Glyph, Output *image.Gray
	Placement            dataset.Placement
	// Patch holds the generated pixels over the replacement's Region (page
	// coordinates); composite it through the replacement's Mask.
	Patch *image.Gray
}

// MaxBatch is the most regions GenerateRegions samples in one call (twice
// as many UNet rows with guidance).
const MaxBatch = 16

// Request is one region for GenerateRegions: the render path's layout of
// the new text (res from render.Replace on the page), the text and the
// region's noise seed.
type Request struct {
	Res  *render.Result
	Text string
	Seed uint64
}

// GenerateRegion has the model print a replacement that the render path
// laid out: res (from render.Replace on page) says which region to
// regenerate (res.Region) and which letter shapes to print there
// (res.Glyph: the new text in the style estimated from the original). The
// page around the region is cropped (32 px high, scaled), the region
// masked, and the model samples the crop conditioned on the glyph and the
// text, with noise seed o.Seed.
func GenerateRegion(m *torch.Model, page *image.Gray, res *render.Result, text string, o torch.SampleOptions) (*Generation, error) {
	gens, errs := GenerateRegions(context.Background(), m, page, []Request{{Res: res, Text: text, Seed: o.Seed}}, o)
	return gens[0], errs[0]
}

// GenerateRegions is GenerateRegion for several regions of one page, all
// cropped from page as it is: regions whose crops have the same size are
// sampled together (at most MaxBatch a call), each with its own seed, so a
// region's output is the one GenerateRegion gives it alone (up to float
// rounding). errs[i] says why region i was not generated; a cancelled
// context stops before the next call.
func GenerateRegions(ctx context.Context, m *torch.Model, page *image.Gray, reqs []Request, o torch.SampleOptions) ([]*Generation, []error) {
	gens, errs := make([]*Generation, len(reqs)), make([]error, len(reqs))
	preps := make([]*prepared, len(reqs))
	buckets := map[image.Point][]int{}
	var sizes []image.Point // in first-seen order, for a fixed call order
	for i, r := range reqs {
		preps[i], errs[i] = prepare(m, page, r.Res, r.Text)
		if errs[i] != nil {
			continue
		}
		sz := preps[i].smp.Image.Rect.Size()
		if len(buckets[sz]) == 0 {
			sizes = append(sizes, sz)
		}
		buckets[sz] = append(buckets[sz], i)
	}
	for _, sz := range sizes {
		idx := buckets[sz]
		for len(idx) > 0 {
			n := min(len(idx), MaxBatch)
			if err := ctx.Err(); err != nil {
				for _, i := range idx {
					errs[i] = err
				}
				return gens, errs
			}
			sampleBucket(m, reqs, preps, idx[:n], o, gens, errs)
			idx = idx[n:]
		}
	}
	return gens, errs
}

// sampleBucket samples the same-size regions idx in one call and finishes
// each into gens, or sets their errs.
func sampleBucket(m *torch.Model, reqs []Request, preps []*prepared, idx []int, o torch.SampleOptions, gens []*Generation, errs []error) {
	smps := make([]*dataset.Sample, len(idx))
	seeds := make([]uint64, len(idx))
	for k, i := range idx {
		smps[k], seeds[k] = preps[i].smp, reqs[i].Seed
	}
	b, err := dataset.NewBatch(smps)
	if err == nil {
		var out []float32
		out, err = m.Sample(torch.Batch{Images: b.Images, Masks: b.Masks, Glyphs: b.Glyphs, Texts: b.Texts,
			Seeds: seeds, N: b.N, H: b.H, W: b.W}, o)
		if err == nil {
			for k, i := range idx {
				gens[i] = preps[i].finish(b.Plane(out, k))
			}
			return
		}
	}
	for _, i := range idx {
		errs[i] = fmt.Errorf("generate: %w", err)
	}
}

// prepared is one region cropped, masked and glyphed for the model.
type prepared struct {
	smp    *dataset.Sample
	pl     dataset.Placement
	region image.Rectangle
}

// prepare crops the page around the region (32 px high, scaled), masks the
// region and puts the render path's letters inside the mask of the glyph.
func prepare(m *torch.Model, page *image.Gray, res *render.Result, text string) (*prepared, error) {
	if text == "" {
		return nil, fmt.Errorf("generate: empty text")
	}
	if res == nil || res.Glyph == nil {
		return nil, fmt.Errorf("generate: no render-path layout of the text")
	}
	region := res.Region.Rect().Intersect(page.Rect)
	if region.Empty() {
		return nil, fmt.Errorf("generate: region outside the page")
	}
	ink := res.TextBox.Rect().Intersect(region)
	if ink.Empty() {
		ink = region
	}
	h := float64(dataset.DefaultHeight)
	frac := GenBoxFrac * float64(region.Dy()) / float64(ink.Dy())
	frac = min(frac, (h-4)/h)
	mult := max(16, m.Geometry().PixelMultiple)
	pl, err := dataset.Place(region, dataset.DefaultHeight, 0, mult, GenMaxWidth, frac, 0.5, GenMargin)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	crop := pl.Crop(page, 255)
	glyph := pl.Crop(res.Glyph, 255)
	box := pl.Box.Inset(-1).Intersect(crop.Rect)
	smp := &dataset.Sample{Image: crop, Glyph: glyph, Text: text, Box: box}
	smp.Mask = image.NewGray(crop.Rect)
	for y := 0; y < crop.Rect.Dy(); y++ {
		for x := 0; x < crop.Rect.Dx(); x++ {
			if (image.Point{x, y}).In(box) {
				smp.Mask.Pix[y*smp.Mask.Stride+x] = 255
			} else {
				glyph.Pix[y*glyph.Stride+x] = 255
			}
		}
	}
	return &prepared{smp: smp, pl: pl, region: region}, nil
}

// finish matches the generated crop's tones to the page and maps it back
// over the region.
func (p *prepared) finish(out *image.Gray) *Generation {
	g := &Generation{Input: p.smp.Image, Glyph: p.smp.Glyph, Output: out, Placement: p.pl, Patch: image.NewGray(p.region)}
	MatchTone(g.Output, p.smp.Image, p.smp.Box)
	p.pl.PasteBack(g.Patch, g.Output, p.region)
	return g
}
