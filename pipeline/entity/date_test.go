package entity

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// layoutText joins a date's pieces back into its text.
func layoutText(d WrittenDate) string {
	var b strings.Builder
	for _, f := range d.Layout {
		b.WriteString(f.Text)
	}
	return b.String()
}

func TestParseDateFields(t *testing.T) {
	twoDigit := func(yy int) int { // the century parseYear picks
		now := time.Now().Year()
		y := now/100*100 + yy
		if y > now+10 {
			y -= 100
		}
		return y
	}
	cases := []struct {
		in               string
		c                Conventions
		y, m, d          int
		hasY, hasM, hasD bool
		kinds            []DateFieldKind
	}{
		{"December 10, 1998", Conventions{}, 1998, 12, 10, true, true, true,
			[]DateFieldKind{FieldMonthName, FieldLiteral, FieldDay, FieldLiteral, FieldYear}},
		{"Monday, March 3rd", Conventions{}, 0, 3, 3, false, true, true,
			[]DateFieldKind{FieldWeekday, FieldLiteral, FieldMonthName, FieldLiteral, FieldDay, FieldOrdinal}},
		{"10 Dec 1998", Conventions{}, 1998, 12, 10, true, true, true,
			[]DateFieldKind{FieldDay, FieldLiteral, FieldMonthName, FieldLiteral, FieldYear}},
		{"March 1997", Conventions{}, 1997, 3, 0, true, true, false,
			[]DateFieldKind{FieldMonthName, FieldLiteral, FieldYear}},
		{"12/10/98", Conventions{}, twoDigit(98), 12, 10, true, true, true,
			[]DateFieldKind{FieldMonth, FieldLiteral, FieldDay, FieldLiteral, FieldYear}},
		{"12/10/98", Conventions{DayFirst: true}, twoDigit(98), 10, 12, true, true, true,
			[]DateFieldKind{FieldDay, FieldLiteral, FieldMonth, FieldLiteral, FieldYear}},
		// A field over 12 decides the order whatever the conventions.
		{"25/12/1998", Conventions{}, 1998, 12, 25, true, true, true,
			[]DateFieldKind{FieldDay, FieldLiteral, FieldMonth, FieldLiteral, FieldYear}},
		{"1998-12-10", Conventions{}, 1998, 12, 10, true, true, true,
			[]DateFieldKind{FieldYear, FieldLiteral, FieldMonth, FieldLiteral, FieldDay}},
		{"12/90", Conventions{}, 1990, 12, 0, true, true, false,
			[]DateFieldKind{FieldMonth, FieldLiteral, FieldYear}},
		{"2/22", Conventions{}, 0, 2, 22, false, true, true,
			[]DateFieldKind{FieldMonth, FieldLiteral, FieldDay}},
		{"1998", Conventions{}, 1998, 0, 0, true, false, false, []DateFieldKind{FieldYear}},
	}
	for _, c := range cases {
		p := ParseDate(c.in, c.c)
		if p == nil || len(p.Dates) != 1 {
			t.Errorf("%q: %+v, want one date", c.in, p)
			continue
		}
		d := p.Dates[0]
		if d.Year != c.y && c.hasY || d.Month != c.m || d.Day != c.d || d.HasYear != c.hasY || d.HasMonth != c.hasM || d.HasDay != c.hasD {
			t.Errorf("%q: %d-%d-%d (year %v month %v day %v), want %d-%d-%d (%v %v %v)", c.in,
				d.Year, d.Month, d.Day, d.HasYear, d.HasMonth, d.HasDay, c.y, c.m, c.d, c.hasY, c.hasM, c.hasD)
		}
		var kinds []DateFieldKind
		for _, f := range d.Layout {
			kinds = append(kinds, f.Kind)
		}
		if !reflect.DeepEqual(kinds, c.kinds) {
			t.Errorf("%q: layout %v, want %v", c.in, kinds, c.kinds)
		}
		if got := p.Between[0] + layoutText(d) + p.Between[1]; got != c.in {
			t.Errorf("%q: pieces join to %q", c.in, got)
		}
	}
}

