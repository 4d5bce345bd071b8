package engine

import (
	"image"
	"sort"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func word(text string, left, width int, conf float64) doc.Word {
	return doc.Word{Text: text, Conf: conf, Box: doc.Box{Left: left, Top: 100, Width: width, Height: 12}}
}

func texts(ws []doc.Word) []string {
	sort.Slice(ws, func(i, j int) bool { return ws[i].Box.Left < ws[j].Box.Left })
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

func equalTexts(t *testing.T, got []doc.Word, want ...string) {
	t.Helper()
	g := texts(got)
	if len(g) != len(want) {
		t.Fatalf("words %q, want %q", g, want)
	}
	for i := range g {
		if g[i] != want[i] {
			t.Fatalf("words %q, want %q", g, want)
		}
	}
}

// A row re-read cuts through the neighbours of its suspect words: what it
// reads of a cut word is a fragment and must not replace anything, while
// the suspect words it reads better are replaced.
func TestRereadFragmentsOfCutWordsDropped(t *testing.T) {
	page := []doc.Word{
		word("Maria", 10, 50, 92),
		word("J,", 65, 14, 6),
		word("Lcpez", 84, 50, 6),
		word("555-0142", 150, 60, 80),
	}
	row := image.Rect(55, 96, 160, 116) // cuts "Maria" and "555-0142"
	reread := []doc.Word{
		word("aJ.", 55, 24, 40),   // "a" of Maria glued to the initial
		word("Lopez", 84, 50, 91), // better: replaces "Lcpez"
		word("5", 150, 9, 95),     // first digit of the phone
	}
	got := applyRereads(page, [][]doc.Word{reread}, []image.Rectangle{row})
	equalTexts(t, got, "Maria", "J,", "Lopez", "555-0142")
}

// Overlapping rows read one word twice: it is added once, the more
// confident reading.
func TestRereadOverlappingRowsKeepOneReading(t *testing.T) {
	page := []doc.Word{word("Ba1ley", 40, 50, 20)}
	rows := []image.Rectangle{image.Rect(20, 96, 110, 116), image.Rect(30, 96, 120, 116)}
	reads := [][]doc.Word{{word("Bailey", 40, 50, 75)}, {word("Bailey.", 40, 51, 90)}}
	got := applyRereads(page, reads, rows)
	equalTexts(t, got, "Bailey.")

	// Not clearly better than the page word: nothing changes.
	page = []doc.Word{word("Bailey", 40, 50, 85)}
	got = applyRereads(page, reads[:1], rows[:1])
	equalTexts(t, got, "Bailey")
}

// A re-read row that reaches into the line above returns a taller box: the
// word that replaces a page word keeps the page word's rows.
func TestRereadKeepsPageRows(t *testing.T) {
	page := []doc.Word{word("555-O1O0", 40, 60, 30)}
	tall := word("555-0100", 40, 60, 90)
	tall.Box.Top, tall.Box.Height = 92, 20 // page word: rows 100..112
	got := applyRereads(page, [][]doc.Word{{tall}}, []image.Rectangle{image.Rect(20, 90, 120, 116)})
	equalTexts(t, got, "555-0100")
	if b := got[0].Box; b.Top != 98 || b.Bottom() != 112 {
		t.Errorf("box %v: want rows 98..112 (the page word's, 2 px above)", b)
	}
}
