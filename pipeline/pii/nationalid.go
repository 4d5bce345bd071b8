package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/nationalid"
)

// scoreNationalID is the score of an identity number whose shape and check
// digits hold: a person's, with or without its label.
const scoreNationalID = 0.85

// NationalIDRecognizer finds the personal identity numbers of many
// countries by their shape and check digits (package nationalid), where
// no label names them or OCR lost it ("Erik Lindqvist, 811218-9876"). A
// bare run of digits counts on a page of its country only.
type NationalIDRecognizer struct{}

func (NationalIDRecognizer) Name() string { return "national_id" }

func (NationalIDRecognizer) Recognize(in *Input) []Match {
	countries := pageCountries(in)
	var out []Match
	for off := 0; off < len(in.Text); {
		end := strings.IndexByte(in.Text[off:], '\n')
		if end < 0 {
			end = len(in.Text)
		} else {
			end += off
		}
		for _, f := range nationalid.Find(in.Text[off:end], countries) {
			out = append(out, Match{Type: entity.ID, Start: off + f.Start, End: off + f.End, Score: scoreNationalID, Source: "national_id"})
		}
		off = end + 1
	}
	return out
}
