package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Locality lines of an address block: a district or a village written on a
// line of its own between the street and the town ("12 Clonliffe Road" /
// "Drumcondra" / "Dublin 3"). No rule reads such a word alone (it is any
// capitalised word); between two lines found as the same address's, in
// the same column, it is one.

// localityMaxWords is the most words a locality line has.
const localityMaxWords = 3

// scoreLocality is a locality line's score.
const scoreLocality = 0.6

// localityLines finds the locality lines between the address lines of ms
// (matches that meet threshold).
func localityLines(in *Input, ms []Match, threshold float64) []Match {
	lineOf := addressLines(in, ms, threshold)
	var out []Match
	for li := 1; li+1 < len(in.Lines); li++ {
		ln := in.Lines[li]
		if lineOf[li] || !lineOf[li-1] || !lineOf[li+1] || len(ln) == 0 || len(ln) > localityMaxWords {
			continue
		}
		if !localityWords(in, ln) || !sameColumn(in, in.Lines[li-1][0], ln[0]) || !sameColumn(in, ln[0], in.Lines[li+1][0]) {
			continue
		}
		s, e := in.WordStart[ln[0]], patTrimRight(in.Text, in.WordStart[ln[0]], in.WordEnd[ln[len(ln)-1]])
		out = append(out, Match{Type: entity.Address, Start: s, End: e, Score: scoreLocality, Source: "address:locality"})
	}
	return out
}

// addressLines marks the lines whose first word an address or a postcode
// of ms covers.
func addressLines(in *Input, ms []Match, threshold float64) map[int]bool {
	out := map[int]bool{}
	for li, ln := range in.Lines {
		if len(ln) == 0 {
			continue
		}
		s := in.WordStart[ln[0]]
		for _, m := range ms {
			if (m.Type == entity.Address || m.Type == entity.Zip) && m.Score >= threshold && m.Start <= s && m.End > s {
				out[li] = true
				break
			}
		}
	}
	return out
}

// localityWords reports a line of town words (capitalised, no digits), none
// a label or a form's word.
func localityWords(in *Input, ln []int) bool {
	for _, wi := range ln {
		t := strings.TrimRight(in.Page.Words[wi].Text, ",")
		if !townWord(t) || isFormWord(t) || isLabelWord(t) {
			return false
		}
	}
	return true
}

// sameColumn reports two words whose left edges align within a line's
// height.
func sameColumn(in *Input, a, b int) bool {
	wa, wb := in.Page.Words[a].Box, in.Page.Words[b].Box
	return abs(wa.Left-wb.Left) <= max(wa.Height, wb.Height)
}
