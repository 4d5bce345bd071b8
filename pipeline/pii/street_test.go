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
	return recognized(AddressRecognizer{}, typ)(nil, text)
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

// British streets named with "The": typed ones anywhere on an English
// page, others above a postcode line; not in a sentence.
func TestTheStreets(t *testing.T) {
	const gb = "Tel. +44 20 7946 0958\n"
	for text, want := range map[string]string{
		gb + "Flat 8, 62 The Green, Upton, SS12 2FE": "Flat 8, 62 The Green",
		gb + "11 The Rise":                           "11 The Rise",
		gb + "107 The Limes\nGislason BA2 4QE":       "107 The Limes",
	} {
		if got := addressTexts(text, entity.Address); !slices.Contains(got, want) {
			t.Errorf("%q: addresses %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{
		gb + "Chapter 3 The Rise of Rome",
		gb + "3 The Company",
		gb + "107 The Limes",
		gb + "Section 5 The Green Party",
	} {
		if got := addressTexts(text, entity.Address); len(got) != 0 {
			t.Errorf("%q: flagged %q", text, got)
		}
	}
}

// A label word may end a town's name before a postcode, but a town needs
// a word that is no label or ordinary word.
func TestPostcodeAfterLabel(t *testing.T) {
	for _, text := range []string{"Tel. +44 20 7946 0958\nPost Code SW1A 1AA", "Tel. +44 20 7946 0958\nReference Number AB12 3CD"} {
		if got := addressTexts(text, entity.Address); len(got) != 0 {
			t.Errorf("%q: addresses %q", text, got)
		}
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
		"Tel. +34 931 44 61 80\nMaria Lopez, 45, 3 hijos",
		"Tel. +34 931 44 61 80\nGarcia Torres, 45, 3ª edición", // a floor mark, then words
		"Tel. +33 1 42 00 00 00\nVoir l'Annexe 3",
		"She finished 2nd in the 3rd round",
		"Tel. +49 30 1234567\nDr. Hans Weber 12",
		"Tél. +33 1 42 00 00 00\n12345 TOTAL", // a form's word in capitals
		"Tél. +33 1 42 00 00 00\n12345 TOTAL TTC 12,00",
		"Tel. +34 931 44 61 80\nMacarrones 500g 2,35", // a quantity, not a house number
	} {
		if got := append(addressTexts(text, entity.Address), addressTexts(text, entity.Zip)...); len(got) != 0 {
			t.Errorf("%q: flagged %q", text, got)
		}
	}
	// A state and a PIN code name India, but the label before them is no
	// town.
	for text, want := range map[string]string{"Invoice, Punjab 739111": "Punjab 739111", "Total, Kerala 695001": "Kerala 695001"} {
		if got := addressTexts(text, entity.Address); len(got) > 1 || len(got) == 1 && got[0] != want {
			t.Errorf("%q: flagged %q, want at most %q", text, got, want)
		}
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

// A directional ends a street's name after a street type that ends the
// name ("Dundas Street West"), not after one that opens it: "De" of "Via
// De Luca" is a directional of some language's list.
func TestDirectionalAfterAClosingType(t *testing.T) {
	for text, want := range map[string][]streetSpan{
		"Via De Luca 15":         {{0, 3}},
		"45 Dundas Street West,": {{0, 3}},
	} {
		r := streetReader{requireType: true, langs: countryLanguages([]string{"IT", "CA"})}
		if got := r.spans(strings.Fields(text)); !slices.Equal(got, want) {
			t.Errorf("%q: spans %v, want %v", text, got, want)
		}
	}
}
