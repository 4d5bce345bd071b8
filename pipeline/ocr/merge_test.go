package ocr

import (
	"image"
	"slices"
	"sort"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func TestIoU(t *testing.T) {
	a := doc.Box{Left: 0, Top: 0, Width: 10, Height: 10}
	if got := IoU(a, a); got != 1 {
		t.Errorf("IoU(a,a) = %v", got)
	}
	b := doc.Box{Left: 5, Top: 0, Width: 10, Height: 10}
	if got, want := IoU(a, b), 50.0/150.0; got != want {
		t.Errorf("IoU half overlap = %v, want %v", got, want)
	}
	if got := IoU(a, doc.Box{Left: 20, Top: 20, Width: 5, Height: 5}); got != 0 {
		t.Errorf("IoU disjoint = %v", got)
	}
}

// fillWords merges one reading b into a by Fill.
func fillWords(a, b []doc.Word) []doc.Word {
	out, _ := Merge(a, Fill, Reading{Words: b})
	return out
}

func TestMergeFill(t *testing.T) {
	w := func(text string, l, top, wd, line, block int, pass string) doc.Word {
		return doc.Word{Text: text, Box: doc.Box{Left: l, Top: top, Width: wd, Height: 12}, Line: line, Block: block, Par: 1, Pass: pass}
	}
	a := []doc.Word{
		w("TO:", 10, 10, 30, 1, 1, "page"),
		w("DATE:", 10, 40, 50, 2, 1, "page"),
	}
	b := []doc.Word{
		w("TO;", 11, 10, 29, 1, 1, "sparse"),        // same word, read differently
		w("George", 60, 11, 60, 1, 1, "sparse"),     // missed by a, on a's line 1
		w("Baroody", 130, 10, 70, 1, 1, "sparse"),   // missed by a, on a's line 1
		w("DA", 10, 40, 20, 2, 2, "sparse"),         // a fragment inside a's word
		w("12/10/98", 80, 41, 70, 3, 2, "sparse"),   // missed by a, on a's line 2
		w("Ferris", 300, 80, 40, 4, 3, "sparse"),    // on no line of a
		w("Richmond", 360, 81, 60, 4, 3, "sparse"),  // same b line as Ferris
		w("Virginia", 300, 120, 60, 5, 3, "sparse"), // another b line
	}
	got := fillWords(a, b)
	var texts []string
	for _, x := range got {
		texts = append(texts, x.Text)
	}
	want := []string{"TO:", "DATE:", "George", "Baroody", "12/10/98", "Ferris", "Richmond", "Virginia"}
	if len(texts) != len(want) {
		t.Fatalf("merged = %v, want %v", texts, want)
	}
	for i := range want {
		if texts[i] != want[i] {
			t.Fatalf("merged = %v, want %v", texts, want)
		}
	}
	// Words on a's lines join them.
	if got[2].Line != 1 || got[3].Line != 1 || got[4].Line != 2 || got[4].Block != 1 {
		t.Errorf("aligned words lines %d %d %d (block %d), want 1 1 2 (block 1)", got[2].Line, got[3].Line, got[4].Line, got[4].Block)
	}
	// Others keep b's grouping, offset past a's ids.
	if got[5].Line <= 2 || got[5].Line != got[6].Line || got[7].Line == got[5].Line || got[5].Block <= 1 {
		t.Errorf("unaligned words lines %d %d %d block %d: want offset past 2, Ferris/Richmond equal, Virginia distinct",
			got[5].Line, got[6].Line, got[7].Line, got[5].Block)
	}
	if b[1].Line != 1 || b[5].Line != 4 {
		t.Error("MergeWords modified its input")
	}
	// Field words (already offset) keep their ids when not on a line of a.
	f := []doc.Word{w("Ferris", 300, 80, 40, FieldLineBase+4097, FieldLineBase+4097, "field")}
	if m := fillWords(a, f); len(m) != 3 || m[2].Line != FieldLineBase+4097 {
		t.Errorf("field word ids changed: %+v", m[len(m)-1])
	}
	// A tall line (a block read as one) does not swallow a small word.
	tall := []doc.Word{{Text: "Notes", Box: doc.Box{Left: 0, Top: 0, Width: 40, Height: 40}, Line: 1}}
	if m := fillWords(tall, []doc.Word{w("x1", 100, 10, 10, 9, 9, "field")}); m[1].Line == 1 {
		t.Error("word joined a line more than twice its height")
	}
	if m := fillWords(nil, b); len(m) != len(b) {
		t.Errorf("merge into nothing kept %d of %d", len(m), len(b))
	}
}

func word(text string, left, width int, conf float64) doc.Word {
	return doc.Word{Text: text, Conf: conf, Box: doc.Box{Left: left, Top: 100, Width: width, Height: 12}}
}

func texts(ws []doc.Word) []string {
	ws = append([]doc.Word(nil), ws...)
	sort.Slice(ws, func(i, j int) bool { return ws[i].Box.Left < ws[j].Box.Left })
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

func equalTexts(t *testing.T, got []doc.Word, want ...string) {
	t.Helper()
	if g := texts(got); !slices.Equal(g, want) {
		t.Fatalf("words %q, want %q", g, want)
	}
}

// A row re-read cuts through the neighbours of its suspect words: what it
// reads of a cut word is a fragment and must not replace anything, while
// the suspect words it reads better are replaced.
func TestImproveDropsFragmentsOfCutWords(t *testing.T) {
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
	got, superseded := Merge(page, Improve, Reading{Region: row, Words: reread})
	equalTexts(t, got, "Maria", "J,", "Lopez", "555-0142")
	if superseded != nil {
		t.Errorf("Improve returned superseded words %v", superseded)
	}
}

// Overlapping rows read one word twice: it is added once, the more
// confident reading.
func TestImproveOverlappingRowsKeepOneReading(t *testing.T) {
	page := []doc.Word{word("Ba1ley", 40, 50, 20)}
	reads := []Reading{
		{Region: image.Rect(20, 96, 110, 116), Words: []doc.Word{word("Bailey", 40, 50, 75)}},
		{Region: image.Rect(30, 96, 120, 116), Words: []doc.Word{word("Bailey.", 40, 51, 90)}},
	}
	got, _ := Merge(page, Improve, reads...)
	equalTexts(t, got, "Bailey.")

	// Not clearly better than the page word: nothing changes.
	page = []doc.Word{word("Bailey", 40, 50, 85)}
	got, _ = Merge(page, Improve, reads[0])
	equalTexts(t, got, "Bailey")
}

// A re-read row that reaches into the line above returns a taller box: the
// word that replaces a page word keeps the page word's rows.
func TestImproveKeepsPageRows(t *testing.T) {
	page := []doc.Word{word("555-O1O0", 40, 60, 30)}
	tall := word("555-0100", 40, 60, 90)
	tall.Box.Top, tall.Box.Height = 92, 20 // page word: rows 100..112
	got, _ := Merge(page, Improve, Reading{Region: image.Rect(20, 90, 120, 116), Words: []doc.Word{tall}})
	equalTexts(t, got, "555-0100")
	if b := got[0].Box; b.Top != 98 || b.Bottom() != 112 {
		t.Errorf("box %v: want rows 98..112 (the page word's, 2 px above)", b)
	}
}

// A word a re-read row adds or improves joins the page line it sits on,
// so that a row's value is read with its label and its row's other
// cells; the reading's own line ids would part it from them.
func TestImproveJoinsThePageLine(t *testing.T) {
	label, num := word("743", 40, 30, 94), word("241773O586", 80, 100, 20)
	label.Line, label.Block, num.Line, num.Block = 9, 5, 9, 5
	far := word("MARIE", 300, 60, 95)
	far.Box.Top, far.Line, far.Block = 160, 10, 6
	better := word("2417730586", 80, 100, 94)
	added := word("PV", 200, 20, 90)
	for _, w := range []*doc.Word{&better, &added} {
		w.Line, w.Block = FieldLineBase+4096, FieldLineBase+4096
	}
	got, _ := Merge([]doc.Word{label, num, far}, Improve, Reading{Region: image.Rect(20, 96, 240, 116), Words: []doc.Word{better, added}})
	equalTexts(t, got, "743", "2417730586", "PV", "MARIE")
	for _, w := range got {
		if w.Text != "MARIE" && (w.Line != 9 || w.Block != 5) {
			t.Errorf("%q on line %d block %d, want the page's line 9 block 5", w.Text, w.Line, w.Block)
		}
	}
}

// A field read again supersedes the noise the page pass read there: the
// new words are appended, the noise stays on the page with its index
// returned, and a reading no more confident than the page's is dropped.
func TestSupersedeKeepsSupersededWords(t *testing.T) {
	page := []doc.Word{
		word("Name:", 50, 40, 91),
		word("~;", 110, 30, 12),
		word("Smith", 250, 40, 95),
	}
	field := Reading{Region: image.Rect(100, 96, 300, 116), Words: []doc.Word{
		word("Quennell", 108, 64, 88),
		word("Ashbury", 176, 56, 86),
		word("Smith.", 250, 42, 95), // as confident as the page's: dropped
		{Text: " ", Box: doc.Box{Left: 236, Top: 100, Width: 4, Height: 12}, Conf: 99},
	}}
	got, superseded := Merge(page, Supersede, field)
	if len(got) != 5 || got[3].Text != "Quennell" || got[4].Text != "Ashbury" {
		t.Fatalf("words %q, want the page's then Quennell, Ashbury", texts(got))
	}
	if len(superseded) != 1 || !superseded[1] {
		t.Errorf("superseded %v, want {1} (the noise)", superseded)
	}
	if len(page) != 3 || page[1].Text != "~;" {
		t.Error("Merge modified its input")
	}
	// A later reading is judged against the earlier one's words too, and
	// leaves superseded words alone.
	again := Reading{Words: []doc.Word{word("Quennel", 108, 64, 80), word("Quennell!", 108, 64, 93)}}
	got, superseded = Merge(page, Supersede, field, again)
	if len(got) != 6 || got[5].Text != "Quennell!" || !superseded[3] || !superseded[1] {
		t.Errorf("words %q superseded %v: want Quennell! to supersede Quennell", texts(got), superseded)
	}
}

// TestFillDropsAFieldReadAgain drops the words of recovered ink that read a
// page word again in a taller box (a form field's lines read with it) and
// keeps a word beside it.
func TestFillDropsAFieldReadAgain(t *testing.T) {
	a := []doc.Word{{Text: "Gregory:Whitaker", Box: doc.Box{Left: 187, Top: 660, Width: 166, Height: 21}, Line: 29, Pass: "page"}}
	b := []doc.Word{
		{Text: "Gregory", Box: doc.Box{Left: 186, Top: 639, Width: 78, Height: 42}, Line: FieldLineBase + 1, Pass: PassRecover},
		{Text: "Whitaker}", Box: doc.Box{Left: 274, Top: 642, Width: 126, Height: 55}, Line: FieldLineBase + 1, Pass: PassRecover},
		{Text: "Mother", Box: doc.Box{Left: 420, Top: 655, Width: 70, Height: 30}, Line: FieldLineBase + 1, Pass: PassRecover},
	}
	got := fillWords(a, b)
	if len(got) != 2 || got[1].Text != "Mother" {
		t.Errorf("merged %+v, want the page word and Mother", got)
	}
}

// TestFillDropsSpecksBetweenWords: a word of almost no confidence read in
// the gap between two page words, reaching into both, is their specks; one
// confident or beside a single word fills a gap.
func TestFillDropsSpecksBetweenWords(t *testing.T) {
	a := []doc.Word{
		{Text: "MARIA", Box: doc.Box{Left: 325, Top: 218, Width: 55, Height: 15}, Conf: 97, Line: 3, Pass: "page"},
		{Text: "CRISTINA", Box: doc.Box{Left: 390, Top: 218, Width: 90, Height: 15}, Conf: 93, Line: 3, Pass: "page"},
	}
	speck := doc.Word{Text: "AC", Box: doc.Box{Left: 373, Top: 217, Width: 26, Height: 16}, Conf: 0, Line: 1, Pass: PassRecover}
	if got := fillWords(a, []doc.Word{speck}); len(got) != 2 {
		t.Errorf("merged %+v, want the specks dropped", got)
	}
	sure := speck
	sure.Conf = 80
	if got := fillWords(a, []doc.Word{sure}); len(got) != 3 {
		t.Errorf("merged %+v, want a confident word kept", got)
	}
	after := speck
	after.Box.Left = 478
	if got := fillWords(a, []doc.Word{after}); len(got) != 3 {
		t.Errorf("merged %+v, want a word beside one page word kept", got)
	}
}
