package ocr

import (
	"context"
	"fmt"
	"image"
	"sort"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// PassRecover names words found by Recover.
const PassRecover = "recover"

// Limits of the text-like ink that Uncovered looks for (input pixels), set
// for FUNSD-like scans (about 100-150 dpi). Deriving them from the page's
// median word height was tried and lowered FUNSD's PII coverage (0.901 to
// 0.895): pages mix sizes, and taller limits let junk merge into lines. On
// 300 dpi scans body text (30-40 px) is still inside them; larger headings
// are not recovered.
const (
	minTextHeight = 6  // smaller blobs are specks or dots
	maxTextHeight = 48 // larger are logos, rules or handwriting strokes
	maxRecover    = 40 // regions re-read per page at most (largest first)
)

// Uncovered finds text-like ink on the page that none of the words cover:
// lines a full-page pass dropped (Tesseract's layout analysis discards whole
// fields on sparse forms). It binarises the page (Otsu), removes the ink
// inside word boxes, takes connected components of what is left, drops
// specks and ruling lines, and groups the rest into text-line boxes. The
// boxes are padded and clipped to the image, largest first.
func Uncovered(img image.Image, words []doc.Word) []image.Rectangle {
	b := img.Bounds()
	if b.Empty() {
		return nil
	}
	g := raster.ToGray(img, b)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	t := raster.OtsuGray(g)
	ink := make([]bool, w*h)
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		for x, v := range row {
			ink[y*w+x] = v < t
		}
	}
	for _, wd := range words {
		r := wd.Box.Pad(2).Rect().Sub(b.Min).Intersect(image.Rect(0, 0, w, h))
		for y := r.Min.Y; y < r.Max.Y; y++ {
			clear(ink[y*w+r.Min.X : y*w+r.Max.X])
		}
	}
	var blobs []image.Rectangle
	for _, c := range components(ink, w, h) {
		cw, ch := c.Dx(), c.Dy()
		switch {
		case ch < minTextHeight || ch > maxTextHeight:
		case cw > 8*ch && ch < 12: // horizontal rule or underline
		case ch > 4*cw && ch > 20: // vertical rule
		default:
			blobs = append(blobs, c)
		}
	}
	lines := groupLines(blobs)
	var out []image.Rectangle
	for _, l := range lines {
		// A lone small blob is usually noise or a stray mark.
		if l.Dx() < 2*minTextHeight && l.Dy() < 2*minTextHeight {
			continue
		}
		// Tesseract drops glyphs that touch a crop's edge: leave a margin
		// of about a letter's width.
		px, py := max(4, l.Dy()), max(3, l.Dy()/3)
		l = image.Rect(l.Min.X-px, l.Min.Y-py, l.Max.X+px, l.Max.Y+py)
		out = append(out, l.Add(b.Min).Intersect(b))
	}
	sort.Slice(out, func(i, j int) bool {
		ai, aj := out[i].Dx()*out[i].Dy(), out[j].Dx()*out[j].Dy()
		if ai != aj {
			return ai > aj
		}
		return out[i].Min.Y < out[j].Min.Y || out[i].Min.Y == out[j].Min.Y && out[i].Min.X < out[j].Min.X
	})
	return out
}

// components returns the bounding boxes of the 8-connected components of
// ink (row-major, w*h), by run-length labelling with union-find.
func components(ink []bool, w, h int) []image.Rectangle {
	type run struct{ y, x0, x1, label int }
	var runs []run
	parent := []int{}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	prevStart, prevEnd := 0, 0 // runs of the previous row: runs[prevStart:prevEnd]
	for y := 0; y < h; y++ {
		rowStart := len(runs)
		row := ink[y*w : (y+1)*w]
		for x := 0; x < w; {
			if !row[x] {
				x++
				continue
			}
			x0 := x
			for x < w && row[x] {
				x++
			}
			r := run{y: y, x0: x0, x1: x, label: -1}
			for k := prevStart; k < prevEnd; k++ {
				p := runs[k]
				if p.x1 < x0 || p.x0 > x { // 8-connected: touching diagonally counts
					continue
				}
				if r.label < 0 {
					r.label = find(p.label)
				} else if a, b := find(p.label), find(r.label); a != b {
					parent[a] = b
				}
			}
			if r.label < 0 {
				r.label = len(parent)
				parent = append(parent, r.label)
			}
			runs = append(runs, r)
		}
		prevStart, prevEnd = rowStart, len(runs)
	}
	boxes := map[int]image.Rectangle{}
	for _, r := range runs {
		l := find(r.label)
		rr := image.Rect(r.x0, r.y, r.x1, r.y+1)
		if bb, ok := boxes[l]; ok {
			boxes[l] = bb.Union(rr)
		} else {
			boxes[l] = rr
		}
	}
	out := make([]image.Rectangle, 0, len(boxes))
	for _, bb := range boxes {
		out = append(out, bb)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Min.Y != out[j].Min.Y {
			return out[i].Min.Y < out[j].Min.Y
		}
		return out[i].Min.X < out[j].Min.X
	})
	return out
}

