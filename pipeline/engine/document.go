package engine

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/workers"
)

// pageFunc processes page i of a document, img as read.
type pageFunc func(ctx context.Context, i int, img image.Image, info document.PageInfo) error

// docOptions are the limits and resolution documents are opened with.
func (d *Detector) docOptions() document.Options {
	return document.Options{MaxPixels: d.opts.MaxPixels, MaxPages: d.opts.MaxPages, DPI: d.opts.DPI}
}

// openFile opens an input ("-" is standard input) as a document and
// prepares its File, with a report page per page.
func (d *Detector) openFile(path string) (*document.Document, *File, error) {
	data, err := imageio.ReadInput(path)
	if err != nil {
		return nil, nil, err
	}
	return d.openData(path, data)
}

// openData opens a document held in memory (a request body, a queued job)
// as openFile opens a file; source names it in the report.
func (d *Detector) openData(source string, data []byte) (*document.Document, *File, error) {
	dc, err := document.Open(data, d.docOptions())
	if err != nil {
		return nil, nil, err
	}
	return dc, newFile(source, data, dc), nil
}

// newFile is the File of an opened document, with a report page per page.
func newFile(source string, data []byte, dc *document.Document) *File {
	n := dc.NumPages()
	sum := sha256.Sum256(data)
	return &File{
		Source: source,
		SHA256: hex.EncodeToString(sum[:]),
		Format: dc.Format,
		Pages:  make([]*PageResult, n),
		Report: &report.Report{Source: source, Pages: make([]report.Page, n)},
	}
}

// eachPage runs fn on every page of dc, in parallel over the OCR workers;
// at most that many pages are in flight across every document the
// detector reads at once, so that a long document does not hold all its
// pages in memory. The first failure stops the other pages and is
// returned.
func (d *Detector) eachPage(ctx context.Context, source string, dc *document.Document, fn pageFunc) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	n := dc.NumPages()
	workers.ForEach(ctx, n, cap(d.pageSlots), func(ctx context.Context, i int) error {
		select {
		case d.pageSlots <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		defer func() { <-d.pageSlots }()
		t0 := time.Now()
		img, info, err := dc.Page(ctx, i)
		if err == nil {
			err = fn(ctx, i, img, info)
		}
		if err != nil {
			cancel(err)
			return err
		}
		d.log.Debug().Str("input", source).Int("page", i+1).Int("pages", n).Float64("ms", ms(time.Since(t0))).Msg("page done")
		return nil
	})
	return context.Cause(ctx)
}

// sumTiming adds up the pages' stage times by key.
func sumTiming(pages []map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for _, p := range pages {
		for k, v := range p {
			out[k] += v
		}
	}
	for k, v := range out {
		out[k] = round3(v)
	}
	return out
}

// TextLayer reads each anonymized page of f back with the OCR (in parallel
// over the workers) and returns its words, for an output's invisible text
// layer: the text of the anonymized page, never the input's.
func (a *Anonymizer) TextLayer(ctx context.Context, f *AnonFile) ([][]doc.Word, error) {
	words := make([][]doc.Word, len(f.Outputs))
	err := workers.Run(ctx, len(f.Outputs), cap(a.det.pageSlots), func(ctx context.Context, i int) error {
		p, err := a.det.ocr.Page(ctx, f.Outputs[i].Image, i)
		if err != nil {
			return fmt.Errorf("text layer: %w", err)
		}
		words[i] = p.Words
		return nil
	})
	return words, err
}
