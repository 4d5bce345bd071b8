// Package nationalid recognises the personal identity numbers of many
// countries by their shape, the birth date most of them carry and their
// check digits, so that a number is known as a person's without a label
// before it ("Erik Lindqvist, 811218-9876").
//
// The rules are the issuing states' published ones: Sweden's personnummer
// (Luhn), Norway's fødselsnummer (two mod-11 digits), Finland's
// henkilötunnus (mod 31), Poland's PESEL, Estonia's and Lithuania's
// isikukood, Romania's CNP, Belgium's national register number (mod 97),
// Spain's DNI and NIE (mod 23), Italy's codice fiscale, Brazil's CPF,
// Chile's RUT and Argentina's CUIL (mod 11), South Africa's ID number
// (Luhn), Turkey's T.C. kimlik no, China's resident ID (ISO 7064 MOD
// 11-2), India's PAN, France's NIR (mod 97), Mexico's CURP, Kazakhstan's
// IIN, the Czech and Slovak rodné číslo, Iceland's kennitala and the former
// Yugoslav states' JMBG.
package nationalid

import (
	"regexp"
	"slices"
	"strings"
)

// Scheme is one country's identity number.
type Scheme struct {
	// Country is the issuing state's ISO 3166 alpha-2 code.
	Country string
	// Name is the number's own name ("personnummer").
	Name string
	// Bare is set for a shape that other numbers share (digits alone, as an
	// invoice's or a barcode's are; a date-led document number with a
	// slash): it counts only on a page of its country.
	Bare  bool
	re    *regexp.Regexp
	valid func(s string) bool
}

// Found is an identity number in a line of text: its byte span and scheme.
type Found struct {
	Start, End int
	Scheme     *Scheme
}

// Find returns the identity numbers in line whose shape and check digits
// hold, in text order and without overlaps; a bare run of digits counts
// only for a scheme of one of countries (ISO 3166 alpha-2 codes, the
// page's). A number inside a longer run of letters and digits is none.
func Find(line string, countries []string) []Found {
	var out []Found
	taken := func(s, e int) bool {
		for _, f := range out {
			if s < f.End && e > f.Start {
				return true
			}
		}
		return false
	}
	for i := range schemes {
		sc := &schemes[i]
		if sc.Bare && !slices.Contains(countries, sc.Country) {
			continue
		}
		for _, loc := range sc.re.FindAllStringIndex(line, -1) {
			s, e := loc[0], loc[1]
			if joined(line, s, e) || taken(s, e) || !sc.valid(line[s:e]) {
				continue
			}
			out = append(out, Found{Start: s, End: e, Scheme: sc})
		}
	}
	slices.SortFunc(out, func(a, b Found) int { return a.Start - b.Start })
	return out
}

// Holds reports whether s, whole, is a number of the scheme: its shape
// and its check digits.
func (sc *Scheme) Holds(s string) bool {
	loc := sc.re.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s) && sc.valid(s)
}

// Countries are the issuing states of the schemes, each once, in the
// schemes' order: passed to Find, they let every scheme count.
func Countries() []string {
	var out []string
	for _, sc := range schemes {
		if !slices.Contains(out, sc.Country) {
			out = append(out, sc.Country)
		}
	}
	return out
}

// joined reports a match that a letter, a digit or a number's separator
// right before or after continues ("12345678901-2", "A811218-9876").
func joined(line string, s, e int) bool {
	if s > 0 && isAlnum(line[s-1]) || e < len(line) && isAlnum(line[e]) {
		return true
	}
	if s > 1 && strings.ContainsRune("-./", rune(line[s-1])) && isAlnum(line[s-2]) {
		return true
	}
	return e+1 < len(line) && strings.ContainsRune("-/", rune(line[e])) && isAlnum(line[e+1])
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// digits keeps the ASCII digits of s.
func digits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// num is the value of the ASCII digits d.
func num(d string) int {
	n := 0
	for i := 0; i < len(d); i++ {
		n = n*10 + int(d[i]-'0')
	}
	return n
}

// weighted is the sum of d's digits times ws.
func weighted(d string, ws []int) int {
	sum := 0
	for i, w := range ws {
		sum += int(d[i]-'0') * w
	}
	return sum
}

// dayMonth reports a day of 1 to 31 and a month of 1 to 12.
func dayMonth(day, month int) bool {
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// ymd reports that d[i:i+6] is a date written YYMMDD.
func ymd(d string, i int) bool {
	return dayMonth(num(d[i+4:i+6]), num(d[i+2:i+4]))
}

// dmy reports that d[i:i+6] is a date written DDMMYY.
func dmy(d string, i int) bool {
	return dayMonth(num(d[i:i+2]), num(d[i+2:i+4]))
}
