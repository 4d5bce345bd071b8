// Package generate prints replacement text into page regions with the
// diffusion model (through the native core, package torch): it finds and
// loads the model, crops and masks a region around the render path's layout
// of the new text, samples the crop, matches its tones to the page and
// returns the patch. Inpainter is the engine's diffusion strategy on top.
package generate

import (
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

// GenerateRegion has the model print a replacement that the render path
// laid out: res (from render.Replace on page) says which region to
// regenerate (res.Region) and which letter shapes to print there
// (res.Glyph: the new text in the style estimated from the original). The
// page around the region is cropped (32 px high, scaled), the region
// masked, and the model samples the crop conditioned on the glyph and the
// text.
func GenerateRegion(m *torch.Model, page *image.Gray, res *render.Result, text string, o torch.SampleOptions) (*Generation, error) {
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
	b, err := dataset.NewBatch([]*dataset.Sample{smp})
	if err != nil {
		return nil, err
	}
	out, err := m.Sample(torch.Batch{Images: b.Images, Masks: b.Masks, Glyphs: b.Glyphs, Texts: b.Texts, N: 1, H: b.H,
		W: b.W}, o)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	g := &Generation{Input: crop, Glyph: glyph, Output: b.Plane(out, 0), Placement: pl, Patch: image.NewGray(region)}
	MatchTone(g.Output, crop, box)
	pl.PasteBack(g.Patch, g.Output, region)
	return g, nil
}
