// Package engine wires the pipeline stages together: it owns no algorithm of
// its own, only the order of the stages, timing and the report.
package engine

import (
	"context"
	"fmt"
	"image"
	"time"

	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
)

// DefaultSecondPSM is the second full-page pass of detect and anonymize:
// none. The page pass is then split into two bands read in parallel, and
// the uncovered ink and the rows of low-confidence words are re-read.
// A sparse-text pass (11) beside it found no more on FUNSD and took a
// second core per page (docs/measurements.md); --second-psm turns it on.
const DefaultSecondPSM = 0

// DefaultPSM is the first pass's mode (docs/measurements.md).
const DefaultPSM = 3

// DetectOptions configures a Detector.
type DetectOptions struct {
	OCR ocr.Options
	PII pii.Config
	// MaxPixels bounds a page's width*height (0: imageio's default).
	MaxPixels int
	// MaxPages bounds a document's pages (0: document's default).
	MaxPages int
	// DPI is the resolution born-digital PDF pages are rendered at (0:
	// document's default).
	DPI float64
	// PageTimeout bounds one page's OCR and detection (0: no bound).
	PageTimeout time.Duration
	// SecondPSM is the page segmentation mode of a second full-page OCR
	// pass, run concurrently with the first and merged into it (sparse text,
	// 11, finds form fields the first pass drops); 0 disables it.
	SecondPSM int
	// NoReread turns off the re-reading of low-confidence words.
	NoReread bool
	// ShowText writes original text into reports (off by default).
	ShowText bool
	// HashKey keys the hashes of original text in reports.
	HashKey []byte
	// Logger receives the failures that a page survives (a model error, a
	// style that could not be estimated); it is shared by the Anonymizer
	// built on the Detector. Messages never hold original text. The zero
	// value logs nothing.
	Logger zerolog.Logger
}

// Detector finds personal data on page images. It is safe for concurrent
// use; concurrency is bounded by the OCR engine's worker pool.
type Detector struct {
	ocr    *ocr.Engine
	an     *pii.Analyzer
	hasher *report.Hasher
	opts   DetectOptions
	log    zerolog.Logger
	// pageSlots bound the pages in flight (eachPage).
	pageSlots chan struct{}
	// shared marks a Variant, which does not own the OCR engine.
	shared bool
}

// NewDetector starts the OCR engine and builds the analyzer.
func NewDetector(opts DetectOptions) (*Detector, error) {
	hasher, err := report.NewHasher(opts.HashKey)
	if err != nil {
		return nil, fmt.Errorf("detector: %w", err)
	}
	an, err := pii.NewAnalyzer(opts.PII)
	if err != nil {
		return nil, fmt.Errorf("detector: %w", err)
	}
	if opts.OCR.PSM == 0 {
		opts.OCR.PSM = DefaultPSM
	}
	eng, err := ocr.New(opts.OCR)
	if err != nil {
		return nil, fmt.Errorf("detector: %w", err)
	}
	return &Detector{ocr: eng, an: an, hasher: hasher, opts: opts, log: opts.Logger,
		pageSlots: make(chan struct{}, eng.Options().Workers)}, nil
}

// Close releases the OCR engine (nothing for a Variant).
func (d *Detector) Close() error {
	if d.shared {
		return nil
	}
	return d.ocr.Close()
}

// OCR exposes the detector's OCR engine to later stages (verification
// read-back) so that one pool of Tesseract clients serves the whole run.
func (d *Detector) OCR() *ocr.Engine { return d.ocr }

// Hasher is the keyed hasher used for report text hashes.
func (d *Detector) Hasher() *report.Hasher { return d.hasher }

// PageResult is one page's detection.
type PageResult struct {
	Page     *doc.Page
	Entities []pii.Entity
	// TimingMS has "ocr" and "detect" in milliseconds.
	TimingMS map[string]float64
	// Info is what an output keeps of the input page (set when the page
	// came from a document).
	Info document.PageInfo
}

// detectRun is one page on its way through detection: what its stages
// share.
type detectRun struct {
	img   image.Image
	index int
	page  *doc.Page
	// fields are the regions detection asks to have read again, and
	// superseded the page words that reading replaced.
	fields     []image.Rectangle
	superseded map[int]bool
	ents       []pii.Entity
}

