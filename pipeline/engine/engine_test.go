package engine

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/evaluate"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

func newTestDetector(t *testing.T, cfg pii.Config) *Detector {
	t.Helper()
	d, err := NewDetector(DetectOptions{OCR: ocr.Options{Workers: 2}, PII: cfg, HashKey: []byte("test-key")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// synthSet writes a small synthetic set and returns its root and labels.
func synthSet(t *testing.T, n int, seed int64) (string, evaluate.Labels) {
	t.Helper()
	dir := t.TempDir()
	if err := synthdoc.GenerateSet(dir, n, seed, synthdoc.Kinds); err != nil {
		t.Fatal(err)
	}
	labels, err := evaluate.LoadLabels(filepath.Join(dir, "pii.json"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, labels
}

// TestDetectSyntheticPrecisionRecall is the done-when figure of detection
// on the project's own documents: real Tesseract, real recognizers.
func TestDetectSyntheticPrecisionRecall(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on several pages")
	}
	dir, labels := synthSet(t, 6, 20261128)
	det := newTestDetector(t, pii.DefaultConfig())
	score := evaluate.NewDetectScore()
	for _, im := range labels.Images("") {
		f, err := det.DetectFile(context.Background(), filepath.Join(dir, im))
		if err != nil {
			t.Fatal(err)
		}
		words, err := evaluate.AnnotatedWords(evaluate.AnnotationPath(dir, im))
		if err != nil || len(words) == 0 {
			t.Fatalf("annotations of %s: %v (%d words)", im, err, len(words))
		}
		var regions []doc.Box
		for _, e := range f.Pages[0].Entities {
			regions = append(regions, e.Boxes...)
		}
		score.AddPage(labels[im], regions, words)
	}
	for ty, c := range score.ByType {
		t.Logf("%-13s recall %.3f (%d/%d)", ty, c.Rate(), c.Found, c.Total)
	}
	t.Logf("recall %.3f precision %.3f flagged %.3f", score.All.Rate(), score.Precision.Rate(), score.Flagged.Rate())
	if r := score.All.Rate(); r < 0.95 {
		t.Errorf("word recall %.3f < 0.95", r)
	}
	if p := score.Precision.Rate(); p < 0.90 {
		t.Errorf("word precision %.3f < 0.90", p)
	}
}

func newTestAnonymizer(t *testing.T, opts AnonymizeOptions) *Anonymizer {
	t.Helper()
	det := newTestDetector(t, pii.DefaultConfig())
	opts.Key = []byte("test-key")
	opts.KeepInput = true
	an, err := NewAnonymizer(det, opts)
	if err != nil {
		t.Fatal(err)
	}
	return an
}

func anonymizeSample(t *testing.T, opts AnonymizeOptions) *AnonFile {
	t.Helper()
	an := newTestAnonymizer(t, opts)
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Form, Seed: 42, Noise: true})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "form.png")
	if err := d.WritePNG(p); err != nil {
		t.Fatal(err)
	}
	f, err := an.AnonymizeFile(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// changedOutside counts the pixels of f's output that differ from its
// input outside the union of the report's entity boxes and, with changed,
// their changed rectangles.
func changedOutside(f *AnonFile, changed bool) int64 {
	var boxes []doc.Box
	for _, e := range f.Report.Pages[0].Entities {
		boxes = append(boxes, e.Boxes...)
		if changed {
			boxes = append(boxes, e.Changed...)
		}
	}
	s := evaluate.NewAnonScore()
	s.AddUntouched(f.Outputs[0].Input, f.Outputs[0].Image, boxes)
	return s.ChangedOutside
}

func TestAnonymizeRender(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract")
	}
	f := anonymizeSample(t, DefaultAnonymizeOptions())
	if n := changedOutside(f, true); n != 0 {
		t.Fatalf("%d pixels changed outside the reported boxes and changed rectangles", n)
	}
	ents := f.Report.Pages[0].Entities
	if len(ents) == 0 {
		t.Fatal("nothing detected on a synthetic form")
	}
	rendered := 0
	confs := map[float64]bool{}
	for _, e := range ents {
		if e.Strategy == "" || e.Confidence == nil || e.Verification == nil {
			t.Fatalf("entity %s lacks strategy/confidence/verification", e.ID)
		}
		if e.Verification.Leak {
			t.Errorf("entity %s (%s) still readable", e.ID, e.Type)
		}
		confs[*e.Confidence] = true
		if len(e.Changed) == 0 {
			t.Errorf("entity %s (%s) reports no changed rectangle", e.ID, e.Type)
		}
		if e.Strategy == entity.Render {
			rendered++
			if e.Replacement == "" {
				t.Errorf("rendered entity %s has no replacement", e.ID)
			}
		}
	}
	if rendered < len(ents)/2 {
		t.Errorf("only %d of %d entities rendered", rendered, len(ents))
	}
	if len(confs) < 3 {
		t.Errorf("confidences do not vary: %v", confs)
	}
	keys := []string{"ocr", "detect", "surrogate", "render", "verify", "anonymize", "total"}
	for _, k := range keys {
		if _, ok := f.Report.TimingMS[k]; !ok {
			t.Errorf("timing_ms lacks %q", k)
		}
	}
	if len(f.Report.TimingMS) != len(keys) {
		t.Errorf("timing_ms has keys %v, want %v", f.Report.TimingMS, keys)
	}
}

// TestFallbackToRedact: a quality gate no region can pass sends every
// region to redaction, and the report says so.
func TestFallbackToRedact(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract")
	}
	opts := DefaultAnonymizeOptions()
	opts.MinConfidence = 1
	opts.RedactColor = color.Gray{Y: 0}
	f := anonymizeSample(t, opts)
	for _, e := range f.Report.Pages[0].Entities {
		if e.Strategy != entity.Redact || e.Replacement != "" {
			t.Errorf("entity %s: strategy %q replacement set %v", e.ID, e.Strategy, e.Replacement != "")
		}
	}
	for _, r := range f.Outputs[0].Regions {
		if r.Strategy != entity.Redact {
			continue
		}
		c := r.Changed
		if g := color.GrayModel.Convert(f.Outputs[0].Image.At(c.Left+c.Width/2, c.Top+c.Height/2)).(color.Gray); g.Y != 0 {
			t.Errorf("redacted region %v is not filled", c)
		}
	}
	if n := changedOutside(f, true); n != 0 {
		t.Fatalf("%d pixels changed outside the reported boxes and changed rectangles", n)
	}
}

func TestNewAnonymizerErrors(t *testing.T) {
	det := &Detector{}
	if _, err := NewAnonymizer(det, AnonymizeOptions{Strategy: entity.Diffusion, Key: []byte("k")}); err == nil {
		t.Error("diffusion accepted without a model")
	}
	if _, err := NewAnonymizer(det, AnonymizeOptions{Strategy: "blur", Key: []byte("k")}); err == nil {
		t.Error("unknown strategy accepted")
	}
	if _, err := NewAnonymizer(det, AnonymizeOptions{Strategy: entity.Render}); err == nil {
		t.Error("missing key accepted")
	}
}

func TestDetectFileErrors(t *testing.T) {
	det := newTestDetector(t, pii.DefaultConfig())
	dir := t.TempDir()
	bad := filepath.Join(dir, "text.png")
	os.WriteFile(bad, []byte("not an image"), 0o644)
	for _, p := range []string{filepath.Join(dir, "missing.png"), bad} {
		if _, err := det.DetectFile(context.Background(), p); err == nil {
			t.Errorf("%s: no error", p)
		}
	}
}

func TestSplitWords(t *testing.T) {
	row := func(top, left int, words ...int) lineSpan {
		return lineSpan{words: words, box: doc.Box{Left: left, Top: top, Width: 100, Height: 20}}
	}
	lines := []lineSpan{row(10, 0, 0, 1), row(40, 0, 2, 3, 4)}
	got := splitWords("12 Oak Street Springfield IL", lines)
	if got[0] != "12 Oak" || got[1] != "Street Springfield IL" {
		t.Fatalf("%q", got)
	}
	// A surrogate with the original's line break keeps it.
	got = splitWords("Via Roma 12\n00184 Roma RM", lines)
	if got[0] != "Via Roma 12" || got[1] != "00184 Roma RM" {
		t.Fatalf("%q", got)
	}
	// Columns of one row: each after the first keeps its word count, the
	// first takes the rest.
	cols := []lineSpan{row(10, 0, 0), row(10, 300, 1), row(10, 400, 2), row(40, 0, 3, 4)}
	got = splitWords("WEST CHICAGO AK 77515\n18 Elm St", cols)
	if got[0] != "WEST CHICAGO" || got[1] != "AK" || got[2] != "77515" || got[3] != "18 Elm St" {
		t.Fatalf("%q", got)
	}
}

// TestColumnSegments: a row's words far apart (a form's columns) are
// lines of their own; words a space apart stay together.
func TestColumnSegments(t *testing.T) {
	w := func(text string, left, width int) doc.Word {
		return doc.Word{Text: text, Box: doc.Box{Left: left, Top: 100, Width: width, Height: 20}}
	}
	p := &doc.Page{Words: []doc.Word{w("SPRINGFIELD", 50, 140), w("IL", 350, 25), w("62704", 520, 70), w("West", 720, 50), w("Side", 780, 50)}}
	var got []string
	for _, l := range entityLines(p, pii.Entity{Words: []int{0, 1, 2, 3, 4}}) {
		got = append(got, l.text)
	}
	if strings.Join(got, "|") != "SPRINGFIELD|IL|62704|West Side" {
		t.Fatalf("lines %q", got)
	}
}

// A document held in memory is anonymized exactly as the same bytes read
// from a file: the same report entities and the same output pixels.
func TestAnonymizeDataMatchesFile(t *testing.T) {
	an := newTestAnonymizer(t, AnonymizeOptions{Strategy: entity.Render, QualityCheck: true, MinConfidence: 0.5})
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Form, Seed: 7, Noise: true})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "form.png")
	if err := d.WritePNG(p); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	fromFile, err := an.AnonymizeFile(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	fromData, err := an.AnonymizeData(ctx, "form.png", data)
	if err != nil {
		t.Fatal(err)
	}
	if fromData.Report.Source != "form.png" || len(fromData.Outputs) != 1 {
		t.Fatalf("source %q, %d pages", fromData.Report.Source, len(fromData.Outputs))
	}
	a, b := fromFile.Report.Pages[0].Entities, fromData.Report.Pages[0].Entities
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("entities: file %d, data %d", len(a), len(b))
	}
	if !bytes.Equal(fromFile.Outputs[0].Image.(*image.Gray).Pix, fromData.Outputs[0].Image.(*image.Gray).Pix) {
		t.Error("the output of the data differs from the output of the file")
	}
	if _, err := an.AnonymizeData(ctx, "junk", []byte("not an image")); err == nil {
		t.Error("junk bytes were accepted")
	}
	det, err := an.det.DetectData(ctx, "form.png", data)
	if err != nil || len(det.Report.Pages[0].Entities) != len(a) {
		t.Fatalf("DetectData: %v", err)
	}
}

