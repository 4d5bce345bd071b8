package entity

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DateParts is a DATE entity's text read as dates: the dates it holds, left
// to right, and the text around them.
type DateParts struct {
	Dates []WrittenDate
	// Between is the text around the dates: Between[i] comes before
	// Dates[i], the last piece after the last date (len(Dates)+1 pieces).
	Between []string
	// DayFirst is the convention the numeric dates were read under
	// (Conventions.DayFirst); a field over 12 overrides it for its date.
	DayFirst bool
}

// WrittenDate is one date: the fields its text shows and how it writes
// them.
type WrittenDate struct {
	Year, Month, Day int
	// HasYear, HasMonth, HasDay say which fields the text shows ("March 3"
	// has no year, "12/90" no day, "1998" only a year).
	HasYear, HasMonth, HasDay bool
	// Layout is the date as written, piece by piece: the pieces' Text,
	// concatenated, is the date's text.
	Layout []DateField
}

// DateField is one piece of a written date.
type DateField struct {
	Kind DateFieldKind
	// Text is the piece as written: "Dec.", "10", "th", "'98", " /".
	Text string
	// Padded: the date writes its day and month numbers zero-padded to
	// the width of their Text.
	Padded bool
	// Lang is the language a month or weekday name is written in (a CLDR
	// code: "en", "fr"); empty for other pieces.
	Lang string
}

// DateFieldKind says what a piece of a written date holds.
type DateFieldKind int

// The pieces of a written date.
const (
	// FieldLiteral is text kept as written: separators, "of".
	FieldLiteral DateFieldKind = iota
	// FieldWeekday is a weekday name, full or abbreviated ("Monday", "Mon").
	FieldWeekday
	// FieldMonthName is a month name, full or abbreviated ("December", "SEPT").
	FieldMonthName
	// FieldMonth is a month number ("12", "03").
	FieldMonth
	// FieldDay is a day number ("10", "03").
	FieldDay
	// FieldOrdinal is the ordinal suffix after a day ("st", "TH").
	FieldOrdinal
	// FieldYear is a year: "1998", "98", "'98", "' 98".
	FieldYear
)

// Month and weekday names are read as words and looked up in the CLDR
// names of every language (LookupMonth); the patterns only place them.
const (
	reName    = `(\pL{2,12})`
	reMonth   = reName + `(\.?)`
	reWeekday = `(?:` + reName + `(\.?,?\s+))?`
	reYear    = `('\s?\d{2}|\d{4}|\d{2})`
	// reOrd is an ordinal suffix: English, French "1er", Spanish and
	// Portuguese "1º".
	reOrd = `(st|nd|rd|th|er|º)?`
	// reOf is the word between a day and its month, or a month and its
	// year: "3rd of March", "12 de junio de 2023", "marzo del 2023".
	reOf = `(?:(?:of|de|del)\s+)?`
)

// dateShape is one way a date is written, and the pattern that finds it.
type dateShape int

const (
	shapeMonthDay  dateShape = iota // [Weekday] Month D[th][, Year]
	shapeDayMonth                   // [Weekday] D[th][.] [of|de] Month[,] [de] [Year]
	shapeMonthYear                  // Month [de] Year
	shapeNumeric3                   // 12/10/98, 1998-12-10, 12 /10 /98, 5/3 90
	shapeNumeric2                   // 12/90 (month/year) or 2/22 (month/day)
	shapeYear                       // 1998 alone
)

var datePatterns = []struct {
	re    *regexp.Regexp
	shape dateShape
}{
	{regexp.MustCompile(`(?i)\b` + reWeekday + reMonth + `(\s*)(\d{1,2})` + reOrd + `(?:(\s*,\s*|\s+)` + reYear + `)?`), shapeMonthDay},
	{regexp.MustCompile(`(?i)\b` + reWeekday + `(\d{1,2})` + reOrd + `([\s\-/.]*` + reOf + `)` + reMonth + `(?:([\s\-/.,]*` + reOf + `)` + reYear + `)?`), shapeDayMonth},
	{regexp.MustCompile(`(?i)\b` + reMonth + `([\s,\-/]*` + reOf + `)(\d{4}|'\s?\d{2})`), shapeMonthYear},
	{regexp.MustCompile(`(\d{1,4})(\s*[/.\-]\s*)(\d{1,2})(\s*[/.\-]\s*|\s+)(\d{1,4})`), shapeNumeric3},
	{regexp.MustCompile(`^\s*(\d{1,2})(\s+)(\d{1,2})(\s+)(\d{2}|\d{4})\s*$`), shapeNumeric3},
	{regexp.MustCompile(`(\d{1,2})(\s*[/\-]\s*)(\d{1,4})`), shapeNumeric2},
	{regexp.MustCompile(`^\s*(\d{4})\s*$`), shapeYear},
}

