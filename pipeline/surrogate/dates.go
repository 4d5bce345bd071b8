package surrogate

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

var weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// genDate shifts every date detection read in the value by the document's
// shift and writes it back in its own layout; text around the dates is
// kept. A value without dates has its digits (or, without digits, its
// letters) replaced one by one.
func genDate(j *job) (string, error) {
	p := j.value.Date
	if p == nil || len(p.Between) != len(p.Dates)+1 {
		return dateFallback(j), nil
	}
	var b strings.Builder
	for i, d := range p.Dates {
		b.WriteString(p.Between[i])
		nd, ok := shiftDate(d, j.shift)
		if !ok {
			return dateFallback(j), nil
		}
		writeDate(&b, d.Layout, nd)
	}
	b.WriteString(p.Between[len(p.Dates)])
	return b.String(), nil
}

// dateFallback redraws a value that holds no date, read as detection read
// it (OCR's look-alikes of an apostrophe read as apostrophes).
func dateFallback(j *job) string {
	s := entity.FixApostrophes(j.orig)
	r := j.rng(j.norm)
	if garbledNumericDate(s) {
		// A numeric date OCR could not read ("11/04/96" as "1104s", its
		// slashes lost): a date in the common numeric form, not the
		// garble's shape redrawn.
		return pad(1+r.IntN(12), 2) + "/" + pad(1+r.IntN(28), 2) + "/" + pad(r.IntN(100), 2)
	}
	if digitsOf(s) == "" {
		return charwise(r, s)
	}
	return charwiseDigits(r, s)
}

// garbledNumericDate reports whether a value that holds no date is mostly
// digits (at least four, and four in five of its letters and digits): a
// numeric date misread.
func garbledNumericDate(s string) bool {
	digits, alnum := 0, 0
	for _, c := range s {
		switch {
		case isASCIIDigit(c):
			digits++
			alnum++
		case unicode.IsLetter(c):
			alnum++
		}
	}
	return digits >= 4 && digits <= 8 && 5*digits >= 4*alnum
}

// writeDate writes date d in the layout of the original date.
func writeDate(b *strings.Builder, layout []entity.DateField, d entity.WrittenDate) {
	for _, f := range layout {
		switch f.Kind {
		case entity.FieldWeekday:
			b.WriteString(formatWeekday(f.Text, d))
		case entity.FieldMonthName:
			b.WriteString(formatMonth(f.Text, d.Month))
		case entity.FieldMonth:
			b.WriteString(formatNum(f.Text, d.Month, f.Padded))
		case entity.FieldDay:
			b.WriteString(formatNum(f.Text, d.Day, f.Padded))
		case entity.FieldOrdinal:
			b.WriteString(ordinal(f.Text, d.Day))
		case entity.FieldYear:
			b.WriteString(formatYear(f.Text, d.Year))
		default:
			b.WriteString(f.Text)
		}
	}
}

// shiftDate moves a date by shift days. A date without a day moves by
// whole months (at least one), a bare year by whole years (at least one);
// a date without a year is shifted within leap year 2000. ok is false for
// fields that make no date.
func shiftDate(f entity.WrittenDate, shift int) (entity.WrittenDate, bool) {
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
		return entity.WrittenDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), HasYear: f.HasYear, HasMonth: true, HasDay: true}, true
	case f.HasMonth:
		if f.Month < 1 || f.Month > 12 {
			return f, false
		}
		months := roundAway(float64(shift) / 30.44)
		t := time.Date(f.Year, time.Month(f.Month), 1, 12, 0, 0, 0, time.UTC).AddDate(0, months, 0)
		return entity.WrittenDate{Year: t.Year(), Month: int(t.Month()), HasYear: f.HasYear, HasMonth: true}, true
	case f.HasYear:
		return entity.WrittenDate{Year: f.Year + roundAway(float64(shift)/365.25), HasYear: true}, true
	}
	return f, false
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

// formatMonth writes month m in the form (full or abbreviated) and case of
// the original token.
func formatMonth(orig string, m int) string {
	full := entity.MonthNames[m-1]
	lo := strings.ToLower(orig)
	var s string
	switch {
	case len(orig) > 4 || lo == "may" || lo == "june" || lo == "july":
		s = full
	case len(orig) == 4 && lo == "sept" && m == 9:
		s = "Sept"
	default:
		s = full[:3]
	}
	return matchCase(orig, s)
}

// formatWeekday writes the weekday of d like the original weekday; without
// a year the weekday is unknown and the original stays.
func formatWeekday(orig string, d entity.WrittenDate) string {
	if !d.HasYear {
		return orig
	}
	wd := weekdayNames[time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).Weekday()]
	if len(orig) <= 4 {
		wd = wd[:3]
	}
	return matchCase(orig, wd)
}

func ordinal(orig string, d int) string {
	if orig == "" {
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
