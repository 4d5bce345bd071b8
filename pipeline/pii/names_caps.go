package pii

import (
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Given names, then the surname in capitals: how French, Belgian,
// Haitian, West and Central African and Italian administrations write a
// person in running text and in fields ("en présence des témoins Fritzner
// PIERRE-LOUIS et Guerline DORVILUS"). The capitals set the surname apart
// from the words around it, where no name list holds either part.

// scoreGivenCaps is the score of a name read by its surname's capitals.
const scoreGivenCaps = 0.6

// capsSurnameMinLetters is the fewest letters of a surname in capitals
// without a hyphen: shorter ones are acronyms ("BNP", "SNCF").
const capsSurnameMinLetters = 4

// givenCapsNames finds one or two given names written as names (a
// capital, then small letters), no ordinary word of the languages read
// unless a name list holds them, followed by one or two surnames in
// capitals that are no ordinary word, place, label or firm's word.
func givenCapsNames(text string, base int) []Match {
	if ledgerRowText(text) {
		return nil // a statement's row: its counterparty is the ledger's ("Bargeldauszahlung NEUMONSTER", a town misread)
	}
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	var out []Match
	for k := 0; k < len(toks); k++ {
		s := k
		for k < len(toks) && k-s < 2 && givenWord(raw(k)) && (k == s || !endsClause(raw(k-1))) {
			k++
		}
		if k == s || k >= len(toks) || endsClause(raw(k-1)) {
			k = s
			continue
		}
		e := k
		for e < len(toks) && e-k < 2 && capsSurname(raw(e)) && (e == k || !endsClause(raw(e-1))) {
			e++
		}
		if e == k {
			k = s
			continue
		}
		end := toks[e-1].s + len(strings.TrimRight(raw(e-1), ",.;:)"))
		out = append(out, Match{Type: entity.Person, Start: base + toks[s].s, End: base + end, Score: scoreGivenCaps, Source: "names:run"})
		k = e - 1
	}
	return out
}

// givenMaxLetters is the most letters of a given name read here; a
// longer word is a compound noun ("Bargeldauszahlung").
const givenMaxLetters = 12

// givenWord reports a word written as a given name: a capital and small
// letters (a hyphen may join two: "Jean-Baptiste"), no ordinary word,
// label, title or month unless a name list holds it.
func givenWord(t string) bool {
	core := coreWord(t)
	if letterCount(core) < 3 || letterCount(core) > givenMaxLetters || strings.TrimRight(t, ",.;:") != core || isUpperWord(core) || !capitalised(core) || !frameNameShape(core) {
		return false
	}
	return knownName(core) || !isDictWord(core) && !isDictWord(strings.ToLower(core))
}

// capsSurname reports a surname in capitals: letters (a hyphen may join
// two), four at least or hyphened, no ordinary word, place, label, form,
// title or firm's word.
func capsSurname(t string) bool {
	if strings.HasPrefix(t, "(") || strings.HasSuffix(t, ":") {
		return false // an aside's acronym, or a label's end: "Pangakonto (IBAN):"
	}
	core := coreWord(strings.TrimRight(t, ",.;:)"))
	if core == "" || !isUpperWord(core) || letterCount(core) != len([]rune(strings.ReplaceAll(core, "-", ""))) {
		return false
	}
	if letterCount(core) < capsSurnameMinLetters && !strings.Contains(core, "-") {
		return false
	}
	low := strings.ToLower(core)
	title := titleCased(low)
	if !frameNameShape(core) || isLegalForm(core) || orgGeneric[low] || lexicon.PlacePopulation(title) >= townLinePopulation {
		return false
	}
	if parts := strings.Split(low, "-"); len(parts) > 1 {
		// "PIERRE-LOUIS": a part that a name list holds or no ordinary word
		return slices.ContainsFunc(parts, func(p string) bool {
			return p != "" && (knownName(titleCased(p)) || !isDictWord(p))
		})
	}
	return !isDictWord(low) || isLastName(title)
}
