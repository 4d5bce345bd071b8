package funsd

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// funsdLabels is a label as FUNSD's pii.json writes it.
const funsdLabels = `{"training_data/images/x.png": [{"type": "DATE", "text": "9/ 3/ 92", "box": [543, 264, 590, 279],
 "words": [{"text": "9/", "box": [543, 265, 560, 279]}, {"text": "3/", "box": [560, 264, 575, 279]}, {"text": "92", "box": [575, 264, 590, 279]}],
 "source": "linked-question"}]}`

func TestReadLabels(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pii.json")
	if err := os.WriteFile(p, []byte(funsdLabels), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadLabels(p)
	if err != nil {
		t.Fatal(err)
	}
	ls := got["training_data/images/x.png"]
	if len(ls) != 1 || ls[0].Type != "DATE" || len(ls[0].Words) != 3 || ls[0].Words[1].Box != (Corners{560, 264, 575, 279}) || ls[0].Source != "linked-question" {
		t.Fatalf("parsed %+v", ls)
	}
	if b := ls[0].Box.Box(); b != (doc.Box{Left: 543, Top: 264, Width: 47, Height: 15}) || CornersOf(b) != ls[0].Box {
		t.Errorf("box %+v does not convert back and forth", b)
	}
}

func TestLabelsRoundTrip(t *testing.T) {
	want := map[string][]Label{"images/a.png": {{Type: "PERSON", Text: "Ann Lee", Box: Corners{1, 2, 30, 12},
		Words: []Word{{"Ann", Corners{1, 2, 12, 12}}, {"Lee", Corners{15, 2, 30, 12}}}, Source: "synthetic"}}}
	p := filepath.Join(t.TempDir(), "pii.json")
	if err := WriteLabels(p, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadLabels(p)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	raw, _ := os.ReadFile(p)
	for _, k := range []string{`"type"`, `"text"`, `"box"`, `"words"`, `"source"`} {
		if !strings.Contains(string(raw), k) {
			t.Errorf("pii.json lacks %s", k)
		}
	}
}

func TestBadBox(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pii.json")
	os.WriteFile(p, []byte(`{"a.png": [{"type": "DATE", "box": [1, 2, 3]}]}`), 0o644)
	if _, err := ReadLabels(p); err == nil || !strings.Contains(err.Error(), "3 numbers") {
		t.Errorf("three-number box: err = %v", err)
	}
}

func TestAnnotation(t *testing.T) {
	dir := t.TempDir()
	a := &Annotation{Form: []Entity{
		{ID: 0, Label: "question", Text: "Date:", Box: Corners{1, 1, 20, 9}, Words: []Word{{"Date:", Corners{1, 1, 20, 9}}}, Linking: [][2]int{{0, 1}}},
		{ID: 1, Label: "answer", Text: "9/3/92", Box: Corners{25, 1, 60, 9}, Words: []Word{{"9/3/92", Corners{25, 1, 60, 9}}}, Linking: [][2]int{}},
	}}
	p := filepath.Join(dir, "x.json")
	if err := WriteAnnotation(p, a); err != nil {
		t.Fatal(err)
	}
	got, err := ReadAnnotation(p)
	if err != nil || !reflect.DeepEqual(got, a) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	if ws := got.Words(); len(ws) != 2 || ws[1].Text != "9/3/92" {
		t.Errorf("words %+v", ws)
	}
	if _, err := ReadAnnotation(filepath.Join(dir, "missing.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: err = %v, want fs.ErrNotExist", err)
	}
}

func TestAnnotationPath(t *testing.T) {
	for in, want := range map[string]string{
		"testing_data/images/82092117.png": "testing_data/annotations/82092117.json",
		"images/form-00001.png":            "annotations/form-00001.json",
		"other/x.jpg":                      "other/x.json",
	} {
		if got := AnnotationPath(in); got != want {
			t.Errorf("AnnotationPath(%q) = %q, want %q", in, got, want)
		}
	}
}
