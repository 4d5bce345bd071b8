package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestParseValuePhoneRegion(t *testing.T) {
	cases := []struct {
		text    string
		regions []string
		want    string
	}{
		{"01 42 68 53 00", []string{"FR", "US"}, "FR"},
		{"01 42 68 53 00", []string{"US", "FR"}, "FR"}, // not a US number
		{"030 12345678", []string{"DE"}, "DE"},
		{"(614) 466-5087", []string{"US", "FR"}, "US"},
		{"+44 20 7946 0958", []string{"FR"}, "GB"}, // the country code says it
		{"12", []string{"FR"}, ""},
		{"01 42 68 53 00", nil, ""},
	}
	for _, c := range cases {
		e := Entity{Type: entity.Phone, Text: c.text}
		v := parseValue(e, c.regions, "")
		if v.Phone == nil || v.Phone.Region != c.want {
			t.Errorf("%q in %v: region %+v, want %q", c.text, c.regions, v.Phone, c.want)
		}
	}
}

// TestAddressReadInThePagesCountry: a street type is known in the language
// of the page's country, and a town of several countries' names is the
// page's.
func TestAddressReadInThePagesCountry(t *testing.T) {
	e := Entity{Type: entity.Address, Text: "Via Garibaldi 12\n00184 Roma"}
	a := parseValue(e, nil, "IT").Address
	if a == nil || a.Country != "IT" || a.Parts[0].Role != entity.AddrStreetType {
		t.Fatalf("on an Italian page: %+v", a)
	}
	if a := parseValue(Entity{Type: entity.Address, Text: "Hauptstraße 5\n10115 Berlin"}, nil, "IT").Address; a.Country != "DE" {
		t.Errorf("an address that places itself elsewhere took the page's country")
	}
}

// TestTownOfSeveralWordsPlacesItsAddress: a town's name of two words is
// read whole, not by its first word, a town of another country ("Novi" is
// in Michigan).
func TestTownOfSeveralWordsPlacesItsAddress(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "Bulevar oslobodenja 88/12, 21000 Novi Sad"}, nil, "RS").Address
	if a == nil || a.Country != "RS" || a.Parts[0].Role != entity.AddrStreetType {
		t.Fatalf("on a Serbian page: %+v", a)
	}
}

// TestTownWithAConnectorPlacesItsAddress: a town's name with a connector
// inside is one town, and places the address in its country ("Prien"
// alone is in Louisiana).
func TestTownWithAConnectorPlacesItsAddress(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "83209 Prien am Chiemsee"}, nil, "DE").Address
	if a == nil || a.Country != "DE" || len(a.Parts) != 2 || a.Parts[1].Role != entity.AddrCity || a.Parts[1].Name != "Prien am Chiemsee" {
		t.Fatalf("parsed %+v", a)
	}
}

// TestMonsieurOnAFrenchPage: "M." before a name is a title on a page in
// French, an initial elsewhere.
func TestMonsieurOnAFrenchPage(t *testing.T) {
	n := parseValue(Entity{Type: entity.Person, Text: "M. Jean-Marc Weber"}, nil, "LU").Name
	if n == nil || n.Words[0].Role != entity.RoleTitle || n.Words[0].Sex != entity.Male {
		t.Fatalf("on a Luxembourg page: %+v", n)
	}
	if n := parseValue(Entity{Type: entity.Person, Text: "M. Jean-Marc.Weber"}, nil, "FR").Name; n.Words[0].Role != entity.RoleTitle {
		t.Errorf("before a glued name: %+v", n)
	}
	if n := parseValue(Entity{Type: entity.Person, Text: "M. Jean-Marc Weber"}, nil, "US").Name; n.Words[0].Role != entity.RoleInitials {
		t.Errorf("on a US page the initial became %v", n.Words[0].Role)
	}
}

// TestElidedStreetNameIsRedrawn: a street's name after an elided article
// is its name, not a connective word kept.
func TestElidedStreetNameIsRedrawn(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "12, route d'Arlon,"}, nil, "LU").Address
	if a == nil || len(a.Parts) != 3 || a.Parts[2].Role != entity.AddrStreetName {
		t.Fatalf("parsed %+v", a)
	}
}

// TestTitleOfThePagesLanguage: a title written out in full in a language
// of the page's country opens a name; elsewhere the word is a name.
func TestTitleOfThePagesLanguage(t *testing.T) {
	if n := parseValue(Entity{Type: entity.Person, Text: "Dottoressa Anna Rossi"}, nil, "IT").Name; n.Words[0].Role != entity.RoleTitle {
		t.Errorf("on an Italian page: %+v", n)
	}
	if n := parseValue(Entity{Type: entity.Person, Text: "Donna Karen Hill"}, nil, "US").Name; n.Words[0].Role == entity.RoleTitle {
		t.Errorf("on a US page the given name became a title: %+v", n)
	}
}

