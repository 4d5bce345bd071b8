package surrogate

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
)

// monthsRe matches the month names of language lang (CLDR), full or
// abbreviated (without their dot).
func monthsRe(lang string) string {
	var names []string
	for m := 1; m <= 12; m++ {
		names = append(names, regexp.QuoteMeta(entity.MonthName(lang, m, false)),
			regexp.QuoteMeta(strings.TrimSuffix(entity.MonthName(lang, m, true), ".")))
	}
	return "(" + strings.Join(names, "|") + ")"
}

// dateIn replaces text, read under conv, in a fresh document of each of
// several ids (several shifts).
func dateIn(t *testing.T, g *Generator, text string, conv entity.Conventions, measure func(string) float64) []string {
	t.Helper()
	var out []string
	for i := range 12 {
		d := g.NewDocument(fmt.Sprint("doc-", i))
		v := entity.Parse(entity.Date, text, conv)
		s, err := d.ReplaceMeasured(entity.Date, text, v, 0, measure)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		out = append(out, s)
	}
	return out
}

func TestDateKeepsLanguage(t *testing.T) {
	g := newGen(t, keyA, Options{})
	dayFirst := entity.Conventions{DayFirst: true}
	for _, c := range []struct{ in, re string }{
		{"30 avril 1966", `^\d{1,2} ` + monthsRe("fr") + ` \d{4}$`},
		{"3. März 2024", `^\d{1,2}\. ` + monthsRe("de") + ` \d{4}$`},
		{"12 de junio de 2023", `^\d{1,2} de ` + monthsRe("es") + ` de \d{4}$`},
		{"5 maggio 2021", `^\d{1,2} ` + monthsRe("it") + ` \d{4}$`},
		{"14 maart 2022", `^\d{1,2} ` + monthsRe("nl") + ` \d{4}$`},
		{"Montag, 3. März 2024", `^(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag), \d{1,2}\. ` + monthsRe("de") + ` \d{4}$`},
	} {
		for _, s := range dateIn(t, g, c.in, dayFirst, nil) {
			if !regexp.MustCompile(c.re).MatchString(s) {
				t.Errorf("%q -> %q, want %s", c.in, s, c.re)
			}
		}
	}
}

func TestDateMonthSpelling(t *testing.T) {
	g := newGen(t, keyA, Options{})
	// An abbreviation's dot stays only on an abbreviation: "Sept." may
	// become "Oct." or "May", never "May.".
	for _, s := range dateIn(t, g, "Sept. 4, 1998", entity.Conventions{}, nil) {
		if !regexp.MustCompile(`^((Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|May) \d{1,2}, \d{4}$`).MatchString(s) {
			t.Errorf("Sept. 4, 1998 -> %q", s)
		}
	}
	// A name OCR misread is written correctly.
	for _, s := range dateIn(t, g, "Dedember 06, 1983", entity.Conventions{}, nil) {
		if !regexp.MustCompile(`^` + monthsRe("en") + ` \d{2}, \d{4}$`).MatchString(s) {
			t.Errorf("Dedember 06, 1983 -> %q", s)
		}
	}
	// A name written without its accents stays without.
	for _, s := range dateIn(t, g, "3. Marz 2024", entity.Conventions{DayFirst: true}, nil) {
		if entity.FoldAccents(s) != s {
			t.Errorf("3. Marz 2024 -> %q: accents added", s)
		}
	}
}

func TestDateDayFirstShiftsLikeNamed(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for i := range 6 {
		d := g.NewDocument(fmt.Sprint("doc-", i))
		num, _ := d.Replace(entity.Date, "12/06/2025", entity.Parse(entity.Date, "12/06/2025", entity.Conventions{DayFirst: true}), 0)
		named, _ := d.Replace(entity.Date, "12 June 2025", entity.Parse(entity.Date, "12 June 2025", entity.Conventions{DayFirst: true}), 0)
		a, errA := time.Parse("02/01/2006", num)
		b, errB := time.Parse("2 January 2006", named)
		if errA != nil || errB != nil || !a.Equal(b) {
			t.Errorf("12/06/2025 -> %q and 12 June 2025 -> %q differ", num, named)
		}
	}
}

func TestDateYearPlausible(t *testing.T) {
	g := newGen(t, keyA, Options{})
	next := time.Now().Year() + 1
	for _, in := range []string{"December 30, 2190", "January 2, 1820", "2150"} {
		for _, s := range dateIn(t, g, in, entity.Conventions{}, nil) {
			y := regexp.MustCompile(`\d{4}$`).FindString(s)
			if y == "" || y < "1900" || y > fmt.Sprint(next) {
				t.Errorf("%q -> %q: year outside 1900..%d", in, s, next)
			}
		}
	}
}

