package surrogate

import (
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/nationalid"
)

var errShape = errors.New("value has no usable shape")

func isUpperLetter(c byte) bool { return c >= 'A' && c <= 'Z' }

// alnumOf keeps the ASCII letters and digits of s.
func alnumOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isAlnumByte(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func isAlnumByte(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
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
	return pourDigits(j.orig, payload+string(checksum.LuhnDigit(payload))), nil
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
	return pourAlnum(ibanSpaced(j.orig), cc+checksum.IBANCheckDigits(cc, string(bban))+string(bban)), nil
}

// ibanSpaced is an IBAN's printed form with each mark between its groups
// made a space: IBANs are printed in groups of four apart by spaces, so
// a dot or a comma there is OCR's reading of a space ("3002.3457").
func ibanSpaced(orig string) string {
	b := []byte(orig)
	for i, c := range b {
		if c < utf8.RuneSelf && !isAlnumByte(c) {
			b[i] = ' '
		}
	}
	return string(b)
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

// nationalIDDraws is how many stand-ins genID draws at most for a national
// identity number, until one passes its scheme's check digits (one in ten
// to one in a few hundred draws does, where a date of birth is part of
// the number).
const nationalIDDraws = 3000

// genID keeps length and character classes (and label words). A national
// identity number whose shape and check digits hold ("811218-9876", a
// Swedish personnummer) gets a stand-in that holds them too, as a
// reader's or a validator's check would expect.
func genID(j *job) (string, error) {
	r := j.rng(j.norm)
	s := replaceWordsDigits(r, j.orig, idLabels)
	sc := wholeNationalID(j.orig)
	if sc == nil {
		return s, nil
	}
	for k := 1; k < nationalIDDraws; k++ {
		if t := replaceWordsDigits(r, j.orig, idLabels); sc.Holds(idCore(t)) {
			return t, nil
		}
	}
	return s, nil
}

// idCore is an ID's text without the punctuation around it.
func idCore(s string) string { return strings.Trim(s, " .,;:()") }

// wholeNationalID is the scheme of the national identity number that is
// the whole of s, its punctuation aside; nil when s is none.
func wholeNationalID(s string) *nationalid.Scheme {
	core := idCore(s)
	fs := nationalid.Find(core, nationalid.Countries())
	if len(fs) != 1 || fs[0].Start != 0 || fs[0].End != len(core) {
		return nil
	}
	return fs[0].Scheme
}

// replaceWordsDigits is charwise on s except for whole letter-only words in
// keep.
func replaceWordsDigits(r *rng, s string, keep map[string]bool) string {
	prefix, toks := entity.SplitWords(s)
	for i := range toks {
		t := &toks[i]
		if entity.IsWord(t.Core) && keep[entity.Bare(t.Core)] {
			continue
		}
		front, rest, back := maskRuns(t.Core)
		t.Lead, t.Core, t.Trail = charwise(r, t.Lead), front+charwise(r, rest)+back, charwise(r, t.Trail)
	}
	return entity.JoinWords(prefix, toks)
}

// reMaskFront and reMaskBack are the masking that hides a printed
// number's digits: a run of "X", "x", "*" or "•", three or more at its
// front ("XXXXXX4471", "xxxx7731"), two or more at its end ("75XX" of
// "5412 75XX XXXX 3390"), or the whole of a group ("XXXX", "****").
var (
	reMaskFront = regexp.MustCompile(`^[Xx*•]{3,}`)
	reMaskBack  = regexp.MustCompile(`\d[Xx*•]{2,}$`)
	reMaskWhole = regexp.MustCompile(`^[Xx*•]+$`)
)

// maskRuns splits a number's masked front and end from the rest, which
// alone is redrawn: the mask hides nothing to replace, and drawn letters
// in its place would read as digits the original never showed.
func maskRuns(core string) (front, rest, back string) {
	if reMaskWhole.MatchString(core) {
		return core, "", ""
	}
	front = reMaskFront.FindString(core)
	rest = core[len(front):]
	if m := reMaskBack.FindStringIndex(rest); m != nil {
		rest, back = rest[:m[0]+1], rest[m[0]+1:]
	}
	return front, rest, back
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
