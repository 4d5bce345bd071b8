// Package checksum holds the check-digit rules of the identifiers the
// pipeline detects and writes: Luhn (payment cards) and ISO 13616 IBANs
// with their ISO 7064 mod-97 remainder. Detection validates with them,
// surrogates and synthetic documents compute check digits with them.
package checksum

import "strings"

// Luhn reports whether digits (ASCII '0'-'9' only, at least two of them)
// passes the Luhn mod-10 check used by payment card numbers. Any other
// character makes it false; callers strip separators first.
func Luhn(digits string) bool {
	if len(digits) < 2 {
		return false
	}
	sum := 0
	for i := 0; i < len(digits); i++ {
		c := digits[len(digits)-1-i]
		if !isDigit(c) {
			return false
		}
		sum += luhnTerm(c, i%2 == 1)
	}
	return sum%10 == 0
}

// LuhnDigit is the check digit that makes payload+digit Luhn-valid;
// payload holds ASCII digits only.
func LuhnDigit(payload string) byte {
	sum := 0
	for i := 0; i < len(payload); i++ {
		// Counting from the check digit appended at the right, the
		// payload's last digit is the first one doubled.
		sum += luhnTerm(payload[len(payload)-1-i], i%2 == 0)
	}
	return byte('0' + (10-sum%10)%10)
}

// luhnTerm is a digit's share of the Luhn sum: the digit, or its double
// with the digits of the product added when double is set.
func luhnTerm(c byte, double bool) int {
	d := int(c - '0')
	if double {
		d *= 2
		if d > 9 {
			d -= 9
		}
	}
	return d
}

// Mod97 is the ISO 7064 MOD 97-10 remainder of s read as a number, with
// letters (either case) counting as 10..35; ok is false on any other
// character.
func Mod97(s string) (rem int, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
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

// IBANCheckDigits are the two check digits of the IBAN with the given
// country code and BBAN (letters and digits): 98 minus the mod-97
// remainder of BBAN + country + "00".
func IBANCheckDigits(country, bban string) string {
	rem, _ := Mod97(bban + country + "00")
	c := 98 - rem
	return string([]byte{byte('0' + c/10), byte('0' + c%10)})
}

// ibanCountries are the countries of the SWIFT IBAN registry, by the
// length of their IBANs.
var ibanCountries = map[int]string{
	15: "NO",
	16: "BE",
	18: "DK FI FK FO GL NL SD",
	19: "MK SI",
	20: "AT BA EE KZ LT LU MN XK",
	21: "CH HR LI LV",
	22: "BG BH CR DE GB GE IE ME RS VA",
	23: "AE GI IL IQ OM SO TL",
	24: "AD CZ ES MD PK RO SA SE SK TN VG",
	25: "LY PT ST",
	26: "IS TR",
	27: "BI DJ FR GR IT MC MR SM",
	28: "AL AZ BY CY DO GT HU LB NI PL SV",
	29: "BR EG PS QA UA",
	30: "JO KW MU YE",
	31: "MT SC",
	32: "LC",
	33: "RU",
}

// ibanLengths is the IBAN length of each country in the registry.
var ibanLengths = func() map[string]int {
	m := map[string]int{}
	for n, countries := range ibanCountries {
		for _, c := range strings.Fields(countries) {
			m[c] = n
		}
	}
	return m
}()

// IBANValid reports whether s is a valid IBAN: spaces are ignored and
// letters may be in either case; the country code must be one of the
// registry's countries with the registry's length, the check digits two
// digits, the rest letters or digits, and the whole must pass ISO 13616
// mod-97 (remainder 1 with the first four characters moved to the end).
func IBANValid(s string) bool {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	if want, ok := ibanLengths[s[:2]]; !ok || want != len(s) {
		return false
	}
	if !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	rem, ok := Mod97(s[4:] + s[:4])
	return ok && rem == 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
