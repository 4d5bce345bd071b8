// Package engine wires the pipeline stages together: it owns no algorithm of
// its own, only the order of the stages, timing and the report.
package engine

import (
	"context"
	"fmt"
	"image"
	"sort"
	"time"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
)

// DefaultSecondPSM is the second full-page pass of detect and anonymize:
// none. The page pass is then split into two bands read in parallel, and
// the uncovered ink and the rows of low-confidence words are re-read.
// Measured on FUNSD testing_data (`eval anonymize`, 45 labelled pages):
// banded PSM 3 alone gives word recall 0.908 and leak rate 0.040 (8 of 202
// entities) at 0.71 s per page; a sparse-text pass (11) beside it, merged,
// gives 0.903 and 0.040 at 0.96 s. --second-psm turns it on.
const DefaultSecondPSM = 0

// DefaultPSM is the first pass's mode (PSM 6 alone: 0.786 before re-reads).
const DefaultPSM = 3

// DetectOptions configures a Detector.
type DetectOptions struct {
	OCR ocr.Options
	PII pii.Config
	// MaxPixels bounds an input's width*height (0: imageio's default).
	MaxPixels int
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
}

// Detector finds personal data on page images. It is safe for concurrent
// use; concurrency is bounded by the OCR engine's worker pool.
type Detector struct {
	ocr    *ocr.Engine
	an     *pii.Analyzer
	hasher *report.Hasher
	opts   DetectOptions
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
	return &Detector{ocr: eng, an: an, hasher: hasher, opts: opts}, nil
}

// Close releases the OCR engine.
func (d *Detector) Close() error { return d.ocr.Close() }

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
}

// regionReader lets the analyzer re-read parts of the page (form fields
// next to labels) with the same OCR engine.
type regionReader struct {
	eng *ocr.Engine
	img image.Image
}

func (r regionReader) Region(ctx context.Context, rect image.Rectangle) ([]doc.Word, error) {
	return r.eng.Region(ctx, r.img, rect, 0)
}

// DetectPage runs OCR and PII detection on one page.
func (d *Detector) DetectPage(ctx context.Context, img image.Image, index int) (*PageResult, error) {
	if d.opts.PageTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d.opts.PageTimeout)
		defer cancel()
	}
	t0 := time.Now()
	page, err := d.pageWords(ctx, img, index)
	if err != nil {
		return nil, fmt.Errorf("page %d: ocr: %w", index, err)
	}
	t1 := time.Now()
	ents, err := d.an.AnalyzeWithReader(ctx, page, regionReader{eng: d.ocr, img: img})
	if err != nil {
		return nil, fmt.Errorf("page %d: detect: %w", index, err)
	}
	t2 := time.Now()
	return &PageResult{Page: page, Entities: ents, TimingMS: map[string]float64{
		"ocr":    ms(t1.Sub(t0)),
		"detect": ms(t2.Sub(t1)),
	}}, nil
}

// pageWords reads the page's words: the full-page pass (over horizontal
// bands read concurrently, one per worker up to two, when there is no
// second mode) or the two full-page passes concurrently, merged; then one
// batch spread over the workers reads the ink no pass covered
// (ocr.RecoverRegions) and re-reads the rows of low-confidence words.
func (d *Detector) pageWords(ctx context.Context, img image.Image, index int) (*doc.Page, error) {
	o := d.ocr.Options()
	var page *doc.Page
	if d.opts.SecondPSM == 0 {
		var err error
		if page, err = d.ocr.PageBands(ctx, img, index, o.PSM, min(o.Workers, 2)); err != nil {
			return nil, err
		}
	} else {
		type result struct {
			p   *doc.Page
			err error
		}
		second := make(chan result, 1)
		go func() {
			p, err := d.ocr.PagePSM(ctx, img, index, d.opts.SecondPSM)
			second <- result{p, err}
		}()
		p, err := d.ocr.PagePSM(ctx, img, index, o.PSM)
		r := <-second
		if err != nil {
			return nil, err
		}
		if r.err != nil {
			return nil, r.err
		}
		page = p
		page.Words = ocr.MergeWords(page.Words, r.p.Words)
	}
	var uncovered []image.Rectangle
	if o.Recover != ocr.Off {
		uncovered = ocr.RecoverRegions(img, page.Words)
	}
	return page, d.reread(ctx, img, page, uncovered)
}

// Words the full-page passes read with less confidence than this are read
// again, upscaled, with their neighbours on the row (suspectConf), and the
// new reading replaces them when it is clearly more confident.
const (
	suspectConf = 45
	rereadGain  = 10
	// rereadScale upscales the re-read rows: 1.5 read FUNSD's PII words
	// as well as 2 (recall 0.892 vs 0.890) in 20% less time; 1 lost 0.03.
	rereadScale = 1.5
)

// reread reads the uncovered regions (ocr.Engine.RecoverRegion) and,
// unless NoReread, the rows of low-confidence words, all in one batch over
// the workers; recovered words are merged into the page, and a re-read word
// replaces the words it improves on (see improvements). Fax headers,
// dot-matrix and typewritten values are where the page passes garble
// digits and names, and a garbled value is a missed one.
func (d *Detector) reread(ctx context.Context, img image.Image, page *doc.Page, uncovered []image.Rectangle) error {
	var rows []image.Rectangle
	if !d.opts.NoReread {
		rows = suspectRows(page, img.Bounds())
	}
	if len(uncovered)+len(rows) == 0 {
		return nil
	}
	// Largest first, so that the workers finish together.
	order := make([]int, len(uncovered)+len(rows))
	area := func(i int) int {
		if i < len(uncovered) {
			return uncovered[i].Dx() * uncovered[i].Dy()
		}
		r := rows[i-len(uncovered)]
		return r.Dx() * r.Dy()
	}
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return area(order[a]) > area(order[b]) })
	read := make([][]doc.Word, len(order))
	errs := ForEach(ctx, len(order), d.ocr.Options().Workers, func(ctx context.Context, k int) error {
		i := order[k]
		var err error
		if i < len(uncovered) {
			read[i], err = d.ocr.RecoverRegion(ctx, img, uncovered[i], 0)
		} else {
			read[i], err = d.ocr.RegionScaled(ctx, img, rows[i-len(uncovered)], 6, rereadScale)
		}
		return err
	})
	if err := firstError(errs); err != nil {
		return err
	}
	for _, ws := range read[:len(uncovered)] {
		page.Words = ocr.MergeWords(page.Words, ws)
	}
	page.Words = applyRereads(page.Words, read[len(uncovered):], rows)
	return nil
}

