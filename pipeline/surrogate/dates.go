package surrogate

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

var monthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

const (
	reMonth   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(\.|\b)`
	reWeekday = `(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(\.?,?\s+))?`
	reYear    = `('\s?\d{2}|\d{4}|\d{2})`
	reOrd     = `(st|nd|rd|th)?`
)

// datePattern is one date shape; parse turns a match's submatches into a
// date and a formatter that writes a new date in the same shape.
type datePattern struct {
	re   *regexp.Regexp
	kind int
}

const (
	dpMonthDay  = iota // [Weekday] Month D[th][, Year]
	dpDayMonth         // [Weekday] D[th] [of] Month[,] [Year]
	dpMonthYear        // Month Year
	dpNumeric3         // 12/10/98, 1998-12-10, 12 /10 /98, 5/3 90
	dpNumeric2         // 12/90 (month/year) or 2/22 (month/day)
	dpYear             // 1998 alone
)

var datePatterns = []datePattern{
	{regexp.MustCompile(`(?i)\b` + reWeekday + reMonth + `(\s*)(\d{1,2})` + reOrd + `(?:(\s*,\s*|\s+)` + reYear + `)?`), dpMonthDay},
	{regexp.MustCompile(`(?i)\b` + reWeekday + `(\d{1,2})` + reOrd + `([\s\-/.]*(?:of\s+)?)` + reMonth + `(?:([\s\-/.,]*)` + reYear + `)?`), dpDayMonth},
	{regexp.MustCompile(`(?i)\b` + reMonth + `([\s,\-/]*)(\d{4}|'\s?\d{2})`), dpMonthYear},
	{regexp.MustCompile(`(\d{1,4})(\s*[/.\-]\s*)(\d{1,2})(\s*[/.\-]\s*|\s+)(\d{1,4})`), dpNumeric3},
	{regexp.MustCompile(`^\s*(\d{1,2})(\s+)(\d{1,2})(\s+)(\d{2}|\d{4})\s*$`), dpNumeric3},
	{regexp.MustCompile(`(\d{1,2})(\s*[/\-]\s*)(\d{1,4})`), dpNumeric2},
	{regexp.MustCompile(`^\s*(\d{4})\s*$`), dpYear},
}

// genDate shifts every date it can parse in the original by the document's
// shift and writes it back in the same format; text around the dates is
// kept. Without a parsable date it replaces digits (or, without digits,
// letters) one by one.
func genDate(j *job) (string, error) {
	s := j.orig
	type span struct {
		start, end int
		repl       string
	}
	var spans []span
	taken := make([]bool, len(s)+1)
	for _, p := range datePatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(s, -1) {
			st, en := m[0], m[1]
			if st > 0 && isASCIIDigit(rune(s[st-1])) || en < len(s) && isASCIIDigit(rune(s[en])) {
				continue
			}
			if en < len(s) && p.kind != dpYear && unicode.IsLetter(rune(s[en])) && endsInDigit(s[st:en]) {
				continue // "5/3rd" or a code like 12-10A
			}
			overlap := false
			for k := st; k < en; k++ {
				if taken[k] {
					overlap = true
					break
				}
			}
			if overlap {
				continue
			}
			sub := make([]string, len(m)/2)
			for k := range sub {
				if m[2*k] >= 0 {
					sub[k] = s[m[2*k]:m[2*k+1]]
				}
			}
			repl, ok := j.g.shiftDate(p.kind, sub, j.shift)
			if !ok {
				continue
			}
			for k := st; k < en; k++ {
				taken[k] = true
			}
			spans = append(spans, span{st, en, repl})
		}
	}
	if len(spans) == 0 {
		// OCR reads the apostrophe of "Dec 10 '98" as a degree sign or an
		// accent: read it as one and try again.
		if fixed := apostrophes.Replace(s); fixed != s {
			k := *j
			k.orig = fixed
			return genDate(&k)
		}
		r := j.rng(j.norm)
		if garbledNumericDate(s) {
			// A numeric date OCR could not read ("11/04/96" as "1104s",
			// its slashes lost): a date in the common numeric form, not
			// the garble's shape redrawn.
			return pad(1+r.IntN(12), 2) + "/" + pad(1+r.IntN(28), 2) + "/" + pad(r.IntN(100), 2), nil
		}
		if digitsOf(s) == "" {
			return charwise(r, s), nil
		}
		return charwiseDigits(r, s), nil
	}
	// Rebuild left to right.
	var b strings.Builder
	pos := 0
	for pos < len(s) {
		found := false
		for _, sp := range spans {
			if sp.start == pos {
				b.WriteString(sp.repl)
				pos = sp.end
				found = true
				break
			}
		}
		if !found {
			b.WriteByte(s[pos])
			pos++
		}
	}
	return b.String(), nil
}

// garbledNumericDate reports whether a value that no date pattern matched
// is mostly digits (at least four, and four in five of its letters and
// digits): a numeric date misread.
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

