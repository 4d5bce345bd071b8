package pii

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// maxStreetWords bounds a street's name ("Partida María del Carmen Zapata").
const maxStreetWords = 7

// streetSpan is a street line's first and last token.
type streetSpan struct{ start, end int }

// streetReader reads street lines. With requireType a street needs a
// street-type word; without, any name with a house number is taken (for
// lines an address block vouches for). langs are the languages of the
// page's countries (nil when unknown).
type streetReader struct {
	requireType bool
	langs       map[string]bool
}

// spans finds the street lines among toks.
func (r streetReader) spans(toks []string) []streetSpan {
	var out []streetSpan
	for i := 0; i < len(toks); i++ {
		if sp, ok := r.at(toks, i); ok {
			out = append(out, sp)
			i = sp.end
		}
	}
	return out
}

// Colombian addresses name a street by a type and a number, then give the
// crossing street's number and the distance from it: "Calle 45 # 18-32",
// "Carrera 7 No. 72-41", "Cra. 15 #93-47".
var (
	reStreetNumberName = regexp.MustCompile(`^\d{1,3}[A-Z]?$`)
	reCrossingNumber   = regexp.MustCompile(`^#?\d{1,3}[A-Z]?-\d{1,3}[,.]?$`)
)

// numberedStreet reads a street named by its type and a number at token i
// and returns its last token.
func numberedStreet(toks []string, i int) (int, bool) {
	if i+2 >= len(toks) || !isCapitalisedToken(toks[i]) || !lexicon.IsStreetType(strings.Trim(toks[i], ",")) ||
		!reStreetNumberName.MatchString(toks[i+1]) {
		return 0, false
	}
	j := streetQualifiersEnd(toks, i+2) // "Calle 10 Sur # 43A-12", "Calle 4 Bis No. 8-21"
	if j >= len(toks) {
		return 0, false
	}
	if m := strings.ToLower(toks[j]); m == "#" || unitNumberWords[m] {
		j++
	}
	if j >= len(toks) || !strings.HasPrefix(toks[j], "#") && !markerBefore(toks, j) {
		return 0, false
	}
	if reCrossingNumber.MatchString(toks[j]) {
		return j, true
	}
	return spacedCrossing(toks, j)
}

// streetQualifiersEnd is the token after the qualifiers of a numbered
// street's number from token j: a suffix and a direction ("Carrera 7 Bis
// Sur # 45-12"), at most two.
func streetQualifiersEnd(toks []string, j int) int {
	for n := 0; n < 2 && j < len(toks) && (lexicon.IsDirectional(toks[j]) || numberSuffixes[strings.ToLower(toks[j])]); n++ {
		j++
	}
	return j
}

// reCrossingPart is the crossing street's number, or the distance from it,
// written apart from the dash between them ("# 18 Sur - 135").
var reCrossingPart = regexp.MustCompile(`^#?\d{1,3}[A-Z]?$`)

// spacedCrossing reads a crossing street's number and the distance from
// it with spaces around their dash from token j ("# 18 Sur - 135", "# 45 -
// 12"), and returns its last token.
func spacedCrossing(toks []string, j int) (int, bool) {
	if !reCrossingPart.MatchString(toks[j]) {
		return 0, false
	}
	d := streetQualifiersEnd(toks, j+1)
	if d+1 >= len(toks) || !isDash(toks[d]) || !reCrossingPart.MatchString(strings.TrimRight(toks[d+1], ",.")) || strings.HasPrefix(toks[d+1], "#") {
		return 0, false
	}
	return d + 1, true
}

// typeNumberStreet reports a street named by its type and a number alone
// at token j ("Street 7B", "Road 12"), as the Gulf states write them after
// a villa's or a flat's number: the unit before it vouches for the line.
func typeNumberStreet(toks []string, j int) bool {
	return j+1 < len(toks) && isCapitalisedToken(toks[j]) && lexicon.IsStreetType(toks[j]) &&
		reStreetNumberName.MatchString(strings.TrimRight(toks[j+1], ",."))
}

// reKilometre is a kilometre stone's number, with its decimals: "5,6",
// "12.5".
var reKilometre = regexp.MustCompile(`^\d{1,3}(?:[.,]\d{1,3})?,?$`)

