package pii

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// withTown extends a postcode hit over the town written after it ("75008
// Paris CEDEX", "28013 Madrid (Madrid)") or, failing that, before it
// ("Mumbai 400001", "Mumbai - 400 001"), and records whether the town is a
// known town of the hit's country.
func withTown(s segment, h postcodeHit) postcodeHit {
	// A period after the digits ends a sentence: the capital after it
	// opens the next one ("på telefon 05515. Oppmøte senest …").
	stop := strings.HasSuffix(s.toks[h.pcEnd], ".")
	if k, known, ok := townAt(s, h.pcEnd+1, 1, h.cc); ok && !stop {
		// A town no list holds is known by its province's code in
		// brackets after it ("74481 Fortunago (MO)").
		known = known || k+1 < len(s.toks) && bracketedRegionCode(s.toks[k+1], h.cc)
		h.end, h.known, h.town = k, known, true
		h.end = regionCodeAfter(s, regionAfter(s, cedexAfter(s, h.end)), h.cc)
		return h
	}
	if k, ok := townBeforeRegion(s, h.pcEnd+1); ok && !stop {
		h.end, h.town = k, true
		return h
	}
	j := h.pcStart - 1
	if l := postcodeLabelAt(s.toks, j); l > 0 {
		h.label = l
		j = l - 1
	}
	if j >= 0 && isDash(s.toks[j]) {
		j--
	}
	// A region's code between town and postcode: "Toronto, ON M5V 2T6",
	// "Sydney NSW 2000", "Curitiba - PR, 80010-120".
	if j > 0 && regionCodeToken(s.toks[j], h.cc) {
		j--
		if j > 0 && isDash(s.toks[j]) {
			j-- // "Curitiba - PR, 80010-120"
		}
	} else if b := bracketedRegionBefore(s, j, h.cc); b > 0 {
		j = b - 1 // "Montréal (Québec) H2K 3Y8"
	}
	if k, ok := townRegionBefore(s, j, h.cc); ok {
		h.start, h.known, h.town = k, true, true
		return h
	}
	if k, known, ok := townAt(s, j, -1, h.cc); ok {
		h.start, h.known, h.town = townBeforeRegionName(s, k, j, h.cc), known, true
	} else if k, ok := townBeforeLettered(s, j, h); ok {
		h.start, h.town = k, true
	}
	return h
}

// townBeforeLettered accepts a town of capitalised words that are
// dictionary words too ("Harrow HA1 3LP", "Reading RG1 1AA") before a
// postcode with letters in it, a shape too particular to be anything
// else; none of its words may be a form's or a label's. It returns the
// town's first token.
func townBeforeLettered(s segment, j int, h postcodeHit) (int, bool) {
	lettered := false
	for _, t := range s.toks[h.pcStart : h.pcEnd+1] {
		lettered = lettered || letterCount(t) > 0
	}
	names := townRun(s, j, -1)
	if !lettered || len(names) == 0 {
		return 0, false
	}
	// The longest run of town words that holds no form's or label's word,
	// but for a compass point that starts it ("North Rempel Heath").
	for n := len(names) - 1; n >= 0; n-- {
		ws := strings.Fields(names[n])
		ok := true
		for k, w := range ws {
			if !isCapitalisedToken(w) || (isFormWord(w) || isLabelWord(w)) && !(k == 0 && len(ws) > 1 && lexicon.IsDirectional(strings.ToLower(w))) {
				ok = false
				break
			}
		}
		if ok {
			return j - (len(ws) - 1), true
		}
	}
	return 0, false
}

// maxRegionWords bounds a region's name ("Andaman and Nicobar Islands").
const maxRegionWords = 5

// regionBefore finds the longest name of a first-level region that ends
// at token j ("Punjab", "Tamil Nadu", "Andaman and Nicobar Islands"): its
// first token and its countries, or j+1 and nil.
func regionBefore(s segment, j int) (int, []string) {
	start, ccs := j+1, []string(nil)
	var words []string
	for k := j; k >= 0 && k > j-maxRegionWords; k-- {
		if k < j && endsClause(s.toks[k]) {
			break
		}
		words = append([]string{strings.Trim(s.toks[k], ",.;:")}, words...)
		if cs := lexicon.RegionCountries(strings.Join(words, " ")); cs != nil && isCapitalisedToken(words[0]) {
			start, ccs = k, cs
		}
	}
	return start, ccs
}

