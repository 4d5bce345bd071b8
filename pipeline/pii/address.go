package pii

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/entity/gazetteer"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// An address's words are told apart here, on the detection side, because
// it takes lists of states and countries: numbers, ordinals, street types,
// unit words and directionals, state codes and names, countries, and the
// runs of capitalised words that are street names or cities.

var streetSuffixes = lowerSet(strings.Fields(`street st avenue ave av road rd boulevard blvd
drive dr lane ln way court ct place pl square sq terrace ter circle cir parkway pkwy
highway hwy route rte plaza plz trail trl alley crescent row walk pike turnpike
expressway expy freeway fwy center ctr`))

var addressKeep = lowerSet(strings.Fields(`suite ste apt apartment unit floor fl room rm box
po p o building bldg dept department north south east west n s e w ne nw se sw no
c/o attn care rural rr station sta general delivery zip code the of and at`))

var (
	numberWordSet = lowerSet(entity.NumberWords)
	stateNameSet  = lowerSet(gazetteer.States)
	stateAbbrSet  = lowerSet(gazetteer.StateCodes)
	countrySet    = lowerSet(gazetteer.Countries)
	// ordinalRe is a number with an ordinal's suffix: English's, or the
	// French, Spanish, Portuguese and Italian ones ("7e étage", "2º piso").
	ordinalRe = regexp.MustCompile(`^(\d+)(st|nd|rd|th|ST|ND|RD|TH|e|er|ère|ème|º|ª)$`)
)

func lowerSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[strings.ToLower(s)] = true
	}
	return m
}

// parseAddress reads an address or a place name into its parts: numbers
// (an ordinal keeps its suffix), street types, unit words and
// directionals, state codes (two capitals after a comma or before a
// postcode or the end, or dotted "N. Y."), and runs of capitalised words:
// a street name before a street type, a country, a state before a postcode
// or the end, a long name, or else a city. The address is read in country (ISO2, "" when unknown), the page's,
// unless its postcode and town place it in another, so that its street
// types are known ("Via Roma 5").
func parseAddress(s, country string) *entity.AddressParts {
	prefix, words := entity.SplitWords(s)
	for i := range words {
		words[i].Core = sharpSRead(words[i].Core) // no misread "ß" reaches a surrogate ("SchwarzwaldstraBe")
	}
	p := &entity.AddressParts{Prefix: prefix, Words: words, Country: addressCountry(words, country)}
	// toks are the words as the surrogate stage has them when it reaches
	// each one: it writes a city, state or country over the run's first
	// word and empties the others, so a state code after a run of several
	// words sees no comma before it ("New Bedford, MA" reads "MA" by what
	// follows it).
	toks := append([]entity.Word(nil), words...)
	langs := map[string]bool{}
	for _, l := range lexicon.CountryLanguages(p.Country) {
		langs[l] = true
	}
	keep := make([]bool, len(toks))
	markInstructions(toks, keep)
	for i := 0; i < len(toks); i++ {
		pt := addressPart(toks, keep, langs, i)
		if postcodeLetters(toks, i, p.Country) {
			// The letters of a postcode ("6815 AD") are redrawn with its
			// digits, not read as the start of a town.
			pt = entity.AddressPart{Role: entity.AddrOther, Start: i, End: i}
		}
		p.Parts = append(p.Parts, pt)
		switch pt.Role {
		case entity.AddrCity, entity.AddrState, entity.AddrCountry:
			for m := i + 1; m <= pt.End; m++ {
				toks[m] = entity.Word{}
			}
		}
		i = pt.End
	}
	return p
}

// postcodeLetters reports capitals at word i that end the postcode begun
// by the word with digits before them in the address's country ("6815 AD"
// in the Netherlands, "KT13 OXP" in Britain, its zero read as "O"), or
// that open it before its digits (Malta's "MST 1012").
func postcodeLetters(toks []entity.Word, i int, country string) bool {
	c := toks[i].Core
	if country == "" || letterCount(c) != len(c) || len(c) < 1 || len(c) > 3 || !isUpperWord(c) {
		return false
	}
	if i+1 < len(toks) && countDigits(toks[i+1].Core) == len(toks[i+1].Core) && toks[i+1].Core != "" &&
		postcodeMatches(country, c+" "+toks[i+1].Core) {
		return true // the letters before the digits: Malta's "MST 1012"
	}
	return i > 0 && toks[i-1].Core != "" && countDigits(toks[i-1].Core) > 0 && postcodeMatches(country, toks[i-1].Core+" "+c)
}

