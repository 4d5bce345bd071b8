package pii

import (
	"fmt"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestFuzzyLabelAfterColonLabelIsValue(t *testing.T) {
	// "KELL" is one edit from "Cell", but after "To:" it is the value.
	p := mkPage(row(50, 100, "To:"), row(120, 100, "KELL", "VORHEES"))
	ents := analyze(t, DefaultConfig(), p)
	if e := withText(find(ents, entity.Person), "KELL VORHEES"); e == nil {
		t.Errorf("no PERSON %q: %v", "KELL VORHEES", texts(ents))
	}
	if len(find(ents, entity.Phone)) != 0 {
		t.Errorf("phone label read from a name: %v", texts(ents))
	}
}

func TestDateOCRNoise(t *testing.T) {
	r := patRecognizer(t, "date")
	// The spans these rules must find are in recognizerCases ("Date");
	// here, texts on which no date of score 0.7 or more may be found.
	for _, text := range []string{
		"April 11 19, 1988",  // a day where the stray would be: not this rule
		"april 119 19, 1988", // a lower-case month is an ordinary word
		"Number 9, 1984",     // three edits from November
		"Ostrich 9, 1984",    // not a month
		"March 117 45, 1991", // no such day
		"Qetober 9, 984 pcs", // no year
	} {
		for _, m := range r.Recognize(NewInput(patTestPage(text))) {
			if m.Score >= 0.7 && m.Source == "date" {
				t.Errorf("%q: DATE %q %.2f", text, text[m.Start:m.End], m.Score)
			}
		}
	}
}

func TestPhoneDollarAreaCode(t *testing.T) {
	r := patRecognizer(t, "phone")
	// The "$" read for an area code is repaired in recognizerCases ("Phone").
	// Money stays money.
	for _, m := range r.Recognize(NewInput(patTestPage("Total $15 867-2231"))) {
		if m.Score >= 0.5 {
			t.Errorf("money read as a phone: %+v", m)
		}
	}
}

func TestFaxHeaderPhone(t *testing.T) {
	p := mkPage(row(40, 20, "03/02/01", "09:47", "‘Tsz", "555", "0142", "ACME", "P.02"))
	ph := find(analyze(t, DefaultConfig(), p), entity.Phone)
	if len(ph) != 1 || ph[0].Text != "‘Tsz 555 0142" {
		t.Errorf("fax header phone: %v", texts(ph))
	}
	// A word before the number is not an area code.
	p = mkPage(row(40, 20, "11/30/95", "08:12", "Room", "555", "0177"))
	if ph := find(analyze(t, DefaultConfig(), p), entity.Phone); len(ph) != 1 || ph[0].Text != "555 0177" {
		t.Errorf("fax header phone after a word: %v", texts(ph))
	}
	// The same digits mid-page, or at the top without a time or fax mark,
	// are no phone number.
	for _, p := range []*doc.Page{
		mkPage(row(40, 500, "03/02/01", "09:47", "555", "0142")),
		mkPage(row(40, 20, "Invoice", "555", "0142", "total")),
	} {
		if ph := find(analyze(t, DefaultConfig(), p), entity.Phone); len(ph) != 0 {
			t.Errorf("not a fax header: %v", texts(ph))
		}
	}
}

func TestNameOCRForms(t *testing.T) {
	r := NameRecognizer{}
	has := func(text, want string) bool {
		for _, m := range r.Recognize(NewInput(patTestPage(text))) {
			if text[m.Start:m.End] == want && m.Score >= 0.5 {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ text, want string }{
		{"cc: JG. Wexford", "JG. Wexford"},         // two initials read as one word
		{"NOTE T 2: Elmo Quaddle", "Elmo Quaddle"}, // after a garbled label
		{"Signed__HOPE RAMIREZ", "HOPE RAMIREZ"},   // a form rule glued to the name
		{"Approved ___Maria Lopez", "Maria Lopez"}, // a rule before the name
	} {
		if !has(c.text, c.want) {
			t.Errorf("%q: no PERSON %q", c.text, c.want)
		}
	}
	for _, text := range []string{
		"ST. Louis office",      // an abbreviation, not initials
		"KS. GOLD and KS. MAXX", // upper-case brand after two capitals
		"Brand: Vortan Skyla",   // a real label: its value is no name by form
		"RD: Vortan Skyla",      // a short real label
		"MR_STAFF: Tom",         // an underscore inside a word stays
		"Host__Dr. Dr.",         // a title is no name
	} {
		for _, m := range r.Recognize(NewInput(patTestPage(text))) {
			if m.Score >= 0.5 {
				t.Errorf("%q: PERSON %q %.2f", text, text[m.Start:m.End], m.Score)
			}
		}
	}
	if got := unglueRules("a_b __X _Y"); got != "a_b   X  Y" {
		t.Errorf("unglueRules: %q", got)
	}
}

func TestLabelValueOnSplitRow(t *testing.T) {
	// "To:" is read as a tall box; the name beside it, a little lower,
	// falls into rows of its own, and a speck sits between them.
	p := &doc.Page{Index: 0, Width: 800, Height: 1000}
	add := func(text string, x, y, w, h int) {
		p.Words = append(p.Words, doc.Word{Text: text, Box: doc.Box{Left: x, Top: y, Width: w, Height: h}, Conf: 90, Line: len(p.Words), Pass: "page"})
	}
	add("To:", 37, 86, 18, 28)
	add(">", 64, 90, 6, 6)
	add("Kx", 185, 99, 20, 10)
	add("Quorrow", 211, 97, 60, 12)
	add("Other", 40, 300, 50, 12) // some rows elsewhere for the median height
	add("text", 100, 300, 40, 12)
	add("here", 40, 400, 40, 12)
	ents := analyze(t, DefaultConfig(), p)
	var ok bool
	for _, e := range find(ents, entity.Person) {
		for _, w := range e.Words {
			ok = ok || p.Words[w].Text == "Quorrow"
		}
	}
	if !ok {
		t.Errorf("value beside the label not found: %v", texts(ents))
	}
	// Without the split rows (value on the label's row) nothing changes;
	// a value far right of the field is not beside the label.
	in := NewInput(withRows(p))
	g := newGeometry(in)
	far := doc.Box{Left: 37, Top: 86, Width: 18, Height: 28}
	if ws, _, _ := g.besideRows(0, far, 40); len(ws) != 0 {
		t.Errorf("value beyond the field end taken: %v", ws)
	}
}

func TestSpeckDoesNotSplitName(t *testing.T) {
	// A flat, low-confidence "errs" read from a rule under the name sorts
	// between the initials and the surname.
	p := mkPage(row(50, 100, "Checked", "By", "D.R.", "Quassiter"), row(50, 300, "Other", "words", "here"))
	p.Words = append(p.Words, doc.Word{Text: "errs", Box: doc.Box{Left: 158, Top: 106, Width: 20, Height: 4}, Conf: 37, Line: 0, Pass: "field"})
	if e := withText(find(analyze(t, DefaultConfig(), p), entity.Person), "D.R. Quassiter"); e == nil {
		t.Errorf("no PERSON %q: %v", "D.R. Quassiter", texts(analyze(t, DefaultConfig(), p)))
	}
	// A confident or full-height word is no speck; digits never are.
	for _, w := range []doc.Word{
		{Text: "errs", Box: doc.Box{Left: 158, Top: 100, Width: 20, Height: 12}, Conf: 37},
		{Text: "errs", Box: doc.Box{Left: 158, Top: 106, Width: 20, Height: 4}, Conf: 90},
	} {
		q := mkPage(row(50, 100, "Checked", "By", "D.R.", "Quassiter"), row(50, 300, "Other", "words", "here"))
		q.Words = append(q.Words, w)
		if e := withText(find(analyze(t, DefaultConfig(), q), entity.Person), "D.R. Quassiter"); e != nil {
			t.Errorf("word %+v dropped as a speck", w)
		}
	}
	if speckText("1-") || speckText("=") || !speckText("errs") {
		t.Errorf("speckText")
	}
}

// TestNoGuestOfAHeadingReadUnsure keeps "GUEST FOLIO" a heading when OCR
// read its second word with little confidence: without a colon, a person's
// label takes no ordinary word for a name.
func TestNoGuestOfAHeadingReadUnsure(t *testing.T) {
	p := mkPage(row(80, 229, "GUEST", "FOLIO"), row(80, 260, "Guest:", "Mr", "Nikolaos", "Papadopoulos"))
	p.Words[1].Conf = 60
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		if strings.Contains(e.Text, "FOLIO") {
			t.Errorf("heading word taken as a name: %q", e.Text)
		}
	}
}

// TestLoneSpecksLeaveAHeadingAlone: specks read as colons far out in a
// section heading's line make it no row of cells; the heading over its
// prose stays no organisation.
func TestLoneSpecksLeaveAHeadingAlone(t *testing.T) {
	p := mkPage(row(80, 100, "HOSPITAL", "COURSE"),
		row(80, 130, "Ms.", "Delacroix-Whitfield", "is", "a", "63-year-old", "woman", "with", "a", "history", "of", "diabetes"))
	for _, x := range []int{500, 650} {
		p.Words = append(p.Words, doc.Word{Text: ":", Box: doc.Box{Left: x, Top: 104, Width: 2, Height: 2}, Conf: 50, Line: 0, Pass: doc.PassPage})
	}
	for _, e := range analyze(t, DefaultConfig(), p) {
		if strings.Contains(e.Text, "COURSE") {
			t.Errorf("heading taken as %s: %q", e.Type, e.Text)
		}
	}
	q := mkPage(row(80, 100, "Name", ":", "Jan"))
	if loneSpeck(q.Words, 1, 12) {
		t.Errorf("a label's colon beside its words read as a lone speck")
	}
}

// TestASpecksRowYieldsToWords: a dot's speck under a label's row, left of
// its values, opens a row of its own; a value of the next column, set a
// little lower on a skewed scan, stays on the label's row.
func TestASpecksRowYieldsToWords(t *testing.T) {
	p := mkPage(row(80, 100, "Father's", "name:"))
	p.Words = append(p.Words,
		doc.Word{Text: ".", Box: doc.Box{Left: 250, Top: 113, Width: 2, Height: 2}, Conf: 45, Pass: doc.PassPage},
		doc.Word{Text: "Zurab", Box: doc.Box{Left: 300, Top: 100, Width: 40, Height: 12}, Conf: 93, Pass: doc.PassPage},
		doc.Word{Text: "Revaz", Box: doc.Box{Left: 600, Top: 103, Width: 40, Height: 12}, Conf: 92, Pass: doc.PassPage})
	rp := withRows(p)
	if a, b := rp.Words[3].Line, rp.Words[4].Line; a != b {
		t.Errorf("Zurab on row %d, Revaz on row %d", a, b)
	}
}

// TestNoLabelOfATitleInCapitals: a document's title whose first word is
// a label's ("TÖÖTAJA", an employee) takes no value.
func TestNoLabelOfATitleInCapitals(t *testing.T) {
	p := mkPage(row(300, 100, "TÖÖTAJA", "ANDMETE", "ANKEET"), row(80, 140, "Eesnimi:", "Kadri-Liis"))
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		if strings.Contains(e.Text, "ANKEET") {
			t.Errorf("title read as a label's value: %q", e.Text)
		}
	}
}

// TestACounterpartyStopsAtAColumnsGap: a statement row's counterparty
// takes no word across a column's gap (OCR's noise there).
func TestACounterpartyStopsAtAColumnsGap(t *testing.T) {
	head := row(100, 80, "Date", "Description", "Debit", "Credit", "Balance")
	ln := append(row(100, 120, "11/13/2024", "Transfer", "to", "Mazie", "Quitzon"), tw{"Selves", 560, 120}, tw{"117.35", 700, 120}, tw{"11,390.10", 780, 120})
	next := row(100, 160, "11/15/2024", "Card", "Purchase", "Walmart", "42.10", "11,348.00")
	p := mkPage(head, ln, next)
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		if strings.Contains(e.Text, "Selves") {
			t.Errorf("counterparty across the gap: %q", e.Text)
		}
	}
}

