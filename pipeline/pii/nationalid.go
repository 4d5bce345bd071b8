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
	for base, line := range in.LineTexts() {
		// A form's rule that OCR read on after a value ("47318265C_") is
		// no part of it; an underscore joins words for the schemes'
		// patterns, a space of the same length does not.
		line = strings.ReplaceAll(line, "_", " ")
		for _, f := range nationalid.Find(line, countries) {
			out = append(out, Match{Type: entity.ID, Start: base + f.Start, End: base + f.End, Score: scoreNationalID, Source: "national_id"})
		}
	}
	return out
}
