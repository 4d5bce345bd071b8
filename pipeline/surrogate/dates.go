package surrogate

import (
	"errors"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
)

// Bounds of a surrogate date's year: no earlier than minYear, no later
// than next year.
const minYear = 1900

// monoSearchDays bounds the search, in monospaced text, for a date near
// the shifted one that is written with as many characters as the original.
const monoSearchDays = 400

// genDate shifts every date detection read in the value by the document's
// shift and writes it back in its own layout, language and order (day or
// month first, as read); text around the dates is kept unless it is OCR
// noise. In monospaced text a date keeps its character count where its
// layout allows. A value without dates gets a clean date in a neutral
// numeric form.
func genDate(j *job) (string, error) {
	p := j.value.Date
	if p == nil || len(p.Between) != len(p.Dates)+1 {
		return dateFallback(j), nil
	}
	// A later attempt moves the dates a day further per attempt: the
	// document's shift may land one character away from the original
	// ("2025/04/09" shifted by 122 days is "2025/08/09"), which reads as it.
	shift := j.shift + j.attempt
	var b strings.Builder
	between := append([]string(nil), p.Between...)
	for i, d := range p.Dates {
		b.WriteString(cleanBetween(between[i], i > 0))
		sh := shift
		if j.value.Conventions.OrderUnsure && eitherWay(d) {
			sh = wholeMonths(d, j.shift, j.attempt)
		}
		if !d.HasDay {
			// A month without its day moves a month per attempt: a day's
			// move leaves "MARS 2025" as it is.
			sh = j.shift + monthDays*j.attempt
		}
		s, nd, ok := writeShifted(d, sh, j.mono)
		if over := rangeOverflow(between[i+1], d, nd); ok && over > 0 {
			s, nd, ok = writeShifted(d, shift-over, j.mono) // the range ends in the month
		}
		if !ok {
			return dateFallback(j), nil
		}
		b.WriteString(s)
		between[i+1] = shiftDayRangeEnd(between[i+1], d, nd)
	}
	b.WriteString(cleanBetween(between[len(p.Dates)], false))
	out := strings.TrimSpace(b.String())
	if verify.Leaks(out, j.orig) {
		return "", errTooClose
	}
	return out, nil
}

// eitherWay reports a numeric date whose day and month are both 12 or
// less ("02-11-2025"): read day first or month first, it is a date.
func eitherWay(d entity.WrittenDate) bool {
	if !d.HasDay || !d.HasMonth || d.Day > 12 || d.Month > 12 {
		return false
	}
	return !slices.ContainsFunc(d.Layout, func(f entity.DateField) bool { return f.Kind == entity.FieldMonthName })
}

