package pii

import (
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestInlineLabelEndsValue(t *testing.T) {
	// A letterhead's "Tel. ... Fax ..." row: two numbers, "Fax" in neither.
	p := mkPage(row(50, 100, "Tel.", "(203)", "397-1130", "Fax", "404.568.0345"))
	ents := analyze(t, DefaultConfig(), p)
	ph := find(ents, entity.Phone)
	if len(ph) != 2 || ph[0].Text != "(203) 397-1130" || ph[1].Text != "404.568.0345" {
		t.Errorf("phones %v", texts(ph))
	}
}

func TestColonLabelWithoutGap(t *testing.T) {
	// "Fax:" right after the phone value still starts its own field, so
	// both labelled values are found even though the pattern recognizer
	// alone rates seven-digit numbers low.
	p := mkPage(row(50, 100, "Phone:", "555-0100", "Fax:", "555-0199"))
	cfg := DefaultConfig()
	cfg.FieldExtent = false
	ents := analyze(t, cfg, p)
	ph := find(ents, entity.Phone)
	if len(ph) != 2 || ph[0].Source != "label:phone" || ph[1].Source != "label:fax" {
		t.Errorf("phones %v", ph)
	}
}

func TestPersonNameOCRVariants(t *testing.T) {
	r := NameRecognizer{}
	for _, c := range []struct{ text, want string }{
		{"Call Christophe T: Hale at once", "Christophe T: Hale"}, // ":" for the initial's period
		{"forwarded to B. F Hahn for", "B. F Hahn"},               // the last period lost
		{"discussed with E, Ramirez, we", "E, Ramirez"},           // "," for "."
		{"Crystal T. Ortiz", "Crystal T. Ortiz"},                  // common first word, initial, surname
		{"Coralie C. White", "Coralie C. White"},                  // first name, initial, common surname
	} {
		found := false
		in := NewInput(patTestPage(c.text))
		for _, m := range r.Recognize(in) {
			if c.text[m.Start:m.End] == c.want && m.Score >= 0.5 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no PERSON %q", c.text, c.want)
		}
	}
	for _, text := range []string{"Crystal Clear Water", "Quality T. Control"} {
		in := NewInput(patTestPage(text))
		for _, m := range r.Recognize(in) {
			if m.Score >= 0.5 {
				t.Errorf("%q: PERSON %q %.2f", text, text[m.Start:m.End], m.Score)
			}
		}
	}
}

func TestCCListStopsAtEnclosure(t *testing.T) {
	p := mkPage(
		row(50, 100, "cc:", "Guy", "C.", "Walker"),
		row(50, 116, "Enclosure"),
	)
	cfg := DefaultConfig()
	cfg.FieldExtent = false
	ents := analyze(t, cfg, p)
	for _, e := range ents {
		if e.Text == "Enclosure" {
			t.Errorf("Enclosure reported as %s", e.Type)
		}
	}
	if withText(find(ents, entity.Person), "Guy C. Walker") == nil {
		t.Errorf("no person in %v", texts(ents))
	}
}

func TestSignoffSigner(t *testing.T) {
	// The signer under the close, past the scribble the OCR read as "WALD",
	// even with the surname read in lower case.
	p := mkPage(
		row(400, 100, "Best", "regards,"),
		row(400, 120, "WALD"),
		row(400, 150, "Crystal", "T.", "ortiz"),
		row(400, 166, "Controller"),
	)
	in := NewInput(withRows(p))
	ms := (SignoffRecognizer{}).Recognize(in)
	if len(ms) != 1 || in.Text[ms[0].Start:ms[0].End] != "Crystal T. ortiz" || ms[0].Score < 0.5 {
		t.Fatalf("signoff matches %v", ms)
	}
	// No close, or a close followed by a job title: nothing.
	for _, lines := range [][][]tw{
		{row(400, 100, "Regional", "offices"), row(400, 130, "Crystal", "Ortiz")},
		{row(400, 100, "Sincerely,"), row(400, 130, "Office", "Manager")},
	} {
		in := NewInput(withRows(mkPage(lines...)))
		if ms := (SignoffRecognizer{}).Recognize(in); len(ms) != 0 {
			t.Errorf("unexpected signer %q", in.Text[ms[0].Start:ms[0].End])
		}
	}
}

func TestCheckboxRowIsNoName(t *testing.T) {
	// "c" is a copy-list label; a row of check boxes read as letters and
	// digits after it is no list of people.
	p := mkPage(append(row(50, 100, "C"), row(100, 100, "2", "2", "Q", "0")...))
	cfg := DefaultConfig()
	cfg.FieldExtent = false
	for _, e := range analyze(t, cfg, p) {
		if e.Type == entity.Person {
			t.Errorf("PERSON %q from %s", e.Text, e.Source)
		}
	}
}

func TestCityLineOCRNoise(t *testing.T) {
	r := AddressRecognizer{}
	for _, text := range []string{"Mesa, NY 01 01639", "Tampa, VI 61284", "San Juan, PR 00901"} {
		in := NewInput(patTestPage(text))
		ms := r.Recognize(in)
		if len(ms) != 1 || in.Text[ms[0].Start:ms[0].End] != text {
			t.Errorf("%q: address matches %v", text, ms)
		}
	}
	// A number run alone is no city line.
	in := NewInput(patTestPage("Total 12 34 56789"))
	if ms := r.Recognize(in); len(ms) != 0 {
		t.Errorf("unexpected address %q", in.Text[ms[0].Start:ms[0].End])
	}
}

func TestPersonTakesEsquire(t *testing.T) {
	p := mkPage(row(50, 100, "Robert", "H.", "Kimball,", "Esq."))
	cfg := DefaultConfig()
	cfg.NER = false
	if e := withText(find(analyze(t, cfg, p), entity.Person), "Robert H. Kimball, Esq."); e == nil {
		t.Errorf("no person with the suffix: %v", texts(analyze(t, cfg, p)))
	}
}

func TestFormWordsAreNoLabelValue(t *testing.T) {
	// A title that starts with a label word: its other words are no name.
	p := mkPage(row(200, 60, "EMPLOYEE", "INFORMATION", "FORM"))
	cfg := DefaultConfig()
	cfg.FieldExtent = false
	for _, e := range analyze(t, cfg, p) {
		t.Errorf("%s %q from %s", e.Type, e.Text, e.Source)
	}
	// A name after the same label is still one.
	p = mkPage(row(50, 60, "Employee:", "Dana", "Whitcombe"))
	if len(find(analyze(t, cfg, p), entity.Person)) != 1 {
		t.Errorf("no employee name")
	}
}

func TestBillToBlock(t *testing.T) {
	p := mkPage(
		row(50, 100, "Bill", "To:"),
		row(50, 116, "Bret", "Villarreal"),
		row(50, 132, "Northwind", "Traders"),
		row(50, 148, "1083", "E.", "Jackson", "Avenue"),
		row(50, 164, "Irving,", "NC", "17588-3866"),
	)
	cfg := DefaultConfig()
	cfg.FieldExtent = false
	ents := analyze(t, cfg, p)
	// The company has no legal suffix: only the label finds it.
	if e := withText(ents, "Northwind Traders"); e == nil || e.Source != "label:bill to" {
		t.Errorf("company line not found from the label: %v", texts(ents))
	}
	if len(find(ents, entity.Address)) != 1 {
		t.Errorf("want the street and city as one address: %v", texts(ents))
	}
	for _, e := range find(ents, entity.Person) {
		if strings.Contains(e.Text, "Jackson") {
			t.Errorf("street line taken as a person: %q", e.Text)
		}
	}
}

func TestUpperCaseLabelAfterValueStartsAnew(t *testing.T) {
	// Two fields on a row, the first value ending right before the second
	// label: the value is not the start of the second label, and each
	// value is its own label's.
	p := mkPage(row(50, 100, "OFFICE", "NAME:", "Tolland", "Vexby", "OFFICE", "NAME:", "Corwin", "Ashdale"))
	ents := find(analyze(t, DefaultConfig(), p), entity.Person)
	want := map[string]bool{"Tolland Vexby": false, "Corwin Ashdale": false}
	for _, e := range ents {
		// The label's value may also be a known name: either source
		// reports the same span.
		if _, ok := want[e.Text]; ok && (e.Source == "label:office name" || strings.HasPrefix(e.Source, "names:")) {
			want[e.Text] = true
		}
		if strings.Contains(e.Text, "OFFICE") {
			t.Errorf("the next label taken into a value: %q", e.Text)
		}
	}
	for s, ok := range want {
		if !ok {
			t.Errorf("persons %q: %q not the value of its label", texts(ents), s)
		}
	}
}

func TestFieldExtentIgnoresLabelJoinedToNextRow(t *testing.T) {
	// OCR boxed the label together with the rule under it (30 px for 12 px
	// text): the name's field extent must not reach down into the phone
	// row, which it would erase.
	p := mkPage(row(40, 100, "Name:"), row(120, 100, "Tolland", "Vexby"), row(120, 122, "555-0100"))
	p.Words[0].Box.Height = 30
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		for _, b := range e.Boxes {
			if b.Bottom() > 118 {
				t.Errorf("%s: box %v reaches the next row (top 122)", e.Text, b)
			}
		}
	}
	// A label of ordinary height still sets the extent's rows.
	p = mkPage(row(40, 96, "Name:"), row(120, 100, "Tolland", "Vexby"))
	found := false
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		for _, b := range e.Boxes {
			found = found || b.Top <= 96
		}
	}
	if !found {
		t.Error("no extent box reaching up to the label's top (96)")
	}
}