// townRegionBefore reads "Town, Region" ending at token j, the region one
// of cc's ("Tuljapur, Punjab 739111", "Magadi, Nagaland 211969"): a town
// and its region beside a postcode of the region's country are an
// address as surely as a known town. It returns the town's first token.
func townRegionBefore(s segment, j int, cc string) (int, bool) {
	r, ccs := regionBefore(s, j)
	if !slices.Contains(ccs, cc) || r == 0 || !strings.HasSuffix(s.toks[r-1], ",") {
		return 0, false
	}
	names := townRun(s, r-1, -1)
	if len(names) == 0 {
		return 0, false
	}
	name := names[len(names)-1]
	if !lexicon.IsPlaceIn(name, cc) && !plausibleTown(name) {
		return 0, false
	}
	return r - len(strings.Fields(name)), true
}

// bracketedRegionCode reports one of cc's region codes in brackets: "(MO)".
func bracketedRegionCode(t, cc string) bool {
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && regionCodeToken(strings.Trim(t, "()"), cc)
}

// maxBracketedRegionWords bounds a region's name in brackets ("(Nova
// Scotia)").
const maxBracketedRegionWords = 3

// bracketedRegionBefore finds a name of one of cc's regions in brackets
// that ends at token j, as Canada writes a Quebec address's province
// ("Montréal (Québec) H2K 3Y8"); it returns the name's first token, or -1.
func bracketedRegionBefore(s segment, j int, cc string) int {
	if k, ccs := bracketedRegion(s, j); k > 0 && slices.Contains(ccs, cc) {
		return k
	}
	return -1
}

// bracketedRegion finds a region's name in brackets that ends at token j:
// its first token and the countries that have a region so named, or -1.
func bracketedRegion(s segment, j int) (int, []string) {
	if j < 1 || j >= len(s.toks) || !strings.HasSuffix(strings.TrimRight(s.toks[j], ","), ")") {
		return -1, nil
	}
	for k := j; k >= 1 && k > j-maxBracketedRegionWords; k-- {
		if !strings.HasPrefix(s.toks[k], "(") {
			continue
		}
		ccs := lexicon.RegionCountries(strings.Trim(strings.Join(s.toks[k:j+1], " "), "(),"))
		if len(ccs) == 0 {
			return -1, nil
		}
		return k, ccs
	}
	return -1, nil
}

// regionCodeToken reports an upper-case code of one of cc's regions.
func regionCodeToken(t, cc string) bool {
	t = strings.Trim(t, ",.")
	return len(t) >= 2 && t == strings.ToUpper(t) && lexicon.IsRegionCode(cc, t)
}

// streetTypeAt reports a street type word at token i that no comma parts
// from the name beside it ("Reddy Main Road, Nidadavole 445706" is a town
// after a street).
func streetTypeAt(s segment, i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	core := strings.Trim(t, ".;:()")
	// A code in brackets is a province's ("06046 Norcia (PG)"), though
	// some languages abbreviate a street type so; a word of two letters
	// in lower case is a sentence's ("3815 KT Amersfoort en is": "EN" is
	// Portugal's national road).
	return !strings.HasSuffix(t, ",") && !strings.HasPrefix(t, "(") && lexicon.IsStreetType(core) &&
		!(utf8.RuneCountInString(core) <= 2 && core == strings.ToLower(core))
}

// regionCodeAfter extends over a region code after the town ("Vedelago
// VT", "Austin TX").
func regionCodeAfter(s segment, end int, cc string) int {
	if end+1 < len(s.toks) && regionCodeToken(s.toks[end+1], cc) {
		return end + 1
	}
	return end
}

