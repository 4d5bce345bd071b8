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

func TestParseRejects(t *testing.T) {
	for _, bad := range []string{
		``, `[]`, `{"pages": [{"index": 1}]}`, `{"pages": [{"index": 0, "width": -1}]}`,
		`{"pages": [{"index": 0, "entities": [{"score": 1.5}]}]}`,
		`{"pages": [{"index": 0, "entities": [{"score": 0.5, "confidence": -1}]}]}`,
		`{"pages": [{"index": 0, "entities": [{"boxes": [{"width": -3}]}]}]}`,
		`{"source": "a"} {"source": "b"}`,
	} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) accepted it", bad)
		}
	}
}

// FuzzParse: Parse never panics, and what it accepts encodes to a report
// that it reads back the same.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"source":"a.png","pages":[{"index":0,"width":10,"height":20,"entities":[{"id":"p0-e0","type":"PERSON","score":0.9,"source":"label:name","text_sha256":"ab","boxes":[{"left":1,"top":2,"width":3,"height":4}],"strategy":"render","confidence":0.8,"verification":{"readback":"x","cer":0.1,"leak":false,"background_error":0.01},"changed":[{"left":0,"top":0,"width":5,"height":5}]}]}],"timing_ms":{"total":3}}`))
	f.Add([]byte(`{"source":"b.pdf","pages":[],"timing_ms":null,"error":"bad"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(data)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := r.Encode(&buf); err != nil {
			t.Fatalf("encode an accepted report: %v", err)
		}
		r2, err := Parse(buf.Bytes())
		if err != nil {
			t.Fatalf("the encoded report does not parse: %v\n%s", err, buf.Bytes())
		}
		var again bytes.Buffer
		r2.Encode(&again)
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Fatalf("the report changed when read back:\n%s\n%s", buf.Bytes(), again.Bytes())
		}
	})
}