func TestNamePairKeepsFirstName(t *testing.T) {
	// Two people with a slash between them: the first one's first name is
	// part of the entity, not left on the page.
	p := mkPage(row(100, 100, "Bill", "Quarvik/Peter", "Valsho"))
	ents := find(analyze(t, DefaultConfig(), p), entity.Person)
	if len(ents) != 1 || ents[0].Text != "Bill Quarvik/Peter Valsho" {
		t.Errorf("persons %q, want one: Bill Quarvik/Peter Valsho", texts(ents))
	}
}

func TestParenthesisedCaptionIsNoValue(t *testing.T) {
	// Captions under blank rules: the one below another is no value of it.
	p := mkPage(row(400, 100, "(Location/address)"), row(400, 136, "(Position)"))
	for _, e := range analyze(t, DefaultConfig(), p) {
		t.Errorf("%s %q from %s", e.Type, e.Text, e.Source)
	}
	// A value with its area code in parentheses is still one.
	p = mkPage(row(50, 100, "Phone:", "(804)", "555-0147"))
	if len(find(analyze(t, DefaultConfig(), p), entity.Phone)) != 1 {
		t.Error("no phone")
	}
}

func TestTitledNameBrokenOverLines(t *testing.T) {
	p := mkPage(row(50, 100, "procedures", "of", "Dr.", "K.", "L."), row(50, 116, "Vandermolen,", "Lakeside", "Number", "41."))
	ents := find(analyze(t, DefaultConfig(), p), entity.Person)
	// The title stays on the page, as when the name is on its line.
	if len(ents) != 1 || strings.TrimRight(strings.Join(strings.Fields(ents[0].Text), " "), ",") != "K. L. Vandermolen" {
		t.Errorf("persons %q, want K. L. Vandermolen", texts(ents))
	}
}

// TestNameFieldsOfThings: a "name" field of a division, a product or a
// site holds no person's name, and "Name" alone is not taken as its label;
// a customer's name is a person's.
func TestNameFieldsOfThings(t *testing.T) {
	p := mkPage(
		row(50, 100, "DIVISION", "NAME:", "Detroit", "West"),
		row(50, 140, "Customer", "name:", "Harriet", "Quinn"),
	)
	ents := analyze(t, DefaultConfig(), p)
	got := find(ents, entity.Person)
	if len(got) != 1 || got[0].Text != "Harriet Quinn" {
		t.Errorf("persons %q, want only the customer", texts(got))
	}
}

// TestCashierLabel: a receipt's cashier is a person, and the thanks on the
// line under an empty cashier field are not.
func TestCashierLabel(t *testing.T) {
	p := mkPage(
		row(50, 100, "Cassiere:", "Giulia"),
		row(50, 300, "Cassiere:"),
		row(50, 330, "Grazie", "per", "L'acquisto"),
	)
	got := find(analyze(t, DefaultConfig(), p), entity.Person)
	if len(got) != 1 || got[0].Text != "Giulia" {
		t.Errorf("persons %q, want the cashier only", texts(got))
	}
}

// TestLabelRunsOnToItsColon: "Médico responsable:" is one label; its
// qualifier is not part of the doctor's name.
func TestLabelRunsOnToItsColon(t *testing.T) {
	p := mkPage(row(50, 100, "Médico", "responsable:", "Dr.", "Alberto", "Bañuelos", "Aguayo"))
	got := find(analyze(t, DefaultConfig(), p), entity.Person)
	if len(got) != 1 || strings.Contains(got[0].Text, "responsable") {
		t.Errorf("persons %q, want the doctor without the label's qualifier", texts(got))
	}
}

// TestEmergencyContactLabels: the person to contact in an emergency is
// named beside labels of several languages.
func TestEmergencyContactLabels(t *testing.T) {
	for _, line := range [][]string{
		{"Personne", "à", "prévenir:", "Lucie", "Perrin"},
		{"Notfallkontakt:", "Lotte", "Hargasser"},
	} {
		p := mkPage(row(50, 100, line...))
		got := find(analyze(t, DefaultConfig(), p), entity.Person)
		want := strings.Join(line[len(line)-2:], " ")
		if len(got) != 1 || got[0].Text != want {
			t.Errorf("%q: persons %q, want %q", line, texts(got), want)
		}
	}
}

// TestNamePartFields: a field of one part of a name holds a name even when
// the name is also a word.
func TestNamePartFields(t *testing.T) {
	p := mkPage(row(50, 100, "First", "name:", "Unique", "Surname:", "Grant"))
	got := texts(find(analyze(t, DefaultConfig(), p), entity.Person))
	if len(got) != 2 {
		t.Errorf("persons %q, want the first name and the surname", got)
	}
}

