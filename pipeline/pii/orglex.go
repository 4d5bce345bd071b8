package pii

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Lexicon look-ups of the organisation recognizer: libpostal's company
// types of all languages, person names and common words of several
// languages.

// orgLegalExtra are legal forms libpostal's company types and cleanco
// lack (Peru's "S.A.C.", sociedad anónima cerrada).
var orgLegalExtra = lowerSet([]string{"sasu", "pvt", "oy", "kgaa", "ug", "sia", "tnhh", "s.a.c"})

// companyType reports a company type (legal form) of any language.
func companyType(w string) bool { return lexicon.IsCompanyType(w) || orgLegalExtra[w] }

// distinctName reports a word that is a person's name and no ordinary word
// ("Meyer", "Tischler"; not "Stark" or "Name").
func distinctName(w string) bool {
	if isLastName(w) || isFirstName(w) {
		return true
	}
	return lexicon.IsName(w) && !lexicon.IsCommonWord(w)
}

// maybeName reports a word that is a person's name, perhaps also an
// ordinary word ("Mercier", "Blanco", "King").
func maybeName(w string) bool { return lexicon.IsName(w) && !isFormWord(w) }

// commonWordAnyLang reports an ordinary word of any language.
func commonWordAnyLang(w string) bool { return lexicon.IsCommonWord(w) }

// isPlaceName reports a place's name.
func isPlaceName(w string) bool { return len(lexicon.PlaceCountries(w)) > 0 }

// isPersonalTitle reports a title before a person's name in any language
// ("Herr", "Mme", "Sr.").
func isPersonalTitle(w string) bool { return lexicon.IsPersonalTitle(w) }

// cityPopulation is the population from which a place is a city whose
// name is read as the city's, not as the surname it may also be.
const cityPopulation = 100000

// isCityName reports the name of a city ("Lyon", "Hamburg"; not the
// small towns named like surnames: "Roberts").
func isCityName(w string) bool { return lexicon.PlacePopulation(w) >= cityPopulation }

// orgWeakSurname reports a word that may be a family name though it is an
// ordinary word of some language too ("Mercier", "Rey", "Khan"): a name
// of the lexicon written in title case, no English or form word, no
// function word of any language ("Soll", "Haben"), no month or weekday,
// compass point, title, country, region or city. Alone it proves
// nothing; two of them joined as a firm's name do (joinScore).
func orgWeakSurname(t string) bool {
	c := strings.Trim(t, ",.;:()\"'")
	r := []rune(c)
	if len(r) < 3 || !unicode.IsUpper(r[0]) || mostlyCaps(c) || !orgMaybeName(c) {
		return false
	}
	for _, part := range strings.Split(c, "-") {
		l := strings.ToLower(part)
		if part == "" || !hasLetters(part, 2) || isCommonWord(part) || isFormWord(part) ||
			lexicon.StopwordLanguages(l) != nil || orgCalendar[l] || lexicon.IsDirectional(l) ||
			isPersonalTitle(part) || isCityName(part) || len(lexicon.RegionCountries(part)) > 0 {
			return false
		}
		if _, country := lexicon.CountryByName(part); country {
			return false
		}
	}
	return true
}

// orgRareWord reports a capitalised word of four letters or more that no
// dictionary of any language holds, nor splits into two of its words: a
// family name the name lists lack ("Gusikowski", "Pothuvaal").
func orgRareWord(t string) bool {
	c := strings.Trim(t, ",.;:()\"'")
	r := []rune(c)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || mostlyCaps(c) || !orgProperWord(c) {
		return false
	}
	for _, part := range strings.Split(c, "-") {
		if !hasLetters(part, 2) || strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 ||
			isDictWord(part) || isPlaceName(part) {
			return false
		}
	}
	return true
}

// orgPlaceWord reports a city's, a country's or a region's name ("Lyon",
// "England", "Wales").
func orgPlaceWord(w string) bool {
	_, country := lexicon.CountryByName(w)
	return country || isCityName(w) || len(lexicon.RegionCountries(w)) > 0
}

// formPhraseWords is the number of words after texts[0] that a legal form
// of two or three words takes, written with periods ("Sp. z o.o.", "spol.
// s r.o."), also with the letters OCR read as digits ("Sp. z 0.0."), or of
// short words without them ("SDN BHD"); 0 when none starts there.
func formPhraseWords(texts []string) int {
	for n := min(2, len(texts)-1); n >= 1; n-- {
		phrase := strings.ToLower(strings.Join(texts[:n+1], " "))
		if (strings.Contains(phrase, ".") || shortWords(texts[:n+1])) && (companyType(phrase) || companyType(ocrLetters.Replace(phrase))) {
			return n
		}
	}
	return 0
}

// shortWords reports words of one to three letters each, nothing else.
func shortWords(ws []string) bool {
	for _, w := range ws {
		if n := letterCount(w); n == 0 || n > 3 || n != len([]rune(w)) {
			return false
		}
	}
	return true
}

// isPlaceIn reports a town of that name in the country.
func isPlaceIn(name, iso2 string) bool { return lexicon.IsPlaceIn(name, iso2) }
