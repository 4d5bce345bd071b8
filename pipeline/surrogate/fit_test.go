package surrogate_test

import (
	"math"
	"sync"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/surrogate"
	"golang.org/x/image/font"
)

// fontMeasure measures strings with a real font face (a system font where
// installed, an embedded Go font otherwise).
func fontMeasure(t testing.TB) func(string) float64 {
	face, err := fonts.Default().Face(20)
	if err != nil {
		t.Fatalf("font face: %v", err)
	}
	var mu sync.Mutex // faces are not safe for concurrent use
	return func(s string) float64 {
		mu.Lock()
		defer mu.Unlock()
		return float64(font.MeasureString(face, s)) / 64
	}
}

// TestWidthFittingWithFont: with a real font, fitting to the original's
// rendered width brings the surrogate's width much closer than taking the
// first candidate.
func TestWidthFittingWithFont(t *testing.T) {
	measure := fontMeasure(t)
	key := []byte("width fitting test key 0123456789")
	fit, err := surrogate.New(key, surrogate.Options{Measure: measure})
	if err != nil {
		t.Fatal(err)
	}
	one, err := surrogate.New(key, surrogate.Options{Measure: measure, Candidates: 1})
	if err != nil {
		t.Fatal(err)
	}
	values := [][2]string{
		{"PERSON", "Mr. R. H. Orcutt"}, {"PERSON", "Wilhelmina Featherstonehaugh"},
		{"PERSON", "Jo Li"}, {"PERSON", "ORCUTT, R."}, {"PERSON", "Carol S. Whitcomb"},
		{"PERSON", "Dr. H. J. Oberlander"}, {"PERSON", "Kevin Brasher"}, {"PERSON", "Mary D. Fenwick"},
		{"ORGANIZATION", "Hollister Tobacco Company"}, {"ORGANIZATION", "Acme Widgets, Inc."},
		{"ADDRESS", "418 Bellhaven Avenue, New York, NY 10036"}, {"LOCATION", "Chicago"},
		{"LOCATION", "Philadelphia"}, {"EMAIL", "john.smith@gmail.com"},
	}
	var errFit, errOne float64
	for _, v := range values {
		target := measure(v[1])
		a, err := fit.Replace(v[0], v[1], target)
		if err != nil {
			t.Fatal(err)
		}
		b, err := one.Replace(v[0], v[1], target)
		if err != nil {
			t.Fatal(err)
		}
		ea, eb := math.Abs(measure(a)-target)/target, math.Abs(measure(b)-target)/target
		if ea > eb+1e-9 {
			t.Errorf("%s: fitted %q is further from %.0f px than the first candidate %q", v[0], a, target, b)
		}
		t.Logf("%-12s %-42q %-42q %.3f %.3f", v[0], v[1], a, ea, eb)
		errFit += ea
		errOne += eb
	}
	errFit /= float64(len(values))
	errOne /= float64(len(values))
	t.Logf("mean relative width error: fitted %.3f, first candidate %.3f", errFit, errOne)
	if errFit > 0.6*errOne {
		t.Errorf("fitting reduced the mean width error only from %.3f to %.3f", errOne, errFit)
	}
}
