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
