package pii

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Address blocks: a postcode line and the lines above it that belong to the
// same address ("Grunder Wiesen 92b" over "27167 Schwäbisch Gmünd"; "107
// The Limes", "Hudsonwick" over "AL1 0TZ"). A street line with a
// street-type word stands on its own anywhere.

// Scores of the address matches.
const (
	scoreTownKnown   = 0.8  // postcode and a known town of its country
	scoreTownPage    = 0.65 // postcode and a town in the page's country
	scorePostcode    = 0.7  // a postcode of the page's country
	scoreStreetTyped = 0.7  // a street line with a street-type word
	scoreBlockLine   = 0.65 // a line above a postcode line
)

// maxBlockClimb bounds the lines above a postcode line read as its address.
const maxBlockClimb = 3

// intlAddresses finds street lines, postcode and town lines, and the lines
// of their address blocks.
func intlAddresses(in *Input) []Match {
	segs := pageSegments(in)
	countries := pageCountries(in)
	h := medianHeight(in.Page)
	typed := streetReader{requireType: true, langs: pageLanguages(in)}
	var out []Match
	for si, s := range segs {
		line := in.lineText(in.Lines[s.line])
		if ledgerRowText(line) {
			continue // a statement's row: its places are the ledger's (LedgerRecognizer)
		}
		read := typed.spans(s.toks)
		spans := read
		items := itemRow(line)
		if items {
			// A row of goods priced at its end names a product, whatever
			// street word it holds ("2 Glycomet GP 2 Tab … 412.50").
			spans = nil
		}
		for _, sp := range spans {
			if countedAfter(s.toks, sp.end) {
				continue // "Colgate 5000 toothpaste": a product's strength, not "-gate" and a house
			}
			if sp.start > 0 && gradeWords[strings.ToLower(s.toks[sp.start-1])] {
				continue // a school's grade, no house number: "Grade 7 Result Slip"
			}
			end := postcodeClosing(s.toks, addressPartsAfter(s.toks, capsTownAfter(s.toks, sp.end)), countries)
			out = append(out, s.match(in, sp.start, end, entity.Address, scoreStreetTyped))
		}
		out = append(out, poBoxes(in, s)...)
		if len(spans) == 0 {
			out = append(out, numberlessStreet(in, s, typed)...)
		}
		out = append(out, numberOverStreet(in, segs, s, typed, h)...)
		if len(spans) > 0 && spans[0].start == 0 {
			out = append(out, unitsOverStreet(in, segs, s, h)...)
		}
		out = append(out, streetOverNumber(in, segs, si, read, typed, h)...)
		hits := findPostcodes(s, countries)
		if len(hits) == 0 {
			out = append(out, postcodeUnderTown(in, segs, si, h, countries)...)
			out = append(out, blockOverLetterPostcode(in, segs, s, h)...)
		}
		for _, ph := range hits {
			if !ph.known && items {
				continue // "Bobcat S450 skid steer loader 2 R 2,150.00": a product's model, no town's postcode
			}
			out = append(out, postcodeMatchSet(in, s, ph)...)
			out = append(out, blockAbove(in, segs, s, ph, h)...)
		}
	}
	return out
}

// reLetterPostcode is a British postcode or an Irish Eircode that ends a
// line ("BS20 7DE", "A96 F2X8"), which findPostcodes leaves to the
// patterns.
var reLetterPostcode = regexp.MustCompile(`^(?:[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4})$`)

// blockOverLetterPostcode climbs the address block over a line of a town
// (and a county: "Co. Dublin") and a British or Irish postcode: the
// streets without their numbers and the flats that such addresses write
// ("Apt 12, Ceannt House" / "Harbour Road, Dún Laoghaire" / "Co. Dublin
// A96 F2X8").
func blockOverLetterPostcode(in *Input, segs []segment, s segment, h int) []Match {
	n := len(s.toks)
	if n < 3 || !reLetterPostcode.MatchString(strings.TrimRight(s.toks[n-2]+" "+s.toks[n-1], ".,")) {
		return nil
	}
	for _, t := range s.toks[:n-2] {
		if c := strings.Trim(t, ",."); !townWord(c) && c != "Co" {
			return nil
		}
	}
	ph := postcodeHit{pcStart: n - 2, pcEnd: n - 1, start: 0, end: n - 1, town: true}
	return blockAbove(in, segs, s, ph, h)
}

// gradeWords count a school's grades, classes and years, in the
// languages the detector reads, before their number.
var gradeWords = lowerSet([]string{"grade", "class", "form", "year", "level", "standard", "std", "semester",
	"kidato", "klasse", "classe", "grado", "curso", "jaar", "leerjaar", "luokka", "klass", "kelas", "tingkatan",
	"darjah", "razred", "třída", "osztály"})

