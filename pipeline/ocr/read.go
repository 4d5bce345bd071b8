package ocr

import (
	"context"
	"fmt"
	"image"
	"sort"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/workers"
)

// Words the full-page passes read with less confidence than suspectConf
// are read again, upscaled by rereadScale, with their neighbours on the
// row, and merged by Improve.
const (
	suspectConf = 45
	// rereadScale upscales the re-read rows: 1.5 reads as well as 2 in
	// less time (docs/measurements.md).
	rereadScale = 1.5
)

// pageBands is how many bands the page pass is read in without a second
// mode: always two, read at once on two workers and one after the other on
// one, so that a page reads the same whatever the worker count (a resumed
// batch, a queue's workers on other machines).
const pageBands = 2

// ReadOptions choose the passes of ReadPage.
type ReadOptions struct {
	// SecondPSM is the page segmentation mode of a second full-page pass,
	// run concurrently with the first and merged into it by Fill; 0: none,
	// and the first pass is read over two bands instead (PageBands).
	SecondPSM int
	// NoReread turns off the re-reading of low-confidence words.
	NoReread bool
}

// ReadPage reads a page's words for detection: the full-page pass with the
// engine's PSM (over two horizontal bands, pageBands, when there is no
// second mode) or the two full-page passes
// concurrently, merged by Fill; then one batch spread over the workers
// reads the ink no pass covered (RecoverRegions, unless Options.Recover is
// Off; merged by Fill) and, unless NoReread, re-reads the rows of
// low-confidence words (merged by Improve). Fax headers, dot-matrix and
// typewritten values are where the page passes garble digits and names,
// and a garbled value is a missed one.
func (e *Engine) ReadPage(ctx context.Context, img image.Image, index int, o ReadOptions) (*doc.Page, error) {
	page, err := e.pagePasses(ctx, img, index, o.SecondPSM)
	if err != nil {
		return nil, err
	}
	var uncovered, rows []image.Rectangle
	if e.opts.Recover != Off {
		uncovered = RecoverRegions(img, page.Words)
	}
	if !o.NoReread {
		rows = suspectRows(page, img.Bounds())
	}
	return page, e.reread(ctx, img, page, uncovered, rows)
}

// pagePasses is the full-page pass of ReadPage, or its two passes merged.
func (e *Engine) pagePasses(ctx context.Context, img image.Image, index, second int) (*doc.Page, error) {
	if second == 0 {
		return e.PageBands(ctx, img, index, e.opts.PSM, pageBands)
	}
	type result struct {
		p   *doc.Page
		err error
	}
	other := make(chan result, 1)
	go func() {
		p, err := e.PagePSM(ctx, img, index, second)
		other <- result{p, err}
	}()
	page, err := e.PagePSM(ctx, img, index, e.opts.PSM)
	r := <-other
	if err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, r.err
	}
	page.Words, _ = Merge(page.Words, Fill, Reading{Words: r.p.Words})
	return page, nil
}

// reread reads the uncovered regions (RecoverRegion) and the suspect rows
// (RegionScaled, PSM 6) in one batch over the workers, largest first so
// that the workers finish together, and merges them into the page: the
// recovered words by Fill, the rows by Improve.
func (e *Engine) reread(ctx context.Context, img image.Image, page *doc.Page, uncovered, rows []image.Rectangle) error {
	regions := append(append([]image.Rectangle(nil), uncovered...), rows...)
	if len(regions) == 0 {
		return nil
	}
	order := make([]int, len(regions))
	for i := range order {
		order[i] = i
	}
	area := func(i int) int { return regions[i].Dx() * regions[i].Dy() }
	sort.SliceStable(order, func(a, b int) bool { return area(order[a]) > area(order[b]) })
	reads := make([]Reading, len(regions))
	err := workers.Run(ctx, len(order), e.opts.Workers, func(ctx context.Context, k int) error {
		i := order[k]
		var err error
		reads[i].Region = regions[i]
		if i < len(uncovered) {
			reads[i].Words, err = e.RecoverRegion(ctx, img, regions[i], 0)
		} else {
			reads[i].Words, err = e.RegionScaled(ctx, img, regions[i], 6, rereadScale)
		}
		return err
	})
	if err != nil {
		return err
	}
	page.Words, _ = Merge(page.Words, Fill, reads[:len(uncovered)]...)
	page.Words, _ = Merge(page.Words, Improve, reads[len(uncovered):]...)
	return nil
}

// suspectRows are the regions re-read around low-confidence words: the
// words (conf < suspectConf, two or more letters or digits, at least 6 px
// tall) grouped into rows (doc.Box.SameRow, at most two heights apart),
// padded by a height on each side and a third of it above and below.
func suspectRows(page *doc.Page, bounds image.Rectangle) []image.Rectangle {
	var clusters []doc.Box
	for _, w := range page.Words {
		if w.Conf >= suspectConf || alnum(w.Text) < 2 || w.Box.Height < 6 {
			continue
		}
		b := w.Box
		merged := false
		for i, c := range clusters {
			gap := max(c.Left, b.Left) - min(c.Right(), b.Right())
			if c.SameRow(b) && gap <= 2*max(c.Height, b.Height) {
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

// alnum counts the letters and digits of s.
func alnum(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// ReadFields reads the regions again, one after another (Region: upscaled
// by FieldScale, PSM 6), and merges the words into the page by Supersede:
// detection's second look at poorly read form fields. It returns the
// indices of the page words superseded, which stay on the page.
func (e *Engine) ReadFields(ctx context.Context, img image.Image, page *doc.Page, regions []image.Rectangle) (map[int]bool, error) {
	reads := make([]Reading, 0, len(regions))
	for _, r := range regions {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("ocr: re-read fields of page %d: %w", page.Index, err)
		}
		ws, err := e.Region(ctx, img, r, 0)
		if err != nil {
			return nil, fmt.Errorf("ocr: re-read field %v of page %d: %w", r, page.Index, err)
		}
		reads = append(reads, Reading{Region: r, Words: ws})
	}
	var superseded map[int]bool
	page.Words, superseded = Merge(page.Words, Supersede, reads...)
	return superseded, nil
}
