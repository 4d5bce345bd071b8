package checksum

import "testing"

// validIBANs are IBANs with correct check digits, in the compact form
// (capitals, no spaces): IBANValid must accept them, and
// TestIBANCheckDigits recomputes their check digits.
var validIBANs = []string{
	"GB82WEST12345698765432", "GB29NWBK60161331926819", "DE89370400440532013000",
	"NL91ABNA0417164300", "BE68539007547034", "FR1420041010050500013M02606", "NO9386011117947",
}

// TestValidators runs each check that says whether a whole string is valid
// on texts it must accept and texts it must reject.
func TestValidators(t *testing.T) {
	for _, c := range []struct {
		name           string
		valid          func(string) bool
		accept, reject []string
	}{{
		name:  "Luhn",
		valid: Luhn,
		accept: []string{"79927398713", "4111111111111111", "5555555555554444", "378282246310005",
			"6011111111111117", "3530111333300000", "30569309025904", "00"},
		reject: []string{"79927398710", "4111111111111112", "0", "", "41111111111111a1",
			"4111 1111 1111 1111"}, // separators must be stripped first
	}, {
		name:   "IBANValid",
		valid:  IBANValid,
		accept: append([]string{"GB82 WEST 1234 5698 7654 32", "gb82west12345698765432"}, validIBANs...),
		reject: []string{
			"GB82TEST12345698765432", // bank code changed
			"GB83WEST12345698765432", // check digits changed
			"DE8937040044053201300",  // one digit short
			"XX82WEST12345698765432", // unknown country
			"GBXXWEST12345698765432", "GB82WEST1234569876543!", ""},
	}} {
		for want, ins := range map[bool][]string{true: c.accept, false: c.reject} {
			for _, in := range ins {
				if got := c.valid(in); got != want {
					t.Errorf("%s(%q) = %v, want %v", c.name, in, got, want)
				}
			}
		}
	}
}

func TestLuhnDigit(t *testing.T) {
	for _, c := range []struct {
		payload string
		want    byte
	}{
		{"411111111111111", '1'},
		{"7992739871", '3'},
		{"37828224631000", '5'},
		{"", '0'},
	} {
		if got := LuhnDigit(c.payload); got != c.want {
			t.Errorf("LuhnDigit(%q) = %c, want %c", c.payload, got, c.want)
		}
		if c.payload != "" && !Luhn(c.payload+string(LuhnDigit(c.payload))) {
			t.Errorf("%q with its check digit is not Luhn-valid", c.payload)
		}
	}
}

func TestMod97(t *testing.T) {
	for _, c := range []struct {
		in   string
		rem  int
		isOK bool
	}{
		{"3214282912345698765432161182", 1, true}, // GB82WEST... rearranged, letters as numbers
		{"WEST12345698765432GB82", 1, true},
		{"west12345698765432gb82", 1, true},
		{"97", 0, true},
		{"", 0, true},
		{"12-3", 0, false},
	} {
		rem, ok := Mod97(c.in)
		if rem != c.rem || ok != c.isOK {
			t.Errorf("Mod97(%q) = %d, %v; want %d, %v", c.in, rem, ok, c.rem, c.isOK)
		}
	}
}

// TestIBANCheckDigits recomputes the check digits of each valid IBAN from
// its country code and BBAN.
func TestIBANCheckDigits(t *testing.T) {
	for _, iban := range validIBANs {
		country, digits, bban := iban[:2], iban[2:4], iban[4:]
		if got := IBANCheckDigits(country, bban); got != digits {
			t.Errorf("IBANCheckDigits(%s, %s) = %s, want %s", country, bban, got, digits)
		}
	}
}