// countedAfter reports a number of digits alone at token end that a
// lower-case word of content follows: the number counts what the word
// names ("5000 toothpaste"). A street line ends there, or goes on with a
// unit's or a door's word, or with a sentence's function word ("since").
func countedAfter(toks []string, end int) bool {
	if end+1 >= len(toks) || countDigits(toks[end]) != len(toks[end]) {
		return false
	}
	next := strings.Trim(toks[end+1], ",.;:")
	return len(next) >= 3 && lowerFirst(next) && letterCount(next) == len([]rune(next)) &&
		lexicon.StopwordLanguages(next) == nil && !isUnitWord(next) && !floorOrDoor(next)
}

// numberlessStreetMinPopulation is the smallest town that vouches for a
// street written without its house number before it.
const numberlessStreetMinPopulation = 50000

// numberlessStreet reads a segment that opens with a typed street's name
// without a house number, its comma, a flat's number and its comma or not,
// then a town of some size, at the segment's end, before a comma or
// before the next field's label ("Moi Avenue, Nairobi KRA PIN: …"): a
// letterhead's address where streets go unnumbered.
func numberlessStreet(in *Input, s segment, typed streetReader) []Match {
	toks := s.toks
	e, isTyped, ok := typed.name(toks, 0, false)
	if !ok || !isTyped || e+1 >= len(toks) || !strings.HasSuffix(toks[e], ",") {
		return nil
	}
	j := e + 1
	if j+2 < len(toks) && lexicon.IsUnitType(strings.Trim(toks[j], ",.")) && hasDigit(toks[j+1]) && strings.HasSuffix(toks[j+1], ",") {
		j += 2 // the flat between them: "Kilimani Road, Apt 5B, Nairobi"
	}
	town := strings.Trim(toks[j], ",.")
	if !isCapitalisedToken(town) || lexicon.PlacePopulation(town) < numberlessStreetMinPopulation {
		return nil
	}
	if j+1 < len(toks) && !strings.HasSuffix(toks[j], ",") && !colonWithin(toks[j+1:], 3) {
		return nil
	}
	return []Match{s.match(in, 0, j, entity.Address, scoreBlockLine)}
}

// colonWithin reports a word ending in a colon among the first n of toks:
// the next field's label.
func colonWithin(toks []string, n int) bool {
	for k := 0; k < len(toks) && k < n; k++ {
		if strings.HasSuffix(toks[k], ":") {
			return true
		}
	}
	return false
}

// postcodeClosing extends a street line that ends at token end with a
// comma over a postcode of the page's countries that closes the line or
// its part ("Rua das Laranjeiras, 240, 22240-003"), where no town follows
// it. A year is none.
func postcodeClosing(toks []string, end int, countries []string) int {
	if end+1 >= len(toks) || !strings.HasSuffix(toks[end], ",") || end+2 < len(toks) && !strings.HasSuffix(toks[end+1], ",") {
		return end
	}
	c := strings.TrimRight(toks[end+1], ",.")
	if !hasDigit(c) || reYearToken.MatchString(c) {
		return end
	}
	for _, cc := range countries {
		if postcodeMatches(cc, c) {
			return end + 1
		}
	}
	return end
}

// postcodeUnderTown reads a segment of digits alone as the postcode of
// the known town on the line above it, when the town's country writes its
// postcodes so ("Pretoria" over "0081", as South African addresses end),
// and the lines above the town as the rest of the address block (a suburb,
// the street). A town no list holds counts where a street line with its
// number stands over it and the postcode is one of the page's countries'
// ("14 Protea Crescent" / "Durbanville" / "7550"). Digits alone are any
// number elsewhere (postcodeAlone).
func postcodeUnderTown(in *Input, segs []segment, si, h int, countries []string) []Match {
	s := segs[si]
	if len(s.toks) != 1 || countDigits(s.toks[0]) != len(s.toks[0]) || len(s.toks[0]) < 4 || reYearToken.MatchString(s.toks[0]) {
		return nil // a year is a year
	}
	up, ok := segmentAbove(segs, s, h)
	if !ok || len(up.toks) > 3 {
		return nil
	}
	town := strings.TrimRight(strings.Join(up.toks, " "), ",")
	for _, cc := range lexicon.PlaceCountries(town) {
		if !postcodeMatches(cc, s.toks[0]) {
			continue
		}
		return townOverPostcode(in, segs, s, up, cc, scoreTownKnown, h)
	}
	if blockLine(in, up.toks, true) != len(up.toks)-1 || !streetOver(in, segs, up, h) {
		return nil
	}
	for _, cc := range countries {
		if postcodeMatches(cc, s.toks[0]) {
			return townOverPostcode(in, segs, s, up, cc, scoreBlockLine, h)
		}
	}
	return nil
}

// townOverPostcode reads segment s as cc's postcode, the segment up over
// it as its town (scored townScore) and the lines above as the rest of
// the address block.
func townOverPostcode(in *Input, segs []segment, s, up segment, cc string, townScore float64, h int) []Match {
	out := []Match{s.match(in, 0, 0, entity.Zip, scorePostcode), up.match(in, 0, len(up.toks)-1, entity.Address, townScore)}
	return append(out, blockAbove(in, segs, up, postcodeHit{cc: cc}, h)...)
}

