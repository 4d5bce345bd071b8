package entity

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/editdist"
)

// dateLanguage is one language's month and weekday names (CLDR, generated
// into datenames_gen.go) and its numeric date order. Weekdays start on
// Sunday, as time.Weekday does.
type dateLanguage struct {
	Code     string
	DayFirst bool
	// Prefixes: the prefixes of a wide name longer than its abbreviation
	// are read too ("Sept", "Tues").
	Prefixes bool

	MonthsWide, MonthsAbbr, MonthsAbbrAlone, MonthsWideAlone [12]string

	WeekdaysWide, WeekdaysAbbr, WeekdaysAbbrAlone [7]string
}

// NameHit is one reading of a month or weekday name: the language, the
// number (month 1-12, weekday 0-6 from Sunday) and whether the word is an
// abbreviation.
type NameHit struct {
	Lang string
	Num  int
	Abbr bool
}

// CapitalisedMonths reports a language that writes its month names with a
// capital letter in running text ("Mai" in German, "mai" in French and
// Norwegian), as CLDR spells them.
func CapitalisedMonths(code string) bool {
	for _, l := range dateLanguages {
		if l.Code == code {
			r := []rune(l.MonthsWide[4])
			return len(r) > 0 && unicode.IsUpper(r[0])
		}
	}
	return false
}

// nameIndex maps a folded name (lower case, no accents, no dot) to its
// readings.
type nameIndex map[string][]NameHit

var (
	monthIndexByName   = buildNameIndex(true)
	weekdayIndexByName = buildNameIndex(false)
)

// buildNameIndex indexes the month (or weekday) names of every language:
// wide and abbreviated, format and stand-alone, and, where the language
// reads them, the prefixes of a wide name longer than its abbreviation
// ("Sept", "Tues", "Thurs").
func buildNameIndex(months bool) nameIndex {
	idx := nameIndex{}
	for _, l := range dateLanguages {
		wide, abbr := l.names(months)
		for i := range wide {
			for _, w := range wide[i] {
				idx.add(w, NameHit{l.Code, l.num(months, i), false})
			}
			for _, a := range abbr[i] {
				idx.add(a, NameHit{l.Code, l.num(months, i), true})
			}
			if l.Prefixes {
				idx.addPrefixes(wide[i][0], abbr[i][0], NameHit{l.Code, l.num(months, i), true})
			}
		}
	}
	return idx
}

// names returns the language's wide and abbreviated forms, per month (or
// weekday).
func (l *dateLanguage) names(months bool) (wide, abbr [][]string) {
	if months {
		for i := range 12 {
			wide = append(wide, []string{l.MonthsWide[i], l.MonthsWideAlone[i]})
			abbr = append(abbr, []string{l.MonthsAbbr[i], l.MonthsAbbrAlone[i]})
		}
		return wide, abbr
	}
	for i := range 7 {
		wide = append(wide, []string{l.WeekdaysWide[i]})
		abbr = append(abbr, []string{l.WeekdaysAbbr[i], l.WeekdaysAbbrAlone[i]})
	}
	return wide, abbr
}

// num is the number of the i-th name: months count from 1.
func (l *dateLanguage) num(months bool, i int) int {
	if months {
		return i + 1
	}
	return i
}

func (idx nameIndex) add(name string, h NameHit) {
	k := foldName(name)
	if k == "" {
		return // a language without weekday names
	}
	for _, o := range idx[k] {
		if o.Lang == h.Lang && o.Num == h.Num {
			return
		}
	}
	idx[k] = append(idx[k], h)
}

// addPrefixes adds the prefixes of wide longer than abbr and shorter than
// wide, of four letters or more.
func (idx nameIndex) addPrefixes(wide, abbr string, h NameHit) {
	w := []rune(foldName(wide))
	for n := max(4, len([]rune(foldName(abbr)))+1); n < len(w); n++ {
		idx.add(string(w[:n]), h)
	}
}

// foldName is a name as the indexes key it: lower case, accents removed,
// without a trailing dot.
func foldName(s string) string {
	return strings.ToLower(FoldAccents(strings.TrimSuffix(s, ".")))
}

// FoldAccents replaces the accented letters of the month and weekday names
// by their base letters ("März" -> "Marz", "août" -> "aout").
func FoldAccents(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := dateFoldRunes[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// LookupMonth returns the readings of word as a month name, in the order
// of the languages (English first); nil when it is none.
func LookupMonth(word string) []NameHit { return monthIndexByName[foldName(word)] }

// LookupWeekday returns the readings of word as a weekday name.
func LookupWeekday(word string) []NameHit { return weekdayIndexByName[foldName(word)] }

// FuzzyMonth reads a month name OCR misread by one letter (replaced,
// inserted or deleted: "Dedember", "Octber"): a word of six letters or
// more one edit from exactly one month's wide name. ok is false otherwise.
func FuzzyMonth(word string) (NameHit, bool) {
	w := []rune(foldName(word))
	if len(w) < 6 {
		return NameHit{}, false
	}
	var found []NameHit
	for _, l := range dateLanguages {
		for i, name := range l.MonthsWide {
			n := []rune(foldName(name))
			if len(n) >= 6 && editdist.Distance(w, n, 1) <= 1 && !sameMonth(found, i+1) {
				found = append(found, NameHit{l.Code, i + 1, false})
			}
		}
	}
	if len(found) == 0 {
		return NameHit{}, false
	}
	for _, f := range found[1:] {
		if f.Num != found[0].Num {
			return NameHit{}, false
		}
	}
	return found[0], true
}

func sameMonth(hs []NameHit, m int) bool {
	for _, h := range hs {
		if h.Num == m {
			return true
		}
	}
	return false
}

// PreferHit picks the reading of a name as written: a name in lower case
// is not English (English capitalises month and weekday names), so another
// language's reading comes first; otherwise the first reading.
func PreferHit(word string, hs []NameHit) (NameHit, bool) {
	if len(hs) == 0 {
		return NameHit{}, false
	}
	if r := []rune(word); len(r) > 0 && unicode.IsLower(r[0]) {
		for _, h := range hs {
			if h.Lang != "en" {
				return h, true
			}
		}
	}
	return hs[0], true
}

// LanguageDayFirst reports whether the language writes numeric dates day
// first (CLDR's short date pattern); false for an unknown code.
func LanguageDayFirst(code string) bool {
	if l := language(code); l != nil {
		return l.DayFirst
	}
	return false
}

func language(code string) *dateLanguage {
	for i := range dateLanguages {
		if dateLanguages[i].Code == code {
			return &dateLanguages[i]
		}
	}
	return nil
}

// MonthName is month m (1-12) in language code (English when unknown),
// wide or abbreviated as CLDR writes it ("Sept." in German, "sept" in
// Spanish).
func MonthName(code string, m int, abbr bool) string {
	l := language(code)
	if l == nil {
		l = &dateLanguages[0]
	}
	if abbr {
		return l.MonthsAbbr[m-1]
	}
	return l.MonthsWide[m-1]
}

// WeekdayName is weekday wd (0 Sunday - 6 Saturday) in language code,
// wide or abbreviated.
func WeekdayName(code string, wd int, abbr bool) string {
	l := language(code)
	if l == nil {
		l = &dateLanguages[0]
	}
	if abbr {
		return l.WeekdaysAbbr[wd]
	}
	return l.WeekdaysWide[wd]
}
