package checksum

import "testing"

// TestValidators runs each check that says whether a whole string is valid
// on texts it must accept and texts it must reject.
func TestValidators(t *testing.T) {
	for _, c := range []struct {
		name  string
		valid func(string) bool
		in    string
		want  bool
	}{
		{"Luhn", Luhn, "79927398713", true},
		{"Luhn", Luhn, "79927398710", false},
		{"Luhn", Luhn, "4111111111111111", true},
		{"Luhn", Luhn, "4111111111111112", false},
		{"Luhn", Luhn, "5555555555554444", true},
		{"Luhn", Luhn, "378282246310005", true},
		{"Luhn", Luhn, "6011111111111117", true},
		{"Luhn", Luhn, "3530111333300000", true},
		{"Luhn", Luhn, "30569309025904", true},
		{"Luhn", Luhn, "0", false},
		{"Luhn", Luhn, "", false},
		{"Luhn", Luhn, "00", true},
		{"Luhn", Luhn, "4111 1111 1111 1111", false}, // separators must be stripped first
		{"Luhn", Luhn, "41111111111111a1", false},
		{"IBANValid", IBANValid, "GB82WEST12345698765432", true},
		{"IBANValid", IBANValid, "GB82 WEST 1234 5698 7654 32", true},
		{"IBANValid", IBANValid, "gb82west12345698765432", true},
		{"IBANValid", IBANValid, "DE89370400440532013000", true},
		{"IBANValid", IBANValid, "NL91ABNA0417164300", true},
		{"IBANValid", IBANValid, "BE68539007547034", true},
		{"IBANValid", IBANValid, "FR1420041010050500013M02606", true},
		{"IBANValid", IBANValid, "NO9386011117947", true},
		{"IBANValid", IBANValid, "GB82TEST12345698765432", false}, // bank code changed
		{"IBANValid", IBANValid, "GB83WEST12345698765432", false}, // check digits changed
		{"IBANValid", IBANValid, "DE8937040044053201300", false},  // one digit short
		{"IBANValid", IBANValid, "XX82WEST12345698765432", false}, // unknown country
		{"IBANValid", IBANValid, "GBXXWEST12345698765432", false},
		{"IBANValid", IBANValid, "GB82WEST1234569876543!", false},
		{"IBANValid", IBANValid, "", false},
	} {
		if got := c.valid(c.in); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.in, got, c.want)
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

func TestIBANCheckDigits(t *testing.T) {
	for _, c := range []struct{ country, bban, want string }{
		{"DE", "370400440532013000", "89"},
		{"GB", "NWBK60161331926819", "29"},
		{"GB", "WEST12345698765432", "82"},
		{"NL", "ABNA0417164300", "91"},
		{"NO", "86011117947", "93"},
	} {
		if got := IBANCheckDigits(c.country, c.bban); got != c.want {
			t.Errorf("IBANCheckDigits(%s, %s) = %s, want %s", c.country, c.bban, got, c.want)
		}
		if !IBANValid(c.country + c.want + c.bban) {
			t.Errorf("%s%s%s is not valid", c.country, c.want, c.bban)
		}
	}
}