func TestParseDateLayout(t *testing.T) {
	p := ParseDate("03-07-1998", Conventions{})
	if p == nil || !p.Dates[0].Layout[0].Padded || !p.Dates[0].Layout[2].Padded {
		t.Errorf("03-07-1998: day and month not read as zero-padded: %+v", p)
	}
	p = ParseDate("3-7-1998", Conventions{})
	if p == nil || p.Dates[0].Layout[0].Padded {
		t.Errorf("3-7-1998: read as zero-padded: %+v", p)
	}
	// Text around the dates, and two dates in one value.
	p = ParseDate("WEEK OF MARCH 25, 1974 - April 1, 1974", Conventions{})
	if p == nil || len(p.Dates) != 2 {
		t.Fatalf("two dates: %+v", p)
	}
	if p.Between[0] != "WEEK OF " || p.Between[1] != " - " || p.Between[2] != "" {
		t.Errorf("between: %q", p.Between)
	}
	if p.Dates[0].Month != 3 || p.Dates[1].Month != 4 || p.Dates[1].Day != 1 {
		t.Errorf("dates: %+v", p.Dates)
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, s := range []string{"", "Q3 FY1987x", "99/99/9999", "Feb 30, 2001", "13/13/98", "1700", "5/3rd", "12-10A", "123-45-6789"} {
		if p := ParseDate(s, Conventions{}); p != nil {
			t.Errorf("%q parsed as %+v", s, p.Dates)
		}
	}
}

func TestParseDateApostrophe(t *testing.T) {
	// OCR read the apostrophe of "Dec 10 '98" as a degree sign.
	p := ParseDate("Dec 10°98", Conventions{})
	if p == nil || len(p.Dates) != 1 {
		t.Fatalf("Dec 10°98: %+v", p)
	}
	if got := layoutText(p.Dates[0]); got != "Dec 10 '98" || !p.Dates[0].HasYear {
		t.Errorf("Dec 10°98 read as %q (year %v)", got, p.Dates[0].HasYear)
	}
}

func TestParseByType(t *testing.T) {
	v := Parse(Date, "__12/03/97__ ", Conventions{})
	if v.Date == nil || v.Phone != nil || v.Date.Between[1] != "" {
		t.Errorf("DATE with a glued rule: %+v", v)
	}
	if v := Parse(Organization, "12/03/97", Conventions{}); v != (Value{}) {
		t.Errorf("ORGANIZATION has a parsed value: %+v", v)
	}
	if v := Parse(Phone, "(804) 555-0147", Conventions{}); v.Phone == nil {
		t.Error("PHONE not parsed")
	}
}

func TestParseDateLanguages(t *testing.T) {
	cases := []struct {
		in             string
		y, m, d        int
		lang, monthTxt string
	}{
		{"30 avril 1966", 1966, 4, 30, "fr", "avril"},
		{"3. März 2024", 2024, 3, 3, "de", "März"},
		{"3. Marz 2024", 2024, 3, 3, "de", "Marz"}, // umlaut lost
		{"12 de junio de 2023", 2023, 6, 12, "es", "junio"},
		{"5 maggio 2021", 2021, 5, 5, "it", "maggio"},
		{"12 de junho de 2023", 2023, 6, 12, "pt", "junho"},
		{"14 maart 2022", 2022, 3, 14, "nl", "maart"},
		{"1er janv. 2020", 2020, 1, 1, "fr", "janv"},
		{"Montag, 3. März 2024", 2024, 3, 3, "de", "März"},
		{"March 14, 2024", 2024, 3, 14, "en", "March"},
		{"Sept. 4, 1998", 1998, 9, 4, "en", "Sept"},
		{"Dedember 06, 1983", 1983, 12, 6, "en", "Dedember"}, // one OCR error
	}
	for _, c := range cases {
		p := ParseDate(c.in, Conventions{})
		if p == nil || len(p.Dates) != 1 {
			t.Errorf("%q: %+v, want one date", c.in, p)
			continue
		}
		d := p.Dates[0]
		if d.Year != c.y || d.Month != c.m || d.Day != c.d {
			t.Errorf("%q: %d-%d-%d, want %d-%d-%d", c.in, d.Year, d.Month, d.Day, c.y, c.m, c.d)
		}
		var name DateField
		for _, f := range d.Layout {
			if f.Kind == FieldMonthName {
				name = f
			}
		}
		if name.Lang != c.lang || name.Text != c.monthTxt {
			t.Errorf("%q: month %q in %q, want %q in %q", c.in, name.Text, name.Lang, c.monthTxt, c.lang)
		}
		if got := p.Between[0] + layoutText(d) + p.Between[1]; got != c.in {
			t.Errorf("%q: pieces join to %q", c.in, got)
		}
	}
}

func TestParseDateNamedRejects(t *testing.T) {
	// Words that are no month names, a day the month lacks, an ordinal of
	// another language.
	for _, s := range []string{"Invoice 12, 2024", "Total 5 Items"} {
		if p := ParseDate(s, Conventions{}); p != nil {
			t.Errorf("%q parsed as %+v", s, p.Dates)
		}
	}
	// Only the month and year remain of these.
	for _, s := range []string{"31 avril 1966", "3rd avril 1966"} {
		if p := ParseDate(s, Conventions{}); p == nil || p.Dates[0].HasDay {
			t.Errorf("%q parsed as %+v", s, p)
		}
	}
	// A word before the month that is no weekday stays outside the date.
	p := ParseDate("Invoice March 3, 2024", Conventions{})
	if p == nil || len(p.Dates) != 1 || p.Between[0] != "Invoice " || p.Dates[0].Layout[0].Kind != FieldMonthName {
		t.Errorf("Invoice March 3, 2024: %+v", p)
	}
}

func TestParseDateCarriesConvention(t *testing.T) {
	p := ParseDate("12/06/2025", Conventions{DayFirst: true})
	if p == nil || !p.DayFirst || p.Dates[0].Day != 12 || p.Dates[0].Month != 6 {
		t.Fatalf("12/06/2025 day first: %+v", p)
	}
	if v := Parse(Date, "garbled", Conventions{DayFirst: true}); v.Date != nil || !v.Conventions.DayFirst {
		t.Errorf("unparsed DATE lost its conventions: %+v", v)
	}
}

func TestFuzzyMonthAmbiguous(t *testing.T) {
	if h, ok := FuzzyMonth("Octobre"); !ok || h.Num != 10 {
		t.Errorf("Octobre: %+v %v", h, ok)
	}
	for _, w := range []string{"Mai", "Junk", "Summer"} {
		if h, ok := FuzzyMonth(w); ok {
			t.Errorf("%q read as month %+v", w, h)
		}
	}
}

// TestParseDateReadsAColonForItsSeparator reads the colon OCR put for a
// dotted or dashed date's separator as that separator.
func TestParseDateReadsAColonForItsSeparator(t *testing.T) {
	for text, want := range map[string]string{"11.09:1983": "11.09.1983", "04:11.2025": "04.11.2025", "18-01:2025": "18-01-2025"} {
		if got := FixColonSeparator(text); got != want {
			t.Errorf("%q read %q, want %q", text, got, want)
		}
		if ParseDate(text, Conventions{DayFirst: true}) == nil {
			t.Errorf("%q: no date", text)
		}
	}
	if got := FixColonSeparator("at 10:45 on 3.4"); got != "at 10:45 on 3.4" {
		t.Errorf("a time changed to %q", got)
	}
}
