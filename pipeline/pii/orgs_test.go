package pii

import (
	"testing"
)

func TestOrganizationSuffix(t *testing.T) {
	r := OrganizationRecognizer{}
	patCheck(t, r, Organization, []patCase{
		{"Grimes & Dunn Co.", []string{"Grimes & Dunn Co."}, 0.85, 1},
		{"Bill To: Atlantic Consulting Industries, Inc.", []string{"Atlantic Consulting Industries, Inc."}, 0.8, 1},
		{"We appreciate the continued support of Swanson & Thornton Associates and look forward", []string{"Swanson & Thornton Associates"}, 0.75, 0.9},
		{"Meyer Laboratories", []string{"Meyer Laboratories"}, 0.7, 0.8},
		{"R. T. HALVERSON TOBACCO COMPANY, Winston-Salem", []string{"R. T. HALVERSON TOBACCO COMPANY,"}, 0.7, 0.85},
		{"Kearney & Sons Ltd.", []string{"Kearney & Sons Ltd."}, 0.9, 1},
		{"a grant from the University of Kentucky for", []string{"University of Kentucky"}, 0.65, 0.75},
	})
}

func TestOrganizationNegatives(t *testing.T) {
	r := OrganizationRecognizer{}
	patCheck(t, r, Organization, []patCase{
		{"Company: Pending", nil, 0, 0},             // a label, not a suffix
		{"Denver, CO 80202", nil, 0, 0},             // a state code
		{"Tobacco Company", nil, 0, 0},              // one form word and a noun
		{"the company will ship", nil, 0, 0},        // lower case
		{"Name of Corporation", nil, 0, 0},          // "of" is no part of a name
		{"Dear Sirs, Group leaders met", nil, 0, 0}, // comma breaks the name
		{"Research Associate", nil, 0, 0},           // a job title, singular
	})
	// "& Sons" needs the ampersand or "and" before it.
	patCheck(t, r, Organization, []patCase{
		{"Sons of Liberty", nil, 0, 0},
		{"Walker and Sons", []string{"Walker and Sons"}, 0.6, 0.7},
	})
}

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
	orgs := find(ents, Organization)
	if len(orgs) != 1 || orgs[0].Text != "Sherman & Hunt Inc." {
		t.Fatalf("organisations %v", texts(ents))
	}
	for _, e := range find(ents, Person) {
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
		e := withText(find(ents, Organization), want)
		if e == nil {
			t.Errorf("no organisation %q in %v", want, texts(ents))
		}
	}
}