// kilometreAt reports a road's kilometre stone at token n ("Jl. Kaliurang
// Km 5,6", "Carretera de Toledo km 12,5"): the house number of roads
// outside towns.
func kilometreAt(toks []string, n int) bool {
	return n+1 < len(toks) && strings.EqualFold(strings.Trim(toks[n], "."), "km") && reKilometre.MatchString(toks[n+1])
}

// crossingNumberAt reports the crossing street's number of a numbered
// street as token k ("Carrera 15 # 93A-62"): it is the address's, not a
// record's code after a number sign.
func crossingNumberAt(toks []string, k int) bool {
	for i := max(0, k-4); i < k; i++ {
		if e, ok := numberedStreet(toks, i); ok && e == k {
			return true
		}
	}
	return false
}

// flatBefore reports a flat's word and number before the house number at
// token j, and a name from it that ends its clause at token e: "Flat 25,
// 135 Mossie Corner," is an address though its street has no type.
func flatBefore(toks []string, i, j, e int) bool {
	if j-i < 2 || unitNumberWords[strings.ToLower(toks[i])] || !unitToken(toks[i]) || !isCapitalisedToken(toks[i]) {
		return false
	}
	return e == len(toks)-1 || endsClause(toks[e])
}

// markerBefore reports a number's marker ("#", "No.") as token j-1.
func markerBefore(toks []string, j int) bool {
	m := strings.ToLower(toks[j-1])
	return m == "#" || unitNumberWords[m]
}

// at reads a street line starting at token i: an optional unit and number,
// then the house number before or after the street's name. A number-first
// line's number is no list number ("3."), unless a street type follows
// ("33. Protea Street": OCR's speck after the number).
func (r streetReader) at(toks []string, i int) (streetSpan, bool) {
	if i > 0 && typeNumberStreet(toks, i-1) {
		return streetSpan{}, false // the road's own number: "Route 42 Northgate to Riverside"
	}
	if e, ok := numberedStreet(toks, i); ok {
		return streetSpan{i, unitSuffixEnd(toks, e)}, true
	}
	// OCR read the space after the house number as a dash ("41-Monks
	// Road"): the street's name, typed, follows the number. The number has
	// two digits at least and no price ends the line: "1-Nasi Goreng
	// Kampung 45.000" is a line of goods and its count.
	if m := reDashGluedHouse.FindStringSubmatch(toks[i]); m != nil && len(m[1]) >= 2 && !reItemPrice.MatchString(strings.Join(toks, " ")) {
		split := append([]string{m[1], m[2]}, toks[i+1:]...)
		if e, typed, ok := r.name(split, 1, false); ok && typed {
			return streetSpan{i, i + unitSuffixEnd(split, e) - 1}, true
		}
	}
	j := unitPrefixEnd(toks, i)
	// Numbered units in a row are the house's address ("Blk 7 Lot 22", a
	// Philippine block and lot), with or without a street's name after.
	chained := false
	for j > i && unitPrefixEnd(toks, j) > j {
		j, chained = unitPrefixEnd(toks, j), true
	}
	// A number before its colon numbers a label ("Part 1: Plan Member
	// Information"); a house number's colon is a speck after the street
	// ("Rosenweg 5:").
	if j < len(toks) && houseNumber(toks[j]) && strings.Trim(toks[j], ",") != "0" && !strings.HasSuffix(toks[j], ":") {
		dotted := strings.HasSuffix(toks[j], ".")
		k := numberTrailEnd(toks, j)
		if e, typed, ok := r.name(toks, k+1, false); ok && (typed && (!dotted || typeWordIn(toks[k+1:e+1])) || !r.requireType && !dotted || flatBefore(toks, i, j, e)) {
			return streetSpan{i, unitSuffixEnd(toks, e)}, true
		}
	}
	k := j // units in a row: "Flat 12, Building 4, Street 15"
	for k > i && endsClause(toks[k-1]) && unitPrefixEnd(toks, k) > k {
		k = unitPrefixEnd(toks, k)
	}
	if k > i && endsClause(toks[k-1]) && typeNumberStreet(toks, k) {
		return streetSpan{i, k + 1}, true // "Villa 23, Street 7B"
	}
	e, typed, ok := r.name(toks, j, j == i)
	if chained && (!ok || !typed) {
		return streetSpan{i, j - 1}, true
	}
	if !ok {
		return streetSpan{}, false
	}
	if j > i {
		// "No. 88, Harinakshi Wells": the unit's number is the house's; a
		// town after the name vouches for it in running text ("Plot No.
		// 4417, Chalala, Lusaka").
		return streetSpan{i, unitSuffixEnd(toks, e)}, typed || !r.requireType || !numberMarker(strings.TrimRight(toks[i], ".:")) && townAfter(toks, e)
	}
	n := e + 1
	km := kilometreAt(toks, n)
	if km || n < len(toks) && unitNumberWords[strings.ToLower(toks[n])] {
		n++
	}
	if n >= len(toks) || !km && !houseNumber(toks[n]) {
		return streetSpan{}, false
	}
	end := numberTrailEnd(toks, n)
	if km && end+2 < len(toks) && unitNumberWords[strings.ToLower(toks[end+1])] && houseNumber(toks[end+2]) {
		end = numberTrailEnd(toks, end+2) // "Km 5,6 No. 23"
	}
	// "Riera Irene Medrano, 50, 3º Dcha.": a name, its number and a
	// marked floor, ending the line or its part, make a street without a
	// type.
	marked := endsClause(toks[e]) && floorMarked(toks[n+1:end+1]) && (end == len(toks)-1 || endsClause(toks[end]))
	// A unit or the house's number after the street's own ("Jl. Bintaro
	// Utama 3A No. 12").
	return streetSpan{i, unitSuffixEnd(toks, end)}, typed || !r.requireType || marked
}