// addressPart is the part that starts at word i.
func addressPart(toks []entity.Word, keep []bool, langs map[string]bool, i int) entity.AddressPart {
	pt := entity.AddressPart{Role: entity.AddrLiteral, Start: i, End: i}
	t := toks[i]
	b := entity.Bare(t.Core)
	switch {
	case keep[i] || t.Core == "":
	case datedNameDay(toks, i):
		// the day of a street named after a date ("Av. 18 de Julio") stays:
		// a drawn "73 de Julio" is no date
	case ordinalRe.MatchString(t.Core):
		m := ordinalRe.FindStringSubmatch(t.Core)
		pt.Role, pt.Digits, pt.Suffix = entity.AddrOrdinal, m[1], m[2]
	case strings.ContainsAny(t.Core, "0123456789") && !entity.IsWord(t.Core):
		pt.Role = entity.AddrNumber
	case streetSuffixes[b] || isStreetTypeAt(toks, langs, i) || englishTypeAfterNumber(toks, i) || typeAfterName(toks, langs, i):
		pt.Role = entity.AddrStreetType
	case keptWordNamesStreet(toks, i):
		// "12 Station Parade": the word names the street here
		pt.Role = entity.AddrStreetName
	case addressKeep[b] || isUnitWord(t.Core) || designatorAbbr(t):
		pt.Role = entity.AddrKeyword
	case isRegionCodeWord(t):
		pt.Role, pt.Name = entity.AddrStateCode, t.Core
	case numberWordSet[b]:
		pt.Role = entity.AddrNumberWord
	case isStateAt(toks, i):
		pt.Role, pt.Name = entity.AddrStateCode, t.Core
	case i+1 < len(toks) && isDottedStateAt(toks, i):
		pt.Role, pt.End = entity.AddrStateCode, i+1
		pt.Name = strings.ReplaceAll(t.Core, ".", "") + strings.ReplaceAll(toks[i+1].Core, ".", "")
	case foreignRegionCode(toks, i):
		// another country's region code before a postcode ("Toronto, ON
		// M5S 1Z8"), kept: the state list is the US's
		pt.Role = entity.AddrKeyword
	case entity.IsInitials(t.Core):
		// a directional or unit initial ("S.", "P. O."), kept
	case divisionWord(toks, langs, i):
		pt.Role = entity.AddrKeyword
	case entity.IsWord(t.Core) && entity.IsCapitalised(t.Core):
		pt = capitalisedRun(toks, keep, langs, i)
	case misreadCapitalStreet(toks, i):
		pt.Role = entity.AddrStreetName
	case reElided.MatchString(t.Core) && !entity.IsCapitalised(t.Core):
		// a name after an elided article or preposition ("route d'Arlon",
		// "Via dell'Orso", "Triq il-Kbira"): the street's name, redrawn
		// after its article
		pt.Role = entity.AddrStreetName
	case entity.IsWord(t.Core) && letterCount(t.Core) >= 3 && !isDictWord(t.Core) && lexicon.StopwordLanguages(t.Core) == nil:
		// a word in lower case that no dictionary holds nor any
		// language's function words: a name's ("Pot v Zeleni gaj 19",
		// "Bog' ishamol"), redrawn
		pt.Role = entity.AddrStreetName
	case entity.IsWord(t.Core):
		// lower-case connective text, kept
	case isSlashedTowns(t.Core):
		pt.Role, pt.Name = entity.AddrCity, t.Core
	default:
		pt.Role = entity.AddrOther
	}
	return pt
}

// misreadCapitalStreet reports a street's name whose capital I OCR read as
// "l" ("llica 215" for "Ilica 215"): a word that opens the address or a
// part after a comma, starts with "l" before a consonant, is no
// dictionary word, and has the house number right after it.
func misreadCapitalStreet(toks []entity.Word, i int) bool {
	c := toks[i].Core
	if len(c) < 3 || c[0] != 'l' || strings.ContainsRune("aeiouyäöüéè", []rune(c)[1]) || !entity.IsWord(c) || isDictWord(c) {
		return false
	}
	if i > 0 && !strings.Contains(toks[i-1].Trail, ",") || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].Core
	return n != "" && unicode.IsDigit([]rune(n)[0])
}

// isSlashedTowns reports a district and its province joined by a slash
// (slashedTowns).
func isSlashedTowns(core string) bool {
	_, ok := slashedTowns(core)
	return ok
}

// divisionWord reports an ordinary word that numbers a division of a
// town or an estate, a number right after it and no comma between
// ("Phase 2", "Sector 46"): kept like a unit's word. A town and its
// district's number ("Dublin 6") are no ordinary word, nor is a street's
// name with its type glued on ("Bahnhofstraße 17") or after it ("Calle
// Mayor 7").
func divisionWord(toks []entity.Word, langs map[string]bool, i int) bool {
	t := toks[i]
	if i+1 >= len(toks) || t.Trail != "" || !entity.IsCapitalised(t.Core) || !isDictWord(t.Core) || isPlaceName(t.Core) ||
		isGluedStreet(t.Core) || afterStreetType(toks, langs, i) {
		return false
	}
	n := toks[i+1].Core
	return n != "" && countDigits(n) == len(n)
}