// groupLines merges blobs into text-line boxes: two boxes join when they
// overlap vertically by at least half the smaller height and the horizontal
// gap between them is at most the larger height (letters and words of one
// line), repeated until nothing joins.
func groupLines(blobs []image.Rectangle) []image.Rectangle {
	lines := append([]image.Rectangle(nil), blobs...)
	for merged := true; merged; {
		merged = false
		for i := 0; i < len(lines); i++ {
			for j := i + 1; j < len(lines); j++ {
				if sameLine(lines[i], lines[j]) {
					lines[i] = lines[i].Union(lines[j])
					lines = append(lines[:j], lines[j+1:]...)
					merged = true
					j = i
				}
			}
		}
	}
	return lines
}

func sameLine(a, b image.Rectangle) bool {
	if !doc.BoxFromRect(a).SameRow(doc.BoxFromRect(b)) {
		return false
	}
	gap := max(a.Min.X, b.Min.X) - min(a.Max.X, b.Max.X)
	return gap <= max(a.Dy(), b.Dy())
}

// Recover re-reads the text the page's words miss (see Uncovered): each
// region is read as one line (PSM 7: as good as PSM 6 there, and cheaper;
// docs/measurements.md) upscaled by FieldScale, at most
// maxRecover regions, largest first. Words come back in page coordinates with
// Pass "recover" and offset Block/Line ids (as Region's), ready to merge
// into the page by Fill. Words without a letter or digit (rules
// and specks read as "_" or "|"), words with confidence below minConf and
// words over three heights wide per character are dropped.
func (e *Engine) Recover(ctx context.Context, img image.Image, page *doc.Page, minConf float64) ([]doc.Word, error) {
	if img.Bounds().Empty() {
		return nil, fmt.Errorf("ocr: recover: image has zero size")
	}
	// One call per region: stacking all regions into one image for a
	// single call was measured no faster (recognition dominates) and
	// slightly less accurate.
	var out []doc.Word
	for _, r := range RecoverRegions(img, page.Words) {
		words, err := e.RecoverRegion(ctx, img, r, minConf)
		if err != nil {
			return nil, fmt.Errorf("ocr: recover page %d: %w", page.Index, err)
		}
		out = append(out, words...)
	}
	return out, nil
}

// RecoverRegions are the regions Recover reads: Uncovered, at most
// maxRecover, largest first.
func RecoverRegions(img image.Image, words []doc.Word) []image.Rectangle {
	regions := Uncovered(img, words)
	if len(regions) > maxRecover {
		regions = regions[:maxRecover]
	}
	return regions
}

// RecoverRegion reads one region of RecoverRegions as a text line, as
// Recover does; callers can spread the regions over workers.
func (e *Engine) RecoverRegion(ctx context.Context, img image.Image, r image.Rectangle, minConf float64) ([]doc.Word, error) {
	words, err := e.Region(ctx, img, r, 7)
	if err != nil {
		return nil, err
	}
	out := words[:0]
	for _, w := range words {
		if w.Conf >= minConf && alnum(w.Text) > 0 && !tooWide(w) {
			w.Pass = PassRecover
			out = append(out, w)
		}
	}
	return out, nil
}

// tooWide reports a word far wider than its letters could be: a rule with
// a letter's tail on it read as text ("my" over 278 px).
func tooWide(w doc.Word) bool {
	return w.Box.Width > 3*w.Box.Height*len([]rune(w.Text))
}
