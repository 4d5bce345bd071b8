package train

import (
	"fmt"
	"image"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/torch"
)

// Generation geometry: the region is scaled so that its height is
// GenBoxFrac of the crop height (the middle of the 0.35..0.6 range the
// models are trained on), with GenMargin pixels of page context each side,
// in a crop at most GenMaxWidth wide.
const (
	GenBoxFrac  = 0.47
	GenMargin   = 8
	GenMaxWidth = 1024
)

// Generation is one inpainted region.
type Generation struct {
	// Input is the crop the model saw, Glyph its glyph image, Output the
	// generated crop; Placement maps the crop to the page.
	Input, Glyph, Output *image.Gray
	Placement            dataset.Placement
}

// GenerateRegion inpaints text into region of page with the model: the
// page is cropped around the region (32 px high, scaled), the region is
// masked, the glyph is rendered and the model samples the crop. Paste the
// result with g.Placement.PasteBack(page, g.Output, region).
func GenerateRegion(m *torch.Model, page *image.Gray, region image.Rectangle, text string, o torch.SampleOptions) (*Generation, error) {
	if text == "" {
		return nil, fmt.Errorf("generate: empty text")
	}
	region = region.Intersect(page.Rect)
	if region.Empty() {
		return nil, fmt.Errorf("generate: region outside the page")
	}
	info, err := m.Info()
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	mult := max(16, info.PixelMultiple)
	pl, err := dataset.Place(region, dataset.DefaultHeight, 0, mult, GenMaxWidth, GenBoxFrac, 0.5, GenMargin)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	crop := pl.Crop(page, 255)
	box := pl.Box.Inset(-1).Intersect(crop.Rect)
	smp := &dataset.Sample{Image: crop, Glyph: dataset.GlyphCrop(text, box, pl.W, pl.H), Text: text, Box: box}
	smp.Mask = image.NewGray(crop.Rect)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			smp.Mask.Pix[y*smp.Mask.Stride+x] = 255
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
	return &Generation{Input: crop, Glyph: smp.Glyph, Output: b.Plane(out, 0), Placement: pl}, nil
}