// streetOver reports a street line with its house number right above
// segment s, the whole of that line.
func streetOver(in *Input, segs []segment, s segment, h int) bool {
	up, ok := segmentAbove(segs, s, h)
	if !ok {
		return false
	}
	sp, ok := blockStreet(in, up.toks)
	return ok && sp.end == len(up.toks)-1
}

// blockStreet reads the street that opens a line of an address block: any
// name with a house number, or one that opens with the street words of
// the page's languages ("Am Mühlbach 23" on a German page).
func blockStreet(in *Input, toks []string) (streetSpan, bool) {
	if sp := looseStreets.spans(toks); len(sp) > 0 && sp[0].start == 0 {
		return sp[0], true
	}
	// The page's languages only where the loose reading fails.
	if sp := (streetReader{langs: pageLanguages(in)}).spans(toks); len(sp) > 0 && sp[0].start == 0 {
		return sp[0], true
	}
	return streetSpan{}, false
}

// numberOverStreet reads a line that holds only a house's or a flat's
// number ("H.No. 6-4-45,", "Flat 4,") over the street it belongs to, a
// typed street's name without a number ("Adiga Track,"), as an Indian or
// a British address may break them: both lines are the address's.
func numberOverStreet(in *Input, segs []segment, s segment, typed streetReader, h int) []Match {
	up, ok := segmentAbove(segs, s, h)
	if !ok || unitPrefixEnd(up.toks, 0) != len(up.toks) {
		return nil
	}
	e, isTyped, ok := typed.name(s.toks, 0, false)
	if !ok || !isTyped {
		return nil
	}
	return []Match{up.match(in, 0, len(up.toks)-1, entity.Address, scoreBlockLine),
		s.match(in, 0, addressPartsAfter(s.toks, e), entity.Address, scoreBlockLine)}
}

// unitsOverStreet reads the lines over a street line that opens with
// its street, as Hong Kong and Singapore write a flat's address: a line
// of units only ("Flat C, 17/F, Tower 3"), right above the street or
// above a short line of capitalised words that names the estate
// ("Harbour Crest"). All of them are the address's.
func unitsOverStreet(in *Input, segs []segment, s segment, h int) []Match {
	up, ok := segmentAbove(segs, s, h)
	if !ok {
		return nil
	}
	if unitsLine(up.toks) {
		return []Match{up.match(in, 0, len(up.toks)-1, entity.Address, scoreBlockLine)}
	}
	top, ok := segmentAbove(segs, up, h)
	if !ok || !estateLine(up.toks) || !unitsLine(top.toks) {
		return nil
	}
	return []Match{top.match(in, 0, len(top.toks)-1, entity.Address, scoreBlockLine),
		up.match(in, 0, len(up.toks)-1, entity.Address, scoreBlockLine)}
}

// reUnitLetter is a flat's letter after its unit word ("Flat C,"), and
// reFloorSlash a floor as Hong Kong writes it ("17/F,").
var (
	reUnitLetter = regexp.MustCompile(`^[A-Z]{1,2},?$`)
	reFloorSlash = regexp.MustCompile(`^\d{1,3}/F,?$`)
)

// unitsLine reports a line of units and their numbers only, that opens
// with a unit's word: "Flat C, 17/F, Tower 3", "Unit 5, Block B".
func unitsLine(toks []string) bool {
	if len(toks) == 0 || !unitToken(toks[0]) {
		return false
	}
	for i := 0; i < len(toks); {
		switch {
		case unitPrefixEnd(toks, i) > i:
			i = unitPrefixEnd(toks, i)
		case unitToken(toks[i]) && i+1 < len(toks) && reUnitLetter.MatchString(toks[i+1]):
			i += 2
		case i > 0 && reFloorSlash.MatchString(toks[i]):
			i++
		default:
			return false
		}
	}
	return true
}

// estateLineMaxWords is the most words of an estate's or a building's
// name on its own line.
const estateLineMaxWords = 4

// estateLine reports a short line of capitalised words, no digits and no
// colon: an estate's or a building's name ("Harbour Crest").
func estateLine(toks []string) bool {
	if len(toks) == 0 || len(toks) > estateLineMaxWords {
		return false
	}
	for _, t := range toks {
		core := coreWord(t)
		if core == "" || !capitalised(core) || strings.ContainsAny(t, ":0123456789") {
			return false
		}
	}
	return true
}

