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
// order and line structure are kept. When b's Block or Line ids could collide
// with a's (two full-page passes both count from 1), b's kept words are
// offset past a's largest ids. Neither input is modified.
func MergeWords(a, b []doc.Word) []doc.Word {
	out := make([]doc.Word, len(a), len(a)+len(b))
	copy(out, a)
	maxLine, maxBlock := 0, 0
	for _, w := range a {
		maxLine = max(maxLine, w.Line)
		maxBlock = max(maxBlock, w.Block)
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
		w.Line += lineOff
		w.Block += blockOff
		out = append(out, w)
	}
	return out
}
