package pii

import (
	"slices"
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
			if s, e, ok := nameBeforeBracketedID(line, f.Start); ok {
				out = append(out, Match{Type: entity.Person, Start: base + s, End: base + e, Score: kinNameScore, Source: "names:id-bracket"})
			}
		}
	}
	return out
}

// nameBeforeBracketedID finds the name of two or three words right before
// a bracket that opens on a personal number (at byte id of line), its
// label's words between ("Kaido Lepik (isikukood 37806152715)", "Anna
// Nowak (PESEL 85031512344)"): the number says whose it is. Each word is
// shaped as a name, no dictionary's unless a name list's, and one at least
// no dictionary's at all.
func nameBeforeBracketedID(line string, id int) (int, int, bool) {
	toks := patTokens(line[:id])
	raw := func(k int) string { return line[toks[k].s:toks[k].e] }
	open := len(toks) - 1
	for open >= 0 && !strings.HasPrefix(raw(open), "(") {
		open--
	}
	if open < 2 || len(toks)-open > 3 || strings.ContainsAny(line[toks[open].s+1:id], "()") {
		return 0, 0, false
	}
	first := bracketNameStart(raw, open)
	if open-first < 2 || !slices.ContainsFunc(toks[first:open], func(t patToken) bool { return !isDictWord(coreWord(line[t.s:t.e])) }) {
		return 0, 0, false
	}
	return toks[first].s, toks[open-1].e, true
}
