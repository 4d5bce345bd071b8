package pii

import (
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
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
	ends := addressEnds(in, ms, threshold)
	var out []Match
	// Lines of OCR's specks alone stand between no block's lines.
	var lines []int
	for li, ln := range in.Lines {
		if wordsHaveAlnum(in.Page.Words, ln) {
			lines = append(lines, li)
		}
	}
	for i := 1; i+1 < len(lines); i++ {
		up, li, down := lines[i-1], lines[i], lines[i+1]
		ln := in.Lines[li]
		_, b := cellAround(in, ln, 0)
		ln = ln[:b] // the block's column: "Lindley" beside "Property reference: 00041023918"
		for len(ln) > 1 && !hasAlnum(in.Page.Words[ln[len(ln)-1]].Text) {
			ln = ln[:len(ln)-1] // a speck after the locality: "Moseley ©"
		}
		if lineOf[li] || !lineOf[up] || !townBelow(in, ms, lineOf, ends, down) || len(ln) == 0 || len(ln) > localityMaxWords {
			continue
		}
		if !localityWords(in, ln) || !sameColumn(in, in.Lines[up][0], ln[0]) || !sameColumn(in, ln[0], in.Lines[down][0]) {
			continue
		}
		if isPersonalTitleToken(in.Page.Words[ln[0]].Text) || personLine(in, ms, ln) {
			continue // the addressee between the sender's address and the street: "Dhr. Pieter Janssens"
		}
		s, e := in.WordStart[ln[0]], patTrimRight(in.Text, in.WordStart[ln[0]], in.WordEnd[ln[len(ln)-1]])
		out = append(out, Match{Type: entity.Address, Start: s, End: e, Score: scoreLocality, Source: "address:locality"})
	}
	return out
}

// townBelow reports the line under a locality: an address line, or one
// whose address, which ends it, starts at its second word (a county's
// abbreviation before it: "Co. Cork P31 X2F8").
func townBelow(in *Input, ms []Match, lineOf, ends map[int]bool, li int) bool {
	if lineOf[li] {
		return true
	}
	ln := in.Lines[li]
	return ends[li] && len(ln) > 1 && addressStartWord(in, ms, ln) == ln[1]
}

// personLine reports a line whose last word a person's name of ms ends,
// found with more than a locality's score.
func personLine(in *Input, ms []Match, ln []int) bool {
	e := in.WordEnd[ln[len(ln)-1]]
	for _, m := range ms {
		if m.Type == entity.Person && m.Score > scoreLocality && m.End == e {
			return true
		}
	}
	return false
}

// addressLines marks the lines whose first word an address or a postcode
// of ms covers.
func addressLines(in *Input, ms []Match, threshold float64) map[int]bool {
	return linesWhere(in, func(ln []int) bool {
		s := in.WordStart[ln[0]]
		return slices.ContainsFunc(ms, func(m Match) bool {
			return (m.Type == entity.Address || m.Type == entity.Zip) && m.Score >= threshold && m.Start <= s && m.End > s
		})
	})
}

// linesWhere marks the page's lines, none empty, that keep holds for.
func linesWhere(in *Input, keep func(ln []int) bool) map[int]bool {
	out := map[int]bool{}
	for li, ln := range in.Lines {
		if len(ln) > 0 && keep(ln) {
			out[li] = true
		}
	}
	return out
}

