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

// Postcode and town: "75008 Paris", "10115 Berlin", "28013 Madrid
// (Madrid)", "Mumbai 400001", "SW1A 1AA". A postcode is read with the
// pattern of a country the page points to (pageCountries) or of a country
// that has a town of the name written beside it; without the page's
// support, only a known town makes the pair an address.

// postcodeHit is a postcode with the town (and region) beside it, as token
// indices of one segment.
type postcodeHit struct {
	pcStart, pcEnd int // the postcode
	start, end     int // postcode, town and region together
	cc             string
	known          bool // the town is a known town of cc, or one before a region of cc
	town           bool // a town stands beside the postcode
	// label is the token of a postcode's label between the town and the
	// postcode ("Sao Paulo - SP, CEP 01414-000"), 0 when none.
	label int
}

// postcodeLabelToken reports a word that labels the postcode after it,
// with its abbreviation's last period or none ("C.P.", "C.P").
func postcodeLabelToken(t string) bool {
	w := strings.ToLower(strings.Trim(t, ":,"))
	return isPostcodeLabel(w) || strings.Count(w, ".") > 1 && isPostcodeLabel(strings.TrimSuffix(w, "."))
}

// postcodeLabelAt returns the first token of a postcode's label of one or
// two words that ends at token j ("PLZ", "cod poștal"), or -1.
func postcodeLabelAt(toks []string, j int) int {
	if j < 0 || j >= len(toks) {
		return -1
	}
	if postcodeLabelToken(toks[j]) {
		return j
	}
	if j > 0 && !strings.HasSuffix(toks[j-1], ",") && postcodeLabelToken(toks[j-1]+" "+toks[j]) {
		return j - 1
	}
	return -1
}

// maxTownWords bounds a town's name ("Santa Lucía de Tirajana").
const maxTownWords = 5

// townConnectors are the lower-case words inside town and street names
// (the Italian "della", "dei" of "Via dei Volsci"; the Irish article "na"
// of "Bóthar na Trá" and the Czech "on" of "Nové Město na Moravě").
var townConnectors = lowerSet(strings.Fields(`de del la le les los las di da do dos das du des am an im in
der den bei ob upon on under sur sous en y e et und dei degli della delle dello na`))

// findPostcodes returns the postcode hits of a segment. countries are the
// page's countries, best first.
func findPostcodes(s segment, countries []string) []postcodeHit {
	var out []postcodeHit
	for i := 0; i < len(s.toks); i++ {
		// A postcode starts with digits, or with its letters as a word of
		// their own before them (Malta's "MST 1012").
		if !hasDigit(s.toks[i]) && !(i+1 < len(s.toks) && upperLetters(s.toks[i]) && hasDigit(s.toks[i+1])) {
			continue
		}
		if i > 0 && numberMarker(s.toks[i-1]) {
			continue // a number after its marker: "SATIŞ ÇEKİ No 0384", a receipt's
		}
		if h, ok := postcodeAtToken(s, i, countries); ok {
			out = append(out, h)
			i = h.end
		}
	}
	return out
}

// postcodeAtToken tries a postcode of one or two tokens at token i, with
// the town after or before it.
func postcodeAtToken(s segment, i int, countries []string) (postcodeHit, bool) {
	for n := 2; n >= 1; n-- {
		if i+n > len(s.toks) {
			continue
		}
		cand := postcodeCandidate(s.toks[i : i+n])
		if cand == "" && colonSpeckBefore(s, i+n) {
			// A speck read as a colon before a known town ("602 00: Brno").
			toks := slices.Clone(s.toks[i : i+n])
			toks[n-1] = strings.TrimSuffix(toks[n-1], ":")
			cand = postcodeCandidate(toks)
		}
		if cand == "" || n == 1 && (yearRangeEnd(s.toks, i) || yearNextToMonth(s.toks, i)) || digitGroupAt(s.toks, i+n) {
			continue // a year's range or month; groups of a longer number ("653 92 10 66")
		}
		for _, cc := range candidateCountries(s, i, i+n-1, countries) {
			// OCR drops a leading zero ("443 3694 Hameln" for "03694"):
			// then only a house number before it and a known town of the
			// country after it vouch for the postcode.
			zeroLost := !postcodeMatches(cc, cand) && n == 1 && len(cand) == 4 && countDigits(cand) == 4 &&
				i > 0 && hasDigit(s.toks[i-1]) && postcodeMatches(cc, "0"+cand)
			if !postcodeMatches(cc, cand) && !zeroLost {
				continue
			}
			h := postcodeHit{pcStart: i, pcEnd: i + n - 1, start: i, end: i + n - 1, cc: cc}
			h = withTown(s, h)
			if h.known && townOfAnotherPageCountry(s, h, countries) {
				continue // "Flight SW 1842 Madrid" on a Spanish page: Spain writes five digits
			}
			// A year before words is a year unless they are a known town
			// of the country ("Vehicle: 2017 Toyota Corolla").
			year := n == 1 && reYearToken.MatchString(cand) && h.start == i
			if h.known && wordVillage(s, h, countries) {
				continue
			}
			if h.known || !zeroLost && !year && slices.Contains(countries, cc) && (h.town || postcodeAlone(s, h, cand) || labelledPostcodeEnds(s, h)) {
				return h, true
			}
		}
	}
	return postcodeHit{}, false
}