// ParseDate reads the dates in s: named and numeric dates in any common
// layout, numeric ones in the order c gives unless a field over 12 says
// otherwise. Text around the dates is kept in Between. OCR's look-alikes of
// an apostrophe ("Dec 10°98"), and a colon for a date's separator
// ("11.09:1983"), are read as what they stand for when nothing parses
// otherwise. It returns nil when s holds no date.
func ParseDate(s string, c Conventions) *DateParts {
	if p := parseDates(s, c); p != nil {
		return p
	}
	if fixed := FixApostrophes(s); fixed != s {
		return parseDates(fixed, c)
	}
	if fixed := FixColonSeparator(s); fixed != s {
		return parseDates(fixed, c)
	}
	return nil
}

// reColonSeparated is a dotted or dashed date one of whose separators OCR
// read as a colon ("11.09:1983", "04:11.2025"): no time runs on into a
// dot or a dash and a four-digit year.
var reColonSeparated = regexp.MustCompile(`\b(\d{1,2})(?::(\d{1,2})([.-])|([.-])(\d{1,2}):)((?:19|20)\d{2})\b`)

// FixColonSeparator reads that colon as the date's other separator; the
// text keeps its length.
func FixColonSeparator(s string) string {
	if !strings.Contains(s, ":") {
		return s
	}
	return reColonSeparated.ReplaceAllString(s, "${1}${3}${4}${2}${5}${3}${4}${6}")
}

// FixApostrophes reads the marks OCR puts for an apostrophe (a degree
// sign, an accent, a curly quote, a backtick) as apostrophes.
func FixApostrophes(s string) string { return apostrophes.Replace(s) }

var apostrophes = strings.NewReplacer("°", " '", "´", "'", "’", "'", "‘", "'", "`", "'")

// dateSpan is one date found at s[start:end].
type dateSpan struct {
	start, end int
	date       WrittenDate
}

// parseDates finds the dates of s, pattern by pattern; a match that
// touches a digit, starts or ends inside a word, runs into a letter after
// a digit, overlaps an earlier date or does not read as a valid date is
// left out.
func parseDates(s string, c Conventions) *DateParts {
	var spans []dateSpan
	taken := make([]bool, len(s)+1)
	for _, p := range datePatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(s, -1) {
			dropWeekday(s, p.shape, m)
			st, en := m[0], m[1]
			if !standsAlone(s, st, en) || anyTaken(taken[st:en]) {
				continue
			}
			if en < len(s) && p.shape != shapeYear && unicode.IsLetter(rune(s[en])) && endsInDigit(s[st:en]) {
				continue // "5/3rd" or a code like 12-10A
			}
			d, ok := readDate(p.shape, submatches(s, m), c)
			if !ok {
				continue
			}
			for k := st; k < en; k++ {
				taken[k] = true
			}
			spans = append(spans, dateSpan{st, en, d})
		}
	}
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].start < spans[b].start })
	p := &DateParts{DayFirst: c.DayFirst}
	pos := 0
	for _, sp := range spans {
		p.Between = append(p.Between, s[pos:sp.start])
		p.Dates = append(p.Dates, sp.date)
		pos = sp.end
	}
	p.Between = append(p.Between, s[pos:])
	return p
}

// dropWeekday leaves a word in the weekday place of a named date out of
// the match (m, submatch indices) when it is no weekday name ("Invoice
// March 3"): the match then starts at group 3 (the month or the day).
func dropWeekday(s string, shape dateShape, m []int) {
	if shape != shapeMonthDay && shape != shapeDayMonth || m[2] < 0 {
		return
	}
	if LookupWeekday(s[m[2]:m[3]]) != nil {
		return
	}
	m[0] = m[6]
	m[2], m[3], m[4], m[5] = -1, -1, -1, -1
}