// TestStreetTypeAfterTheName: a street type of the country's language
// after the street's name and before the number stays a type.
func TestStreetTypeAfterTheName(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "Bahrenfelder Chaussee 31, 22761 Hamburg"}, nil, "DE").Address
	if a == nil || a.Parts[0].Role != entity.AddrStreetName || a.Parts[1].Role != entity.AddrStreetType {
		t.Fatalf("parsed %+v", a)
	}
}

// TestBritishInwardCodeReadWithAnO: a British postcode's inward code whose
// zero OCR read as "O" belongs to the postcode, no town.
func TestBritishInwardCodeReadWithAnO(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "Weybridge KT13 OXP"}, nil, "GB").Address
	if a == nil || a.Parts[len(a.Parts)-1].Role != entity.AddrOther {
		t.Fatalf("parsed %+v", a)
	}
}

// TestKeptWordThatNamesAStreet: a word an address keeps elsewhere names the
// street before a street type and is redrawn.
func TestKeptWordThatNamesAStreet(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "12 Station Parade,"}, nil, "GB").Address
	if a == nil || a.Parts[1].Role != entity.AddrStreetName {
		t.Fatalf("parsed %+v", a)
	}
}

// TestDayOfADatedStreetStays: the day of a street named after a date is no
// house number to redraw.
func TestDayOfADatedStreetStays(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "Av. 18 de Julio 1357"}, nil, "UY").Address
	if a == nil || a.Parts[1].Role != entity.AddrLiteral || a.Parts[len(a.Parts)-1].Role != entity.AddrNumber {
		t.Fatalf("parsed %+v", a)
	}
}

// TestLegalFormReadBack: a legal form OCR read with a digit is written as
// the form it is, so the surrogate keeps no noise.
func TestLegalFormReadBack(t *testing.T) {
	o := ParseValue(entity.Organization, "Parisi-Lucchese s.r.1.").Org
	if o == nil || o.Words[len(o.Words)-1].Core != "s.r.l." {
		t.Fatalf("parsed %+v", o)
	}
}

// TestPostcodeLettersAreNoTown: a Dutch postcode's letters belong to the
// postcode, not to the town after it.
func TestPostcodeLettersAreNoTown(t *testing.T) {
	a := parseValue(Entity{Type: entity.Address, Text: "Wagnerlaan 55, 6815 AD Arnhem"}, nil, "NL").Address
	last := a.Parts[len(a.Parts)-1]
	if a.Parts[len(a.Parts)-2].Role != entity.AddrOther || last.Role != entity.AddrCity || last.Name != "Arnhem" {
		t.Errorf("parts %+v", a.Parts)
	}
}

// TestLoneNameTakesItsRole reads a lone given name as the given name of the
// fuller name on the page, so that both get one surrogate.
func TestLoneNameTakesItsRole(t *testing.T) {
	ents := analyze(t, DefaultConfig(), patTestPage("Lars-Erik Lindqvist\nStorgatan 14B\n411 38 Göteborg\nTel. +46 31 123456\n\nHej Lars-Erik,"))
	var lone *entity.NameParts
	for _, e := range find(ents, entity.Person) {
		if e.Value.Name != nil && nameWords(e.Value.Name) == 1 {
			lone = e.Value.Name
		}
	}
	if lone == nil {
		t.Fatalf("no lone name among %v", ents)
	}
	for _, w := range lone.Words {
		if w.Core == "Lars-Erik" && w.Role != entity.RoleGiven {
			t.Errorf("Lars-Erik: role %v, want given", w.Role)
		}
	}
}

// TestTitledLoneNameStaysTheFamilyName: a word that is one name's family
// name and another's middle name is the family name, and after a title a
// lone word is never taken for a given name.
func TestTitledLoneNameStaysTheFamilyName(t *testing.T) {
	ents := analyze(t, DefaultConfig(), patTestPage("Name: Wanjiru Njeri Kamau\nNext of kin: Peter Kamau Mwangi (husband)\n"+
		"History: Mrs Kamau, a teacher, presented with fever."))
	found := false
	for _, e := range find(ents, entity.Person) {
		p := e.Value.Name
		if p == nil || nameWords(p) != 1 {
			continue
		}
		for _, w := range p.Words {
			if w.Core == "Kamau" {
				found = true
				if w.Role != entity.RoleFamily {
					t.Errorf("Mrs Kamau: role %v, want family", w.Role)
				}
			}
		}
	}
	if !found {
		t.Fatalf("no lone Kamau among %v", ents)
	}
}

// TestLoneGivenName reads a lone word that the lists hold only as a given
// name as a given name, and a lone word after a title as the family name.
func TestLoneGivenName(t *testing.T) {
	cases := map[string]entity.NameRole{
		"I saw Mrs Whitfield in clinic with her daughter, Joanne.": entity.RoleGiven,
		"Dear Mrs Whitfield,": entity.RoleFamily,
	}
	for text, want := range cases {
		ents := analyze(t, DefaultConfig(), patTestPage(text))
		var got []entity.NameRole
		for _, e := range find(ents, entity.Person) {
			if p := e.Value.Name; p != nil && nameWords(p) == 1 {
				for _, w := range p.Words {
					if w.Role == entity.RoleGiven || w.Role == entity.RoleFamily {
						got = append(got, w.Role)
					}
				}
			}
		}
		if len(got) == 0 || got[len(got)-1] != want {
			t.Errorf("%q: roles %v, want the last %v", text, got, want)
		}
	}
}

