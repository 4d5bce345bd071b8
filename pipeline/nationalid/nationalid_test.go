package nationalid

import "testing"

// The valid numbers are the issuers' published examples where one exists
// (FI, ES, BR, CN, IT, TR) and otherwise numbers whose check digits were
// computed apart from this package.
var valid = []struct {
	country, number string
}{
	{"SE", "850412-1230"},
	{"SE", "19850412-1230"},
	{"FI", "131052-308T"},
	{"NO", "150885 12313"},
	{"BE", "85.07.30-033.28"},
	{"ES", "12345678Z"},
	{"ES", "12.345.678-Z"},
	{"ES", "X1234567L"},
	{"IT", "RSSMRA85T10A562S"},
	{"BR", "529.982.247-25"},
	{"BR", "529.982.247- 25"}, // OCR parts the check digits after the dash
	{"CL", "15.432.876-9"},
	{"AR", "20-12345678-6"},
	{"ZA", "880101 5800 082"},
	{"CN", "11010519491231002X"},
	{"IN", "ABCPD1234E"},
	{"FR", "1 85 06 75 123 456 89"},
	{"FR", "185067512345689"},
	{"MX", "GOMC850315HDFRRL08"},
	{"RO", "1850612400128"},
	{"ZA", "8801015800082"},
	{"NO", "15088512313"},
	{"TR", "12345678950"},
	{"PL", "85031512344"},
	{"EE", "38503151239"},
	{"KZ", "920315450126"},
	{"CZ", "855612/1233"},
	{"IS", "120389-2629"},
	{"RS", "0101990710008"},
	{"SI", "0101990710008"},
	{"MY", "620814-08-5123"},
	{"AT", "5615 140715"},
	{"DE", "M482173056"},
	{"AT", "4088230318"},
}

func TestFindValid(t *testing.T) {
	for _, c := range valid {
		line := "Name Surname, " + c.number + " (ref)"
		got := Find(line, []string{c.country})
		if len(got) != 1 || line[got[0].Start:got[0].End] != c.number || got[0].Scheme.Country != c.country && !(c.country == "EE" && got[0].Scheme.Country == "LT") {
			t.Errorf("%s %q: got %+v", c.country, c.number, got)
		}
	}
}

// A wrong check digit, a date that cannot be, or a firm's number is none.
func TestFindInvalid(t *testing.T) {
	for _, n := range []string{
		"850412-1234",           // Luhn fails
		"131052-308U",           // mod 31 fails
		"12345678A",             // wrong letter
		"RSSMRA85T10A562T",      // wrong check letter
		"529.982.247-26",        // second digit wrong
		"5616 140715",           // Austria: check digit wrong
		"M482173057",            // Germany's health insurance: check digit wrong
		"111.111.111-11",        // all alike
		"96.543.210-1",          // a firm's RUT
		"30-12345678-1",         // a firm's CUIT
		"ABCFD1234E",            // a firm's PAN
		"11010519491331002X",    // month 13
		"1 85 06 75 123 456 88", // key wrong
		"GOMC850315HDFRRL07",    // check digit wrong
		"851312-1230",           // month 13
		"920315450123",          // check digit wrong
		"920345450126",          // a firm's BIN shape: no day 45
		"855612/1234",           // not divisible by 11
		"120389-2619",           // kennitala's check digit wrong
		"120389-2626",           // no century's digit 6
		"0101990710006",         // JMBG's check digit wrong
		"3213990710003",         // JMBG of no date
		"621314-08-5123",        // MyKad of no date
		"620814-18-5123",        // MyKad of no place of birth's code
	} {
		if got := Find("No. "+n, []string{"SE", "RO", "ZA", "NO", "TR", "PL", "EE", "BE", "KZ", "CZ", "IS", "RS", "AT", "DE"}); len(got) != 0 {
			t.Errorf("%q: got %+v", n, got)
		}
	}
}

// Bare digits count on a page of their country only; a number inside a
// longer one is none.
func TestFindBareAndJoined(t *testing.T) {
	if got := Find("CNP 1850612400128", nil); len(got) != 0 {
		t.Errorf("bare CNP without the page's country: %+v", got)
	}
	if got := Find("CNP 1850612400128", []string{"RO"}); len(got) != 1 {
		t.Errorf("bare CNP on a Romanian page: %+v", got)
	}
	for _, line := range []string{"X850412-1230", "850412-1230-7", "12345678Z9", "9.529.982.247-25"} {
		if got := Find(line, nil); len(got) != 0 {
			t.Errorf("%q: got %+v", line, got)
		}
	}
}

// A scheme holds its own numbers, whole, and no number whose check digit
// fails; Countries lets every scheme count.
func TestSchemeHolds(t *testing.T) {
	for _, c := range valid {
		got := Find(c.number, Countries())
		if len(got) != 1 || !got[0].Scheme.Holds(c.number) {
			t.Errorf("%s %q: got %+v", c.country, c.number, got)
			continue
		}
		sc := got[0].Scheme
		if sc.Holds("No. "+c.number) || sc.Holds(c.number+"9") {
			t.Errorf("%s %q: a longer text held", c.country, c.number)
		}
	}
	se := Find("850412-1230", Countries())[0].Scheme
	if se.Holds("850412-1234") {
		t.Error("a personnummer whose Luhn digit fails held")
	}
}