// TestEmptyFieldIsErased: an entity with no text (an empty field after its
// label) has nothing to replace or box: it is reported as erased, also
// when a strategy other than redact was asked for, and as redacted when
// redaction was.
func TestEmptyFieldIsErased(t *testing.T) {
	for _, c := range []struct {
		strategy, want entity.Strategy
	}{{entity.Render, entity.Erase}, {entity.Redact, entity.Redact}} {
		opts := DefaultAnonymizeOptions()
		opts.Strategy = c.strategy
		a := newTestAnonymizer(t, opts)
		p := &pageRun{docID: "d", ents: []pii.Entity{{Type: entity.Person}},
			rp: report.Page{Entities: make([]report.Entity, 1)}, entityJobs: [][]*job{nil}}
		if err := a.surrogates(context.Background(), p); err != nil {
			t.Fatal(err)
		}
		if got := p.rp.Entities[0].Strategy; got != c.want {
			t.Errorf("strategy %s: empty field reported %q, want %q", c.strategy, got, c.want)
		}
	}
}

// TestGluedLabelSplitOnThePage has the detection stage split a word that
// glues a label to its value on the page the later stages draw on, so
// that the name's entity holds the value's word alone and the label's
// word stays on the page.
func TestGluedLabelSplitOnThePage(t *testing.T) {
	d := newTestDetector(t, pii.DefaultConfig())
	page := &doc.Page{Width: 800, Height: 200, Words: []doc.Word{
		{Text: "Cashier:Siti", Conf: 90, Line: 0, Box: doc.Box{Left: 20, Top: 50, Width: 120, Height: 20}},
		{Text: "Aminah", Conf: 90, Line: 0, Box: doc.Box{Left: 150, Top: 50, Width: 60, Height: 20}},
	}}
	p := &detectRun{page: page}
	if err := d.analyze(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	if len(page.Words) != 3 || page.Words[0].Text != "Cashier:" {
		t.Fatalf("page words %+v, want the label split off", page.Words)
	}
	for _, e := range p.ents {
		for _, wi := range e.Words {
			if wi == 0 {
				t.Errorf("%s %q holds the label's word", e.Type, e.Text)
			}
		}
		if e.Type == "PERSON" && e.Text != "Siti Aminah" {
			t.Errorf("person %q, want Siti Aminah", e.Text)
		}
	}
}
