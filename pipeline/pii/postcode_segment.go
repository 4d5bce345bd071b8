package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// segment is a run of a line's words with no wide gap between them: a line
// of a two-column letter head ("Mr J. Smith        Paris, 2 May 2024") is
// two segments. Addresses are read segment by segment.
type segment struct {
	words []int    // page word indices, left to right
	toks  []string // the words' text, trimmed
	line  int      // index in Input.Lines
	left  int      // left edge of the first word
	right int      // right edge of the last word
	top   int      // top edge of the segment
}

// segmentGap is the widest gap inside a segment, in text heights.
const segmentGap = 3

// pageSegments splits every line of the page at its wide gaps.
func pageSegments(in *Input) []segment {
	h := medianHeight(in.Page)
	var out []segment
	for li, ln := range in.Lines {
		start := 0
		for k := 1; k <= len(ln); k++ {
			if k < len(ln) && in.Page.Words[ln[k]].Box.Left-in.Page.Words[ln[k-1]].Box.Right() <= segmentGap*h {
				continue
			}
			out = append(out, newSegment(in, li, ln[start:k]))
			start = k
		}
	}
	return out
}

func newSegment(in *Input, line int, ws []int) segment {
	// A speck before the line's first word, read as a dash, a quote or a
	// dot ("- CRONIN-OVER-CORWIN LS14 6JL", "“191 Bruen Close", ". 11300
	// Montevideo"), is no part of it.
	for len(ws) > 1 && strings.Trim(in.Page.Words[ws[0]].Text, lineSpecks+".,· ") == "" {
		ws = ws[1:]
	}
	s := segment{words: ws, line: line, left: in.Page.Words[ws[0]].Box.Left, top: in.Page.Words[ws[0]].Box.Top,
		right: in.Page.Words[ws[len(ws)-1]].Box.Right()}
	for k, wi := range ws {
		t := strings.TrimSpace(in.Page.Words[wi].Text)
		if trimmed := strings.TrimLeft(t, lineSpecks); k == 0 && trimmed != "" {
			t = trimmed
		} else if trimmed := strings.TrimLeft(t, quoteSpecks); trimmed != t && isCapitalisedToken(trimmed) {
			t = trimmed // a speck read as a quote before a word inside the line ("NO 18, ‘JALAN PERDANA")
		} else if gluedColonValue(t) {
			t = t[1:] // a label's colon glued to its value: "Adresse :1187, avenue Laurier"
		}
		s.toks = append(s.toks, t)
		s.top = min(s.top, in.Page.Words[wi].Box.Top)
	}
	return s
}

// gluedColonValue reports a token that a colon opens before a digit: the
// label's colon glued to the value after it (":1187,").
func gluedColonValue(t string) bool {
	return len(t) > 1 && t[0] == ':' && patIsDigit(t[1])
}

// lineSpecks are the marks OCR reads from a speck before a line's text.
const lineSpecks = "-–—“”‘’'\"`~•"

// quoteSpecks are the marks OCR reads from a speck before a word: an opening
// quote before a capital is one.
const quoteSpecks = "“‘`~•"

// match is the Match over words i..k of the segment, without the comma,
// semicolon or colon that ends the last word.
func (s segment) match(in *Input, i, k int, typ entity.Type, score float64) Match {
	start, end := in.WordStart[s.words[i]], in.WordEnd[s.words[k]]
	if gluedColonValue(in.Text[start:end]) {
		start++ // the label's colon stays
	}
	for end > start+1 && strings.ContainsRune(",;:", rune(in.Text[end-1])) {
		end--
	}
	return Match{Type: typ, Start: start, End: end, Score: score, Source: "address"}
}