// standsAlone reports whether s[st:en] touches no digit and, where it
// starts or ends with a letter, no letter either.
func standsAlone(s string, st, en int) bool {
	if st > 0 && isASCIIDigit(s[st-1]) || en < len(s) && isASCIIDigit(s[en]) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:st])
	first, _ := utf8.DecodeRuneInString(s[st:])
	last, _ := utf8.DecodeLastRuneInString(s[:en])
	after, _ := utf8.DecodeRuneInString(s[en:])
	return !(st > 0 && unicode.IsLetter(before) && unicode.IsLetter(first)) &&
		!(en < len(s) && unicode.IsLetter(after) && unicode.IsLetter(last))
}

// submatches are the texts of match m's groups ("" where a group did not
// take part).
func submatches(s string, m []int) []string {
	sub := make([]string, len(m)/2)
	for k := range sub {
		if m[2*k] >= 0 {
			sub[k] = s[m[2*k]:m[2*k+1]]
		}
	}
	return sub
}

func anyTaken(t []bool) bool {
	for _, x := range t {
		if x {
			return true
		}
	}
	return false
}

func endsInDigit(s string) bool { return s != "" && isASCIIDigit(s[len(s)-1]) }

// layout builds a date's layout from pieces, leaving out empty ones.
type layout []DateField

func (l *layout) add(kind DateFieldKind, text string, padded bool) {
	if text != "" {
		*l = append(*l, DateField{Kind: kind, Text: text, Padded: padded})
	}
}

// addName adds a month or weekday name read in language lang.
func (l *layout) addName(kind DateFieldKind, text, lang string) {
	if text != "" {
		*l = append(*l, DateField{Kind: kind, Text: text, Lang: lang})
	}
}

// readName reads a month name (or, with weekday, a weekday name): exactly,
// or a month name with one OCR error. An empty weekday is fine.
func readName(word string, weekday bool) (NameHit, bool) {
	if weekday {
		if word == "" {
			return NameHit{}, true
		}
		return PreferHit(word, LookupWeekday(word))
	}
	if h, ok := PreferHit(word, LookupMonth(word)); ok {
		return h, true
	}
	return FuzzyMonth(word)
}

// readDate reads one match of a pattern of the given shape (its
// submatches) as a date; ok is false when the fields do not make a valid
// date.
func readDate(shape dateShape, sub []string, c Conventions) (WrittenDate, bool) {
	switch shape {
	case shapeMonthDay:
		return readMonthDay(sub)
	case shapeDayMonth:
		return readDayMonth(sub)
	case shapeMonthYear:
		return readMonthYear(sub)
	case shapeNumeric3:
		return readNumeric3(sub, c)
	case shapeNumeric2:
		return readNumeric2(sub, c)
	case shapeYear:
		// 0 the whole value, 1 the year
		y := atoi(sub[1])
		lead := sub[0][:strings.Index(sub[0], sub[1])]
		var l layout
		l.add(FieldLiteral, lead, false)
		l.add(FieldYear, sub[1], false)
		l.add(FieldLiteral, sub[0][len(lead)+len(sub[1]):], false)
		return WrittenDate{Year: y, HasYear: true, Layout: l}, y >= 1800 && y < 2200
	}
	return WrittenDate{}, false
}

// readMonthDay reads [Weekday] Month D[th][, Year]: submatches 1 weekday,
// 2 its separator, 3 month, 4 dot, 5 space, 6 day, 7 ordinal, 8 separator,
// 9 year.
func readMonthDay(sub []string) (WrittenDate, bool) {
	return readNamed([]DateField{
		{Kind: FieldWeekday, Text: sub[1]}, {Kind: FieldLiteral, Text: sub[2]},
		{Kind: FieldMonthName, Text: sub[3]}, {Kind: FieldLiteral, Text: sub[4] + sub[5]},
		{Kind: FieldDay, Text: sub[6]}, {Kind: FieldOrdinal, Text: sub[7]},
	}, sub[8], sub[9])
}