// TestSpecksDroppedBeforeAMarkAfterTheColon: specks between a label's
// colon and its value, the first ones dropped as lone, the last one read
// as "~" beside the value, part the value from its label no more.
func TestSpecksDroppedBeforeAMarkAfterTheColon(t *testing.T) {
	p := mkPage(row(80, 100, "Karatra", "Maha-Olom-pirenena/", "CIN:"))
	for _, s := range []struct {
		t string
		x int
	}{{"*", 370}, {".", 420}, {"~", 500}} {
		p.Words = append(p.Words, doc.Word{Text: s.t, Box: doc.Box{Left: s.x, Top: 106, Width: 2, Height: 2}, Conf: 10, Line: 0, Pass: doc.PassPage})
	}
	for i, g := range []string{"111", "211", "084", "572"} {
		p.Words = append(p.Words, doc.Word{Text: g, Box: doc.Box{Left: 510 + 32*i, Top: 100, Width: 26, Height: 12}, Conf: 64, Line: 0, Pass: doc.PassPage})
	}
	if e := withText(find(analyze(t, DefaultConfig(), p), entity.ID), "111 211 084 572"); e == nil {
		t.Errorf("no ID 111 211 084 572: %v", texts(analyze(t, DefaultConfig(), p)))
	}
}

// TestAFiliationMarkMisread: OCR's bar for the "l" of "a/l" between a
// given name and the father's keeps the name whole.
func TestAFiliationMarkMisread(t *testing.T) {
	p := mkPage(row(80, 100, "Technician", ":", "Rajesh", "a/|", "Muniandy"))
	if e := withText(find(analyze(t, DefaultConfig(), p), entity.Person), "Rajesh a/l Muniandy"); e == nil {
		t.Errorf("no PERSON Rajesh a/l Muniandy: %v", texts(analyze(t, DefaultConfig(), p)))
	}
}

