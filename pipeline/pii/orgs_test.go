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

func TestLocations(t *testing.T) {
	r := LocationRecognizer{}
	patCheck(t, r, Location, []patCase{
		{"we will ship the remaining cases to our office in Fresno by the end of the month.", []string{"Fresno"}, 0.7, 0.7},
		{"will be held at our offices in Los Angeles.", []string{"Los Angeles."}, 0.7, 0.7},
		{"in New Orleans, Louisiana", []string{"New Orleans,"}, 0.7, 0.7},
		{"a plant near Kettleby was", []string{"Kettleby"}, 0.4, 0.5}, // unknown: needs NER to agree
		{"in January we met", nil, 0, 0},
		{"in The Summary", nil, 0, 0},
		{"Fresno is far", nil, 0, 0}, // no preposition
	})
}

func TestLocationLabelAndNER(t *testing.T) {
	p := mkPage(
		row(50, 100, "Location:", "Charlotte"),
		row(50, 130, "The", "meeting", "will", "be", "held", "at", "our", "offices", "in", "Detroit."),
	)
	ents := analyze(t, DefaultConfig(), p)
	for _, want := range []string{"Charlotte", "Detroit."} {
		if e := withText(find(ents, Location), want); e == nil {
			t.Errorf("no location %q in %v", want, texts(ents))
		}
	}
}

func TestEmailSentenceEnd(t *testing.T) {
	r := patRecognizer(t, "email")
	patCheck(t, r, Email, []patCase{
		{"by e-mail at towne11@norman.com. Please call", []string{"towne11@norman.com"}, 0.85, 1},
		{"by e-mail at jamar.navarro@ frazier.net. Enclosed is", []string{"jamar.navarro@ frazier.net"}, 0.6, 0.8},
		{"write to x.y@acme.net. At noon", []string{"x.y@acme.net"}, 0.85, 1},
	})
}

func TestURLDamagedScheme(t *testing.T) {
	r := patRecognizer(t, "url")
	patCheck(t, r, URL, []patCase{
		{"http:/twww.grimesdunnco.org", []string{"http:/twww.grimesdunnco.org"}, 0.7, 0.8},
		{"htlp;//acme-tools.com/orders", []string{"htlp;//acme-tools.com/orders"}, 0.7, 0.8},
		{"http:/tfoo.notatld", nil, 0, 0},
	})
}

func TestEmailLabelInSentence(t *testing.T) {
	// "by e-mail at ..." in running text is no form label: its value is
	// the address alone, not the rest of the sentence.
	p := mkPage(row(50, 100, "e-mail", "at", "vaughn56@quinn.biz.", "We", "appreciate", "the", "continued", "support", "of"))
	ents := analyze(t, DefaultConfig(), p)
	em := find(ents, Email)
	if len(em) != 1 || em[0].Text != "vaughn56@quinn.biz." {
		t.Errorf("e-mail entities %v", texts(em))
	}
}