// applyRereads replaces page words by the re-read words of rows that
// improve on them (see improvements); where rows overlap, the more
// confident reading of a word stays.
func applyRereads(words []doc.Word, reads [][]doc.Word, rows []image.Rectangle) []doc.Word {
	drop := map[int]bool{}
	var add []doc.Word
	for k, ws := range reads {
	imps:
		for _, imp := range improvements(words, ws, rows[k]) {
			for _, i := range imp.over {
				drop[i] = true
			}
			for j, a := range add {
				if ocr.Duplicate(a.Box, imp.word.Box) {
					if imp.word.Conf > a.Conf {
						add[j] = imp.word
					}
					continue imps
				}
			}
			add = append(add, imp.word)
		}
	}
	if len(add) == 0 {
		return words
	}
	kept := make([]doc.Word, 0, len(words)+len(add))
	for i, w := range words {
		if !drop[i] {
			kept = append(kept, w)
		}
	}
	return append(kept, add...)
}

// suspectRows are the regions re-read around low-confidence words: the
// words (conf < suspectConf, two or more letters or digits, at least 6 px
// tall) grouped into rows, padded by a height on each side and a third of
// it above and below.
func suspectRows(page *doc.Page, bounds image.Rectangle) []image.Rectangle {
	var clusters []doc.Box
	for _, w := range page.Words {
		if w.Conf >= suspectConf || alnum(w.Text) < 2 || w.Box.Height < 6 {
			continue
		}
		b := w.Box
		merged := false
		for i, c := range clusters {
			ov := min(c.Bottom(), b.Bottom()) - max(c.Top, b.Top)
			gap := max(c.Left, b.Left) - min(c.Right(), b.Right())
			if 2*ov >= min(c.Height, b.Height) && gap <= 2*max(c.Height, b.Height) {
				clusters[i] = c.Union(b)
				merged = true
				break
			}
		}
		if !merged {
			clusters = append(clusters, b)
		}
	}
	out := make([]image.Rectangle, 0, len(clusters))
	for _, c := range clusters {
		box := doc.Box{Left: c.Left - c.Height, Top: c.Top - c.Height/3, Width: c.Width + 2*c.Height, Height: c.Height + 2*(c.Height/3)}
		if r := box.Rect().Intersect(bounds); !r.Empty() {
			out = append(out, r)
		}
	}
	return out
}

// improvement is a re-read word and the page words it replaces.
type improvement struct {
	word doc.Word
	over []int
}

// improvements are the re-read words of the region r that replace page
// words: those clearly more confident than the best word they overlap, or
// overlapping none. A re-read word over a page word that the region cuts
// is a fragment and is dropped: a confident "5" of "555-0142", or "aJ." of
// "Maria J." (widening rows to whole words instead found as much on FUNSD
// but cost 2.8x the re-read time on dense pages).
func improvements(page, reread []doc.Word, r image.Rectangle) []improvement {
	var out []improvement
	for _, nw := range reread {
		var over []int
		best := 0.0
		cut := false
		for i, w := range page {
			if x := w.Box.Intersect(nw.Box); 2*x.Height >= min(w.Box.Height, nw.Box.Height) && !x.Empty() &&
				(w.Box.Left < r.Min.X || w.Box.Right() > r.Max.X) {
				cut = true
			}
			if ocr.Duplicate(w.Box, nw.Box) {
				over = append(over, i)
				best = max(best, w.Conf)
			}
		}
		if cut || len(over) > 0 && nw.Conf < best+rereadGain {
			continue
		}
		// Boxes reaching into the next line would size the replacement
		// text up and erase into that line.
		old := make([]doc.Word, len(over))
		for k, i := range over {
			old[k] = page[i]
		}
		nw.Box = doc.SupersedingBox(nw, old)
		out = append(out, improvement{word: nw, over: over})
	}
	return out
}

func alnum(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
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

// File is one loaded input with its detection.
type File struct {
	Source string
	Image  image.Image
	Format string
	Pages  []*PageResult
	Report *report.Report
}

// DetectFile loads an input ("-" is standard input) and detects on it.
func (d *Detector) DetectFile(ctx context.Context, path string) (*File, error) {
	t0 := time.Now()
	img, format, err := imageio.Load(path, d.opts.MaxPixels)
	if err != nil {
		return nil, err
	}
	pr, err := d.DetectPage(ctx, img, 0)
	if err != nil {
		return nil, err
	}
	rep := &report.Report{
		Source:   path,
		Pages:    []report.Page{d.ReportPage(pr)},
		TimingMS: map[string]float64{"ocr": pr.TimingMS["ocr"], "detect": pr.TimingMS["detect"]},
	}
	rep.TimingMS["total"] = ms(time.Since(t0))
	return &File{Source: path, Image: img, Format: format, Pages: []*PageResult{pr}, Report: rep}, nil
}

func ms(d time.Duration) float64 { return round3(float64(d.Microseconds()) / 1000) }

func round3(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}
