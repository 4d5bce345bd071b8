package engine

import (
	"context"
	"errors"
	"fmt"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"hash/fnv"
	"image"
	"image/color"
	"image/draw"
	"sort"
	"strings"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/surrogate"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
)

// ErrNoModel is returned for the diffusion strategy without an Inpainter.
var ErrNoModel = errors.New("the diffusion strategy needs the diffusion model (bin/anonymizer-torch and a model directory); use --strategy render or redact")

// Inpainter prints a replacement with a learned model: given the page and
// the render path's layout of the new text (res: region, glyph, style), it
// returns the generated pixels over res.Region (grey), which are
// composited through res.Mask. It may be called from several goroutines.
type Inpainter interface {
	Inpaint(ctx context.Context, page *image.Gray, res *render.Result, text string, seed uint64) (*image.Gray, error)
}

// AnonymizeOptions configures an Anonymizer.
type AnonymizeOptions struct {
	// Strategy is the first strategy tried: diffusion (needs Inpainter),
	// render or redact; each falls back to the next.
	Strategy entity.Strategy
	// Inpainter runs the diffusion model for the diffusion strategy.
	Inpainter Inpainter
	// QualityCheck gates each rendered region on its confidence; below
	// MinConfidence it falls back to redaction.
	QualityCheck  bool
	MinConfidence float64
	// RedactColor fills redacted regions.
	RedactColor color.Color
	// Key seeds surrogates (the same key as the report hashes).
	Key       []byte
	Surrogate surrogate.Options
}

// DefaultAnonymizeOptions are the CLI's defaults.
func DefaultAnonymizeOptions() AnonymizeOptions {
	return AnonymizeOptions{Strategy: entity.Render, QualityCheck: true, MinConfidence: 0.5, RedactColor: color.Black}
}

// Anonymizer replaces detected personal data with surrogates.
type Anonymizer struct {
	det  *Detector
	gen  *surrogate.Generator
	opts AnonymizeOptions
}

// NewAnonymizer builds an anonymizer on a detector.
func NewAnonymizer(det *Detector, opts AnonymizeOptions) (*Anonymizer, error) {
	switch opts.Strategy {
	case entity.Render, entity.Redact:
	case entity.Diffusion:
		if opts.Inpainter == nil {
			return nil, ErrNoModel
		}
	default:
		return nil, fmt.Errorf("unknown strategy %q (want diffusion, render or redact)", opts.Strategy)
	}
	if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
		return nil, fmt.Errorf("min confidence %v is outside [0, 1]", opts.MinConfidence)
	}
	if opts.RedactColor == nil {
		opts.RedactColor = color.Black
	}
	gen, err := surrogate.New(opts.Key, opts.Surrogate)
	if err != nil {
		return nil, fmt.Errorf("surrogates: %w", err)
	}
	return &Anonymizer{det: det, gen: gen, opts: opts}, nil
}

// Region is one replaced line of an entity, as the evaluation needs it.
type Region struct {
	Entity   string
	Strategy entity.Strategy
	// Changed is the box of every pixel the region may have changed.
	Changed doc.Box
	Check   verify.Check
}

// AnonFile is one anonymized input.
type AnonFile struct {
	*File
	Output  draw.Image
	Regions []Region
}

// AnonymizeFile loads an input, detects, and replaces.
func (a *Anonymizer) AnonymizeFile(ctx context.Context, path string) (*AnonFile, error) {
	t0 := time.Now()
	f, err := a.det.DetectFile(ctx, path)
	if err != nil {
		return nil, err
	}
	out := cloneImage(f.Image)
	pr := f.Pages[0]
	t1 := time.Now()
	page, regions, timing, err := a.replacePage(ctx, f.Source, f.Image, out, pr)
	if err != nil {
		return nil, err
	}
	f.Report.Pages[0] = page
	for k, v := range timing {
		f.Report.TimingMS[k] = v
	}
	f.Report.TimingMS["anonymize"] = ms(time.Since(t1))
	f.Report.TimingMS["total"] = ms(time.Since(t0))
	return &AnonFile{File: f, Output: out, Regions: regions}, nil
}

// cloneImage copies img into a writable image of a lossless type: grey
// stays grey, NRGBA stays NRGBA, everything else becomes RGBA.
func cloneImage(img image.Image) draw.Image {
	b := img.Bounds()
	var out draw.Image
	switch img.(type) {
	case *image.Gray:
		out = image.NewGray(b)
	case *image.NRGBA:
		out = image.NewNRGBA(b)
	default:
		out = image.NewRGBA(b)
	}
	draw.Draw(out, b, img, b.Min, draw.Src)
	return out
}