// TestAnUnsureDashIsALoneSpeck: a dash that OCR hardly believes, as tall
// as wide and far from the words of its row, is a speck; a flat printed
// dash (an empty cell's) and a believed one stay.
func TestAnUnsureDashIsALoneSpeck(t *testing.T) {
	p := mkPage(row(232, 130, "Tehsil", "Daska,", "District", "Sialkot"))
	for _, c := range []struct {
		w     doc.Word
		speck bool
	}{
		{doc.Word{Text: "-", Box: doc.Box{Left: 150, Top: 128, Width: 10, Height: 12}, Conf: 0}, true},
		{doc.Word{Text: "-", Box: doc.Box{Left: 150, Top: 134, Width: 8, Height: 2}, Conf: 0}, false},
		{doc.Word{Text: "-", Box: doc.Box{Left: 150, Top: 128, Width: 10, Height: 12}, Conf: 90}, false},
	} {
		ws := append(append([]doc.Word(nil), p.Words...), c.w)
		if got := loneSpeck(ws, len(ws)-1, 12); got != c.speck {
			t.Errorf("%+v: loneSpeck %v, want %v", c.w, got, c.speck)
		}
	}
}

// TestAnAddressLineUnderItsFirstLinesWords: a long label in two languages
// pushes an address's first line right of the form's column; its next
// line, set at the column, starts under the first line's words.
func TestAnAddressLineUnderItsFirstLinesWords(t *testing.T) {
	p := mkPage(row(117, 136, "Alamat", "Premis", "/", "Premise", "Address:", "No.", "27,", "Simpang", "619-44,", "Jalan", "Rimba"),
		row(440, 154, "Kampong", "Rimba,", "Gadong"))
	found := false
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Address) {
		found = found || strings.Contains(e.Text, "Gadong")
	}
	if !found {
		t.Errorf("the address's next line not taken: %v", texts(analyze(t, DefaultConfig(), p)))
	}
}

