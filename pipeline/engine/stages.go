package engine

import (
	"context"
	"fmt"
	"image"
	"image/draw"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/measure"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
	"github.com/anonymizer-project/anonymizer/pipeline/workers"
)

// The stages of replacement (see Anonymizer.stages), in their order.

// fullMatchLines is how many of a page's longest lines are matched
// against every installed font family; the other lines try only the
// families those chose (and their other weight), and those that none of
// these fits to refitBelow (a heading in another face) try every family.
const (
	fullMatchLines = 6
	refitBelow     = 0.8
)

// estimateStyles estimates each line's style on the original page, in
// parallel on the OCR workers (nothing to do when redacting). A line whose
// style cannot be estimated gets a cap height of 0.7 of its box.
func (a *Anonymizer) estimateStyles(ctx context.Context, p *pageRun) error {
	if a.opts.Strategy == entity.Redact {
		return nil
	}
	order := make([]*job, len(p.jobs))
	copy(order, p.jobs)
	sort.SliceStable(order, func(i, j int) bool { return len(order[i].line.text) > len(order[j].line.text) })
	n := min(fullMatchLines, len(order))
	a.estimateAmong(ctx, p, order[:n], nil)
	if n < len(order) {
		rest := order[n:]
		a.estimateAmong(ctx, p, rest, chosenFamilies(order[:n]))
		var poor []*job
		for _, j := range rest {
			if j.style.Family != nil && j.style.Match < refitBelow {
				poor = append(poor, j)
			}
		}
		a.estimateAmong(ctx, p, poor, nil)
	}
	for regular, js := range boldOutliers(p.jobs) {
		a.estimateAmong(ctx, p, js, []*fonts.Family{regular})
	}
	return nil
}

// Text of one size on a page is set in one weight unless its strokes say
// otherwise: a line matched to a bold face whose strokes, for their
// height, are no thicker than boldStrokeMargin times those of the lines of
// its size (cap height within sameSize) that matched the regular face of
// the same family is redrawn in the regular face ("Tel. 053 356 9300"
// drawn bold between regular lines).
const (
	boldStrokeMargin = 1.15
	sameSize         = 0.15
	minWeightPeers   = 2
)

// boldOutliers are the jobs to re-estimate among their family's regular
// face, by that face.
func boldOutliers(jobs []*job) map[*fonts.Family][]*job {
	out := map[*fonts.Family][]*job{}
	for _, j := range jobs {
		st := j.style
		if st.Family == nil || !st.Bold || st.CapHeight <= 0 {
			continue
		}
		regular := regularWeight(st.Family)
		if regular == nil {
			continue
		}
		var peers []float64
		for _, o := range jobs {
			if o.style.Family == regular && math.Abs(o.style.CapHeight-st.CapHeight) <= sameSize*st.CapHeight {
				peers = append(peers, o.style.StrokeWidth/o.style.CapHeight)
			}
		}
		if len(peers) >= minWeightPeers && st.StrokeWidth/st.CapHeight <= boldStrokeMargin*median(peers) {
			out[regular] = append(out[regular], j)
		}
	}
	return out
}

