package pii

import (
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestLabelsHeadingsAndProseAreNoNames(t *testing.T) {
	for _, lines := range [][]string{
		{"NAME OF ACCOUNT:", "VOLUME STORES"},                  // a column heading under a label
		{"Prepared by: Milestone Presentation"},                // the value is ordinary words
		{"Sender: Voice Number"},                               // the next label
		{"Patient presented with chest pain and was admitted"}, // a sentence
		{"PATIENT WILLIAMS AND MALONE:"},                       // a section heading
		{"PLEASE ACKNOWLEDGE RECEIPT OF THIS NOTICE"},          // a heading
		{"Tel Call Placed Direct"},                             // a field label
		{"Date: SOURCE OF"},                                    // no date
		{"City: Role of Inflammation"},
		{"SHOOK, HARDY & BACON"}, // a firm                         // no place
	} {
		ents := analyze(t, DefaultConfig(), patTestPage(strings.Join(lines, "\n")))
		for _, e := range ents {
			if e.Type == entity.Person || e.Type == entity.Date || e.Type == entity.Address {
				t.Errorf("%q: flagged %s %q (%s)", lines, e.Type, e.Text, e.Source)
			}
		}
	}
}

func TestNameValueStopsAtNextLabel(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Médecin: Dr Elsa Meyer Mutuelle: MGEN", "Elsa Meyer"},
		{"Patient: FLOTTMANN, Etienne Geburtsdatum: 03.04.1961", "FLOTTMANN, Etienne"},
		{"Contact: Sam Zolot MANUFACTURER: Lorillard", "Sam Zolot"},
	} {
		ents := analyze(t, DefaultConfig(), patTestPage(c.text))
		found := false
		for _, e := range find(ents, entity.Person) {
			if strings.Contains(e.Text, ":") || strings.Contains(e.Text, "MANUFACTURER") || strings.Contains(e.Text, "Mutuelle") {
				t.Errorf("%q: the next label taken into %q", c.text, e.Text)
			}
			found = found || strings.Contains(e.Text, c.want)
		}
		if !found {
			t.Errorf("%q: no PERSON %q in %v", c.text, c.want, texts(ents))
		}
	}
}

func TestPronounIsNoInitial(t *testing.T) {
	for _, text := range []string{"I, Milo Jakubowski, declare that", "Yo, Alejandra Preciado, declaro", "Ich, Kerem Michel, erkläre"} {
		ents := find(analyze(t, DefaultConfig(), patTestPage(text)), entity.Person)
		if len(ents) == 0 {
			t.Errorf("%q: no PERSON", text)
		}
		for _, e := range ents {
			if first := strings.Fields(e.Text)[0]; rePronounI.MatchString(first) {
				t.Errorf("%q: the pronoun taken into %q", text, e.Text)
			}
		}
	}
}

// A title stays out of a name's span; a suffix joins it.
func TestTitleStaysOutOfName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Dear Mrs Kathy Stoltenberg,", "Kathy Stoltenberg"},
		{"Sehr geehrter Herr Klaus Müller,", "Klaus Müller"},
		{"Attending: Dr. Priya Raman", "Priya Raman"},
		{"Meeting with John Smith Sr. today", "John Smith Sr."}, // "Sr." is a suffix here
	} {
		ents := find(analyze(t, DefaultConfig(), patTestPage(c.text)), entity.Person)
		if len(ents) != 1 || strings.TrimRight(ents[0].Text, ",") != c.want {
			t.Errorf("%q: want PERSON %q alone, got %v", c.text, c.want, texts(ents))
		}
	}
}

// TestNextColumnsLabelIsNoDate keeps the next column's label ("N° client"
// beside "Date" in a header row) from a date's value, even read unsure.
func TestNextColumnsLabelIsNoDate(t *testing.T) {
	words := []doc.Word{{Text: "N°", Conf: 60}, {Text: "client", Conf: 60}, {Text: "02/05/2021", Conf: 60}}
	if dateValueFits([]int{0, 1}, words, false) {
		t.Error(`"N° client" fits a date`)
	}
	if !dateValueFits([]int{2}, words, false) {
		t.Error(`"02/05/2021" does not fit a date`)
	}
}

// TestNumberIsNoName keeps a cashier's number, read poorly with its colon
// as "+", from the cashier's label: a name holds letters.
func TestNumberIsNoName(t *testing.T) {
	p := mkPage(row(113, 577, "Cashier"))
	p.Words = append(p.Words, doc.Word{Text: "+0417", Box: doc.Box{Left: 290, Top: 579, Width: 71, Height: 14}, Conf: 47, Line: 7, Pass: doc.PassField})
	for _, e := range analyze(t, DefaultConfig(), p) {
		if e.Type == entity.Person {
			t.Errorf("number read as a name: %q (%s)", e.Text, e.Source)
		}
	}
}

// TestColumnHeadIsNoDate keeps a table's head, read poorly beside the
// "Date" head, from the date's label: a form's word names a column.
func TestColumnHeadIsNoDate(t *testing.T) {
	p := mkPage(append(row(116, 661, "Date"), row(302, 667, "Description")...))
	p.Words[1].Conf = 57
	for _, e := range analyze(t, DefaultConfig(), p) {
		if e.Type == entity.Date {
			t.Errorf("column head read as a date: %q (%s)", e.Text, e.Source)
		}
	}
}

// TestDatesOwnWordKeepsTheField keeps a date label's field whose poor read
// shows the next date label's word ("Date Prepared  [Date"): the field is
// read again rather than dropped.
func TestDatesOwnWordKeepsTheField(t *testing.T) {
	p := mkPage(append(row(445, 59, "Date", "Prepared"), row(686, 56, "[Date")...))
	p.Words[2].Conf = 67
	a, err := NewAnalyzer(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if len(a.FieldRegions(p)) == 0 {
		t.Error("no field to read again right of the date's label")
	}
}

// TestPoorFirstReadingOfANumberIsReadAgain asks for a second reading of a
// person's field whose first reading, hardly believed, holds digits only:
// the second reading tells.
func TestPoorFirstReadingOfANumberIsReadAgain(t *testing.T) {
	p := mkPage(row(40, 150, "Name:"))
	p.Words = append(p.Words, doc.Word{Text: "3213-89", Box: doc.Box{Left: 120, Top: 152, Width: 70, Height: 14}, Conf: 36, Line: 0, Pass: doc.PassPage})
	a, err := NewAnalyzer(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if len(a.FieldRegions(p)) == 0 {
		t.Error("no second reading asked for a poorly read number in a name's field")
	}
}