// Compound nouns are ordinary words, not names: a label over them takes
// none as its value.
func TestCompoundNounsAreNoNames(t *testing.T) {
	for _, w := range []string{"Rechnungsdatum", "Bankverbindung", "Leistungszeitraum"} {
		if !isDictWord(w) {
			t.Errorf("%s is no ordinary word", w)
		}
	}
	for _, w := range []string{"Northwind", "Torrevieja", "Schwarzenegger"} {
		if compoundWord(normWord(w)) {
			t.Errorf("%s read as a compound noun", w)
		}
	}
}

// TestBillToOfOtherLanguages reads the name under a bill-to label whose
// accents OCR lost, and a name whose every word is also a dictionary word
// but all are names.
func TestBillToOfOtherLanguages(t *testing.T) {
	checkFound(t, map[string]string{
		"Facturé a:\nAnastase Blanchard":      "Anastase Blanchard",
		"Rechnungsempfanger:\nYven Lamos":     "Yven Lamos",
		"Facturar a:\nEster Vergara Solano":   "Ester Vergara Solano",
		"Facturar a:\nSPECIAL HANDLING NOTES": "",
	}, entity.Person)
}

// TestNameFieldEndsBeforeTheNextField keeps the next field's label and
// value out of a name's field when a form's rule, read as "=", stands
// between them: no box of the name reaches "MI".
func TestNameFieldEndsBeforeTheNextField(t *testing.T) {
	page := columnTestPage("First name: Thanh Huong    =   Mi   T")
	assertNoBoxCovers(t, find(analyze(t, DefaultConfig(), page), entity.Person), wordBox(page, "Mi"), "the next field's label")
}

// TestRecordLabelBesideAValueOCRSetApart reads the number right of "Lab
// No." as its value though OCR put it on a line of its own (a re-read of
// a skewed scan), as form labels are read: by where the words stand.
func TestRecordLabelBesideAValueOCRSetApart(t *testing.T) {
	page := &doc.Page{Width: 1000, Height: 1000, Words: []doc.Word{
		{Text: "Lab", Conf: 90, Line: 0, Box: doc.Box{Left: 10, Top: 100, Width: 27, Height: 20}},
		{Text: "No.", Conf: 90, Line: 0, Box: doc.Box{Left: 46, Top: 100, Width: 27, Height: 20}},
		{Text: ">", Conf: 90, Line: 1, Box: doc.Box{Left: 190, Top: 102, Width: 9, Height: 20}},
		{Text: "418823071", Conf: 90, Line: 1, Box: doc.Box{Left: 208, Top: 102, Width: 81, Height: 20}},
	}}
	ids := find(analyze(t, DefaultConfig(), page), entity.ID)
	if len(ids) != 1 || !strings.Contains(ids[0].Text, "418823071") {
		t.Errorf("IDs %v, want the lab number", ids)
	}
}

func TestFieldReadingsNoiseIsNoValue(t *testing.T) {
	// A field's second reading read the noise right of "Lucia" as "Oe a",
	// hardly believing it: the name is "Lucia" alone.
	p := mkPage(row(50, 100, "Nombre:", "Lucia"))
	for i, text := range []string{"Oe", "a"} {
		p.Words = append(p.Words, doc.Word{Text: text, Box: doc.Box{Left: 160 + 60*i, Top: 100, Width: 16, Height: 12},
			Conf: float64(16 * i), Line: 7, Pass: doc.PassField})
	}
	ents := analyze(t, DefaultConfig(), p)
	if ps := find(ents, entity.Person); len(ps) != 1 || ps[0].Text != "Lucia" {
		t.Errorf("persons %v, want Lucia alone", texts(ps))
	}
}

func TestFieldReadingsUnsureWordBeforeTheValue(t *testing.T) {
	// A field's second reading read the title "Dña." between the label
	// and the name as "Dia.", hardly believing it: the name after it is
	// the label's value, and the title stays.
	p := mkPage(row(50, 100, "Paciente:", "Lucia", "Fernandez", "Olmedo"))
	for i := 1; i < len(p.Words); i++ {
		p.Words[i].Box.Left += 60
	}
	p.Words = append(p.Words, doc.Word{Text: "Dia.", Box: doc.Box{Left: p.Words[0].Box.Right() + 8, Top: 100, Width: 45, Height: 19},
		Conf: 30, Line: 7, Pass: doc.PassField})
	ps := find(analyze(t, DefaultConfig(), p), entity.Person)
	if len(ps) != 1 || ps[0].Text != "Lucia Fernandez Olmedo" {
		t.Errorf("persons %v, want Lucia Fernandez Olmedo alone", texts(ps))
	}
}

// TestNarrowedValueTakesNoExtentOverItsRow reads a phone number narrowed
// from its row: its field extent stops short of the words beside it, a
// relationship before it ("Husband" under "Emergency Contact Relationship
// Phone"), the next field's label after it ("PPS" of "PPS No:") or a word
// of running text in lower case ("ci-aprés", which no dictionary holds as
// OCR read it).
func TestNarrowedValueTakesNoExtentOverItsRow(t *testing.T) {
	for _, c := range []struct{ text, keep string }{
		{"Emergency Contact Relationship Phone\nEmeka Okwuosa Husband (970) 555-0144", "Husband"},
		{"Tel: 066 712 4490   PPS No: 1234567TA", "PPS"},
		{"tél. 06 61 48 27 35, ci-aprés dénommé « le Bailleur »,", "ci-aprés"},
	} {
		page := columnTestPage(c.text)
		phones := find(analyze(t, DefaultConfig(), page), entity.Phone)
		if len(phones) != 1 {
			t.Fatalf("%q: phones %v, want the one number", c.text, texts(phones))
		}
		assertNoBoxCovers(t, phones, wordBox(page, c.keep), c.keep)
	}
}

// TestValueExtentStopsAtTheNextWord: a labelled name's field extent stops
// before an ordinary word or a label's acronym after it ("Mob", "MRN",
// "DOB"), which open the next field and stay; the name ends before the
// acronym of an ID's number.
func TestValueExtentStopsAtTheNextWord(t *testing.T) {
	for _, c := range []struct{ text, name, keep string }{
		{"Guest: Jessica Tran   Mob 0423 118 904", "Jessica Tran", "Mob"},
		{"Patient: Gregory Halvorsen   MRN 4471902   DOB 06/22/1948", "Gregory Halvorsen", "MRN"},
		{"Patient: Gregory Halvorsen   MRN 4471902   DOB 06/22/1948", "Gregory Halvorsen", "DOB"},
	} {
		page := columnTestPage(c.text)
		persons := find(analyze(t, DefaultConfig(), page), entity.Person)
		if len(persons) != 1 || persons[0].Text != c.name {
			t.Fatalf("%q: persons %v, want %q", c.text, texts(persons), c.name)
		}
		assertNoBoxCovers(t, persons, wordBox(page, c.keep), c.keep)
	}
}

