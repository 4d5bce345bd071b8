package surrogate

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// An organisation's replacement keeps its legal form, kinship words and
// institution head in the original's language, and replaces the names.
func TestOrganizationKeepsFormsOfManyCountries(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for _, c := range []struct{ orig, pattern string }{
		{"Stolz GmbH & Co. KG", `^\pL+ GmbH & Co\. KG$`},
		{"Ornelas Ceballos S.A.", `^\pL+ \pL+ S\.A\.$`},
		{"Jacquet SARL", `^\pL+ SARL$`},
		{"Macchi e figli", `^\pL+ e figli$`},
		{"Dwivedi Pvt Ltd", `^\pL+ Pvt Ltd$`},
		{"St.-Kahl-Krankenhaus", `^St\.-\pL+-Krankenhaus$`},
		{"Casa di Cura Rossi", `^Casa di Cura \pL+$`},
		{"Tischler, Kwadwo und Kleiss", `^\pL+, \pL+ und \pL+$`},
	} {
		got, err := g.Replace(entity.Organization, c.orig, value(entity.Organization, c.orig), 0)
		if err != nil {
			t.Fatalf("%q: %v", c.orig, err)
		}
		if !regexp.MustCompile(c.pattern).MatchString(got) || got == c.orig {
			t.Errorf("%q -> %q, want %s", c.orig, got, c.pattern)
		}
	}
}

// TestOrganizationAndStreetNamedInTheirCountry draws the family names that
// replace a firm's and a street's names from the page's country.
func TestOrganizationAndStreetNamedInTheirCountry(t *testing.T) {
	g := newGen(t, keyA, Options{})
	family := namesOf("DE").family
	org := value(entity.Organization, "Hofmann GmbH")
	org.Org.Country = "DE"
	got, err := g.Replace(entity.Organization, "Hofmann GmbH", org, 0)
	if name, ok := strings.CutSuffix(got, " GmbH"); err != nil || !ok || !slices.Contains(family, name) {
		t.Errorf("Hofmann GmbH -> %q (%v), want a German family name before GmbH", got, err)
	}
	street := value(entity.Address, "Bahnhofstraße 17")
	street.Address.Country = "DE"
	got, err = g.Replace(entity.Address, "Bahnhofstraße 17", street, 0)
	if name, ok := strings.CutSuffix(strings.Fields(got)[0], "straße"); err != nil || !ok || !slices.Contains(family, name) {
		t.Errorf("Bahnhofstraße 17 -> %q (%v), want a German family name before straße", got, err)
	}
}