// streetOverNumber reads a typed street whose name ends the line of
// running text at segment si and whose house number opens the next line
// ("domiciliată în Cluj-Napoca, Str. Observatorului" / "nr. 44, ap. 12,
// este angajata"): the two lines read as one, from the street's type, a
// word of its own. A town whose name ends in a glued type is none
// ("Johannesburg" over its postcode). spans are the streets typed read on
// segment si's own line.
func streetOverNumber(in *Input, segs []segment, si int, spans []streetSpan, typed streetReader, h int) []Match {
	if si+1 >= len(segs) {
		return nil
	}
	s, next := segs[si], segs[si+1]
	if next.line != s.line+1 || next.top-s.top > 5*h/2 || next.left > s.left+h || len(next.toks) == 0 ||
		!(numberMarker(next.toks[0]) || houseNumber(next.toks[0])) {
		return nil // the next line is no continuation that opens with the number
	}
	for _, sp := range spans {
		if sp.end == len(s.toks)-1 {
			return nil // the street is whole on its line
		}
	}
	for k := len(s.toks) - 1; k >= 0 && k >= len(s.toks)-maxStreetWords; k-- {
		joined := append(slices.Clone(s.toks[k:]), next.toks...)
		sp := typed.spans(joined)
		if len(sp) == 0 || sp[0].start != 0 || sp[0].end < len(s.toks)-k || !typeWordIn(s.toks[k:]) || endsClause(s.toks[len(s.toks)-1]) {
			continue // a glued type ("Johannesburg" / "2196"), or a clause that ends
		}
		last := next.match(in, 0, sp[0].end-(len(s.toks)-k), entity.Address, scoreStreetTyped)
		first := s.match(in, k, len(s.toks)-1, entity.Address, scoreStreetTyped)
		first.End = last.End
		return []Match{first}
	}
	return nil
}

// capsTownMaxWords is the most words of a town in capitals after a street.
const capsTownMaxWords = 5

// capsTownAfter extends a street line that ends at token end over the town
// written after it in capitals, as British and French addresses write
// their post town ("155 Valley Road NETHER BODE END", "86 James Street,
// HAAG COMMON"): words in capitals, one of three letters or more, the
// first no label or form word and none a phone label ("TEL"). It returns
// the address's last token.
func capsTownAfter(toks []string, end int) int {
	last, long := end, false
	for k := end + 1; k < len(toks) && k-end <= capsTownMaxWords; k++ {
		t := toks[k]
		core := strings.Trim(t, ",.")
		if strings.HasSuffix(t, ":") || !isUpperWord(core) || letterCount(core) < 2 || strings.IndexFunc(core, notTownRune) >= 0 ||
			phoneLabelWord(core) || k == end+1 && (isFormWord(core) || isLabelWord(core)) {
			break // a form's word may end a town's name ("MILE END"), not start it
		}
		long = long || letterCount(core) >= 3
		last = k
		if strings.HasSuffix(t, ",") {
			break
		}
	}
	if !long {
		return end
	}
	return last
}

// maxPartWords bounds a part of an address between commas.
const maxPartWords = 4

// addressPartsAfter extends an address that ends at token end with a comma
// over the parts after it on its line that name a building, a street or a
// district ("Flat 3, Rose Court, Westfield Road, Hedon"; "Jl. Gatot
// Subroto No. 112, Kel. Kuningan Timur"); see placePart. It returns the
// address's last token.
func addressPartsAfter(toks []string, end int) int {
	for end < len(toks)-1 && strings.HasSuffix(toks[end], ",") {
		e, ok := placePart(toks, end+1)
		if !ok {
			break
		}
		end = e
	}
	return end
}

// addressPartsBefore extends an address that starts at token start over
// the parts before it on its line, each ended by a comma ("Kec.
// Setiabudi, Jakarta Selatan 12950"), back to a label's colon ("Pickup:
// 12th Main Road, Indiranagar, …"). It returns the address's first
// token.
func addressPartsBefore(toks []string, start int) int {
	for start > 0 && strings.HasSuffix(toks[start-1], ",") {
		i := start - 1
		for i > 0 && start-i < maxPartWords && !strings.HasSuffix(toks[i-1], ",") && !strings.HasSuffix(toks[i-1], ":") {
			i--
		}
		if e, ok := placePart(toks, i); !ok || e != start-1 {
			break
		}
		start = i
	}
	return start
}

// placePart reads a part of an address from token i to the next comma
// or the line's end: up to maxPartWords street words or house numbers (a
// marker allowed before a number: "Road No. 3"), the first capitalised,
// none a label or a phone's label. It returns the part's last token.
func placePart(toks []string, i int) (int, bool) {
	if i >= len(toks) || !isCapitalisedToken(strings.Trim(toks[i], ",")) && !ordinalStreet(toks, i) {
		return 0, false
	}
	if j, ok := knownTownRun(toks, i); ok {
		return j, true // "Quezon City": a town whose name holds a form's word
	}
	for k := i; k < len(toks) && k < i+maxPartWords; k++ {
		t := toks[k]
		marker := k > i && k+1 < len(toks) && unitNumberWords[strings.ToLower(t)] && houseNumber(toks[k+1]) // "Road No. 3"
		// A compass point after the district's name ("Andheri West,").
		compass := k > i && lexicon.IsDirectional(strings.Trim(t, ",.")) && isCapitalisedToken(t)
		// An ordinal before a capitalised word inside the district's
		// name ("Jayanagar 4th Block,").
		ordinal := ordinalStreet(toks, k)
		// A block's or a sector's letter ("Block C,"), a place and its
		// number or postcode joined by a dash ("Mirpur-10,", "Dhaka-1216").
		lettered := k > i && reUnitLetter.MatchString(t)
		numbered := k == i && rePlaceNumber.MatchString(t)
		if strings.HasSuffix(t, ":") || phoneLabelWord(strings.Trim(t, ",.")) || !streetWord(t) && !houseNumber(t) && !marker && !compass && !ordinal && !lettered && !numbered {
			return 0, false
		}
		if strings.HasSuffix(t, ",") || k == len(toks)-1 {
			return k, true
		}
	}
	return 0, false
}