// TestADotReadAsAColonMakesNoLabel: a dot's speck read as a colon after a
// firm's name in a value's column does not make that name a label, so
// the row's label keeps its value and takes none from the row above.
func TestADotReadAsAColonMakesNoLabel(t *testing.T) {
	p := mkPage(row(113, 762, "B.", "GALUEGA", "/", "EMPLOYMENT"), row(113, 792, "Employer:"), row(558, 792, "Samoa", "Shipping", "Corporation"))
	p.Words = append(p.Words, doc.Word{Text: ":", Box: doc.Box{Left: 770, Top: 796, Width: 2, Height: 2}, Conf: 0, Line: 1, Pass: doc.PassPage})
	for _, e := range analyze(t, DefaultConfig(), p) {
		if strings.Contains(e.Text, "GALUEGA") {
			t.Errorf("the heading above taken as a value: %s %q", e.Type, e.Text)
		}
	}
	if !dotColon(p.Words[len(p.Words)-1], 12) || dotColon(doc.Word{Text: ":", Box: doc.Box{Width: 3, Height: 9}}, 12) {
		t.Errorf("dotColon")
	}
}

// TestAFormsLabelHeadsNoColumn: a field's label with its colon higher up
// the page, over a code of a later row, is no column's head whose veto
// word ("pagesës", a payment's, read as a page's) would keep the code.
func TestAFormsLabelHeadsNoColumn(t *testing.T) {
	p := mkPage(row(400, 100, "Mënyra", "e", "pagesës:", "Para"), row(80, 140, "Kod:", "i", "mjekut:"), row(470, 140, "MJ-07731"))
	if e := withText(find(analyze(t, DefaultConfig(), p), entity.ID), "MJ-07731"); e == nil {
		t.Errorf("no ID MJ-07731: %v", texts(analyze(t, DefaultConfig(), p)))
	}
}