// DetectPage reads one page's words (OCR), has the analyzer name the form
// fields worth reading again, has the OCR read those again, and detects
// personal data on the words. Reading is timed as "ocr", analysis as
// "detect".
func (d *Detector) DetectPage(ctx context.Context, img image.Image, index int) (*PageResult, error) {
	if d.opts.PageTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d.opts.PageTimeout)
		defer cancel()
	}
	p := &detectRun{img: img, index: index}
	t := timer{}
	key, err := runStages(ctx, t, p, []stage[*detectRun]{
		{"ocr", d.readPage},
		{"detect", d.fieldRegions},
		{"ocr", d.readFields},
		{"detect", d.analyze},
	})
	if err != nil {
		return nil, fmt.Errorf("page %d: %s: %w", index, key, err)
	}
	return &PageResult{Page: p.page, Entities: p.ents, TimingMS: t.ms()}, nil
}

func (d *Detector) readPage(ctx context.Context, p *detectRun) (err error) {
	p.page, err = d.ocr.ReadPage(ctx, p.img, p.index, ocr.ReadOptions{SecondPSM: d.opts.SecondPSM, NoReread: d.opts.NoReread})
	return err
}

func (d *Detector) fieldRegions(ctx context.Context, p *detectRun) error {
	p.fields = d.an.FieldRegions(p.page)
	return nil
}

func (d *Detector) readFields(ctx context.Context, p *detectRun) (err error) {
	p.superseded, err = d.ocr.ReadFields(ctx, p.img, p.page, p.fields)
	return err
}

func (d *Detector) analyze(ctx context.Context, p *detectRun) (err error) {
	// Words that glue a label to its value become the two words the page
	// prints, on the page the later stages draw on too.
	p.superseded = pii.SplitGluedLabels(p.page, p.superseded)
	p.ents, err = d.an.AnalyzeExcept(ctx, p.page, p.superseded)
	return err
}

// ReportPage converts a page's entities into the report's form: hashes
// instead of text unless ShowText is set.
func (d *Detector) ReportPage(pr *PageResult) report.Page {
	out := report.Page{Index: pr.Page.Index, Width: pr.Page.Width, Height: pr.Page.Height, Entities: []report.Entity{}}
	for _, e := range pr.Entities {
		re := report.Entity{
			ID:         e.ID,
			Type:       e.Type,
			Score:      round3(e.Score),
			Source:     e.Source,
			TextSHA256: d.hasher.Sum(e.Text),
			Boxes:      e.Boxes,
		}
		if d.opts.ShowText {
			re.Text = e.Text
		}
		out.Entities = append(out.Entities, re)
	}
	return out
}

// File is one input document with its detection, page by page.
type File struct {
	Source string
	// SHA256 is the hex SHA-256 of the input's bytes. It seeds the
	// surrogates, so that a document comes out the same for a key wherever
	// it is read from, and names the input in audit records.
	SHA256 string
	Format document.Format
	Pages  []*PageResult
	Report *report.Report
}

// DetectFile opens an input ("-" is standard input) and detects on every
// page (detectDocument).
func (d *Detector) DetectFile(ctx context.Context, path string) (*File, error) {
	t0 := time.Now()
	dc, f, err := d.openFile(path)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	return f, d.detectDocument(ctx, t0, dc, f)
}

// DetectData detects on every page of a document held in memory; source
// names it in the report.
func (d *Detector) DetectData(ctx context.Context, source string, data []byte) (*File, error) {
	t0 := time.Now()
	dc, f, err := d.openData(source, data)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	return f, d.detectDocument(ctx, t0, dc, f)
}

// detectDocument detects on every page of dc (eachPage) into f. The
// report's stage times are the pages' sums, and "total" the time since t0.
func (d *Detector) detectDocument(ctx context.Context, t0 time.Time, dc *document.Document, f *File) error {
	err := d.eachPage(ctx, f.Source, dc, func(ctx context.Context, i int, img image.Image, info document.PageInfo) error {
		pr, err := d.DetectPage(ctx, img, i)
		if err != nil {
			return err
		}
		pr.Info = info
		f.Pages[i] = pr
		f.Report.Pages[i] = d.ReportPage(pr)
		return nil
	})
	if err != nil {
		return err
	}
	timings := make([]map[string]float64, len(f.Pages))
	for i, pr := range f.Pages {
		timings[i] = pr.TimingMS
	}
	f.Report.TimingMS = sumTiming(timings)
	f.Report.TimingMS["total"] = ms(time.Since(t0))
	return nil
}

func ms(d time.Duration) float64 { return round3(float64(d.Microseconds()) / 1000) }

func round3(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}
