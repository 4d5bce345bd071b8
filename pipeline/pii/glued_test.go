package pii

import (
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// TestEmailSplitByOCR keeps the front of an address that OCR read as a
// word of its own, when it touches the rest, and leaves a word before a
// space alone.
func TestEmailSplitByOCR(t *testing.T) {
	glued := mkPage(append(row(10, 10, "scrivere", "a"), tw{"cassandra.", 114, 10}, tw{"secci@example.it", 194, 10}))
	got := find(analyze(t, DefaultConfig(), glued), entity.Email)
	if len(got) != 1 || got[0].Text != "cassandra. secci@example.it" {
		t.Fatalf("glued address: got %+v", got)
	}
	spaced := mkPage(row(10, 10, "Write", "to", "us.", "info@example.it"))
	got = find(analyze(t, DefaultConfig(), spaced), entity.Email)
	if len(got) != 1 || got[0].Text != "info@example.it" {
		t.Fatalf("address after a sentence: got %+v", got)
	}
}

// TestSplitGluedLabels splits a label from the value OCR glued to it, the
// value's box starting where its characters start, and renumbers the
// superseded words; a time, a web address and a word alone stay whole.
func TestSplitGluedLabels(t *testing.T) {
	page := &doc.Page{Words: []doc.Word{
		{Text: "Cashier:Siti", Line: 3, Box: doc.Box{Left: 100, Top: 10, Width: 120, Height: 20}},
		{Text: "Aminah", Line: 3, Box: doc.Box{Left: 230, Top: 10, Width: 60, Height: 20}},
		{Text: "14:22", Line: 4, Box: doc.Box{Left: 100, Top: 40, Width: 50, Height: 20}},
		{Text: "http://example.com", Line: 5, Box: doc.Box{Left: 100, Top: 70, Width: 180, Height: 20}},
	}}
	sup := SplitGluedLabels(page, map[int]bool{0: true, 1: true})
	var texts []string
	for _, w := range page.Words {
		texts = append(texts, w.Text)
	}
	if want := "Cashier:|Siti|Aminah|14:22|http://example.com"; strings.Join(texts, "|") != want {
		t.Fatalf("words %q, want %q", texts, want)
	}
	label, value := page.Words[0].Box, page.Words[1].Box
	if label.Left != 100 || label.Width != 81 || value.Left != 179 || value.Right() != 220 || page.Words[1].Line != 3 {
		t.Errorf("boxes %v and %v (line %d), want the label's 100..181 and the value's from 179 to 220 on line 3",
			label, value, page.Words[1].Line)
	}
	if !sup[0] || !sup[1] || !sup[2] || sup[3] {
		t.Errorf("superseded %v, want 0, 1 and 2", sup)
	}
}

// TestGluedLabelStaysOnThePage finds the value after a label (or a title)
// OCR glued to it, and the value's entity holds none of the label.
func TestGluedLabelStaysOnThePage(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  entity.Type
		want string
	}{
		{"Cashier:Siti Aminah\nMember No:88120044", entity.Person, "Siti Aminah"},
		// A form's rule between label and value stays with the label.
		{"TIME:__2/18/80", entity.Date, "2/18/80"},
		// A title joined to the name by a hyphen or a second period stays
		// out of the name.
		{"Dr-Anika Sharma", entity.Person, "Anika Sharma"},
		{"Ref. By : Dr..Arvind Kulkarni", entity.Person, "Arvind Kulkarni"},
		// A speck read as a colon after a surname that ends its line.
		{"Referred by: Dr. Mona Abdel Rahman:", entity.Person, "Mona Abdel Rahman"},
		// A label with a slash and a doubled colon.
		{"DNI/NIE::05482217M", entity.ID, "05482217M"},
		// A number sign and a rule for the colon.
		{"RX#_0718823-09941 Date Filled: 11/22/2024", entity.ID, "0718823-09941"},
		// A dash after the colon, as some forms print it.
		{"Address:-Blk 7 Lot 12, Mabuhay Homes, Brgy. San Isidro, Antipolo City", entity.Address, "Blk 7 Lot 12, Mabuhay Homes, Brgy. San Isidro, Antipolo City"},
		// The label's colon joined to the value after a space.
		{"Table 12 Server :RAJU", entity.Person, "RAJU"},
	} {
		got := find(analyze(t, DefaultConfig(), patTestPage(c.text)), c.typ)
		if len(got) != 1 || got[0].Text != c.want {
			t.Errorf("%q: %s %v, want only %q", c.text, c.typ, got, c.want)
		}
	}
}

// splitTexts splits the glued words of page (SplitGluedLabels) and returns
// the texts of its words joined by "|".
func splitTexts(page *doc.Page) string {
	SplitGluedLabels(page, nil)
	var texts []string
	for _, w := range page.Words {
		texts = append(texts, w.Text)
	}
	return strings.Join(texts, "|")
}