// rePlaceNumber is a place's name and its number or postcode joined by
// a dash ("Mirpur-10", "Dhaka-1216").
var rePlaceNumber = regexp.MustCompile(`^\p{Lu}\p{Ll}+-\d{1,6},?$`)

// knownTownRun reads two or three words from token i that the gazetteer
// knows as one town, ending the line or its part ("Quezon City,", "Pasig
// City"), and returns the last token.
func knownTownRun(toks []string, i int) (int, bool) {
	for j := i + 1; j < len(toks) && j < i+3; j++ {
		if !isCapitalisedToken(strings.Trim(toks[j], ",.")) {
			return 0, false
		}
		if !endsClause(toks[j]) && j != len(toks)-1 {
			continue
		}
		parts := make([]string, 0, j-i+1)
		for _, t := range toks[i : j+1] {
			parts = append(parts, strings.Trim(t, ",."))
		}
		return j, lexicon.PlaceCountries(strings.Join(parts, " ")) != nil
	}
	return 0, false
}

// ordinalStreet reports an ordinal that starts a street's name, a
// capitalised word after it ("12th Main Road", as Bengaluru numbers its
// mains and crosses).
func ordinalStreet(toks []string, i int) bool {
	return ordinalRe.MatchString(strings.Trim(toks[i], ",")) && i+1 < len(toks) && isCapitalisedToken(toks[i+1])
}

// notTownRune reports a character no town's name holds.
func notTownRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' }

// postcodeMatchSet are a hit's postcode (ZIP) and its postcode and town
// (ADDRESS).
func postcodeMatchSet(in *Input, s segment, ph postcodeHit) []Match {
	score := scoreTownPage
	if ph.known {
		score = scoreTownKnown
	}
	out := []Match{s.match(in, ph.pcStart, ph.pcEnd, entity.Zip, scorePostcode)}
	switch {
	case ph.town && ph.label > ph.start:
		// The label stays: the town before it, the postcode after it.
		out = append(out, s.match(in, ph.start, ph.label-1, entity.Address, score),
			s.match(in, ph.pcStart, ph.end, entity.Address, score))
	case ph.town:
		out = append(out, s.match(in, ph.start, ph.end, entity.Address, score))
	}
	return out
}

// blockAbove finds the street before a postcode on its own segment
// ("Strada Scherini, 199, 48177 Mandanici") and, where nothing else comes
// before the postcode and its town on their line but the parts of the
// address, the lines above it that continue the address: street lines with a house number, unit lines ("No.
// 242,"), and, right above the postcode line, a town line where the
// postcode has none beside it or the line ends with a comma. The line over
// the block, or over a whole address on one line, is read as its addressee
// (addresseeLine).
func blockAbove(in *Input, segs []segment, s segment, ph postcodeHit, h int) []Match {
	var out []Match
	oneLine := false // the street opens the postcode's line: a whole address on one line
	if ph.start == 1 && postcodeLabelToken(s.toks[0]) {
		// The postcode's label opens its line ("C.P. 06600 Ciudad de
		// México"): the lines above go on with the address.
	} else if ph.start > 0 {
		for _, sp := range looseStreets.spans(s.toks[:ph.start]) {
			if sp.end == ph.start-1 {
				out = append(out, s.match(in, sp.start, sp.end, entity.Address, scoreBlockLine))
				if up, ok := segmentAbove(segs, s, h); ok && sp.start == 0 {
					out = append(out, addresseeLine(in, up)...)
				}
				return out
			}
			oneLine = oneLine || sp.start == 0
		}
		lead := ph.start
		if l := postcodeLabelAt(s.toks, ph.start-1); l >= 0 && !ph.town {
			lead = l // the parts end before the label ("Col. Juárez, C.P. 06600")
		}
		st := addressPartsBefore(s.toks, lead)
		if st == lead && lead == 2 && isDash(s.toks[1]) && knownTownToken(s.toks[0]) {
			st = 0 // the town and its postcode joined by a dash: "Bengaluru - 560038, Karnataka"
		}
		if st == 1 && ph.start == 1 && strings.Trim(s.toks[0], ".") == "Co" {
			st = 0 // an Irish county's "Co." before its town: "Co. Dublin A96 F2X8"
		}
		switch {
		case lead < ph.start:
			if st < lead {
				out = append(out, s.match(in, st, lead-1, entity.Address, scoreBlockLine))
			}
		case st < ph.start:
			end := ph.end
			if ph.label > ph.start {
				end = ph.label - 1 // the postcode's label stays (postcodeMatchSet)
			}
			out = append(out, s.match(in, st, end, entity.Address, scoreBlockLine))
		}
		if st > 0 {
			return out
		}
		// The district before the town opens the line ("Banjara Hills,
		// Hyderabad 500034"): the lines above go on with the address.
	}
	cur := s
	for step := 1; step <= maxBlockClimb; step++ {
		up, ok := segmentAbove(segs, cur, h)
		if !ok {
			break
		}
		end := blockLine(in, up.toks, step == 1 && (!ph.town || endsClause(up.toks[len(up.toks)-1])))
		if end < 0 && step == 1 {
			out = append(out, wrappedParts(in, up)...)
		}
		if end < 0 {
			if step > 1 || oneLine {
				out = append(out, addresseeLine(in, up)...)
			}
			break
		}
		out = append(out, up.match(in, 0, end, entity.Address, scoreBlockLine))
		if end < len(up.toks)-1 {
			break // the rest of the line is something else
		}
		cur = up
	}
	return out
}

