package pii

import (
	"sort"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// idBoth runs the two ID recognizers, "id" and "record_id".
type idBoth struct{ t *testing.T }

// bothIDs builds idBoth for a recognizerCases row.
func bothIDs(t *testing.T) Recognizer { return idBoth{t} }

func (idBoth) Name() string { return "ids" }

func (b idBoth) Recognize(in *Input) []Match {
	out := append(patRecognizer(b.t, "id").Recognize(in), RecordIDRecognizer{}.Recognize(in)...)
	kept := out[:0]
	seen := map[[2]int]bool{}
	for _, m := range out {
		if m.Score >= 0.5 && !seen[[2]int{m.Start, m.End}] {
			seen[[2]int{m.Start, m.End}] = true
			m.Source = "ids"
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].Start < kept[b].Start })
	return kept
}

// TestRecordIDUnderHeader reads an ID under its column header.
func TestRecordIDUnderHeader(t *testing.T) {
	text := "Rechnungsnummer Datum\nR510638 28.03.2021"
	ms := patRun(t, RecordIDRecognizer{}, entity.ID, text)
	if got := spans(ms, text, 0.55); len(got) != 1 || got[0] != "R510638" {
		t.Fatalf("got %q", got)
	}
	// A label must end right before the value.
	text = "Customer John Smith 123456"
	if ms := patRun(t, RecordIDRecognizer{}, entity.ID, text); len(ms) > 0 {
		t.Errorf("%q: got %q", text, text[ms[0].Start:ms[0].End])
	}
	text = "No. Description\n12345 Widgets"
	if ms := patRun(t, RecordIDRecognizer{}, entity.ID, text); len(ms) > 0 {
		t.Errorf("%q: a row number: %q", text, text[ms[0].Start:ms[0].End])
	}
	text = "Menge Artikel\n250000 AB12345"
	for _, m := range patRun(t, RecordIDRecognizer{}, entity.ID, text) {
		if text[m.Start:m.End] == "250000" {
			t.Errorf("a quantity under a goods header: %q", text[m.Start:m.End])
		}
	}
}

// TestRecordIDBesideAnotherFieldsLabel reads an invoice's number after its
// label even when another field's label, whose words veto a number
// ("Bill"), comes first on the line.
func TestRecordIDBesideAnotherFieldsLabel(t *testing.T) {
	checkFound(t, map[string]string{
		"Bill to: Invoice No.: 2020-70242": "2020-70242",
		"VAT Reg. No.: 407920057":          "",
	}, entity.ID)
}

// TestCompoundLabelsEndingInAMarker reads a compound that ends in a
// number's marker or "-ID" as a record's label, whatever its first part.
func TestCompoundLabelsEndingInAMarker(t *testing.T) {
	for _, w := range []string{"Mitarbeiter-ID", "Fall-Nr", "Aufnahmezahl", "Vorgangsnummer"} {
		if idLabelKind(w) != 'l' {
			t.Errorf("%q: not a label", w)
		}
	}
	if idLabelKind("Anzahl") == 'l' {
		t.Error(`"Anzahl" (a count) read as a label`)
	}
}
