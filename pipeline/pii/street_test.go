package pii

import (
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// addressTexts runs the address recognizer on text and returns the text of
// its matches of type typ.
func addressTexts(text string, typ entity.Type) []string {
	in := NewInput(patTestPage(text))
	var out []string
	for _, m := range (AddressRecognizer{}).Recognize(in) {
		if m.Type == typ {
			out = append(out, in.Text[m.Start:m.End])
		}
	}
	return out
}

func TestStreetLinesOfOtherCountries(t *testing.T) {
	for text, want := range map[string]string{
		"Anschrift: Hauptstraße 12": "Hauptstraße 12",
		"Lindenstr. 4a":             "Lindenstr. 4a",
		"Stüttekofener Str. 53b":    "Stüttekofener Str. 53b",
		"12 rue de la Paix":         "12 rue de la Paix",
		"Tél. +33 1 42 00 00 00\n68 bis Avenue de la Victoire": "68 bis Avenue de la Victoire",
		"C/ Mayor, 7, 2º B":                 "C/ Mayor, 7, 2º B",
		"Flat 3, 12 High Street":            "Flat 3, 12 High Street",
		"Flat No. 755, Reddy Main Road,":    "Flat No. 755, Reddy Main Road",
		"Indirizzo: Contrada Cornelia, 166": "Contrada Cornelia, 166",
	} {
		if got := addressTexts(text, entity.Address); !slices.Contains(got, want) {
			t.Errorf("%q: addresses %q, want %q", text, got, want)
		}
	}
}

func TestPostcodeTownLines(t *testing.T) {
	cases := []struct{ text, addr, zip string }{
		{"75008 Paris", "75008 Paris", "75008"},
		{"10115 Berlin", "10115 Berlin", "10115"},
		{"28013 Madrid (Madrid)", "28013 Madrid (Madrid)", "28013"},
		{"Mumbai 400001", "Mumbai 400001", "400001"},
		{"Tel. +39 02 1234567\n90422 Bore (CI)", "90422 Bore (CI)", "90422"},
		{"Tel. +44 20 7946 0000\nLittle Hamill-Green SW5 ORN", "Little Hamill-Green SW5 ORN", "SW5 ORN"},
	}
	for _, c := range cases {
		if got := addressTexts(c.text, entity.Address); !slices.Contains(got, c.addr) {
			t.Errorf("%q: addresses %q, want %q", c.text, got, c.addr)
		}
		if got := addressTexts(c.text, entity.Zip); !slices.Contains(got, c.zip) {
			t.Errorf("%q: postcodes %q, want %q", c.text, got, c.zip)
		}
	}
}

func TestAddressBlockLines(t *testing.T) {
	// A name and number line is a street only above a postcode line.
	text := "Tel. +49 30 1234567\nGrunder Wiesen 92b\n27167 Schwäbisch Gmünd"
	if got := addressTexts(text, entity.Address); !slices.Contains(got, "Grunder Wiesen 92b") {
		t.Errorf("block street line not found: %q", got)
	}
	if got := addressTexts("Grunder Wiesen 92b", entity.Address); len(got) != 0 {
		t.Errorf("a lone name and number is no street: %q", got)
	}
}

func TestNoAddressInLabelsAndProse(t *testing.T) {
	for _, text := range []string{
		"Receipt No.: 4886-503",
		"Steuer-ID: 57 519 672 742",
		"Tel. +91 22 1234 5678\nMobile: 71775 27880",
		"3. KEY WORDS.",
		"6 WEEKS FOR PROCESSING",
		"We have 2 ways to pay within 30 days.",
		"Total 12 34 56789",
		"Seite 2 von 3",
		"Invoice 12345 Total",
		"Suite 2 Dr. Quimby",
		"Lorillard Accession Number 1662.",
		"27 Gotan is",
		"USA\nForm CPF 22",
	} {
		if got := append(addressTexts(text, entity.Address), addressTexts(text, entity.Zip)...); len(got) != 0 {
			t.Errorf("%q: flagged %q", text, got)
		}
	}
}

func TestPlacesOfFieldsAndDatelines(t *testing.T) {
	for text, want := range map[string]string{
		"Ort: Viersen":                        "Viersen",
		"Luogo di nascita: Monfalcone":        "Monfalcone",
		"Erfurt, den 22.11.2023":              "Erfurt",
		"Santa Lucía de Tirajana, 19/03/2024": "Santa Lucía de Tirajana",
		"Nocciano, 20 aprile 2023":            "Nocciano",
	} {
		in := NewInput(patTestPage(text))
		var got []string
		for _, m := range (LocationRecognizer{}).Recognize(in) {
			got = append(got, in.Text[m.Start:m.End])
		}
		if !slices.Contains(got, want) {
			t.Errorf("%q: places %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{"Datum: 23.10.2025", "Dear Sir, 12 May 2024", "Ort: bitte angeben und unterschreiben"} {
		in := NewInput(patTestPage(text))
		if ms := (LocationRecognizer{}).Recognize(in); len(ms) != 0 {
			t.Errorf("%q: place %q", text, strings.TrimSpace(in.Text[ms[0].Start:ms[0].End]))
		}
	}
}

func TestPageCountries(t *testing.T) {
	cases := map[string]string{
		"Tel. +33 1 42 00 00 00":           "FR",
		"IBAN DE45 9116 2824 3068 1946 68": "DE",
		"www.example.it":                   "IT",
		"Made in India":                    "IN",
		"IBAN: FR76 3000 6000 0112 3456":   "FR",
		"Tel. +44 20 7946 0958":            "GB",
	}
	for text, want := range cases {
		if got := pageCountries(NewInput(patTestPage(text))); len(got) == 0 || got[0] != want {
			t.Errorf("%q: countries %v, want %s first", text, got, want)
		}
	}
	if got := pageCountries(NewInput(patTestPage("Call +1 212 555 0100"))); len(got) != 0 {
		t.Errorf("+1 is no one country: %v", got)
	}
}

// Postcode and town lines of other countries, each with a known town, on a
// page that gives no country: the town's country supplies the pattern.
func TestPostcodeTownLinesManyCountries(t *testing.T) {
	for _, text := range []string{
		"1012 AB Amsterdam", "111 22 Stockholm", "8010 Graz", "3011 Bern", "4000 Liège",
		"31-001 Kraków", "4000-123 Porto", "0150 Oslo", "00100 Helsinki", "01310-100 São Paulo",
		"06600 Ciudad de México", "1000 Ljubljana", "10000 Zagreb", "8001 Zürich", "Kópavogur 200",
	} {
		if got := addressTexts(text, entity.Address); !slices.Contains(got, text) {
			t.Errorf("%q: addresses %q", text, got)
		}
	}
	// A number before a word that is no town is no postcode line.
	for _, text := range []string{"1012 Invoices", "2024 Total", "4000 Euro"} {
		if got := addressTexts(text, entity.Address); len(got) != 0 {
			t.Errorf("%q: addresses %q", text, got)
		}
	}
}
