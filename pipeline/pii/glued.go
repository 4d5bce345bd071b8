package pii

import (
	"strings"
	"unicode"
)

// extendGlued moves the start of m back over the words that OCR split off
// the front of its first word: a word that ends in ".", "_" or "-", holds
// only letters, digits and those marks, and touches the next word (a gap
// under a fifth of the line height). An e-mail address read as
// "cassandra." and "secci@example.it" is one address; left alone, its
// first part would stay on the page.
func extendGlued(in *Input, pos map[int][2]int, m *Match) {
	ws := in.WordsInSpan(m.Start, m.End)
	if len(ws) == 0 {
		return
	}
	at, ok := pos[ws[0]]
	if !ok {
		return
	}
	ln := in.Lines[at[0]]
	for k := at[1]; k > 0; k-- {
		prev, next := in.Page.Words[ln[k-1]], in.Page.Words[ln[k]]
		h := max(prev.Box.Height, next.Box.Height)
		if next.Box.Left-prev.Box.Right() > h/5 || !gluedPart(prev.Text) {
			return
		}
		m.Start = in.WordStart[ln[k-1]]
	}
}

// gluedPart reports a word that can be the front of a split address:
// letters, digits, ".", "_" or "-", ending in one of those marks.
func gluedPart(t string) bool {
	if t == "" || !strings.ContainsAny(t[len(t)-1:], "._-") {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-", r) {
			return false
		}
	}
	return true
}
