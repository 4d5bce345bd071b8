package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func TestWordTypes(t *testing.T) {
	cases := []struct {
		fn   func(string) bool
		name string
		yes  []string
		no   []string
	}{
		{IsName, "IsName", []string{"Müller", "Giuseppe", "Priya", "GARCIA", "Müller,", "O'Brien"}, []string{"Xqzvbn", "", "1234", "a"}},
		{IsCommonWord, "IsCommonWord", []string{"invoice", "total", "Total:", "Rechnung", "facture", "importe", "fattura", "betaling"}, []string{"Giuseppe", "Xqzvbn", "Berlin", "x"}},
		{IsStreetType, "IsStreetType", []string{"Straße", "Str.", "calle", "C/", "rue", "Avenue", "via", "Weg", "St", "Street,"}, []string{"Invoice", "c", "Paris"}},
		{IsPersonalTitle, "IsPersonalTitle", []string{"Mr", "Mrs.", "Herr", "Frau", "Mme", "Sig.ra", "Dr", "Sra."}, []string{"Total", "Street"}},
		{IsCompanyType, "IsCompanyType", []string{"GmbH", "AG", "S.A.", "SARL", "S.p.A.", "Ltd", "Inc.", "Pvt Ltd"}, []string{"Street", "Berlin"}},
		{IsUnitType, "IsUnitType", []string{"Apt", "Flat", "Suite"}, []string{"Berlin"}},
		{IsDivisionWord, "IsDivisionWord", []string{"Kel.", "Kecamatan", "Col.", "Mah.", "Quận", "TP"}, []string{"Berlin", "p", "Invoice"}},
		{IsDivisionLetter, "IsDivisionLetter", []string{"P", "q"}, []string{"Y", "pq"}},
	}
	for _, c := range cases {
		for _, w := range c.yes {
			if !c.fn(w) {
				t.Errorf("%s(%q) = false, want true", c.name, w)
			}
		}
		for _, w := range c.no {
			if c.fn(w) {
				t.Errorf("%s(%q) = true, want false", c.name, w)
			}
		}
	}
}

