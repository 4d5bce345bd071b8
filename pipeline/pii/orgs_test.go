package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestOrganizationColumnGap(t *testing.T) {
	// "Invoice No.:" in the next column must not join the company on its
	// row, and the company must not run into the left column.
	p := mkPage(
		append(row(50, 100, "Evelyn", "Berry"), row(500, 100, "Date:", "6-Sep-90")...),
		append(row(50, 120, "American", "Consulting", "&", "Co."), row(500, 120, "Customer", "No.:", "ZU-305354")...),
	)
	in := NewInput(withRows(p))
	var got []string
	for _, m := range (OrganizationRecognizer{}).Recognize(in) {
		got = append(got, in.Text[m.Start:m.End])
	}
	if len(got) != 1 || got[0] != "American Consulting & Co." {
		t.Errorf("got %q", got)
	}
}

func TestOrganizationAbsorbsNamesakes(t *testing.T) {
	// The surname inside a company name is no separate person.
	p := mkPage(
		row(50, 100, "Mr.", "Leonard", "Matthews"),
		row(50, 120, "Sherman", "&", "Hunt", "Inc."),
		row(50, 140, "2641", "Young", "Avenue"),
	)
	cfg := DefaultConfig()
	cfg.NER = false
	ents := analyze(t, cfg, p)
	orgs := find(ents, entity.Organization)
	if len(orgs) != 1 || orgs[0].Text != "Sherman & Hunt Inc." {
		t.Fatalf("organisations %v", texts(ents))
	}
	for _, e := range find(ents, entity.Person) {
		for _, w := range e.Words {
			for _, o := range orgs[0].Words {
				if w == o {
					t.Errorf("person %q shares a word with the company", e.Text)
				}
			}
		}
	}
}

func TestOrganizationLabel(t *testing.T) {
	p := mkPage(
		row(50, 100, "Company:", "Northwind", "Traders"),
		row(50, 120, "Employer:", "Blue", "Heron", "Outfitters"),
	)
	cfg := DefaultConfig()
	cfg.NER = false
	cfg.FieldExtent = false
	ents := analyze(t, cfg, p)
	for _, want := range []string{"Northwind Traders", "Blue Heron Outfitters"} {
		e := withText(find(ents, entity.Organization), want)
		if e == nil {
			t.Errorf("no organisation %q in %v", want, texts(ents))
		}
	}
}
