package evaluate

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func box(x, y, w, h int) doc.Box { return doc.Box{Left: x, Top: y, Width: w, Height: h} }

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// A FUNSD page: a question word ("Name:") next to its answer (a labelled
// PERSON), a header and another word. The detector flags the question and
// the answer; the question word counts as a flagged field label.
func TestFUNSDQuestionInsideFlagCounts(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pii.json"),
		`{"testing_data/images/p.png":[{"type":"PERSON","text":"Ann","box":[60,0,90,10],"words":[{"text":"Ann","box":[60,0,90,10]}]}]}`)
	writeFile(t, filepath.Join(dir, "testing_data/annotations/p.json"), `{"form":[
		{"id":0,"label":"question","text":"Name:","box":[0,0,50,10],"words":[{"text":"Name:","box":[0,0,50,10]}],"linking":[]},
		{"id":1,"label":"answer","text":"Ann","box":[60,0,90,10],"words":[{"text":"Ann","box":[60,0,90,10]}],"linking":[]},
		{"id":2,"label":"header","text":"FORM","box":[0,50,40,60],"words":[{"text":"FORM","box":[0,50,40,60]}],"linking":[]},
		{"id":3,"label":"question","text":"Date:","box":[0,20,50,30],"words":[{"text":"Date:","box":[0,20,50,30]}],"linking":[]}]}`)
	set, err := OpenSet(dir, filepath.Join(dir, "pii.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := set.Page("testing_data/images/p.png")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Words) != 4 || p.Words[0].Role != RoleLabel || p.Words[2].Role != RoleHeader || p.Kind != "" {
		t.Fatalf("page %+v", p)
	}
	s := NewDetectScore()
	// One PERSON box over "Name: Ann"; 30% of "Date:" under a second box
	// does not flag it.
	s.Add(p, []Flag{{Type: "PERSON", Box: box(0, 0, 90, 10)}, {Type: "DATE", Box: box(0, 20, 15, 10)}})
	f := s.Flags
	if c := f.Roles[RoleLabel]; c.Found != 1 || c.Total != 2 {
		t.Errorf("label words flagged %d/%d, want 1/2", c.Found, c.Total)
	}
	if c := f.Roles[RoleHeader]; c.Found != 0 || c.Total != 1 {
		t.Errorf("header words flagged %d/%d, want 0/1", c.Found, c.Total)
	}
	if f.All.Recall != (Count{1, 1}) || f.All.Precision != (Count{1, 2}) || f.All.Protected != (Count{1, 3}) {
		t.Errorf("all %+v", f.All)
	}
	if got := f.Types["PERSON"].Precision; got != (Count{1, 2}) {
		t.Errorf("PERSON precision %+v", got)
	}
	if _, ok := f.Types["DATE"]; ok {
		t.Errorf("DATE flagged no word but has a tally %+v", f.Types["DATE"])
	}
	fig := s.Figures()
	want := map[string]float64{"flagged_label": 0.5, "flagged_header": 0, "precision": 0.5, "recall": 1,
		"precision_person": 0.5, "recall_person": 1, "flagged_share": 0.5, "flagged_protected": 1.0 / 3}
	for k, v := range want {
		if got, ok := fig[k]; !ok || !near(got, v) {
			t.Errorf("figure %s = %v (present %v), want %v", k, got, ok, v)
		}
	}
	var out bytes.Buffer
	s.Print(&out)
	if !strings.Contains(out.String(), "precision = flagged words that are labelled personal data (role pii, or >= 50% of the box inside") ||
		!strings.Contains(out.String(), "label                 1        2    0.500") {
		t.Errorf("printed:\n%s", out.String())
	}
}