// wholeMonths is the shift, in days, that moves date d by the document's
// shift rounded to whole months (at least one): its day stays, so that a
// date whose order the page leaves unsure reads both ways in its stand-in
// too ("02-11-2025" never becomes "11-29-2024"). A later attempt (the
// stand-in was one character from the original, as months that share a
// digit are) moves the day by the attempt's number too, within 1..12.
func wholeMonths(d entity.WrittenDate, shift, attempt int) int {
	y := d.Year
	if !d.HasYear {
		y = 2000
	}
	days := attempt
	if d.Day+days > 12 {
		days = -min(attempt, d.Day-1)
	}
	orig := time.Date(y, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
	moved := orig.AddDate(0, roundAway(float64(shift)/30.44), days)
	return int(math.Round(moved.Sub(orig).Hours() / 24))
}

// errTooClose rejects a stand-in that the leak check would read as its
// original (verify.Leaks: within one edit).
var errTooClose = errors.New("surrogate: one character from the original")

// monthDays moves a date without its day by about a month.
const monthDays = 31

// dayRangeEndRe is the end of a range of days after a date's day ("March
// 1-15", "1–15 mars"): the dash, the last day and what follows.
var dayRangeEndRe = regexp.MustCompile(`^([-–]\s?)(\d{1,2})(\D.*|)$`)

// dayRangeEnd is the last day of a range of days that follows date d (the
// text after it, s); 0 when s starts with no such range.
func dayRangeEnd(s string, d entity.WrittenDate) (end int, m []string) {
	m = dayRangeEndRe.FindStringSubmatch(s)
	if m == nil || !d.HasDay {
		return 0, nil
	}
	end, _ = strconv.Atoi(m[2])
	if end <= d.Day || end > 31 {
		return 0, nil
	}
	return end, m
}

// rangeOverflow is by how many days a range of days after d (in s) would
// run past the end of the month of nd, d moved; 0 when it fits or there is
// no range.
func rangeOverflow(s string, d, nd entity.WrittenDate) int {
	end, _ := dayRangeEnd(s, d)
	if end == 0 || !nd.HasDay {
		return 0
	}
	return max(0, nd.Day+end-d.Day-entity.DaysIn(rangeYear(nd), nd.Month))
}

// rangeYear is nd's year, or one without a 29 February when it has none.
func rangeYear(nd entity.WrittenDate) int {
	if nd.HasYear {
		return nd.Year
	}
	return 2001
}

// shiftDayRangeEnd moves the last day of a range of days that follows
// date d (the text after it, s) as d moved to nd, so that the range keeps
// its length ("March 1-15" becomes "July 12-26", not "July 12-15"); s
// unchanged when it starts with no such range.
func shiftDayRangeEnd(s string, d, nd entity.WrittenDate) string {
	end, m := dayRangeEnd(s, d)
	if end == 0 || !nd.HasDay {
		return s
	}
	newEnd := min(nd.Day+end-d.Day, entity.DaysIn(rangeYear(nd), nd.Month))
	return m[1] + formatNum(m[2], newEnd, false) + m[3]
}

// writeShifted writes date d shifted by shift days. In monospaced text
// (mono) a date written with a different character count than the
// original is moved to one that has the same count: the shifted date in
// the nearest month that gives it (its day kept where that month has it),
// else the nearest day within monoSearchDays; never to one a character
// from the original, which the leak check refuses. Without such a date it
// keeps its own count.
func writeShifted(d entity.WrittenDate, shift int, mono bool) (string, entity.WrittenDate, bool) {
	s, nd, ok := writeOne(d, shift, mono)
	if !ok || !mono {
		return s, nd, ok
	}
	orig := layoutText(d.Layout)
	want := utf8.RuneCountInString(orig)
	if utf8.RuneCountInString(s) == want && !verify.Leaks(s, orig) {
		return s, nd, true
	}
	// A candidate as long as the original but one character from it
	// ("MARZO 2024" for "MARZO 2025", where the language has no other
	// month of five letters) would fail the leak check on every attempt.
	for _, sh := range monoShifts(d, shift) {
		if t, td, ok := writeOne(d, sh, mono); ok && utf8.RuneCountInString(t) == want && !verify.Leaks(t, orig) {
			return t, td, true
		}
	}
	return s, nd, true
}

// monoShifts are the shifts writeShifted tries, in order: the shifted date
// moved by 1, -1, 2, -2 ... 12 months, then by 1, -1 ... monoSearchDays
// days; never 0.
func monoShifts(d entity.WrittenDate, shift int) []int {
	var out []int
	if d.HasDay && d.HasMonth {
		y := d.Year
		if !d.HasYear {
			y = 2000
		}
		if d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= entity.DaysIn(y, d.Month) {
			orig := time.Date(y, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
			shifted := orig.AddDate(0, 0, shift)
			for k := 1; k <= 12; k++ {
				for _, sign := range []int{1, -1} {
					t := addMonthsClamped(shifted, sign*k)
					out = append(out, int(math.Round(t.Sub(orig).Hours()/24)))
				}
			}
		}
	}
	for delta := 1; delta <= monoSearchDays; delta++ {
		out = append(out, shift+delta, shift-delta)
	}
	kept := out[:0]
	for _, sh := range out {
		if sh != 0 {
			kept = append(kept, sh)
		}
	}
	return kept
}

// addMonthsClamped moves t by n months, keeping its day where the month
// has it and the month's last day otherwise.
func addMonthsClamped(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month(), 1, 12, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	day := min(t.Day(), entity.DaysIn(first.Year(), int(first.Month())))
	return first.AddDate(0, 0, day-1)
}

// writeOne shifts d by shift days and writes it in d's layout; it returns
// the shifted date too.
func writeOne(d entity.WrittenDate, shift int, mono bool) (string, entity.WrittenDate, bool) {
	nd, ok := shiftDate(d, shift)
	if !ok {
		return "", nd, false
	}
	var b strings.Builder
	writeDate(&b, d, nd, mono)
	return b.String(), nd, true
}

func layoutText(l []entity.DateField) string {
	var b strings.Builder
	for _, f := range l {
		b.WriteString(f.Text)
	}
	return b.String()
}

// cleanBetween is text around dates as the surrogate keeps it: words,
// spaces and ordinary punctuation ("WEEK OF ", " - ", " to "). A piece
// with OCR noise (rules, brackets, glued digits: "1_of_1_]__") is left
// out: a space between two dates (inner), nothing otherwise.
func cleanBetween(s string, inner bool) string {
	if !noisy(s) {
		return s
	}
	if inner {
		return " "
	}
	return ""
}

// noisy reports OCR noise: a character outside letters, digits, spaces and
// ordinary punctuation, or a word that mixes letters and digits.
func noisy(s string) bool {
	for _, w := range strings.Fields(s) {
		letters, digits := false, false
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters = true
			case isASCIIDigit(r):
				digits = true
			case !strings.ContainsRune(",.-–—/&:;()'", r):
				return true
			}
		}
		if letters && digits {
			return true
		}
	}
	return false
}