// designatorAbbr reports an abbreviation of two to four letters with its
// period that names no one and nowhere: the type of an address's part
// ("Kel." and "Kec." for an Indonesian ward and district, "Brgy." for a
// Philippine barangay, "Jl." for a street, also as OCR reads it, "JI.").
// It is kept like a street type.
func designatorAbbr(t entity.Word) bool {
	c := strings.TrimSuffix(t.Core, ".")
	if c == t.Core && !strings.HasPrefix(t.Trail, ".") {
		return false
	}
	n := letterCount(c)
	return n == len(c) && n >= 2 && n <= 4 && entity.IsCapitalised(c) && !lexicon.IsName(c) &&
		!isPlaceName(c) && !stateAbbrSet[strings.ToLower(c)]
}

// capitalisedRun is the part made of the run of capitalised words that
// starts at word i.
func capitalisedRun(toks []entity.Word, keep []bool, langs map[string]bool, i int) entity.AddressPart {
	k := runEnd(toks, keep, langs, i)
	if n := placeRun(toks, i); i+n-1 > k && townConnectors[toks[k+1].Core] {
		// a town's name with a connector inside ("Prien am Chiemsee")
		return entity.AddressPart{Role: entity.AddrCity, Start: i, End: i + n - 1, Name: runText(toks, i, i+n-1)}
	}
	run := runText(toks, i, k)
	pt := entity.AddressPart{Start: i, End: k}
	switch {
	case k+1 < len(toks) && (streetSuffixes[entity.Bare(toks[k+1].Core)] || isForeignStreetType(toks[k+1].Core, langs) ||
		englishTypeAfterNumber(toks, k+1)),
		afterStreetType(toks, langs, i), k == i && isGluedStreet(toks[i].Core) && !townNotStreet(toks, i):
		pt.Role = entity.AddrStreetName
	case countrySet[strings.ToLower(run)]:
		pt.Role, pt.Name = entity.AddrCountry, run
	case stateNameSet[strings.ToLower(run)] && stateContext(toks, k):
		pt.Role, pt.Name = entity.AddrState, run
	case k-i >= 3:
		pt.Role = entity.AddrName
	default:
		pt.Role, pt.Name = entity.AddrCity, run
	}
	return pt
}

// townNotStreet reports a known town whose name ends like a street type
// glued on ("Düsseldorf", "Wolfsburg"), with no house number after it: a
// town, as in "40212 Düsseldorf" or a dateline's "Düsseldorf,".
func townNotStreet(toks []entity.Word, i int) bool {
	if i+1 < len(toks) && countDigits(toks[i+1].Core) > 0 {
		return false // "Rosenhof 12": a street
	}
	return lexicon.PlaceCountries(toks[i].Core) != nil
}

// markInstructions keeps parenthesised text that contains a lower-case word
// (form instructions such as "(Include state and zip code)").
func markInstructions(toks []entity.Word, keep []bool) {
	for i := 0; i < len(toks); i++ {
		if !strings.Contains(toks[i].Lead, "(") {
			continue
		}
		k := i
		for k < len(toks) && !strings.Contains(toks[k].Trail, ")") {
			k++
		}
		if k == len(toks) {
			k--
		}
		lower := false
		for m := i; m <= k; m++ {
			if entity.IsWord(toks[m].Core) && !entity.IsCapitalised(toks[m].Core) {
				lower = true
			}
		}
		if lower {
			for m := i; m <= k; m++ {
				keep[m] = true
			}
		}
		i = k
	}
}

// runEnd returns the last index of the run of capitalised name words that
// starts at i; a run ends at punctuation, a line break, a kept word, a
// street suffix, a number or a state abbreviation.
func runEnd(toks []entity.Word, keep []bool, langs map[string]bool, i int) int {
	k := i
	for k+1 < len(toks) && toks[k].Trail == "" && !strings.Contains(toks[k].Space, "\n") && !keep[k+1] && toks[k+1].Lead == "" {
		n := toks[k+1].Core
		b := entity.Bare(n)
		if !entity.IsWord(n) || !entity.IsCapitalised(n) || entity.IsInitials(n) || streetSuffixes[b] || addressKeep[b] || stateAbbrSet[b] && isUpperWord(n) || isForeignStreetType(n, langs) || isPostalWord(b) || isGluedStreet(toks[k].Core) || designatorAbbr(toks[k+1]) ||
			englishTypeAfterNumber(toks, k+1) {
			break
		}
		k++
	}
	return k
}

