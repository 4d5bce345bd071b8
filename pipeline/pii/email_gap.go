package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// EmailGapRecognizer finds the e-mail addresses whose middle OCR did not
// read: after an e-mail's label of one word (the label vocabulary's) on
// its row, the address's first part
// (ending in its dot or "@") and, on the same row with nothing between,
// its domain's end ("Email: marisol.   .com", where "qbaptiste@gmail"
// was lost to the scan). The address is the whole span, gap included.
type EmailGapRecognizer struct{}

// Name implements Recognizer.
func (EmailGapRecognizer) Name() string { return "email:gap" }

// emailGapScore is the score of an address read with a gap.
const emailGapScore = 0.7

var (
	// reEmailHead is an address's first part, cut after its dot or "@".
	reEmailHead = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._+-]*[.@]$`)
	// reEmailTail is an address's last part: its domain's end.
	reEmailTail = regexp.MustCompile(`^[A-Za-z0-9._-]*\.[a-z]{2,4}[.,;]?$`)
)

// Recognize implements Recognizer.
func (EmailGapRecognizer) Recognize(in *Input) []Match {
	var out []Match
	for _, ln := range in.Lines {
		for k := 1; k+1 < len(ln); k++ {
			label := exactLabels[labelCanon([]string{in.Page.Words[ln[k-1]].Text})]
			head, tail := in.Page.Words[ln[k]].Text, in.Page.Words[ln[k+1]].Text
			if label.typ != entity.Email || !reEmailHead.MatchString(head) || !reEmailTail.MatchString(tail) || strings.Contains(tail, "@") {
				continue
			}
			out = append(out, Match{Type: entity.Email, Start: in.WordStart[ln[k]], End: in.WordEnd[ln[k+1]], Score: emailGapScore})
		}
	}
	return out
}
