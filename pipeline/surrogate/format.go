package surrogate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// casePattern describes how a word is capitalised.
type casePattern int

const (
	caseMixed casePattern = iota // anything else: use the surrogate's own case
	caseUpper                    // ORCUTT
	caseLower                    // orcutt
	caseTitle                    // Orcutt
)

func caseOf(s string) casePattern {
	var up, low, letters int
	firstUpper := false
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if letters == 0 {
			firstUpper = unicode.IsUpper(r)
		}
		letters++
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	switch {
	case letters == 0:
		return caseMixed
	case up == letters && letters > 1:
		return caseUpper
	case low == letters:
		return caseLower
	case firstUpper && up == 1:
		return caseTitle
	}
	return caseMixed
}

// applyCase gives s the case pattern p.
func applyCase(p casePattern, s string) string {
	switch p {
	case caseUpper:
		return strings.ToUpper(s)
	case caseLower:
		return strings.ToLower(s)
	case caseTitle:
		if r, _ := utf8.DecodeRuneInString(s); caseOf(s) == caseMixed && unicode.IsUpper(r) {
			return s // a name with capitals of its own: "McCullough", "DeAngelo"
		}
		return titleWords(strings.ToLower(s))
	}
	return s
}

// titleWords upper-cases the first letter of every word (after a space,
// hyphen, apostrophe or slash: "Reichenbach/Vogtland").
func titleWords(s string) string {
	rs := []rune(s)
	start := true
	for i, r := range rs {
		if unicode.IsLetter(r) {
			if start {
				rs[i] = unicode.ToUpper(r)
			}
			start = false
		} else {
			start = r == ' ' || r == '-' || r == '\'' || r == '/'
		}
	}
	return string(rs)
}

// matchCase gives s the case pattern of like; a single capital letter
// ("R") counts as upper case.
func matchCase(like, s string) string {
	p := caseOf(like)
	if p == caseMixed {
		if rs := []rune(like); len(rs) == 1 && unicode.IsUpper(rs[0]) {
			return strings.ToUpper(s)
		}
	}
	return applyCase(p, s)
}

const (
	vowels     = "aeiou"
	consonants = "bcdfghjklmnpqrstvwxyz"
)

// charwise replaces every ASCII letter by a random letter of the same case
// and class (vowel or consonant) and every digit by a random digit; the
// first digit of a digit group stays zero or non-zero as it was. Everything
// else (separators, spacing, other scripts' punctuation) is kept. Letters
// outside ASCII become ASCII letters of the same case.
func charwise(r *rng, s string) string {
	var b strings.Builder
	prevDigit := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			if prevDigit {
				b.WriteByte(r.digit(false))
			} else if c == '0' && !r.loose {
				b.WriteByte('0')
			} else {
				b.WriteByte(r.digit(!r.loose))
			}
			prevDigit = true
			continue
		case unicode.IsLetter(c):
			set := consonants
			if strings.ContainsRune(vowels, unicode.ToLower(c)) {
				set = vowels
			}
			n := rune(set[r.IntN(len(set))])
			if unicode.IsUpper(c) {
				n = unicode.ToUpper(n)
			}
			b.WriteRune(n)
		case unicode.IsDigit(c):
			b.WriteByte(r.digit(false))
		default:
			b.WriteRune(c)
		}
		prevDigit = false
	}
	return b.String()
}

// pourDigits writes digits, in order, into the ASCII digit positions of
// format; it needs exactly as many digits as format has.
func pourDigits(format, digits string) string {
	b := []byte(format)
	k := 0
	for i, c := range b {
		if c >= '0' && c <= '9' && k < len(digits) {
			b[i] = digits[k]
			k++
		}
	}
	return string(b)
}

// pourAlnum writes chars, in order, into the ASCII letter and digit
// positions of format, matching each letter's case to the one it replaces.
func pourAlnum(format, chars string) string {
	b := []byte(format)
	k := 0
	for i, c := range b {
		if k >= len(chars) {
			break
		}
		switch {
		case c >= '0' && c <= '9':
			b[i] = chars[k]
			k++
		case c >= 'a' && c <= 'z':
			b[i] = toLowerByte(chars[k])
			k++
		case c >= 'A' && c <= 'Z':
			b[i] = toUpperByte(chars[k])
			k++
		}
	}
	return string(b)
}

func toLowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func toUpperByte(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// isASCIIDigit reports whether c is 0-9.
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }

// randomDigits returns n random digits, the first non-zero when nonZero.
func randomDigits(r *rng, n int, nonZero bool) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = r.digit(nonZero && i == 0)
	}
	return string(b)
}