// Two corpus pages of different kinds and countries, read from words.json:
// precision, recall and protected words per kind and per country.
func TestCorpusPrecisionPerKind(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pii.json"), `{
		"images/receipt-DE-00000.png":[{"type":"PHONE","text":"0301","box":[0,0,20,10],"words":[{"text":"0301","box":[0,0,20,10]}]}],
		"images/letter-FR-00001.png":[{"type":"PERSON","text":"Luc Roy","box":[0,0,50,10],"words":[{"text":"Luc","box":[0,0,20,10]},{"text":"Roy","box":[30,0,20,10]}]},
			{"type":"AGE","text":"46","box":[0,40,8,50],"words":[{"text":"46","box":[0,40,8,50]}]}]}`)
	writeFile(t, filepath.Join(dir, "words.json"), `{
		"images/receipt-DE-00000.png":{"kind":"receipt","country":"DE","words":[
			{"text":"0301","box":[0,0,20,10],"role":"pii"},{"text":"Tel:","box":[0,20,20,30],"role":"label"},
			{"text":"9.99","box":[0,40,20,50],"role":"other"},{"text":"Thanks","box":[0,60,20,70],"role":"prose"}]},
		"images/letter-FR-00001.png":{"kind":"letter","country":"FR","words":[
			{"text":"Luc","box":[0,0,20,10],"role":"pii"},{"text":"Roy","box":[30,0,50,10],"role":"pii"},
			{"text":"Madame","box":[0,20,30,30],"role":"prose"},{"text":"46-year-old","box":[0,40,40,50],"role":"pii"}]}}`)
	set, err := OpenSet(dir, filepath.Join(dir, "pii.json"))
	if err != nil {
		t.Fatal(err)
	}
	s := NewFlagScore("test flags", "")
	// Receipt: the phone, the label "Tel:" and the amount are flagged: one
	// of three flagged words is personal; one of two protected words.
	rec, err := set.Page("images/receipt-DE-00000.png")
	if err != nil {
		t.Fatal(err)
	}
	s.AddPage(rec, []Flag{{"PHONE", box(0, 0, 20, 30)}, {"ID", box(0, 40, 20, 10)}})
	// Letter: "Luc" found, "Roy" missed; "46-year-old" flagged whole,
	// personal by its role though its label covers only "46".
	let, err := set.Page("images/letter-FR-00001.png")
	if err != nil {
		t.Fatal(err)
	}
	s.AddPage(let, []Flag{{"PERSON", box(0, 0, 20, 10)}, {"AGE", box(0, 40, 40, 10)}})
	want := map[string]Tally{
		"receipt": {Pages: 1, Recall: Count{1, 1}, Precision: Count{1, 3}, Protected: Count{1, 2}},
		"letter":  {Pages: 1, Recall: Count{2, 3}, Precision: Count{2, 2}, Protected: Count{0, 1}},
	}
	for k, w := range want {
		if got := *s.Kinds[k]; got != w {
			t.Errorf("kind %s: %+v, want %+v", k, got, w)
		}
	}
	if got := *s.Countries["DE"]; got != want["receipt"] {
		t.Errorf("country DE: %+v", got)
	}
	if s.All.Precision != (Count{3, 5}) || s.All.Recall != (Count{3, 4}) {
		t.Errorf("all %+v", s.All)
	}
	if s.Types["PHONE"].Precision != (Count{1, 2}) || s.Types["ID"].Precision != (Count{0, 1}) || s.Types["PERSON"].Recall != (Count{1, 2}) {
		t.Errorf("types PHONE %+v ID %+v PERSON %+v", *s.Types["PHONE"], *s.Types["ID"], *s.Types["PERSON"])
	}
	fig := s.Figures()
	for k, v := range map[string]float64{"precision_kind_receipt": 1.0 / 3, "precision_kind_letter": 1, "recall_kind_letter": 2.0 / 3,
		"recall_country_fr": 2.0 / 3, "precision_age": 1, "flagged_protected_kind_receipt": 0.5, "flagged_prose": 0, "flagged_label": 1} {
		if !near(fig[k], v) {
			t.Errorf("figure %s = %v, want %v", k, fig[k], v)
		}
	}
	if _, ok := fig["flagged_other"]; ok {
		t.Error("a figure for the unprotected role other")
	}
}

// eval anonymize: the legacy recall and flagged share are over the
// entities' boxes; the precision table also counts the changed rectangles.
func TestAnonScoreCountsChangedRectangles(t *testing.T) {
	p := Page{
		Labels: []Label{{Type: "DATE", Words: []LabelWord{{Box: box(0, 0, 20, 10)}}}},
		Words:  []Word{{box(0, 0, 20, 10), RolePII}, {box(30, 0, 20, 10), RoleLabel}},
	}
	s := NewAnonScore()
	s.AddPage(p, []Flag{{"DATE", box(0, 0, 20, 10)}}, []Flag{{"DATE", box(0, 0, 60, 12)}})
	if s.Detect.Flagged != (Count{1, 2}) {
		t.Errorf("legacy flagged share %+v", s.Detect.Flagged)
	}
	if c := s.Detect.Flags.Roles[RoleLabel]; *c != (Count{1, 1}) {
		t.Errorf("replaced label words %+v", *c)
	}
	fig := s.Figures()
	if !near(fig["replaced_flagged_label"], 1) || !near(fig["replaced_precision"], 0.5) || !near(fig["precision"], 1) {
		t.Errorf("figures %v", fig)
	}
}