// TestSplitGluedPostcodeTown cuts a Dutch postcode's letters from the town
// OCR glued to them after the postcode's digits, and nowhere else.
func TestSplitGluedPostcodeTown(t *testing.T) {
	page := &doc.Page{Words: []doc.Word{
		{Text: "1017", Line: 1, Box: doc.Box{Left: 100, Top: 10, Width: 40, Height: 20}},
		{Text: "GLAmsterdam", Line: 1, Box: doc.Box{Left: 150, Top: 10, Width: 110, Height: 20}},
		{Text: "Room", Line: 2, Box: doc.Box{Left: 100, Top: 40, Width: 40, Height: 20}},
		{Text: "NLAmsterdam", Line: 2, Box: doc.Box{Left: 150, Top: 40, Width: 110, Height: 20}},
	}}
	if got, want := splitTexts(page), "1017|GL|Amsterdam|Room|NLAmsterdam"; got != want {
		t.Fatalf("words %q, want %q", got, want)
	}
	// Capitals are wider than the town's small letters: the cut falls past
	// two elevenths of the word (170), where the print has it (173).
	if letters, town := page.Words[1].Box, page.Words[2].Box; letters.Right() != 174 || town.Left >= 174 || town.Right() != 260 {
		t.Errorf("boxes %v and %v, want the letters' to end at 174 and the town's to end at 260", letters, town)
	}
}

// TestSplitGluedWords cuts what a speck read as a period joined: a town
// and its postcode, a label of two words, a surname's two particles, an
// initial and a particle, an ID's acronym and its number's marker, a
// number and the next label, a name and a speck's period at a line's
// start, a
// name and the function word after it, an abbreviated street type and the
// street's name, a bracketed qualifier and the value its colon joins, an
// acronym and the long number after it; an
// ordinary word glued to a number, a web address and an abbreviation stay
// whole.
func TestSplitGluedWords(t *testing.T) {
	w := func(text string, line, left, width int) doc.Word {
		return doc.Word{Text: text, Line: line, Box: doc.Box{Left: left, Top: 10 + 30*line, Width: width, Height: 20}}
	}
	for _, c := range []struct {
		words []doc.Word
		want  string
	}{
		{[]doc.Word{w("Birmingham.B15", 1, 100, 140), w("3ES", 1, 250, 30), w("Total.1234", 2, 100, 100)}, "Birmingham.|B15|3ES|Total.1234"},
		{[]doc.Word{w("Věrnostní.karta:", 1, 100, 160), w("9203", 1, 270, 40), w("www.shop.com:", 3, 100, 130)}, "Věrnostní|karta:|9203|www.shop.com:"},
		{[]doc.Word{w("van.der", 4, 100, 70), w("Merwe", 4, 180, 60), w("e.g.", 5, 100, 40)}, "van|der|Merwe|e.g."},
		{[]doc.Word{w("J.-van", 14, 100, 60), w("der", 14, 170, 30), w("A.-B", 15, 100, 40)}, "J.|van|der|A.-B"},
		{[]doc.Word{w("ID-No.", 16, 100, 60), w("12345678", 16, 170, 80), w("Kunden-Nr.", 17, 100, 90)}, "ID|No.|12345678|Kunden-Nr."},
		{[]doc.Word{w("1-1037-00234-56-1,.HN", 18, 100, 200), w("24-118803,", 18, 310, 90)}, "1-1037-00234-56-1,|HN|24-118803,"},
		// A speck's period after a name that opens its line, before two
		// more names; not before a sentence's end.
		{[]doc.Word{w("Mette.", 20, 100, 60), w("Kjergaard", 20, 165, 90), w("Sorensen", 20, 260, 80)}, "Mette|Kjergaard|Sorensen"},
		{[]doc.Word{w("LOUIS.", 21, 100, 60), w("MISSOURI.", 21, 165, 90), w("Shioments", 21, 260, 80)}, "LOUIS.|MISSOURI.|Shioments"},
		{[]doc.Word{w("Gurpreet.and", 6, 100, 120), w("works", 6, 230, 50), w("Dr.med", 7, 100, 60), w("Sig.ra", 8, 100, 60)}, "Gurpreet|and|works|Dr.med|Sig.ra"},
		{[]doc.Word{w("Av..-Javier", 9, 100, 110), w("Prado", 9, 220, 60), w("Etc..-Note", 10, 100, 100)}, "Av.|Javier|Prado|Etc..-Note"},
		{[]doc.Word{w("PHN", 11, 100, 40), w("(MSP)::9876", 11, 150, 110), w("543", 11, 270, 30)}, "PHN|(MSP):|9876|543"},
		// An acronym glued by a period to a long number is its label; a
		// short number keeps its letters. A known label keeps its period.
		{[]doc.Word{w("SWIFT.012180001548723316", 12, 100, 240), w("ABC.1234", 13, 100, 80)}, "SWIFT:|012180001548723316|ABC.1234"},
		{[]doc.Word{w("CLABE.012180001548723316", 14, 100, 240)}, "CLABE.|012180001548723316"},
	} {
		if got := splitTexts(&doc.Page{Words: c.words}); got != c.want {
			t.Errorf("words %q, want %q", got, c.want)
		}
	}
}
