package pii

import "testing"

func TestFuzzyLabelAfterColonLabelIsValue(t *testing.T) {
	// "KELL" is one edit from "Cell", but after "To:" it is the value.
	p := mkPage(row(50, 100, "To:"), row(120, 100, "KELL", "MLHMDLL"))
	ents := analyze(t, DefaultConfig(), p)
	if e := withText(find(ents, Person), "BHAS DELKEWM"); e == nil {
		t.Errorf("no PERSON %q: %v", "BHAS DELKEWM", texts(ents))
	}
	if len(find(ents, Phone)) != 0 {
		t.Errorf("phone label read from a name: %v", texts(ents))
	}
}
