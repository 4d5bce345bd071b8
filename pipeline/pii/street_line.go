package pii

import (
	"regexp"
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Street lines of any country: the house number before the street ("12 rue
// de la Paix", "Flat 3, 12 High Street") or after it ("Hauptstraße 12",
// "Via Roma 5", "C/ Mayor, 7, 2º B"), with a street-type word of any
// language as prefix or suffix, glued on ("Lindenstr. 4") or standing alone.
// A line without a street-type word is a street only in an address block,
// above its postcode line (streetWhole).

var (
	// A house number may carry a letter, a Roman floor, a second number
	// or the "bis" of the house added beside it ("88-bis", "12bis").
	reHouseNumber = regexp.MustCompile(`^(?:\d{1,5}-?(?:bis|ter|quater)|\d{1,5}[A-Za-z]?|\d{1,5}-(?:[A-Za-z]|[IVX]{1,4})|\d{1,4}/[A-Za-z]|\d{1,4}(?:[-/]\d{1,4}){1,2}[A-Za-z]?)(?:[,.;:]|,\.)?$`)
	// reFloor is a Spanish-style floor after the number, with its door
	// glued on or not: "2º", "3°", "4°B".
	// OCR reads the "º" as "*" too ("1* Izda.").
	reFloor = regexp.MustCompile(`^\d{1,2}[º°ª*][A-Z]?,?$`)
	// reElided is a name after an elided article or preposition: "d'Assas",
	// "l'Odéon" (OCR "1'Odéon"), "dell'Orso"; or after a Maltese or
	// Arabic article joined by a hyphen: "il-Kbira", "ix-Xatt", "al-Nasr".
	reElided = regexp.MustCompile(`^(?:(?:[dlDL1]|dell|dall|nell|sull)['’]|(?:il|l|is|ix|iz|iż|ic|iċ|id|in|ir|it|al|el|ad|ar|as|at|an|ash)-)\p{Lu}\pL+$`)
)

// numberSuffixes follow a French or Italian house number: "12 bis".
var numberSuffixes = lowerSet(strings.Fields(`bis ter quater`))

// doorWords follow a Spanish floor: "2º Dcha.", "Bajo Izda.", "Ático".
var doorWords = lowerSet(strings.Fields(`dcha dcha. izda izda. izq izq. bajo ático atico entlo pral puerta`))

// danishDoors are the floor and door of a Danish flat after the house
// number, in lower case ("7, st. th.", "12, 2. tv.", "4, 1. sal"): "st."
// is the ground floor, "th." and "tv." the right and left door.
var danishDoors = map[string]bool{"st.": true, "st": true, "th.": true, "th": true, "tv.": true, "tv": true,
	"mf.": true, "mf": true, "kl.": true, "sal": true}

// floorDoor reports a door after a floor: a single capital or a door word.
func floorDoor(t string) bool {
	t = strings.Trim(t, ",")
	return len(t) == 1 && t >= "A" && t <= "Z" || doorWords[strings.ToLower(t)]
}

// floorOrDoor reports a floor ("2º") or a door word ("Ático") that a
// door letter may follow.
func floorOrDoor(t string) bool {
	t = strings.Trim(t, ",")
	return reFloor.MatchString(t) || doorWords[strings.ToLower(t)]
}

// floorMarked reports a floor written with its mark ("3º", "4°B") among
// toks: with the house number before it, a Spanish street line.
func floorMarked(toks []string) bool {
	for _, t := range toks {
		if reFloor.MatchString(strings.Trim(t, ",")) {
			return true
		}
	}
	return false
}

// reHashUnit is a unit written with a hash: "#04-12", "#12".
var reHashUnit = regexp.MustCompile(`^#\d{1,3}(?:-\d{1,4})?,?$`)

// unitNumberWords introduce a house or flat number ("No. 42", "H.No. 2-8-171").
var unitNumberWords = lowerSet(strings.Fields(`no. no no: nr. nr nr: n. n° nº h.no. h.no house plot door br. č.`))

// streetTypeToken reports a street-type word or a street name with its
// type glued on.
func streetTypeToken(t string) bool {
	c := sharpSRead(strings.TrimRight(t, ",;:"))
	if len(c) < 2 || hasDigit(c) || unitNumberWords[strings.ToLower(c)] || numberMarker(c) {
		return false // "3 Patient ID": a label's marker, no street type
	}
	if strings.HasSuffix(t, ":") {
		return false // the next field's label: "… 10-25 Lakh" over "Place: Pune"
	}
	if lexicon.IsStreetType(c) {
		return true
	}
	_, ok := gluedStreet(c)
	return ok
}

// reMisreadSharpS is the "ß" of "-straße" as OCR's English model reads it:
// "&", "B" or "8" ("Schubertstra&e").
var reMisreadSharpS = regexp.MustCompile(`(stra|STRA)[&B8]([eE])$`)

// sharpSRead is c with a misread "ß" of "-straße" put back, as "SS" in
// capitals ("HAUPTSTRASSE").
func sharpSRead(c string) string {
	return reMisreadSharpS.ReplaceAllStringFunc(c, func(m string) string {
		if strings.HasPrefix(m, "STRA") {
			return "STRASSE"
		}
		return m[:4] + "ß" + m[5:]
	})
}

// streetWord reports a word of a street's name: a town-like word that is
// no label word, a street type or a connector ("de la", "del").
func streetWord(t string) bool {
	c := strings.Trim(t, ",;:()")
	return townWord(c) && !isFormWord(c) || streetTypeToken(c) || c == "C/" || c == "c/" || reElided.MatchString(c)
}

// houseNumber reports a house number: "12", "12b", "12-14", "2-8-171",
// a letter or a Dutch floor after a hyphen ("452-H", "12-III"), an
// Italian inner door after a slash ("12/B");
// not a quantity ("500g", "1L", "6x") nor a year and a document's number
// ("2025/1184"). OCR reads a "1" before the number's letter as "l" or
// "I" ("9la" is "91a"), a zero as "@" ("4@"), and a speck after the
// number as a colon ("Rosenweg 5:") or after its comma ("147,.").
func houseNumber(t string) bool {
	if reOneReadAsL.MatchString(t) {
		return true
	}
	if strings.Contains(t, "@") && hasDigit(t) {
		t = strings.ReplaceAll(t, "@", "0") // OCR's "@" for a zero: "4@ Rue du Bac"
	}
	// OCR's cent sign for a "c", or beside one: "Glücksburger Str. 61¢", "Warthestr. 68c¢".
	t = strings.ReplaceAll(strings.ReplaceAll(t, "c¢", "c"), "¢", "c")
	core := strings.TrimRight(t, ",.;:")
	return reHouseNumber.MatchString(t) && !strings.ContainsAny(core[len(core)-1:], "gGlLxX") && !reYearSlash.MatchString(core)
}

// reOneReadAsL is a house number with a letter whose last digit, a "1",
// OCR read as "l" or "I" ("9la").
var reOneReadAsL = regexp.MustCompile(`^\d{1,4}[lI][a-z][,.]?$`)

// reYearSlash is a year and a number after a slash: a document's number.
var reYearSlash = regexp.MustCompile(`^(?:19|20)\d{2}/\d+$`)

// unitPrefixEnd returns the index after a unit and its number that starts
// at token i ("Flat 3,", "Flat No. 538,", "H.No. 2-8-171"), or i for none.
func unitPrefixEnd(toks []string, i int) int {
	if i < len(toks) && reGluedUnitNumber.MatchString(toks[i]) {
		return i + 1 // "NO-18," as OCR joins the marker and the number
	}
	j := i
	for j < len(toks) && j < i+2 && reKoreanUnit.MatchString(toks[j]) {
		j++ // a Korean apartment's building and flat: "101-dong 1203-ho, 27, Dongil-ro"
	}
	for j < len(toks) && j < i+2 && unitToken(toks[j]) && !unitLabel(toks[j]) {
		j++
	}
	if j > i && j < len(toks) && houseNumber(toks[j]) {
		return j + 1
	}
	return i
}

// reKoreanUnit is a Korean apartment building's number ("101-dong") or a
// flat's ("1203-ho"), as Latin letters write them.
var reKoreanUnit = regexp.MustCompile(`^\d{1,4}-(?:dong|ho),?$`)

// unitLabel reports a unit's word with its colon, no number's marker: a
// field's label ("Rental Unit: 301-45 Dundas Street West"), whose value
// is the address; "No: 45" marks the house's number.
func unitLabel(t string) bool {
	return strings.HasSuffix(t, ":") && !unitNumberWords[strings.ToLower(t)] && !numberMarker(strings.TrimSuffix(t, ":"))
}

// reGluedUnitNumber is a house number's marker, or a house's or a flat's
// word, joined to the number by a hyphen or a period ("NO-18,", "No.7",
// "House.22,").
var reGluedUnitNumber = regexp.MustCompile(`^(?i:no|house|flat|plot)[-.]\d{1,5}[A-Za-z]?,?$`)

// unitToken reports a unit or house-number word ("Flat", "Apt", "No.").
// English function words in lower case that libpostal lists as another
// language's units ("of", "at", "in") are none: "a resident of 12 High
// Street" starts at the number.
func unitToken(t string) bool {
	low := strings.ToLower(t)
	if unitNumberWords[low] {
		return true
	}
	if l := secondLRead(t); l != t {
		return unitToken(l) // "BIk 523" read for "Blk 523"
	}
	return lexicon.IsUnitType(t) && !(t == low && slices.Contains(lexicon.StopwordLanguages(low), "en"))
}

// unitSuffixEnd extends a street line that ends at token e over a unit
// and its number after it ("4026 McDermott Glen, Suite 113", "12 High
// Street, Flat 3", Singapore's floor and unit "1 Raffles Place #04-12"),
// or returns e. A street type that ends the name may have the street's
// own number after it, as Singapore numbers its avenues and streets ("Ang
// Mo Kio Ave 8", "Tampines Street 11, #05-67"): that number ends the
// line or its part, or a unit follows it.
func unitSuffixEnd(toks []string, e int) int {
	if e+1 < len(toks) && streetTypeToken(strings.Trim(toks[e], ",.")) && !endsClause(toks[e]) &&
		reStreetNumberName.MatchString(strings.TrimRight(toks[e+1], ",")) &&
		(e+2 == len(toks) || strings.HasSuffix(toks[e+1], ",") || reHashUnit.MatchString(toks[e+2])) {
		e++
	}
	if e+1 < len(toks) && reHashUnit.MatchString(toks[e+1]) {
		return e + 1
	}
	j := e + 1
	for j < len(toks) && j < e+3 && unitToken(strings.Trim(toks[j], ",")) {
		j++
	}
	if j > e+1 && j < len(toks) && houseNumber(strings.Trim(toks[j], ",")) {
		return j
	}
	return e
}

// reFlatNumber is a flat's number after its staircase's letter.
var reFlatNumber = regexp.MustCompile(`^\d{1,3}$`)

// numberTrailEnd extends a house number at token j over what may follow it:
// "bis", a floor and door ("2º B", "3º Dcha."), a unit and its number.
func numberTrailEnd(toks []string, j int) int {
	if j+1 < len(toks) && numberSuffixes[strings.ToLower(strings.Trim(toks[j+1], ",."))] {
		j++
	}
	for j+1 < len(toks) {
		t := strings.Trim(toks[j+1], ",")
		switch {
		case reFloor.MatchString(t), doorWords[strings.ToLower(t)], danishDoors[t]:
			j++
		case reOrdinalNumber.MatchString(t) && j+2 < len(toks) && danishDoors[strings.Trim(toks[j+2], ",")]:
			j += 2 // "2. tv."
		case len(t) == 1 && t >= "A" && t <= "Z" && j > 0 && floorOrDoor(toks[j]):
			j++ // "2º A", "Ático A"
		case len(t) <= 2 && countDigits(t) == len(t) && j+2 < len(toks) && floorDoor(toks[j+2]):
			j += 2 // a floor read without its "º" ("42 A" for "4º A")
		case len(t) == 1 && t >= "A" && t <= "Z" && j+2 < len(toks) && reFlatNumber.MatchString(strings.Trim(toks[j+2], ",")):
			j += 2 // a staircase and a flat, as Finland writes them: "Pispalan valtatie 44 A 7"
		default:
			return j
		}
	}
	return j
}