// wrappedParts reads the parts of an address that end the line of
// running text above a postcode line, the line ending in a comma: "of
// the flat No. B-704, Prestige Lakeside Habitat, Varthur Road," over
// "Bengaluru 560087 for the month of". A street type among them vouches
// for them.
func wrappedParts(in *Input, up segment) []Match {
	n := len(up.toks)
	if !strings.HasSuffix(up.toks[n-1], ",") {
		return nil
	}
	st := addressPartsBefore(up.toks, n)
	if st == n || !typeWordIn(up.toks[st:]) {
		return nil
	}
	return []Match{up.match(in, st, n-1, entity.Address, scoreBlockLine)}
}

// scoreAddressee is the score of the name over an address block.
const scoreAddressee = 0.6

// addresseeLine reads the line over an address block of a street and a
// postcode line, two to five words, as the name of the person it is
// addressed to ("Lars-Erik Lindqvist" over "Storgatan 14B", "411 38
// Göteborg"; addresseeName), or of the firm (addresseeFirm). A label
// that opens the line stays ("Mottagare: Lars Eriksson"): the value after
// it is the addressee.
func addresseeLine(in *Input, s segment) []Match {
	n := len(s.toks)
	if n < 2 || n > 5 || strings.HasSuffix(s.toks[n-1], ":") {
		return nil
	}
	from := 0
	for i := n - 2; i >= 0; i-- {
		if strings.HasSuffix(s.toks[i], ":") {
			from = i + 1
			break
		}
	}
	if !addresseeName(s.toks[from:]) {
		if from > 0 {
			return nil
		}
		return addresseeFirm(in, s)
	}
	return []Match{s.match(in, from, n-1, entity.Person, scoreAddressee)}
}

// addresseeName reports a person's name: name-shaped words, a title or
// particles among them, one of them no dictionary word.
func addresseeName(toks []string) bool {
	names, solid := 0, false
	for _, t := range toks {
		core := coreWord(t)
		low := strings.ToLower(core)
		switch {
		case reTitleWord.MatchString(t), nameParticles[low], initialWord(t):
		case frameNameShape(core) && (knownName(core) || lexicon.IsName(low) || !isDictWord(core)):
			names++
			solid = solid || !isDictWord(core)
		default:
			return false
		}
	}
	return names >= 1 && solid
}

// addresseeFirm reads the line over an address block as the firm it
// addresses or that writes it ("BOULANGERIE DU PLATEAU" over "4521 rue
// Saint-Denis", "Montréal QC H2J 2L4") when its words are ordinary words
// in capitals, with particles between them, and none is a label or form
// word ("ACCOUNTS PAYABLE", "INVOICE").
func addresseeFirm(in *Input, s segment) []Match {
	long := 0
	for _, t := range s.toks {
		core := coreWord(t)
		low := strings.ToLower(core)
		switch {
		case nameParticles[low], townConnector(core):
		case core == "" || !isUpperWord(core) || letterCount(core) != len([]rune(core)) || isFormWord(core) || isLabelWord(core):
			return nil
		case letterCount(core) >= 3:
			long++
		}
	}
	if long < 2 {
		return nil
	}
	return []Match{s.match(in, 0, len(s.toks)-1, entity.Organization, scoreAddressee)}
}