// TestNameCutBeforeANumberTakesNoExtentOverIt reads a household's row under
// "Name, Vorname  Geburtsdatum  Verwandtschaft" (the words as OCR read a
// rendered form): the name's field ends before the date, so that the
// relationship's word stays.
func TestNameCutBeforeANumberTakesNoExtentOverIt(t *testing.T) {
	w := func(text string, left, top, width, height, line int) doc.Word {
		return doc.Word{Text: text, Conf: 95, Line: line, Box: doc.Box{Left: left, Top: top, Width: width, Height: height}}
	}
	page := &doc.Page{Width: 1000, Height: 1000, Words: []doc.Word{
		w("Name,", 80, 521, 53, 15, 0), w("Vorname", 139, 519, 73, 17, 1), w("Geburtsdatum", 215, 519, 113, 19, 1),
		w("Verwandtschaft", 338, 520, 123, 18, 1),
		w("Lorenz,", 80, 553, 60, 15, 2), w("Matthias", 146, 553, 70, 14, 2), w("14.02.1976", 225, 553, 86, 14, 2),
		w("Ehemann", 317, 553, 75, 14, 2),
	}}
	persons := find(analyze(t, DefaultConfig(), page), entity.Person)
	if len(persons) == 0 {
		t.Fatal("no person found")
	}
	assertNoBoxCovers(t, persons, wordBox(page, "Ehemann"), "Ehemann")
}

// TestNameUnderItsLabelTakesNoExtentOverItsAside reads a witness's name
// under "Saksi:" and the role in brackets after it (the words as OCR read
// a rendered letter): the name's field ends before the aside, which
// stays whole.
func TestNameUnderItsLabelTakesNoExtentOverItsAside(t *testing.T) {
	w := func(text string, left, top, width, height, line int) doc.Word {
		return doc.Word{Text: text, Conf: 92, Line: line, Box: doc.Box{Left: left, Top: top, Width: width, Height: height}}
	}
	page := &doc.Page{Width: 1654, Height: 2339, Words: []doc.Word{
		w("Saksi:", 125, 1413, 104, 25, 0),
		w("Suparno", 125, 1455, 114, 25, 1), w("(Ketua", 262, 1453, 100, 30, 1), w("RT", 378, 1455, 34, 25, 1),
		w("setempat)", 428, 1454, 150, 30, 1),
	}}
	persons := find(analyze(t, DefaultConfig(), page), entity.Person)
	if len(persons) != 1 || persons[0].Text != "Suparno" {
		t.Fatalf("persons %v, want Suparno", texts(persons))
	}
	assertNoBoxCovers(t, persons, wordBox(page, "(Ketua"), "(Ketua")
	assertNoBoxCovers(t, persons, wordBox(page, "RT"), "RT")
}

// TestNameFieldKeepsTheNumberBesideIt reads "Tina Weber +1 746-969-6790"
// under "Emergency contact": the number, though no valid phone, is no
// ordinary word, and the name's field still covers it.
func TestNameFieldKeepsTheNumberBesideIt(t *testing.T) {
	page := columnTestPage("Emergency contact\nTina Weber +1 746-969-6790")
	num := wordBox(page, "746-969-6790")
	covered := false
	for _, e := range analyze(t, DefaultConfig(), page) {
		for _, b := range e.Boxes {
			covered = covered || b.Intersect(num) == num
		}
	}
	if !covered {
		t.Errorf("no entity's box covers the number %v", num)
	}
}

// wordBox is the box of page's word whose text is text (an empty box for
// none).
func wordBox(page *doc.Page, text string) doc.Box {
	for _, w := range page.Words {
		if w.Text == text {
			return w.Box
		}
	}
	return doc.Box{}
}

// assertNoBoxCovers fails for each box of ents that reaches box b, the
// word what names.
func assertNoBoxCovers(t *testing.T, ents []Entity, b doc.Box, what string) {
	t.Helper()
	for _, e := range ents {
		for _, eb := range e.Boxes {
			if !eb.Intersect(b).Empty() {
				t.Errorf("box %v of %q covers %v (%s)", eb, e.Text, b, what)
			}
		}
	}
}

// TestFieldErasesNoPartOfAWord reads a row under "Insurance Carrier Member
// ID Group No." (the words as OCR read a rendered form): no entity's box
// cuts through the group number at the row's end ("40117" had kept its
// "7").
func TestFieldErasesNoPartOfAWord(t *testing.T) {
	w := func(text string, left, top, width, height, line int) doc.Word {
		return doc.Word{Text: text, Conf: 95, Line: line, Box: doc.Box{Left: left, Top: top, Width: width, Height: height}}
	}
	page := &doc.Page{Width: 1000, Height: 1000, Words: []doc.Word{
		w("Insurance", 80, 749, 77, 13, 0), w("Carrier", 163, 749, 54, 13, 0), w("Member", 223, 749, 65, 13, 0),
		w("ID", 295, 749, 16, 14, 0), w("Group", 317, 750, 49, 17, 0), w("No.", 372, 750, 26, 13, 0),
		w("Rocky", 79, 776, 49, 17, 1), w("Mountain", 134, 777, 72, 13, 1), w("Health", 213, 777, 50, 13, 1),
		w("RMH88201947", 270, 777, 119, 14, 1), w("40117", 395, 778, 50, 13, 1),
	}}
	group := wordBox(page, "40117")
	for _, e := range analyze(t, DefaultConfig(), page) {
		for _, b := range e.Boxes {
			if in := b.Intersect(group); !in.Empty() && in != group {
				t.Errorf("box %v of %q cuts through %v (40117)", b, e.Text, group)
			}
		}
	}
}

// TestSalutationIsNoValueOfASubject keeps a letter's salutation under its
// subject line ("Re: Change of address") out of the subject's label (the
// words and boxes of a corpus letter as OCR read them).
func TestSalutationIsNoValueOfASubject(t *testing.T) {
	p := &doc.Page{Width: 1240, Height: 1754}
	for _, w := range []struct {
		text             string
		line, x, y, w, h int
	}{
		{"Re:", 12, 121, 432, 33, 14}, {"Change", 12, 163, 431, 81, 19}, {"of", 12, 253, 431, 21, 15}, {"address", 12, 281, 431, 83, 15},
		{"Dear", 13, 121, 479, 37, 13}, {"Mr", 13, 164, 479, 23, 13}, {"Bartell,", 13, 192, 478, 56, 17},
		{"Thank", 16, 120, 515, 50, 14}, {"you", 16, 175, 520, 28, 13}, {"for", 16, 210, 515, 21, 14}, {"your", 16, 237, 520, 35, 13},
		{"letter", 16, 278, 515, 39, 14}, {"of", 16, 323, 515, 15, 14}, {"16", 16, 345, 516, 17, 13}, {"Jul", 16, 368, 515, 22, 14},
		{"2023", 16, 396, 516, 37, 13},
	} {
		p.Words = append(p.Words, doc.Word{Text: w.text, Line: w.line, Conf: 95, Pass: doc.PassPage,
			Box: doc.Box{Left: w.x, Top: w.y, Width: w.w, Height: w.h}})
	}
	for _, e := range analyze(t, DefaultConfig(), p) {
		if strings.Contains(e.Text, "Dear") {
			t.Errorf("%s %q (%s): the salutation is no value", e.Type, e.Text, e.Source)
		}
	}
}

