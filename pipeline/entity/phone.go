package entity

import (
	"regexp"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// PhoneParts is a PHONE entity's text read as a number. The text may hold
// more than the number: a label, an extension, a name the detector took in,
// or several numbers.
type PhoneParts struct {
	// Label is a label OCR glued before the number ("Fax:", "Tel. "); it is
	// not personal data.
	Label string
	// Number is the rest of the text before any extension, with the letters
	// OCR reads for digits ("S087", "5O87") turned into those digits where
	// a digit touches them. It may hold words.
	Number string
	// Ext is the extension with its label ("x123", "ext. 45"), or "".
	Ext string
	// Digits are the digits of Number.
	Digits string
	// International: Number starts with + or its digits with 00.
	International bool
	// Prefix is the leading digits a number keeps outside the NANP: the
	// country code of an international number (its first digit group, or
	// two digits) or a trunk 0.
	Prefix string
	// NANP lists the North American numbers that Number's digit groups
	// split into at group boundaries, in order, as far as they split.
	NANP []NANPNumber
	// AllNANP: every digit group belongs to one of NANP.
	AllNANP bool
	// Region is the region (ISO 3166 code, "GB", "DE") of the number's
	// numbering plan: an international number's country code read by
	// phonenumbers; for a national number, detection sets the region of
	// the page in which the number is valid. "" when unknown.
	Region string
}

// NANPNumber is one North American number in a phone text.
type NANPNumber struct {
	// Area is the area code, "" for a seven-digit local number.
	Area string
	// Trunk: written with the leading 1.
	Trunk bool
}

var (
	// phoneExtRe finds an extension: "x123", "ext. 45", "Ext 7".
	phoneExtRe = regexp.MustCompile(`(?i)(\bext\.?|\bx)\s*\d`)
	// phoneLabelRe is a label glued to the number by OCR: "Fax:", "Tel.",
	// "Ph:", "Fax No.:".
	phoneLabelRe = regexp.MustCompile(`^[A-Za-z][A-Za-z #]*[:.]+\s*`)
	digitRunRe   = regexp.MustCompile(`\d+`)
)

// ParsePhone reads a phone text. Every text reads as one; a text without
// digits has an empty Digits.
func ParsePhone(s string) *PhoneParts {
	p := &PhoneParts{Number: s}
	if loc := phoneExtRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		p.Number, p.Ext = s[:loc[0]], s[loc[0]:]
	}
	if loc := phoneLabelRe.FindStringIndex(p.Number); loc != nil && digitsOf(p.Number[loc[1]:]) != "" {
		p.Label, p.Number = p.Number[:loc[1]], p.Number[loc[1]:]
	}
	p.Number = digitLookalikes(p.Number)
	p.Digits = digitsOf(p.Number)
	trimmed := strings.TrimLeftFunc(p.Number, func(c rune) bool { return !(c >= '0' && c <= '9') && c != '+' })
	p.International = strings.HasPrefix(trimmed, "+") || strings.HasPrefix(p.Digits, "00")
	groups := digitRunRe.FindAllString(p.Number, -1)
	p.Prefix = phonePrefix(p.Digits, groups, p.International)
	if p.International {
		p.Region = phoneRegion(p.Digits)
	}
	p.NANP, p.AllNANP = splitNANP(groups)
	return p
}

// phonePrefix is the part of digits d that a number keeps outside the
// NANP: the country code (the first group after + or 00, when there are
// more groups and it is short) or two digits of an international number,
// the trunk 0 of a national one.
func phonePrefix(d string, groups []string, intl bool) string {
	keep := 0
	if intl {
		if len(groups) >= 2 && len(groups[0]) <= 5 && len(groups[0]) < len(d) {
			keep = len(groups[0])
		} else if len(d) > 4 {
			keep = 2
		}
	} else if strings.HasPrefix(d, "0") && len(d) > 1 {
		keep = 1
	}
	return d[:keep]
}

// phoneRegion is the region of an international number's digits (with
// "00" or "011" before the country code, or none), "" when phonenumbers
// does not know it.
func phoneRegion(d string) string {
	for _, idd := range []string{"00", "011"} {
		if strings.HasPrefix(d, idd) {
			d = d[len(idd):]
			break
		}
	}
	n, err := phonenumbers.Parse("+"+d, "ZZ")
	if err != nil {
		return ""
	}
	if r := phonenumbers.GetRegionCodeForNumber(n); r != "" && r != "ZZ" && r != "001" {
		return r
	}
	if r := phonenumbers.GetRegionCodeForCountryCode(int(n.GetCountryCode())); r != "ZZ" && r != "001" {
		return r
	}
	return ""
}

// splitNANP splits digit groups into NANP numbers at group boundaries:
// ten digits not starting with 0 or 1, eleven starting with 1, or seven at
// the end. It returns the numbers found before the groups stopped
// splitting, and whether they all split.
func splitNANP(groups []string) ([]NANPNumber, bool) {
	var out []NANPNumber
	acc := ""
	for _, g := range groups {
		acc += g
		switch {
		case len(acc) == 10 && acc[0] != '0' && acc[0] != '1':
			out = append(out, NANPNumber{Area: acc[:3]})
			acc = ""
		case len(acc) == 11 && acc[0] == '1':
			out = append(out, NANPNumber{Area: acc[1:4], Trunk: true})
			acc = ""
		case len(acc) > 11:
			return out, false
		}
	}
	switch len(acc) {
	case 0:
	case 7:
		out = append(out, NANPNumber{})
	default:
		return out, false
	}
	return out, true
}

// digitLookalikes turns the letters OCR reads for digits ("S087" for
// "5087", "O" for "0", "l" for "1") into those digits where a digit
// touches them, so that the number keeps its length and grouping.
func digitLookalikes(s string) string {
	b := []byte(s)
	for i, c := range b {
		d, ok := lookalike[c]
		if !ok {
			continue
		}
		if i > 0 && isASCIIDigit(b[i-1]) || i+1 < len(b) && isASCIIDigit(b[i+1]) {
			b[i] = d
		}
	}
	return string(b)
}

var lookalike = map[byte]byte{'O': '0', 'o': '0', 'D': '0', 'l': '1', 'I': '1', '|': '1', 'S': '5', 's': '5', 'B': '8', 'Z': '2'}
