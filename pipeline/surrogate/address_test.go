package surrogate

import (
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/entity/gazetteer"
)

// TestAddressFollowsParts: the surrogate replaces an address by the roles
// detection gave its parts; it does not read the words again.
func TestAddressFollowsParts(t *testing.T) {
	g := newGen(t, keyA, Options{})
	text := "Zork Blat, 77"
	prefix, words := entity.SplitWords(text)
	city := entity.Value{Address: &entity.AddressParts{Prefix: prefix, Words: words, Parts: []entity.AddressPart{
		{Role: entity.AddrCity, Start: 0, End: 1, Name: "Zork Blat"},
		{Role: entity.AddrLiteral, Start: 2, End: 2},
	}}}
	s, err := g.Replace(entity.Address, text, city, 0)
	if err != nil {
		t.Fatal(err)
	}
	name, ok := strings.CutSuffix(s, ", 77")
	if !ok || !slices.Contains(gazetteer.Cities, name) {
		t.Errorf("city part: got %q, want a city then \", 77\"", s)
	}
	street := entity.Value{Address: &entity.AddressParts{Prefix: prefix, Words: words, Parts: []entity.AddressPart{
		{Role: entity.AddrStreetName, Start: 0, End: 1},
		{Role: entity.AddrLiteral, Start: 2, End: 2},
	}}}
	s, err = g.Replace(entity.Address, text, street, 0)
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Fields(strings.TrimSuffix(s, ", 77"))
	if len(w) != 2 || !slices.Contains(streetNames, w[0]) || !slices.Contains(streetNames, w[1]) {
		t.Errorf("street part: got %q, want two street names then \", 77\"", s)
	}
}
