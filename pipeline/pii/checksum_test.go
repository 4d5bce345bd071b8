package pii

import "testing"

func TestLuhn(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"79927398713", true},
		{"79927398710", false},
		{"4111111111111111", true},
		{"4111111111111112", false},
		{"5555555555554444", true},
		{"378282246310005", true},
		{"6011111111111117", true},
		{"3530111333300000", true},
		{"30569309025904", true},
		{"0", false},
		{"", false},
		{"00", true},
		{"4111 1111 1111 1111", false}, // separators must be stripped first
		{"41111111111111a1", false},
	} {
		if got := Luhn(c.in); got != c.want {
			t.Errorf("Luhn(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestIBANValid(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"GB82WEST12345698765432", true},
		{"GB82 WEST 1234 5698 7654 32", true},
		{"gb82west12345698765432", true},
		{"DE89370400440532013000", true},
		{"NL91ABNA0417164300", true},
		{"BE68539007547034", true},
		{"FR1420041010050500013M02606", true},
		{"NO9386011117947", true},
		{"GB82TEST12345698765432", false}, // bank code changed
		{"GB83WEST12345698765432", false}, // check digits changed
		{"DE8937040044053201300", false},  // one digit short
		{"XX82WEST12345698765432", false}, // unknown country
		{"GBXXWEST12345698765432", false},
		{"GB82WEST1234569876543!", false},
		{"", false},
	} {
		if got := IBANValid(c.in); got != c.want {
			t.Errorf("IBANValid(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
