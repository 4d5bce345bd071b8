package pii

import (
	"regexp"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// rePager is a pager's or an in-house bleep's number after its word, as
// clinical notes write them ("pager 58312", "(pgr #4471)", "bleep 2231"):
// four to seven digits that no numbering plan would read as a phone.
var rePager = regexp.MustCompile(`(?i)\b(?:pager|beeper|bleep|pgr)\.?:?\s*(?:#|no\.?|number)?\s*(\d{4,7})\b`)

// pagerScore is the score of a pager's number: its word names it.
const pagerScore = 0.85

// pagerNumbers finds the pagers' numbers of the page, line by line.
func pagerNumbers(in *Input) []Match {
	var out []Match
	for base, text := range in.LineTexts() {
		for _, m := range rePager.FindAllStringSubmatchIndex(text, -1) {
			out = append(out, Match{Type: entity.Phone, Start: base + m[2], End: base + m[3], Score: pagerScore, Source: "phone"})
		}
	}
	return out
}
