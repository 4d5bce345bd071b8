package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Value is an entity's text as detection read it: the part for the entity's
// type, or none when the text did not parse (or the type has no parsed
// form yet). The surrogate stage writes its stand-in from these parts.
// Parse fills the parts this package can read alone; Address (ADDRESS and
// LOCATION) and Org (ORGANIZATION) need gazetteers, and detection fills
// them.
type Value struct {
	Name    *NameParts
	Date    *DateParts
	Phone   *PhoneParts
	Email   *EmailParts
	URL     *URLParts
	IP      *IPParts
	Address *AddressParts
	Org     *OrgParts
	// Conventions are the conventions the value was read under; a date
	// that did not parse is redrawn in them.
	Conventions Conventions
}

// Conventions are the writing conventions a page's values are read under.
type Conventions struct {
	// DayFirst reads numeric dates day first (25/12/1998); otherwise month
	// first. A field over 12 overrides either.
	DayFirst bool
	// OrderUnsure: nothing on the page decided the order, only the
	// configured region; a numeric date that reads both ways keeps doing
	// so in its stand-in.
	OrderUnsure bool
}

// Parse reads text, the text of an entity of type t, into its Value. The
// text is first cleaned as CleanText does.
func Parse(t Type, text string, c Conventions) Value {
	s := CleanText(text)
	v := Value{Conventions: c}
	switch t {
	case Person:
		v.Name = ParseName(s)
	case Date:
		v.Date = ParseDate(s, c)
	case Phone:
		v.Phone = ParsePhone(s)
	case Email:
		v.Email = ParseEmail(s)
	case URL:
		v.URL = ParseURL(s)
	case IP:
		v.IP = ParseIP(s)
	}
	return v
}

// CleanText is an entity's text as its value is read and replaced: valid
// UTF-8, without surrounding space, without a form rule OCR glued to it
// ("__(804) 555-0147": the rule stays on the page and is not part of the
// value), and without the marks OCR reads off specks, rules and stamps at
// its ends ("@305 555 0137", "CARTWRIGHT?", "‘808", "October 21("): it
// starts with a letter, a digit, "(", "+" or "#", ends with a letter, a
// digit, ".", "," or ")", and a bracket at either end is kept only with its
// pair. A surrogate built from the text carries none of that noise.
func CleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "?")
	}
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "_"))
	for {
		t := strings.TrimRightFunc(strings.TrimLeftFunc(s, noiseLead), noiseTrail)
		t = strings.TrimSpace(strings.Trim(t, "_"))
		if strings.HasPrefix(t, "(") && !strings.Contains(t, ")") {
			t = t[1:]
		}
		if strings.HasSuffix(t, ")") && !strings.Contains(t, "(") {
			t = t[:len(t)-1]
		}
		if t == s {
			return s
		}
		s = t
	}
}

// noiseLead and noiseTrail report the marks an entity's text does not start
// or end with (CleanText).
func noiseLead(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' && r != '+' && r != '#'
}

func noiseTrail(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ',' && r != ')'
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
