package pii

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// tw is a test word: text at (x, y), 8 px per character, 12 px high.
type tw struct {
	text string
	x, y int
}

// mkPage builds a page; each argument is one text line (Line ids follow the
// argument order, as an OCR engine would assign them).
func mkPage(lines ...[]tw) *doc.Page {
	p := &doc.Page{Index: 2, Width: 800, Height: 1000}
	for li, ln := range lines {
		for _, w := range ln {
			p.Words = append(p.Words, doc.Word{
				Text: w.text,
				Box:  doc.Box{Left: w.x, Top: w.y, Width: 8 * len(w.text), Height: 12},
				Conf: 90, Line: li, Pass: doc.PassPage,
			})
		}
	}
	return p
}

// row lays out words left to right from x with one space (4 px) between.
func row(x, y int, words ...string) []tw {
	out := make([]tw, 0, len(words))
	for _, w := range words {
		out = append(out, tw{w, x, y})
		x += 8*len(w) + 4
	}
	return out
}

// analyze reads page p as the engine does: glued labels split first.
func analyze(t *testing.T, cfg Config, p *doc.Page) []Entity {
	t.Helper()
	a, err := NewAnalyzer(cfg)
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	SplitGluedLabels(p, nil)
	ents, err := a.Analyze(context.Background(), p)
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	return ents
}

// find returns the entities of type t.
func find(ents []Entity, t entity.Type) []Entity {
	var out []Entity
	for _, e := range ents {
		if e.Type == t {
			out = append(out, e)
		}
	}
	return out
}

func withText(ents []Entity, text string) *Entity {
	for i := range ents {
		if ents[i].Text == text {
			return &ents[i]
		}
	}
	return nil
}

func texts(ents []Entity) []string {
	var s []string
	for _, e := range ents {
		s = append(s, string(e.Type)+":"+strings.ReplaceAll(e.Text, "\n", "|")+"("+e.Source+")")
	}
	return s
}

// Names below are deliberately absent from the name lists, so that only the
// label can make them persons.
func TestLabelValueRight(t *testing.T) {
	p := mkPage(
		row(50, 100, "Name:"),
		row(150, 101, "Qorvath", "Zelinski"),
		row(50, 140, "Total", "Amount:", "1,200.00"),
	)
	ents := analyze(t, DefaultConfig(), p)
	e := withText(ents, "Qorvath Zelinski")
	if e == nil {
		t.Fatalf("label value not found: %v", texts(ents))
	}
	if e.Type != entity.Person || !strings.HasPrefix(e.Source, "label:name") {
		t.Errorf("got %s from %s, want PERSON from label:name", e.Type, e.Source)
	}
	if !reflect.DeepEqual(e.Words, []int{1, 2}) {
		t.Errorf("words %v, want [1 2]", e.Words)
	}
	// The value's line box, then the field extent from the label's right edge.
	if len(e.Boxes) < 2 {
		t.Fatalf("boxes %v: want the line box and the field extent", e.Boxes)
	}
	line := e.Boxes[0]
	if line.Left != 150 || line.Right() != 150+7*8+4+8*8 {
		t.Errorf("line box %v does not span the value words", line)
	}
	ext := e.Boxes[1]
	if ext.Left > 50+5*8+4 || ext.Left < 50+5*8 {
		t.Errorf("field extent %v should start at the label's right edge", ext)
	}
	if ext.Top > 100 || ext.Bottom() < 113 {
		t.Errorf("field extent %v should hold the whole row", ext)
	}
	for _, e := range ents {
		if e.Type == entity.Person && strings.Contains(e.Text, "Total") {
			t.Errorf("form heading flagged as a person: %v", texts(ents))
		}
	}
	if e.Score <= DefaultConfig().Threshold || e.Score > 1 {
		t.Errorf("score %v out of range", e.Score)
	}
}

func TestLabelValueBelow(t *testing.T) {
	p := mkPage(
		row(60, 100, "Requested", "by"),
		row(300, 100, "Budget", "Code:"),
		row(62, 118, "Vrell", "Ostrogan"),
		row(300, 118, "4471"),
	)
	ents := analyze(t, DefaultConfig(), p)
	e := withText(ents, "Vrell Ostrogan")
	if e == nil || e.Type != entity.Person || !strings.HasPrefix(e.Source, "label:requested by") {
		t.Fatalf("value below label not found as PERSON: %v", texts(ents))
	}
	for _, e := range ents {
		if strings.Contains(e.Text, "4471") && e.Type == entity.Person {
			t.Errorf("next column's value taken as the name: %v", texts(ents))
		}
	}
}

func TestLabelDoesNotSwallowNextLabel(t *testing.T) {
	p := mkPage(row(40, 100, "TO:", "Brandt", "Kesselring", "FROM:", "Tamsin", "Orloff", "DATE:", "3/4/91"))
	cfg := DefaultConfig()
	ents := analyze(t, cfg, p)
	to := withText(ents, "Brandt Kesselring")
	from := withText(ents, "Tamsin Orloff")
	if to == nil || from == nil {
		t.Fatalf("want both names: %v", texts(ents))
	}
	fromX := 40 + (3*8 + 4) + (6*8 + 4) + (10*8 + 4)
	for _, b := range to.Boxes {
		if b.Right() > fromX {
			t.Errorf("TO field box %v runs into the FROM label at x=%d", b, fromX)
		}
	}
	if d := find(ents, entity.Date); len(d) != 1 || d[0].Text != "3/4/91" {
		t.Errorf("date: %v", texts(ents))
	}
}

func TestCCListOneEntityPerLine(t *testing.T) {
	p := mkPage(
		row(60, 800, "cc:"),
		row(150, 800, "Worvel", "Quint"),
		row(150, 816, "Ilsabet", "Draumann"),
		row(60, 850, "Please", "reply", "by", "Friday."),
	)
	ents := analyze(t, DefaultConfig(), p)
	if withText(ents, "Worvel Quint") == nil || withText(ents, "Ilsabet Draumann") == nil {
		t.Fatalf("cc list names: %v", texts(ents))
	}
	for _, e := range ents {
		if strings.Contains(e.Text, "reply") {
			t.Errorf("text after the list taken: %v", texts(ents))
		}
	}
}

func TestInitialsNames(t *testing.T) {
	p := mkPage(
		row(50, 100, "Meeting", "with", "R.", "B.", "Spell", "and", "J.S.", "Hartwell", "on", "budget"),
		row(50, 130, "PURCHASE", "ORDER"),
		row(50, 160, "Total", "Amount"),
	)
	cfg := DefaultConfig()
	cfg.Labels = false
	ents := analyze(t, cfg, p)
	for _, want := range []string{"R. B. Spell", "J.S. Hartwell"} {
		if e := withText(ents, want); e == nil || e.Type != entity.Person {
			t.Errorf("initials name %q not found: %v", want, texts(ents))
		}
	}
	for _, e := range ents {
		if e.Type == entity.Person && (strings.Contains(e.Text, "ORDER") || strings.Contains(e.Text, "Amount")) {
			t.Errorf("heading flagged as a person: %v", texts(ents))
		}
	}
}