// labelledPostcodeEnds reports a postcode of the page's country right
// after its label in capitals, ending its line or a part before a comma
// ("Col. Santa María la Ribera, C.P. 06400", the town on the next line):
// the label says what the digits are, where no town stands beside them.
func labelledPostcodeEnds(s segment, h postcodeHit) bool {
	l := postcodeLabelAt(s.toks, h.pcStart-1)
	if l < 0 || !unicode.IsUpper([]rune(s.toks[l])[0]) {
		return false // "cap" is a word too
	}
	return h.pcEnd == len(s.toks)-1 || strings.HasSuffix(s.toks[h.pcEnd], ",")
}

// townOfAnotherPageCountry reports a hit whose town is, at its largest,
// a town of the page's best country, and the postcode another country's:
// the best country's postcode would stand beside it, so the number is
// something else (a flight's number before "Madrid", which the
// Philippines also have, on a Spanish page). Only a postcode written
// before its town counts so.
func townOfAnotherPageCountry(s segment, h postcodeHit, countries []string) bool {
	if len(countries) == 0 || h.cc == countries[0] || h.start != h.pcStart {
		return false // a town before its postcode, a state between ("Birmingham, AL 35203"), is the postcode's
	}
	var words []string
	for k := h.start; k <= h.end; k++ {
		if k < h.pcStart || k > h.pcEnd {
			words = append(words, strings.Trim(s.toks[k], ",;:()"))
		}
	}
	cs := lexicon.PlaceCountries(strings.Join(words, " "))
	return len(cs) > 0 && cs[0] == countries[0]
}

// wordVillage reports a hit whose town is a village (under
// locTownPopulation) named by a dictionary word, of a country the page
// does not point to: "TRAN 4412" on a receipt is a transaction's number,
// not a Bulgarian village's postcode, and votes for no country either.
func wordVillage(s segment, h postcodeHit, countries []string) bool {
	if slices.Contains(countries, h.cc) || !h.town {
		return false
	}
	town := s.toks[h.pcEnd+1 : h.end+1]
	if h.start < h.pcStart {
		town = s.toks[h.start:h.pcStart]
	}
	name := strings.Trim(strings.Join(town, " "), ",.")
	pop := lexicon.PlacePopulation(name) // 0 for a city's other name ("Milano")
	return isDictWord(name) && pop > 0 && pop < locTownPopulation
}

// yearNextToMonth reports a year next to a month's name: before it, as
// languages that write the year first date a period ("BÉRJEGYZÉK 2024.
// november"), or after it ("Oktober 2026"): no postcode.
func yearNextToMonth(toks []string, i int) bool {
	if !reYearToken.MatchString(strings.TrimRight(toks[i], ",.")) {
		return false
	}
	return i+1 < len(toks) && entity.LookupMonth(strings.Trim(toks[i+1], ",.")) != nil ||
		i > 0 && entity.LookupMonth(strings.Trim(toks[i-1], ",.")) != nil // "Lohnabrechnung Oktober 2026"
}

// digitGroupAt reports a token of digits alone at j: a postcode's
// candidate before it is the start of a longer number.
func digitGroupAt(toks []string, j int) bool {
	if j >= len(toks) {
		return false
	}
	t := strings.TrimRight(toks[j], ",.;")
	return t != "" && countDigits(t) == len(t)
}

