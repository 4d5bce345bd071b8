package engine

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"image/draw"
	"sort"
	"strings"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/surrogate"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
)

// Strategies, in fallback order.
const (
	StrategyDiffusion = "diffusion"
	StrategyRender    = "render"
	StrategyRedact    = "redact"
)

// ErrNoModel is returned for the diffusion strategy until a model ships.
var ErrNoModel = errors.New("the diffusion strategy needs a trained model, which this build does not have yet; use --strategy render or redact")

// AnonymizeOptions configures an Anonymizer.
type AnonymizeOptions struct {
	// Strategy is the first strategy tried: render or redact.
	Strategy string
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
	return AnonymizeOptions{Strategy: StrategyRender, QualityCheck: true, MinConfidence: 0.5, RedactColor: color.Black}
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
	case StrategyRender, StrategyRedact:
	case StrategyDiffusion:
		return nil, ErrNoModel
	default:
		return nil, fmt.Errorf("unknown strategy %q (want render or redact)", opts.Strategy)
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
	Strategy string
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

// entityLines groups an entity's words by text line, top to bottom.
func entityLines(p *doc.Page, e pii.Entity) []lineSpan {
	byLine := map[int][]int{}
	var order []int
	for _, wi := range e.Words {
		l := p.Words[wi].Line
		if _, ok := byLine[l]; !ok {
			order = append(order, l)
		}
		byLine[l] = append(byLine[l], wi)
	}
	var out []lineSpan
	for _, l := range order {
		ws := byLine[l]
		sort.Slice(ws, func(i, j int) bool { return p.Words[ws[i]].Box.Left < p.Words[ws[j]].Box.Left })
		var ls lineSpan
		var parts []string
		for _, wi := range ws {
			ls.box = ls.box.Union(p.Words[wi].Box)
			parts = append(parts, p.Words[wi].Text)
		}
		ls.words, ls.text = ws, strings.Join(parts, " ")
		out = append(out, ls)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].box.Top < out[j].box.Top })
	return out
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

// replacePage replaces every entity of a page and returns the page's report.
func (a *Anonymizer) replacePage(ctx context.Context, source string, orig image.Image, out draw.Image, pr *PageResult) (report.Page, []Region, map[string]float64, error) {
	rp := a.det.ReportPage(pr)
	docState := a.gen.NewDocument(source)
	var regions []Region
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

	for ei, e := range pr.Entities {
		if err := ctx.Err(); err != nil {
			return rp, nil, nil, err
		}
		lines := entityLines(pr.Page, e)
		var styles []render.Style
		for _, l := range lines {
			var wb []doc.Box
			for _, wi := range l.words {
				wb = append(wb, pr.Page.Words[wi].Box)
			}
			st, err := render.EstimateStyle(orig, l.box, wb, l.text)
			if err != nil {
				st = render.Style{CapHeight: 0.7 * float64(l.box.Height)}
			}
			styles = append(styles, st)
		}

		ts := time.Now()
		var replacement string
		strategy := a.opts.Strategy
		if len(lines) > 0 && strategy == StrategyRender {
			st := styles[0]
			width := 0.0
			if len(lines) == 1 {
				width = float64(lines[0].box.Width)
			}
			measure := func(s string) float64 { return render.Measure(st, s) }
			r, err := docState.ReplaceMeasured(string(e.Type), e.Text, width, measure)
			if err != nil {
				strategy = StrategyRedact
			} else {
				replacement = r
			}
		}
		tSur += time.Since(ts)

		// Field extents without OCR words: erase whatever ink is there
		// (before drawing, so that the new text stays).
		for _, b := range extraBoxes(e, lines) {
			tr := time.Now()
			patch, err := render.RebuildBackground(out, b)
			if err == nil {
				draw.Draw(out, patch.Bounds(), patch, patch.Bounds().Min, draw.Src)
				regions = append(regions, Region{Entity: e.ID, Strategy: "erase", Changed: doc.BoxFromRect(patch.Bounds())})
			}
			tRender += time.Since(tr)
		}
		ent := &rp.Entities[ei]
		var checks []verify.Check
		lineText := splitWords(replacement, lines)
		for li, l := range lines {
			reg, err := a.replaceLine(ctx, orig, out, l, lineText[li], e.Text, styles[li], strategy, keepOut, source, &tRender, &tVerify)
			if err != nil {
				return rp, nil, nil, err
			}
			reg.Entity = e.ID
			regions = append(regions, reg)
			checks = append(checks, reg.Check)
			if reg.Strategy == StrategyRedact {
				strategy = StrategyRedact
			}
		}
		if strategy == StrategyRender {
			ent.Replacement = replacement
		}
		ent.Strategy = strategy
		ent.Confidence, ent.Verification = summarizeChecks(checks)
	}
	return rp, regions, map[string]float64{"surrogate": ms(tSur), "render": ms(tRender), "verify": ms(tVerify)}, nil
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

// replaceLine replaces one line of an entity, verifies it and falls back
// to redaction when the check fails.
func (a *Anonymizer) replaceLine(ctx context.Context, orig image.Image, out draw.Image, l lineSpan, text, original string, st render.Style, strategy string, keepOut []doc.Box, source string, tRender, tVerify *time.Duration) (Region, error) {
	reader := a.det.OCR()
	if strategy == StrategyRender && strings.TrimSpace(text) != "" {
		tr := time.Now()
		res, err := render.Replace(out, l.box, text, st, render.Options{KeepOut: keepOut, Seed: seedOf(source, text)})
		*tRender += time.Since(tr)
		if err == nil {
			// Render into a scratch copy of the region first, so that a
			// failed check leaves no trace of the attempt.
			backup := snapshot(out, res.Region)
			render.Composite(out, res)
			tv := time.Now()
			bg := render.BackgroundError(out, res.Region, res.Strokes)
			c, err := verify.Region(ctx, reader, out, res.TextBox, res.Region, text, original, bg, verify.Options{})
			*tVerify += time.Since(tv)
			if err != nil {
				return Region{}, err
			}
			if !c.Leak && (!a.opts.QualityCheck || c.Confidence >= a.opts.MinConfidence) {
				return Region{Strategy: StrategyRender, Changed: res.Region, Check: c}, nil
			}
			restore(out, backup)
		}
	}
	// Redaction: a solid box over the line, padded by a pixel so that
	// anti-aliased edges of the original go too.
	tr := time.Now()
	box := l.box.Pad(1).Clip(out.Bounds())
	render.Redact(out, box, a.opts.RedactColor)
	*tRender += time.Since(tr)
	tv := time.Now()
	c, err := verify.Region(ctx, reader, out, doc.Box{}, box, "", original, 0, verify.Options{})
	*tVerify += time.Since(tv)
	if err != nil {
		return Region{}, err
	}
	return Region{Strategy: StrategyRedact, Changed: box, Check: c}, nil
}

type saved struct {
	r   image.Rectangle
	img draw.Image
}

func snapshot(img draw.Image, b doc.Box) saved {
	r := b.Rect().Intersect(img.Bounds())
	var cp draw.Image = image.NewRGBA64(r)
	if _, ok := img.(*image.Gray); ok {
		cp = image.NewGray(r)
	}
	draw.Draw(cp, r, img, r.Min, draw.Src)
	return saved{r: r, img: cp}
}

func restore(img draw.Image, s saved) {
	draw.Draw(img, s.r, s.img, s.r.Min, draw.Src)
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