// readDayMonth reads [Weekday] D[th][.] [of|de] Month[,] [de] [Year]:
// submatches 1 weekday, 2 its separator, 3 day, 4 ordinal, 5 separator, 6
// month, 7 dot, 8 separator, 9 year.
func readDayMonth(sub []string) (WrittenDate, bool) {
	return readNamed([]DateField{
		{Kind: FieldWeekday, Text: sub[1]}, {Kind: FieldLiteral, Text: sub[2]},
		{Kind: FieldDay, Text: sub[3]}, {Kind: FieldOrdinal, Text: sub[4]},
		{Kind: FieldLiteral, Text: sub[5]}, {Kind: FieldMonthName, Text: sub[6]},
		{Kind: FieldLiteral, Text: sub[7]},
	}, sub[8], sub[9])
}

// readNamed reads a date with a day and a month name from its pieces in
// written order (empty ones are left out) and its optional year: the
// names are looked up (readName), an ordinal must suit the month's
// language.
func readNamed(pieces []DateField, sep, year string) (WrittenDate, bool) {
	d := WrittenDate{HasMonth: true, HasDay: true}
	var l layout
	ord, lang := "", ""
	for _, f := range pieces {
		switch f.Kind {
		case FieldWeekday, FieldMonthName:
			h, ok := readName(f.Text, f.Kind == FieldWeekday)
			if !ok {
				return d, false
			}
			if f.Kind == FieldMonthName {
				d.Month, lang = h.Num, h.Lang
			}
			l.addName(f.Kind, f.Text, h.Lang)
			continue
		case FieldDay:
			d.Day = atoi(f.Text)
		case FieldOrdinal:
			ord = f.Text
		}
		l.add(f.Kind, f.Text, false)
	}
	if !ordinalOK(ord, lang) {
		return d, false
	}
	return withYear(d, l, sep, year)
}

// readMonthYear reads Month [de] Year: submatches 1 month, 2 dot, 3
// separator, 4 year.
func readMonthYear(sub []string) (WrittenDate, bool) {
	mon, ok := readName(sub[1], false)
	if !ok {
		return WrittenDate{}, false
	}
	y, ok := parseYear(sub[4])
	d := WrittenDate{Year: y, Month: mon.Num, HasYear: true, HasMonth: true}
	var l layout
	l.addName(FieldMonthName, sub[1], mon.Lang)
	l.add(FieldLiteral, sub[2]+sub[3], false)
	l.add(FieldYear, sub[4], false)
	d.Layout = l
	return d, ok && d.valid()
}

// ordinalOK: an ordinal suffix belongs to the month's language ("3rd"
// with English names, "1er" with French ones, "1º" with Spanish and
// Portuguese ones).
func ordinalOK(ord, lang string) bool {
	switch strings.ToLower(ord) {
	case "":
		return true
	case "er":
		return lang == "fr"
	case "º":
		return lang == "es" || lang == "pt" || lang == "it"
	}
	return lang == "en"
}

// withYear completes a date with a day and a month by its optional year
// (sep, the text before it, and year, both empty when there is none).
func withYear(d WrittenDate, l layout, sep, year string) (WrittenDate, bool) {
	if year != "" {
		d.Year, d.HasYear = parseYear(year)
		l.add(FieldLiteral, sep, false)
		l.add(FieldYear, year, false)
	}
	d.Layout = l
	return d, d.valid()
}