// regularWeight is the regular face of a bold family, nil when none.
func regularWeight(f *fonts.Family) *fonts.Family {
	for _, g := range fonts.Weights(f) {
		if !g.Bold {
			return g
		}
	}
	return nil
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// estimateAmong estimates the styles of js among the font families (all
// installed ones when nil).
func (a *Anonymizer) estimateAmong(ctx context.Context, p *pageRun, js []*job, among []*fonts.Family) {
	workers.ForEach(ctx, len(js), p.workers, func(ctx context.Context, i int) error {
		j := js[i]
		var wb []doc.Box
		for _, wi := range j.line.words {
			wb = append(wb, p.page.Words[wi].Box)
		}
		st, err := render.EstimateStyleAmong(p.orig, j.line.box, wb, j.line.text, among)
		if err != nil {
			a.log.Debug().Err(err).Str("entity", p.ents[j.entity].ID).Msg("style not estimated; the line gets the default style")
			st = render.Style{CapHeight: 0.7 * float64(j.line.box.Height)}
		}
		j.style = st
		return nil
	})
}

// chosenFamilies are the font families the jobs' styles chose, with their
// other weights.
func chosenFamilies(js []*job) []*fonts.Family {
	seen := map[*fonts.Family]bool{}
	var among []*fonts.Family
	for _, j := range js {
		if f := j.style.Family; f != nil {
			for _, g := range fonts.Weights(f) {
				if !seen[g] {
					seen[g] = true
					among = append(among, g)
				}
			}
		}
	}
	return among
}

// surrogates gives each entity its surrogate, measured in the style of its
// first line and split over its lines. An entity without one (or every
// entity, when redacting) is reported as redacted; an empty field, which
// has no text to replace, as erased (its extent's ink, if any).
func (a *Anonymizer) surrogates(ctx context.Context, p *pageRun) error {
	docState := a.gen.NewDocument(p.docID)
	for _, e := range p.ents {
		docState.Avoid(e.Value) // no stand-in writes a name of the page
	}
	for ei, e := range p.ents {
		if err := ctx.Err(); err != nil {
			return err
		}
		ent := &p.rp.Entities[ei]
		ent.Strategy = entity.Redact
		js := p.entityJobs[ei]
		if len(js) == 0 && a.opts.Strategy != entity.Redact {
			ent.Strategy = entity.Erase
		}
		if a.opts.Strategy == entity.Redact || len(js) == 0 {
			continue
		}
		st := js[0].style
		width := 0.0
		if len(js) == 1 {
			width = float64(js[0].line.box.Width)
		}
		measure := func(s string) float64 { return render.Measure(st, s) }
		r, err := docState.ReplaceMeasured(e.Type, e.Text, e.Value, width, measure)
		if err != nil {
			a.log.Debug().Str("entity", e.ID).Str("type", string(e.Type)).Msg("no surrogate; the entity is redacted")
			continue
		}
		r = keepBrackets(p.page, e, r)
		ent.Replacement = r
		ent.Strategy = a.opts.Strategy
		for k, t := range splitWords(r, jobLines(js)) {
			js[k].text = t
		}
	}
	return nil
}

// eraseExtents erases the ink in the field extents that no word line
// accounts for (before drawing, so that the new text stays), past the
// tails of kept words and never over an entity's lines: drawing aligns the
// new text with their ink.
func (a *Anonymizer) eraseExtents(ctx context.Context, p *pageRun) error {
	for ei, e := range p.ents {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, b := range extraBoxes(e, jobLines(p.entityJobs[ei])) {
			if ch := render.EraseExtent(p.out, render.SkipWordTails(p.out, b, p.keepOut), p.protected); !ch.Empty() {
				p.erased = append(p.erased, Region{Entity: e.ID, Strategy: entity.Erase, Changed: ch})
			}
		}
	}
	return nil
}

// draw draws every line's surrogate text.
func (a *Anonymizer) draw(ctx context.Context, p *pageRun) error {
	a.drawLines(ctx, p, p.jobs, false)
	p.pending = p.jobs
	return nil
}

// drawLines renders the jobs' texts in parallel, each against the same
// frozen copy of the page (so the renderings do not race), then composites
// them in order. Lines are drawn side by side against the same page: each
// keeps clear of keepOut and of the others' lines, or the last composited
// would erase the top of the new text under it. plain redraws jobs that
// were drawn before (no ink spread or tone curve), over everything their
// first attempt changed.
func (a *Anonymizer) drawLines(ctx context.Context, p *pageRun, jobs []*job, plain bool) {
	frozen := render.Clone(p.out)
	results := make([]*render.Result, len(jobs))
	workers.ForEach(ctx, len(jobs), p.workers, func(ctx context.Context, i int) error {
		j := jobs[i]
		if strings.TrimSpace(j.text) == "" {
			return nil
		}
		region := j.line.box
		if plain && j.res != nil {
			region = j.res.Region.Union(j.line.box)
		}
		keep := append([]doc.Box(nil), p.keepOut...)
		for _, b := range p.lineBoxes {
			if b != j.line.box {
				keep = append(keep, b)
			}
		}
		res, err := render.Replace(frozen, region, j.text, j.style, render.Options{KeepOut: keep, Seed: seedOf(p.docID, j.text), Plain: plain})
		if err != nil {
			a.log.Debug().Err(err).Str("entity", p.ents[j.entity].ID).Bool("plain", plain).Msg("line not drawn")
			return nil
		}
		results[i] = res
		return nil
	})
	for i, j := range jobs {
		res := results[i]
		if res == nil {
			continue // a first attempt that failed is redacted later
		}
		render.Composite(p.out, res)
		if j.res != nil {
			j.region.Changed = j.region.Changed.Union(res.Region)
		}
		j.res = res
	}
}

// inpaintLines has the diffusion model print every drawn line of the page
// over its render-path layout, all lines in one Inpainter call against the
// page as the render path left it (the Inpainter batches them). Only grey
// pages are generated (the model is grey); colour pages keep the render
// path's result. A line the model fails on keeps it too.
func (a *Anonymizer) inpaintLines(ctx context.Context, p *pageRun) error {
	page, ok := p.out.(*image.Gray)
	if !ok {
		return nil
	}
	var jobs []*job
	var lines []InpaintLine
	for _, j := range p.jobs {
		if j.res != nil {
			jobs = append(jobs, j)
			lines = append(lines, InpaintLine{Res: j.res, Text: j.text, Seed: seedOf(p.docID, j.text)})
		}
	}
	if len(lines) == 0 {
		return nil
	}
	results, err := a.opts.Inpainter.Inpaint(ctx, page, lines)
	if err != nil {
		return err
	}
	if len(results) != len(lines) {
		return fmt.Errorf("inpainter returned %d results for %d lines", len(results), len(lines))
	}
	for i, j := range jobs {
		if results[i].Err != nil {
			a.log.Warn().Err(results[i].Err).Str("entity", p.ents[j.entity].ID).Msg("diffusion model failed; the line keeps its rendering")
			continue
		}
		r := j.res.Region.Rect()
		draw.DrawMask(page, r, results[i].Patch, r.Min, j.res.Mask, r.Min, draw.Over)
		j.generated = true
	}
	return nil
}

// fallBackToRender puts back the render path's result (already computed)
// of each generated line that fails the gate or does not read back
// exactly.
func (a *Anonymizer) fallBackToRender(ctx context.Context, p *pageRun) error {
	var back []*job
	for _, j := range p.jobs {
		if j.generated && !a.accepted(j.region.Check) {
			back = append(back, j)
		}
	}
	for _, j := range back {
		render.Composite(p.out, j.res)
		j.generated = false
	}
	p.pending = back
	return nil
}

// redrawPlain draws each line that did not read back exactly once more,
// plainly (crisper letters), over everything the first attempt changed.
func (a *Anonymizer) redrawPlain(ctx context.Context, p *pageRun) error {
	var retry []*job
	for _, j := range p.jobs {
		if j.res != nil && !j.region.Check.Exact() {
			retry = append(retry, j)
		}
	}
	a.drawLines(ctx, p, retry, true)
	p.pending = retry
	return nil
}

// verifyDrawn verifies the pending drawn lines in parallel against the
// page: each gets its check, the strategy that drew it and the region it
// changed.
func (a *Anonymizer) verifyDrawn(ctx context.Context, p *pageRun) error {
	reader := a.det.OCR()
	return eachPending(ctx, p, func(ctx context.Context, j *job) error {
		if j.res == nil {
			return nil
		}
		bg := measure.BackgroundError(p.out, j.res.Region, j.res.Strokes)
		c, err := verify.Region(ctx, reader, p.out, j.res.TextBox, j.res.Region, j.text, j.original, bg, verify.Options{})
		if err != nil {
			return err
		}
		j.region.Check = c
		j.region.Strategy = entity.Render
		if j.generated {
			j.region.Strategy = entity.Diffusion
		}
		j.region.Changed = j.region.Changed.Union(j.res.Region)
		j.region.Drawn, j.region.TextBox = j.text, j.res.TextBox
		return nil
	})
}

// redact covers each line that was not drawn or failed the gate with a
// solid box over the original line and whatever was drawn, padded by a
// pixel so that anti-aliased edges go too. A drawn line that such a box
// would cover in part is covered whole (redactCascade): half a surrogate
// reads as neither the original nor a clean value.
func (a *Anonymizer) redact(ctx context.Context, p *pageRun) error {
	boxes := map[*job]doc.Box{}
	for _, j := range p.jobs {
		if j.res != nil && a.passesGate(j.region.Check) {
			continue
		}
		c := j.region.Check
		a.log.Debug().Str("entity", p.ents[j.entity].ID).Bool("drawn", j.res != nil).Bool("leak", c.Leak).
			Float64("confidence", c.Confidence).Float64("cer", c.CER).Float64("background_error", c.BackgroundError).
			Msg("line fails the gate; it is redacted")
		boxes[j] = redactBox(j, p.out.Bounds())
	}
	redactCascade(p.jobs, boxes, p.out.Bounds())
	var redacted []*job
	for _, j := range p.jobs {
		box, ok := boxes[j]
		if !ok {
			continue
		}
		render.Redact(p.out, box, a.opts.RedactColor)
		changed := box
		if j.res != nil {
			changed = changed.Union(j.region.Changed).Union(j.res.Region)
		}
		j.region = Region{Strategy: entity.Redact, Changed: changed}
		redacted = append(redacted, j)
	}
	p.pending = redacted
	return nil
}

// redactBox is the box that covers job j's original line and what was
// drawn for it.
func redactBox(j *job, bounds image.Rectangle) doc.Box {
	box := j.line.box.Pad(1)
	if j.res != nil {
		box = box.Union(j.res.TextBox.Pad(1))
	}
	return box.Clip(bounds)
}

// redactCascade adds to boxes every drawn line whose text a box of boxes
// overlaps, until none does.
func redactCascade(jobs []*job, boxes map[*job]doc.Box, bounds image.Rectangle) {
	for grown := true; grown; {
		grown = false
		for _, j := range jobs {
			if _, ok := boxes[j]; ok || j.res == nil {
				continue
			}
			for _, b := range boxes {
				if !b.Intersect(j.res.TextBox).Empty() {
					boxes[j] = redactBox(j, bounds)
					grown = true
					break
				}
			}
		}
	}
}

// verifyRedacted checks the pending redacted lines for a leak of the
// original around them, in parallel.
func (a *Anonymizer) verifyRedacted(ctx context.Context, p *pageRun) error {
	reader := a.det.OCR()
	return eachPending(ctx, p, func(ctx context.Context, j *job) error {
		c, err := verify.Region(ctx, reader, p.out, doc.Box{}, j.region.Changed, "", j.original, 0, verify.Options{})
		j.region.Check = c
		return err
	})
}

// eachPending runs fn on each of the page's pending jobs, in parallel on
// the page's workers.
func eachPending(ctx context.Context, p *pageRun, fn func(ctx context.Context, j *job) error) error {
	return workers.Run(ctx, len(p.pending), p.workers, func(ctx context.Context, i int) error {
		return fn(ctx, p.pending[i])
	})
}

// summarize completes the report: an entity's strategy is the last
// fallback any of its lines needed (diffusion, then render, then redact).
// It returns every region changed: the erased field extents, then the
// lines in entity order.
func summarize(p *pageRun) []Region {
	regions := p.erased
	for ei, js := range p.entityJobs {
		ent := &p.rp.Entities[ei]
		var checks []verify.Check
		for _, j := range js {
			j.region.Entity = ent.ID
			regions = append(regions, j.region)
			checks = append(checks, j.region.Check)
			if fallbackRank(j.region.Strategy) > fallbackRank(ent.Strategy) {
				ent.Strategy = j.region.Strategy
			}
		}
		if ent.Strategy == entity.Redact {
			ent.Replacement = ""
		}
		ent.Confidence, ent.Verification = summarizeChecks(checks)
	}
	return regions
}

// passesGate reports whether a drawn line may stay: no leak and, with the
// quality check on, a confidence of at least MinConfidence.
func (a *Anonymizer) passesGate(c verify.Check) bool {
	return !c.Leak && (!a.opts.QualityCheck || c.Confidence >= a.opts.MinConfidence)
}

// accepted reports whether a generated line may stay: it passes the gate
// and reads back exactly (a render-path result is retried otherwise).
func (a *Anonymizer) accepted(c verify.Check) bool { return c.Exact() && a.passesGate(c) }

// fallbackRank orders the strategies by fallback: diffusion, render, redact.
func fallbackRank(s entity.Strategy) int {
	switch s {
	case entity.Diffusion:
		return 0
	case entity.Render:
		return 1
	}
	return 2
}

// summarizeChecks folds the line checks of an entity into the report: the
// lowest confidence, any leak, mean CER and background error.
func summarizeChecks(cs []verify.Check) (*float64, *report.Verification) {
	if len(cs) == 0 {
		return nil, nil
	}
	conf := 1.0
	v := &report.Verification{}
	var reads []string
	for _, c := range cs {
		conf = min(conf, c.Confidence)
		v.CER += c.CER / float64(len(cs))
		v.BackgroundError += c.BackgroundError / float64(len(cs))
		v.Leak = v.Leak || c.Leak
		if c.Readback != "" && !c.Leak {
			reads = append(reads, c.Readback)
		}
	}
	v.CER = round3(v.CER)
	v.BackgroundError = round3(v.BackgroundError)
	v.Readback = strings.Join(reads, " ")
	return &conf, v
}
