package pii

import (
	"sort"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// idBoth runs the two ID recognizers, "id" and "record_id".
type idBoth struct{ t *testing.T }

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

func TestRecordID(t *testing.T) {
	r := idBoth{t}
	patCheck(t, r, entity.ID, []patCase{
		// After a label on the line.
		{"MRN: MRN-939426 Encounter No.: H-8544-36", []string{"MRN-939426", "H-8544-36"}, 0.55, 0.75},
		{"Kundennummer: C-636330", []string{"C-636330"}, 0.55, 0.75},
		{"Patienten-Nr.: 2020/511781", []string{"2020/511781"}, 0.55, 0.75},
		{"Steuer-ID: 57 519 672 742", []string{"57 519 672 742"}, 0.55, 0.75},
		{"N° client: 65505378", []string{"65505378"}, 0.55, 0.75},
		{"Invoice No.: INV-085139", []string{"INV-085139"}, 0.55, 0.75},
		{"Your ref. K068847", []string{"K068847"}, 0.55, 0.75},
		{"IPP: MF6275137", []string{"MF6275137"}, 0.55, 0.75},
		{"Codice fiscale: RSSMRA85T10A562S", []string{"RSSMRA85T10A562S"}, 0.55, 0.75},
		// Unambiguous shape without a label.
		{"Lastschrift Stadtwerke K957147 697,64", []string{"K957147"}, 0.55, 0.55},
		// Not record IDs: amounts, dates, phones, postcodes, goods, pages.
		{"Total 1.234,56 EUR", nil, 0, 0},
		{"Rechnungsdatum: 12.03.2024", nil, 0, 0},
		{"Tel.: 030 80936892", nil, 0, 0},
		{"63879 Viersen", nil, 0, 0},
		{"Postcode: SW1A 1AA", nil, 0, 0},
		{"Article No. 4711 0815 Qty 2", nil, 0, 0},
		{"Order No.: AB-123456", nil, 0, 0},
		{"Page 2 of 3", nil, 0, 0},
		{"ISO9001 certified", nil, 0, 0},
		{"VAT Reg. No. GB404244755", nil, 0, 0},
		{"Receipt No.: 4886-503", nil, 0, 0},
		{"Spaghetti 500g 1,99", nil, 0, 0},
		{"Your ref. +1 971-934-1061", nil, 0, 0},
		{"CUSTOMER SHIPPING NUMBER 198-1160006", nil, 0, 0},
	})
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
