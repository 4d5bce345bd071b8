package surrogate

import (
	"errors"
	"strings"
)

var errShape = errors.New("value has no usable shape")

// luhnValid reports whether the digit string d passes the Luhn check.
func luhnValid(d string) bool {
	if len(d) < 2 {
		return false
	}
	sum := 0
	for i := 0; i < len(d); i++ {
		c := d[len(d)-1-i]
		if c < '0' || c > '9' {
			return false
		}
		v := int(c - '0')
		if i%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

// luhnCheckDigit returns the digit that makes payload+digit Luhn-valid.
func luhnCheckDigit(payload string) byte {
	sum := 0
	for i := 0; i < len(payload); i++ {
		v := int(payload[len(payload)-1-i] - '0')
		if i%2 == 0 { // doubled once the check digit is appended
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return byte('0' + (10-sum%10)%10)
}

// mod97 computes the ISO 7064 MOD 97-10 remainder of an alphanumeric string
// (letters count as 10..35); ok is false on any other character.
func mod97(s string) (rem int, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A') + 10) % 97
		case c >= 'a' && c <= 'z':
			rem = (rem*100 + int(c-'a') + 10) % 97
		default:
			return 0, false
		}
	}
	return rem, true
}

// ibanValid reports whether s (spaces allowed) is an IBAN with valid check
// digits.
func ibanValid(s string) bool {
	c := strings.ToUpper(alnumOf(s))
	if len(c) < 5 || !isUpperLetter(c[0]) || !isUpperLetter(c[1]) {
		return false
	}
	rem, ok := mod97(c[4:] + c[:4])
	return ok && rem == 1
}

func isUpperLetter(c byte) bool { return c >= 'A' && c <= 'Z' }

// alnumOf keeps the ASCII letters and digits of s.
func alnumOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// genCreditCard keeps the length, grouping and issuer class (first digits:
// 4 Visa, 51-55 and 2221-2720 Mastercard, 34/37 Amex, 6011/65 Discover,
// other 3x kept) and makes the number Luhn-valid.
func genCreditCard(j *job) (string, error) {
	d := digitsOf(j.orig)
	r := j.rng(j.norm)
	if len(d) < 2 {
		return charwise(r, j.orig), nil
	}
	var prefix string
	switch d[0] {
	case '4':
		prefix = "4"
	case '5':
		prefix = "5" + string(rune('1'+r.IntN(5)))
	case '2':
		prefix = itoa(2221 + r.IntN(500))
	case '3':
		switch {
		case len(d) > 1 && (d[1] == '4' || d[1] == '7'):
			prefix = "3" + r.pick([]string{"4", "7"})
		default:
			prefix = d[:2]
		}
	case '6':
		if strings.HasPrefix(d, "6011") {
			prefix = "6011"
		} else {
			prefix = "65"
		}
	default:
		prefix = d[:1]
	}
	if len(prefix) >= len(d) {
		prefix = prefix[:len(d)-1]
	}
	payload := prefix + randomDigits(r, len(d)-1-len(prefix), false)
	return pourDigits(j.orig, payload+string(luhnCheckDigit(payload))), nil
}

// genIBAN keeps the country code, the length and the letter/digit pattern
// of the BBAN, and computes valid MOD 97 check digits.
func genIBAN(j *job) (string, error) {
	c := strings.ToUpper(alnumOf(j.orig))
	r := j.rng(j.norm)
	if len(c) < 5 || !isUpperLetter(c[0]) || !isUpperLetter(c[1]) {
		return charwise(r, j.orig), nil
	}
	cc := c[:2]
	bban := []byte(c[4:])
	for i, ch := range bban {
		if isUpperLetter(ch) {
			bban[i] = byte('A' + r.IntN(26))
		} else {
			bban[i] = r.digit(false)
		}
	}
	rem, _ := mod97(string(bban) + cc + "00")
	check := 98 - rem
	chk := string([]byte{byte('0' + check/10), byte('0' + check%10)})
	return pourAlnum(j.orig, cc+chk+string(bban)), nil
}

// genSSN writes a never-issued SSN (area 900-999, group 01-99, serial
// 0001-9999) into the original's format.
func genSSN(j *job) (string, error) {
	d := digitsOf(j.orig)
	r := j.rng(j.norm)
	if len(d) != 9 {
		if len(d) == 0 {
			return charwise(r, j.orig), nil
		}
		return pourDigits(j.orig, "9"+randomDigits(r, len(d)-1, false)), nil
	}
	ssn := "9" + randomDigits(r, 2, false) +
		pad(1+r.IntN(99), 2) + pad(1+r.IntN(9999), 4)
	return pourDigits(j.orig, ssn), nil
}

// genZip keeps the shape: digits stay digits (a leading zero stays zero,
// as in New England ZIP codes), letters stay letters, separators stay.
func genZip(j *job) (string, error) {
	r := j.rng(j.norm)
	s := charwise(r, j.orig)
	if d := digitsOf(s); d != "" && strings.Trim(d, "0") == "" {
		s = strings.Replace(s, "0", string(r.digit(true)), 1)
	}
	return s, nil
}

// idLabels are words kept in an ID value ("Acct. No. 12345").
var idLabels = setOf(strings.Fields(`no nr num number id acct account ref reference
file case claim policy member patient customer cust emp employee badge`))

// genID keeps length and character classes (and label words).
func genID(j *job) (string, error) {
	return replaceWordsDigits(j.rng(j.norm), j.orig, idLabels), nil
}

// replaceWordsDigits is charwise on s except for whole letter-only words in
// keep.
func replaceWordsDigits(r *rng, s string, keep map[string]bool) string {
	prefix, toks := tokenize(s)
	for i := range toks {
		t := &toks[i]
		if isWord(t.core) && keep[bare(t.core)] {
			continue
		}
		t.lead, t.core, t.trail = charwise(r, t.lead), charwise(r, t.core), charwise(r, t.trail)
	}
	return joinTokens(prefix, toks)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// pad formats n with at least w digits.
func pad(n, w int) string {
	s := itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}
