package ocr

import (
	"context"
	"fmt"
	"image"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// PageBands is PagePSM over n horizontal bands of the page read
// concurrently, one client each: a full-page pass is single-threaded, and
// on a page-at-a-time workload the other cores would wait. Each cut is the
// row with the least ink within a tenth of the page height of its nominal
// position (a blank gap between lines, so that no line is cut), and each
// band is a page of its own for Tesseract's layout analysis. Words are in
// page coordinates; Block ids are offset by 1000 per band and Line ids run
// on across bands.
func (e *Engine) PageBands(ctx context.Context, img image.Image, index, psm, n int) (*doc.Page, error) {
	if n <= 1 {
		return e.PagePSM(ctx, img, index, psm)
	}
	b, err := checkPage(img, index, psm)
	if err != nil {
		return nil, err
	}
	g := raster.ToGray(img, b)
	cuts := bandCuts(g, n)
	type band struct {
		words []doc.Word
		err   error
	}
	res := make([]band, len(cuts)-1)
	done := make(chan struct{}, len(res))
	for k := range res {
		go func() {
			defer func() { done <- struct{}{} }()
			sub := g.SubImage(image.Rect(0, cuts[k], g.Rect.Dx(), cuts[k+1])).(*image.Gray)
			part := raster.ToGray(sub, sub.Rect)
			if e.opts.PageScale != 1 {
				part = scaleGray(part, e.opts.PageScale)
			}
			boxes, err := e.recognize(ctx, encodeSpix(part), psm)
			if err != nil {
				res[k].err = err
				return
			}
			m := mapping{origin: image.Pt(b.Min.X, b.Min.Y+cuts[k]), scale: e.opts.PageScale, clip: b}
			res[k].words = m.words(boxes, doc.PassPage, 1000*k, 0)
		}()
	}
	for range res {
		<-done
	}
	p := &doc.Page{Index: index, Width: b.Dx(), Height: b.Dy()}
	lines := 0
	for k, r := range res {
		if r.err != nil {
			return nil, fmt.Errorf("ocr: page %d band %d: %w", index, k, r.err)
		}
		top := 0
		for _, w := range r.words {
			w.Line += lines
			top = max(top, w.Line)
			p.Words = append(p.Words, w)
		}
		lines = max(lines, top)
	}
	return p, nil
}

// bandCuts returns n+1 row indices 0 = c0 < c1 < ... < cn = height: each
// inner cut is the row whose 7-row neighbourhood has the fewest dark pixels
// (darker than the page's paper by minInkContrast) within a tenth of the
// height of k*height/n, nearest to it on ties: the middle of a blank gap.
func bandCuts(g *image.Gray, n int) []int {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	paper := paperLevel(g)
	lo := int(paper) - minInkContrast
	ink := make([]int, h)
	for y := 0; y < h; y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if int(v) < lo {
				ink[y]++
			}
		}
	}
	smooth := make([]int, h)
	for y := range smooth {
		for d := -3; d <= 3; d++ {
			if y+d >= 0 && y+d < h {
				smooth[y] += ink[y+d]
			}
		}
	}
	ink = smooth
	cuts := []int{0}
	win := h / 10
	for k := 1; k < n; k++ {
		nom := k * h / n
		best, bestInk := nom, -1
		for d := 0; d <= win; d++ {
			for _, y := range []int{nom - d, nom + d} {
				if y <= cuts[len(cuts)-1] || y >= h {
					continue
				}
				if bestInk < 0 || ink[y] < bestInk {
					best, bestInk = y, ink[y]
				}
			}
		}
		if best > cuts[len(cuts)-1] {
			cuts = append(cuts, best)
		}
	}
	return append(cuts, h)
}