func TestNamesCarryThePagesCountry(t *testing.T) {
	// A Polish address places the page: the name's stand-ins are drawn
	// from Polish names.
	p := mkPage(row(50, 100, "Pacjent:", "Anna", "Kowalska"), row(50, 130, "ul.", "Marszałkowska", "12,", "00-950", "Warszawa"))
	ps := find(analyze(t, DefaultConfig(), p), entity.Person)
	if len(ps) != 1 || ps[0].Value.Name == nil || ps[0].Value.Name.Country != "PL" {
		t.Fatalf("persons %v: want one placed in PL", texts(ps))
	}
}

// TestAddressValueReadsAMisreadSharpS puts back the "ß" of "-straße" that
// OCR read as "B", "&" or "8", so that no misreading reaches the
// surrogate; capitals write it "SS".
func TestAddressValueReadsAMisreadSharpS(t *testing.T) {
	for text, want := range map[string]string{"SchwarzwaldstraBe 203": "Schwarzwaldstraße", "Schubertstra&e 31/4": "Schubertstraße",
		"HAUPTSTRA8E 4": "HAUPTSTRASSE"} {
		v := ParseValue(entity.Address, text)
		if v.Address == nil || len(v.Address.Words) == 0 || v.Address.Words[0].Core != want {
			t.Errorf("%q: address %+v, want its first word %q", text, v.Address, want)
		}
	}
}

// TestInstitutionWordStaysInAnOrganisation keeps the word that says what
// an institution is in its value, so its surrogate keeps it.
func TestInstitutionWordStaysInAnOrganisation(t *testing.T) {
	v := ParseValue(entity.Organization, "Leeds General Infirmary")
	if v.Org == nil || len(v.Org.Words) != 3 || v.Org.Words[2].Role != entity.OrgGeneric {
		t.Errorf("organisation %+v, want Infirmary kept", v.Org)
	}
}

// TestCountryStaysInAnOrganisation keeps a country's name or alias in an
// organisation's value ("Boots UK Limited"), as an address keeps it.
func TestCountryStaysInAnOrganisation(t *testing.T) {
	v := ParseValue(entity.Organization, "Boots UK Limited")
	if v.Org == nil || len(v.Org.Words) != 3 || v.Org.Words[1].Role != entity.OrgGeneric {
		t.Errorf("organisation %+v, want UK kept", v.Org)
	}
}

// TestArabicArticleStaysInAnOrganisation keeps the article of an Arabic
// name ("Al Noor") in an organisation's value, as "de" or "van" stays.
func TestArabicArticleStaysInAnOrganisation(t *testing.T) {
	v := ParseValue(entity.Organization, "AL NOOR TRADING L.L.C.")
	if v.Org == nil || len(v.Org.Words) == 0 || v.Org.Words[0].Role != entity.OrgGeneric {
		t.Errorf("organisation %+v, want AL kept", v.Org)
	}
}

// TestKinNounGivesTheNameItsSex: a relative's noun before a name without
// a title gives it that relative's sex.
func TestKinNounGivesTheNameItsSex(t *testing.T) {
	ents := analyze(t, DefaultConfig(), patTestPage("Father's Name: Rohit Malhotra\nMother's Name: Sneha Malhotra\nName: Aarav Malhotra"))
	want := map[string]entity.Sex{"Rohit Malhotra": entity.Male, "Sneha Malhotra": entity.Female, "Aarav Malhotra": entity.SexUnknown}
	for _, e := range find(ents, entity.Person) {
		if w, ok := want[e.Text]; ok {
			if e.Value.Name == nil || e.Value.Name.Sex != w {
				t.Errorf("%q: sex %v, want %v", e.Text, e.Value.Name, w)
			}
			delete(want, e.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("names not found: %v", want)
	}
}

// A name part's label gives the words of its value that part's role, so
// that the stand-in is of the same part.
func TestLabelledNamePart(t *testing.T) {
	cases := []struct {
		source, text string
		want         entity.NameRole
	}{
		{"label:surname", "Mchedlishvili", entity.RoleFamily},
		{"label:legal last name", "Quintero-Baptiste", entity.RoleFamily},
		{"label:prezime", "Mikulić", entity.RoleFamily},
		{"label:given names", "Fetu Iosefa", entity.RoleGiven},
		{"label:ime", "Krešimir", entity.RoleGiven},
	}
	for _, c := range cases {
		n := parseValue(Entity{Type: entity.Person, Text: c.text, Source: c.source}, nil, "").Name
		for _, w := range n.Words {
			if w.Role != c.want {
				t.Errorf("%s %q: %q has role %v, want %v", c.source, c.text, w.Core, w.Role, c.want)
			}
		}
	}
}