// typeWordIn reports a street type standing as a word of its own among
// toks: what vouches for a number-first line whose number ends in a
// period ("33. Protea Street"); a type glued on is none ("Scale 15.
// Romberg negative" ends a sentence).
func typeWordIn(toks []string) bool {
	for _, t := range toks {
		if lexicon.IsStreetType(strings.Trim(t, ",;:")) {
			return true
		}
	}
	return false
}

// reSectionNumber is the number of a township's section and its street,
// which names a street after its type in Malaysia ("Jalan SS 2/24",
// "Jalan PJU 1/42", "Jalan 17/1").
var reSectionNumber = regexp.MustCompile(`^\d{1,3}/\d{1,3}[A-Z]?,?$`)

// reDashGluedHouse is a house number joined to the street's first word by
// a dash that OCR read for the space ("41-Monks", "1893-WILLOW").
var reDashGluedHouse = regexp.MustCompile(`^(\d{1,5})-(\p{Lu}[\p{L}'’]{2,})$`)

// name reads a street's name from token j: street words up to a comma, at
// least one of them a name word of three letters or more (or a glued
// street type), starting with a capital or a street type. It returns the
// last token and whether the name is typed: a street type as its first
// word, glued on, or as its last word, capitalised, and, before the house
// number (numberAfter: "Grunder Weg 5"), of a language other than English,
// which writes the number first.
func (r streetReader) name(toks []string, j int, numberAfter bool) (end int, typed, ok bool) {
	if j >= len(toks) {
		return 0, false, false
	}
	first := strings.Trim(toks[j], ",;:")
	if !isCapitalisedToken(first) && !streetTypeToken(first) && first != "c/" && !ordinalBeforeType(toks, j) && !ordinalStreetName(toks, j) {
		return 0, false, false
	}
	k0, prep := r.germanPrefix(toks, j)
	article := !prep && r.articlePrefix(toks, j, numberAfter)
	if article {
		k0 = j + 1
	}
	// "Dr. Quimby": a title and a name, unless a street type ends the
	// name ("St. Ingberter Str. 16c"), or the title is a street type that
	// a language of the page puts first ("Str. Dorobanților nr. 18" in
	// Romanian).
	titled := !prep && !article && j+1 < len(toks) && lexicon.IsPersonalTitle(first) && isCapitalisedToken(toks[j+1]) &&
		!r.pageTypeFirst(first)
	named, glued, side, dirAfter, letter := article, false, false, false, false
	end = -1
	for k := k0; k < len(toks) && k < j+maxStreetWords; k++ {
		if strings.HasSuffix(toks[k], ":") && letterCount(toks[k]) > 0 {
			if k > k0 && unitNumberWords[strings.ToLower(toks[k])] && k+1 < len(toks) && houseNumber(toks[k+1]) {
				break // a Turkish street's number ("Moda Caddesi No: 45")
			}
			if k > k0 && streetTypeToken(strings.Trim(toks[k-1], ",;:")) {
				break // the next field's label after the street's type ("Abotsi Lane (GPS: GA-513-7742)")
			}
			return 0, false, false // a field label ("Receipt No.:")
		}
		if n := datedStreetName(toks, j, k); n > 0 {
			named, end, k = true, k+n-1, k+n-1 // "Av. 18 de Julio"
			if endsClause(toks[k]) {
				break
			}
			continue
		}
		if _, _, ok := lexicon.SideStreet(toks[k]); ok && k > k0 {
			end, side = k, true // "Banpo-daero 23-gil": the side street off the road named before it
			break
		}
		if k > k0+1 && directionalAfterType(toks, k) {
			end, dirAfter = k, true // "Dundas Street West": the directional after the type ends the name
			break
		}
		if k > k0 && r.letterTypeAt(toks, k) {
			end, letter = k, true // "Žirmūnų g. 68-12": a type of one letter
			break
		}
		if k > k0+1 && midInitial(toks, k) {
			end = k // a person's initial inside the name: "Av. Juan B. Justo"
			continue
		}
		ordinal := ordinalBeforeType(toks, k) || ordinalStreetName(toks, k)
		if r.lowerGluedLast(toks, k0, k) {
			end, glued = k, true // "Pispalan valtatie 44 A 7": the Finnish highway after its place's genitive
			break
		}
		if !streetWord(toks[k]) && !directionalBeforeType(toks, k) && !ordinal && !r.lowerNameWord(toks, j, k) || k > k0 && (kilometreAt(toks, k) || referenceLabelAt(toks, k)) {
			break
		}
		named = named || ordinal
		c := strings.Trim(toks[k], ",;:")
		if suf, g := gluedStreet(c); g && r.gluedCounts(suf) {
			glued = true
		}
		if !streetTypeToken(c) && !townConnectors[strings.ToLower(c)] && letterCount(c) >= 3 ||
			k > k0 && townConnector(strings.Trim(toks[k-1], ",;:")) && isCapitalisedToken(c) {
			named = true // a type's word after an article names the street: "Bóthar na Trá", the beach road
		}
		end = k
		// OCR's comma for the period of "Av." before a dated name
		if endsClause(toks[k]) && (k != j || datedStreetName(toks, j, k+1) == 0) {
			break
		}
	}
	if end >= 0 && end+1 < len(toks) && !endsClause(toks[end]) && lexicon.IsStreetType(first) && reSectionNumber.MatchString(toks[end+1]) &&
		(!numberAfter || !named || houseNumberAt(toks, end+2)) {
		end, named = end+1, true // "Jalan SS 2/24": a section's number names the street
	}
	if end < 0 || !named && !glued {
		return 0, false, false
	}
	// A connector does not end a name ("Via di"); a capitalised one is a
	// word of it ("Av. Insurgentes Sur").
	for end > j && townConnectors[strings.ToLower(strings.Trim(toks[end], ",;:"))] && !isCapitalisedToken(strings.Trim(toks[end], ",;:")) {
		end--
	}
	if article && r.requireType && end < len(toks)-1 && !endsClause(toks[end]) {
		return 0, false, false // "5 The Court ruled": a sentence goes on
	}
	next := ""
	if j+1 < len(toks) {
		next = toks[j+1]
	}
	last := r.typeLast(strings.Trim(toks[end], ",;:"), numberAfter) && !shoutedRareType(toks, j, end) ||
		dirAfter && r.typeLast(strings.Trim(toks[end-1], ",;:"), numberAfter)
	if titled && !last && !glued {
		return 0, false, false
	}
	typed = prep || glued || side || letter || r.typeFirst(toks[j], next) || last || numberAfter && r.lowerTypeLast(strings.Trim(toks[end], ",;:"))
	return end, typed, true
}