// townBeforeRegionName extends a name read before a postcode, tokens
// start..j, over the town before it when the name is a region's and a comma
// parts them ("Rasra, Manipur 719 647", "English Bazar, Punjab"), unless
// the town's words are a form's ("Invoice, Punjab 739111").
func townBeforeRegionName(s segment, start, j int, cc string) int {
	region := strings.Trim(strings.Join(s.toks[start:j+1], " "), ",.")
	if start == 0 || !endsClause(s.toks[start-1]) || !slices.Contains(lexicon.RegionCountries(region), cc) {
		return start
	}
	names := townRun(s, start-1, -1)
	if len(names) == 0 {
		return start
	}
	town := names[len(names)-1]
	for _, w := range strings.Fields(town) {
		if isFormWord(w) || isLabelWord(w) {
			return start // "Invoice, Punjab 739111"
		}
	}
	return start - len(strings.Fields(town))
}

// townAt finds a town from token j onwards (dir 1) or backwards (dir -1)
// and returns the index of its far end and whether it is a known town of
// cc. A town not known must have a word that is no ordinary word.
func townAt(s segment, j, dir int, cc string) (end int, known, ok bool) {
	names := townRun(s, j, dir)
	for n := len(names) - 1; n >= 0; n-- {
		far := j + dir*(len(strings.Fields(names[n]))-1)
		// After its postcode, a province's name is its capital's local
		// name ("20121 Milano"); before one it is the region ("Punjab
		// 739111").
		province := dir > 0 && slices.Contains(lexicon.RegionCountries(names[n]), cc)
		if letterCount(names[n]) >= 3 && (lexicon.IsPlaceIn(names[n], cc) || province) {
			if dir > 0 && colonEnds(s, far) {
				return 0, false, false // the next field's label: "4417288 Date : 2024-11-19"
			}
			if streetTypeAt(s, far+dir) && !regionCodeEnds(s, far+dir, dir, cc) {
				// A street named for a town: "Rua Augusta, 1500",
				// "1500 Augusta Street"; a province's code that ends
				// the line is none, though some languages abbreviate a
				// type so ("48012 Bagnacavallo RA").
				return 0, false, false
			}
			if dir < 0 && townInPhrase(s, far, names[n]) {
				return 0, false, false
			}
			if full := j + len(strings.Fields(names[len(names)-1])) - 1; dir > 0 && full > far && townRestEnds(s, full) {
				// The town's longer name that the list holds short, to
				// the line's end: "07001 Palma de Mallorca".
				return full, true, true
			}
			return far, true, true
		}
	}
	if len(names) == 0 {
		return 0, false, false
	}
	name := names[len(names)-1]
	far := j + dir*(len(strings.Fields(name))-1)
	if dir > 0 && colonEnds(s, far) {
		return 0, false, false
	}
	if !plausibleTown(name) && !slices.Contains(lexicon.RegionCountries(name), cc) && !capsTownEnds(s, j, far, dir) && !regionCodeEnds(s, far, dir, cc) {
		return 0, false, false
	}
	return far, false, true
}

// townInPhrase reports a town of one word that is also an ordinary word,
// read before a number and after an ordinary capitalised word that makes
// a phrase of it: a meter's row ("Previous Reading 48215"), not a town and
// its postcode. far is the town's token; a longer town's name that holds
// the word before ("New Hope") is tried first.
func townInPhrase(s segment, far int, name string) bool {
	if far == 0 || strings.Contains(name, " ") || !isDictWord(name) {
		return false
	}
	w := s.toks[far-1]
	return isCapitalisedToken(w) && isDictWord(w) && letterCount(w) == utf8.RuneCountInString(w)
}

// colonEnds reports a colon at the end of token far or as the next token,
// or a label's phrase that goes on in lower case to a colon ("4471902
// Date of surgery:"; Date is a town in Japan): the words up to far are a
// label's.
func colonEnds(s segment, far int) bool {
	if strings.HasSuffix(s.toks[far], ":") || far+1 < len(s.toks) && strings.HasPrefix(s.toks[far+1], ":") {
		return true
	}
	for k := far + 1; k < len(s.toks) && k <= far+3; k++ {
		t := s.toks[k]
		if t != strings.ToLower(t) || letterCount(t) == 0 {
			return false
		}
		if strings.HasSuffix(t, ":") {
			return true
		}
	}
	return false
}

// regionCodeEnds reports a town's name read after its postcode (to token
// far) that ends the line with its province's code, as Italian addresses
// write it ("79082 Allein FI"): the code vouches for a town that is also
// a word.
func regionCodeEnds(s segment, far, dir int, cc string) bool {
	return dir > 0 && far+1 == len(s.toks) && regionCodeToken(s.toks[far], cc) && letterCount(s.toks[far-1]) >= 3
}

