package pii

import (
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// TestRepeatsOfAFoundName finds a person's surname again in running text
// once the name was found beside its label, and leaves ordinary words and
// titles alone.
func TestRepeatsOfAFoundName(t *testing.T) {
	p := mkPage(
		row(10, 10, "Patient:", "FLOTTMANN,", "Etienne"),
		row(10, 40, "Der", "Zustand", "von", "Herr", "Flottmann", "besserte", "sich."),
	)
	var texts []string
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		texts = append(texts, e.Text)
	}
	want := map[string]bool{"FLOTTMANN, Etienne": true, "Flottmann": true}
	if len(texts) != 2 || !want[texts[0]] || !want[texts[1]] {
		t.Fatalf("persons: got %q, want the name and its repeat", texts)
	}
	if got := repeatNeedles("Dott. Bartolo Battistini", true, true); len(got) != 3 || got[0] != "Bartolo Battistini" {
		t.Fatalf("needles of a titled name: %q", got)
	}
}

// TestUnsureNamesOrdinaryWordIsNotSought leaves an ordinary word that no
// name list holds where it stands when the name it came from was found
// unsure, and seeks it when a label vouched for the name.
func TestUnsureNamesOrdinaryWordIsNotSought(t *testing.T) {
	if got := repeatNeedles("Cardiology, Galway", true, false); slices.Contains(got, caseNeedle+"Cardiology") {
		t.Errorf("needles of an unsure name: %q, want no %q", got, "Cardiology")
	}
	if got := repeatNeedles("Nehru", true, true); !slices.Contains(got, caseNeedle+"Nehru") {
		t.Errorf("needles of a labelled surname: %q, want %q", got, "Nehru")
	}
}

// TestRepeatsOfAFoundCode finds an invoice number again in the prose once
// it was found beside its label, and leaves a short number alone.
func TestRepeatsOfAFoundCode(t *testing.T) {
	p := mkPage(
		row(10, 10, "Invoice", "No.:", "8585/2025"),
		row(10, 40, "Please", "quote", "invoice", "8585/2025.", "when", "paying", "the", "12", "items."),
	)
	var texts []string
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.ID) {
		texts = append(texts, e.Text+" "+e.Source)
	}
	if len(texts) != 2 || !strings.HasSuffix(texts[1], " repeat") {
		t.Fatalf("IDs: got %q, want the number and its repeat", texts)
	}
	if got := idNeedle("12,"); got != nil {
		t.Fatalf("needle of a short number: %q", got)
	}
	if got := idNeedle("KL-1187,"); len(got) != 1 || got[0] != "KL-1187" {
		t.Fatalf("needle of a code of letters and four digits: %q", got)
	}
	if got := idNeedle("1187"); got != nil {
		t.Fatalf("needle of four digits alone: %q", got)
	}
}

// TestRepeatsInTheOtherOrder finds "Family, Given" again as "Given
// Family", and a family name that is also a word only where it is
// capitalised.
func TestRepeatsInTheOtherOrder(t *testing.T) {
	p := mkPage(
		row(10, 10, "Patient:", "ROGER,", "Achaire"),
		row(10, 40, "Achaire", "Roger,", "née", "le", "7", "octobre", "1944."),
		row(10, 70, "M.", "Roger", "a", "été", "pris", "en", "charge."),
		row(10, 100, "Message", "received,", "roger", "that."),
	)
	var texts []string
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		texts = append(texts, strings.TrimRight(e.Text, ","))
	}
	want := []string{"ROGER, Achaire", "Achaire Roger", "Roger"}
	for _, w := range want {
		if !slices.Contains(texts, w) {
			t.Errorf("persons %q: %q not found", texts, w)
		}
	}
	if slices.Contains(texts, "roger") {
		t.Errorf("persons %q: the lower-case word was taken", texts)
	}
}

// TestRepeatsOfAPlace finds a place of birth again where the page names it
// after a misread label ("On:" for "Ort:"), and never seeks an ordinary
// word or a short name.
func TestRepeatsOfAPlace(t *testing.T) {
	p := mkPage(
		row(10, 10, "Geburtsort:", "Heilbronn"),
		row(10, 40, "On:", "Heilbronn"),
	)
	var texts []string
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Location) {
		texts = append(texts, e.Text)
	}
	if len(texts) != 2 {
		t.Fatalf("places: got %q, want the place and its repeat", texts)
	}
	for _, name := range []string{"Reading", "Bath", "Ulm"} {
		if got := placeNeedle(name); got != nil {
			t.Errorf("needle of %q: %q", name, got)
		}
	}
}

// TestTitleStaysOnThePage leaves a personal title out of the name's span,
// but not a name that libpostal also lists as a title, nor an initial.
func TestTitleStaysOnThePage(t *testing.T) {
	checkFound(t, map[string]string{
		"Médecin traitant : Dr Delphine Pierre": "Delphine Pierre",
		"Signed by Dott. Bartolo Battistini":    "Bartolo Battistini",
		"Titulaire : Mme Abeline Barre":         "Abeline Barre",
		"Patiënt: dhr. Joost van der Heijden":   "Joost van der Heijden", // the detector's own title list
		"Patient: Don Christiansen":             "Don Christiansen",
		"Patient: Santa Ebert":                  "Santa Ebert",
	}, entity.Person)
}