var apostrophes = strings.NewReplacer("°", " '", "´", "'", "’", "'", "‘", "'", "`", "'")

func endsInDigit(s string) bool { return s != "" && isASCIIDigit(rune(s[len(s)-1])) }

// dateFields is a parsed date and which parts the original showed.
type dateFields struct {
	y, m, d          int
	hasY, hasM, hasD bool
}

func (g *Generator) shiftDate(kind int, sub []string, shift int) (string, bool) {
	switch kind {
	case dpMonthDay:
		// 1 weekday, 2 wd-sep, 3 month, 4 dot, 5 sp, 6 day, 7 ord, 8 sep, 9 year
		m := monthIndex(sub[3])
		d, _ := strconv.Atoi(sub[6])
		f := dateFields{m: m, d: d, hasM: true, hasD: true}
		if sub[9] != "" {
			f.y, f.hasY = parseYear(sub[9])
		}
		nf, ok := shiftFields(f, shift)
		if !ok {
			return "", false
		}
		var b strings.Builder
		writeWeekday(&b, sub[1], sub[2], nf)
		b.WriteString(formatMonth(sub[3], nf.m) + sub[4] + sub[5])
		b.WriteString(formatNum(sub[6], nf.d, false) + ordinal(sub[7], nf.d))
		if sub[9] != "" {
			b.WriteString(sub[8] + formatYear(sub[9], nf.y))
		}
		return b.String(), true
	case dpDayMonth:
		// 1 weekday, 2 wd-sep, 3 day, 4 ord, 5 sep, 6 month, 7 dot, 8 sep, 9 year
		m := monthIndex(sub[6])
		d, _ := strconv.Atoi(sub[3])
		f := dateFields{m: m, d: d, hasM: true, hasD: true}
		if sub[9] != "" {
			f.y, f.hasY = parseYear(sub[9])
		}
		nf, ok := shiftFields(f, shift)
		if !ok {
			return "", false
		}
		var b strings.Builder
		writeWeekday(&b, sub[1], sub[2], nf)
		b.WriteString(formatNum(sub[3], nf.d, false) + ordinal(sub[4], nf.d) + sub[5])
		b.WriteString(formatMonth(sub[6], nf.m) + sub[7])
		if sub[9] != "" {
			b.WriteString(sub[8] + formatYear(sub[9], nf.y))
		}
		return b.String(), true
	case dpMonthYear:
		// 1 month, 2 dot, 3 sep, 4 year
		y, ok := parseYear(sub[4])
		if !ok {
			return "", false
		}
		nf, ok := shiftFields(dateFields{y: y, m: monthIndex(sub[1]), hasY: true, hasM: true}, shift)
		if !ok {
			return "", false
		}
		return formatMonth(sub[1], nf.m) + sub[2] + sub[3] + formatYear(sub[4], nf.y), true
	case dpNumeric3:
		return g.shiftNumeric3(sub, shift)
	case dpNumeric2:
		return g.shiftNumeric2(sub, shift)
	case dpYear:
		y, _ := strconv.Atoi(sub[1])
		if y < 1800 || y >= 2200 {
			return "", false
		}
		nf, ok := shiftFields(dateFields{y: y, hasY: true}, shift)
		if !ok {
			return "", false
		}
		return strings.Replace(sub[0], sub[1], strconv.Itoa(nf.y), 1), true
	}
	return "", false
}

// shiftNumeric3 handles D/M/Y in any order the locale and values allow.
func (g *Generator) shiftNumeric3(sub []string, shift int) (string, bool) {
	a, b, c := sub[1], sub[3], sub[5]
	av, _ := strconv.Atoi(a)
	bv, _ := strconv.Atoi(b)
	cv, _ := strconv.Atoi(c)
	var f dateFields
	var order [3]byte // which field each position holds: 'y', 'm', 'd'
	switch {
	case len(a) == 4 || (len(a) == 3):
		if len(a) == 3 || len(c) > 2 {
			return "", false
		}
		f = dateFields{y: av, m: bv, d: cv}
		order = [3]byte{'y', 'm', 'd'}
	case len(c) == 2 || len(c) == 4:
		monthFirst := !g.dayFirst
		if monthFirst && av > 12 && bv <= 12 {
			monthFirst = false
		} else if !monthFirst && bv > 12 && av <= 12 {
			monthFirst = true
		}
		y, ok := parseYear(c)
		if !ok {
			return "", false
		}
		if monthFirst {
			f = dateFields{y: y, m: av, d: bv}
			order = [3]byte{'m', 'd', 'y'}
		} else {
			f = dateFields{y: y, m: bv, d: av}
			order = [3]byte{'d', 'm', 'y'}
		}
	default:
		return "", false
	}
	if len(a) == 4 {
		f.y = av
	}
	f.hasY, f.hasM, f.hasD = true, true, true
	nf, ok := shiftFields(f, shift)
	if !ok {
		return "", false
	}
	padded := zeroPadded(sub[1], sub[3], sub[5], order)
	parts := [3]string{a, b, c}
	var out [3]string
	for i, o := range order {
		switch o {
		case 'y':
			out[i] = formatYear(parts[i], nf.y)
		case 'm':
			out[i] = formatNum(parts[i], nf.m, padded)
		case 'd':
			out[i] = formatNum(parts[i], nf.d, padded)
		}
	}
	return out[0] + sub[2] + out[1] + sub[4] + out[2], true
}