// lowerNameWord reports a word in lower case at token k inside a
// street's name that opens at token j with a type of a language of the
// page, as the Slavic languages write the words after the name's first
// ("Pot v Zeleni gaj 19", "Ulica bratov Učakar 7"): letters only, no
// dictionary's word but for a function word of the page's language
// ("na"), and a capitalised word of the name beside it before the house
// number ("Cesta je zaprta 3 dni" names no street).
func (r streetReader) lowerNameWord(toks []string, j, k int) bool {
	first, c := strings.Trim(toks[j], ",;:"), strings.Trim(toks[k], ",;:")
	if k <= j || !isCapitalisedToken(first) || !r.pageTypeFirst(first) || c != strings.ToLower(c) ||
		letterCount(c) == 0 || letterCount(c) != utf8.RuneCountInString(c) {
		return false
	}
	if isDictWord(c) && !slices.ContainsFunc(lexicon.StopwordLanguages(c), func(l string) bool { return r.langs[l] }) {
		return false
	}
	// A preposition of the page's language right after the type may lead
	// a name all in lower case to the house number ("Pot k ribniku 7",
	// a Slovene path to the pond).
	next := toks[j+1]
	led := next == strings.ToLower(next) && letterCount(next) == utf8.RuneCountInString(next) &&
		(letterCount(next) <= 2 || slices.ContainsFunc(lexicon.StopwordLanguages(next), func(l string) bool { return r.langs[l] }))
	for _, t := range toks[j+1 : min(len(toks), j+maxStreetWords)] {
		if hasDigit(t) {
			return led && houseNumber(t)
		}
		if isCapitalisedToken(t) {
			return true
		}
	}
	return false
}