func TestNameHeuristicsUnit(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"Dear Dr. Hollis Kramer,", "Hollis Kramer"},
		{"cc: W. 0. Dorsey", "W. 0. Dorsey"},
		{"Spell, Robert", "Spell, Robert"},
		{"signed: S. HALLORAN", "S. HALLORAN"},
		{"John Smith", "John Smith"},
	}
	for _, c := range cases {
		var got []string
		for _, m := range nameMatches(c.text, 0) {
			if m.Score >= 0.5 {
				got = append(got, c.text[m.Start:m.End])
			}
		}
		ok := false
		for _, g := range got {
			ok = ok || g == c.want
		}
		if !ok {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	for _, neg := range []string{"PURCHASE ORDER", "Total Amount", "Research Department", "Sales Report"} {
		for _, m := range nameMatches(neg, 0) {
			if m.Score >= 0.5 {
				t.Errorf("%q flagged as name %q (%.2f)", neg, neg[m.Start:m.End], m.Score)
			}
		}
	}
}

func TestNERPersonInSentence(t *testing.T) {
	p := mkPage(row(50, 100, "Yesterday", "Marcus", "Holloway", "visited", "the", "plant", "in", "Richmond", "with", "us."))
	cfg := DefaultConfig()
	cfg.NER = true
	cfg.Names, cfg.Labels = false, false
	ents := analyze(t, cfg, p)
	e := withText(ents, "Marcus Holloway")
	if e == nil || e.Type != entity.Person || e.Source != "ner" {
		t.Fatalf("NER person not found: %v", texts(ents))
	}
	if NERLoadTime() <= 0 {
		t.Errorf("NER load time not measured")
	}
}

// fixedRecognizer reports given words as matches of a type with a score;
// it stands for any recognizer whose output the analyzer post-processes.
type fixedRecognizer struct {
	typ   entity.Type
	score float64
	words []string
}

func (f fixedRecognizer) Name() string { return "fixed" }
func (f fixedRecognizer) Recognize(in *Input) []Match {
	var out []Match
	for _, w := range f.words {
		for i := 0; ; {
			k := strings.Index(in.Text[i:], w)
			if k < 0 {
				break
			}
			out = append(out, Match{Type: f.typ, Start: i + k, End: i + k + len(w), Score: f.score})
			i += k + len(w)
		}
	}
	return out
}

func patternOnly() Config {
	cfg := DefaultConfig()
	cfg.NER, cfg.Names, cfg.Labels = false, false, false
	return cfg
}

// fixedOnly is patternOnly with one recognizer, which finds words as typ
// at score.
func fixedOnly(typ entity.Type, score float64, words ...string) Config {
	cfg := patternOnly()
	cfg.Recognizers = []Recognizer{fixedRecognizer{typ: typ, score: score, words: words}}
	return cfg
}

func TestContextBoost(t *testing.T) {
	cfg := fixedOnly(entity.Organization, 0.3, "Quuxbriar")
	// Without context the match stays under the threshold.
	p := mkPage(row(50, 100, "Reference", "Quuxbriar"))
	if ents := analyze(t, cfg, p); len(ents) != 0 {
		t.Fatalf("no context: want nothing, got %v", texts(ents))
	}
	// A context word before it on the line.
	p = mkPage(row(50, 100, "Employer", "Quuxbriar"))
	ents := analyze(t, cfg, p)
	if len(ents) != 1 || ents[0].Type != entity.Organization || !strings.HasSuffix(ents[0].Source, "+context") {
		t.Fatalf("same-line context: got %v", texts(ents))
	}
	sameLine := ents[0].Score
	if sameLine <= 0.5 || sameLine > 0.3+cfg.ContextBoost+1e-9 {
		t.Errorf("boosted score %v outside (0.5, 0.3+boost]", sameLine)
	}
	// Further back on the line counts less.
	p = mkPage(row(50, 100, "Employer", "is", "Quuxbriar"))
	if ents := analyze(t, cfg, p); len(ents) != 1 || ents[0].Score >= sameLine {
		t.Errorf("context two words back: got %v (want a lower score than %v)", texts(ents), sameLine)
	}
	// A context word on the line above.
	p = mkPage(row(50, 100, "Company"), row(50, 116, "Quuxbriar"))
	ents = analyze(t, cfg, p)
	if len(ents) != 1 {
		t.Fatalf("line-above context: got %v", texts(ents))
	}
	if ents[0].Score >= sameLine {
		t.Errorf("context above (%v) should count less than on the same line (%v)", ents[0].Score, sameLine)
	}
	// A context word far above does not count.
	p = mkPage(row(50, 100, "Company"), row(50, 300, "Quuxbriar"))
	if ents := analyze(t, cfg, p); len(ents) != 0 {
		t.Errorf("distant line: got %v", texts(ents))
	}
	// Extra context words from the config.
	cfg.ContextWords = map[entity.Type][]string{entity.Organization: {"carrier"}}
	p = mkPage(row(50, 100, "Carrier", "Quuxbriar"))
	if ents := analyze(t, cfg, p); len(ents) != 1 {
		t.Errorf("configured context word: got %v", texts(ents))
	}
}

func TestThreshold(t *testing.T) {
	cfg := fixedOnly(entity.ID, 0.45, "ZZ-1")
	p := mkPage(row(50, 100, "Ref", "ZZ-1"))
	if ents := analyze(t, cfg, p); len(ents) != 0 {
		t.Errorf("threshold 0.5: want nothing, got %v", texts(ents))
	}
	cfg.Threshold = 0.4
	ents := analyze(t, cfg, p)
	if len(ents) != 1 || ents[0].Score != 0.45 {
		t.Errorf("threshold 0.4: got %v", texts(ents))
	}
}

func TestAllowDenyLists(t *testing.T) {
	p := mkPage(
		row(50, 100, "Name:", "Qorvath", "Zelinski"),
		row(50, 140, "Shipped", "via", "Blue", "Heron", "Freight", "today"),
	)
	cfg := DefaultConfig()
	cfg.DenyList = []string{"organization:blue heron freight", "Shipped"}
	ents := analyze(t, cfg, p)
	if e := withText(ents, "Blue Heron Freight"); e == nil || e.Type != entity.Organization || e.Source != "deny" || e.Score != 1 {
		t.Errorf("typed deny entry: %v", texts(ents))
	}
	if e := withText(ents, "Shipped"); e == nil || e.Type != entity.Person {
		t.Errorf("untyped deny entry should be PERSON: %v", texts(ents))
	}
	cfg.AllowList = []string{" qorvath zelinski "}
	ents = analyze(t, cfg, p)
	if e := withText(ents, "Qorvath Zelinski"); e != nil {
		t.Errorf("allow-listed text reported: %v", texts(ents))
	}
}

// personDatePhonePage holds three entities: a person, a date and a phone
// number, each after its label.
func personDatePhonePage() *doc.Page {
	return mkPage(
		row(50, 100, "TO:", "Brandt", "Kesselring"),
		row(50, 130, "Date:", "12/03/1991"),
		row(50, 160, "Phone:", "(717)", "555-0143"),
	)
}

func TestTypesSwitchedOff(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Types = []entity.Type{entity.Date}
	ents := analyze(t, cfg, personDatePhonePage())
	if len(ents) == 0 {
		t.Fatalf("date not found")
	}
	for _, e := range ents {
		if e.Type != entity.Date {
			t.Errorf("disabled type reported: %v", texts(ents))
		}
	}
}

func TestMergeAdjacentSameType(t *testing.T) {
	cfg := patternOnly()
	cfg.Recognizers = []Recognizer{
		fixedRecognizer{typ: entity.ID, score: 0.7, words: []string{"AB12"}},
		fixedRecognizer{typ: entity.ID, score: 0.6, words: []string{"CD34"}},
	}
	p := mkPage(row(50, 100, "code", "AB12", "CD34", "end"), row(50, 200, "AB12"))
	ents := find(analyze(t, cfg, p), entity.ID)
	if len(ents) != 2 {
		t.Fatalf("want the adjacent pair merged and the lone one apart: %v", texts(ents))
	}
	if ents[0].Text != "AB12 CD34" || len(ents[0].Words) != 2 || len(ents[0].Boxes) != 1 {
		t.Errorf("merged entity: %+v", ents[0])
	}
	if ents[0].Score != 0.7 {
		t.Errorf("merged score %v, want the higher 0.7", ents[0].Score)
	}
}

func TestOverlapHigherScoreWins(t *testing.T) {
	cfg := patternOnly()
	cfg.Recognizers = []Recognizer{
		fixedRecognizer{typ: entity.Organization, score: 0.6, words: []string{"Orrin Vale"}},
		fixedRecognizer{typ: entity.Person, score: 0.8, words: []string{"Vale"}},
	}
	p := mkPage(row(50, 100, "Orrin", "Vale"))
	ents := analyze(t, cfg, p)
	if len(ents) != 1 || ents[0].Type != entity.Person || ents[0].Text != "Vale" {
		t.Errorf("want only the PERSON: %v", texts(ents))
	}
}

func TestTwoLineAddressBoxes(t *testing.T) {
	p := mkPage(
		row(50, 100, "Address:"),
		row(150, 100, "1200", "Quarry", "Lane"),
		row(150, 116, "Dunmore,", "PA", "18512"),
		row(50, 160, "Phone:", "(717)", "555-0143"),
	)
	cfg := DefaultConfig()
	cfg.FieldExtent = false
	ents := analyze(t, cfg, p)
	addr := find(ents, entity.Address)
	if len(addr) != 1 {
		t.Fatalf("want one address entity: %v", texts(ents))
	}
	a := addr[0]
	if a.Text != "1200 Quarry Lane\nDunmore, PA 18512" {
		t.Errorf("address text %q", a.Text)
	}
	if len(a.Boxes) != 2 {
		t.Fatalf("want one box per line, got %v", a.Boxes)
	}
	if a.Boxes[0].Top != 100 || a.Boxes[1].Top != 116 || a.Boxes[0].Left != 150 {
		t.Errorf("line boxes %v", a.Boxes)
	}
	if ph := find(ents, entity.Phone); len(ph) != 1 {
		t.Errorf("phone: %v", texts(ents))
	}
}

func TestStableIDs(t *testing.T) {
	p := personDatePhonePage()
	a, err := NewAnalyzer(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	e1, err := a.Analyze(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	e2, _ := a.Analyze(context.Background(), p)
	if !reflect.DeepEqual(e1, e2) {
		t.Errorf("two runs differ")
	}
	if len(e1) != 3 {
		t.Fatalf("want 3 entities: %v", texts(e1))
	}
	for i, e := range e1 {
		if want := "p2-e" + string(rune('0'+i)); e.ID != want {
			t.Errorf("entity %d id %q, want %q", i, e.ID, want)
		}
	}
	if e1[0].Type != entity.Person || e1[1].Type != entity.Date || e1[2].Type != entity.Phone {
		t.Errorf("order: %v", texts(e1))
	}
}

func TestAnalyzeCancelled(t *testing.T) {
	a, err := NewAnalyzer(patternOnly())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.Analyze(ctx, mkPage(row(0, 0, "x"))); err == nil {
		t.Errorf("cancelled context: want an error")
	}
	if _, err := a.Analyze(context.Background(), nil); err == nil {
		t.Errorf("nil page: want an error")
	}
}

func TestConfigValidation(t *testing.T) {
	bad := []func(*Config){
		func(c *Config) { c.Types = []entity.Type{"PASSPORT_NO"} },
		func(c *Config) { c.Threshold = 0 },
		func(c *Config) { c.Threshold = 1.5 },
		func(c *Config) { c.Region = "XX" },
		func(c *Config) { c.Region = "" },
		func(c *Config) { c.ContextBoost = 1 },
		func(c *Config) { c.DenyList = []string{"PHONE:  "} },
		func(c *Config) { c.AllowList = []string{"..."} },
		func(c *Config) { c.ContextWords = map[entity.Type][]string{"NOPE": {"x"}} },
	}
	for i, f := range bad {
		c := DefaultConfig()
		f(&c)
		if _, err := NewAnalyzer(c); err == nil {
			t.Errorf("case %d: want a validation error", i)
		}
	}
	c := DefaultConfig()
	c.Types = []entity.Type{"phone", "us_ssn"}
	if _, err := NewAnalyzer(c); err != nil {
		t.Errorf("lower-case type names: %v", err)
	}
	c = DefaultConfig()
	c.DenyList = []string{"secret-name-123"}
	c.AllowList = []string{""}
	if _, err := NewAnalyzer(c); err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("error %v must not echo list entries", err)
	}
}

func TestParseDeny(t *testing.T) {
	for in, want := range map[string]denyEntry{
		"PHONE:555-0100": {entity.Phone, "555-0100"},
		"org:Acme":       {},
		"Acme: Widgets":  {entity.Person, "Acme: Widgets"},
		"us_ssn: 1":      {entity.SSN, "1"},
	} {
		if in == "org:Acme" {
			want = denyEntry{entity.Person, "org:Acme"} // "org" is not a type name
		}
		if got := parseDeny(in); got != want {
			t.Errorf("parseDeny(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func TestValueAboveCaption(t *testing.T) {
	// A handwritten value (tall, low confidence) written above its caption.
	p := mkPage(row(80, 700, "APPROVALS"))
	p.Words = append(p.Words,
		doc.Word{Text: "ter", Box: doc.Box{Left: 130, Top: 712, Width: 55, Height: 18}, Conf: 40, Line: 1},
		doc.Word{Text: "Date", Box: doc.Box{Left: 82, Top: 735, Width: 32, Height: 12}, Conf: 91, Line: 2},
		doc.Word{Text: "Quality", Box: doc.Box{Left: 82, Top: 790, Width: 56, Height: 12}, Conf: 93, Line: 3},
	)
	ents := analyze(t, DefaultConfig(), p)
	e := withText(ents, "ter")
	if e == nil || e.Type != entity.Date || !strings.HasPrefix(e.Source, "label:date") {
		t.Fatalf("value above its caption: %v", texts(ents))
	}
	// The same value read with high confidence and print height is not taken.
	p.Words[1].Conf, p.Words[1].Box.Height = 95, 12
	if e := withText(analyze(t, DefaultConfig(), p), "ter"); e != nil {
		t.Errorf("printed text above a caption taken as its value")
	}
}

func TestGarbledLabel(t *testing.T) {
	mk := func(label string, conf float64) *doc.Page {
		// The value is handwriting read as noise: only the label can type it.
		p := mkPage(row(50, 100, label), row(150, 100, "Sl7-B7"))
		p.Words[0].Conf, p.Words[1].Conf = conf, 30
		return p
	}
	// "cate:" read with low confidence is "Date:".
	ents := analyze(t, DefaultConfig(), mk("cate:", 40))
	if e := find(ents, entity.Date); len(e) != 1 || !strings.HasPrefix(e[0].Source, "label:date") {
		t.Fatalf("garbled label: %v", texts(ents))
	}
	fuzzy := find(ents, entity.Date)[0].Score
	clean := find(analyze(t, DefaultConfig(), mk("Date:", 95)), entity.Date)
	if len(clean) != 1 || clean[0].Score <= fuzzy {
		t.Errorf("a clean label should score above a corrected one: %v vs %v", texts(clean), fuzzy)
	}
	// "fo" for "to": an "f" is read for a "t".
	bill := mkPage(row(50, 100, "Bill", "fo:", "Aroha", "Tipene"))
	bill.Words[1].Conf = 70
	if e := find(analyze(t, DefaultConfig(), bill), entity.Person); len(e) != 1 || e[0].Source != "label:bill to" {
		t.Errorf("\"Bill fo:\" read as no bill-to label: %v", texts(analyze(t, DefaultConfig(), bill)))
	}
	// The same word read confidently is not corrected.
	for _, e := range analyze(t, DefaultConfig(), mk("cate:", 95)) {
		if strings.HasPrefix(e.Source, "label:date") {
			t.Errorf("confident word corrected: %v", e.Source)
		}
	}
}

// A poorly read field is asked for again; once the OCR stage has appended
// the new reading and named the words it superseded, detection finds the
// value on the new words and leaves the superseded ones out.
func TestFieldRegionsAndAnalyzeExcept(t *testing.T) {
	p := mkPage(row(50, 100, "Name:"), row(50, 140, "Phone:", "(717)", "555-0143"))
	// The OCR read the name field as noise.
	p.Words = append(p.Words, doc.Word{Text: "~;", Box: doc.Box{Left: 110, Top: 100, Width: 30, Height: 12}, Conf: 12, Line: 9})
	noise := len(p.Words) - 1
	a, err := NewAnalyzer(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	regions := a.FieldRegions(p)
	if len(regions) != 1 {
		t.Fatalf("want one field to re-read (the name), got %v", regions)
	}
	r := regions[0]
	if r.Min.X > 110 || r.Max.X < 140 || r.Min.Y > 100 || r.Max.Y < 112 {
		t.Errorf("field region %v does not hold the noisy value", r)
	}
	n := len(p.Words)
	p.Words = append(p.Words,
		doc.Word{Text: "Quennell", Box: doc.Box{Left: 108, Top: 100, Width: 64, Height: 12}, Conf: 88, Pass: "field"},
		doc.Word{Text: "Ashbury", Box: doc.Box{Left: 176, Top: 100, Width: 56, Height: 12}, Conf: 86, Pass: "field"},
	)
	ents, err := a.AnalyzeExcept(context.Background(), p, map[int]bool{noise: true})
	if err != nil {
		t.Fatal(err)
	}
	e := withText(ents, "Quennell Ashbury")
	if e == nil || e.Type != entity.Person {
		t.Fatalf("re-read name not found: %v", texts(ents))
	}
	for _, w := range e.Words {
		if w < n {
			t.Errorf("entity uses page word %d, not the re-read", w)
		}
	}
	for _, e := range ents {
		for _, w := range e.Words {
			if w == noise {
				t.Errorf("entity %q uses the superseded word", e.Text)
			}
		}
	}
	// Nothing superseded is Analyze.
	p2 := mkPage(row(50, 100, "Date:", "3/4/91"))
	e1, _ := a.AnalyzeExcept(context.Background(), p2, nil)
	e2, _ := a.Analyze(context.Background(), p2)
	if !reflect.DeepEqual(e1, e2) {
		t.Errorf("AnalyzeExcept with nothing superseded differs from Analyze")
	}
}

func TestNameExpansionAndAddresses(t *testing.T) {
	p := mkPage(
		row(50, 100, "Meeting", "with", "Mr.", "D.", "M.", "Pruitt,", "Jr.", "today"),
		row(50, 140, "Send", "to", "418", "Bellhaven", "Avenue"),
		row(100, 156, "New", "York,", "NY", "10036"),
		row(50, 200, "Suite", "2", "Dr.", "Quimby"),
	)
	cfg := DefaultConfig()
	cfg.Labels = false
	ents := analyze(t, cfg, p)
	// The title is no personal data: it stays out of the span.
	if e := withText(ents, "D. M. Pruitt, Jr."); e == nil || e.Type != entity.Person {
		t.Errorf("initials and suffix should join the name, the title not: %v", texts(ents))
	}
	addr := find(ents, entity.Address)
	if len(addr) != 1 || addr[0].Text != "418 Bellhaven Avenue\nNew York, NY 10036" || len(addr[0].Boxes) != 2 {
		t.Errorf("two-line street address: %v", texts(ents))
	}
	for _, e := range addr {
		if strings.Contains(e.Text, "Dr.") {
			t.Errorf("number + title taken as a street: %v", texts(ents))
		}
	}
}

func TestConcurrentAnalyze(t *testing.T) {
	a, err := NewAnalyzer(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	p := mkPage(
		row(50, 100, "TO:", "Brandt", "Kesselring"),
		row(50, 130, "Date:", "12/03/1991"),
		row(50, 160, "Yesterday", "Marcus", "Holloway", "called."),
	)
	want, err := a.Analyze(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			got, err := a.Analyze(context.Background(), p)
			if err == nil && !reflect.DeepEqual(got, want) {
				err = fmt.Errorf("concurrent result differs")
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestPersonsNotJoinedAcrossConjunction(t *testing.T) {
	p := mkPage(row(50, 100, "Meeting", "with", "Andy", "Pelcher", "and", "Rob", "Tamsin", "today."))
	ents := analyze(t, DefaultConfig(), p)
	if len(find(ents, entity.Person)) == 0 {
		t.Fatalf("no person found: %v", texts(ents))
	}
	for _, e := range ents {
		if strings.Contains(e.Text, " and ") {
			t.Errorf("two people joined into one entity: %v", texts(ents))
		}
	}
	for _, w := range []string{"and", "&", "v."} {
		if !splitsName(w) {
			t.Errorf("%q should split names", w)
		}
	}
	for _, w := range []string{"van", "de", "Smith"} {
		if splitsName(w) {
			t.Errorf("%q should not split names", w)
		}
	}
}

func TestNotInitials(t *testing.T) {
	for _, s := range []string{"Washington, D.C.", "P.O. Box 4862", "P. O. Box 12"} {
		for _, m := range nameMatches(s, 0) {
			if m.Score >= 0.5 {
				t.Errorf("%q: %q taken as a name", s, s[m.Start:m.End])
			}
		}
	}
	for _, m := range nameMatches("Mr, Fred Smith", 0) {
		if m.Source == "names:last-first" {
			t.Errorf("title taken as a surname: %q", "Mr, Fred Smith"[m.Start:m.End])
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	var lines [][]tw
	for i := 0; i < 30; i++ {
		y := 40 + 30*i
		switch i % 5 {
		case 0:
			lines = append(lines, row(40, y, "Date:", "12/03/1991", "Project", "No.", "1987-113"))
		case 1:
			lines = append(lines, row(40, y, "TO:", "Brandt", "Kesselring", "FROM:", "R.", "B.", "Spell"))
		case 2:
			lines = append(lines, row(40, y, "Please", "call", "Marcus", "Holloway", "at", "(717)", "555-0143", "about", "the", "order."))
		case 3:
			lines = append(lines, row(40, y, "Total", "Amount", "$1,200.00", "Account", "Name:", "Capri"))
		default:
			lines = append(lines, row(40, y, "418", "Bellhaven", "Avenue,", "New", "York,", "NY", "10036"))
		}
	}
	p := mkPage(lines...)
	a, err := NewAnalyzer(DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := a.Analyze(context.Background(), p); err != nil {
			b.Fatal(err)
		}
	}
}

func TestShortCorrectedLabelNeedsColon(t *testing.T) {
	mk := func(label string) *doc.Page {
		p := mkPage(row(50, 100, label), row(150, 100, "Tolland", "Vexby"))
		p.Words[0].Conf = 50
		return p
	}
	// "eo" off a seal must not become a "cc" label typing its neighbours.
	for _, e := range analyze(t, DefaultConfig(), mk("eo")) {
		if strings.HasPrefix(e.Source, "label:") {
			t.Errorf("noise became a label: %s %q", e.Source, e.Text)
		}
	}
	// With its colon, a misread "cc:" still is one.
	if e := find(analyze(t, DefaultConfig(), mk("ce:")), entity.Person); len(e) != 1 || !strings.HasPrefix(e[0].Source, "label:") {
		t.Errorf("\"ce:\" not read as a cc: label: %v", texts(analyze(t, DefaultConfig(), mk("ce:"))))
	}
}

// TestDictionaryWordCorrectedToALabelNeedsColon keeps a word of a
// dictionary that OCR read unsure of (German "Miete", rent, on a
// statement's row) from becoming the label one letter away ("Mieter",
// tenant) that would take the row's rest as its field; before a colon
// the correction stands.
func TestDictionaryWordCorrectedToALabelNeedsColon(t *testing.T) {
	labels := func(label string) []string {
		p := mkPage(row(50, 100, label, "Sabine", "Keller"))
		p.Words[0].Conf = 50
		var out []string
		for _, m := range (LabelRecognizer{}).Recognize(NewInput(p)) {
			out = append(out, m.Source)
		}
		return out
	}
	if got := labels("Miete"); len(got) != 0 {
		t.Errorf("a dictionary word became a label: %v", got)
	}
	if got := labels("Miete:"); !slices.Contains(got, "label:mieter") {
		t.Errorf("\"Miete:\" not read as the label \"Mieter:\": %v", got)
	}
}

// TestNoPersonWithoutLetters keeps a mark OCR read after a name's label
// (a box's edge as "~" after "Nom") from becoming a person.
func TestNoPersonWithoutLetters(t *testing.T) {
	p := mkPage(row(100, 100, "Nom", "~", "|", "[Prénom", "|"), row(100, 140, "Roux", ".", "Amande"))
	p.Words[1].Box.Top, p.Words[1].Box.Height, p.Words[1].Conf = 90, 37, 30
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		if letterCount(e.Text) < 2 && len(e.Text) > 0 {
			t.Errorf("a person without letters: %q (%s)", e.Text, e.Source)
		}
	}
}

// TestValuesOfTwoColumnsStayApart keeps the values under "BILL TO" and
// "SHIP TO" apart: one name per column, and no address that runs from
// one column's line into the other column's next line.
func TestValuesOfTwoColumnsStayApart(t *testing.T) {
	page := columnTestPage("BILL TO                             SHIP TO\n" +
		"Hannah Kowalczyk                    Hannah Kowalczyk\n" +
		"77 Birchwood Terrace                2301 Fish Hatchery Rd, Unit 14\n" +
		"Madison, WI 53711                   Fitchburg, WI 53713")
	ents := analyze(t, DefaultConfig(), page)
	if got := find(ents, entity.Person); len(got) != 2 {
		t.Errorf("persons %v, want one per column", got)
	}
	for _, e := range find(ents, entity.Address) {
		if strings.Contains(e.Text, "Hatchery") && strings.Contains(e.Text, "Madison") {
			t.Errorf("address %q runs across the columns", e.Text)
		}
	}
}

// TestBoxEdgeOfAFieldReadAgain: a label word that the field's second
// reading appended to the page after its value ("No.}" re-read after
// "5821 4490 3172") still marks the value beside it on its row.
func TestBoxEdgeOfAFieldReadAgain(t *testing.T) {
	w := func(text string, left, top, line int, pass string) doc.Word {
		return doc.Word{Text: text, Box: doc.Box{Left: left, Top: top, Width: 10 * len(text), Height: 16}, Line: line, Conf: 90, Pass: pass}
	}
	p := &doc.Page{Width: 800, Height: 300, Words: []doc.Word{
		w("Aadhaar", 100, 100, 1, doc.PassPage),
		w("Mobile:", 100, 140, 2, doc.PassPage),
		w("98110", 180, 140, 2, doc.PassPage),
		w("5821", 250, 100, 9, doc.PassField),
		w("4490", 300, 100, 9, doc.PassField),
		w("3172", 350, 100, 9, doc.PassField),
		w("No.}", 190, 100, 10, doc.PassField),
	}}
	got := find(analyze(t, DefaultConfig(), p), entity.ID)
	if len(got) != 1 || got[0].Text != "5821 4490 3172" {
		t.Errorf("IDs %v, want only 5821 4490 3172", got)
	}
}

// TestTitleReadAmissBeforeALabelsName: a short word with a period read
// unsure before a label's name is a title read amiss ("Dita." for "Dña."),
// which stays; the name after it is the value.
func TestTitleReadAmissBeforeALabelsName(t *testing.T) {
	p := mkPage(row(50, 100, "Cliente:", "Dita.", "Inmaculada", "Ferrer", "Bosch"))
	p.Words[1].Conf = 31
	got := find(analyze(t, DefaultConfig(), p), entity.Person)
	if len(got) != 1 || got[0].Text != "Inmaculada Ferrer Bosch" {
		t.Fatalf("persons: %+v", got)
	}
}

// wordPages are pages of word boxes as OCR read them, and the entity of
// its type that the analyzer must find on each (wordPageCase).
var wordPages = []wordPageCase{
	// A dot's speck on a label's row, between its colon and its value, does
	// not make the value a row of its own: the speck is matched, the value
	// against the label ("DNI: . 41839257" as OCR read a scanned bill).
	{"SpeckDoesNotPartARow", entity.ID, "41839257", []doc.Word{
		{Text: "Titular:", Conf: 97, Box: doc.Box{Left: 111, Top: 372, Width: 92, Height: 33}},
		{Text: "ROSA", Conf: 97, Box: doc.Box{Left: 470, Top: 377, Width: 72, Height: 19}},
		{Text: "DNI:", Conf: 93, Line: 1, Box: doc.Box{Left: 112, Top: 404, Width: 57, Height: 40}},
		{Text: ".", Line: 1, Box: doc.Box{Left: 286, Top: 407, Width: 3, Height: 3}},
		{Text: "41839257", Conf: 96, Line: 1, Box: doc.Box{Left: 469, Top: 415, Width: 124, Height: 19}},
	}},
	// A name under a name part's column head, a speck read as a colon after
	// it, is the head's value ("Middle Name" over "Soledad:"), no label.
	{"NameUnderItsHeadWithASpecksColon", entity.Person, "Soledad", []doc.Word{
		{Text: "Legal", Conf: 96, Box: doc.Box{Left: 480, Top: 367, Width: 68, Height: 22}},
		{Text: "First", Conf: 96, Box: doc.Box{Left: 561, Top: 365, Width: 72, Height: 19}},
		{Text: "Name", Conf: 93, Box: doc.Box{Left: 652, Top: 367, Width: 54, Height: 16}},
		{Text: "Middle", Conf: 93, Box: doc.Box{Left: 806, Top: 365, Width: 83, Height: 17}},
		{Text: "Name", Conf: 97, Box: doc.Box{Left: 907, Top: 365, Width: 54, Height: 17}},
		{Text: "Amaya", Conf: 97, Line: 1, Box: doc.Box{Left: 474, Top: 400, Width: 75, Height: 30}},
		{Text: "Soledad:", Conf: 87, Line: 1, Box: doc.Box{Left: 805, Top: 400, Width: 108, Height: 18}},
	}},
	// A label that a field's second reading read apart from its row, a speck
	// between it and its value, still labels the value ("Placa:" read again,
	// then "~ PDA-4872").
	{"SpeckAfterALabelReadAgain", entity.ID, "PDA-4872", []doc.Word{
		{Text: "Marca", Conf: 90, Block: 2, Box: doc.Box{Left: 109, Top: 743, Width: 83, Height: 30}},
		{Text: "Chevrolet", Conf: 96, Block: 2, Box: doc.Box{Left: 383, Top: 741, Width: 128, Height: 30}},
		{Text: "~", Conf: 28, Block: 3, Line: 1, Box: doc.Box{Left: 230, Top: 782, Width: 3, Height: 3}},
		{Text: "PDA-4872", Conf: 92, Block: 3, Line: 1, Box: doc.Box{Left: 383, Top: 781, Width: 129, Height: 19}},
		{Text: "Placa:", Conf: 96, Block: 9, Line: 9, Pass: doc.PassField, Box: doc.Box{Left: 109, Top: 781, Width: 77, Height: 22}},
	}},
	// A label, a speck and the value's first word after them, the label and
	// the speck read again as a field of their own ("National ‘No.: °" read
	// apart from "9861047385"): the speck no longer parts them.
	{"FieldSpeckBeforeAPageValue", entity.ID, "9861047385", []doc.Word{
		{Text: "9861047385", Conf: 96, Block: 3, Line: 6, Box: doc.Box{Left: 395, Top: 375, Width: 155, Height: 20}},
		{Text: "Date", Conf: 96, Block: 3, Line: 6, Box: doc.Box{Left: 954, Top: 379, Width: 55, Height: 18}},
		{Text: "National", Conf: 70, Block: 9, Line: 9, Pass: doc.PassField, Box: doc.Box{Left: 116, Top: 371, Width: 94, Height: 24}},
		{Text: "‘No.:", Conf: 45, Block: 9, Line: 9, Pass: doc.PassField, Box: doc.Box{Left: 223, Top: 372, Width: 50, Height: 23}},
		{Text: "°", Conf: 34, Block: 9, Line: 9, Pass: doc.PassField, Box: doc.Box{Left: 289, Top: 376, Width: 2, Height: 2}},
	}},
	// A row of specks alone between a row of values and its columns' heads
	// holds no cell: reading the columns goes past it.
	{"ColumnsPastARowOfSpecks", entity.Person, "Tamar", []doc.Word{
		{Text: "APPLICANT", Conf: 96, Box: doc.Box{Left: 547, Top: 329, Width: 129, Height: 19}},
		{Text: "SPOUSE", Conf: 96, Box: doc.Box{Left: 1039, Top: 332, Width: 120, Height: 19}},
		{Text: ".", Conf: 20, Line: 1, Box: doc.Box{Left: 700, Top: 366, Width: 2, Height: 2}},
		{Text: "Name:", Conf: 97, Line: 2, Box: doc.Box{Left: 116, Top: 401, Width: 70, Height: 19}},
		{Text: "Giorgi", Conf: 90, Line: 2, Box: doc.Box{Left: 547, Top: 401, Width: 90, Height: 19}},
		{Text: "Tamar", Conf: 96, Line: 2, Box: doc.Box{Left: 1037, Top: 404, Width: 71, Height: 19}},
	}},
	// A folio's rows under its heading, specks between labels and values
	// ("Guest Name : KANZAKI Shiori (Ms)"): reading a value under a label
	// meets a label before any word of the value (it panicked there).
	{"AFoliosRowsWithSpecks", entity.Person, "OGASAWARA Ryunosuke", []doc.Word{
		{Text: "GUEST", Conf: 96, Block: 3, Line: 6, Box: doc.Box{Left: 723, Top: 265, Width: 85, Height: 18}},
		{Text: "FOLIO", Conf: 96, Block: 3, Line: 6, Box: doc.Box{Left: 816, Top: 266, Width: 73, Height: 18}},
		{Text: "Guest", Conf: 97, Block: 3, Line: 7, Box: doc.Box{Left: 118, Top: 335, Width: 66, Height: 18}},
		{Text: "Name", Conf: 96, Block: 3, Line: 7, Box: doc.Box{Left: 193, Top: 336, Width: 63, Height: 17}},
		{Text: ":", Conf: 78, Block: 3, Line: 7, Box: doc.Box{Left: 336, Top: 340, Width: 3, Height: 14}},
		{Text: "KANZAKI", Conf: 88, Block: 3, Line: 7, Box: doc.Box{Left: 350, Top: 337, Width: 103, Height: 18}},
		{Text: "Shiori", Conf: 92, Block: 3, Line: 7, Box: doc.Box{Left: 463, Top: 337, Width: 61, Height: 19}},
		{Text: "(Ms)", Conf: 90, Block: 3, Line: 7, Box: doc.Box{Left: 534, Top: 312, Width: 54, Height: 49}},
		{Text: ".", Conf: 11, Block: 3, Line: 7, Box: doc.Box{Left: 656, Top: 346, Width: 3, Height: 3}},
		{Text: ".", Conf: 7, Block: 3, Line: 7, Box: doc.Box{Left: 840, Top: 349, Width: 2, Height: 2}},
		{Text: "Room", Conf: 96, Block: 3, Line: 7, Box: doc.Box{Left: 972, Top: 338, Width: 62, Height: 22}},
		{Text: "No.", Conf: 97, Block: 3, Line: 7, Box: doc.Box{Left: 1045, Top: 343, Width: 35, Height: 17}},
		{Text: "Companion", Conf: 96, Block: 3, Line: 8, Box: doc.Box{Left: 118, Top: 360, Width: 125, Height: 39}},
		{Text: ":", Conf: 6, Block: 3, Line: 8, Box: doc.Box{Left: 333, Top: 364, Width: 5, Height: 27}},
		{Text: "OGASAWARA", Conf: 97, Block: 3, Line: 8, Box: doc.Box{Left: 349, Top: 374, Width: 160, Height: 18}},
		{Text: "Ryunosuke", Conf: 92, Block: 3, Line: 8, Box: doc.Box{Left: 517, Top: 375, Width: 123, Height: 23}},
		{Text: "(Mr.)", Conf: 77, Block: 3, Line: 8, Box: doc.Box{Left: 649, Top: 362, Width: 49, Height: 42}},
		{Text: "Room", Conf: 97, Block: 3, Line: 8, Box: doc.Box{Left: 970, Top: 379, Width: 64, Height: 26}},
		{Text: "Type", Conf: 96, Block: 3, Line: 8, Box: doc.Box{Left: 1043, Top: 380, Width: 53, Height: 22}},
		{Text: ":", Conf: 90, Block: 3, Line: 8, Box: doc.Box{Left: 1188, Top: 384, Width: 3, Height: 14}},
		{Text: "Deluxe", Conf: 97, Block: 3, Line: 8, Box: doc.Box{Left: 1201, Top: 380, Width: 76, Height: 22}},
		{Text: "Twin", Conf: 97, Block: 3, Line: 8, Box: doc.Box{Left: 1285, Top: 381, Width: 49, Height: 18}},
		{Text: "Address", Conf: 97, Block: 3, Line: 9, Box: doc.Box{Left: 116, Top: 409, Width: 91, Height: 19}},
		{Text: ":", Conf: 70, Block: 3, Line: 9, Box: doc.Box{Left: 335, Top: 415, Width: 3, Height: 14}},
		{Text: "2-18-5", Conf: 89, Block: 3, Line: 9, Box: doc.Box{Left: 348, Top: 412, Width: 70, Height: 18}},
		{Text: "Honcho,", Conf: 93, Block: 3, Line: 9, Box: doc.Box{Left: 428, Top: 412, Width: 89, Height: 21}},
		{Text: "Nakano-ku", Conf: 92, Block: 3, Line: 9, Box: doc.Box{Left: 528, Top: 413, Width: 118, Height: 19}},
		{Text: ":", Conf: 9, Block: 3, Line: 9, Box: doc.Box{Left: 722, Top: 408, Width: 2, Height: 2}},
		{Text: "No.", Conf: 97, Block: 3, Line: 9, Box: doc.Box{Left: 971, Top: 417, Width: 34, Height: 18}},
		{Text: "of", Conf: 97, Block: 3, Line: 9, Box: doc.Box{Left: 1015, Top: 417, Width: 20, Height: 18}},
		{Text: "Guests", Conf: 93, Block: 3, Line: 9, Box: doc.Box{Left: 1043, Top: 418, Width: 78, Height: 27}},
		{Text: "2", Conf: 97, Block: 3, Line: 9, Box: doc.Box{Left: 1143, Top: 418, Width: 12, Height: 18}},
		{Text: ":612", Conf: 66, Block: 9, Line: 99, Pass: doc.PassField, Box: doc.Box{Left: 1189, Top: 344, Width: 52, Height: 18}},
	}},
}

// wordPageCase is a page of word boxes and the text of an entity of type
// typ that must be found on it.
type wordPageCase struct {
	name  string
	typ   entity.Type
	want  string
	words []doc.Word
}

func TestWordPages(t *testing.T) {
	for _, c := range wordPages {
		t.Run(c.name, func(t *testing.T) {
			p := &doc.Page{Width: 1654, Height: 2339, Words: c.words}
			if withText(find(analyze(t, DefaultConfig(), p), c.typ), c.want) == nil {
				t.Errorf("%s %q not found", c.typ, c.want)
			}
		})
	}
}

// TestUnsurePlusReadForASpacedColon reads a plus sign that OCR hardly
// believes, standing alone after a label, as the label's colon: the
// number after it is the label's, not a guest's name "PAN". A plus before
// a country code stays the phone's.
func TestUnsurePlusReadForASpacedColon(t *testing.T) {
	page := func(value ...string) *doc.Page {
		p := mkPage(append(row(114, 470, "Guest", "PAN"), row(367, 470, value...)...))
		plus := doc.Word{Text: "+", Box: doc.Box{Left: 325, Top: 473, Width: 20, Height: 15}, Conf: 13}
		p.Words = append(p.Words[:2:2], append([]doc.Word{plus}, p.Words[2:]...)...)
		return p
	}
	ents := analyze(t, DefaultConfig(), page("109482736"))
	if ids := find(ents, entity.ID); len(ids) != 1 || ids[0].Text != "109482736" {
		t.Errorf("IDs: got %q, want the number after the label", texts(ents))
	}
	if ps := find(ents, entity.Person); len(ps) != 0 {
		t.Errorf("persons: got %q, want none", texts(ents))
	}
	ents = analyze(t, DefaultConfig(), page("977", "9851042716"))
	if ph := find(ents, entity.Phone); len(ph) != 1 || !strings.HasPrefix(ph[0].Text, "+") {
		t.Errorf("phones: got %q, want the number with its plus", texts(ents))
	}
}

// TestDotSizedDashIsASpeck drops a dash of a dot's size between a label's
// colon and its value: a speck, not a dash that stands for an empty field.
func TestDotSizedDashIsASpeck(t *testing.T) {
	page := func(dashWidth int) *doc.Page {
		p := mkPage(row(109, 605, "Patiëntnummer:"), row(373, 604, "4718302"), row(109, 640, "Opname", "via", "de", "SEH"))
		dash := doc.Word{Text: "-", Box: doc.Box{Left: 327, Top: 612, Width: dashWidth, Height: 3}, Conf: 81}
		p.Words = append(p.Words[:1:1], append([]doc.Word{dash}, p.Words[1:]...)...)
		return p
	}
	if ids := find(analyze(t, DefaultConfig(), page(2)), entity.ID); len(ids) != 1 || ids[0].Text != "4718302" {
		t.Errorf("IDs after a dot-sized dash: %q, want the number", texts(ids))
	}
	if ids := find(analyze(t, DefaultConfig(), page(12)), entity.ID); len(ids) != 0 {
		t.Errorf("IDs after a printed dash: %q, want none (the field is empty)", texts(ids))
	}
	for _, dash := range []string{"—", "–"} {
		w := doc.Word{Text: dash, Box: doc.Box{Left: 327, Top: 612, Width: 2, Height: 2}}
		if !dotDash(w, 18) {
			t.Errorf("a dot-sized %q is no speck", dash)
		}
	}
}

// TestDotSizedDashBetweenNamesStays keeps a small font's hyphen between a
// firm's names ("Gutkowski - Mohr-Dibbert", 2 px wide): a dash of a dot's
// size is a speck only apart from the words around it.
func TestDotSizedDashBetweenNamesStays(t *testing.T) {
	ws := []doc.Word{
		{Text: "Gutkowski", Box: doc.Box{Left: 378, Top: 619, Width: 84, Height: 13}, Conf: 87, Line: 1},
		{Text: "-", Box: doc.Box{Left: 471, Top: 625, Width: 2, Height: 3}, Conf: 92, Line: 1},
		{Text: "Mohr-Dibbert", Box: doc.Box{Left: 480, Top: 617, Width: 110, Height: 14}, Conf: 67, Line: 1},
	}
	if !dotDash(ws[1], 14) || !hyphenBetween(ws, 1, 14) {
		t.Error("a hyphen between names read as a speck")
	}
	ws[2].Box.Left = 560
	if hyphenBetween(ws, 1, 14) {
		t.Error("a dot-sized dash far from the next word kept as a hyphen")
	}
}

// TestDotSizedDashAfterAHeadIsASpeck drops a dash of a dot's size that
// stands apart after a column's head ("NAME -"): the name under the head
// is found whole.
func TestDotSizedDashAfterAHeadIsASpeck(t *testing.T) {
	p := mkPage(
		append(row(105, 271, "NAME"), row(1004, 264, "DATE", "OF", "BIRTH")...),
		append(row(105, 307, "Chimwemwe", "Tadala", "Kapalamula-Nyirenda"), row(1006, 300, "14/06/1991")...),
	)
	p.Words = append(p.Words, doc.Word{Text: "-", Box: doc.Box{Left: 152, Top: 276, Width: 2, Height: 2}, Conf: 71, Line: 0})
	ps := find(analyze(t, DefaultConfig(), p), entity.Person)
	if len(ps) != 1 || ps[0].Text != "Chimwemwe Tadala Kapalamula-Nyirenda" {
		t.Errorf("persons: %q, want the whole name", texts(ps))
	}
}

// TestFieldExtentLeavesAnUnreadColon starts a printed value's field extent
// at the value, not at its label, when OCR did not read the label's colon:
// the colon stands in the gap ("Server  : Nurul Ain") and stays.
func TestFieldExtentLeavesAnUnreadColon(t *testing.T) {
	p := mkPage(append(row(113, 100, "Server"), row(280, 100, "Nurul", "Ain")...))
	e := withText(analyze(t, DefaultConfig(), p), "Nurul Ain")
	if e == nil || len(e.Boxes) < 2 {
		t.Fatalf("value or its field extent not found: %v", e)
	}
	if ext := e.Boxes[1]; ext.Left < 270 {
		t.Errorf("field extent %v reaches back over the label's colon", ext)
	}
}

// A speck's mark glued before a word is dropped before a capitalised word
// or a long number, and before anything OCR was unsure of; a sure word
// keeps its mark.
func TestSpeckBeforeWord(t *testing.T) {
	for _, c := range []struct {
		text string
		conf float64
		want string
	}{
		{".Hochfelder", 96, "Hochfelder"},
		{"-80380000500418273956", 87, "80380000500418273956"},
		{"*1,", 0, "1,"},
		{"‘Couleur", 54, ""},
		{"-15", 96, ""},
		{"*1,", 90, ""},
		{"--", 10, ""},
		{"..Word", 10, ""},
	} {
		got, ok := speckBeforeWord(c.text, c.conf)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("speckBeforeWord(%q, %v) = %q, want %q", c.text, c.conf, got, c.want)
		}
	}
}

// Two letters that OCR hardly believes, between two columns' labels of
// a receipt's sign-off row, are noise: no name of the buyer's label.
func TestNoiseOfTwoUnsureLetters(t *testing.T) {
	w := func(text string, left int, conf float64) doc.Word {
		return doc.Word{Text: text, Conf: conf, Line: 1, Pass: doc.PassPage, Box: doc.Box{Left: left, Top: 1500, Width: 60, Height: 28}}
	}
	page := &doc.Page{Width: 1400, Height: 2000, Words: []doc.Word{
		w("Nguoi", 251, 64), w("mua", 346, 96), w("hang", 416, 97), w("oe", 789, 4),
		w("Nguoi", 980, 60), w("ban", 1075, 96), w("hang", 1137, 97),
	}}
	if ps := find(analyze(t, DefaultConfig(), page), entity.Person); len(ps) != 0 {
		t.Errorf("persons %v, want none", texts(ps))
	}
}
