package pii

import (
	"strings"
	"testing"
)

func TestSignoffClosingsOfManyLanguages(t *testing.T) {
	// The signer under a close of each language, a name no list holds or
	// one that is also a word included, past a scribble read as letters.
	for close, name := range map[string][]string{
		"Cordiali saluti,":                             {"Deodata", "Simoncelli"},
		"Distinti saluti,":                             {"Barnaba", "Mordenti"},
		"Mit freundlichen GriBen":                      {"Vital", "Brunet"},
		"Veuillez agréer nos salutations distinguées.": {"Pécine", "Bertrand"},
		"Atentamente,":                                 {"Verónica", "Armijo", "Barragán"},
		"Yours faithfully,":                            {"Shakuntala", "Dubashi"},
		"Met vriendelijke groet,":                      {"Jan", "de", "Vries"},
	} {
		p := mkPage(row(400, 100, strings.Fields(close)...), row(400, 125, "VVVYVY"), row(400, 150, name...))
		in := NewInput(withRows(p))
		ms := (SignoffRecognizer{}).Recognize(in)
		if len(ms) != 1 || ms[0].Score < 0.5 {
			t.Errorf("%q: signoff matches %v", close, ms)
		}
	}
	// The scribble read into the close's line: "Yours VY faithfully,".
	p := mkPage(row(400, 100, "Yours", "VY", "faithfully,"), row(400, 125, "YN"), row(400, 150, "Chaturaanan", "Kaniyar"))
	in := NewInput(withRows(p))
	if ms := (SignoffRecognizer{}).Recognize(in); len(ms) != 1 || in.Text[ms[0].Start:ms[0].End] != "Chaturaanan Kaniyar" {
		t.Errorf("a close with a scribble in it: signoff matches %v", ms)
	}
	// A close and a department, a team or a firm: nothing.
	for close, line := range map[string][]string{
		"Cordialement,":           {"Service", "Client"},
		"Kind regards,":           {"Customer", "Service", "Team"},
		"Atentamente,":            {"Departamento", "de", "Atención"},
		"Cordiali saluti,":        {"Ufficio", "Amministrazione"},
		"Mit freundlichen Grüßen": {"Ihre", "Kundenbetreuung"},
	} {
		p := mkPage(row(400, 100, strings.Fields(close)...), row(400, 150, line...))
		in := NewInput(withRows(p))
		if ms := (SignoffRecognizer{}).Recognize(in); len(ms) != 0 {
			t.Errorf("%q: unexpected signer %q", close, in.Text[ms[0].Start:ms[0].End])
		}
	}
}