// lowerGluedLast reports a word in lower case at token k, after the
// name's first capitalised word, that ends in a street type glued on in
// a language of the page, its house number next: the street's type word
// after the name of the place it leads to ("Pispalan valtatie 44 A 7",
// "Tampereen valtatie 12").
func (r streetReader) lowerGluedLast(toks []string, k0, k int) bool {
	c := strings.Trim(toks[k], ",;:")
	if k <= k0 || len(r.langs) == 0 || c != strings.ToLower(c) || letterCount(c) != utf8.RuneCountInString(c) ||
		!isCapitalisedToken(toks[k-1]) || k+1 >= len(toks) || !houseNumber(toks[k+1]) {
		return false
	}
	suffix, ok := lexicon.StreetSuffix(c)
	if !ok || letterCount(suffix) == letterCount(c) {
		return false
	}
	return slices.ContainsFunc(lexicon.SuffixLanguages(suffix), func(l string) bool { return r.langs[l] })
}

// midInitial reports an initial at token k, a capital and its period,
// between capitalised words, as streets named after people write one
// ("Av. Juan B. Justo", "John F. Kennedy Blvd").
func midInitial(toks []string, k int) bool {
	t := toks[k]
	return len(t) == 2 && t[1] == '.' && t[0] >= 'A' && t[0] <= 'Z' && k+1 < len(toks) &&
		isCapitalisedToken(strings.Trim(toks[k-1], ",;:")) && isCapitalisedToken(strings.Trim(toks[k+1], ",;:"))
}

// townAfter reports a town of locTownPopulation people at least after the
// name that ends at token e and its comma.
func townAfter(toks []string, e int) bool {
	return e+1 < len(toks) && endsClause(toks[e]) && lexicon.PlacePopulation(strings.Trim(toks[e+1], ",.;")) >= locTownPopulation
}

// letterTypeAt reports a street type of one letter and its full stop at
// token k, in lower case, of a language of the page other than English,
// after a capitalised name word and before the house number, as
// Lithuanian writes "gatvė" ("Žirmūnų g. 68-12").
func (r streetReader) letterTypeAt(toks []string, k int) bool {
	t := toks[k]
	if k == 0 || k+1 >= len(toks) || len(t) != 2 || t[1] != '.' || t[0] < 'a' || t[0] > 'z' ||
		!isCapitalisedToken(toks[k-1]) || !houseNumber(toks[k+1]) {
		return false
	}
	return slices.ContainsFunc(lexicon.StreetTypeLetterLanguages(t), func(l string) bool { return l != "en" && r.langs[l] })
}

