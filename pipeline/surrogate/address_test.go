package surrogate

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/entity/gazetteer"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
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
	if len(w) != 2 || !slices.Contains(data.Person["last"], w[0]) || !slices.Contains(data.Person["last"], w[1]) {
		t.Errorf("street part: got %q, want two family names then \", 77\"", s)
	}
}

// replaceAddress replaces text, an address of country read as parts,
// with a new generator under keyA.
func replaceAddress(t *testing.T, text, country string, parts ...entity.AddressPart) string {
	t.Helper()
	return replaceAddressKey(t, keyA, text, country, parts...)
}

// replaceAddressKey is replaceAddress under key.
func replaceAddressKey(t *testing.T, key []byte, text, country string, parts ...entity.AddressPart) string {
	t.Helper()
	prefix, words := entity.SplitWords(text)
	v := entity.Value{Address: &entity.AddressParts{Prefix: prefix, Words: words, Country: country, Parts: parts}}
	s, err := newGen(t, key, Options{}).Replace(entity.Address, text, v, 0)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestStreetNameAfterItsArticle redraws a street's name after its elided
// article ("route d'Arlon") or its article joined by a hyphen ("Triq
// il-Kbira") and keeps the article; after an elision the name starts
// with a vowel.
func TestStreetNameAfterItsArticle(t *testing.T) {
	for _, c := range []struct{ text, country, typ, article, orig string }{
		{"12, route d'Arlon,", "LU", "route", "d'", "d'Arlon,"},
		{"27, Triq il-Kbira,", "MT", "Triq", "il-", "il-Kbira,"},
	} {
		s := replaceAddress(t, c.text, c.country,
			entity.AddressPart{Role: entity.AddrNumber, Start: 0, End: 0},
			entity.AddressPart{Role: entity.AddrStreetType, Start: 1, End: 1},
			entity.AddressPart{Role: entity.AddrStreetName, Start: 2, End: 2})
		f := strings.Fields(s)
		if len(f) != 3 || f[1] != c.typ || !strings.HasPrefix(f[2], c.article) || f[2] == c.orig || !strings.HasSuffix(f[2], ",") {
			t.Fatalf("got %q, want another name after %q", s, c.typ+" "+c.article)
		}
		if c.article == "d'" && !strings.ContainsAny(f[2][2:3], "AEIOU") {
			t.Errorf("got %q, want a name that starts with a vowel after the elision", s)
		}
	}
}

// TestTownWithoutAccentsForOneWithout: a town written without accents is
// replaced by one of its country without them, which the page's reader
// reads as printed.
func TestTownWithoutAccentsForOneWithout(t *testing.T) {
	for _, key := range []string{"a", "b", "c", "d"} {
		s := replaceAddressKey(t, []byte(key), "Masarykova 41,", "CZ", entity.AddressPart{Role: entity.AddrCity, Start: 0, End: 0, Name: "Masarykova"})
		if !lexicon.IsASCII(s) {
			t.Errorf("key %s: got %q, want a Czech town without accents", key, s)
		}
	}
}

// TestRegionOfItsCountry: a state of the address's country that the
// parser read as a town is replaced by another state of that country.
func TestRegionOfItsCountry(t *testing.T) {
	s := replaceAddress(t, "Gurugram, Haryana 122003", "IN",
		entity.AddressPart{Role: entity.AddrCity, Start: 0, End: 0, Name: "Gurugram"},
		entity.AddressPart{Role: entity.AddrCity, Start: 1, End: 1, Name: "Haryana"},
		entity.AddressPart{Role: entity.AddrNumber, Start: 2, End: 2})
	region := strings.TrimSpace(strings.TrimSuffix(strings.SplitN(s, ", ", 2)[1], strings.Fields(s)[len(strings.Fields(s))-1]))
	if region == "Haryana" || !slices.Contains(lexicon.Regions("IN"), region) {
		t.Fatalf("got %q, want another Indian state (%q)", s, region)
	}
}

// TestAddressOfItsCountry draws a town of the address's country and keeps
// a street type glued to the street's name.
func TestAddressOfItsCountry(t *testing.T) {
	s := replaceAddress(t, "Heymannstr. 87a, 95078 Witten", "DE",
		entity.AddressPart{Role: entity.AddrStreetName, Start: 0, End: 0},
		entity.AddressPart{Role: entity.AddrCity, Start: 3, End: 3, Name: "Witten"})
	f := strings.Fields(s)
	if len(f) != 4 || !strings.HasSuffix(f[0], "str.") || f[0] == "Heymannstr." {
		t.Fatalf("street: got %q, want another name glued to \"str.\"", s)
	}
	if !lexicon.IsPlaceIn(f[3], "DE") || f[3] == "Witten" {
		t.Fatalf("town: got %q, want another German town", s)
	}
}

// TestSlashedTowns replaces a Turkish district and its province, joined by
// a slash, by two Turkish towns so joined.
func TestSlashedTowns(t *testing.T) {
	s := replaceAddress(t, "06490 Çankaya/Ankara", "TR",
		entity.AddressPart{Role: entity.AddrNumber, Start: 0, End: 0},
		entity.AddressPart{Role: entity.AddrCity, Start: 1, End: 1, Name: "Çankaya/Ankara"})
	f := strings.Fields(s)
	a, b, ok := strings.Cut(f[len(f)-1], "/")
	if len(f) != 2 || !ok || !lexicon.IsPlaceIn(a, "TR") || !lexicon.IsPlaceIn(b, "TR") {
		t.Fatalf("got %q, want a number and two Turkish towns joined by a slash", s)
	}
}

// TestAddressKeepsItsCountry replaces the town of "Paris, France" and keeps
// the country.
func TestAddressKeepsItsCountry(t *testing.T) {
	s := replaceAddress(t, "Paris, France", "FR",
		entity.AddressPart{Role: entity.AddrCity, Start: 0, End: 0, Name: "Paris"},
		entity.AddressPart{Role: entity.AddrCountry, Start: 1, End: 1, Name: "France"})
	if !strings.HasSuffix(s, ", France") || strings.HasPrefix(s, "Paris") {
		t.Fatalf("got %q, want another town and \", France\"", s)
	}
}

// TestGluedSuffixOfTheAddressLanguage keeps a street type glued to a
// street's name only in a language of the address: "Jardines" of a
// Mexican colonia ends in the Icelandic "nes" by chance, "Kerkweg" in the
// Dutch "weg".
func TestGluedSuffixOfTheAddressLanguage(t *testing.T) {
	street := entity.AddressPart{Role: entity.AddrStreetName, Start: 1, End: 1}
	if s := replaceAddress(t, "Calle Jardines", "MX", entity.AddressPart{Role: entity.AddrLiteral, Start: 0, End: 0}, street); strings.HasSuffix(s, "nes") {
		t.Errorf("Calle Jardines: %q keeps an Icelandic street type", s)
	}
	street.Start, street.End = 0, 0
	if s := replaceAddress(t, "Kerkweg", "NL", street); !strings.HasSuffix(s, "weg") || s == "Kerkweg" {
		t.Errorf("Kerkweg: %q, want another name before \"weg\"", s)
	}
}

// TestTownOfACountryWithFewTowns draws a town of the address's country
// even where the lexicon holds only a score of them (the Emirates: 18
// towns of 20,000 people or more), not a US town.
func TestTownOfACountryWithFewTowns(t *testing.T) {
	towns := lexicon.Towns("AE")
	got := replaceAddress(t, "Dubai", "AE", entity.AddressPart{Role: entity.AddrCity, Start: 0, End: 0, Name: "Dubai"})
	if !slices.ContainsFunc(towns, func(t string) bool { return strings.EqualFold(t, got) }) || got == "Dubai" {
		t.Errorf("Dubai -> %q, want another town of the Emirates among %d", got, len(towns))
	}
}

// TestPostcodeKeepsItsCountryLetters redraws a postcode's digits and keeps
// the country's letters before them ("LT-03154" is no "DB-08886").
func TestPostcodeKeepsItsCountryLetters(t *testing.T) {
	s := replaceAddress(t, "LT-03154 Vilnius", "LT",
		entity.AddressPart{Role: entity.AddrNumber, Start: 0, End: 0},
		entity.AddressPart{Role: entity.AddrCity, Start: 1, End: 1, Name: "Vilnius"})
	code, _, _ := strings.Cut(s, " ")
	if !strings.HasPrefix(code, "LT-") || code == "LT-03154" || len(code) != len("LT-03154") {
		t.Fatalf("got %q, want LT- and five other digits", s)
	}
}

// TestNumberKeepsItsGluedUnit redraws a number and keeps what is glued
// to it: a Korean side street's type ("23-gil"), an Indonesian
// neighbourhood's unit letters after a slash ("004/RW"); the unit's word
// before the number stays too.
func TestNumberKeepsItsGluedUnit(t *testing.T) {
	num, name, key := entity.AddrNumber, entity.AddrStreetName, entity.AddrKeyword
	for _, c := range []struct {
		text, country string
		roles         []entity.AddressRole
		at            int    // the word that keeps its glued part
		glued         string // that part
	}{
		{"45 Banpo-daero 23-gil,", "KR", []entity.AddressRole{num, name, num}, 2, "-gil,"},
		{"RT 004/RW 009", "ID", []entity.AddressRole{key, num, num}, 1, "/RW"},
	} {
		parts := make([]entity.AddressPart, len(c.roles))
		for i, r := range c.roles {
			parts[i] = entity.AddressPart{Role: r, Start: i, End: i}
		}
		s := replaceAddress(t, c.text, c.country, parts...)
		f, orig := strings.Fields(s), strings.Fields(c.text)
		if len(f) != len(orig) || !strings.HasSuffix(f[c.at], c.glued) || f[c.at] == orig[c.at] || len(f[c.at]) != len(orig[c.at]) {
			t.Fatalf("%q: got %q, want other digits and %q", c.text, s, c.glued)
		}
		for i, r := range c.roles {
			if r == key && f[i] != orig[i] {
				t.Fatalf("%q: got %q, want %q kept", c.text, s, orig[i])
			}
		}
	}
}

// TestStateCodeOfTheAddressCountry replaces an Australian state's code
// with another Australian state's, not a US state's ("WA" is no
// Washington there).
func TestStateCodeOfTheAddressCountry(t *testing.T) {
	for _, key := range []string{"a", "b", "c", "d"} {
		s := replaceAddressKey(t, []byte(key), "WA", "AU", entity.AddressPart{Role: entity.AddrStateCode, Start: 0, End: 0, Name: "WA"})
		if !lexicon.IsRegionCode("AU", s) || s == "WA" {
			t.Fatalf("WA -> %q, want another Australian state's code", s)
		}
	}
}

// An ordinal's number is redrawn and its suffix written as the
// original's: English's agreeing with the number, the French "7e" as
// French writes the first ("1er") and the others, the Spanish "2º" kept.
func TestAddressOrdinalKeepsItsSuffix(t *testing.T) {
	for text, re := range map[string]*regexp.Regexp{
		"Millefiori 7e étage":  regexp.MustCompile(`^\S+ (1er|[2-9]e) étage$`),
		"Alcalá 2º piso":       regexp.MustCompile(`^\S+ [1-9]º piso$`),
		"Fairview 63rd Street": regexp.MustCompile(`^\S+ [1-9][0-9](st|nd|rd|th) Street$`),
	} {
		m := regexp.MustCompile(`(\d+)(\S+)`).FindStringSubmatch(text)
		got := replaceAddress(t, text, "", entity.AddressPart{Role: entity.AddrStreetName, Start: 0, End: 0},
			entity.AddressPart{Role: entity.AddrOrdinal, Start: 1, End: 1, Digits: m[1], Suffix: m[2]},
			entity.AddressPart{Role: entity.AddrLiteral, Start: 2, End: 2})
		if !re.MatchString(got) {
			t.Errorf("%q: got %q", text, got)
		}
	}
}

// The ordinal's suffix for the drawn number: English's agree with it,
// French writes the first "1er" and the others "e".
func TestOrdinalSuffix(t *testing.T) {
	for _, c := range []struct {
		orig string
		n    int
		want string
	}{{"e", 1, "er"}, {"e", 7, "e"}, {"er", 3, "e"}, {"ère", 1, "ère"}, {"º", 4, "º"}, {"st", 2, "nd"}, {"TH", 1, "ST"}} {
		if got := ordinalSuffix(c.orig, c.n); got != c.want {
			t.Errorf("ordinalSuffix(%q, %d) = %q, want %q", c.orig, c.n, got, c.want)
		}
	}
}
