package pii

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// givenNameCases are the endings that the cases of Polish, Czech,
// Latvian and Lithuanian put on a given name in running text, each with the ending of
// the name's own form that it replaces: "Arkadiuszowi" (to Arkadiusz),
// "Mindaugui" (to Mindaugas), "Līgu" (Līga), "Artūram" (to Artūrs),
// "Zanei" (to Zane), "Annę" (Anna).
var givenNameCases = [][2]string{
	{"owi", ""},                         // Polish: a man's dative
	{"ie", "a"}, {"ę", "a"}, {"ą", "a"}, // Polish: a woman's dative, accusative, instrumental
	{"ui", "as"}, {"ui", "us"}, {"ui", "ys"}, {"o", "as"}, // Lithuanian: dative, genitive
	{"am", "s"}, {"im", "is"}, {"ai", "a"}, {"ei", "e"}, {"u", "a"}, {"u", "s"}, // Latvian: dative, accusative; Czech's accusative too
}

// declinedStemMinRunes is the shortest stem left of a declined name.
const declinedStemMinRunes = 3

// declinedGivenName reports a capitalised word that is no name or
// dictionary word itself but a given name the lists hold with one of
// givenNameCases' endings put in place of the name's own.
func declinedGivenName(w string) bool {
	c := coreWord(w)
	if utf8.RuneCountInString(c) < declinedStemMinRunes+1 || !capitalised(c) || letterCount(c) != utf8.RuneCountInString(c) ||
		isFirstName(c) || isLastName(c) || isDictWord(c) || isPlaceName(c) {
		return false
	}
	for _, e := range givenNameCases {
		stem, ok := strings.CutSuffix(c, e[0])
		if ok && utf8.RuneCountInString(stem) >= declinedStemMinRunes && isFirstName(stem+e[1]) {
			return true
		}
	}
	return false
}

// surnameCaseEndings end a surname in the cases of givenNameCases:
// "Wolańskiemu", "Pawlus-Majewską", "Šliogeriui", "Jansoni-Vītolu",
// "Brūverim", "Grzesiaka".
var surnameCaseEndings = []string{"emu", "ego", "owi", "ą", "ę", "ai", "ei", "ui", "im", "am", "u", "o", "a", "ie", "ej"}

// declinedSurname reports the word after a declined given name as its
// surname: capitalised, of letters and a hyphen, ending as a surname in
// a case does, no dictionary's word or place's name.
func declinedSurname(w string) bool {
	c := coreWord(w)
	if utf8.RuneCountInString(c) < 4 || !capitalised(c) || letterCount(c)+strings.Count(c, "-") != utf8.RuneCountInString(c) {
		return false
	}
	low := strings.ToLower(c)
	return slices.ContainsFunc(surnameCaseEndings, func(e string) bool { return strings.HasSuffix(low, e) }) &&
		!isDictWord(c) && !isPlaceName(c) && !isLabelWord(c) && !isFormWord(c)
}

// declinedNames finds a given name and a surname in a case of running
// text ("Baigus statybą, Mindaugui Šliogeriui", "sazinieties ar …
// konsultanti Līgu Jansoni-Vītolu", "Arkadiuszowi Wolańskiemu o
// zapłatę"): languages that decline names write them so wherever a
// sentence makes them its object, and the lists hold them unchanged.
func declinedNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	var out []Match
	for i := 0; i+1 < len(toks); i++ {
		// One space between the two: a wider gap parts a table's cells.
		if toks[i+1].s != toks[i].e+1 || coreWord(raw(i)) != raw(i) || !declinedGivenName(raw(i)) || !declinedSurname(raw(i+1)) ||
			isPlaceName(raw(i)+" "+coreWord(raw(i+1))) {
			continue
		}
		end := toks[i+1].s + len(strings.TrimRight(raw(i+1), ",.;:"))
		out = append(out, Match{Type: entity.Person, Start: base + toks[i].s, End: base + end, Score: kinNameScore, Source: "names:declined"})
		i++
	}
	return out
}
