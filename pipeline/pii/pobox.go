package pii

import (
	"strings"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Post-office boxes of any country, from libpostal's post-office words:
// "P.O. Box 4521-00100, Nairobi", "Private Bag X17, Hatfield", "Postfach
// 10 12 34", "Caixa Postal 2231". The box's number is no phone number,
// and the town after it belongs to the address.

// postOfficeWords returns how many tokens from i name a post-office box:
// a phrase of two or three words ("P.O. Box", "Private Bag", "Caixa
// Postal"), or one word of six letters or more ("Postfach", "Postbus",
// "POBox"), or Swahili's "S.L.P." (sanduku la posta). libpostal's short
// single words ("Box", "BP", "CP", "Bag") are also other things ("Box 12"
// of a tax form, a blood pressure), and count only before a phone's veto
// (postOfficeBefore).
func postOfficeWords(toks []string, i int) int {
	for n := 3; n >= 2; n-- {
		if i+n <= len(toks) && lexicon.IsPostOffice(strings.Join(toks[i:i+n], " ")) {
			return n
		}
	}
	if i >= len(toks) {
		return 0
	}
	w := strings.Trim(toks[i], ",:")
	if bare := strings.ReplaceAll(w, ".", ""); strings.EqualFold(bare, "pobox") || bare == "SLP" && strings.Count(w, ".") >= 2 ||
		utf8.RuneCountInString(w) >= 6 && lexicon.IsPostOffice(w) {
		return 1
	}
	return 0
}

// boxNumber reports a box's number: digits, a letter or two before them
// ("X17"), digits joined by "-" or "/" ("4521-00100", the Kenyan box and
// its postcode).
func boxNumber(tok string) bool {
	t := strings.TrimRight(tok, ",.")
	if t == "" || len(t) > 12 || !patIsDigit(t[len(t)-1]) {
		return false
	}
	lead := 0
	for lead < len(t) && lead < 2 && patIsUpper(t[lead]) {
		lead++
	}
	for _, c := range []byte(t[lead:]) {
		if !patIsDigit(c) && c != '-' && c != '/' {
			return false
		}
	}
	return patIsDigit(t[lead])
}

// boxSeries reports the letters of a box's series written apart from its
// number, as Ghana's post offices do ("P.O. Box KA 9421", "P.O. Box CT
// 1234"): one to three capitals.
func boxSeries(tok string) bool {
	return tok != "" && len(tok) <= 3 && upperLetters(tok)
}

// poBoxAt returns the last token of a post-office box that opens at
// token i: its words, a number marker ("No.", "#", "Number") if any, the number's
// digit groups ("Postfach 10 12 34"), and the parts after it up to the
// line's end, each after a comma (", Nairobi", ", Gaborone, Botswana").
// A box named by one word must end there, at a comma or before a known
// town that ends the line, as a box's number does: "Apartado 3 del
// artículo" is a section of a text.
func poBoxAt(toks []string, i int) (int, bool) {
	n := postOfficeWords(toks, i)
	if n == 0 && i+2 < len(toks) && boitePostale(toks[i]) && boxNumber(toks[i+1]) && townEnds(toks, i+2) {
		return len(toks) - 1, true // "BP 15482 Douala": the French "boîte postale" before a known town
	}
	j := i + n
	if n == 0 || j >= len(toks) {
		return 0, false
	}
	if j+1 < len(toks) && (toks[j] == "#" || unitNumberWords[strings.ToLower(toks[j])] || strings.EqualFold(toks[j], "number") || boxSeries(toks[j])) {
		j++
	}
	if !boxNumber(toks[j]) {
		return 0, false
	}
	for j+1 < len(toks) && !strings.HasSuffix(toks[j], ",") && countDigits(toks[j+1]) == len(strings.TrimRight(toks[j+1], ",")) &&
		len(toks[j+1]) <= 3 {
		j++
	}
	if n == 1 && j < len(toks)-1 && !strings.HasSuffix(toks[j], ",") && !townEnds(toks, j+1) {
		return 0, false
	}
	return addressPartsAfter(toks, j), true
}

// postOfficeBefore reports a post-office word or phrase right before a
// number, libpostal's short words of three letters or more included
// ("Box 4521", "Bag X17"): the number is the box's, never a phone
// number. A phone's label ("Ph", Icelandic's box) and a first name
// ("Mel", Malay's) are left to the phone.
func postOfficeBefore(before []string) bool {
	for n := 1; n <= 3 && n <= len(before); n++ {
		ws := before[len(before)-n:]
		w := strings.Trim(ws[0], ",:")
		if n == 1 && (utf8.RuneCountInString(w) < 3 || phoneLabelWord(w) || isFirstName(w)) {
			continue
		}
		if lexicon.IsPostOffice(strings.Join(ws, " ")) {
			return true
		}
	}
	return false
}

// boitePostale reports the French post-office box's abbreviation ("BP",
// "B.P."), which alone is a blood pressure's too.
func boitePostale(t string) bool {
	return strings.ReplaceAll(strings.TrimRight(t, ":"), ".", "") == "BP"
}

// townEnds reports the words from token i to the line's end as a known
// town, one to three words ("BP 15482 Douala", "Apartado 3 Bogotá").
func townEnds(toks []string, i int) bool {
	if n := len(toks) - i; n < 1 || n > 3 {
		return false
	}
	name := strings.TrimRight(strings.Join(toks[i:], " "), ".,")
	return isCapitalisedToken(toks[i]) && isPlaceName(name)
}

// poBoxes returns the post-office boxes of segment s, each with the parts
// of the address after it.
func poBoxes(in *Input, s segment) []Match {
	var out []Match
	for i := range s.toks {
		if e, ok := poBoxAt(s.toks, i); ok {
			out = append(out, s.match(in, i, e, entity.Address, scoreStreetTyped))
		}
	}
	return out
}
