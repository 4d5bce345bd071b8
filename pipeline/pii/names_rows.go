package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Numbered rows of persons: a list of witnesses, signatories or staff
// numbers its rows ("1. Johanna Gaoses   ID 85112700512", "2. Petrus
// Nghidinwa   ID 79020500289"). A name found right after one row's number
// makes the words of name shape in the same place of the next rows and
// the previous ones names too, when the rows go on alike.

// siblingNameMaxWords is the most words of a sibling row's name.
const siblingNameMaxWords = 4

// siblingRowNames finds the names of the numbered rows next to those of
// found persons' rows.
func siblingRowNames(in *Input, pos map[int][2]int, found []Match) []Match {
	var out []Match
	for _, m := range found {
		if m.Type != entity.Person {
			continue
		}
		ws := in.WordsInSpan(m.Start, m.End)
		if len(ws) == 0 {
			continue
		}
		at := pos[ws[0]]
		end := pos[ws[len(ws)-1]]
		ln := in.Lines[at[0]]
		if at[1] != 1 || end[0] != at[0] || !reRowNumber.MatchString(in.Page.Words[ln[0]].Text) {
			continue
		}
		next := ""
		if end[1]+1 < len(ln) {
			next = strings.TrimSpace(in.Page.Words[ln[end[1]+1]].Text)
		}
		for _, li := range []int{at[0] - 1, at[0] + 1} {
			if li < 0 || li >= len(in.Lines) {
				continue
			}
			if s, e, ok := siblingName(in, in.Lines[li], in.Page.Words[ws[0]].Box.Left, next); ok {
				out = append(out, Match{Type: entity.Person, Start: s, End: e, Score: m.Score, Source: "names:rows"})
			}
		}
	}
	return out
}

// siblingName is the span of the name on row ln: a row number, then words
// of a name's shape from within a text height of left, ending where the
// found row's name ends (before the word next, or the row's end).
func siblingName(in *Input, ln []int, left int, next string) (s, e int, ok bool) {
	words := in.Page.Words
	if len(ln) < 3 || !reRowNumber.MatchString(words[ln[0]].Text) || abs(words[ln[1]].Box.Left-left) > words[ln[1]].Box.Height {
		return 0, 0, false
	}
	k := 1
	for k < len(ln) && k <= siblingNameMaxWords && strings.TrimSpace(words[ln[k]].Text) != next && frameNameShape(coreWord(words[ln[k]].Text)) {
		k++
	}
	if k < 3 || k < len(ln) && strings.TrimSpace(words[ln[k]].Text) != next || k == len(ln) && next != "" {
		return 0, 0, false
	}
	allDict := true
	for _, wi := range ln[1:k] {
		allDict = allDict && isDictWord(coreWord(words[wi].Text)) && !knownName(coreWord(words[wi].Text))
	}
	if allDict {
		return 0, 0, false // "3. Total Amount": a row of ordinary words
	}
	return in.WordStart[ln[1]], in.WordEnd[ln[k-1]], true
}
