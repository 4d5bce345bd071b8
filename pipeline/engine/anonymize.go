package engine

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"maps"
	"time"

	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/surrogate"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
)

// ErrNoModel is returned for the diffusion strategy without an Inpainter.
var ErrNoModel = errors.New("the diffusion strategy needs the diffusion model (bin/anonymizer-torch and a model directory); use --strategy render or redact")

// Inpainter prints replacements with a learned model: given the page and
// the lines of that page, each with the render path's layout of its new text
// (Res: region, glyph, style), it returns per line the generated pixels over
// Res.Region (grey), which are composited through Res.Mask, or the error
// that line failed with. All lines are generated against the same page, in
// as few model calls as it can; a line's pixels depend on its own inputs and
// seed, not on the other lines. The call's own error is for what stops all
// lines (a cancelled context). It may be called from several goroutines.
type Inpainter interface {
	Inpaint(ctx context.Context, page *image.Gray, lines []InpaintLine) ([]InpaintResult, error)
}

// InpaintLine is one line for an Inpainter.
type InpaintLine struct {
	Res  *render.Result
	Text string
	Seed uint64
}

// InpaintResult is an Inpainter's answer for one line: Patch, or Err.
type InpaintResult struct {
	Patch *image.Gray
	Err   error
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
	// KeepInput keeps each page as read beside its output (AnonPage.Input),
	// for an evaluation that compares them; without it a page's input is
	// dropped once it is anonymized, so a long document holds only its
	// outputs.
	KeepInput bool
}

// DefaultAnonymizeOptions are the CLI's defaults.
func DefaultAnonymizeOptions() AnonymizeOptions {
	return AnonymizeOptions{Strategy: entity.Render, QualityCheck: true, MinConfidence: 0.5, RedactColor: color.Black}
}

// Anonymizer replaces detected personal data with surrogates. It logs
// through its Detector's logger.
type Anonymizer struct {
	det  *Detector
	gen  *surrogate.Generator
	opts AnonymizeOptions
	log  zerolog.Logger
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
	return &Anonymizer{det: det, gen: gen, opts: opts, log: det.log}, nil
}

// Region is one replaced line of an entity, as the evaluation needs it.
type Region struct {
	Entity   string
	Strategy entity.Strategy
	// Changed is the box of every pixel the region may have changed.
	Changed doc.Box
	Check   verify.Check
	// Drawn is the surrogate text drawn in TextBox ("" when the region was
	// erased or redacted), for an evaluation's own read-back.
	Drawn   string
	TextBox doc.Box
}

// AnonFile is one anonymized input.
type AnonFile struct {
	*File
	// Outputs are the anonymized pages, in order.
	Outputs []*AnonPage
}

// AnonPage is one anonymized page and the regions replaced on it.
type AnonPage struct {
	Image   draw.Image
	Regions []Region
	// Input is the page as read (with AnonymizeOptions.KeepInput).
	Input image.Image
}

// AnonymizeFile opens an input ("-" is standard input) and anonymizes
// every page (anonymizeDocument).
func (a *Anonymizer) AnonymizeFile(ctx context.Context, path string) (*AnonFile, error) {
	t0 := time.Now()
	dc, f, err := a.det.openFile(path)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	return a.anonymizeDocument(ctx, t0, dc, f)
}

// AnonymizeData anonymizes every page of a document held in memory; source
// names it in the report.
func (a *Anonymizer) AnonymizeData(ctx context.Context, source string, data []byte) (*AnonFile, error) {
	t0 := time.Now()
	dc, f, err := a.det.openData(source, data)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	return a.anonymizeDocument(ctx, t0, dc, f)
}

