package pii

import (
	"fmt"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// samePlanScore is the score of a number grouped as a labelled phone
// number of the page: as sure as the label's number, surer than an ID's
// shape.
const samePlanScore = 0.8

// samePlanMinDigits is how many digits a phone number found on the page
// needs before numbers written like it count: a whole national number.
const samePlanMinDigits = 9

// samePlanNumbers finds the numbers grouped as a phone number that the
// page's other rules found after a phone label, with its trunk prefix and
// the same first digit after it ("Mobile Number: 0722 418 306" above
// "Customer Transfer to - 0711 902 447" on a statement that names no
// country, where no region's plan reads the others). found are the
// recognizer's matches so far: those grouped so are raised to
// samePlanScore, and the new ones overlap none of them.
func samePlanNumbers(in *Input, found []Match) []Match {
	shapes := map[string]bool{}
	for _, m := range found {
		if m.Score >= phonePossible && phoneLabelledAt(in.Text, m.Start) {
			if k, ok := planShape(in.Text[m.Start:m.End]); ok {
				shapes[k] = true
			}
		}
	}
	if len(shapes) == 0 {
		return nil
	}
	for i, m := range found {
		ls := strings.LastIndexByte(in.Text[:m.Start], '\n') + 1
		if k, ok := planShape(in.Text[m.Start:m.End]); ok && shapes[k] && phoneStartOK(in.Text[ls:m.End], m.Start-ls) {
			found[i].Score = max(m.Score, samePlanScore)
		}
	}
	var out []Match
	for base, line := range in.LineTexts() {
		patScan(patIntlRe, line, func(loc []int) bool {
			s, e := loc[0], loc[1]
			for end := e; end > s; end = groupCut(line, s, end) {
				k, ok := planShape(line[s:end])
				if !ok || !shapes[k] || !phoneStartOK(line, s) || patNumberAfter(line, end) || matchesOverlap(found, base+s, base+end) {
					continue
				}
				out = append(out, Match{Type: entity.Phone, Start: base + s, End: base + end, Score: samePlanScore, Source: "phone"})
				return true
			}
			return false
		})
	}
	return out
}

// phoneLabelledAt reports a phone label on the line before byte s of text
// ("Mobile Number: 0722 418 306"), or on the line above as a table's
// column header ("Contact" over "07412 553 901"), as the phone scan reads
// one (label).
func phoneLabelledAt(text string, s int) bool {
	ls := strings.LastIndexByte(text[:s], '\n') + 1
	prev := ""
	if ls > 0 {
		prev = text[strings.LastIndexByte(text[:ls-1], '\n')+1 : ls-1]
	}
	return (&phoneScan{line: text[ls:s], prev: prev}).label(s-ls) > 0
}

// planShape is a national number's trunk prefix and first digit after it
// with the lengths of its digit groups ("07:[4 3 3]" for "0722 418 306");
// ok is false for a number without a trunk prefix, of one group, or of
// fewer than samePlanMinDigits digits.
func planShape(cand string) (string, bool) {
	cand = strings.TrimSpace(cand)
	runs := digitRunLengths(cand)
	digits := patDigits(cand)
	if len(runs) < 2 || len(digits) < samePlanMinDigits || digits[0] != '0' || !patIsDigit(cand[0]) {
		return "", false
	}
	return fmt.Sprint(digits[:2], ":", runs), true
}

// groupCut is the end of line[s:end] without its last digit group and the
// separator before it.
func groupCut(line string, s, end int) int {
	end--
	for end > s && patIsDigit(line[end-1]) {
		end--
	}
	for end > s && !patIsDigit(line[end-1]) {
		end--
	}
	return end
}

// matchesOverlap reports a match among ms that overlaps s..e.
func matchesOverlap(ms []Match, s, e int) bool {
	for _, m := range ms {
		if s < m.End && e > m.Start {
			return true
		}
	}
	return false
}
