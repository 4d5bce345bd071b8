package pii

import (
	"fmt"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

var addrRoleNames = map[entity.AddressRole]string{
	entity.AddrLiteral: "lit", entity.AddrKeyword: "key", entity.AddrStreetType: "type",
	entity.AddrNumber: "num", entity.AddrOrdinal: "ord", entity.AddrNumberWord: "numword",
	entity.AddrStateCode: "code", entity.AddrStreetName: "street", entity.AddrCity: "city",
	entity.AddrState: "state", entity.AddrCountry: "country", entity.AddrName: "name",
	entity.AddrOther: "other",
}

// describe writes each part as role[first..last word]=name.
func describe(p *entity.AddressParts) string {
	var out []string
	for _, pt := range p.Parts {
		s := fmt.Sprintf("%s[%d", addrRoleNames[pt.Role], pt.Start)
		if pt.End != pt.Start {
			s += fmt.Sprintf("-%d", pt.End)
		}
		s += "]"
		if pt.Name != "" {
			s += "=" + pt.Name
		}
		if pt.Digits != "" {
			s += "=" + pt.Digits + "+" + pt.Suffix
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestParseAddressRoles(t *testing.T) {
	cases := []struct{ text, want string }{
		{"418 Bellhaven Avenue, New York, NY 10036",
			"num[0] street[1] type[2] city[3-4]=New York code[5]=NY num[6]"},
		{"48 East 71st Street, Boston, M. A. 02116",
			"num[0] key[1] ord[2]=71+st type[3] city[4]=Boston code[5-6]=MA num[7]"},
		// "N." is a directional before it can start a dotted code.
		{"48 East 71st Street, New York, N. Y. 10023",
			"num[0] key[1] ord[2]=71+st type[3] city[4-5]=New York key[6] lit[7] num[8]"},
		{"P. O. Box 4862, Boston, MA 02118",
			"key[0] key[1] key[2] num[3] city[4]=Boston code[5]=MA num[6]"},
		{"One Main Street, Suite 12-B, Richmond, Virginia 23219",
			"numword[0] street[1] type[2] key[3] num[4] city[5]=Richmond state[6]=Virginia num[7]"},
		// "New York" before a postcode is the state; before a country, a city.
		{"Albany, New York 12207", "city[0]=Albany state[1-2]=New York num[3]"},
		{"Paris, France", "city[0]=Paris country[1]=France"},
		// A town whose name ends like a glued street type is a town
		// unless a house number follows it.
		{"Königsallee 44, 40212 Düsseldorf", "street[0] num[1] num[2] city[3]=Düsseldorf"},
		{"Lindenhof 12", "street[0] num[1]"},
		// Ordinals of French and Spanish: the floor's number and its suffix.
		{"12 rue de la Paix, 3e étage", "num[0] type[1] lit[2] lit[3] street[4] ord[5]=3+e key[6]"},
		{"Avenida de Mayo 1370, 2º piso", "type[0] lit[1] street[2] num[3] ord[4]=2+º key[5]"},
		// A word in lower case that no dictionary or function-word list
		// holds is a name's, redrawn; function words stay.
		{"Pot v Zeleni gaj 19", "city[0]=Pot lit[1] city[2]=Zeleni street[3] num[4]"},
		{"12 rue de la Paix", "num[0] type[1] lit[2] lit[3] street[4]"},
		// A line break ends a run: a district over its city, each a town.
		{"Kebayoran Baru\nJakarta Selatan 12140", "city[0-1]=Kebayoran Baru city[2-3]=Jakarta Selatan num[4]"},
		// A street type of English that the US list lacks, after a house
		// number: a street, not a town.
		{"41 Marlborough Close, Yeovil BA21 3QT", "num[0] street[1] type[2] city[3]=Yeovil num[4] num[5]"},
		// Another country's region code is kept, not drawn as a town.
		{"Toronto, ON M5S 1Z8", "city[0]=Toronto key[1] num[2] num[3]"},
		// A Turkish district and its province, joined by a slash.
		{"06490 Çankaya/Ankara", "num[0] city[1]=Çankaya/Ankara"},
		// A form instruction in parentheses is kept; four capitalised words
		// are a name, not a city.
		{"Richmond (Include state and zip code)", "city[0]=Richmond lit[1] lit[2] lit[3] lit[4] lit[5]"},
		{"Lake Shore Medical Arts Tower", "name[0-4]"},
		{"Ste. N/A", "key[0] other[1]"},
		// The abbreviated type of a ward, a district or a street is kept.
		{"Jl. Gatot Subroto No. 112, Kel. Kuningan Timur",
			"type[0] street[1-2] key[3] num[4] key[5] city[6-7]=Kuningan Timur"},
		{"Kec. Setiabudi, Jakarta 12950", "key[0] city[1]=Setiabudi city[2]=Jakarta num[3]"},
		// An estate's or a town's numbered division and a barangay's
		// abbreviation are kept.
		{"Lot 8 Phase 2, Brgy. San Jose, Antipolo City",
			"type[0] num[1] key[2] num[3] key[4] city[5-6]=San Jose city[7-8]=Antipolo City"},
	}
	for _, c := range cases {
		p := parseAddress(c.text, "")
		if got := describe(p); got != c.want {
			t.Errorf("parseAddress(%q):\n got %s\nwant %s", c.text, got, c.want)
		}
		if got := entity.JoinWords(p.Prefix, p.Words); got != c.text {
			t.Errorf("parseAddress(%q) words join to %q", c.text, got)
		}
	}
}

// TestStreetNameBeforeItsNumberIsNoDivision: an ordinary word after a
// street's type names the street, though a number follows it.
func TestStreetNameBeforeItsNumberIsNoDivision(t *testing.T) {
	if got, want := describe(parseAddress("Calle Mayor 7", "ES")), "type[0] street[1] num[2]"; got != want {
		t.Errorf("Calle Mayor 7: %s, want %s", got, want)
	}
}

// TestParseAddressCodeAfterRun: a state code after a city of several words
// is read by what follows it, not by the comma before it, as the surrogate
// stage (which writes the city over the run's first word) sees it.
func TestParseAddressCodeAfterRun(t *testing.T) {
	if got := describe(parseAddress("New Bedford, MA 02740", "")); got != "city[0-1]=New Bedford code[2]=MA num[3]" {
		t.Errorf("before a postcode: %s", got)
	}
	if got := describe(parseAddress("New Bedford, MA, USA", "")); !strings.HasPrefix(got, "city[0-1]=New Bedford city[2]=MA") {
		t.Errorf("before a country: %s", got)
	}
	if got := describe(parseAddress("Boston, MA, USA", "")); !strings.HasPrefix(got, "city[0]=Boston code[1]=MA") {
		t.Errorf("after a one-word city: %s", got)
	}
}

func TestParseOrgRoles(t *testing.T) {
	roles := map[entity.OrgRole]string{entity.OrgGeneric: "generic", entity.OrgInitials: "initials",
		entity.OrgAcronym: "acronym", entity.OrgName: "name", entity.OrgOther: "other"}
	cases := []struct {
		text     string
		want     string
		fallback int
	}{
		{"R.T. Halverson Tobacco Company", "initials name generic generic", -1},
		{"AT&T Corp.", "acronym generic", -1},
		{"PRENTICE HALL CORPORATE SERVICES", "name name generic generic", -1},
		{"Al Safwa Medical Supplies Co.", "generic name generic generic generic", -1}, // a trade's ordinary words stay
		{"Universitätsklinikum Münster", "generic name", -1},
		{"IBM Corporation", "acronym generic", -1},
		{"3M Company", "other generic", -1},
		{"General Services Co.", "generic generic generic", 0},
		{"Company Inc. Services", "generic generic generic", 2},
		{"Kowalczyk i Wspólnicy Sp. z o.o.", "name generic name generic generic generic", -1},
		{"Kowalczyk Sp. z 0.0.", "name generic generic generic", -1}, // OCR's digits for letters
	}
	for _, c := range cases {
		p := ParseValue(entity.Organization, c.text).Org
		var got []string
		for _, w := range p.Words {
			got = append(got, roles[w.Role])
		}
		if strings.Join(got, " ") != c.want || p.Fallback != c.fallback {
			t.Errorf("parseOrg(%q) = %v fallback %d, want %s fallback %d", c.text, got, p.Fallback, c.want, c.fallback)
		}
	}
}

// TestParseValueFillsParts: detection's value carries address parts for
// addresses and places, organisation parts for organisations, and neither
// for other types.
func TestParseValueFillsParts(t *testing.T) {
	if v := ParseValue(entity.Location, " Chicago__"); v.Address == nil || describe(v.Address) != "city[0]=Chicago" {
		t.Errorf("location: %+v", v.Address)
	}
	if v := ParseValue(entity.Person, "Mary Fenwick"); v.Address != nil || v.Org != nil || v.Name == nil {
		t.Errorf("person: %+v", v)
	}
}