func TestDateNoiseNotCopied(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for _, c := range []struct{ in, re string }{
		{"1_of_1_]__7-10-88", `^\d{1,2}-\d{1,2}-\d{2}$`},
		{"l0_Il7s", `^\d{2}/\d{2}/\d{2}$`},
		{"WEEK OF MARCH 25, 1974", `^WEEK OF [A-Z]+ \d{1,2}, \d{4}$`},
	} {
		for _, s := range dateIn(t, g, c.in, entity.Conventions{}, nil) {
			if !regexp.MustCompile(c.re).MatchString(s) {
				t.Errorf("%q -> %q, want %s", c.in, s, c.re)
			}
		}
	}
	// The neutral form follows the page's order.
	for _, s := range dateIn(t, g, "x1x2x3x4x5x", entity.Conventions{DayFirst: true}, nil) {
		if _, err := time.Parse("02/01/2006", s); err != nil {
			t.Errorf("day-first neutral date %q: %v", s, err)
		}
	}
}

func TestDateMonospacedKeepsCount(t *testing.T) {
	g := newGen(t, keyA, Options{})
	mono := func(s string) float64 { return 9 * float64(utf8.RuneCountInString(s)) }
	for _, in := range []string{"March 14, 2024", "30 avril 1966", "Dec 5, 1998", "12 de junio de 2023", "MARS 2025", "March 2025"} {
		for _, s := range dateIn(t, g, in, entity.Conventions{DayFirst: true}, mono) {
			if utf8.RuneCountInString(s) != utf8.RuneCountInString(in) {
				t.Errorf("monospaced %q -> %q: %d characters, want %d", in, s, utf8.RuneCountInString(s), utf8.RuneCountInString(in))
			}
		}
	}
	if !monospaced(mono) || monospaced(func(s string) float64 { return float64(len(s)) + float64(strings.Count(s, "M")) }) {
		t.Error("monospaced misjudges a measure")
	}
	if monospaced(nil) {
		t.Error("no measure read as monospaced")
	}
}

// TestDateMonospacedOnlyMonthOfItsLength: a month without its day whose
// length no other month of its language has ("May", the Italian "MARZO")
// gets a stand-in, of another length, not a refusal for leaking.
func TestDateMonospacedOnlyMonthOfItsLength(t *testing.T) {
	g := newGen(t, keyA, Options{})
	mono := func(s string) float64 { return 9 * float64(utf8.RuneCountInString(s)) }
	for _, in := range []string{"May 2025", "MAY 2025"} {
		for _, s := range dateIn(t, g, in, entity.Conventions{DayFirst: true}, mono) {
			if verify.Leaks(s, in) {
				t.Errorf("%q -> %q: one character from the original", in, s)
			}
		}
	}
}

// TestMonospacedRenderMeasure: the renderer's measure of a monospaced
// face reads as monospaced, a proportional face's does not, and a date
// measured in the monospaced face keeps its character count.
func TestMonospacedRenderMeasure(t *testing.T) {
	style := func(name string) render.Style {
		f, ok := fonts.Lookup(name)
		if !ok {
			t.Fatalf("no font %s", name)
		}
		return render.Style{Family: f, FontSize: 20, CapHeight: 14, XHeight: 10}
	}
	mono, prop := style("GoMono"), style("GoRegular")
	if !monospaced(func(s string) float64 { return render.Measure(mono, s) }) {
		t.Error("GoMono not read as monospaced")
	}
	if monospaced(func(s string) float64 { return render.Measure(prop, s) }) {
		t.Error("GoRegular read as monospaced")
	}
	g := newGen(t, keyA, Options{})
	in := "December 25, 2024"
	for _, s := range dateIn(t, g, in, entity.Conventions{}, func(s string) float64 { return render.Measure(mono, s) }) {
		if utf8.RuneCountInString(s) != utf8.RuneCountInString(in) {
			t.Errorf("%q in GoMono -> %q", in, s)
		}
	}
}

// TestDateRangeOfDaysKeepsItsLength: the last day of a range after a date
// ("March 1-15") moves with the date, the range's length kept within the
// new month, so the surrogate is a valid range.
func TestDateRangeOfDaysKeepsItsLength(t *testing.T) {
	g := newGen(t, keyA, Options{})
	re := regexp.MustCompile(`^` + monthsRe("en") + ` (\d{1,2})-(\d{1,2}),$`)
	for _, s := range dateIn(t, g, "March 1-15,", entity.Conventions{}, nil) {
		m := re.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("March 1-15, -> %q: no range of days", s)
			continue
		}
		var from, to int
		fmt.Sscan(m[2], &from)
		fmt.Sscan(m[3], &to)
		if to <= from || to-from > 14 {
			t.Errorf("March 1-15, -> %q: range %d-%d", s, from, to)
		}
	}
}

// TestDateNotOneEditAway: a shift that lands one character from the
// original ("2025/04/09" moved 122 days is "2025/08/09") moves the date a
// day further, so the stand-in does not read as the original.
func TestDateNotOneEditAway(t *testing.T) {
	g := newGen(t, keyA, Options{})
	text := "2025/04/09"
	v := entity.Parse(entity.Date, text, entity.Conventions{})
	s, err := g.replace(nil, 122, entity.Date, text, v, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s == "2025/08/09" || verify.Leaks(s, text) {
		t.Fatalf("%q -> %q: one edit away", text, s)
	}
	if s != "2025/08/10" {
		t.Errorf("%q -> %q, want the next day, 2025/08/10", text, s)
	}
}
