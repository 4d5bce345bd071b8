package train

import (
	"context"
	"fmt"
	"image"
	"math"
	"sync"

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
	// and validation use: on the small model at step 2500 it lifted exact
	// read-back on the FUNSD validation crops from 0.41 (scale 1) to 0.47
	// (2) and 0.53 (3), on synthetic crops from 0.75 to 0.88, and lowered
	// the background error, at twice the sampling cost.
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
	info, err := m.Info()
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	ink := res.TextBox.Rect().Intersect(region)
	if ink.Empty() {
		ink = region
	}
	h := float64(dataset.DefaultHeight)
	frac := GenBoxFrac * float64(region.Dy()) / float64(ink.Dy())
	frac = min(frac, (h-4)/h)
	mult := max(16, info.PixelMultiple)
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

// Inpainter is the engine's diffusion strategy over a loaded model: it
// runs GenerateRegion for one replacement at a time (the model's threads
// already use the cores) with the given sampling options and a per-region
// seed.
type Inpainter struct {
	mu   sync.Mutex
	m    *torch.Model
	opts torch.SampleOptions
}

// NewInpainter wraps a model; o.Seed is replaced by each call's seed.
func NewInpainter(m *torch.Model, o torch.SampleOptions) *Inpainter {
	return &Inpainter{m: m, opts: o}
}

// Inpaint implements engine.Inpainter.
func (p *Inpainter) Inpaint(ctx context.Context, page *image.Gray, res *render.Result, text string, seed uint64) (*image.Gray, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	o := p.opts
	o.Seed = seed
	g, err := GenerateRegion(p.m, page, res, text, o)
	if err != nil {
		return nil, err
	}
	return g.Patch, nil
}

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