// segmentAbove is the segment on the line right above s that starts, ends
// or is centred where s does (left-, right-aligned or centred blocks: a
// receipt's header).
func segmentAbove(segs []segment, s segment, h int) (segment, bool) {
	var best segment
	found := false
	for _, u := range segs {
		if u.line >= s.line || s.top-u.top > 5*h/2 || s.top <= u.top {
			continue
		}
		if abs(u.left-s.left) > 2*h && abs(u.right-s.right) > 2*h && abs(u.left+u.right-s.left-s.right) > 2*h {
			continue
		}
		if !found || u.line > best.line {
			best, found = u, true
		}
	}
	return best, found
}

// reOrdinal is an English ordinal number: "2nd", "14th".
var reOrdinal = regexp.MustCompile(`^\d{1,3}(?:st|nd|rd|th)$`)

// localityStages are the words of an Indian city's numbered stages,
// phases, blocks, sectors, cross roads and main roads, after an ordinal.
var localityStages = lowerSet([]string{"stage", "phase", "block", "sector", "cross", "main", "layout"})

// ordinalLocality reports a line of a block, ten words at most with no
// colon, that holds an ordinal and a stage's word after it ("HAL 2nd
// Stage, Indiranagar", "14th Cross, 5th Main"): a locality's part of an
// Indian address.
func ordinalLocality(toks []string) bool {
	if len(toks) > 10 || slices.ContainsFunc(toks, func(t string) bool { return strings.HasSuffix(t, ":") }) {
		return false
	}
	for i := 0; i+1 < len(toks); i++ {
		if reOrdinal.MatchString(strings.ToLower(toks[i])) && localityStages[strings.ToLower(strings.Trim(toks[i+1], ",."))] {
			return true
		}
	}
	return false
}

// blockLine reads a line that continues an address block: a street line
// with a house number, a unit and its number (what follows them on the line
// left out), or (when town is set) a town. It returns the last token that
// belongs to the address, -1 for none.
func blockLine(in *Input, toks []string, town bool) int {
	for len(toks) > 0 && letterCount(toks[len(toks)-1])+countDigits(toks[len(toks)-1]) == 0 {
		toks = toks[:len(toks)-1] // a stray mark at the end
	}
	if len(toks) == 0 || strings.HasSuffix(toks[0], ":") {
		return -1
	}
	if sp, ok := blockStreet(in, toks); ok && (sp.end == len(toks)-1 || labelFollows(toks[sp.end+1:])) {
		return sp.end
	}
	if e := unitPrefixEnd(toks, 0); e > 0 {
		return addressPartsAfter(toks, e-1) // "Plot No. 14, Road No. 3,"
	}
	if reFlatCode.MatchString(toks[0]) || reFloorUnit.MatchString(toks[0]) {
		return addressPartsAfter(toks, 0) // a flat and its building: "B-302, Sai Krupa Apartments", "#08-223"
	}
	if e, ok := unnumberedStreetLine(toks, pageLanguages(in)); ok {
		return e
	}
	if buildingUnitsLine(toks) {
		return len(toks) - 1
	}
	if divisionKind(divisionSeg{toks: toks}) == 1 || len(toks) >= 2 && allUpper(toks) && lexicon.IsDivisionWord(strings.ToLower(toks[0])) {
		// A district's line by its type, its period left out in a block
		// in capitals: "Col. Juárez", "COL LAS AMÉRICAS" (Mexico's colonia).
		return len(toks) - 1
	}
	if numberEndedStreet(toks) || ordinalLocality(toks) {
		return len(toks) - 1
	}
	if !town || isPersonalTitleToken(toks[0]) && !knownPlaceStart(toks) {
		return -1 // a name's line ("Mr John Smith"), not "Dun Laoghaire, Co. Dublin"
	}
	if capsTownAfter(toks, -1) == len(toks)-1 {
		return len(toks) - 1 // a post town in capitals ("NETHER BODE END")
	}
	for _, t := range toks {
		if !townWord(strings.Trim(t, ",.")) {
			return -1
		}
	}
	if !plausibleTown(strings.Trim(strings.Join(toks, " "), ",.")) {
		return -1
	}
	return len(toks) - 1
}

// interiorWords mark an interior's number after the house number, as
// Mexico's and Spain's addresses write it ("418 INT 2", "12 DEPTO 3").
var interiorWords = lowerSet([]string{"int", "int.", "interior", "depto", "depto.", "dpto", "dpto.", "apto", "apto."})

// numberEndedStreet reports a block's line that ends in a house number,
// and an interior's number after it: a street with its type abbreviated
// or left out, in capitals ("C FRAY SERVANDO TERESA DE MIER 418 INT 2"
// over the colonia's line) or a few words in name case ("Kamp 38-B").
func numberEndedStreet(toks []string) bool {
	n := len(toks)
	if n >= 3 && interiorWords[strings.ToLower(toks[n-2])] && reHouseNumber.MatchString(toks[n-1]) {
		n -= 2
	}
	if n < 2 || !reHouseNumber.MatchString(toks[n-1]) || slices.ContainsFunc(toks[:n-1], hasDigit) {
		return false
	}
	if allUpper(toks[:n-1]) {
		return n >= 3
	}
	// A street named without its type in name case, a few words: "Kamp
	// 38-B" over "3811 AR Amersfoort".
	return n <= 4 && !slices.ContainsFunc(toks[:n-1], func(t string) bool { return !isCapitalisedToken(t) && !nameParticles[t] })
}

