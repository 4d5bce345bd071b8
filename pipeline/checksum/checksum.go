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

// ibanLengths is the IBAN length of each country in the SWIFT IBAN registry.
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16,
	"BG": 22, "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22,
	"CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20,
	"EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22,
	"GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
	"IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30,
	"KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
	"LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
	"MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
	"PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
	"SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
	"SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29,
	"VA": 22, "VG": 24, "XK": 20, "YE": 30,
}

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
