package pii

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// A certificate or a statement says where a person lives in a sentence,
// often without a street or a house number: "a bona fide resident of
// Sitio Kalubihan, Zone 4, Barangay Lahug, Cebu City, since 2016",
// "domiciliado en Colonia Las Brisas, Tegucigalpa". After a phrase of
// residence, the comma-separated parts of capitalised words that follow
// are the address, up to a part that opens in lower case. A town, a
// region or a country alone says little ("resident of Dublin, Ireland"):
// one part at least must name something smaller.

// reResidence is a phrase that says where a person lives, in the languages
// the detector reads, ending where the place starts.
var reResidence = regexp.MustCompile(`(?i)\b(?:(?:(?:a|an|bona\s+fide)\s+)?residents?\s+(?:of|at|in)|residing\s+(?:at|in)|resides\s+(?:at|in)|lives\s+at|living\s+at|domiciled\s+(?:at|in)|with\s+(?:residence|address)\s+at|domiciliad[oa]\s+en|con\s+domicilio\s+en|residente\s+en|vecin[oa]\s+de(?:\s+la)?|demeurant(?:\s+(?:à|au))?|domicilié(?:e)?(?:\s+(?:à|au))?|wohnhaft\s+in)\s+`)

// residencePartMaxWords is the most words of one part of such a place.
const residencePartMaxWords = 5

// residenceAddresses finds the places named after a phrase of residence.
func residenceAddresses(in *Input) []Match {
	var out []Match
	for _, loc := range reResidence.FindAllStringIndex(in.Text, -1) {
		parts := residenceParts(in.Text, loc[1])
		if len(parts) < 2 || !smallerThanTown(in.Text, parts) {
			continue
		}
		out = append(out, residenceMatch(parts))
	}
	for _, loc := range reOfPlot.FindAllStringSubmatchIndex(in.Text, -1) {
		if parts := residenceParts(in.Text, loc[2]); len(parts) > 0 {
			out = append(out, residenceMatch(parts))
		}
	}
	return out
}

// residenceMatch is the address that parts span.
func residenceMatch(parts [][2]int) Match {
	return Match{Type: entity.Address, Start: parts[0][0], End: parts[len(parts)-1][1], Score: 0.7, Source: "address:residence"}
}

// reOfPlot is "of" before a plot's, a stand's or a house's word and its
// number, as a statement says where a person lives ("Mr Lubinda
// Akapelwa of Plot 2295,"): the plot and the parts after it are the
// address, however few.
var reOfPlot = regexp.MustCompile(`\bof\s+((?:Plot|PLOT|Stand|STAND|House|HOUSE|Erf|ERF)\s+(?:No\.?\s*)?\d)`)

// residenceParts reads the comma-separated parts of a place from byte s
// of text, across line breaks, periods kept in their words ("House No.
// 27"): each part a few words that open with a capital or a digit, the
// words after the first capitalised, digits or short particles ("de",
// "del"), or a unit's word and its number ("casa 1408"). It returns the
// parts' byte spans, stopping at the first part that is none.
func residenceParts(text string, s int) [][2]int {
	var parts [][2]int
	for s < len(text) {
		end := strings.IndexAny(text[s:], ",;")
		if end < 0 {
			end = len(text)
		} else {
			end += s
		}
		if !residencePart(strings.Fields(text[s:end])) {
			break
		}
		parts = append(parts, [2]int{s, end})
		if end >= len(text) || text[end] != ',' {
			break
		}
		s = end + 1
		for s < len(text) && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
	}
	return parts
}

// residencePart reports the words of one part of a place.
func residencePart(ws []string) bool {
	if len(ws) == 0 || len(ws) > residencePartMaxWords {
		return false
	}
	for i, w := range ws {
		r := []rune(w)
		switch {
		case unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]):
		case i > 0 && nameParticles[strings.ToLower(w)]:
		case i == 0 && len(ws) == 2 && unitPart(w, ws[1]): // "bloque 12", "casa 1408"
		default:
			return false
		}
	}
	return true
}

// unitPart reports a unit's word in lower case and its number: a unit type
// the lexicon holds, or a word of letters that is no language's function
// word before a number that is no year ("bloque 12"; not "since 2016").
func unitPart(w, num string) bool {
	n := strings.TrimRight(num, ",.;")
	if n == "" || countDigits(n) != len(n) {
		return false
	}
	if unitToken(w) {
		return true
	}
	return letterCount(w) == len([]rune(w)) && letterCount(w) >= 3 && len(lexicon.StopwordLanguages(w)) == 0 && !reYearToken.MatchString(n)
}

// smallerThanTown reports a part of the place that is no town, region or
// country the gazetteer knows: a village, a ward, a street.
func smallerThanTown(text string, parts [][2]int) bool {
	for _, p := range parts {
		name := text[p[0]:p[1]]
		if !orgPlaceWord(name) && !orgPlaceWord(strings.TrimSuffix(strings.TrimSuffix(name, " City"), " CITY")) {
			return true
		}
	}
	return false
}