// colonSpeckBefore reports a token before token j that ends with a colon
// and a known place at j: the colon is a speck, no label's.
func colonSpeckBefore(s segment, j int) bool {
	return j > 0 && j < len(s.toks) && strings.HasSuffix(s.toks[j-1], ":") &&
		lexicon.PlaceCountries(strings.Trim(s.toks[j], ",.")) != nil
}

// reYearToken is a year of a range in a CV or a schedule, with the dash
// that may be glued to the range's first year.
var reYearToken = regexp.MustCompile(`^(?:19|20)\d\d[-–]?$`)

// yearRangeEnd reports a year that ends a range of years ("2009 - 2014
// Studium", "2015 -2024 Buchhaltung"): no postcode, though four digits
// are one in many countries.
func yearRangeEnd(toks []string, i int) bool {
	if i == 0 || !reYearToken.MatchString(strings.TrimLeft(strings.TrimRight(toks[i], ",;:"), "-–")) {
		return false
	}
	j := i - 1
	if isDash(toks[j]) && j > 0 {
		j--
	} else if !strings.HasSuffix(toks[j], "-") && !strings.HasPrefix(toks[i], "-") {
		return false
	}
	return reYearToken.MatchString(toks[j])
}

// postcodeCandidate joins tokens into a postcode candidate without the
// punctuation around it; "" when it cannot be one (no digit, or a comma
// inside a two-token candidate).
func postcodeCandidate(toks []string) string {
	if strings.HasSuffix(toks[len(toks)-1], ":") {
		return "" // a field label's number ("Form 05:")
	}
	parts := make([]string, len(toks))
	for k, t := range toks {
		if k < len(toks)-1 && strings.ContainsAny(t, ",;:") {
			return ""
		}
		parts[k] = strings.TrimRight(strings.TrimLeft(t, "(["), ",;:.)]")
		if parts[k] == "" {
			return ""
		}
	}
	c := strings.Join(parts, " ")
	if countDigits(c)+strings.Count(c, "O")+strings.Count(c, "I") < 2 || !hasDigit(c) || len(c) > 10 {
		return ""
	}
	return c
}

// postcodeMatches tests a candidate against a country's pattern, also with
// the letters OCR reads for digits put back ("SW5 ORN" is "SW5 0RN").
func postcodeMatches(cc, cand string) bool {
	re := lexicon.Postcode(cc)
	if re == nil {
		return false
	}
	if letters, rest, ok := strings.Cut(cand, "-"); ok && letters != "" && upperLetters(letters) && lexicon.PostcodeCountryPrefix(cc, letters) &&
		!re.MatchString(cand) {
		cand = rest // the country's letters before it ("L-7243", "CH-8001"), unless its pattern holds them ("LV-1012")
	}
	if p := lexicon.PostcodeGluedPrefix(cc); p != "" && strings.HasPrefix(cand, p) && !re.MatchString(cand) {
		cand = cand[len(p):] // the letters glued before it: "HT6120"
	}
	vs := postcodeVariants(cand)
	if strings.Contains(re.String(), " ") && strings.Contains(cand, " ") {
		// A country that writes its postcode in two groups groups it so:
		// "42 000 Kč" on a Czech payslip is an amount, "120 00" the
		// postcode.
		vs = slices.DeleteFunc(vs, func(v string) bool { return !strings.Contains(v, " ") })
	}
	if mixedCase(cand) {
		vs = append(vs, postcodeVariants(strings.ToUpper(cand))...) // OCR's lower-case letter in a capital postcode ("H2j 1H1")
	}
	for _, v := range vs {
		if re.MatchString(v) {
			return true
		}
	}
	return false
}

// upperLetters reports a word of capital ASCII letters only.
func upperLetters(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' }) == ""
}

// mixedCase reports letters of both cases in s.
func mixedCase(s string) bool {
	return strings.ToUpper(s) != s && strings.ToLower(s) != s
}

// ocrDigits are the letters OCR reads for digits, with the digit each
// stands for ("Q2142" for "02142": qWithOthers).
var ocrDigits = map[byte]byte{'O': '0', 'o': '0', 'Q': '0', '@': '0', 'I': '1', 'l': '1', 'S': '5', 'Z': '2', 'B': '8'}

