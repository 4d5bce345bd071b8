package synthdoc

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
)

func TestLabelsRoundTrip(t *testing.T) {
	docs := map[string]*Document{}
	for _, k := range Kinds {
		docs["images/"+string(k)+".png"] = mustGen(t, Options{Kind: k, Seed: 11})
	}
	path := filepath.Join(t.TempDir(), "pii.json")
	if err := WriteLabels(path, docs); err != nil {
		t.Fatal(err)
	}
	got, err := funsd.ReadLabels(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(docs) {
		t.Fatalf("read %d pages, wrote %d", len(got), len(docs))
	}
	for k, d := range docs {
		want := d.Labels()
		if !reflect.DeepEqual(got[k], want) {
			t.Errorf("%s: labels changed in the round trip", k)
		}
		if len(want) != len(d.Entities) {
			t.Fatalf("%s: %d labels for %d entities", k, len(want), len(d.Entities))
		}
		for i, l := range got[k] {
			e := d.Entities[i]
			if l.Source != "synthetic" || l.Type != e.Type || l.Text != e.Text || l.Box.Box() != e.Box() || len(l.Words) != len(e.Words) {
				t.Errorf("%s label %d does not match entity %d", k, i, i)
				continue
			}
			for j, w := range l.Words {
				if w.Box.Box() != e.Words[j].Box || w.Text != e.Words[j].Text {
					t.Errorf("%s label %d word %d: %+v, want %+v", k, i, j, w, e.Words[j])
				}
			}
		}
	}
	// No temporary file is left next to the labels.
	ents, _ := os.ReadDir(filepath.Dir(path))
	if len(ents) != 1 {
		t.Errorf("%d files in the folder, want only pii.json", len(ents))
	}
}

// TestLabelFields: the labels this package writes use exactly the field
// names of FUNSD's pii.json, so that the eval commands read both.
func TestLabelFields(t *testing.T) {
	d := mustGen(t, Options{Kind: Letter, Seed: 3})
	data, err := json.Marshal(d.Labels()[0])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"type", "text", "box", "words", "source"} {
		if _, ok := m[k]; !ok {
			t.Errorf("label JSON lacks %q: %s", k, data)
		}
	}
	if len(m) != 5 {
		t.Errorf("label JSON has extra fields: %s", data)
	}
}

func TestGenerateSet(t *testing.T) {
	dir := t.TempDir()
	kinds := []Kind{Letter, Form}
	if err := GenerateSet(dir, 5, 77, kinds); err != nil {
		t.Fatal(err)
	}
	labels, err := funsd.ReadLabels(filepath.Join(dir, "pii.json"))
	if err != nil {
		t.Fatal(err)
	}
	words, err := ReadWords(filepath.Join(dir, "words.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 5 || len(words) != 5 {
		t.Fatalf("%d label pages, %d word pages, want 5", len(labels), len(words))
	}
	for i := 0; i < 5; i++ {
		k := kinds[i%2]
		name := SetName(k, i)
		if !strings.HasPrefix(name, "images/") {
			t.Fatalf("name %q not under images/", name)
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if img.Bounds().Dx() != DefaultWidth || img.Bounds().Dy() != DefaultHeight {
			t.Errorf("%s: size %v", name, img.Bounds())
		}
		// The page is the one Generate draws with the set's seed.
		d := mustGen(t, Options{Kind: k, Seed: SetSeed(77, i), Noise: i%4 != 3})
		want, err := d.encodePNG(png.DefaultCompression)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, want) {
			t.Errorf("%s differs from Generate with seed SetSeed(77, %d)", name, i)
		}
		if !reflect.DeepEqual(labels[name], d.Labels()) {
			t.Errorf("%s: labels differ from the document's", name)
		}
		var ann struct {
			Form []struct {
				Label string        `json:"label"`
				Text  string        `json:"text"`
				Box   funsd.Corners `json:"box"`
				Words []funsd.Word  `json:"words"`
			} `json:"form"`
		}
		an := funsd.AnnotationPath(name)
		if an != "annotations/"+strings.TrimSuffix(strings.TrimPrefix(name, "images/"), ".png")+".json" {
			t.Errorf("annotation name %q for %q", an, name)
		}
		raw, err := os.ReadFile(filepath.Join(dir, an))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &ann); err != nil {
			t.Fatalf("%s: %v", an, err)
		}
		answers, piiWords := 0, 0
		for _, e := range d.Entities {
			piiWords += len(e.Words)
		}
		for j, e := range ann.Form {
			if e.Text != d.Words[j].Text || e.Box.Box() != d.Words[j].Box || len(e.Words) != 1 {
				t.Fatalf("%s entity %d does not match word %d", an, j, j)
			}
			if e.Label == "answer" {
				answers++
			}
		}
		if len(ann.Form) != len(d.Words) || answers != piiWords {
			t.Errorf("%s: %d entities (%d answers), want %d (%d)", an, len(ann.Form), answers, len(d.Words), piiWords)
		}
		pw := words[name]
		if pw.Kind != k || pw.Seed != SetSeed(77, i) || len(pw.Words) != len(d.Words) || pw.Width != DefaultWidth {
			t.Errorf("%s: words.json entry %v/%d/%d words", name, pw.Kind, pw.Seed, len(pw.Words))
		}
	}
	// Only the images and the two JSON files: no temporary files left.
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if len(files) != 12 {
		t.Errorf("%d files written, want 12: %v", len(files), files)
	}
	if SetSeed(1, 0) == SetSeed(2, 0) || SetSeed(1, 0) == SetSeed(1, 1) {
		t.Error("set seeds collide")
	}
	if err := GenerateSet(dir, 1, 1, []Kind{"memo"}); err == nil {
		t.Error("unknown kind accepted")
	}
}
