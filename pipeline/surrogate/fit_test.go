package surrogate_test

import (
	"math"
	"sync"
	"testing"

	"golang.org/x/image/font"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/surrogate"
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
	values := []struct {
		typ  entity.Type
		text string
	}{
		{entity.Person, "Mr. R. H. Orcutt"}, {entity.Person, "Wilhelmina Featherstonehaugh"},
		{entity.Person, "Jo Li"}, {entity.Person, "ORCUTT, R."}, {entity.Person, "Carol S. Whitcomb"},
		{entity.Person, "Dr. H. J. Oberlander"}, {entity.Person, "Kevin Brasher"}, {entity.Person, "Mary D. Fenwick"},
		{entity.Organization, "Hollister Tobacco Company"}, {entity.Organization, "Acme Widgets, Inc."},
		{entity.Address, "418 Bellhaven Avenue, New York, NY 10036"}, {entity.Location, "Chicago"},
		{entity.Location, "Philadelphia"}, {entity.Email, "john.smith@gmail.com"},
	}
	var errFit, errOne float64
	for _, v := range values {
		target := measure(v.text)
		a, err := fit.Replace(v.typ, v.text, pii.ParseValue(v.typ, v.text), target)
		if err != nil {
			t.Fatal(err)
		}
		b, err := one.Replace(v.typ, v.text, pii.ParseValue(v.typ, v.text), target)
		if err != nil {
			t.Fatal(err)
		}
		ea, eb := math.Abs(measure(a)-target)/target, math.Abs(measure(b)-target)/target
		if ea > eb+1e-9 {
			t.Errorf("%s: fitted %q is further from %.0f px than the first candidate %q", v.typ, a, target, b)
		}
		t.Logf("%-12s %-42q %-42q %.3f %.3f", v.typ, v.text, a, ea, eb)
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