// shiftNumeric2 handles M/YY and M/D (D/M under a day-first locale).
func (g *Generator) shiftNumeric2(sub []string, shift int) (string, bool) {
	a, b := sub[1], sub[3]
	av, _ := strconv.Atoi(a)
	bv, _ := strconv.Atoi(b)
	if len(b) == 3 {
		return "", false
	}
	if len(b) == 4 || bv > 31 {
		y, ok := parseYear(b)
		if !ok {
			return "", false
		}
		nf, ok := shiftFields(dateFields{y: y, m: av, hasY: true, hasM: true}, shift)
		if !ok {
			return "", false
		}
		return formatNum(a, nf.m, len(a) == 2 && a[0] == '0') + sub[2] + formatYear(b, nf.y), true
	}
	f := dateFields{m: av, d: bv, hasM: true, hasD: true}
	order := [3]byte{'m', 'd'}
	if g.dayFirst && !(bv > 12 && av <= 12) || !g.dayFirst && av > 12 && bv <= 12 {
		f.m, f.d = bv, av
		order = [3]byte{'d', 'm'}
	}
	nf, ok := shiftFields(f, shift)
	if !ok {
		return "", false
	}
	padded := zeroPadded(a, b, "", order)
	val := func(o byte) int {
		if o == 'm' {
			return nf.m
		}
		return nf.d
	}
	return formatNum(a, val(order[0]), padded) + sub[2] + formatNum(b, val(order[1]), padded), true
}

// zeroPadded guesses whether the day and month fields are zero-padded: one
// of them has a leading zero, or both have two digits.
func zeroPadded(a, b, c string, order [3]byte) bool {
	parts := [3]string{a, b, c}
	twoDigits := 0
	fields := 0
	for i, o := range order {
		if o != 'm' && o != 'd' {
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

// shiftFields moves a date by shift days. A date without a day moves by
// whole months (at least one), a bare year by whole years (at least one);
// a date without a year is shifted within leap year 2000.
func shiftFields(f dateFields, shift int) (dateFields, bool) {
	switch {
	case f.hasM && f.hasD:
		y := f.y
		if !f.hasY {
			y = 2000
		}
		if f.m < 1 || f.m > 12 || f.d < 1 || f.d > daysIn(y, f.m) {
			return f, false
		}
		t := time.Date(y, time.Month(f.m), f.d, 12, 0, 0, 0, time.UTC).AddDate(0, 0, shift)
		n := dateFields{y: t.Year(), m: int(t.Month()), d: t.Day(), hasY: f.hasY, hasM: true, hasD: true}
		return n, true
	case f.hasM:
		if f.m < 1 || f.m > 12 {
			return f, false
		}
		months := roundAway(float64(shift) / 30.44)
		t := time.Date(f.y, time.Month(f.m), 1, 12, 0, 0, 0, time.UTC).AddDate(0, months, 0)
		return dateFields{y: t.Year(), m: int(t.Month()), hasY: f.hasY, hasM: true}, true
	case f.hasY:
		return dateFields{y: f.y + roundAway(float64(shift)/365.25), hasY: true}, true
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

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func monthIndex(tok string) int {
	t := strings.ToLower(tok)
	for i, n := range monthNames {
		if strings.HasPrefix(strings.ToLower(n), t[:3]) {
			return i + 1
		}
	}
	return 0
}

// formatMonth writes month m in the form (full or abbreviated) and case of
// the original token.
func formatMonth(orig string, m int) string {
	full := monthNames[m-1]
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

func writeWeekday(b *strings.Builder, orig, sep string, f dateFields) {
	if orig == "" {
		return
	}
	if !f.hasY {
		b.WriteString(orig + sep) // without a year the weekday is unknown
		return
	}
	wd := weekdayNames[time.Date(f.y, time.Month(f.m), f.d, 12, 0, 0, 0, time.UTC).Weekday()]
	if len(orig) <= 4 {
		wd = wd[:3]
	}
	b.WriteString(matchCase(orig, wd) + sep)
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

// formatYear writes y with the original's width and apostrophe.
func formatYear(orig string, y int) string {
	digits := strings.TrimLeft(orig, "'’ ")
	prefix := orig[:len(orig)-len(digits)]
	if len(digits) == 2 {
		return prefix + pad(((y%100)+100)%100, 2)
	}
	return prefix + pad(y, len(digits))
}
