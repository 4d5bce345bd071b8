package evaluate

import (
	"image"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

func TestCoverShare(t *testing.T) {
	b := box(0, 0, 10, 10)
	cases := []struct {
		regions []doc.Box
		want    float64
	}{
		{nil, 0},
		{[]doc.Box{box(0, 0, 5, 10)}, 0.5},
		// Overlapping regions count once.
		{[]doc.Box{box(0, 0, 5, 10), box(0, 0, 5, 10)}, 0.5},
		{[]doc.Box{box(0, 0, 6, 10), box(4, 0, 6, 5)}, 0.8},
		{[]doc.Box{box(-5, -5, 30, 30)}, 1},
	}
	for i, c := range cases {
		if got := CoverShare(b, c.regions); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("case %d: got %v want %v", i, got, c.want)
		}
	}
}

func TestDetectScore(t *testing.T) {
	labels := []Label{{Type: "PERSON", Words: []LabelWord{
		{Box: box(0, 0, 10, 10)},
		{Box: box(20, 0, 10, 10)},
	}}}
	s := NewDetectScore()
	s.AddPage(labels, []doc.Box{box(0, 0, 12, 10)}, []doc.Box{box(0, 0, 10, 10), box(50, 0, 5, 5)})
	if s.ByType["PERSON"].Found != 1 || s.All.Total != 2 || s.Flagged.Found != 1 || s.Flagged.Total != 2 || s.Precision.Found != 1 || s.Precision.Total != 1 {
		t.Fatalf("unexpected score %+v %+v %+v", s.ByType["PERSON"], s.All, s.Flagged)
	}
}

func TestLoadLabels(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pii.json")
	os.WriteFile(p, []byte(`{"a/images/x.png":[{"type":"DATE","text":"1/2/93","box":[1,2,11,12],"words":[{"text":"1/2/93","box":[1,2,11,12]}]}]}`), 0o644)
	l, err := LoadLabels(p)
	if err != nil {
		t.Fatal(err)
	}
	got := l["a/images/x.png"][0]
	if got.Box != box(1, 2, 10, 10) || len(got.Words) != 1 {
		t.Fatalf("%+v", got)
	}
	if ap := AnnotationPath("/r", "a/images/x.png"); ap != "/r/a/annotations/x.json" {
		t.Fatalf("annotation path %s", ap)
	}
	os.WriteFile(p, []byte(`{"x":[{"type":"DATE","box":[1,2,3]}]}`), 0o644)
	if _, err := LoadLabels(p); err == nil {
		t.Fatal("bad box accepted")
	}
}

func TestAnonScore(t *testing.T) {
	s := NewAnonScore()
	s.AddLeaks([]bool{true, true, false}, []bool{false, true, true})
	if s.Readable != 2 || s.Leaked != 1 {
		t.Fatalf("leaks: %d/%d", s.Leaked, s.Readable)
	}
	s.AddRegion("render", 0, 2, 0.9)
	s.AddRegion("render", 0.5, 4, 0.4)
	s.AddRegion("redact", 0, 0, 1)
	if s.ReadbackAccuracy() != 0.5 || s.MeanBackgroundError() != 3 || s.Redacted != 1 {
		t.Fatalf("regions: %v %v", s.ReadbackAccuracy(), s.MeanBackgroundError())
	}
	in := image.NewGray(image.Rect(0, 0, 10, 10))
	out := image.NewGray(image.Rect(0, 0, 10, 10))
	out.Pix[0] = 9  // inside the changed box
	out.Pix[99] = 9 // outside
	s.AddUntouched(in, out, []doc.Box{box(0, 0, 2, 2)})
	if s.ChangedOutside != 1 || s.Checked != 96 {
		t.Fatalf("untouched: %d of %d", s.ChangedOutside, s.Checked)
	}
}