type lineSpan struct {
	words []int
	box   doc.Box
	text  string
}

// entityLines groups an entity's words into visual rows, top to bottom:
// a word joins a row when their vertical spans overlap by at least half the
// smaller height. (OCR line ids are not enough: words merged from two OCR
// passes can carry different ids on one row.)
func entityLines(p *doc.Page, e pii.Entity) []lineSpan {
	ws := append([]int(nil), e.Words...)
	sort.SliceStable(ws, func(i, j int) bool { return p.Words[ws[i]].Box.Top < p.Words[ws[j]].Box.Top })
	var rows []lineSpan
	for _, wi := range ws {
		b := p.Words[wi].Box
		placed := false
		for r := range rows {
			rb := rows[r].box
			ov := min(rb.Bottom(), b.Bottom()) - max(rb.Top, b.Top)
			if 2*ov >= min(rb.Height, b.Height) {
				rows[r].box = rb.Union(b)
				rows[r].words = append(rows[r].words, wi)
				placed = true
				break
			}
		}
		if !placed {
			rows = append(rows, lineSpan{box: b, words: []int{wi}})
		}
	}
	for r := range rows {
		row := &rows[r]
		sort.SliceStable(row.words, func(i, j int) bool { return p.Words[row.words[i]].Box.Left < p.Words[row.words[j]].Box.Left })
		parts := make([]string, len(row.words))
		for k, wi := range row.words {
			parts[k] = p.Words[wi].Text
		}
		// A form rule glued to the value ("__(804)") is not text the
		// style is measured on.
		row.text = strings.Trim(strings.Join(parts, " "), "_ ")
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].box.Top < rows[j].box.Top })
	return rows
}

// splitWords distributes the surrogate's words over the lines in
// proportion to the original's word counts per line.
func splitWords(s string, lines []lineSpan) []string {
	words := strings.Fields(s)
	out := make([]string, len(lines))
	if len(lines) == 1 {
		out[0] = s
		return out
	}
	total := 0
	for _, l := range lines {
		total += len(l.words)
	}
	k := 0
	for i, l := range lines {
		n := len(words) * len(l.words) / max(total, 1)
		if i == len(lines)-1 {
			n = len(words) - k
		}
		n = max(0, min(n, len(words)-k))
		if n == 0 && k < len(words) {
			n = 1
		}
		out[i] = strings.Join(words[k:k+n], " ")
		k += n
	}
	return out
}