// dateFallback draws a clean date for a value that holds none (OCR noise,
// a garbled date): a numeric date in the value's conventions (day or month
// first), zero-padded, with a four-digit year or, for a short original, a
// two-digit one. Nothing of the original's characters is copied but the
// brackets around it.
func dateFallback(j *job) string {
	open := len(j.orig) - len(strings.TrimLeft(j.orig, "(["))
	closing := len(j.orig) - len(strings.TrimRight(j.orig, ")].,;"))
	if open == 0 || closing == 0 {
		return plainDateFallback(j)
	}
	// A date in brackets keeps them: "(eighteenth July two thousand and
	// fifteen)", a date written out after its figures.
	return j.orig[:open] + plainDateFallback(j) + j.orig[len(j.orig)-closing:]
}

// plainDateFallback is dateFallback's date alone.
func plainDateFallback(j *job) string {
	r := j.rng(j.norm)
	now := time.Now().Year()
	y := now - 60 + r.IntN(61)
	m := 1 + r.IntN(12)
	day := 1 + r.IntN(entity.DaysIn(y, m))
	year := pad(y, 4)
	if utf8.RuneCountInString(j.orig) < 9 {
		year = pad(y%100, 2)
	}
	if j.value.Conventions.DayFirst {
		return pad(day, 2) + "/" + pad(m, 2) + "/" + year
	}
	return pad(m, 2) + "/" + pad(day, 2) + "/" + year
}

// writeDate writes date nd in the layout of the original date orig; in
// monospaced text (mono) numbers keep their original width.
func writeDate(b *strings.Builder, orig entity.WrittenDate, nd entity.WrittenDate, mono bool) {
	layout := orig.Layout
	dropDot := false
	for _, f := range layout {
		text := f.Text
		if dropDot && f.Kind == entity.FieldLiteral && strings.HasPrefix(text, ".") {
			text = text[1:]
		}
		dropDot = false
		switch f.Kind {
		case entity.FieldWeekday:
			b.WriteString(formatWeekday(f, nd))
		case entity.FieldMonthName:
			name, abbr := formatMonth(f, orig.Month, nd.Month)
			b.WriteString(name)
			dropDot = !abbr // "Sept." -> "May", not "May."
		case entity.FieldMonth:
			b.WriteString(formatNum(f.Text, nd.Month, f.Padded || mono))
		case entity.FieldDay:
			b.WriteString(formatNum(f.Text, nd.Day, f.Padded || mono))
		case entity.FieldOrdinal:
			b.WriteString(ordinal(f.Text, nd.Day))
		case entity.FieldYear:
			b.WriteString(formatYear(f.Text, nd.Year))
		default:
			b.WriteString(text)
		}
	}
}

// shiftDate moves a date by shift days. A date without a day moves by
// whole months (at least one), a bare year by whole years (at least one);
// a date without a year is shifted within leap year 2000. A year that
// leaves minYear..next year is brought back into that range. ok is false
// for fields that make no date.
func shiftDate(f entity.WrittenDate, shift int) (entity.WrittenDate, bool) {
	var d entity.WrittenDate
	switch {
	case f.HasMonth && f.HasDay:
		y := f.Year
		if !f.HasYear {
			y = 2000
		}
		if f.Month < 1 || f.Month > 12 || f.Day < 1 || f.Day > entity.DaysIn(y, f.Month) {
			return f, false
		}
		t := time.Date(y, time.Month(f.Month), f.Day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, shift)
		d = entity.WrittenDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), HasYear: f.HasYear, HasMonth: true, HasDay: true}
	case f.HasMonth:
		if f.Month < 1 || f.Month > 12 {
			return f, false
		}
		months := roundAway(float64(shift) / 30.44)
		t := time.Date(f.Year, time.Month(f.Month), 1, 12, 0, 0, 0, time.UTC).AddDate(0, months, 0)
		d = entity.WrittenDate{Year: t.Year(), Month: int(t.Month()), HasYear: f.HasYear, HasMonth: true}
	case f.HasYear:
		d = entity.WrittenDate{Year: f.Year + roundAway(float64(shift)/365.25), HasYear: true}
	default:
		return f, false
	}
	return plausibleYear(d), true
}