// TestNoDateOfANumbersLabelUnreadWell reads no date in a number's label
// that OCR hardly read beside a date's label: "Customer No." is the next
// column's label, however poorly read.
func TestNoDateOfANumbersLabelUnreadWell(t *testing.T) {
	p := mkPage(row(50, 100, "Date:", "Customer", "No."))
	for i := 1; i < len(p.Words); i++ {
		p.Words[i].Conf = 40
	}
	if ds := find(analyze(t, DefaultConfig(), p), entity.Date); len(ds) != 0 {
		t.Errorf("dates %v, want none", texts(ds))
	}
}

// TestEmailLabelsValueIsTheAddress narrows an e-mail label's value to the
// address: the next field's words after it on the row are no part of it.
func TestEmailLabelsValueIsTheAddress(t *testing.T) {
	p := mkPage(append(row(399, 185, "Email:", "conveyancing@brannockquigley.ie"), row(700, 185, "VAT", "Reg.", "No.", "IE", "3284716LH")...))
	for _, e := range analyze(t, DefaultConfig(), p) {
		if e.Type == entity.Email && e.Text != "conveyancing@brannockquigley.ie" {
			t.Errorf("e-mail address %q, want the address alone", e.Text)
		}
	}
}

// TestNameAnAddressSpellsStopsAtAColumn keeps the next column's label out
// of a name that an e-mail address on the page spells.
func TestNameAnAddressSpellsStopsAtAColumn(t *testing.T) {
	p := mkPage(
		append(row(118, 303, "Ragnhild", "Aasland", "Brekke"), row(600, 305, "Fakturanr.:", "24-5531")...),
		row(118, 340, "E-post:", "ragnhild.brekke@online.no"),
	)
	for _, e := range analyze(t, DefaultConfig(), p) {
		if e.Type == entity.Person && strings.Contains(e.Text, "Faktura") {
			t.Errorf("name %q (%s) runs over the next column's label", e.Text, e.Source)
		}
	}
}

// boxedWord is a word as OCR boxed it on a page: its text, box and
// confidence.
type boxedWord struct {
	text                           string
	left, top, width, height, conf int
}

// boxedPage is a page of rows of boxed words; the rows from field on are
// a field's second readings (-1 for none).
func boxedPage(rows [][]boxedWord, field int) *doc.Page {
	page := &doc.Page{Width: 1700, Height: 2200}
	for li, row := range rows {
		for _, x := range row {
			w := doc.Word{Text: x.text, Conf: float64(x.conf), Line: li, Box: doc.Box{Left: x.left, Top: x.top, Width: x.width, Height: x.height}}
			if field >= 0 && li >= field {
				w.Pass = doc.PassField
			}
			page.Words = append(page.Words, w)
		}
	}
	return page
}

// entityTexts are the texts of the entities of type typ found on page.
func entityTexts(t *testing.T, page *doc.Page, typ entity.Type) []string {
	var got []string
	for _, e := range find(analyze(t, DefaultConfig(), page), typ) {
		got = append(got, e.Text)
	}
	return got
}

// TestNameUnderItsPartsLabelBesideAnAbbreviatedHead reads a wage
// statement's rows as OCR boxed them: "Last name" has the next column's
// abbreviated head beside it ("Suff."), and its value under it.
func TestNameUnderItsPartsLabelBesideAnAbbreviatedHead(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"ee.", 90, 578, 47, 28, 0}, {"Employee's", 152, 587, 121, 23, 94}, {"first", 280, 587, 39, 18, 97}, {"name", 327, 590, 58, 14, 95}, {"and", 393, 586, 37, 18, 97}, {"initial", 440, 586, 52, 17, 90}, {"-", 504, 592, 8, 16, 50}, {"Last", 821, 583, 44, 17, 96}, {"name", 873, 586, 58, 14, 97}, {"Suff.", 1311, 578, 47, 18, 91}},
		{{"Darnell", 152, 624, 73, 18, 93}, {"T.", 233, 624, 16, 17, 93}, {".", 337, 630, 2, 2, 49}, {"Okonkwo-Reyes", 820, 610, 175, 35, 93}, {":", 1280, 610, 2, 2, 12}},
	}, -1)
	if got := entityTexts(t, page, entity.Person); !slices.Contains(got, "Okonkwo-Reyes") {
		t.Errorf("names %q, want Okonkwo-Reyes among them", got)
	}
}

// TestNoWebAddressOfARowsWords reads a phone bill's rows as OCR boxed
// them: a speck read as a colon after the service's word "internet", the
// row's words after it (some a field's second reading). They are no web
// address.
func TestNoWebAddressOfARowsWords(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"10:03:19", 306, 1404, 122, 24, 95}, {"+420", 467, 1403, 64, 26, 97}, {"731", 546, 1403, 44, 18, 96}, {"208", 608, 1403, 43, 17, 97}, {"664", 670, 1402, 45, 20, 97}, {"rozmowa", 807, 1404, 106, 15, 90}, {"miedzynarodowa", 930, 1395, 217, 28, 90}, {"00:06:31", 1165, 1400, 122, 17, 96}, {"4,07", 1385, 1399, 60, 21, 96}},
		{{"15.05.2024", 113, 1444, 153, 18, 94}, {"16:27:30", 306, 1443, 123, 18, 94}, {"internet", 468, 1441, 121, 19, 96}, {":", 658, 1434, 2, 2, 15}, {".", 758, 1456, 2, 2, 16}, {"danych", 978, 1438, 90, 24, 93}, {"1,6°GB", 1177, 1439, 91, 21, 84}},
		{{"(12.05.2024", 100, 1404, 166, 25, 43}},
		{{"transmisja", 806, 1434, 155, 29, 91}},
		{{"0,00", 1374, 1438, 72, 25, 59}}}, 2)
	if got := entityTexts(t, page, entity.URL); len(got) > 0 {
		t.Errorf("web addresses %q, want none", got)
	}
}

// TestNoNameOfAnOfficesAcronymAndWord reads a certificate's copy line as
// OCR boxed it ("Station" read in lower case): "SHO, Police" is a police
// station's house officer, no one's name, and no word of it is sought
// again on the page.
func TestNoNameOfAnOfficesAcronymAndWord(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"Copy", 108, 1874, 58, 21, 96}, {"to:", 184, 1873, 37, 18, 84}, {"SHO,", 263, 1875, 57, 20, 84}, {"Police", 339, 1873, 87, 18, 96},
			{"station", 443, 1864, 102, 28, 97}, {"Karachi", 564, 1874, 102, 19, 97}, {"Company,", 683, 1876, 112, 22, 96}, {"for", 819, 1875, 41, 18, 97},
			{"record.", 880, 1868, 96, 26, 94}},
		{{"ICT", 947, 1902, 42, 17, 96}, {"Police,", 1006, 1901, 97, 28, 96}, {"Islamabad", 1127, 1901, 130, 22, 97}},
	}, -1)
	if got := entityTexts(t, page, entity.Person); len(got) > 0 {
		t.Errorf("names %q, want none", got)
	}
}