// checkFound analyzes each text and checks that the entities of types it
// finds are the one wanted, or none for "".
func checkFound(t *testing.T, cases map[string]string, types ...entity.Type) {
	t.Helper()
	for text, want := range cases {
		var got []string
		ents := analyze(t, DefaultConfig(), patTestPage(text))
		for _, typ := range types {
			for _, e := range find(ents, typ) {
				got = append(got, e.Text)
			}
		}
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}

// TestAddresseeOverTheBlock reads the name over a street line and a
// postcode line as the addressee's, and not a department's heading.
func TestAddresseeOverTheBlock(t *testing.T) {
	checkFound(t, map[string]string{
		"Tel. +46 31 123456\nLars-Erik Lindqvist\nStorgatan 14B\n411 38 Göteborg":                                       "Lars-Erik Lindqvist",
		"Tel. +49 30 1234567\nYven Lamos\nPescher Busch 6\n50667 Köln":                                                  "Yven Lamos",
		"BOULANGERIE DU PLATEAU\n4521 rue Saint-Denis\nMontréal QC H2J 2L4":                                             "BOULANGERIE DU PLATEAU",
		"Siobhan Ni Bhriain\n12 Glenageary Park\nDun Laoghaire, Co. Dublin\nA96 X2Y7\nIBAN IE29 AIBK 9311 5212 3456 78": "Siobhan Ni Bhriain",
		"Mottagare: Lars Eriksson\nStorgatan 27\n411 38 Göteborg":                                                       "Lars Eriksson",
		"Tel. +49 30 1234567\nCustomer Service\nPescher Busch 6\n50667 Köln":                                            "",
		"Tel. +49 30 1234567\nACCOUNTS PAYABLE\nPescher Busch 6\n50667 Köln":                                            "",
		// over a whole address on one line
		"Mobile: 9123 4567\nTan Wei Ming\nBlk 523 Ang Mo Kio Ave 5, #08-1123, Singapore 560523": "Tan Wei Ming",
		"Mobile: 9123 4567\nTan Wei Ming\nBIk 523 Ang Mo Kio Ave 5, #08-1123, Singapore 560523": "Tan Wei Ming",
		"Tel. +32 3 123 45 67\nWouter Peeters\nKerkstraat 41 bus 3, 2000 Antwerpen":             "Wouter Peeters",
		"Tel. +44 20 7946 0000\nPatient Details\n12 High Street, London SW1A 1AA":               "",
	}, entity.Person, entity.Organization)
}

// TestNoRepeatOfANameInLowerCaseProse leaves a found name's word where a
// sentence uses it in lower case among its own words ("kira", Turkish
// rent), and finds it capitalised.
func TestNoRepeatOfANameInLowerCaseProse(t *testing.T) {
	p := mkPage(
		row(10, 10, "Kiracı:", "Kira", "Demirtas"),
		row(10, 40, "Aylık", "kira", "bedeli", "32.000", "TL"),
		row(10, 70, "Kiracı", "Demirtas", "ödeyecek."),
	)
	var texts []string
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		texts = append(texts, e.Text)
	}
	if slices.Contains(texts, "kira") || !slices.ContainsFunc(texts, func(s string) bool { return strings.HasPrefix(s, "Demirtas") }) {
		t.Fatalf("persons: got %q, want the name and its capitalised repeat, no word of the sentence", texts)
	}
}

// TestRepeatsOfAFoundPhone finds a phone number again where the prose
// writes it without its country code or trunk zero, and leaves a number
// that only ends like it alone.
func TestRepeatsOfAFoundPhone(t *testing.T) {
	p := mkPage(
		row(10, 10, "Mobile", ":", "+977", "9851042716"),
		row(10, 40, "Advance", "paid", "via", "eSewa", "wallet", "9851042716", "on", "12-10-2024."),
		row(10, 70, "Voucher", "No.", "19851042716", "issued."),
	)
	var texts []string
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Phone) {
		texts = append(texts, e.Text+" "+e.Source)
	}
	if len(texts) != 2 || texts[1] != "9851042716 repeat" {
		t.Fatalf("phones: got %q, want the number and its repeat in the prose", texts)
	}
	for _, c := range []struct {
		cand, want string
		ok         bool
	}{
		{"+977 9851042716", "9851042716", true},
		{"0722 418 306", "722418306", true},
		{"+44 20 7946", "207946", false},
	} {
		if got, ok := phoneNeedle(c.cand); got != c.want || ok != c.ok {
			t.Errorf("phoneNeedle(%q) = %q, %v; want %q, %v", c.cand, got, ok, c.want, c.ok)
		}
	}
}