// localityWords reports a line of town words (capitalised, no digits but
// a number of one or two that ends it, "Gerehu Stage 2"), none a label or
// a form's word but a street's type that ends it: a street without its
// number ("Dooradoyle Road") between the flat's line and the town's.
func localityWords(in *Input, ln []int) bool {
	for k, wi := range ln {
		t := strings.TrimRight(in.Page.Words[wi].Text, ",")
		if k > 0 && k == len(ln)-1 && len(t) <= 2 && countDigits(t) == len(t) {
			continue // a district's or an estate's stage: "Gerehu Stage 2"
		}
		if !townWord(t) || isLabelWord(t) || isFormWord(t) && !(k > 0 && k == len(ln)-1 && streetTypeToken(t)) {
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

// localityClimb is the most locality lines between an address line and a
// postcode on a line of its own under them.
const localityClimb = 2

// trailingPostcodes finds a postcode of the page's country on a line of
// its own that closes an address block, as South African and some British
// addresses write it: under an address line, or under up to two locality
// lines that are under one, all in one column ("45 Jan Smuts Avenue" /
// "Rosebank" / "Johannesburg" / "2196"). The postcode is a ZIP, the
// locality lines are the address's. A number alone on a line is anything
// elsewhere.
func trailingPostcodes(in *Input, ms []Match, threshold float64) []Match {
	countries := pageCountries(in)
	if len(countries) == 0 {
		return nil
	}
	lineOf := addressLines(in, ms, threshold)
	var out []Match
	for li := 1; li < len(in.Lines); li++ {
		ln := in.Lines[li]
		if lineOf[li] || len(ln) != 1 || !postcodeMatches(countries[0], strings.TrimRight(in.Page.Words[ln[0]].Text, ".,")) {
			continue
		}
		k := li - 1
		for k > 0 && li-k <= localityClimb && !lineOf[k] && localityLine(in, k) && sameColumn(in, in.Lines[k][0], ln[0]) {
			k--
		}
		if !lineOf[k] || len(in.Lines[k]) == 0 || !sameColumn(in, in.Lines[k][0], ln[0]) {
			continue
		}
		for j := k + 1; j < li; j++ {
			lj := in.Lines[j]
			s := in.WordStart[lj[0]]
			out = append(out, Match{Type: entity.Address, Start: s, End: patTrimRight(in.Text, s, in.WordEnd[lj[len(lj)-1]]),
				Score: scoreLocality, Source: "address:locality"})
		}
		s := in.WordStart[ln[0]]
		out = append(out, Match{Type: entity.Zip, Start: s, End: patTrimRight(in.Text, s, in.WordEnd[ln[0]]), Score: scoreLocality, Source: "address:postcode"})
	}
	return out
}

// localityLine reports line li as a locality's: up to localityMaxWords
// town words.
func localityLine(in *Input, li int) bool {
	ln := in.Lines[li]
	return len(ln) > 0 && len(ln) <= localityMaxWords && localityWords(in, ln)
}

// townLineMaxWords is the most words a town line under an address has.
const townLineMaxWords = 4

// townLinePopulation is the population of a place that names a town line:
// a town, not a hamlet that shares an ordinary name.
const townLinePopulation = 1000

// townLines finds the town line that closes an address without a
// postcode, on a line of its own right under the street, as Chilean,
// Romanian and many other addresses write it ("Av. Providencia 1208,
// depto 45" / "Providencia, Santiago"; "Str. Lalelelor nr. 8" / "Sector
// 3, Bucuresti"): up to four town words, one of them a known place, or a
// division's type and number, in the column of the street's line or of
// its label, with nothing else found on it; or under a line that a
// postcode ends with no town beside it ("Col. Juárez, C.P. 06600" /
// "Cuauhtémoc, Ciudad de México").
func townLines(in *Input, ms []Match, threshold float64) []Match {
	ends := addressEnds(in, ms, threshold)
	var out []Match
	for li := 1; li < len(in.Lines); li++ {
		ln, above := in.Lines[li], in.Lines[li-1]
		if ends[li-1] && len(ln) > 0 && in.Page != nil {
			ln = columnCellUnder(in, ln, addressStartWord(in, ms, above))
		}
		if !ends[li-1] || len(ln) == 0 || len(ln) > townLineMaxWords || coveredLine(in, ms, ln) {
			continue
		}
		if !sameColumn(in, above[0], ln[0]) && !sameColumn(in, addressStartWord(in, ms, above), ln[0]) || blankLineBetween(in, above, ln) {
			continue
		}
		if !townLineWords(in, ln) || isPersonalTitleToken(in.Page.Words[ln[0]].Text) || personLine(in, ms, ln) {
			continue
		}
		s := in.WordStart[ln[0]]
		out = append(out, Match{Type: entity.Address, Start: s, End: patTrimRight(in.Text, s, in.WordEnd[ln[len(ln)-1]]),
			Score: scoreLocality, Source: "address:town"})
	}
	return out
}

// columnCellUnder is the cell of line ln (cellAround) that starts in the
// column of word top, a column's gap before it; ln whole when none does
// ("Belize City" beside "Acct No.: CR-10482", under the street of its
// column).
func columnCellUnder(in *Input, ln []int, top int) []int {
	for k := 1; k < len(ln); k++ {
		if sameColumn(in, top, ln[k]) && columnGapAt(in, ln[k-1], ln[k]) {
			_, b := cellAround(in, ln, k)
			return ln[k:b]
		}
	}
	return ln
}

// blankLineBetween reports a gap of a line's height or more between line
// above and line ln: a block's lines follow each other closely, and a
// heading after a blank line is no part of the address above it ("Jl.
// Gatot Subroto Kav. 18" / "" / "SURAT KETERANGAN KERJA").
func blankLineBetween(in *Input, above, ln []int) bool {
	a, b := in.wordsBox(above), in.wordsBox(ln)
	return b.Top-a.Bottom() >= min(a.Height, b.Height)
}

// addressEnds marks the lines whose last word an address or a postcode of
// ms (that meets threshold) covers.
func addressEnds(in *Input, ms []Match, threshold float64) map[int]bool {
	return linesWhere(in, func(ln []int) bool {
		e := in.WordEnd[ln[len(ln)-1]]
		return slices.ContainsFunc(ms, func(m Match) bool {
			return (m.Type == entity.Address || m.Type == entity.Zip) && m.Score >= threshold && m.Start < e && m.End >= e-1
		})
	})
}

// addressStartWord is the first word of line ln that an address of ms
// covers, or the line's first word.
func addressStartWord(in *Input, ms []Match, ln []int) int {
	for _, wi := range ln {
		for _, m := range ms {
			if m.Type == entity.Address && m.Start < in.WordEnd[wi] && m.End > in.WordStart[wi] {
				return wi
			}
		}
	}
	return ln[0]
}

// coveredLine reports a line one of whose words a match of ms covers.
func coveredLine(in *Input, ms []Match, ln []int) bool {
	for _, wi := range ln {
		for _, m := range ms {
			if m.Start < in.WordEnd[wi] && m.End > in.WordStart[wi] {
				return true
			}
		}
	}
	return false
}

// townLineWords reports a line of town words (no label or form word), a
// number only after a division's type ("Sector 3") or, of one or two
// digits, as a city's postal district that ends the line ("Colombo 05",
// "Dublin 4"), or a compass point after a town that ends the line
// ("Gaborone North"), with a known place among them, alone or joined with
// the next ("Santiago", "Sankt Pölten").
func townLineWords(in *Input, ln []int) bool {
	known, prevTown := false, false
	prev := ""
	for k := 0; k < len(ln); k++ {
		if n := knownPlaceWords(in, ln[k:]); n > 1 {
			known, prevTown, prev = true, true, ""
			k += n - 1 // a town whose name holds a label's words ("Ciudad de México")
			continue
		}
		t := strings.TrimRight(in.Page.Words[ln[k]].Text, ",")
		town := false
		switch {
		case prevTown && k == len(ln)-1 && lexicon.IsDirectional(strings.ToLower(t)) && capitalised(t):
			// a town's part named by its compass point: "Gaborone North"
		case t != "" && countDigits(t) == len(t):
			district := prevTown && k == len(ln)-1 && len(t) <= 2
			if !lexicon.IsDivisionWord(prev) && !district {
				return false
			}
			known = true
		case !townWord(t) || isFormWord(t) || isLabelWord(t):
			return false
		case lexicon.PlacePopulation(t) >= townLinePopulation || lexicon.PlacePopulation(lexicon.Unaccented(t)) >= townLinePopulation:
			known, town = true, true
		case k+1 < len(ln) && lexicon.PlacePopulation(t+" "+strings.TrimRight(in.Page.Words[ln[k+1]].Text, ",")) >= townLinePopulation:
			known = true
		}
		prev, prevTown = t, town
	}
	return known
}

// knownPlaceWords returns how many words, three or two, from the first of
// ws name a known town as one, the last ending its part (a comma) or the
// line; 0 for none.
func knownPlaceWords(in *Input, ws []int) int {
	for n := min(3, len(ws)); n >= 2; n-- {
		last := in.Page.Words[ws[n-1]].Text
		if n < len(ws) && !strings.HasSuffix(last, ",") {
			continue
		}
		parts := make([]string, n)
		for k := range n {
			parts[k] = strings.TrimRight(in.Page.Words[ws[k]].Text, ",")
		}
		if name := strings.Join(parts, " "); lexicon.PlacePopulation(name) >= townLinePopulation || lexicon.PlacePopulation(lexicon.Unaccented(name)) >= townLinePopulation {
			return n
		}
	}
	return 0
}

// unitLineMaxWords is the most words of a building's line over a street.
const unitLineMaxWords = 8

// unitLines finds a building's line right over an address line that
// starts its line, in the same column: a unit's or a floor's word of
// libpostal's (lexicon.IsUnitType) with its number or letter ("Le
// Millefiori, bloc B, 7e étage" over "1, rue des Genêts"; "Apartment 4,
// Rathmore House" over "22 Clontarf Road"). A label's line, a person's
// or one with a colon is none.
func unitLines(in *Input, ms []Match, threshold float64) []Match {
	lineOf := addressLines(in, ms, threshold)
	var out []Match
	for li := 0; li+1 < len(in.Lines); li++ {
		ln, below := in.Lines[li], in.Lines[li+1]
		if len(ln) > 0 && in.Page != nil {
			_, b := cellAround(in, ln, 0)
			ln = ln[:b] // the address's column: "Le Millefiori, bloc B, 7e étage" beside "Marque : Fiat 500e"
		}
		if lineOf[li] || !lineOf[li+1] || len(ln) == 0 || len(ln) > unitLineMaxWords || !sameColumn(in, ln[0], below[0]) ||
			!lineCloseAbove(in, ln, below) || !unitWithNumber(in, ln) {
			continue
		}
		if isPersonalTitleToken(in.Page.Words[ln[0]].Text) || personLine(in, ms, ln) ||
			slices.ContainsFunc(ln, func(wi int) bool { return strings.Contains(in.Page.Words[wi].Text, ":") }) {
			continue
		}
		s, e := in.WordStart[ln[0]], patTrimRight(in.Text, in.WordStart[ln[0]], in.WordEnd[ln[len(ln)-1]])
		out = append(out, Match{Type: entity.Address, Start: s, End: e, Score: scoreLocality, Source: "address:unit"})
	}
	return out
}

// houseWords number a house or a plot where a street's number would
// ("House No. 14", "Hse No. C-47", "Plot 22"), as West African and South
// Asian addresses write them; libpostal's unit types hold none.
var houseWords = lowerSet([]string{"house", "hse", "plot", "h.no", "hno"})

// unitWithNumber reports a line holding a unit's, a floor's or a house's
// word with a number or a single letter right before or after it, or
// after its number's marker ("bloc B", "7e étage", "Apartment 4", "Hse
// No. C-47").
func unitWithNumber(in *Input, ln []int) bool {
	text := func(k int) string { return in.Page.Words[ln[k]].Text }
	designation := func(k int) bool {
		if k < 0 || k >= len(ln) {
			return false
		}
		core := coreWord(text(k))
		return hasDigit(core) || len([]rune(core)) == 1 && capitalised(core)
	}
	for k := range ln {
		w := strings.ToLower(coreWord(text(k)))
		if !lexicon.IsUnitType(w) && !houseWords[w] {
			continue
		}
		if designation(k-1) || designation(k+1) || k+2 < len(ln) && numberMarker(text(k+1)) && designation(k+2) {
			return true
		}
	}
	return false
}