// readNumeric3 reads D/M/Y, M/D/Y or Y/M/D: a four-digit first field is a
// year; otherwise the last field is, and the first two are in the order
// the conventions give unless one of them is over 12.
func readNumeric3(sub []string, c Conventions) (WrittenDate, bool) {
	a, b, cc := sub[1], sub[3], sub[5]
	av, bv, cv := atoi(a), atoi(b), atoi(cc)
	var d WrittenDate
	var order [3]DateFieldKind
	switch {
	case len(a) == 4 || len(a) == 3:
		if len(a) == 3 || len(cc) > 2 {
			return d, false
		}
		d = WrittenDate{Year: av, Month: bv, Day: cv}
		order = [3]DateFieldKind{FieldYear, FieldMonth, FieldDay}
	case len(cc) == 2 || len(cc) == 4:
		monthFirst := !c.DayFirst
		if monthFirst && av > 12 && bv <= 12 {
			monthFirst = false
		} else if !monthFirst && bv > 12 && av <= 12 {
			monthFirst = true
		}
		y, ok := parseYear(cc)
		if !ok {
			return d, false
		}
		if monthFirst {
			d = WrittenDate{Year: y, Month: av, Day: bv}
			order = [3]DateFieldKind{FieldMonth, FieldDay, FieldYear}
		} else {
			d = WrittenDate{Year: y, Month: bv, Day: av}
			order = [3]DateFieldKind{FieldDay, FieldMonth, FieldYear}
		}
	default:
		return d, false
	}
	d.HasYear, d.HasMonth, d.HasDay = true, true, true
	parts := [3]string{a, b, cc}
	padded := zeroPadded(parts, order)
	var l layout
	for i, kind := range order {
		l.add(kind, parts[i], padded && kind != FieldYear)
		if i < 2 {
			l.add(FieldLiteral, sub[2+2*i], false)
		}
	}
	d.Layout = l
	return d, d.valid()
}

// readNumeric2 reads M/YY or M/YYYY (a second field over 31 or of four
// digits is a year), else M/D, or D/M in the order the conventions give
// unless one field is over 12.
func readNumeric2(sub []string, c Conventions) (WrittenDate, bool) {
	a, b := sub[1], sub[3]
	av, bv := atoi(a), atoi(b)
	if len(b) == 3 {
		return WrittenDate{}, false
	}
	var l layout
	if len(b) == 4 || bv > 31 {
		y, ok := parseYear(b)
		d := WrittenDate{Year: y, Month: av, HasYear: true, HasMonth: true}
		l.add(FieldMonth, a, len(a) == 2 && a[0] == '0')
		l.add(FieldLiteral, sub[2], false)
		l.add(FieldYear, b, false)
		d.Layout = l
		return d, ok && d.valid()
	}
	d := WrittenDate{Month: av, Day: bv, HasMonth: true, HasDay: true}
	order := [3]DateFieldKind{FieldMonth, FieldDay, FieldLiteral}
	if c.DayFirst && !(bv > 12 && av <= 12) || !c.DayFirst && av > 12 && bv <= 12 {
		d.Month, d.Day = bv, av
		order = [3]DateFieldKind{FieldDay, FieldMonth, FieldLiteral}
	}
	padded := zeroPadded([3]string{a, b, ""}, order)
	l.add(order[0], a, padded)
	l.add(FieldLiteral, sub[2], false)
	l.add(order[1], b, padded)
	d.Layout = l
	return d, d.valid()
}

// zeroPadded guesses whether the day and month fields are zero-padded: one
// of them has a leading zero, or both have two digits.
func zeroPadded(parts [3]string, order [3]DateFieldKind) bool {
	twoDigits := 0
	fields := 0
	for i, o := range order {
		if o != FieldMonth && o != FieldDay {
			continue
		}
		fields++
		if len(parts[i]) == 2 {
			twoDigits++
			if parts[i][0] == '0' {
				return true
			}
		}
	}
	return fields == 2 && twoDigits == 2
}

// valid reports whether the fields the date shows make a date: a month
// 1-12 and a day that month has (in leap year 2000 without a year).
func (d WrittenDate) valid() bool {
	switch {
	case d.HasMonth && d.HasDay:
		y := d.Year
		if !d.HasYear {
			y = 2000
		}
		return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= DaysIn(y, d.Month)
	case d.HasMonth:
		return d.Month >= 1 && d.Month <= 12
	}
	return d.HasYear
}

// DaysIn is the number of days of month m (1-12) of year y.
func DaysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseYear reads "1998", "98", "'98" or "' 98"; two-digit years are placed
// in the century that puts them at most 10 years ahead of today.
func parseYear(s string) (int, bool) {
	s = strings.TrimSpace(strings.TrimLeft(s, "'’ "))
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	switch len(s) {
	case 4:
		return v, v >= 1800 && v < 2200
	case 2:
		now := time.Now().Year()
		y := now/100*100 + v
		if y > now+10 {
			y -= 100
		}
		return y, true
	}
	return 0, false
}

// atoi reads a field the patterns matched as digits.
func atoi(s string) int {
	v, _ := strconv.Atoi(s)
	return v
}