// unnumberedStreetLine reads a block's line that opens with a typed
// street without its house number, its comma and a town ("Harbour Road,
// Dún Laoghaire" over "Co. Dublin A96 F2X8"). A street of two type words
// counts ("Harbour Road"), and a type that is an English word where a
// language of the page (langs) writes it first ("Rue Ibnou Mounir,
// Maârif"), or a street alone whose type comes first ("Triq San
// Bartilmew" over "Għargħur GHR 1342"). It returns the line's last token.
func unnumberedStreetLine(toks []string, langs map[string]bool) (int, bool) {
	e, typed, ok := looseStreets.name(toks, 0, false)
	if ok && !typed {
		e, typed, ok = streetReader{langs: langs}.name(toks, 0, false)
	}
	if !ok && len(toks) > 2 && isCapitalisedToken(toks[0]) && streetTypeToken(toks[0]) && streetTypeToken(strings.TrimSuffix(toks[1], ",")) {
		e, typed, ok = 1, true, true
	}
	if ok && typed && e == len(toks)-1 && e >= 1 && (streetReader{langs: langs}).typeFirst(toks[0], toks[1]) {
		return e, true // the street alone, its type first, a house's name on the line above ("Triq San Bartilmew")
	}
	if !ok || !typed || e+1 >= len(toks) || !strings.HasSuffix(toks[e], ",") {
		return -1, false
	}
	for _, t := range toks[e+1:] {
		if !townWord(strings.Trim(t, ",.")) {
			return -1, false
		}
	}
	return len(toks) - 1, true
}

// buildingUnitsLine reports a block's line of a building's name, its
// comma and the units in it ("Résidence Les Tanneurs, bât. C, appt 32"
// over "14 rue des Tanneurs").
func buildingUnitsLine(toks []string) bool {
	for i, t := range toks {
		if strings.HasSuffix(t, ",") {
			head := append(slices.Clone(toks[:i]), strings.TrimSuffix(t, ","))
			return i+1 < len(toks) && estateLine(head) && unitPairs(toks[i+1:])
		}
	}
	return false
}

// buildingUnitWords are the parts of a building that French addresses
// number, which the unit list lacks: a wing, a block, a staircase.
var buildingUnitWords = lowerSet(strings.Fields(`bât bât. bat. bâtiment batiment bloc esc esc. escalier imm imm.`))

// unitPairs reports units each followed by its short code: "bât. C,
// appt 32", "Flat 4, Block B".
func unitPairs(toks []string) bool {
	if len(toks) < 2 || len(toks)%2 != 0 {
		return false
	}
	for i := 0; i < len(toks); i += 2 {
		w := strings.TrimSuffix(toks[i], ",")
		code := strings.TrimSuffix(toks[i+1], ",")
		if !unitToken(w) && !buildingUnitWords[strings.ToLower(w)] || len(code) == 0 || len(code) > 4 || !reUnitCode.MatchString(code) {
			return false
		}
	}
	return true
}

// reUnitCode is a unit's short code: digits, a letter, or both.
var reUnitCode = regexp.MustCompile(`^(?:\d{1,4}[A-Za-z]?|[A-Z]\d{0,3})$`)

// reFlatCode is a flat's number after its wing's or block's letter, a
// comma after it: "B-302,", "A/14,".
var reFlatCode = regexp.MustCompile(`^[A-Z]{1,2}[-/]\d{1,4}[A-Z]?,$`)

// knownTownToken reports a capitalised word that the gazetteer knows as
// a town.
func knownTownToken(t string) bool {
	return isCapitalisedToken(t) && isPlaceName(strings.Trim(t, ",."))
}

// reFloorUnit is a unit's floor and number after "#", as Singapore and
// Malaysia write them: "#08-223", "#04-12A,".
var reFloorUnit = regexp.MustCompile(`^#\d{1,3}-\d{1,5}[A-Z]?,?$`)

// labelFollows reports another column's field label within the first three
// tokens ("46 Hassie Hill Customer No.: C-654755").
func labelFollows(toks []string) bool {
	for k := 0; k < len(toks) && k < 3; k++ {
		if strings.HasSuffix(toks[k], ":") {
			return true
		}
	}
	return false
}

// knownPlaceStart reports a line that opens with a place the gazetteer
// knows, of one or two words.
func knownPlaceStart(toks []string) bool {
	for n := min(2, len(toks)); n >= 1; n-- {
		if lexicon.PlaceCountries(strings.Trim(strings.Join(toks[:n], " "), ",.")) != nil {
			return true
		}
	}
	return false
}

func isPersonalTitleToken(t string) bool { return lexicon.IsPersonalTitle(strings.Trim(t, ",")) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
