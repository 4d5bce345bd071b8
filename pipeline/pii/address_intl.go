package pii

import (
	"slices"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// The words of addresses of other countries, for parseAddress: street
// types of any language (lexicon), unit and door words, region codes, and
// the country an address's postcode and town place it in.

// isStreetTypeWord reports a street type of any language that is no bare
// lower-case English word run into the text ("for", "and").
func isStreetTypeWord(core string) bool {
	if core == "C/" || core == "c/" {
		return true
	}
	return letterCount(core) >= 2 && lexicon.IsStreetType(core) && !townConnectors[strings.ToLower(core)]
}

// isForeignStreetType reports a street type of the address's languages
// (langs) other than English, or an abbreviated one ("Weg" in a German
// address, "Str."): in a run of capitalised words it ends a street's name.
// English ones are streetSuffixes; others may be names ("Lake", "Tower").
func isForeignStreetType(core string, langs map[string]bool) bool {
	if !isStreetTypeWord(core) {
		return false
	}
	return strings.HasSuffix(core, ".") || ownLanguageStreetType(core, langs)
}

// ownLanguageStreetType reports a street type that one of langs other
// than English has: English ones may be names ("Lake", "Tower").
func ownLanguageStreetType(core string, langs map[string]bool) bool {
	return slices.ContainsFunc(lexicon.StreetTypeLanguages(core), func(l string) bool { return l != "en" && langs[l] })
}

// isStreetTypeAt reports a street type written before the street's name:
// at the start of the address or after a number or comma, not followed by
// a comma, and followed by a connector ("12 rue de la Paix") or, for a
// type of the address's languages, a word ("Via Roma 5", "Bulevar
// oslobođenja 88").
func isStreetTypeAt(toks []entity.Word, langs map[string]bool, i int) bool {
	if !isStreetTypeWord(toks[i].Core) || i+1 >= len(toks) || toks[i].Trail != "" {
		return false
	}
	if i > 0 && !strings.ContainsAny(toks[i-1].Core, "0123456789") && !strings.Contains(toks[i-1].Trail, ",") && toks[i-1].Core != "" {
		return false
	}
	next := toks[i+1].Core
	if townConnectors[strings.ToLower(next)] || reStreetNumberName.MatchString(next) {
		return true // "rue de la Paix"; a street named by a number, "Calle 45"
	}
	if entity.IsCapitalised(next) {
		return isForeignStreetType(toks[i].Core, langs)
	}
	// Serbian and Croatian write the name after the type in lower case
	// ("Bulevar oslobođenja"): a type of the address's own languages.
	return entity.IsCapitalised(toks[i].Core) && entity.IsWord(next) && letterCount(next) >= 3 &&
		ownLanguageStreetType(toks[i].Core, langs)
}

// afterStreetType reports a run that follows a street type written before
// the name, across connectors ("Via Roma", "rue de la Paix").
func afterStreetType(toks []entity.Word, langs map[string]bool, i int) bool {
	for m := i - 1; m >= 0; m-- {
		c := toks[m].Core
		if townConnectors[strings.ToLower(c)] {
			continue
		}
		return isStreetTypeAt(toks, langs, m)
	}
	return false
}

// isGluedStreet reports a street name with its type glued on.
func isGluedStreet(core string) bool {
	_, ok := gluedStreet(core)
	return ok
}

// isUnitWord reports a unit, house-number, door or postal word: "Flat",
// "No.", "H.No.", "bis", "Dcha.", "CEDEX".
func isUnitWord(core string) bool {
	b := strings.ToLower(core)
	if lexicon.IsUnitType(core) || unitNumberWords[b] || isPostalWord(b) {
		return true
	}
	// OCR reads the "l" after a capital as "I" ("BIk 523" for "Blk 523").
	if l := secondLRead(core); l != core {
		return isUnitWord(l)
	}
	return false
}

// secondLRead is core with an "I" that OCR read for "l" between its first
// capital and a lower-case letter ("BIk", "FIat") written as "l"; other
// words unchanged.
func secondLRead(core string) string {
	r := []rune(core)
	if len(r) < 3 || !unicode.IsUpper(r[0]) || r[1] != 'I' || !unicode.IsLower(r[2]) {
		return core
	}
	r[1] = 'l'
	return string(r)
}

// isPostalWord reports a lower-cased word that follows a number or a town
// and is no name: "bis", "dcha.", "cedex".
func isPostalWord(b string) bool {
	return numberSuffixes[b] || doorWords[b] || b == "cedex"
}

// neighbourPlaces is the countries of the town or region named at word j.
// After a postcode (after) the town's name may run on (placeRun).
func neighbourPlaces(words []entity.Word, j int, after bool) []string {
	if after {
		if n := placeRun(words, j); n > 0 {
			name, _ := capitalisedRunName(words[j : j+n])
			return append(lexicon.PlaceCountries(name), lexicon.RegionCountries(name)...)
		}
	}
	if !entity.IsCapitalised(words[j].Core) {
		return nil // "2345 rue Sherbrooke": a street type, not the Swiss town Rue
	}
	return append(lexicon.PlaceCountries(words[j].Core), lexicon.RegionCountries(words[j].Core)...)
}

// placeRun returns the length of the longest run of two to four words
// from word j that names a town or region ("21000 Novi Sad" is Serbian,
// though "Novi" alone is a town in Michigan; "Prien am Chiemsee"), 0 when
// none does.
func placeRun(words []entity.Word, j int) int {
	for n := min(4, len(words)-j); n >= 2; n-- {
		name, ok := capitalisedRunName(words[j : j+n])
		if ok && (lexicon.PlaceCountries(name) != nil || lexicon.RegionCountries(name) != nil) {
			return n
		}
	}
	return 0
}

// capitalisedRunName joins a run of capitalised words, with connectors
// inside it, that no comma or other break splits ("Novi Sad", "Prien am
// Chiemsee"); ok is false otherwise.
func capitalisedRunName(ws []entity.Word) (string, bool) {
	parts := make([]string, len(ws))
	for i, w := range ws {
		inner := i > 0 && i < len(ws)-1 && townConnectors[w.Core]
		if !entity.IsCapitalised(w.Core) && !inner || i < len(ws)-1 && w.Trail != "" {
			return "", false
		}
		parts[i] = w.Core
	}
	return strings.Join(parts, " "), true
}

// isRegionCodeWord reports a region code in parentheses: "(BG)", "(VI)".
func isRegionCodeWord(w entity.Word) bool {
	c := w.Core
	return strings.HasPrefix(w.Lead, "(") && strings.HasPrefix(w.Trail, ")") && len(c) >= 2 && len(c) <= 3 && isUpperWord(c) && letterCount(c) == len(c)
}

// addressCountry places an address by a postcode beside a known town or
// region whose country's pattern the postcode fits ("75008 Paris", "20121
// Milano"), else by a country named in it, else in the page's country
// (page, "" when unknown). Of several countries the postcode and town fit,
// the page's wins ("00184 Roma" is no Texan address on an Italian page).
func addressCountry(words []entity.Word, page string) string {
	var fits []string
	for i, w := range words {
		if !hasDigit(w.Core) {
			continue
		}
		for _, j := range []int{i + 1, i - 1} {
			if j < 0 || j >= len(words) {
				continue
			}
			places := neighbourPlaces(words, j, j > i)
			for _, cc := range places {
				if postcodeMatches(cc, w.Core) {
					fits = append(fits, cc)
				}
			}
		}
	}
	switch {
	case page != "" && slices.Contains(fits, page):
		return page
	case len(fits) > 0:
		return fits[0]
	}
	for _, w := range words {
		if cc, ok := lexicon.CountryByName(w.Core); ok && entity.IsCapitalised(w.Core) {
			return cc
		}
	}
	if page == "" {
		return townCountry(words)
	}
	return page
}

// townCountryMinPopulation is the smallest town whose country an address
// on a page of no known country is taken to be in.
const townCountryMinPopulation = 100000

// townCountry is the country of the last town of the address of
// townCountryMinPopulation people or more that is no street type, nor a
// dictionary word unless a city known by its name alone ("…, Brgy. San
// Isidro, Antipolo City" is Philippine, "Victoria Island, Lagos"
// Nigerian); "" when none.
func townCountry(words []entity.Word) string {
	for i := len(words) - 1; i >= 0; i-- {
		c := words[i].Core
		pop := lexicon.PlacePopulation(c)
		if !entity.IsCapitalised(c) || lexicon.IsStreetType(c) || pop < townCountryMinPopulation || isDictWord(c) && pop < cityVotePopulation {
			continue
		}
		if ccs := lexicon.PlaceCountries(c); len(ccs) > 0 {
			return ccs[0]
		}
	}
	return ""
}
