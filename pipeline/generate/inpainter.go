package generate

import (
	"context"
	"image"
	"sync"

	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/torch"
)

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
