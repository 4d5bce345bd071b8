package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestEditDist1(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"october", "october", true},
		{"ocotber", "october", true},  // swap
		{"octobre", "october", true},  // swap at the end
		{"octber", "october", true},   // deletion
		{"occtober", "october", true}, // insertion
		{"octoner", "october", true},  // replacement
		{"otcober", "october", true},
		{"ocotbre", "october", false},
		{"oct", "october", false},
		{"martha", "march", false},
	} {
		if got := patEditDist1(c.a, c.b); got != c.want {
			t.Errorf("patEditDist1(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := patEditDist1(c.b, c.a); got != c.want {
			t.Errorf("patEditDist1(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

// dateTexts are the texts of the dates patDate finds in line.
func dateTexts(line string) []string {
	var out []string
	for _, m := range patDate(line) {
		if m.Score >= 0.5 {
			out = append(out, line[m.Start:m.End])
		}
	}
	return out
}

func TestPatDateRejects(t *testing.T) {
	for _, line := range []string{
		"set 12 items",                     // "set" is Italian for September
		"we went out 5 times",              // "out" is Portuguese for October
		"5 mai",                            // lower case, no year, no article
		"31 avril 1966 et 30 février 2001", // no such days (avril 1966 alone is kept)
		"Invoice 12, 2024",
		"2023-02-30",
		"see section 3.4.12",         // not padded: a section number
		"we sold 5 bouts 2022",       // a word one edit from "août" is a word
		"Room 12 Mais 2020",          // "mai" is too short to be read misread
		"Il y a 5 ours 2022",         // no month one edit away
		"Box 12 aout 20",             // no four-digit year
		"No1/2/2020 Ao1-2-2020",      // "o" inside a word is no zero
		"H.No. 6-9-93, Acharya Marg", // a house's number
		"Pros 2023 and cons",         // a prefix of Czech "prosinec" is no month
	} {
		for _, m := range patDate(line) {
			if m.Score >= 0.5 && patDayText(line[m.Start:m.End]) {
				t.Errorf("%q: found %q", line, line[m.Start:m.End])
			}
		}
	}
}

// patDayText reports a found date that holds a day (two numbers or a
// number and a month name, not a month and year alone).
func patDayText(s string) bool {
	return patDigitCount(s) > 0 && !patDateMYRe.anchored.MatchString(s)
}

func TestDateConventionsPerPage(t *testing.T) {
	for _, c := range []struct {
		text   string
		dates  []string
		region string
		want   bool
	}{
		{"Date: 12/06/2025", []string{"12/06/2025"}, "US", false},
		{"Date: 12/06/2025\nDue: 25/06/2025", []string{"12/06/2025", "25/06/2025"}, "US", true},
		{"Date: 12/06/2025\nDue: 06/25/2025", []string{"12/06/2025", "06/25/2025"}, "US", false},
		{"Le 12/06/2025\nParis, le 30 avril 1966", []string{"12/06/2025", "30 avril 1966"}, "US", true},
		{"Total 12,00 €\n12/06/2025", []string{"12/06/2025"}, "US", true},
		{"IBAN DE89 3704 0044 0532 0130 00\n12/06/2025", []string{"12/06/2025"}, "US", true},
		{"Tel. +44 20 7946 0958\n12/06/2025", []string{"12/06/2025"}, "US", true},
		{"Tel. +1 212 555 0147\n12/06/2025", []string{"12/06/2025"}, "US", false},
		{"12/06/2025", []string{"12/06/2025"}, "FR", true},
		{"March 3, 2024\n12/06/2025", []string{"March 3, 2024", "12/06/2025"}, "US", false},
	} {
		if got := DateConventions(NewInput(patTestPage(c.text)), c.dates, c.region).DayFirst; got != c.want {
			t.Errorf("%q (region %s): day first %v, want %v", c.text, c.region, got, c.want)
		}
	}
}

// TestDateOrderUnsure: the order is unsure where only the configured
// region decided it.
func TestDateOrderUnsure(t *testing.T) {
	for text, want := range map[string]bool{
		"Date: 12/06/2025":                       true,
		"Tel. +1 212 555 0147\nDate: 12/06/2025": false,
		"Total 12,00 €\n12/06/2025":              false,
		"Islamabad, Pakistan\n02-11-2025":        false,
	} {
		if got := DateConventions(NewInput(patTestPage(text)), nil, "US").OrderUnsure; got != want {
			t.Errorf("%q: order unsure %v, want %v", text, got, want)
		}
	}
}

func TestReadPageDates(t *testing.T) {
	ents := []Entity{
		{Type: entity.Date, Text: "12/06/2025"},
		{Type: entity.Person, Text: "Marie Curie"},
		{Type: entity.Date, Text: "30 avril 1966"},
	}
	readPageDates(ents, NewInput(patTestPage("Paris, le 30 avril 1966\nDate: 12/06/2025")), "US")
	d := ents[0].Value.Date
	if d == nil || !d.DayFirst || d.Dates[0].Day != 12 || d.Dates[0].Month != 6 {
		t.Errorf("12/06/2025 on a French page: %+v", d)
	}
	if ents[1].Value.Date != nil || ents[1].Value.Conventions.DayFirst {
		t.Errorf("a PERSON was read as a date: %+v", ents[1].Value)
	}
}

// TestPageDateLanguage writes a month name that several languages share
// in the language the page's other names belong to alone.
func TestPageDateLanguage(t *testing.T) {
	ents := []Entity{
		{Type: entity.Date, Text: "1. September 1948"},
		{Type: entity.Date, Text: "14. Mai 2025"},
	}
	readPageDates(ents, NewInput(patTestPage("geboren am 1. September 1948\nam 14. Mai 2025")), "US")
	for _, f := range ents[0].Value.Date.Dates[0].Layout {
		if f.Kind == entity.FieldMonthName && f.Lang != "de" {
			t.Fatalf("September on a German page: language %q", f.Lang)
		}
	}
	ents = []Entity{{Type: entity.Date, Text: "28 februari 2024"}, {Type: entity.Date, Text: "3 mars 2024"}}
	readPageDates(ents, NewInput(patTestPage("Vi har tagit emot din deklaration den 28 februari 2024\nGöteborg den 3 mars 2024")), "US")
	for _, f := range ents[0].Value.Date.Dates[0].Layout {
		if f.Kind == entity.FieldMonthName && f.Lang != "sv" {
			t.Fatalf("februari on a Swedish page: language %q, want sv", f.Lang)
		}
	}
	ents = []Entity{{Type: entity.Date, Text: "1 September 1948"}}
	readPageDates(ents, NewInput(patTestPage("born on 1 September 1948")), "US")
	for _, f := range ents[0].Value.Date.Dates[0].Layout {
		if f.Kind == entity.FieldMonthName && f.Lang != "en" {
			t.Fatalf("September alone: language %q, want en", f.Lang)
		}
	}
	// Month names do not vote as function words: Malay's list holds "Nov",
	// and a Singapore statement in English stays English.
	ents = []Entity{{Type: entity.Date, Text: "November 2026"}}
	readPageDates(ents, NewInput(patTestPage("Straits Commercial Bank\nAccount Statement for November 2026\n"+
		"Blk 523 Ang Mo Kio Ave 5, Singapore 560523\n01 Nov GIRO Withdrawal 182.40\n15 Nov SALARY Deposit 5,200.00")), "SG")
	for _, f := range ents[0].Value.Date.Dates[0].Layout {
		if f.Kind == entity.FieldMonthName && f.Lang != "en" {
			t.Fatalf("November on an English page in Singapore: language %q, want en", f.Lang)
		}
	}
}