func seedOf(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// job is one line of one entity on its way through replacement.
type job struct {
	entity   int
	line     lineSpan
	text     string // the line's surrogate text ("" to redact)
	original string // the entity's original text, for the leak check only
	style    render.Style
	res      *render.Result
	region   Region
	// generated: the diffusion model printed the line over res's layout.
	generated bool
}

// replacePage replaces every entity of a page and returns the page's
// report. Style estimation and verification only read images, so they run
// in parallel on the OCR workers; drawing is sequential, in entity order.
func (a *Anonymizer) replacePage(ctx context.Context, source string, orig image.Image, out draw.Image, pr *PageResult) (report.Page, []Region, map[string]float64, error) {
	rp := a.det.ReportPage(pr)
	docState := a.gen.NewDocument(source)
	workers := a.det.OCR().Options().Workers
	var tSur, tRender, tVerify time.Duration

	// Words of the page not in an entity must not be touched.
	inEntity := map[int]bool{}
	for _, e := range pr.Entities {
		for _, wi := range e.Words {
			inEntity[wi] = true
		}
	}
	var keepOut []doc.Box
	for i, w := range pr.Page.Words {
		if !inEntity[i] {
			keepOut = append(keepOut, w.Box)
		}
	}

	// 1. Lines and styles, estimated on the original page.
	var jobs []*job
	entityJobs := make([][]*job, len(pr.Entities))
	for ei, e := range pr.Entities {
		for _, l := range entityLines(pr.Page, e) {
			j := &job{entity: ei, line: l, original: e.Text}
			jobs = append(jobs, j)
			entityJobs[ei] = append(entityJobs[ei], j)
		}
	}
	replace := a.opts.Strategy != entity.Redact
	t0 := time.Now()
	if replace {
		a.estimateStyles(ctx, orig, pr.Page, jobs, workers)
	}
	tRender += time.Since(t0)

	// 2. Surrogates (one per entity, split over its lines), field extents
	// erased, replacements drawn. Erasing a field extent leaves every
	// entity's lines alone: drawing aligns the new text with their ink.
	var lineBoxes, protected []doc.Box
	for _, j := range jobs {
		lineBoxes = append(lineBoxes, j.line.box)
		protected = append(protected, j.line.box.Pad(2))
	}
	var regions []Region
	for ei, e := range pr.Entities {
		if err := ctx.Err(); err != nil {
			return rp, nil, nil, err
		}
		ent := &rp.Entities[ei]
		ent.Strategy = entity.Redact
		js := entityJobs[ei]
		if replace && len(js) > 0 {
			ts := time.Now()
			st := js[0].style
			width := 0.0
			if len(js) == 1 {
				width = float64(js[0].line.box.Width)
			}
			measure := func(s string) float64 { return render.Measure(st, s) }
			if r, err := docState.ReplaceMeasured(string(e.Type), e.Text, width, measure); err == nil {
				ent.Replacement = r
				ent.Strategy = a.opts.Strategy
				lines := make([]lineSpan, len(js))
				for k, j := range js {
					lines[k] = j.line
				}
				for k, t := range splitWords(r, lines) {
					js[k].text = t
				}
			}
			tSur += time.Since(ts)
		}
		tr := time.Now()
		// Field extents without OCR words: erase whatever ink is there
		// (before drawing, so that the new text stays).
		for _, b := range extraBoxes(e, jobLines(js)) {
			if ch := eraseExtent(out, skipWordTails(out, b, keepOut), protected); !ch.Empty() {
				regions = append(regions, Region{Entity: e.ID, Strategy: entity.Erase, Changed: ch})
			}
		}
		tRender += time.Since(tr)
	}
	// Lines are drawn side by side against the same page: each keeps
	// clear of the others' lines, or the last composited would erase the
	// top of the new text under it.
	tr := time.Now()
	a.drawLines(ctx, out, jobs, keepOut, lineBoxes, source, false, workers)
	tRender += time.Since(tr)
	tg := time.Now()
	if a.opts.Strategy == entity.Diffusion {
		if err := a.inpaintLines(ctx, out, jobs, source); err != nil {
			return rp, nil, nil, err
		}
	}
	tGenerate := time.Since(tg)

	// 3. Verification of every drawn line, in parallel.
	tv := time.Now()
	reader := a.det.OCR()
	if err := verifyDrawn(ctx, reader, out, jobs, workers); err != nil {
		return rp, nil, nil, err
	}
	tVerify += time.Since(tv)

	// 3a. A generated line that fails the gate falls back to the render
	// path's own result for it (already computed), verified again.
	if a.opts.Strategy == entity.Diffusion {
		var back []*job
		for _, j := range jobs {
			if j.generated && !a.accepted(j.region.Check) {
				back = append(back, j)
			}
		}
		tr := time.Now()
		for _, j := range back {
			render.Composite(out, j.res)
			j.generated = false
		}
		tRender += time.Since(tr)
		tv := time.Now()
		if err := verifyDrawn(ctx, reader, out, back, workers); err != nil {
			return rp, nil, nil, err
		}
		tVerify += time.Since(tv)
	}

	// 3b. A line that did not read back exactly is drawn once more by the
	// render path, plainly (no ink spread or tone curve: crisper letters),
	// over everything the first attempt changed, and verified again.
	var retry []*job
	for _, j := range jobs {
		if j.res != nil && !j.region.Check.Exact() {
			retry = append(retry, j)
		}
	}
	tr = time.Now()
	a.drawLines(ctx, out, retry, keepOut, lineBoxes, source, true, workers)
	tRender += time.Since(tr)
	tv = time.Now()
	if err := verifyDrawn(ctx, reader, out, retry, workers); err != nil {
		return rp, nil, nil, err
	}
	tVerify += time.Since(tv)

	// 4. Redaction of lines that were not drawn or failed the gate: a solid
	// box over the original line and whatever was drawn, padded by a pixel
	// so that anti-aliased edges go too.
	tr = time.Now()
	var redacted []*job
	for _, j := range jobs {
		drawn := j.res != nil
		if drawn && a.passesGate(j.region.Check) {
			continue
		}
		box := j.line.box.Pad(1)
		if drawn {
			box = box.Union(j.res.TextBox.Pad(1))
		}
		box = box.Clip(out.Bounds())
		render.Redact(out, box, a.opts.RedactColor)
		changed := box
		if drawn {
			changed = changed.Union(j.region.Changed).Union(j.res.Region)
		}
		j.region = Region{Strategy: entity.Redact, Changed: changed}
		redacted = append(redacted, j)
	}
	tRender += time.Since(tr)
	tv = time.Now()
	errs := ForEach(ctx, len(redacted), workers, func(ctx context.Context, i int) error {
		j := redacted[i]
		c, err := verify.Region(ctx, reader, out, doc.Box{}, j.region.Changed, "", j.original, 0, verify.Options{})
		j.region.Check = c
		return err
	})
	if err := firstError(errs); err != nil {
		return rp, nil, nil, err
	}
	tVerify += time.Since(tv)

	// 5. The report: an entity's strategy is the last fallback any of its
	// lines needed (diffusion, then render, then redact).
	for ei, js := range entityJobs {
		ent := &rp.Entities[ei]
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
	timing := map[string]float64{"surrogate": ms(tSur), "render": ms(tRender), "verify": ms(tVerify)}
	if a.opts.Strategy == entity.Diffusion {
		timing["generate"] = ms(tGenerate)
	}
	return rp, regions, timing, nil
}

// verifyDrawn verifies the drawn lines of js in parallel against out: each
// gets its check, the strategy that drew it and the region it changed.
func verifyDrawn(ctx context.Context, reader verify.Reader, out image.Image, js []*job, workers int) error {
	errs := ForEach(ctx, len(js), workers, func(ctx context.Context, i int) error {
		j := js[i]
		if j.res == nil {
			return nil
		}
		bg := render.BackgroundError(out, j.res.Region, j.res.Strokes)
		c, err := verify.Region(ctx, reader, out, j.res.TextBox, j.res.Region, j.text, j.original, bg, verify.Options{})
		if err != nil {
			return err
		}
		j.region.Check = c
		j.region.Strategy = entity.Render
		if j.generated {
			j.region.Strategy = entity.Diffusion
		}
		j.region.Changed = j.region.Changed.Union(j.res.Region)
		return nil
	})
	return firstError(errs)
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

// inpaintLines has the diffusion model print every drawn line over its
// render-path layout, one line at a time against the current page. Only
// grey pages are generated (the model is grey); colour pages keep the
// render path's result. A line the model fails on keeps it too.
func (a *Anonymizer) inpaintLines(ctx context.Context, out draw.Image, jobs []*job, source string) error {
	page, ok := out.(*image.Gray)
	if !ok {
		return nil
	}
	for _, j := range jobs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if j.res == nil {
			continue
		}
		patch, err := a.opts.Inpainter.Inpaint(ctx, page, j.res, j.text, seedOf(source, j.text))
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			continue
		}
		r := j.res.Region.Rect()
		draw.DrawMask(page, r, patch, r.Min, j.res.Mask, r.Min, draw.Over)
		j.generated = true
	}
	return nil
}

// fullMatchLines is how many of a page's longest lines are matched
// against every installed font family; the other lines try only the
// families those chose (and their other weight).
const fullMatchLines = 6

// estimateStyles estimates each line's style on the original page.
func (a *Anonymizer) estimateStyles(ctx context.Context, orig image.Image, p *doc.Page, jobs []*job, workers int) {
	order := make([]*job, len(jobs))
	copy(order, jobs)
	sort.SliceStable(order, func(i, j int) bool { return len(order[i].line.text) > len(order[j].line.text) })
	estimate := func(js []*job, among []*fonts.Family) {
		ForEach(ctx, len(js), workers, func(ctx context.Context, i int) error {
			j := js[i]
			var wb []doc.Box
			for _, wi := range j.line.words {
				wb = append(wb, p.Words[wi].Box)
			}
			st, err := render.EstimateStyleAmong(orig, j.line.box, wb, j.line.text, among)
			if err != nil {
				st = render.Style{CapHeight: 0.7 * float64(j.line.box.Height)}
			}
			j.style = st
			return nil
		})
	}
	n := min(fullMatchLines, len(order))
	estimate(order[:n], nil)
	if n == len(order) {
		return
	}
	seen := map[*fonts.Family]bool{}
	var among []*fonts.Family
	for _, j := range order[:n] {
		if f := j.style.Family; f != nil {
			for _, g := range fonts.Weights(f) {
				if !seen[g] {
					seen[g] = true
					among = append(among, g)
				}
			}
		}
	}
	estimate(order[n:], among)
}

// eraseExtent rebuilds the background over the ink in the field extent b,
// leaving the protected boxes untouched, and returns the box it changed
// (empty when b holds only paper and rules).
func eraseExtent(out draw.Image, b doc.Box, protected []doc.Box) doc.Box {
	ink := render.InkBox(out, b, protected)
	if ink.Empty() {
		return doc.Box{}
	}
	patch, err := render.RebuildBackground(out, ink.Pad(2).Intersect(b))
	if err != nil {
		return doc.Box{}
	}
	pb := patch.Bounds()
	draw.DrawMask(out, pb, patch, pb.Min, outsideMask(pb, protected), pb.Min, draw.Over)
	return doc.BoxFromRect(pb)
}

// outsideMask is opaque over r except inside the boxes.
func outsideMask(r image.Rectangle, boxes []doc.Box) *image.Alpha {
	m := image.NewAlpha(r)
	for i := range m.Pix {
		m.Pix[i] = 255
	}
	for _, b := range boxes {
		br := b.Rect().Intersect(r)
		for y := br.Min.Y; y < br.Max.Y; y++ {
			clear(m.Pix[m.PixOffset(br.Min.X, y):m.PixOffset(br.Max.X, y)])
		}
	}
	return m
}

// drawLines renders the jobs' texts in parallel, each against the same
// frozen copy of the page (so the renderings do not race), then composites
// them in order. Each keeps clear of keepOut and of the other lines. plain
// redraws jobs that were drawn before, over everything their first attempt
// changed.
func (a *Anonymizer) drawLines(ctx context.Context, out draw.Image, jobs []*job, keepOut, lines []doc.Box, source string, plain bool, workers int) {
	frozen := cloneImage(out)
	results := make([]*render.Result, len(jobs))
	ForEach(ctx, len(jobs), workers, func(ctx context.Context, i int) error {
		j := jobs[i]
		if strings.TrimSpace(j.text) == "" {
			return nil
		}
		region := j.line.box
		if plain && j.res != nil {
			region = j.res.Region.Union(j.line.box)
		}
		keep := append([]doc.Box(nil), keepOut...)
		for _, b := range lines {
			if b != j.line.box {
				keep = append(keep, b)
			}
		}
		res, err := render.Replace(frozen, region, j.text, j.style, render.Options{KeepOut: keep, Seed: seedOf(source, j.text), Plain: plain})
		if err == nil {
			results[i] = res
		}
		return nil
	})
	for i, j := range jobs {
		res := results[i]
		if res == nil {
			continue // a first attempt that failed is redacted later
		}
		render.Composite(out, res)
		if j.res != nil {
			j.region.Changed = j.region.Changed.Union(res.Region)
		}
		j.res = res
	}
}

func jobLines(js []*job) []lineSpan {
	out := make([]lineSpan, len(js))
	for i, j := range js {
		out[i] = j.line
	}
	return out
}

// skipWordTails moves b's left edge past the ink that continues a kept
// word ending just left of it: OCR boxes can stop short of their word's
// ink ("Email:" boxed as far as "Emai"), and a field extent that starts
// there must not erase the rest of the label. The word's ink runs on while
// columns hold ink with gaps under a third of its height.
func skipWordTails(img image.Image, b doc.Box, keep []doc.Box) doc.Box {
	for _, k := range keep {
		if k.Right() > b.Left+b.Width/2 || b.Left-k.Right() > k.Height || k.Height < 4 {
			continue
		}
		if ov := min(k.Bottom(), b.Bottom()) - max(k.Top, b.Top); 2*ov < k.Height {
			continue
		}
		end, gap := k.Right(), 0
		for x := k.Right(); x < b.Right() && gap <= k.Height/3; x++ {
			if columnInk(img, x, k.Top, k.Bottom()) {
				end, gap = x+1, 0
			} else {
				gap++
			}
		}
		if end > b.Left {
			b.Width -= end - b.Left
			b.Left = end
		}
	}
	return b
}

// columnInk reports whether column x holds a dark pixel (luma under 128)
// between rows top and bottom.
func columnInk(img image.Image, x, top, bottom int) bool {
	for y := top; y < bottom; y++ {
		r, g, b, _ := img.At(x, y).RGBA()
		if (19595*r+38470*g+7471*b)>>16 < 128<<8 {
			return true
		}
	}
	return false
}

// extraBoxes are the entity's boxes that no word line accounts for.
func extraBoxes(e pii.Entity, lines []lineSpan) []doc.Box {
	var out []doc.Box
	for _, b := range e.Boxes {
		covered := false
		for _, l := range lines {
			if in := b.Intersect(l.box); in.Area() >= b.Area()*9/10 || b == l.box {
				covered = true
				break
			}
		}
		if !covered && !b.Empty() {
			out = append(out, b)
		}
	}
	return out
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