// TestNamesOfRowsThatOpenWithCodesAsOCRReadThem reads a UIF declaration's
// rows as OCR boxed them: a speck between a name's words, the amount's
// currency read "R=" on one row, a surname a field's second reading. Each
// row's name is found from the row next to it.
func TestNamesOfRowsThatOpenWithCodesAsOCRReadThem(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"7609155812085", 112, 619, 154, 17, 86}, {"NGCOBO", 395, 619, 99, 20, 93}, {"Sipho", 544, 618, 54, 23, 92}, {"Jabulani", 605, 619, 79, 17, 93}, {"R", 796, 620, 15, 16, 93}, {"14", 819, 620, 22, 16, 94}, {"250.00", 848, 620, 64, 16, 94}, {"195", 1006, 620, 33, 17, 97}, {"2011/02/01", 1109, 620, 104, 17, 97}, {"2024/10/31", 1287, 613, 107, 33, 97}, {"i", 1467, 621, 19, 16, 60}},
		{{"8804125174083", 111, 651, 155, 30, 96}, {"VAN", 394, 655, 47, 17, 86}, {"WYK", 448, 655, 56, 17, 63}, {"_", 512, 651, 16, 30, 20}, {"Jan-Hendrik", 543, 655, 117, 17, 50}, {"R", 795, 656, 16, 16, 93}, {"18", 819, 656, 21, 16, 93}, {"900.00", 847, 656, 65, 16, 93}, {"195", 1006, 656, 33, 17, 97}, {"2016/07/18", 1108, 656, 108, 24, 54}, {"-", 1246, 664, 2, 2, 5}, {"2024/10/31", 1287, 656, 107, 17, 51}, {"11", 1467, 657, 19, 16, 60}},
		{{"9302270341085", 111, 685, 155, 23, 89}, {"MAHLANGU", 395, 691, 126, 15, 93}, {"Lerato", 544, 691, 60, 17, 78}, {"Precious", 612, 692, 80, 16, 97}, {"R", 795, 692, 15, 16, 93}, {"11", 819, 692, 20, 16, 96}, {"480.00", 847, 692, 65, 16, 96}, {"195", 1006, 692, 33, 16, 97}, {"*", 1099, 697, 2, 2, 28}, {"2019/03/04", 1108, 692, 109, 17, 78}, {"2024/10/15", 1287, 692, 108, 17, 96}, {"06", 1465, 693, 23, 16, 96}},
		{{"EN482917", 111, 727, 103, 16, 91}, {"(ZWE)", 221, 727, 67, 21, 91}, {"MOYO", 395, 727, 71, 17, 96}, {"Tinashe", 539, 722, 78, 31, 93}, {"R=", 795, 728, 15, 16, 11}, {"9120.00", 840, 728, 83, 16, 79}, {"195", 1006, 728, 33, 16, 97}, {"2020/05/11", 1108, 724, 105, 30, 97}, {"2024/10/31", 1287, 728, 107, 17, 96}, {"05", 1465, 729, 23, 16, 92}},
		{{"0111030956085", 111, 761, 153, 18, 96}, {".", 376, 777, 3, 1, 85}, {"Ruwaida", 544, 762, 83, 18, 86}, {"R_", 795, 764, 15, 16, 25}, {"8350.00", 840, 764, 83, 16, 93}, {"160", 1006, 764, 33, 25, 96}, {"2024/10/01", 1108, 764, 106, 17, 97}, {"-", 1287, 773, 7, 3, 77}, {"7.", 1393, 760, 21, 14, 6}, {"7", 1465, 774, 7, 2, 42}},
		{{"PETERSEN", 394, 763, 117, 18, 96}}}, 5)
	got := entityTexts(t, page, entity.Person)
	for _, want := range []string{"VAN WYK _ Jan-Hendrik", "MAHLANGU Lerato Precious"} {
		if !slices.Contains(got, want) {
			t.Errorf("names %q, want %q among them", got, want)
		}
	}
}

// TestIDAfterAColonReadAsABar reads a claim form's rows as OCR boxed
// them: the taxpayer's number after its acronym, OCR's speck and the
// colon read as a bar.
func TestIDAfterAColonReadAsABar(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"NIK", 107, 442, 47, 19, 96}, {"(No.", 164, 442, 48, 22, 96}, {"KTP)", 223, 442, 57, 22, 96}, {":", 451, 449, 3, 10, 89}, {"5171011509850002", 466, 440, 264, 25, 90}},
		{{"NPWP", 107, 478, 77, 19, 88}, {"—", 221, 478, 2, 2, 13}, {"|", 451, 471, 7, 24, 28}, {"74.218.506.3-903.000", 466, 467, 264, 28, 75}},
		{{"-Tempat/Tgl.", 98, 514, 152, 24, 13}, {"Lahir", 261, 514, 63, 18, 93}, {"Denpasar,", 466, 513, 121, 27, 97}, {"15-09-1985", 596, 511, 134, 19, 94}},
	}, -1)
	if got := entityTexts(t, page, entity.ID); !slices.Contains(got, "74.218.506.3-903.000") {
		t.Errorf("IDs %q, want 74.218.506.3-903.000 among them", got)
	}
}

// TestNoNameOfTheNextHeadAfterASpeck reads a cheque table's head row as
// OCR boxed it: a speck read as "*" before the next column's head
// ("Monto") is no name under "Beneficiario".
func TestNoNameOfTheNextHeadAfterASpeck(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"No.", 110, 1674, 39, 19, 96}, {"de", 173, 1673, 28, 20, 95}, {"cheque", 221, 1673, 90, 25, 95}, {"Fecha", 401, 1674, 74, 32, 93}, {"pago", 494, 1680, 60, 19, 93}, {"Beneficiario", 642, 1674, 185, 21, 92}, {"*", 1184, 1679, 2, 2, 0}, {"Monto.", 1205, 1677, 77, 20, 96}},
		{{"0001247", 110, 1710, 106, 28, 96}, {"09/08/2024", 400, 1706, 154, 29, 96}, {"Byron", 642, 1714, 75, 25, 96}, {"Alexander", 735, 1714, 139, 20, 93}, {"Coyoy", 892, 1715, 76, 25, 92}, {"Pérez", 986, 1713, 75, 22, 97}, {"Q", 1157, 1716, 14, 22, 93}, {"2,400.00", 1189, 1716, 122, 22, 95}},
	}, -1)
	if got := entityTexts(t, page, entity.Person); slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "Monto") }) {
		t.Errorf("names %q, want no Monto among them", got)
	}
}

// TestIDAfterTwoSpecksPastItsColon reads a tax notice's rows as OCR boxed
// them: two specks of a dot's size, read as "~" and "+", between the
// label's colon and the taxpayer's number.
func TestIDAfterTwoSpecksPastItsColon(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"Numéro", 107, 455, 80, 19, 95}, {"fiscal:", 195, 456, 65, 18, 57}, {"~", 590, 459, 2, 2, 0}, {"+", 606, 462, 2, 2, 16}, {"2104573", 619, 454, 98, 17, 74}, {"918", 725, 454, 36, 17, 94}, {"489", 768, 454, 37, 16, 97}},
		{{"Référence", 107, 493, 100, 19, 97}, {"de", 215, 494, 22, 18, 89}, {"l'avis:", 243, 493, 60, 19, 79}, {"25", 619, 493, 23, 16, 97}, {"69", 650, 493, 23, 16, 96}, {"8417320", 681, 492, 86, 17, 96}, {"43", 775, 492, 23, 16, 95}},
	}, -1)
	if got := entityTexts(t, page, entity.ID); !slices.Contains(got, "2104573 918 489") {
		t.Errorf("IDs %q, want 2104573 918 489 among them", got)
	}
}

