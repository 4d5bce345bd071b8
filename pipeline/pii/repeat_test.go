package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// TestRepeatsOfAFoundName finds a person's surname again in running text
// once the name was found beside its label, and leaves ordinary words and
// titles alone.
func TestRepeatsOfAFoundName(t *testing.T) {
	p := mkPage(
		row(10, 10, "Patient:", "FLOTTMANN,", "Etienne"),
		row(10, 40, "Der", "Zustand", "von", "Herr", "Flottmann", "besserte", "sich."),
	)
	var texts []string
	for _, e := range find(analyze(t, DefaultConfig(), p), entity.Person) {
		texts = append(texts, e.Text)
	}
	want := map[string]bool{"FLOTTMANN, Etienne": true, "Flottmann": true}
	if len(texts) != 2 || !want[texts[0]] || !want[texts[1]] {
		t.Fatalf("persons: got %q, want the name and its repeat", texts)
	}
	if got := repeatNeedles("Dott. Bartolo Battistini", true); len(got) != 3 || got[0] != "Bartolo Battistini" {
		t.Fatalf("needles of a titled name: %q", got)
	}
}
