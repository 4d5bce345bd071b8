package generate

import (
	"context"
	"image"
	"sync"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/torch"
)

// Inpainter is the engine's diffusion strategy over a loaded model: it runs
// GenerateRegions for the lines of one page at a time (the model's threads
// already use the cores; the pages of a run share the model) with the given
// sampling options and each line's seed.
type Inpainter struct {
	mu   sync.Mutex
	m    *torch.Model
	opts torch.SampleOptions
}

// NewInpainter wraps a model; o.Seed is replaced by each line's seed.
func NewInpainter(m *torch.Model, o torch.SampleOptions) *Inpainter {
	return &Inpainter{m: m, opts: o}
}

// Inpaint implements engine.Inpainter.
func (p *Inpainter) Inpaint(ctx context.Context, page *image.Gray, lines []engine.InpaintLine) ([]engine.InpaintResult, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	reqs := make([]Request, len(lines))
	for i, l := range lines {
		reqs[i] = Request{Res: l.Res, Text: l.Text, Seed: l.Seed}
	}
	gens, errs := GenerateRegions(ctx, p.m, page, reqs, p.opts)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]engine.InpaintResult, len(lines))
	for i, g := range gens {
		out[i].Err = errs[i]
		if g != nil {
			out[i].Patch = g.Patch
		}
	}
	return out, nil
}