// englishTypeAfterNumber reports a street type of English (libpostal's:
// "Close", "Mews", "Gardens") after a house number and capitalised words:
// "41 Marlborough Close" is a street, not a town.
func englishTypeAfterNumber(toks []entity.Word, i int) bool {
	c := toks[i].Core
	if !entity.IsCapitalised(c) || !isStreetTypeWord(c) || !slices.Contains(lexicon.StreetTypeLanguages(c), "en") {
		return false
	}
	m := i - 1
	for m >= 0 && toks[m].Trail == "" && entity.IsWord(toks[m].Core) && entity.IsCapitalised(toks[m].Core) {
		m--
	}
	return m < i-1 && m >= 0 && countDigits(toks[m].Core) > 0 && !entity.IsWord(toks[m].Core)
}

func isUpperWord(s string) bool { return s == strings.ToUpper(s) }

// runText is the run's words joined by single spaces, without the periods
// that end them.
func runText(toks []entity.Word, i, k int) string {
	parts := make([]string, 0, k-i+1)
	for m := i; m <= k; m++ {
		parts = append(parts, strings.TrimSuffix(toks[m].Core, "."))
	}
	return strings.Join(parts, " ")
}

// stateContext: a state name is a state (not a city such as "New York")
// when a ZIP code follows or it ends the value.
func stateContext(toks []entity.Word, k int) bool {
	for m := k + 1; m < len(toks); m++ {
		if toks[m].Core == "" {
			continue
		}
		return strings.ContainsAny(toks[m].Core, "0123456789") && !entity.IsWord(toks[m].Core)
	}
	return true
}

// isStateAt: a two-letter capital state code after a comma or before a
// number or at the end ("Boston, MA 02118", "Washington DC 20037").
func isStateAt(toks []entity.Word, i int) bool {
	c := toks[i].Core
	if len(c) != 2 || !isUpperWord(c) || !stateAbbrSet[strings.ToLower(c)] {
		return false
	}
	return (i > 0 && strings.Contains(toks[i-1].Trail, ",")) || stateContext(toks, i)
}

// foreignRegionCode reports a region code of another country than the US,
// in capitals, after a town and a comma and before a postcode.
func foreignRegionCode(toks []entity.Word, i int) bool {
	c := toks[i].Core
	if n := len(c); n < 2 || n > 3 || !isUpperWord(c) || letterCount(c) != n || stateAbbrSet[strings.ToLower(c)] || !lexicon.IsAnyRegionCode(c) {
		return false
	}
	return i > 0 && strings.Contains(toks[i-1].Trail, ",") && i+1 < len(toks) && countDigits(toks[i+1].Core) > 0
}

// isDottedStateAt: "N. Y." followed by a ZIP code or the end.
func isDottedStateAt(toks []entity.Word, i int) bool {
	a, b := toks[i].Core, toks[i+1].Core
	if len(a) != 2 || len(b) != 2 || a[1] != '.' || b[1] != '.' {
		return false
	}
	return stateAbbrSet[strings.ToLower(a[:1]+b[:1])] && stateContext(toks, i+1)
}

// datedNameDay reports the day of a street's name that is a date at word
// i ("18 de Julio").
func datedNameDay(toks []entity.Word, i int) bool {
	ws := make([]string, 0, 3)
	for _, w := range toks[i:min(i+3, len(toks))] {
		ws = append(ws, w.Core)
	}
	return toks[i].Trail == "" && dateName(ws, 0) > 0
}

// typeAfterName reports a street type of the address's languages after the
// street's name and before its number ("Bahrenfelder Chaussee 31"), as
// German and Dutch write it: the type stays, no town.
func typeAfterName(toks []entity.Word, langs map[string]bool, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].Trail != "" || !entity.IsCapitalised(toks[i-1].Core) {
		return false
	}
	if !houseNumber(toks[i+1].Core + toks[i+1].Trail) {
		return false
	}
	return ownLanguageStreetType(toks[i].Core, langs)
}

// keptWordNamesStreet reports a capitalised word that an address keeps
// elsewhere ("Station" of "Postal Station A") right before a street type:
// the street's name ("12 Station Parade"), redrawn, not kept.
func keptWordNamesStreet(toks []entity.Word, i int) bool {
	b := entity.Bare(toks[i].Core)
	if !addressKeep[b] || lexicon.IsDirectional(b) || !entity.IsCapitalised(toks[i].Core) ||
		i+1 >= len(toks) || toks[i].Trail != "" {
		return false
	}
	next := toks[i+1].Core
	return streetSuffixes[entity.Bare(next)] || lexicon.IsStreetType(next)
}