// houseNumberAt reports a house number at token n, alone or after its
// word ("No. 12"). Without one after it, the number with a slash that ends
// a type-first street is the house's ("Ulica Kneza Miloša 12/3"), not a
// section's.
func houseNumberAt(toks []string, n int) bool {
	if n < len(toks) && unitNumberWords[strings.ToLower(toks[n])] {
		n++
	}
	return n < len(toks) && houseNumber(toks[n])
}

// reStreetDay is a day of the month in a street's name, in digits or
// Roman numerals ("18", "XX").
var reStreetDay = regexp.MustCompile(`^(?:[1-9]|[12]\d|3[01]|[IVX]{1,5})$`)

// datedStreetName returns how many tokens from k name a street after a
// date (dateName), right after the street type at token j ("Av. 18 de
// Julio", "Rua 7 de Setembro", "Via XX Settembre"); 0 otherwise.
func datedStreetName(toks []string, j, k int) int {
	if k != j+1 || k >= len(toks) || !isCapitalisedToken(toks[j]) || !lexicon.IsStreetType(strings.Trim(toks[j], ",.")) {
		return 0
	}
	return dateName(toks, k)
}

// dateName returns how many tokens from k make a date that names a
// street: a day, "de" or "do" in Spanish and Portuguese, and a full month
// name, capitalised ("18 de Julio", "XX Settembre"); 0 otherwise.
func dateName(toks []string, k int) int {
	if k >= len(toks) || !reStreetDay.MatchString(toks[k]) {
		return 0
	}
	m := k + 1
	if m < len(toks) && (toks[m] == "de" || toks[m] == "do" || toks[m] == "del") {
		m++
	}
	if m >= len(toks) {
		return 0
	}
	month := strings.Trim(toks[m], ",;")
	for _, h := range entity.LookupMonth(month) {
		if !h.Abbr && isCapitalisedToken(month) {
			return m - k + 1
		}
	}
	return 0
}

// lowerTypeLast reports a street type in lower case that ends a street's
// name before its number, as Hungarian writes it ("Karasz utca 9.", "Váci
// út 141."), where the page's language has that type. A short type of
// three letters or fewer must be no dictionary's word ("au" of "joignable
// au 02 62 61 75 37"); a longer one may be ("cesta", Slovene's road and
// Spanish's basket).
func (r streetReader) lowerTypeLast(c string) bool {
	return r.langs != nil && !isCapitalisedToken(c) && streetTypeToken(c) && (letterCount(c) >= 4 || !isDictWord(c)) && r.pageTypeFirst(c)
}

// directionalBeforeType reports a capitalised directional right before a
// street type, inside a street's name ("Bedok North Street").
func directionalBeforeType(toks []string, k int) bool {
	c := strings.Trim(toks[k], ",;:")
	return k+1 < len(toks) && isCapitalisedToken(c) && lexicon.IsDirectional(c) && !endsClause(toks[k]) &&
		streetTypeToken(strings.Trim(toks[k+1], ",;:"))
}

// directionalAfterType reports a capitalised directional at token k right
// after a street type, in the same clause ("Queen Street East", "Main St
// NW"); the caller makes sure the type ends a name, not opens it ("Via
// De Luca").
func directionalAfterType(toks []string, k int) bool {
	c := strings.Trim(toks[k], ",;:")
	return k > 0 && isCapitalisedToken(c) && lexicon.IsDirectional(c) && !endsClause(toks[k-1]) &&
		streetTypeToken(strings.Trim(toks[k-1], ",;:"))
}

// ordinalBeforeType reports an ordinal number before a street type at
// token k: a street named by its number, as Turkish names them
// ("Bahçelievler Mah. 7. Cadde No: 44", "1. Sokak").
func ordinalBeforeType(toks []string, k int) bool {
	return k+1 < len(toks) && reOrdinalNumber.MatchString(toks[k]) && isCapitalisedToken(toks[k+1]) &&
		streetTypeToken(strings.Trim(toks[k+1], ",;:"))
}

var reOrdinalNumber = regexp.MustCompile(`^\d{1,3}\.$`)

