package pii

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestPageRegions(t *testing.T) {
	cases := []struct {
		text, fallback, first string
	}{
		{"Tel: +49 30 1234567", "US", "DE"},
		{"Téléphone 0033 1 42 68 53 00", "US", "FR"},
		{"IBAN GB29 NWBK 6016 1331 9268 19", "US", "GB"},
		{"Total £12.50\nLondon, United Kingdom", "US", "GB"},
		{"Bezahlt in € bei Firma X in Deutschland\nMail: a@b.de", "US", "DE"},
		{"Amount ₹ 1,200\nIndia", "US", "IN"},
		{"Call (212) 555-0123", "US", "US"},
		{"ALL ORDERS SHIPPED\nTOP PRIORITY", "US", "US"},
		{"Betrag: CHF 120.00", "US", "CH"},
		{"I alt DKK 82,35", "US", "DK"}, // a code three regions use
		{"Total ZAR 1 250.00", "US", "ZA"},
		{"nothing here", "GB", "GB"},
		{"IT98447750512\nP. IVA\nTotale € 92,63", "US", "IT"},     // a VAT number by its label
		{"Order IT98447750512", "US", "US"},                       // without one, any code
		{"Bhuj, Tamil Nadu 682 479\nFax 78290 43635", "US", "IN"}, // a state only India has
		{"Dear Victoria Washington,", "GB", "GB"},                 // names, not states
		{"Fjordvik AS\nOrg.nr. 918 443 201 MVA", "US", "NO"},      // a register's label few countries print
		{"CUIT 30-71234567-8", "US", "AR"},
		{"ABN AMRO Bank 4417 8812 90", "GB", "GB"},                      // a bank's name, no label beside a number
		{"RFC 880029", "US", "US"},                                      // a request for change
		{"Hofmann Logistik GmbH", "US", "DE"},                           // a legal form of one language
		{"Acme Holdings Ltd", "GB", "GB"},                               // English, written everywhere
		{"51 Little France Crescent, Leeds", "US", "US"},                // a street named after a country
		{"6 months Measles 1 (MR) 2024-11-22 MRO931 R arm", "ZA", "ZA"}, // a batch's code, no ouguiya
		{"Betrag: CHF120.00", "US", "CH"},                               // a code glued to an amount with its cents
		{"Stand 2241, Ingwe Street\n-Tembisa 1632", "US", "ZA"},         // a speck glued to the town
	}
	for _, c := range cases {
		got := pageRegions(NewInput(patTestPage(c.text)), c.fallback)
		if got[0] != c.first || !regionIn(got, c.fallback) {
			t.Errorf("%q: regions %v, want %s first and %s present", c.text, got, c.first, c.fallback)
		}
	}
}