// anonymizeDocument detects and replaces page by page (eachPage). The
// report's stage times are the pages' sums, and "total" the time since t0.
func (a *Anonymizer) anonymizeDocument(ctx context.Context, t0 time.Time, dc *document.Document, f *File) (*AnonFile, error) {
	af := &AnonFile{File: f, Outputs: make([]*AnonPage, len(f.Pages))}
	timings := make([]map[string]float64, len(f.Pages))
	err := a.det.eachPage(ctx, f.Source, dc, func(ctx context.Context, i int, img image.Image, info document.PageInfo) error {
		pr, err := a.det.DetectPage(ctx, img, i)
		if err != nil {
			return err
		}
		pr.Info = info
		f.Pages[i] = pr
		out := render.Clone(img)
		t1 := time.Now()
		page, regions, timing, err := a.replacePage(ctx, f.SHA256, img, out, pr)
		if err != nil {
			return err
		}
		maps.Copy(timing, pr.TimingMS)
		timing["anonymize"] = ms(time.Since(t1))
		timings[i] = timing
		f.Report.Pages[i] = page
		af.Outputs[i] = &AnonPage{Image: out, Regions: regions}
		if a.opts.KeepInput {
			af.Outputs[i].Input = img
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	f.Report.TimingMS = sumTiming(timings)
	f.Report.TimingMS["total"] = ms(time.Since(t0))
	return af, nil
}

// OutPages are f's anonymized pages as document.Encode writes them;
// words, when given, are each page's text layer (TextLayer).
func (f *AnonFile) OutPages(words [][]doc.Word) []document.OutPage {
	pages := make([]document.OutPage, len(f.Outputs))
	for i, o := range f.Outputs {
		pages[i] = document.OutPage{Image: o.Image, Info: f.Pages[i].Info}
		if words != nil {
			pages[i].Words = words[i]
		}
	}
	return pages
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

// pageRun is one page on its way through replacement: what its stages
// share.
type pageRun struct {
	docID   string      // seeds the surrogates: the input's SHA256
	orig    image.Image // the page as read: styles are measured on it
	out     draw.Image  // the page being anonymized
	page    *doc.Page
	ents    []pii.Entity
	rp      report.Page
	workers int
	// jobs are every entity's lines, in entity order; entityJobs[i] are
	// entity i's.
	jobs       []*job
	entityJobs [][]*job
	// keepOut are the boxes of the page's words in no entity: they must
	// not be touched. lineBoxes are the jobs' lines, and protected the
	// same padded by 2 px.
	keepOut, lineBoxes, protected []doc.Box
	// pending are the jobs the last drawing stage changed, for the
	// verification stage after it.
	pending []*job
	// erased are the field extents erased.
	erased []Region
}

// newPageRun splits the page's entities into lines (jobs) and gathers the
// boxes that drawing keeps clear of.
func (a *Anonymizer) newPageRun(docID string, orig image.Image, out draw.Image, pr *PageResult) *pageRun {
	p := &pageRun{docID: docID, orig: orig, out: out, page: pr.Page, ents: pr.Entities,
		rp: a.det.ReportPage(pr), workers: a.det.OCR().Options().Workers}
	inEntity := map[int]bool{}
	for _, e := range pr.Entities {
		for _, wi := range e.Words {
			inEntity[wi] = true
		}
	}
	for i, w := range pr.Page.Words {
		if !inEntity[i] {
			p.keepOut = append(p.keepOut, w.Box)
		}
	}
	p.entityJobs = make([][]*job, len(pr.Entities))
	for ei, e := range pr.Entities {
		for _, l := range entityLines(pr.Page, e) {
			j := &job{entity: ei, line: l, original: entity.PersonalText(e.Type, e.Text)}
			p.jobs = append(p.jobs, j)
			p.entityJobs[ei] = append(p.entityJobs[ei], j)
		}
	}
	for _, j := range p.jobs {
		p.lineBoxes = append(p.lineBoxes, j.line.box)
		p.protected = append(p.protected, j.line.box.Pad(2))
	}
	return p
}

// stages are the steps of replacement in order. Styles are estimated on
// the original page; each entity gets one surrogate, split over its lines;
// field extents are erased, then every line is drawn (and, for diffusion,
// generated over the drawing) and verified. A generated line that fails
// the gate falls back to its drawing, a line that does not read back
// exactly is drawn once more plainly, and a line that still fails is
// redacted; each of these is verified again.
func (a *Anonymizer) stages() []pageStage {
	s := []pageStage{
		{"render", a.estimateStyles},
		{"surrogate", a.surrogates},
		{"render", a.eraseExtents},
		{"render", a.draw},
	}
	if a.opts.Strategy == entity.Diffusion {
		s = append(s,
			pageStage{"generate", a.inpaintLines},
			pageStage{"verify", a.verifyDrawn},
			pageStage{"render", a.fallBackToRender},
		)
	}
	return append(s,
		pageStage{"verify", a.verifyDrawn},
		pageStage{"render", a.redrawPlain},
		pageStage{"verify", a.verifyDrawn},
		pageStage{"render", a.redact},
		pageStage{"verify", a.verifyRedacted},
	)
}

// pageStage is a stage of replacement.
type pageStage = stage[*pageRun]

// replacePage replaces every entity of a page (see stages) and returns the
// page's report (each entity with the rectangles changed for it), the
// regions changed and the stages' timing.
func (a *Anonymizer) replacePage(ctx context.Context, docID string, orig image.Image, out draw.Image, pr *PageResult) (report.Page, []Region, map[string]float64, error) {
	p := a.newPageRun(docID, orig, out, pr)
	t := timer{}
	if _, err := runStages(ctx, t, p, a.stages()); err != nil {
		return p.rp, nil, nil, err
	}
	regions := summarize(p)
	reportChanged(p, regions)
	return p.rp, regions, t.ms(), nil
}