// TestNationalNumberWithASpeckReadAsASecondSeparator reads a bill's row
// as OCR boxed it: a speck read as a comma before the Belgian national
// number's first period ("84,.11.23-147.34").
func TestNationalNumberWithASpeckReadAsASecondSeparator(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"Rijksregisternr.:", 113, 467, 239, 31, 89}, {"84,.11.23-147.34", 411, 468, 213, 31, 49}, {"Telefoon:", 826, 469, 123, 31, 92}, {"°0478", 1055, 474, 66, 17, 22}, {"21", 1137, 475, 27, 16, 96}, {"56", 1181, 475, 26, 16, 95}, {"93", 1224, 475, 26, 16, 95}},
	}, -1)
	if got := entityTexts(t, page, entity.ID); len(got) != 1 || !strings.Contains(got[0], "11.23-147.34") {
		t.Errorf("IDs %q, want the national number", got)
	}
}

// kenyanVehicleRows are a police abstract's table of vehicles as OCR
// boxed it: "Reg. No." heads the plates, "Make/Model" the vehicles.
var kenyanVehicleRows = [][]boxedWord{
	{{"Reg.", 187, 866, 52, 22, 95}, {"No.", 259, 866, 37, 17, 94}, {"Make/Model", 351, 866, 142, 18, 96}, {"Driver", 634, 868, 83, 18, 97}, {"ID", 1066, 871, 26, 17, 96}, {"No.", 1109, 871, 36, 17, 97}, {"Tel", 1243, 871, 42, 18, 97}, {"No.", 1302, 872, 36, 17, 97}},
	{{"1", 113, 902, 12, 16, 93}, {"KDK", 187, 902, 41, 17, 92}, {"482R", 244, 902, 56, 17, 93}, {"Toyota", 350, 903, 85, 22, 96}, {"Fielder", 452, 903, 97, 18, 96}, {"Wanjiru", 632, 904, 99, 22, 91}, {"G.", 748, 905, 22, 17, 91}, {"Kamau-Njoroge", 792, 905, 185, 23, 93}, {"28471936", 1065, 907, 113, 17, 97}, {"0722", 1244, 908, 54, 17, 89}, {"518", 1316, 908, 41, 17, 96}, {"403", 1373, 909, 41, 17, 97}},
	{{"2", 113, 929, 12, 25, 96}, {"KCB", 187, 938, 41, 17, 96}, {"917M", 245, 938, 55, 17, 96}, {"Isuzu", 351, 939, 69, 17, 93}, {"NQR", 438, 939, 40, 22, 93}, {"Lorry", 496, 940, 69, 22, 96}, {"Otieno", 633, 940, 85, 18, 93}, {"Brian", 735, 940, 68, 18, 93}, {"Ochieng", 820, 941, 99, 23, 93}, {"31520847", 1065, 943, 112, 17, 96}, {"0733", 1243, 944, 55, 17, 96}, {"904", 1316, 944, 41, 17, 97}, {"261", 1374, 945, 40, 17, 96}},
}

// TestPlatesUnderARegistrationsHead reads the plates of a table's rows
// under its "Reg. No." head, the second row's too.
func TestPlatesUnderARegistrationsHead(t *testing.T) {
	got := entityTexts(t, boxedPage(kenyanVehicleRows, -1), entity.ID)
	for _, want := range []string{"KDK 482R", "KCB 917M"} {
		if !slices.Contains(got, want) {
			t.Errorf("IDs %q, want %s among them", got, want)
		}
	}
}

// TestNoNameOfAVehicleUnderItsModelsHead reads the same table: the
// vehicle under "Make/Model" names no one, though a narrow gap joins it
// to the plate's cell.
func TestNoNameOfAVehicleUnderItsModelsHead(t *testing.T) {
	got := entityTexts(t, boxedPage(kenyanVehicleRows, -1), entity.Person)
	if slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "Toyota") }) {
		t.Errorf("names %q, want no Toyota among them", got)
	}
	if !slices.Contains(got, "Wanjiru G. Kamau-Njoroge") {
		t.Errorf("names %q, want the driver among them", got)
	}
}

// philHealthNameGrid is a member's form as OCR boxed it: heads of a
// name's parts over rows of a member, the mother's maiden name and the
// spouse, each row's role in a column of its own; specks read as marks
// stand between them, and the field pass alone read the spouse's surname.
var philHealthNameGrid = [][]boxedWord{
	{{"/", 688, 444, 2, 2, 14}},
	{{"LAST", 372, 455, 60, 19, 97}, {"NAME", 442, 455, 70, 19, 97}, {"FIRST.", 634, 454, 69, 18, 95}, {"NAME", 712, 453, 71, 19, 96}, {"NAME", 929, 452, 70, 19, 97}, {"EXT.", 1010, 451, 48, 19, 96}, {"MIDDLE", 1116, 450, 93, 19, 96}, {"NAME", 1221, 450, 69, 19, 97}},
	{{"'*", 65, 490, 22, 8, 0}, {"MEMBER", 108, 495, 106, 19, 97}, {".", 291, 482, 3, 3, 0}, {"DE", 372, 493, 31, 27, 97}, {"LOS", 415, 493, 44, 19, 96}, {"REYES", 471, 493, 76, 19, 96}, {"JOSE", 631, 492, 59, 23, 96}, {"RAMON", 702, 481, 88, 29, 96}, {"_", 883, 508, 3, 3, 25}, {"JR.", 926, 490, 30, 24, 65}, {"PANGANIBAN", 1116, 488, 160, 19, 93}},
	{{"MOTHER'S", 108, 532, 128, 19, 96}, {"MAIDEN", 247, 531, 95, 19, 68}, {"PANGANIBAN", 372, 530, 160, 19, 68}, {"LUZVIMINDA", 635, 528, 154, 19, 92}, {"N/A", 930, 527, 42, 21, 95}, {"ABAD", 1114, 525, 69, 19, 96}},
	{{"SPOUSE", 108, 570, 98, 19, 91}, {"~", 254, 567, 3, 6, 0}, {"|", 288, 562, 2, 2, 46}, {"-", 349, 578, 2, 2, 1}, {"——", 586, 557, 2, 2, 33}, {"CHRISTINE", 634, 566, 132, 19, 88}, {"JOY", 774, 566, 42, 24, 64}, {"N/A", 930, 565, 42, 21, 96}, {"MANALO", 1116, 563, 104, 19, 93}},
	{{"DE", 372, 568, 32, 20, 96}, {"LOS", 415, 568, 46, 20, 96}, {"REYES", 471, 567, 78, 20, 96}},
}

// TestNamesOfAGridUnderNamePartsHeads reads every row under the heads,
// the role of each row staying on the page.
func TestNamesOfAGridUnderNamePartsHeads(t *testing.T) {
	got := entityTexts(t, boxedPage(philHealthNameGrid, 5), entity.Person)
	for _, want := range []string{"LUZVIMINDA", "ABAD", "CHRISTINE JOY", "MANALO"} {
		if !slices.Contains(got, want) {
			t.Errorf("names %q, want %s among them", got, want)
		}
	}
	for _, role := range []string{"MEMBER", "MOTHER'S", "SPOUSE"} {
		if slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, role) }) {
			t.Errorf("names %q, want no %s among them", got, role)
		}
	}
}