// plausibleYear brings a date's year into minYear..next year, keeping its
// month and day (29 February becomes the 28th outside leap years).
func plausibleYear(d entity.WrittenDate) entity.WrittenDate {
	if !d.HasYear {
		return d
	}
	d.Year = min(max(d.Year, minYear), time.Now().Year()+1)
	if d.HasDay && d.Day > entity.DaysIn(d.Year, d.Month) {
		d.Day = entity.DaysIn(d.Year, d.Month)
	}
	return d
}

// roundAway rounds to the nearest integer, but never to zero.
func roundAway(x float64) int {
	n := int(math.Round(x))
	if n == 0 {
		if x < 0 {
			return -1
		}
		return 1
	}
	return n
}

// nameAbbr reports whether the original name f is an abbreviation in its
// language (hits: its readings).
func nameAbbr(f entity.DateField, hits []entity.NameHit) bool {
	for _, h := range hits {
		if h.Lang == f.Lang {
			return h.Abbr
		}
	}
	return false
}

// accentsDropped reports an original name written without the accents of
// its correct spelling ("Marz" for "März").
func accentsDropped(orig, correct string) bool {
	return entity.FoldAccents(correct) != correct && entity.FoldAccents(orig) == orig
}

// formatMonth writes month m in the language, form (full or abbreviated,
// with or without accents) and case of the original name f, which named
// month orig. abbr reports an abbreviation that differs from the full name
// (it takes the original's dot).
func formatMonth(f entity.DateField, orig, m int) (string, bool) {
	isAbbr := nameAbbr(f, entity.LookupMonth(f.Text))
	folded := accentsDropped(f.Text, entity.MonthName(f.Lang, orig, isAbbr))
	full := entity.MonthName(f.Lang, m, false)
	s := full
	if isAbbr {
		s = strings.TrimSuffix(entity.MonthName(f.Lang, m, true), ".")
		if f.Lang == "en" && m == 9 && strings.EqualFold(f.Text, "sept") {
			s = "Sept"
		}
	}
	if folded {
		s = entity.FoldAccents(s)
	}
	return matchCase(f.Text, s), s != full && s != entity.FoldAccents(full)
}

// formatWeekday writes the weekday of d like the original weekday f, in
// its language; without a year the weekday is unknown and the original
// stays.
func formatWeekday(f entity.DateField, d entity.WrittenDate) string {
	if !d.HasYear {
		return f.Text
	}
	wd := int(time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).Weekday())
	abbr := nameAbbr(f, entity.LookupWeekday(f.Text))
	s := strings.TrimSuffix(entity.WeekdayName(f.Lang, wd, abbr), ".")
	if entity.FoldAccents(f.Text) == f.Text {
		s = entity.FoldAccents(s)
	}
	return matchCase(f.Text, s)
}

// ordinal writes the ordinal suffix of day d like the original suffix:
// English "st", "nd", "rd", "th"; French "er" and Spanish, Portuguese or
// Italian "º" only on the first.
func ordinal(orig string, d int) string {
	switch strings.ToLower(orig) {
	case "":
		return ""
	case "er", "º":
		if d == 1 {
			return orig
		}
		return ""
	}
	suf := "th"
	if d%100 < 11 || d%100 > 13 {
		switch d % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return matchCase(orig, suf)
}

// formatNum writes v as the original field was written: zero-padded to its
// width when the field (or the date's style) is padded.
func formatNum(orig string, v int, padded bool) string {
	if padded || (len(orig) == 2 && orig[0] == '0') {
		return pad(v, len(orig))
	}
	return strconv.Itoa(v)
}

// formatYear writes y with the original's width and apostrophe.
func formatYear(orig string, y int) string {
	digits := strings.TrimLeft(orig, "'’ ")
	prefix := orig[:len(orig)-len(digits)]
	if len(digits) == 2 {
		return prefix + pad(((y%100)+100)%100, 2)
	}
	return prefix + pad(y, len(digits))
}