func TestStreetSuffix(t *testing.T) {
	for w, want := range map[string]string{"Hauptstraße": "straße", "Lindenstr.": "str.", "Kerkstraat": "straat", "Brüder-Grimm-Str.": "str."} {
		if got, ok := StreetSuffix(w); !ok || got != want {
			t.Errorf("StreetSuffix(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"Straße", "Weg", "Paris", "invoice"} {
		if got, ok := StreetSuffix(w); ok {
			t.Errorf("StreetSuffix(%q) = %q, want none", w, got)
		}
	}
}

// TestStreetTypeLetter: a street type of one letter with its full stop
// has its languages; without the stop, or a word, none.
func TestStreetTypeLetter(t *testing.T) {
	if got := StreetTypeLetterLanguages("g."); !slices.Contains(got, "lt") {
		t.Errorf(`StreetTypeLetterLanguages("g.") = %q, want lt among them`, got)
	}
	for _, w := range []string{"g", "gatve", "pr.", "x."} {
		if got := StreetTypeLetterLanguages(w); len(got) != 0 {
			t.Errorf("StreetTypeLetterLanguages(%q) = %q, want none", w, got)
		}
	}
}

// TestPlaceRunnerUp gives the largest town of a name outside the country
// of the largest, and the countries of a spelling without accents that is
// a town's own name too.
func TestPlaceRunnerUp(t *testing.T) {
	if pop, ru := PlacePopulation("Lagos"), PlaceRunnerUp("Lagos"); pop < 1000000 || ru == 0 || ru*50 > pop {
		t.Errorf("Lagos: %d and runner-up %d, want a city of millions and small towns", pop, ru)
	}
	if got := PlaceCountries("Bogota"); len(got) < 2 || got[0] != "CO" || !slices.Contains(got, "US") {
		t.Errorf("PlaceCountries(Bogota) = %v, want CO first, and the US", got)
	}
	if ru := PlaceRunnerUp("Zuerich"); ru != 0 {
		t.Errorf("PlaceRunnerUp(Zuerich) = %d, want 0 for a spelling", ru)
	}
}

// TestPlaceLocalNames finds the larger towns by the names their own
// countries write, which GeoNames gives in English, and keeps out the other
// names that are words ("Soul" of Seoul) or a town's own name.
func TestPlaceLocalNames(t *testing.T) {
	for name, cc := range map[string]string{"København": "DK", "KOBENHAVN": "DK", "Wien": "AT", "München": "DE",
		"Warszawa": "PL", "Lisboa": "PT", "Thanjavur": "IN"} {
		if got := PlaceCountries(name); len(got) == 0 || got[0] != cc {
			t.Errorf("PlaceCountries(%s) = %v, want %s", name, got, cc)
		}
	}
	if got := PlaceCountries("Soul"); got != nil {
		t.Errorf("PlaceCountries(Soul) = %v, want nil: a word", got)
	}
	if got := PlaceCountries("Alzira"); len(got) != 1 || got[0] != "ES" {
		t.Errorf("PlaceCountries(Alzira) = %v, want ES alone", got)
	}
	if !IsCommonWord("kanton") {
		t.Error(`"kanton" is no longer a word: another language's name of a town took it`)
	}
}

func TestPlaceCountries(t *testing.T) {
	if got := PlaceCountries("Paris"); len(got) == 0 || got[0] != "FR" {
		t.Errorf("PlaceCountries(Paris) = %v, want FR first", got)
	}
	if !slices.Contains(PlaceCountries("Viersen"), "DE") || !IsPlaceIn("Mumbai", "in") {
		t.Error("Viersen in DE and Mumbai in IN not found")
	}
	if got := PlaceCountries("New York City"); !slices.Contains(got, "US") {
		t.Errorf("PlaceCountries(New York City) = %v, want US", got)
	}
	if got := PlaceCountries("Invoice Total"); got != nil {
		t.Errorf("PlaceCountries(Invoice Total) = %v, want nil", got)
	}
	if PlacePopulation("London") < 1000000 {
		t.Error("London population below a million")
	}
	// Upper-case statements and forms drop accents and districts.
	for _, name := range []string{"SAINT-ETIENNE", "KEMPTEN", "Malaga"} {
		if PlaceCountries(name) == nil {
			t.Errorf("PlaceCountries(%s) = nil, want the town of its accented or longer name", name)
		}
	}
	for _, town := range Towns("FR") {
		if town == "saint-etienne" {
			t.Error("Towns(FR) lists an alias")
		}
	}
}

func TestPostcode(t *testing.T) {
	cases := []struct {
		cc, yes, no string
	}{
		{"FR", "75008", "7500"}, {"DE", "10115", "101150"}, {"GB", "SW1A 1AA", "SW1A"},
		{"IN", "400001", "40001"}, {"US", "94105-1234", "9410"}, {"ES", "28013", "2801"},
	}
	for _, c := range cases {
		re := Postcode(c.cc)
		if re == nil {
			t.Fatalf("Postcode(%s) = nil", c.cc)
		}
		if !re.MatchString(c.yes) || re.MatchString(c.no) {
			t.Errorf("Postcode(%s): %q should match and %q not", c.cc, c.yes, c.no)
		}
	}
	if Postcode("ZZ") != nil || len(PostcodeRegions()) < 150 {
		t.Error("unknown region has a pattern, or too few regions")
	}
	if !PostcodeBeforeTown("DE") || PostcodeBeforeTown("GB") || PostcodeBeforeTown("IN") {
		t.Error("postcode order: DE before the town, GB and IN not")
	}
}

func TestCountries(t *testing.T) {
	for name, want := range map[string]string{"Germany": "DE", "deutschland": "DE", "España": "ES", "UK": "GB", "India": "IN", "Italia": "IT"} {
		if got, ok := CountryByName(name); !ok || got != want {
			t.Errorf("CountryByName(%q) = %q, %v; want %s", name, got, ok, want)
		}
	}
	if _, ok := CountryByName("Invoice"); ok {
		t.Error("CountryByName(Invoice) found a country")
	}
	if CallingCode("de") != "49" || CallingCode("IN") != "91" || CallingCode("ZZ") != "" {
		t.Error("calling codes wrong")
	}
	if !slices.Contains(CountriesByCallingCode("+44"), "GB") {
		t.Error("+44 does not give GB")
	}
}

func TestRegions(t *testing.T) {
	if !slices.Contains(RegionCountries("Maharashtra"), "IN") || !slices.Contains(RegionCountries("California"), "US") {
		t.Error("Maharashtra or California not a region")
	}
	if !IsRegionCode("US", "CA") || IsRegionCode("US", "ZZ") {
		t.Error("US region codes wrong")
	}
	if !IsAnyRegionCode("ON") || !IsAnyRegionCode("NSW") || IsAnyRegionCode("QQQ") {
		t.Error("region codes of any country wrong")
	}
}

func TestTownsOfACountry(t *testing.T) {
	fr := Towns("fr")
	if len(fr) < 50 || fr[0] != "paris" {
		t.Fatalf("French towns: %d, first %q", len(fr), fr[0])
	}
	for _, n := range fr[:50] {
		if !IsPlaceIn(n, "FR") {
			t.Fatalf("%q listed for FR but not a French town", n)
		}
	}
	if Towns("zz") != nil {
		t.Fatal("towns for an unknown country")
	}
	// A small country's list reaches below the size threshold.
	if lu := Towns("LU"); len(lu) < minCountryTowns || !slices.Contains(lu, "strassen") {
		t.Fatalf("Luxembourg's towns: %v", lu)
	}
}

// TestTablesAreSorted: the tables searched in place are sorted and end
// with a newline, as the search trusts them to.
func TestTablesAreSorted(t *testing.T) {
	for name, s := range map[string]string{"names": namesData, "words": wordsData, "places": placesData, "stopwords": stopwordsData} {
		if !strings.HasSuffix(s, "\n") {
			t.Errorf("%s: last line not ended", name)
		}
		prev := ""
		for line := range sortedLines(s).lines() {
			if line < prev {
				t.Fatalf("%s: %q comes after %q", name, line, prev)
			}
			prev = line
		}
	}
}

// TestSortedSearch: every line of a table is found, keys by value, and
// words between, before and after the lines are not.
func TestSortedSearch(t *testing.T) {
	s := sortedTable("apple\nbanana\tb1\ncherry\ncherry pie\ndate\tx,y")
	for _, w := range []string{"apple", "cherry", "cherry pie"} {
		if !s.has(w) {
			t.Errorf("%q not found", w)
		}
	}
	for _, w := range []string{"", "aardvark", "applf", "banana", "cherr", "cherry p", "zebra"} {
		if s.has(w) {
			t.Errorf("%q found", w)
		}
	}
	if v, ok := s.value("date"); !ok || v != "x,y" {
		t.Errorf("value(date) = %q, %v", v, ok)
	}
	if _, ok := s.value("cherry"); ok {
		t.Error("value of a line without a tab")
	}
	n := 0
	for line := range stopwords.lines() {
		k, v, _ := strings.Cut(line, "\t")
		if got, ok := stopwords.value(k); !ok || got != v {
			t.Fatalf("stopword %q: value %q, %v; want %q", k, got, ok, v)
		}
		n++
	}
	if n < 1000 {
		t.Fatalf("%d stopwords", n)
	}
}

// TestPlaceReadWithAnotherAccent: OCR's other accent on a town's name
// finds the town; an accented word is no town written without accents.
func TestPlaceReadWithAnotherAccent(t *testing.T) {
	if !IsPlaceIn("Hyéres", "FR") {
		t.Errorf("Hyéres (Hyères) not a French town: %v", PlaceCountries("Hyéres"))
	}
	if cc := PlaceCountries("März"); cc != nil {
		t.Errorf("März is a town of %v", cc)
	}
}

// TestLegalFormsOfCleanco finds the legal forms that libpostal lacks, as
// writers space and dot them, and neither initials nor ordinary words.
func TestLegalFormsOfCleanco(t *testing.T) {
	for _, w := range []string{"s.r.o.", "Sp. z o.o.", "sp. z.o.o.", "Kft.", "Kft", "ApS", "A/S", "d.o.o.", "spol. s r.o."} {
		if !IsCompanyType(w) {
			t.Errorf("%q: no legal form", w)
		}
	}
	for _, w := range []string{"R.T.", "rt", "e.g.", "vat", "company", "Albania"} {
		if isLegalForm(w) {
			t.Errorf("%q: read as one of cleanco's legal forms", w)
		}
	}
}

// TestUnaccented: marks and barred letters go, other letters and ASCII stay.
func TestUnaccented(t *testing.T) {
	for in, want := range map[string]string{"Meléndez": "Melendez", "Adı": "Adi", "Hyères": "Hyeres",
		"Łódź": "Lodz", "Ñandú": "Nandu", "Straße": "Straße", "plain": "plain", "": "", "\xffé": "\xffé"} {
		if got := Unaccented(in); got != want {
			t.Errorf("Unaccented(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSideStreet reads a Korean side street's number and type, and no
// other number joined to a word ("12-B", "500-mg").
func TestSideStreet(t *testing.T) {
	for w, want := range map[string][2]string{"23-gil,": {"23", "-gil"}, "12beon-gil": {"12", "beon-gil"}} {
		n, k, ok := SideStreet(w)
		if !ok || n != want[0] || k != want[1] {
			t.Errorf("SideStreet(%q) = %q, %q, %v; want %q, %q", w, n, k, ok, want[0], want[1])
		}
	}
	for _, w := range []string{"12-B", "500-mg", "gil-23", "1234-gil"} {
		if _, _, ok := SideStreet(w); ok {
			t.Errorf("SideStreet(%q) read a side street", w)
		}
	}
}

// TestMarkLostSpellings: an ASCII word gets its spellings with one accent
// put back, and a word with accents or of two letters none.
func TestMarkLostSpellings(t *testing.T) {
	got := MarkLostSpellings("Arztin")
	if !slices.Contains(got, "ärztin") || slices.Contains(got, "arztin") {
		t.Errorf("Arztin: %q", got)
	}
	if s := MarkLostSpellings("Ärztin"); s != nil {
		t.Errorf("Ärztin: %q", s)
	}
	if s := MarkLostSpellings("an"); s != nil {
		t.Errorf("an: %q", s)
	}
}

// TestPostcodeGluedPrefix gives the letters a country glues before its
// postcodes, and none where a hyphen parts them or no letters stand.
func TestPostcodeGluedPrefix(t *testing.T) {
	for region, want := range map[string]string{"HT": "HT", "FO": "FO", "LT": "", "FR": ""} {
		if got := PostcodeGluedPrefix(region); got != want {
			t.Errorf("PostcodeGluedPrefix(%s) = %q, want %q", region, got, want)
		}
	}
}

func TestIsVehicleMake(t *testing.T) {
	for w, want := range map[string]bool{"Toyota": true, "NISSAN": true, "Mercedes-Benz": true, "Land": false, "Rover": false, "Maria": false} {
		if got := IsVehicleMake(w); got != want {
			t.Errorf("IsVehicleMake(%q) = %v, want %v", w, got, want)
		}
	}
}