// TestPhonePlans finds numbers of several numbering plans on pages that
// name their country, with the configured region left at US.
func TestPhonePlans(t *testing.T) {
	r := phoneRegion("US")(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Tel.: 030 901820\nBerlin, Deutschland", []string{"030 901820"}},
		{"Mobil 0151 23456789\nFax: +49 89 12345678", []string{"0151 23456789", "+49 89 12345678"}},
		{"Téléphone : 01 42 68 53 00\nParis, France", []string{"01 42 68 53 00"}},
		{"Tel: 020 7946 0958\nLondon SW1A 1AA", []string{"020 7946 0958"}},
		{"Teléfono: 912 345 678\nMadrid, España", []string{"912 345 678"}},
		{"Cellulare: 347 123 4567\nRoma, Italia", []string{"347 123 4567"}},
		{"Phone: +91 98765 43210", []string{"+91 98765 43210"}},
		{"Phone: (212) 555-0123", []string{"(212) 555-0123"}},
		// A page that names another country keeps its NANP numbers.
		{"Phone: (212) 555-0123\nOffice in Tirana, Albania", []string{"(212) 555-0123"}},
		{"Rossi Mario 347 123 4567\nRoma, Italia", []string{"347 123 4567"}},
		{"Rossi Mario 335 1475785\nRoma, Italia", []string{"335 1475785"}},
		// No country on the page: a labelled national number valid in
		// some plan and grouped as that plan groups it.
		{"34942 STRASBOURG\nTél. 07 66 45 12 40", []string{"07 66 45 12 40"}},
	}
	for _, c := range cases {
		got := spans(patRun(t, r, entity.Phone, c.text), c.text, 0.5)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPhoneNotOtherNumbers keeps amounts, IBANs, dates, postcodes and
// record numbers out of PHONE on non-US pages.
func TestPhoneNotOtherNumbers(t *testing.T) {
	r := phoneRegion("US")(t)
	for _, text := range []string{
		"Gesamtbetrag 1.234.567,89 EUR\nDeutschland +49 30 1234567",
		"IBAN DE89 3704 0044 0532 0130 00\nDeutschland",
		"Datum 12.10.1998 14.11.2023\nDeutschland",
		"63879 Viersen, Deutschland",
		"Kundennummer 3012345678\nDeutschland",
		"Factura 2018 0012 3456\nEspaña",
		"Total 1 234 567,00 €\nFrance",
		"03.03.2025 697,64 -1.019,00\nDeutschland",
		"Printer toner 7 19.85 138.95\nLondon, United Kingdom",
		"Lastschrift Stadtwerke C-970320 1.414,55\nDeutschland",
		"Lastschrift Stadtwerke 89849157 717,76\nDeutschland",
		"Prélèvement Leclerc et Barre C-908650 1373,97 5 504,67",
		"Payment ref INV-212 555 0100",
		"Cash 908 650 1373,97",
		"Bon-Nr.: 4466-327 Kasse 10\nDeutschland", // a compound number label
	} {
		for _, m := range patRun(t, r, entity.Phone, text) {
			if m.Score >= 0.5 && !stringsHasPlus(text[m.Start:m.End]) {
				t.Errorf("%q: phone %q at %.2f", text, text[m.Start:m.End], m.Score)
			}
		}
	}
}

func stringsHasPlus(s string) bool { return len(s) > 0 && s[0] == '+' }

// spans are the texts of the matches scoring at least min.
func spans(ms []Match, text string, min float64) []string {
	var out []string
	for _, m := range ms {
		if m.Score >= min {
			out = append(out, text[m.Start:m.End])
		}
	}
	return out
}

func TestPlanIsNoCountry(t *testing.T) {
	if got := pageCountries(NewInput(patTestPage("Call +1 212 555 0100"))); len(got) != 0 {
		t.Errorf("+1 is no one country: %v", got)
	}
}

// TestPageLanguageIsWeakEvidence: month names of one language point to
// its likely region when nothing else does, and never outrank other
// evidence or come from a single word.
func TestPageLanguageIsWeakEvidence(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Nocciano, 20 aprile 2023\nlettera del 11 febbraio 2025", "IT"},
		{"am 3. März 2024 und am 14. Juni 2024", "DE"},
		{"Mars bars sold on 03/04/2020", "US"},
		{"Nocciano, 20 aprile 2023\nlettera del 11 febbraio 2025\nTel. +44 20 7946 0958", "GB"},
		// The function words of a language, without month names.
		{"Se programa revisión; para consultas contactar con el médico en el 908 348 529. El paciente fue tratado por el servicio de la planta y se dio de alta sin complicaciones.", "ES"},
		{"La preghiamo di citare questo riferimento in ogni comunicazione. Per qualsiasi domanda può contattare il nostro ufficio.", "IT"},
		// Malay and Indonesian share their function words: no vote.
		{"Terima kasih atas kunjungan anda. Barang yang sudah dibeli tidak dapat dikembalikan dan harga sudah termasuk pajak.", "US"},
		{"Please call the office on 908 348 529 if you have any questions about this letter or the care you received.", "US"},
	} {
		if got := pageRegions(NewInput(patTestPage(c.text)), "US")[0]; got != c.want {
			t.Errorf("%q: first region %s, want %s", c.text, got, c.want)
		}
	}
}

// TestAddressTakesThePageCountry: an address that names no country of its
// own takes the page's.
func TestAddressTakesThePageCountry(t *testing.T) {
	p := mkPage(
		row(10, 10, "Nocciano,", "20", "aprile", "2023"),
		row(10, 40, "Via", "Roma", "8"),
		row(10, 60, "13577", "Fontanile", "(VS)"),
		row(10, 90, "La", "Sua", "lettera", "del", "11", "febbraio", "2025"),
	)
	var got []string
	for _, e := range analyze(t, DefaultConfig(), p) {
		if e.Value.Address != nil {
			got = append(got, e.Value.Address.Country)
		}
	}
	if len(got) == 0 {
		t.Fatal("no address found")
	}
	for _, c := range got {
		if c != "IT" {
			t.Fatalf("address countries %q, want IT", got)
		}
	}
}

// TestTwoNumbersInOneCell: a phone and a mobile side by side are two
// numbers, each whole.
func TestTwoNumbersInOneCell(t *testing.T) {
	p := mkPage(row(10, 10, "Telefon:", "+49", "89", "9656369", "+49", "170", "6469777"))
	got := texts(find(analyze(t, DefaultConfig(), p), entity.Phone))
	if len(got) != 2 {
		t.Errorf("phones %q, want two", got)
	}
}

// TestPlaceUnderItsHead: a town under a place column's head is a place;
// under an inline label that ends with a colon, it is not.
func TestPlaceUnderItsHead(t *testing.T) {
	p := mkPage(
		row(10, 10, "Geburtsdatum", "Geburtsort"),
		row(10, 40, "06.11.1974", "Elmshorn"),
		row(10, 80, "Date", "of", "birth:", "24/04/1961", "Place", "of", "birth:", "Umaria"),
		row(10, 110, "Nationality:", "Indian", "Aadhaar", "No.:", "7572", "8020", "5550"),
	)
	got := texts(find(analyze(t, DefaultConfig(), p), entity.Location))
	if !slices.Contains(got, "LOCATION:Elmshorn(address)") || strings.Contains(strings.Join(got, " "), "Aadhaar") {
		t.Errorf("places %q", got)
	}
}

// TestPlaceUnderAHeadPrintedHigher: a place's head printed a little
// higher than the next column's head still heads the place under it;
// the next row's label under it is no place.
func TestPlaceUnderAHeadPrintedHigher(t *testing.T) {
	p := mkPage(
		row(100, 100, "Geburtsort"),
		row(400, 108, "Geburtsdatum"),
		row(100, 126, "Esslingen", "am", "Neckar"),
		row(400, 134, "11.03.1963"),
		row(100, 152, "Steuer-ID"),
		row(400, 160, "Staatsangehörigkeit"),
	)
	got := texts(find(analyze(t, DefaultConfig(), p), entity.Location))
	if !slices.Contains(got, "LOCATION:Esslingen am Neckar(address)") || strings.Contains(strings.Join(got, " "), "Steuer") {
		t.Errorf("places %q", got)
	}
}

// TestIDUnderAHeadPrintedHigher: an ID's head printed a little higher
// than the next column's heads the number two lines under it, when
// nothing stands between; a sentence's line two lines above heads no
// number.
func TestIDUnderAHeadPrintedHigher(t *testing.T) {
	p := mkPage(
		row(100, 100, "Steuer-ID"),
		row(400, 108, "Staatsangehörigkeit"),
		row(100, 126, "15", "369", "881", "476"),
		row(400, 134, "deutsch"),
	)
	if got := texts(find(analyze(t, DefaultConfig(), p), entity.ID)); len(got) != 1 || !strings.Contains(got[0], "15 369 881 476") {
		t.Errorf("IDs %q, want 15 369 881 476", got)
	}
	p = mkPage(
		row(10, 100, "Parmi", "ses", "antécédents", "on", "note", "une", "fibrillation", "le", "patient", "nous", "a", "été", "adressé"),
		row(10, 118, "Examen", "clinique:"),
		row(10, 136, "A", "entrée,", "le", "patient", "était", "conscient,", "tension", "artérielle", "120/64", "mmHg."),
	)
	if got := texts(find(analyze(t, DefaultConfig(), p), entity.ID)); len(got) > 0 {
		t.Errorf("IDs %q in prose", got)
	}
}

// Digits after "00" are a number dialled abroad only when a whole number
// follows: a code or an ID that starts with zeros names no country; nor
// does an abbreviation read as a domain, or a street named for a town.
func TestNoCallingCodeInCodes(t *testing.T) {
	for _, text := range []string{"GST ID : 000750673920", "No. Struk: 0012/KSR/2019", "Total 125.000",
		"H.No. 3-10-33, Khanna Marg www.", "Rua Augusta, 1500", "1500 Augusta Street",
		"BREAD 007225003712 F 2.50"} {
		if got := pageCountries(NewInput(patTestPage(text))); len(got) > 0 {
			t.Errorf("%q points to %v", text, got)
		}
	}
}

// A label whose own row holds a value of another kind does not take the
// row below as its value.
func TestLabelValueOfAnotherKind(t *testing.T) {
	ents := analyze(t, DefaultConfig(), patTestPage("Cashier : USER\nITEM QTY PRICE AMOUNT"))
	for _, e := range find(ents, entity.Person) {
		t.Errorf("person %q", e.Text)
	}
}

// A person's value beside a label ends where a number starts: the number
// is read as what it is.
func TestPersonValueEndsAtNumber(t *testing.T) {
	ents := analyze(t, DefaultConfig(), patTestPage("Next of kin: Lerato Mokoena 082 555 1234\nSouth Africa\nSigned: Dr Emily Carter, FY2   Bleep"))
	for _, e := range find(ents, entity.Person) {
		if strings.Contains(e.Text, "FY2") {
			t.Errorf("a grade's code in the name %q", e.Text)
		}
	}
	persons := find(ents, entity.Person)
	if len(persons) == 0 || persons[0].Text != "Lerato Mokoena" {
		t.Errorf("persons %v", persons)
	}
	if len(find(ents, entity.Phone)) != 1 {
		t.Errorf("no phone in %v", ents)
	}
}

// A number after a personal record's label is the record's ID whatever its
// shape; after a person's name it is still a phone number.
func TestRecordLabelOverPhoneShape(t *testing.T) {
	ents := analyze(t, DefaultConfig(), patTestPage("NHS Number: 943 476 5919\nPolicy no. 555-0177\nPatient: John Smith 212-555-0123"))
	ids, phones := find(ents, entity.ID), find(ents, entity.Phone)
	if len(ids) != 2 || ids[0].Text != "943 476 5919" || ids[1].Text != "555-0177" {
		t.Errorf("ids %v", ids)
	}
	if len(phones) != 1 || phones[0].Text != "212-555-0123" {
		t.Errorf("phones %v", phones)
	}
}