// townRestEnds reports a town's name that ends at token end where its
// line ends or a region in brackets follows.
func townRestEnds(s segment, end int) bool {
	return end == len(s.toks)-1 || strings.HasPrefix(s.toks[end+1], "(")
}

// capsTownEnds reports a town written in capitals after its postcode that
// ends the line ("22340 CAYENNE", "15038 LE TAMPON"), as French and
// British addresses write it, even when its words are ordinary words; none
// may be a form's word ("12345 TOTAL").
func capsTownEnds(s segment, j, far, dir int) bool {
	if dir < 0 || far != len(s.toks)-1 {
		return false
	}
	long := false
	for _, t := range s.toks[j : far+1] {
		core := strings.Trim(t, ",.")
		if !isUpperWord(core) || isFormWord(core) || isLabelWord(core) {
			return false
		}
		long = long || letterCount(core) >= 4
	}
	return long
}

// plausibleTown accepts an unknown town's name with at least one word
// that is neither an ordinary word, a label word (also abbreviated with
// periods inside) nor a short acronym.
func plausibleTown(name string) bool {
	for _, w := range strings.Fields(name) {
		if townConnectors[strings.ToLower(w)] {
			continue
		}
		if isUpperWord(w) && letterCount(w) <= 3 {
			continue // an acronym ("TOTAL TTC")
		}
		core := strings.TrimRight(w, ".:")
		if strings.Contains(core, ".") || isLabelWord(core) {
			continue // a label, abbreviated: "Reg.nr. 4418 Kontonr. 0004418277"
		}
		if !lexicon.IsCommonWord(w) && !isCommonWord(w) && !isFormWord(w) {
			return true
		}
	}
	return false
}

// townBeforeRegion accepts any town words from token j when a region in
// parentheses follows them ("Bore (CI)"): the region vouches for the town.
// It returns the region's last token.
func townBeforeRegion(s segment, j int) (int, bool) {
	names := townRun(s, j, 1)
	if len(names) == 0 {
		return 0, false
	}
	end := j + len(strings.Fields(names[len(names)-1])) - 1
	if r := regionAfter(s, end); r > end {
		return r, true
	}
	return 0, false
}

// cedexAfter extends over a French "CEDEX" (and its office number).
func cedexAfter(s segment, end int) int {
	if end+1 < len(s.toks) && strings.EqualFold(strings.Trim(s.toks[end+1], ".,"), "cedex") {
		end++
		if end+1 < len(s.toks) && countDigits(s.toks[end+1]) == len(strings.Trim(s.toks[end+1], ".,")) {
			end++
		}
	}
	return end
}

// regionAfter extends over a region in parentheses after the town, "(BG)",
// "(Castilla y León)", of at most four words.
func regionAfter(s segment, end int) int {
	j := end + 1
	if j >= len(s.toks) || !strings.HasPrefix(s.toks[j], "(") {
		return end
	}
	for k := j; k < len(s.toks) && k < j+4; k++ {
		if strings.Contains(s.toks[k], ")") {
			return k
		}
	}
	return end
}

// postcodeAlone reports a segment that is only a postcode with letters in
// it ("SW1A 1AA" on a line of its own), or that such a postcode of two
// words closes a part after a comma ("Dublin 9, D09 X2Y4", an address's
// last part, the line's end, a comma or the sentence's next word in lower
// case after it: "Dublin 10, D10 X4F2 attended"): such patterns are too
// particular to be anything else. An all-digit postcode alone could be
// any number.
func postcodeAlone(s segment, h postcodeHit, cand string) bool {
	closing := h.pcStart > 0 && h.pcEnd == h.pcStart+1 && (h.pcEnd == len(s.toks)-1 || strings.HasSuffix(s.toks[h.pcEnd], ",") || lowerFirst(s.toks[h.pcEnd+1])) &&
		strings.HasSuffix(s.toks[h.pcStart-1], ",") && hasDigit(s.toks[h.pcEnd])
	if !closing && (h.pcStart != 0 || h.pcEnd != len(s.toks)-1) {
		return false
	}
	for _, r := range cand {
		if r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}