// TestRecordNumberWhoseZeroOCRReadAsAnAt reads a hospital letter's row as
// OCR boxed it: the record number's leading zero read as "@".
func TestRecordNumberWhoseZeroOCRReadAsAnAt(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"No.", 186, 796, 38, 19, 92}, {"Rekam", 246, 794, 73, 20, 92}, {"Medis", 336, 793, 72, 20, 91}, {":", 532, 798, 3, 14, 90}, {"@1-28-47-63", 557, 792, 162, 20, 53}},
		{{"No.", 187, 833, 38, 19, 97}, {"Kartu", 247, 832, 72, 19, 93}, {"BPJS", 337, 831, 57, 19, 91}, {":", 532, 835, 4, 14, 92}, {"0001847362915", 558, 828, 192, 20, 94}},
	}, -1)
	if got := entityTexts(t, page, entity.ID); !slices.Contains(got, "01-28-47-63") {
		t.Errorf("IDs %q, want 01-28-47-63 among them", got)
	}
}

// TestNameAfterAColonReadWithDashes reads a folio's row as OCR boxed it:
// the field pass alone read "Cashier", the page pass its colon with
// specks as "—_—:".
func TestNameAfterAColonReadWithDashes(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"Membership", 114, 669, 152, 33, 96}, {":", 317, 680, 3, 14, 88}, {"Baan", 333, 667, 59, 27, 97}, {"Circle", 403, 675, 68, 19, 97}, {"Gold", 482, 675, 53, 20, 97}, {"_-", 810, 686, 2, 2, 19}, {"*", 969, 680, 2, 2, 0}, {"—_—:", 1150, 685, 53, 23, 0}, {"Siriporn", 1215, 679, 94, 24, 89}},
		{{"BC-0049183", 626, 677, 151, 20, 93}},
		{{"Cashier", 1012, 678, 95, 20, 96}},
	}, 1)
	if got := entityTexts(t, page, entity.Person); !slices.Contains(got, "Siriporn") {
		t.Errorf("names %q, want Siriporn among them", got)
	}
}

// TestNameWhoseGivenNameOCRReadWithAColon reads a vaccination record's
// rows as OCR boxed them: the given name read "Ngaire:" after the name's
// label, a heading of roles over it.
func TestNameWhoseGivenNameOCRReadWithAColon(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"PARENT.", 112, 619, 92, 26, 95}, {"OR", 212, 619, 34, 20, 95}, {"CAREGIVER", 256, 619, 153, 20, 93}, {"/", 394, 615, 18, 34, 93}, {"MATUA,", 419, 603, 87, 45, 92}, {"KAITIAKI", 518, 619, 96, 18, 91}},
		{{"Name:", 112, 651, 74, 32, 97}, {".", 484, 679, 3, 3, 0}, {"Ngaire:", 544, 655, 78, 23, 64}, {"Hohepa-", 630, 655, 97, 23, 91}, {"Lindqvist", 731, 643, 106, 45, 94}, {"(mother).", 847, 651, 110, 51, 71}},
		{{"Mobile:", 112, 683, 82, 36, 97}, {"021", 543, 691, 42, 18, 95}, {"448", 596, 691, 43, 18, 95}, {"3907", 649, 691, 58, 18, 96}},
	}, -1)
	got := entityTexts(t, page, entity.Person)
	if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "Ngaire") }) {
		t.Errorf("names %q, want Ngaire's among them", got)
	}
	if slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "CAREGIVER") }) {
		t.Errorf("names %q, want no heading among them", got)
	}
}

// TestLocalityLineWithASpeckAfterIt reads a tax notice's address block
// as OCR boxed it: a speck read as "©" after the locality's word, which
// the page's rows set on a line of its own.
func TestLocalityLineWithASpeckAfterIt(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"Ms", 108, 268, 36, 19, 93}, {"Adaeze", 153, 267, 90, 20, 93}, {"N.", 254, 268, 24, 18, 91}, {"Okonkwo-Hale", 290, 266, 184, 20, 92}},
		{{"Flat", 108, 304, 49, 20, 96}, {"3,", 167, 305, 19, 21, 95}, {"27", 198, 305, 29, 19, 95}, {"Brunswick", 238, 303, 133, 20, 96}, {"Terrace", 379, 304, 96, 19, 97}},
		{{"Moseley", 108, 342, 104, 25, 96}, {"©", 227, 339, 2, 2, 30}},
		{{"BIRMINGHAM", 108, 380, 187, 19, 96}},
		{{"B13", 109, 418, 47, 19, 92}, {"8LN", 167, 418, 52, 19, 91}},
	}, -1)
	if got := entityTexts(t, page, entity.Address); !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "Moseley") }) {
		t.Errorf("addresses %q, want Moseley's line among them", got)
	}
}

// TestPlateFoundAgainInTheText seeks a plate again where the letter's
// sentence writes it, though it holds two digits only.
func TestPlateFoundAgainInTheText(t *testing.T) {
	text := "Vehicle registration number                   Rhif cofrestru'r cerbyd\nCX19 RWD\n\nThe vehicle tax for CX19 RWD runs out on 31 May 2025."
	got := analyzedColumns(entity.ID)(t, text)
	if n := len(slices.DeleteFunc(slices.Clone(got), func(g string) bool { return g != "CX19 RWD" })); n != 2 {
		t.Errorf("IDs %q, want the plate twice", got)
	}
}

// TestNameUnderARecordsLabelOverIt reads a discharge letter's rows as OCR
// boxed them: the patient's name after its label and a colon set apart,
// under a record's label ("No. RM"), which is no signer's name.
func TestNameUnderARecordsLabelOverIt(t *testing.T) {
	page := boxedPage([][]boxedWord{
		{{"No.", 115, 293, 35, 18, 97}, {"RM", 162, 293, 33, 18, 97}, {":", 323, 299, 3, 13, 88}, {"01-47-82-16", 338, 294, 145, 18, 88}, {"Ruang", 785, 295, 71, 23, 92}, {"/", 858, 291, 11, 32, 93}, {"Kelas", 884, 295, 74, 19, 93}, {":", 949, 291, 11, 32, 93}, {"Melati", 970, 295, 69, 19, 97}, {"3", 1050, 296, 12, 18, 91}},
		{{"Nama", 115, 329, 66, 18, 93}, {"Pasien", 193, 329, 73, 19, 91}, {":", 323, 335, 3, 13, 93}, {"Euis", 338, 329, 47, 19, 92}, {"Komalasari", 395, 330, 129, 18, 92}, {"Jenis", 781, 331, 56, 23, 92}, {"Kelamin", 848, 331, 107, 18, 92}, {":", 950, 327, 14, 32, 90}, {"Perempuan", 967, 331, 133, 24, 93}},
	}, -1)
	if got := entityTexts(t, page, entity.Person); !slices.Contains(got, "Euis Komalasari") {
		t.Errorf("names %q, want Euis Komalasari among them", got)
	}
}