// TestSpeckReadAsAWordBeforeALabelsValue keeps an address whole when OCR
// read a speck before it as a word of two letters, unsure ("a,"); read
// sure, the word stays the value's.
func TestSpeckReadAsAWordBeforeALabelsValue(t *testing.T) {
	for conf, want := range map[float64]bool{0: true, 90: false} {
		p := mkPage(row(50, 100, "Address:", "a,", "Vazha-Pshavelas", "gamziri", "41,", "bina", "17"))
		p.Words[1].Conf = conf
		e := withText(find(analyze(t, DefaultConfig(), p), entity.Address), "Vazha-Pshavelas gamziri 41, bina 17")
		if (e != nil) != want {
			t.Errorf("conf %v: address %v, want %v: %v", conf, e != nil, want, texts(analyze(t, DefaultConfig(), p)))
		}
	}
}

// TestSurnameReadAgainWithALetterWrong finds a distinctive surname again
// where OCR, unsure, read one letter of it wrong ("Xicaraé" for
// "Xicará"); read sure, a word one letter off is another word.
func TestSurnameReadAgainWithALetterWrong(t *testing.T) {
	for conf, want := range map[float64]bool{33: true, 90: false} {
		p := mkPage(row(50, 100, "Paciente:", "Ana", "Lucía", "Xicará", "Tzul"), row(50, 300, "la", "señora", "Xicaraé", "toleró", "dieta"))
		p.Words[7].Conf = conf
		e := withText(find(analyze(t, DefaultConfig(), p), entity.Person), "Xicaraé")
		if (e != nil) != want {
			t.Errorf("conf %v: found %v, want %v: %v", conf, e != nil, want, texts(analyze(t, DefaultConfig(), p)))
		}
	}
}

// TestADigitReadUnsureStaysAValuesWord keeps a digit that OCR read
// unsure before a date's other words: it may be the value's own, and what
// is left is no date ("RECEIVED  7  asesa .U" on a stamped form).
func TestADigitReadUnsureStaysAValuesWord(t *testing.T) {
	p := mkPage(row(50, 100, "RECEIVED", "7", "asesa", ".U"))
	p.Words[1].Conf = 36
	p.Words[2].Pass, p.Words[2].Conf, p.Words[2].Line = doc.PassField, 53, 7 // the stamp's number read a second time
	if ds := find(analyze(t, DefaultConfig(), p), entity.Date); len(ds) > 0 {
		t.Errorf("dates %v", texts(ds))
	}
}

// TestQuoteSpeckBeforeAPlate reads a plate whose first group OCR read
// unsure with a speck's quote glued before it ("‘KIA 482 GF"); read sure,
// the quote is the text's and the plate's shape is broken.
func TestQuoteSpeckBeforeAPlate(t *testing.T) {
	for conf, want := range map[float64]bool{64: true, 95: false} {
		p := mkPage(row(50, 100, "Truck:", "‘KIA", "482", "GF", "Driver:", "Musa"))
		p.Words[1].Conf = conf
		e := withText(find(analyze(t, DefaultConfig(), p), entity.ID), "KIA 482 GF")
		if (e != nil) != want {
			t.Errorf("conf %v: found %v, want %v: %v", conf, e != nil, want, texts(analyze(t, DefaultConfig(), p)))
		}
	}
}

// A record sought again is not found inside a date or a longer number it
// is joined to: "Statement No. 10/2024" leaves the rows' "02/10/2024"
// alone, and stands again where it stands alone.
func TestRecordNotSoughtInsideADate(t *testing.T) {
	text := "Statement No. 10/2024\n02/10/2024 MPESA 3,500.00\nref 10/2024 end"
	m := Match{Type: entity.ID, Start: 14, End: 21}
	var got []string
	for _, o := range occurrences(text, "10/2024", m) {
		got = append(got, fmt.Sprintf("%d:%s", o.Start, text[o.Start:o.End]))
	}
	want := fmt.Sprintf("%d:10/2024", strings.LastIndex(text, "10/2024"))
	if len(got) != 1 || got[0] != want {
		t.Errorf("occurrences = %v, want [%s]", got, want)
	}
}