// ordinalStreetName reports an English ordinal (ordinalRe) at token k
// that opens a street's name with a street type at most one capitalised
// word after it, as Indian and American streets are named ("2nd Main
// Road", "3rd Cross", "5th Avenue").
func ordinalStreetName(toks []string, k int) bool {
	if !ordinalRe.MatchString(toks[k]) {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+2; n++ {
		c := strings.Trim(toks[n], ",;:")
		if !isCapitalisedToken(c) {
			return false
		}
		if streetTypeToken(c) {
			return true
		}
		if endsClause(toks[n]) {
			return false
		}
	}
	return false
}

// germanPrefix skips the preposition and article that start a German
// street's name on a German page ("Am", "An der", "Zur"): it returns where
// the name's words start and whether there was one.
func (r streetReader) germanPrefix(toks []string, j int) (int, bool) {
	if !r.langs["de"] || !germanStreetPrepositions[toks[j]] || j+1 >= len(toks) {
		return j, false
	}
	k := j + 1
	if a := toks[k]; a == "der" || a == "dem" || a == "den" || a == "die" {
		k++
	}
	if k >= len(toks) || calendarWord(strings.Trim(toks[k], ",;:"), 1) {
		return j, false
	}
	return k, true
}

// articlePrefix reports the English article that starts a British
// street's name ("12 The Green", "107 The Limes") at token j, after the
// house number, on a page in English or in an address block (no page
// languages given): the article names the street as a type would.
func (r streetReader) articlePrefix(toks []string, j int, numberAfter bool) bool {
	if numberAfter || toks[j] != "The" || j+1 >= len(toks) || !isCapitalisedToken(toks[j+1]) {
		return false
	}
	return r.langs == nil || r.langs["en"]
}

// typeLast reports a street type that ends a street's name: capitalised
// ("Hill", "Str."), and, with numberAfter, abbreviated or of a language
// other than English; a type that is also an ordinary word there
// ("CON" of "VEINTICINCO CON 90/100 SOLES", an amount in words) only
// where the page's language has it.
func (r streetReader) typeLast(c string, numberAfter bool) bool {
	if !streetTypeToken(c) || !isCapitalisedToken(c) {
		return false
	}
	langs := lexicon.StreetTypeLanguages(c)
	if typeFirstOnly(c, langs) {
		return false
	}
	if !numberAfter || strings.HasSuffix(c, ".") {
		return true
	}
	// An abbreviation of three letters or fewer, without its period,
	// counts only in a language of the page: "Rpt" is a Hungarian
	// quay's, and a prescription's repeats on an English receipt ("Dr
	// Harjit Sandhu Rpt 3").
	common, short := lexicon.IsCommonWord(c), letterCount(c) <= 3
	for _, l := range langs {
		if l != "en" && !typeFirstLanguages[l] && (!common && !short || r.langs[l]) {
			return true
		}
	}
	return false
}

// shoutedRareType reports a name j..end after a year, written in lower
// case, that ends in a street type of two capitals that US addresses do
// not abbreviate so: a car's model year, make, model and trim ("2019 Honda
// Accord EX"), no "Extension". An address in capitals writes its type so
// ("12 SMITH CL"), and a province's code ends an Italian town's line
// ("40534 Francolise KR").
func shoutedRareType(toks []string, j, end int) bool {
	c := strings.Trim(toks[end], ",;:.")
	if end == j || j == 0 || !reYearToken.MatchString(toks[j-1]) || len(c) != 2 || strings.ToUpper(c) != c || streetSuffixes[strings.ToLower(c)] {
		return false
	}
	w := strings.Trim(toks[end-1], ",;:.")
	return strings.ToUpper(w) != w
}

// typeFirstLanguages write a street's type before its name, never after
// it: "Francesco Casale 353" is a name and a phone number, no Italian
// street; "115 Akta Pengangkutan Jalan" is a Malaysian act's section.
var typeFirstLanguages = map[string]bool{"it": true, "es": true, "fr": true, "pt": true, "ro": true, "ca": true, "gl": true,
	"ms": true, "id": true}

// typeFirstOnly reports a street type c of four letters or more that
// only languages writing it first have (langs, its languages: "Jalan",
// "Calle"): it ends no street's name.
func typeFirstOnly(c string, langs []string) bool {
	return letterCount(c) >= 4 && len(langs) > 0 && !slices.ContainsFunc(langs, func(l string) bool { return !typeFirstLanguages[l] })
}

// typeFirst reports a street type written before the street's name ("rue",
// "Via", "Calle", "C/"); next is the word after it. English puts no type
// first; a type that is also an ordinary word ("via", "for"), or a
// two-letter one without a full stop ("IP"), counts there only where the
// page's language has it.
func (r streetReader) typeFirst(t, next string) bool {
	c := strings.Trim(t, ",;:")
	if c == "C/" || c == "c/" {
		return true
	}
	if !streetTypeToken(c) {
		return false
	}
	common := lexicon.IsCommonWord(c) || letterCount(c) <= 2 && !strings.Contains(c, ".")
	if c == strings.ToLower(c) && letterCount(c) > 2 && townConnectors[next] {
		return true // "12 rue de la Paix": a lower-case type before "de", "del"
	}
	if letterCount(c) > 2 && romanceArticles[strings.ToLower(next)] && slices.ContainsFunc(lexicon.StreetTypeLanguages(c), func(l string) bool { return l != "en" }) {
		return true // "12, Avenue des Flamboyants": a Romance language's article after the type, capitalised or not
	}
	for _, l := range lexicon.StreetTypeLanguages(c) {
		if l != "en" && (!common || r.langs[l]) {
			return true // English writes no type first
		}
	}
	return false
}

// romanceArticles are the articles and contracted prepositions that open
// a street's name after its type in the Romance languages ("Avenue des",
// "Rua das", "Via della"), in lower case.
var romanceArticles = lowerSet(strings.Fields(`de del des du la le les los las da do dos das della delle dei degli dello`))

// pageTypeFirst reports a street type that a language of the page other
// than English has.
func (r streetReader) pageTypeFirst(c string) bool { return ownLanguageStreetType(c, r.langs) }

// germanStreetPrepositions start German street names that have no street
// type ("Am Markt", "Im Winkel", "Zur Linde", "An der Bahn"): the
// preposition, with or without its article, stands where the type would.
var germanStreetPrepositions = map[string]bool{"Am": true, "An": true, "Auf": true, "Im": true, "In": true,
	"Zum": true, "Zur": true, "Unter": true, "Hinter": true, "Vor": true, "Beim": true, "Alte": true, "Alter": true}

// gluedCounts reports a glued street type (gluedStreet's suffix) that
// makes a street's name typed: one of four letters or more, and a shorter
// one, for a reader that knows the page's languages, only where one of
// them glues it, as many surnames end so ("Briones" of the Icelandic
// "-nes", "Jones").
func (r streetReader) gluedCounts(suffix string) bool {
	if letterCount(suffix) >= 4 || len(r.langs) == 0 {
		return true
	}
	for _, l := range lexicon.SuffixLanguages(suffix) {
		if r.langs[l] {
			return true
		}
	}
	return false
}

// gluedStreet reports a street name with its type glued on ("Hauptstraße").
func gluedStreet(c string) (string, bool) {
	if !isCapitalisedToken(c) || receiptWord(c) {
		return "", false // "Kvittun nr. 18833": a receipt, not a street's "tun"
	}
	suffix, ok := lexicon.StreetSuffix(sharpSRead(c))
	if numberMarker(suffix) {
		return "", false // "Beleg-Nr.": a number's marker after the hyphen
	}
	return suffix, ok
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// pageLanguages are the languages of the page's countries
// (countryLanguages), and the one it is written in: French on a Moroccan
// page, whose country's official language is Arabic.
func pageLanguages(in *Input) map[string]bool {
	out := countryLanguages(pageCountries(in))
	if l := in.evidence().language; l != "" {
		out[l] = true
	}
	return out
}

// countryLanguages are the official languages of the first three of
// countries.
func countryLanguages(countries []string) map[string]bool {
	out := map[string]bool{}
	for _, cc := range countries[:min(3, len(countries))] {
		for _, l := range lexicon.CountryLanguages(cc) {
			out[l] = true
		}
	}
	return out
}

// looseStreets reads the street lines of an address block: no street type
// needed.
var looseStreets = streetReader{}
