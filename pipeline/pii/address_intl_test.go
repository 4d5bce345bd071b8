package pii

import (
	"strings"
	"testing"
)

func TestParseAddressOtherCountries(t *testing.T) {
	cases := []struct{ text, want, country string }{
		{"Hauptstraße 12, 10115 Berlin", "street[0] num[1] num[2] city[3]=Berlin", "DE"},
		{"12 rue de la Paix, 75008 Paris CEDEX", "num[0] type[1] lit[2] lit[3] street[4] num[5] city[6]=Paris key[7]", "FR"},
		{"Via Roma 5, 37121 Verona (VR)", "type[0] street[1] num[2] num[3] city[4]=Verona code[5]=VR", "IT"},
		{"Flat No. 538, Mumbai 400001", "key[0] key[1] num[2] city[3]=Mumbai num[4]", "IN"},
		// A street's capital I read as "l" is still the street's name.
		{"llica 215, 10000 Zagreb", "street[0] num[1] num[2] city[3]=Zagreb", "HR"},
	}
	for _, c := range cases {
		p := parseAddress(c.text, "")
		if got := describe(p); got != c.want || p.Country != c.country {
			t.Errorf("parseAddress(%q):\n got %s (%s)\nwant %s (%s)", c.text, got, p.Country, c.want, c.country)
		}
	}
	// With no postcode and no page's country, a large town of the address
	// gives its country.
	for text, want := range map[string]string{
		"Blk 5 Lot 12, Sampaguita St., Brgy. San Isidro, Antipolo City": "PH",
		"14 Adeola Odeku Street, Victoria Island, Lagos":                "NG",
	} {
		if p := parseAddress(text, ""); p.Country != want {
			t.Errorf("parseAddress(%q) is in %q, want %q", text, p.Country, want)
		}
	}
	// On a Maltese page, a street's name after its article, and the
	// letters that open the postcode, redrawn with its digits.
	if got, want := describe(parseAddress("27, Triq il-Kbira, Mosta MST 1012", "MT")), "num[0] type[1] street[2] city[3]=Mosta other[4] num[5]"; got != want {
		t.Errorf("Maltese address: got %s, want %s", got, want)
	}
	if p := parseAddress("Lake Shore Medical Arts Tower", ""); p.Country != "" {
		t.Errorf("a name with no postcode is in no country, got %q", p.Country)
	}
	// "rue" is a street type here, not the Swiss town Rue whose postcodes
	// have four digits as the house number has
	if p := parseAddress("2345 rue Sherbrooke Est, Montréal (Québec) H2K 1E5", "CA"); p.Country != "CA" {
		t.Errorf("a Montréal address is Canadian, got %q", p.Country)
	}
}

// TestStreetNamedByANumberKeepsItsType: a street type before a number is
// the street's type in any page's country ("Calle 45" on a page read as
// American keeps "Calle").
func TestStreetNamedByANumberKeepsItsType(t *testing.T) {
	p := parseAddress("Calle 45 # 18-32", "US")
	if got := describe(p); !strings.HasPrefix(got, "type[0] num[1]") {
		t.Errorf("parseAddress(Calle 45 # 18-32): %s, want the street type first", got)
	}
}
