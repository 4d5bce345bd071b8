package ocr

import (
	"image"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// DuplicateOverlap is the share of the smaller box that another word's box
// must cover for two words to be read as the same word. Measuring by the
// smaller box (not IoU alone) also catches one pass splitting a word that
// the other read whole.
const DuplicateOverlap = 0.5

// AlignOverlap is the vertical overlap (share of the smaller height) at
// which Fill puts a word on an existing line.
const AlignOverlap = 0.6

// RereadGain is how much more confident (0..100) than the page words it
// duplicates a word must be to replace them under Improve.
const RereadGain = 10

// IoU is the intersection over union of two boxes (0 when either is empty).
func IoU(a, b doc.Box) float64 {
	in := a.Intersect(b).Area()
	if in == 0 {
		return 0
	}
	return float64(in) / float64(a.Area()+b.Area()-in)
}

// overlapMin is the intersection over the smaller box's area.
func overlapMin(a, b doc.Box) float64 {
	in := a.Intersect(b).Area()
	if in == 0 {
		return 0
	}
	m := a.Area()
	if b.Area() < m {
		m = b.Area()
	}
	return float64(in) / float64(m)
}

// Duplicate reports whether two word boxes cover the same text: their IoU is
// at least DuplicateOverlap, or the smaller box lies at least
// DuplicateOverlap inside the other.
func Duplicate(a, b doc.Box) bool {
	return IoU(a, b) >= DuplicateOverlap || overlapMin(a, b) >= DuplicateOverlap
}

// Rule says which reading of a word stays where a new reading and the
// page's words cover the same text (see Duplicate). Every rule keeps the
// page words' indices: new words come after them, and words that leave
// the page (Improve) are the only ones whose indices move.
type Rule int

const (
	// Fill: the page's words win every conflict, so their text, order and
	// lines stay; a new word that duplicates none fills a gap. One that
	// sits on a page line (vertical overlap of at least AlignOverlap of the
	// smaller height, the line no more than twice the word's height) takes
	// that line's Block, Par and Line, so that a label read by one pass and
	// its value read by the other form one line; the others keep their
	// grouping, offset past the page's largest ids when these could
	// collide (two full-page passes both count from 1). Readings merge one
	// after another. Full-page passes and recovered ink merge this way.
	Fill Rule = iota
	// Improve: a new word replaces the page words it duplicates when it is
	// at least RereadGain more confident than the best of them, and is
	// added where it duplicates none; a new word over a page word that its
	// region cuts (one running past the region's left or right edge) is a
	// fragment of it and is dropped. A replacement keeps the rows of the
	// words it replaces (doc.SupersedingBox), and a new word that sits on
	// a page line takes that line's ids as under Fill, so that the row it
	// was read in stays one line. Every reading is judged
	// against the page as given; where readings overlap, the more confident
	// reading of a word stays. Replaced words leave the page; the new words
	// follow the kept ones. The rows of low-confidence words merge this way.
	Improve
	// Supersede: a new word supersedes the page words it duplicates when it
	// is more confident than each of them; it is appended to the page with
	// the box doc.SupersedingBox gives it, and the superseded words stay on
	// the page, their indices returned, so that detection can leave them
	// out while their boxes remain. Each reading is judged against the page
	// words before it, with those of earlier readings and without those
	// already superseded. Form fields re-read for detection merge this way.
	Supersede
)

// Reading is the words read again over one region of the page (page
// coordinates).
type Reading struct {
	Region image.Rectangle
	Words  []doc.Word
}

// Merge merges the readings into the page's words by rule and returns the
// merged words and, for Supersede, the indices of the superseded words
// (nil otherwise). words is not modified.
func Merge(words []doc.Word, rule Rule, reads ...Reading) ([]doc.Word, map[int]bool) {
	switch rule {
	case Improve:
		return improve(words, reads), nil
	case Supersede:
		return supersede(words, reads)
	}
	for _, r := range reads {
		words = fill(words, r.Words)
	}
	return words, nil
}

// lineInfo is one text line of the page under Fill.
type lineInfo struct {
	box   doc.Box
	block int
	par   int
}

// fill is Fill for one reading b into the page words a.
func fill(a, b []doc.Word) []doc.Word {
	out := make([]doc.Word, len(a), len(a)+len(b))
	copy(out, a)
	lines, lineIDs := pageLines(a)
	maxLine, maxBlock := 0, 0
	for _, w := range a {
		maxLine = max(maxLine, w.Line)
		maxBlock = max(maxBlock, w.Block)
	}
	lineOff, blockOff := idOffsets(b, maxLine, maxBlock)
	for _, w := range b {
		if duplicatesAny(a, w.Box) || gapSpeck(a, w) {
			continue
		}
		if best := alignedLine(lines, lineIDs, w.Box); best >= 0 {
			l := lines[best]
			w.Line, w.Block, w.Par = best, l.block, l.par
		} else {
			w.Line += lineOff
			w.Block += blockOff
		}
		out = append(out, w)
	}
	return out
}

// pageLines are the text lines of the words, by Line id, and the ids in
// the order the lines first occur.
func pageLines(words []doc.Word) (map[int]*lineInfo, []int) {
	lines := map[int]*lineInfo{}
	var ids []int
	for _, w := range words {
		if l, ok := lines[w.Line]; ok {
			l.box = l.box.Union(w.Box)
		} else {
			lines[w.Line] = &lineInfo{box: w.Box, block: w.Block, par: w.Par}
			ids = append(ids, w.Line)
		}
	}
	return lines, ids
}

// idOffsets are the offsets that put b's Line and Block ids past the page's
// largest when b's smallest could collide with them (0 otherwise).
func idOffsets(b []doc.Word, maxLine, maxBlock int) (lineOff, blockOff int) {
	minLine, minBlock := -1, -1
	for _, w := range b {
		if minLine < 0 || w.Line < minLine {
			minLine = w.Line
		}
		if minBlock < 0 || w.Block < minBlock {
			minBlock = w.Block
		}
	}
	if minLine >= 0 && minLine <= maxLine {
		lineOff = maxLine
	}
	if minBlock >= 0 && minBlock <= maxBlock {
		blockOff = maxBlock
	}
	return lineOff, blockOff
}

func duplicatesAny(ws []doc.Word, b doc.Box) bool {
	for _, x := range ws {
		if Duplicate(x.Box, b) || readAgain(x.Box, b) {
			return true
		}
	}
	return false
}

// speckConf is the confidence below which a new word read in the gap
// between two page words is their specks, not a word.
const speckConf = 10

// gapSpeck reports a new word of confidence below speckConf whose box
// reaches into a page word on its row on either side: the specks in the
// space between two words ("MARIA AC CRISTINA"), which would split the
// text they stand between.
func gapSpeck(ws []doc.Word, w doc.Word) bool {
	if w.Conf >= speckConf {
		return false
	}
	left, right := false, false
	for _, x := range ws {
		if !x.Box.SameRow(w.Box) {
			continue
		}
		left = left || x.Box.Left < w.Box.Left && x.Box.Right() > w.Box.Left
		right = right || x.Box.Right() > w.Box.Right() && x.Box.Left < w.Box.Right()
	}
	return left && right
}

// readAgain reports a new word's box b over the text of a page word's box
// x that a taller box holds (the lines of a form's field read with it, as
// recovered ink is): x sits on b's row, and b's horizontal span lies at
// least DuplicateOverlap inside x's.
func readAgain(x, b doc.Box) bool {
	if !x.SameRow(b) || b.Width <= 0 {
		return false
	}
	cols := min(x.Right(), b.Right()) - max(x.Left, b.Left)
	return float64(cols) >= DuplicateOverlap*float64(b.Width)
}

// alignedLine is the page line the box b sits on (see Fill), -1 for none.
func alignedLine(lines map[int]*lineInfo, ids []int, b doc.Box) int {
	best, bestOv := -1, 0.0
	for _, id := range ids {
		l := lines[id]
		if l.box.Height > 2*b.Height {
			continue
		}
		ov := l.box.RowOverlap(b)
		if r := float64(ov) / float64(min(l.box.Height, b.Height)); r >= AlignOverlap && r > bestOv {
			best, bestOv = id, r
		}
	}
	return best
}

// improvement is a re-read word and the page words it replaces.
type improvement struct {
	word doc.Word
	over []int
}

// improve is Improve.
func improve(words []doc.Word, reads []Reading) []doc.Word {
	drop := map[int]bool{}
	var add []doc.Word
	for _, r := range reads {
	imps:
		for _, imp := range improvements(words, r) {
			for _, i := range imp.over {
				drop[i] = true
			}
			for j, a := range add {
				if Duplicate(a.Box, imp.word.Box) {
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
	lines, ids := pageLines(words)
	for j := range add {
		if best := alignedLine(lines, ids, add[j].Box); best >= 0 {
			l := lines[best]
			add[j].Line, add[j].Block, add[j].Par = best, l.block, l.par
		}
	}
	kept := make([]doc.Word, 0, len(words)+len(add))
	for i, w := range words {
		if !drop[i] {
			kept = append(kept, w)
		}
	}
	return append(kept, add...)
}

// improvements are the words of the reading r that replace page words
// under Improve. Dropping the fragments of cut words keeps a confident "5"
// of "555-0142", or "aJ." of "Maria J.", from replacing anything (cheaper
// than widening rows to whole words; docs/measurements.md).
func improvements(page []doc.Word, r Reading) []improvement {
	var out []improvement
	for _, nw := range r.Words {
		var over []int
		best := 0.0
		cut := false
		for i, w := range page {
			if w.Box.SameRow(nw.Box) && !w.Box.Intersect(nw.Box).Empty() &&
				(w.Box.Left < r.Region.Min.X || w.Box.Right() > r.Region.Max.X) {
				cut = true
			}
			if Duplicate(w.Box, nw.Box) {
				over = append(over, i)
				best = max(best, w.Conf)
			}
		}
		if cut || len(over) > 0 && nw.Conf < best+RereadGain {
			continue
		}
		nw.Box = doc.SupersedingBox(nw, pick(page, over))
		out = append(out, improvement{word: nw, over: over})
	}
	return out
}

// supersede is Supersede.
func supersede(words []doc.Word, reads []Reading) ([]doc.Word, map[int]bool) {
	out := append([]doc.Word(nil), words...)
	skip := map[int]bool{}
	for _, r := range reads {
		n := len(out)
		for _, nw := range r.Words {
			if strings.TrimSpace(nw.Text) == "" || nw.Box.Empty() {
				continue
			}
			var dups []int
			better := true
			for i, ow := range out[:n] {
				if skip[i] || strings.TrimSpace(ow.Text) == "" || !Duplicate(ow.Box, nw.Box) {
					continue
				}
				dups = append(dups, i)
				better = better && nw.Conf > ow.Conf
			}
			if !better {
				continue
			}
			for _, i := range dups {
				skip[i] = true
			}
			nw.Box = doc.SupersedingBox(nw, pick(out, dups))
			out = append(out, nw)
		}
	}
	return out, skip
}

// pick returns the words at the indices.
func pick(ws []doc.Word, idx []int) []doc.Word {
	out := make([]doc.Word, len(idx))
	for k, i := range idx {
		out[k] = ws[i]
	}
	return out
}
