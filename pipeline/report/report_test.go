package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func TestHasher(t *testing.T) {
	a, _ := NewHasher([]byte("k1"))
	b, _ := NewHasher([]byte("k2"))
	if a.Sum("John  SMITH") != a.Sum("john smith") {
		t.Error("normalisation: spacing/case variants differ")
	}
	if a.Sum("john smith") == b.Sum("john smith") {
		t.Error("different keys give the same hash")
	}
	if a.Sum("john smith") == a.Sum("jane smith") {
		t.Error("different texts give the same hash")
	}
	if _, err := NewHasher(nil); err == nil {
		t.Error("empty key accepted")
	}
}

func TestSchema(t *testing.T) {
	h, _ := NewHasher([]byte("k"))
	r := &Report{Source: "in.png", Pages: []Page{{Index: 0, Width: 10, Height: 20, Entities: []Entity{{
		ID: "p0-e0", Type: "PERSON", Score: 0.9, Source: "label:name", TextSHA256: h.Sum("Secret Name"),
		Boxes: []doc.Box{{Left: 1, Top: 2, Width: 3, Height: 4}},
	}}}}, TimingMS: map[string]float64{"ocr": 1, "detect": 2, "total": 3}}
	var buf bytes.Buffer
	if err := r.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "Secret") {
		t.Fatal("original text written without --show-text")
	}
	var generic map[string]any
	json.Unmarshal(buf.Bytes(), &generic)
	for _, k := range []string{"source", "pages", "timing_ms"} {
		if _, ok := generic[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	ent := generic["pages"].([]any)[0].(map[string]any)["entities"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "type", "score", "source", "text_sha256", "boxes"} {
		if _, ok := ent[k]; !ok {
			t.Errorf("entity missing key %q", k)
		}
	}
	box := ent["boxes"].([]any)[0].(map[string]any)
	for _, k := range []string{"left", "top", "width", "height"} {
		if _, ok := box[k]; !ok {
			t.Errorf("box missing key %q", k)
		}
	}
	p := filepath.Join(t.TempDir(), "r.json")
	if err := r.WriteFile(p); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFile(p)
	if err != nil || back.Pages[0].Entities[0].TextSHA256 != r.Pages[0].Entities[0].TextSHA256 {
		t.Fatalf("round trip: %v", err)
	}
}

// Changed is written by anonymize only: absent when empty, in the box
// format of Boxes when set.
func TestSchemaChanged(t *testing.T) {
	e := Entity{ID: "p0-e0", Boxes: []doc.Box{{Left: 1, Top: 2, Width: 3, Height: 4}}}
	keys := func() map[string]any {
		t.Helper()
		data, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	if _, ok := keys()["changed"]; ok {
		t.Error("an entity with nothing changed writes changed")
	}
	e.Changed = []doc.Box{{Left: 5, Top: 6, Width: 7, Height: 8}}
	got, ok := keys()["changed"].([]any)
	if !ok || len(got) != 1 {
		t.Fatalf("changed = %v", keys()["changed"])
	}
	want := map[string]any{"left": 5.0, "top": 6.0, "width": 7.0, "height": 8.0}
	for k, v := range want {
		if got[0].(map[string]any)[k] != v {
			t.Errorf("changed[0][%q] = %v, want %v", k, got[0].(map[string]any)[k], v)
		}
	}
}
