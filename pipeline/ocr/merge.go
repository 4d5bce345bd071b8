package ocr

import "github.com/anonymizer-project/anonymizer/pipeline/doc"

// DuplicateOverlap is the share of the smaller box that another word's box
// must cover for MergeWords to treat the two as the same word. Measuring by
// the smaller box (not IoU alone) also catches one pass splitting a word that
// the other read whole.
const DuplicateOverlap = 0.5

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

// MergeWords returns the words of a followed by the words of b that
// duplicate none of a's (see Duplicate); a wins every conflict, so its text,
// order and line structure are kept. A kept word of b that sits on one of
// a's text lines (vertical overlap of at least AlignOverlap of the smaller
// height, the line no more than twice the word's height) joins that line:
// it takes the line's Block, Par and Line, so that a label read by one pass
// and its value read by the other form one line of text. Other kept words
// keep b's grouping; when b's Block or Line ids could collide with a's (two
// full-page passes both count from 1) they are offset past a's largest ids.
// Neither input is modified.
func MergeWords(a, b []doc.Word) []doc.Word {
	out := make([]doc.Word, len(a), len(a)+len(b))
	copy(out, a)
	type lineInfo struct {
		box   doc.Box
		block int
		par   int
	}
	lines := map[int]*lineInfo{}
	var lineIDs []int
	maxLine, maxBlock := 0, 0
	for _, w := range a {
		maxLine = max(maxLine, w.Line)
		maxBlock = max(maxBlock, w.Block)
		if l, ok := lines[w.Line]; ok {
			l.box = l.box.Union(w.Box)
		} else {
			lines[w.Line] = &lineInfo{box: w.Box, block: w.Block, par: w.Par}
			lineIDs = append(lineIDs, w.Line)
		}
	}
	minLine, minBlock := -1, -1
	for _, w := range b {
		if minLine < 0 || w.Line < minLine {
			minLine = w.Line
		}
		if minBlock < 0 || w.Block < minBlock {
			minBlock = w.Block
		}
	}
	lineOff, blockOff := 0, 0
	if minLine >= 0 && minLine <= maxLine {
		lineOff = maxLine
	}
	if minBlock >= 0 && minBlock <= maxBlock {
		blockOff = maxBlock
	}
	for _, w := range b {
		dup := false
		for _, x := range a {
			if Duplicate(x.Box, w.Box) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		best, bestOv := -1, 0.0
		for _, id := range lineIDs {
			l := lines[id]
			if l.box.Height > 2*w.Box.Height {
				continue
			}
			ov := min(l.box.Bottom(), w.Box.Bottom()) - max(l.box.Top, w.Box.Top)
			if r := float64(ov) / float64(min(l.box.Height, w.Box.Height)); r >= AlignOverlap && r > bestOv {
				best, bestOv = id, r
			}
		}
		if best >= 0 {
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

// AlignOverlap is the vertical overlap (share of the smaller height) at
// which MergeWords puts a word on an existing line.
const AlignOverlap = 0.6