// maxConfusables bounds the letters of a candidate tried as digits.
const maxConfusables = 3

// postcodeVariants are the candidate as read, with every subset of up to
// three of its digit-like letters read as digits ("BH27 STL" gives "BH27
// 5TL"), and, for two groups of digits, without the space ("719 647");
// a period OCR read for the space of a postcode with letters is read as
// the space ("LS8.2QH").
func postcodeVariants(cand string) []string {
	out := []string{cand}
	if a, b, ok := strings.Cut(cand, "."); ok && a != "" && b != "" && !strings.ContainsAny(b, ". ") && !strings.Contains(a, " ") && letterCount(cand) > 0 {
		out = append(out, a+" "+b) // OCR's period for the space of "LS8 2QH"; amounts have no letters
	}
	if a, b, ok := strings.Cut(cand, " "); ok && countDigits(a) == len(a) && countDigits(b) == len(b) {
		out = append(out, a+b)
	}
	var pos []int
	for i := 0; i < len(cand); i++ {
		if _, ok := ocrDigits[cand[i]]; ok {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 || len(pos) > maxConfusables {
		return out
	}
	for mask := 1; mask < 1<<len(pos); mask++ {
		b := []byte(cand)
		for k, i := range pos {
			if mask&(1<<k) != 0 {
				b[i] = ocrDigits[b[i]]
			}
		}
		if qWithOthers(cand, pos, mask) {
			continue
		}
		out = append(out, string(b))
	}
	return out
}

// qWithOthers reports a variant that reads a "Q" as a zero beside another
// letter read as a digit: a "Q" is a zero only in digits as printed
// ("Q2142"), and with more letters the token is OCR's noise ("Q@111" read
// off a masked card number).
func qWithOthers(cand string, pos []int, mask int) bool {
	q, n := false, 0
	for k, i := range pos {
		if mask&(1<<k) != 0 {
			n++
			q = q || cand[i] == 'Q'
		}
	}
	return q && n > 1
}

// candidateCountries are the page's three best countries, then those of a
// town written after or before the tokens i..k, and of a region written
// before them.
func candidateCountries(s segment, i, k int, countries []string) []string {
	out := append([]string(nil), countries[:min(3, len(countries))]...)
	for _, cc := range townCountries(s, k+1, 1) {
		if !slices.Contains(out, cc) {
			out = append(out, cc)
		}
	}
	for _, cc := range bracketedCodeCountries(s, k+1) {
		if !slices.Contains(out, cc) {
			out = append(out, cc)
		}
	}
	before := i - 1
	if l := postcodeLabelAt(s.toks, before); l > 0 {
		before = l - 1
	}
	if before > 0 && upperCode(s.toks[before]) {
		before-- // a region's code: "Sydney NSW 2000"
		if before > 0 && isDash(s.toks[before]) {
			before-- // "Curitiba - PR, 80010-120"
		}
	}
	_, regions := regionBefore(s, i-1)
	if k, named := bracketedRegion(s, i-1); k > 0 {
		before, regions = k-1, append(regions, named...) // "Montréal (Québec) H2K 3Y8"
	}
	for _, cc := range append(townCountries(s, before, -1), regions...) {
		if !slices.Contains(out, cc) {
			out = append(out, cc)
		}
	}
	return out
}

// bracketedCodeCountries are the countries with a region whose code is
// written in brackets after the town that starts at token j ("74481
// Fortunago (MO)"), as Italian addresses write their province.
func bracketedCodeCountries(s segment, j int) []string {
	names := townRun(s, j, 1)
	if len(names) == 0 {
		return nil
	}
	k := j + len(strings.Fields(names[len(names)-1]))
	if k >= len(s.toks) || !strings.HasPrefix(s.toks[k], "(") || !strings.HasSuffix(s.toks[k], ")") {
		return nil
	}
	var out []string
	for _, cc := range lexicon.PostcodeRegions() {
		if bracketedRegionCode(s.toks[k], cc) {
			out = append(out, cc)
		}
	}
	return out
}

// upperCode reports a code of two or three capitals ("ON", "NSW").
func upperCode(t string) bool {
	t = strings.Trim(t, ",.")
	if len(t) < 2 || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// townCountries lists the countries of the known towns whose name starts
// (dir 1) or ends (dir -1) at token j.
func townCountries(s segment, j, dir int) []string {
	var out []string
	for _, n := range townRun(s, j, dir) {
		if letterCount(n) < 3 {
			continue // a two-letter code, not a town
		}
		// A province's name is its capital's local name ("Milano",
		// "Torino", which GeoNames lists by their English names).
		for _, cc := range append(lexicon.PlaceCountries(n), lexicon.RegionCountries(n)...) {
			if !slices.Contains(out, cc) {
				out = append(out, cc)
			}
		}
	}
	return out
}

// transferWord reports an English transfer's preposition ("From", "To";
// of ledgerTransferWords) capitalised: a bank statement's description, no
// town's ("Zelle Payment From Marcus Lee 88371"). Other languages' ("A
// Coruña", "De Bilt", "Van") begin towns, also where the English
// stopwords hold them ("de"): a town's connector is none.
func transferWord(w string) bool {
	low := strings.ToLower(w)
	return capitalised(w) && len(low) >= 2 && ledgerTransferWords[low] && slices.Contains(lexicon.StopwordLanguages(low), "en") && !townConnectors[low]
}

// townRun returns the candidate town names from token j onwards (dir 1) or
// backwards (dir -1): each run of town words, longest last; a district
// and its province joined by a slash are one token, named by the
// district. A tax
// number's label is no town ("SIRET 512 884 337 00021"; Siret is one in
// Romania).
func townRun(s segment, j, dir int) []string {
	var names, words []string
	for n := 0; n < maxTownWords; n++ {
		k := j + dir*n
		if k < 0 || k >= len(s.toks) {
			break
		}
		t := s.toks[k]
		if dir > 0 && strings.HasPrefix(t, "(") || dir < 0 && strings.HasSuffix(t, ")") || strings.HasSuffix(t, ":") {
			break // a region in parentheses, or a field label
		}
		core := strings.Trim(t, ".,;:()")
		district, slashed := slashedTowns(core)
		if slashed = slashed && n == 0; slashed {
			core = district // "06490 Çankaya/Ankara": the district, then its province
		}
		if !townWord(core) || transferWord(core) || taxLabel(core) || dir > 0 && n > 0 && endsClause(s.toks[k-1]) || dir < 0 && n > 0 && endsClause(t) {
			break
		}
		// A label word ("New", "North") may only start a town's name, or,
		// read backwards from a postcode, end it ("Haag Common BL4 7LD"),
		// or end a known place's name read forwards ("Lake Havasu City").
		formWord := isFormWord(core) && !townConnector(core) && (dir > 0 || n > 0)
		if formWord && dir > 0 && n > 0 {
			if whole := strings.Join(append(words[:len(words):len(words)], core), " "); lexicon.PlaceCountries(whole) != nil {
				names = append(names, whole)
			}
			break
		}
		if dir > 0 {
			words = append(words, core)
		} else {
			words = append([]string{core}, words...)
		}
		if !townConnectors[strings.ToLower(core)] {
			names = append(names, strings.Join(words, " "))
		}
		if formWord && dir < 0 || slashed {
			break
		}
	}
	return names
}

// slashedTowns reads a district and its province joined by a slash, as
// Turkish addresses write them ("Çankaya/Ankara"): two town words of three
// letters or more. It returns the district.
func slashedTowns(core string) (string, bool) {
	a, b, ok := strings.Cut(core, "/")
	return a, ok && townWord(a) && townWord(b) && letterCount(a) >= 3 && letterCount(b) >= 3
}

// endsClause reports a token that ends with a comma, semicolon or colon.
func endsClause(t string) bool {
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":")
}

// townWord reports a word that can be part of a town's name: capitalised
// letters (with inner hyphens and apostrophes) or a connector.
func townWord(w string) bool {
	if townConnector(w) {
		return true
	}
	return isCapitalisedToken(w) && entity.IsWord(w) && letterCount(w) >= 2
}

// townConnector reports a connector of a town's name written in lower case
// ("an der", "de la", "upon").
func townConnector(w string) bool { return townConnectors[w] && w == strings.ToLower(w) }

func hasDigit(s string) bool { return countDigits(s) > 0 }

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// isCapitalisedToken reports a token whose first letter is upper case.
func isCapitalisedToken(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}
