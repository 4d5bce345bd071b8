package pii

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/editdist"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Date patterns. Month and weekday names are words the patterns place and
// the CLDR names of entity.LookupMonth and entity.LookupWeekday confirm
// (patReadMonth): English names only in name case, so "may" and "march" as
// ordinary words do not count; other languages' names, which they write
// in lower case ("30 avril 1966"), in any case with a year or an article.
const (
	patMonth   = `(\pL{3,12})`
	patWeekday = `(?:(\pL{2,12})[ ]{0,2}\.?[ ]{0,2},?[ ]{0,2})?`
	// patOf is the word between a day and its month or a month and its
	// year: "3rd of March", "12 de junio de 2023", "marzo del 2023".
	patOf = `(?:(?:of|de|del)[ ]{1,2})?`
	// patYearTail is an optional year after a day or month: ", 1998",
	// ",1998", ". 1998" (OCR), " '98", ", 98" (two digits without an
	// apostrophe only after a comma).
	patYearTail = `(?:[ ]{0,2}[,.]?[ ]{0,2}(\d{4})\b|[ ]{0,2},?[ ]{0,2}['’‘` + "`" + `][ ]?(\d{2})\b|[ ]{0,2},[ ]{0,2}(\d{2})\b)?`
	// patDateSep allows a doubled separator ("12- -4 -87", "11/ /29 /84").
	patDateSep = `[ ]{0,2}([/.\-])[ ]{0,2}(?:[/.\-][ ]{0,2})?`
)

var (
	// "December 10, 1998", "Dec. 10,1998", "Dec 10 '98", "Monday, March 3,
	// 1997", "October 3rd".
	patDateMDYRe = patCamel(patCompile(`(?i)\b`+patWeekday+`\b`+patMonth+`(?:[ ]{0,2}\.?[ ]{0,2}|)(?:["“”‘’][ ]?)?(\d{1,2})(?:st|nd|rd|th)?\b`+patYearTail, patFirstAlnum))
	// "10 December 1998", "28 Apr. 98", "10-Dec-98", "3rd of March, 1997",
	// "28, Apr: 98" (OCR).
	patDateDMYRe = patCompile(`(?i)\b`+patWeekday+`\b(\d{1,2})(?:st|nd|rd|th|er|º)?,?[ ]{0,2}`+patOf+`[/.\-]?[ ]{0,2}`+patOf+patMonth+`[.:]?(?:[ ]{0,2}[/.\-,]?[ ]{0,2}`+patOf+`(?:(\d{4})|['’‘`+"`"+`][ ]?(\d{2})|(\d{2}))\b)?`, patFirstAlnum)
	// "2024. december 5." (Hungarian), "2024 m. gruodžio 5 d." (Lithuanian):
	// a year, the month's name and the day.
	patDateYMDRe = patCompile(`\b((?:19|20)\d{2})\.?[ ]{1,2}(?:m\.[ ]{1,2})?`+patMonth+`\.?[ ]{1,2}(\d{1,2})\b(?:\.|[ ]d\.)?`, patFirstDigit)
	// "March 1997", "Dec. 1998".
	patDateMYRe = patCamel(patCompile(`(?i)\b`+patMonth+`[ ]{0,2}\.?[ ]{0,2},?[ ]{0,2}`+patOf+`(\d{4})\b`, patFirstAlnum))
	// "Jamuary 11, 1999": a misread month name (see patFuzzyMonth); only
	// with a day and a four-digit year.
	patDateFuzzyRe = patCamel(patCompile(`([A-Z][A-Za-z]{3,9})[ ]{0,2}\.?[ ]{0,2}(\d{1,2})(?:st|nd|rd|th)?[ ]{0,2},?[ ]{0,2}(\d{4})\b`, patFirstUpper))
	// "5 aoat 2023", "17 aot 2025": a misread month name between a day and
	// a four-digit year, day first (see patFuzzyDayFirstMonth).
	patDateFuzzyDMYRe = patCompile(`\b(\d{1,2})\.?[ ]{1,2}(\pL\p{Ll}{2,8})\.?[ ]{1,2}(\d{4})\b`, patFirstDigit)
	// "March 117 21, 1991": one stray OCR token (a speck read as a number
	// or a letter) between the month and the day.
	patDateStrayRe = patCamel(patCompile(`(?i)\b`+patMonth+`[ ]{0,2}\.?[ ]{1,2}([^ ]{1,4})[ ]{1,2}(\d{1,2})(?:st|nd|rd|th)?[ ]{0,2},?[ ]{0,2}(\d{4})\b`, patFirstAlnum))
	// "12/10/98", "12 /10 /98", "9/ 3/ 92", "12-10-1998", "10.12.1998".
	patDateNumRe = patCompile(`\b(\d{1,2})`+patDateSep+`(\d{1,2})`+patDateSep+`(\d{4}|\d{2})\b`, patFirstDigit)
	// "1998-12-10".
	patDateISORe = patCompile(`\b(\d{4})`+patDateSep+`(\d{1,2})`+patDateSep+`(\d{1,2})\b`, patFirstDigit)
	// "12/1998" (month and year).
	patDateMonYearRe = patCompile(`\b(\d{1,2})[ ]{0,2}/[ ]{0,2}(\d{4})\b`, patFirstDigit)
	// "Heisei 3-nen 7-gatsu 22-nichi", "1991-nen 7-gatsu 22-nichi": a
	// Japanese date in Latin letters, the era's name and its year or the
	// year, then the month and the day with their counters.
	patDateJapaneseRe = patCompile(`(?i)\b(?:(?:meiji|taish[oō]|sh[oō]wa|heisei|reiwa)[ ]{1,2}(\d{1,2})|(\d{4}))-?nen[ ]{0,2}(\d{1,2})-?gatsu[ ]{0,2}(\d{1,2})-?nichi\b`, patFirstAlnum)
	// "on 3/4", "since 12/24": a day and month without a year after a
	// preposition of time, as clinical notes write them.
	patDateOnDayMonthRe = patCompile(`(?i)\b(?:on|since|from|until|till|through|by)[ ]{1,2}(\d{1,2})/(\d{1,2})\b`, patFirstAlnum)
)

// patFractionUnits follow a fraction, not a date: "on 1/2 tablet",
// "by 3/4 inch".
var patFractionUnits = map[string]bool{"tab": true, "tabs": true, "tablet": true, "tablets": true, "pill": true,
	"dose": true, "doses": true, "cup": true, "cups": true, "inch": true, "inches": true, "mile": true, "miles": true,
	"of": true, "strength": true, "hour": true, "hours": true, "mg": true, "ml": true, "tsp": true, "tbsp": true,
	"teaspoon": true, "tablespoon": true, "lb": true, "oz": true}

// Date base scores.
const (
	patDateNamedFull  = 0.9  // month name, day and year
	patDateNamedShort = 0.85 // abbreviated month, day and year
	patDateNumSlash   = 0.8  // d/m/y with "/"
	patDateNumDash    = 0.7  // d-m-y with "-"
	patDateNumDot     = 0.45 // d.m.yy (also looks like section numbers)
	// dd.mm.yy with two-digit fields, one zero-padded or over 12 ("16.07.23"):
	// section numbers are neither.
	patDateNumDotPadded = 0.55
	patDateISO          = 0.85
	patDateMonthYear    = 0.6
	patDateMonthDay     = 0.5 // "March 3", "October 3rd": no year
	patDateFuzzyMonth   = 0.7 // month name one edit away, day and year
	patDateStray        = 0.7 // month name, stray token, day and year
	patDateLowerMonth   = 0.7 // lower-case full month name, day and year
	patDateDayMonth     = 0.45
	patDateArticle      = 0.6  // "le 5 mai": day and month after an article
	patDateMonYearNum   = 0.4  // "12/1998"
	patDateOnDayMonth   = 0.6  // "on 3/4"
	patDateYear4Bonus   = 0.05 // twice for d.m.yyyy
)

var patMonthNum = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// patNameCase accepts names that start upper case: "March", "MARCH",
// "Mar" and "SePtember" (OCR mixes cases), not "march" or "mARCH".
func patNameCase(s string) bool {
	return s != "" && patIsUpper(s[0])
}

// patFullMonths are the month names long enough for a fuzzy match (an
// edit in a four-letter name makes too many other words).
var patFullMonths = []string{"january", "february", "march", "april", "august", "september", "october", "november", "december"}

// patFuzzyMonth returns the month (1-12) that w names with one OCR error
// (one letter replaced, inserted or deleted), or 0. w must be Title or
// upper case; exact names are left to the other patterns.
func patFuzzyMonth(w string) int {
	if !patNameCase(w) {
		return 0
	}
	w = strings.ToLower(w)
	for _, m := range patFullMonths {
		if w != m && patEditDist1(w, m) {
			return patMonthNum[m[:3]]
		}
	}
	// The long names survive two errors ("Qetober"): no English word is
	// that close to them, and the caller requires a day and a year.
	if len(w) >= 6 {
		for _, m := range patFullMonths {
			if w != m && len(m) >= 7 && editdist.Distance([]byte(w), []byte(m), 2) <= 2 {
				return patMonthNum[m[:3]]
			}
		}
	}
	return 0
}

// patFuzzyDayFirstMonth returns the month (1-12) that w names with one OCR
// error, in any language the month names cover ("aoat", "aot" for
// "août"), or 0: every word one letter replaced, deleted or inserted away
// from w is looked up, and those that are a full month name of four
// letters or more must all name the same month.
func patFuzzyDayFirstMonth(w string) int {
	f := []rune(entity.FoldAccents(strings.ToLower(w)))
	month := 0
	for _, v := range patOneEdits(f) {
		if len([]rune(v)) < 4 {
			continue
		}
		for _, h := range entity.LookupMonth(v) {
			if h.Abbr {
				continue
			}
			if month != 0 && h.Num != month {
				return 0
			}
			month = h.Num
		}
	}
	return month
}

// patOneEdits are the words one letter (a to z) replaced, deleted or
// inserted away from w.
func patOneEdits(w []rune) []string {
	var out []string
	for i := 0; i <= len(w); i++ {
		if i < len(w) {
			out = append(out, string(w[:i])+string(w[i+1:]))
		}
		for c := 'a'; c <= 'z'; c++ {
			out = append(out, string(w[:i])+string(c)+string(w[i:]))
			if i < len(w) && w[i] != c {
				out = append(out, string(w[:i])+string(c)+string(w[i+1:]))
			}
		}
	}
	return out
}

// patEditDist1 reports whether a and b are at most one edit apart: one
// byte replaced, inserted or deleted, or two adjacent bytes swapped
// ("Ocotber").
func patEditDist1(a, b string) bool {
	if len(a) == len(b) {
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return true
		}
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}

// patDayOK checks day against month (1-12); February allows 29.
func patDayOK(month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	return day <= days[month-1]
}

// patYearOK checks a four-digit year.
func patYearOK(y int) bool { return y >= 1800 && y <= 2199 }

func patAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// patGroup returns submatch g of loc in line, or "" when it did not take
// part.
func patGroup(line string, loc []int, g int) string {
	if 2*g+1 >= len(loc) || loc[2*g] < 0 {
		return ""
	}
	return line[loc[2*g]:loc[2*g+1]]
}

// patDateLike reports whether s as a whole is a numeric date such as
// "12.10.1998" (used to keep dates out of phone candidates).
func patDateLike(s string) bool {
	s = strings.TrimSpace(s)
	for _, p := range []*patRe{patDateNumRe, patDateISORe} {
		if loc := p.anchored.FindStringIndex(s); loc != nil && loc[1] == len(s) {
			return true
		}
	}
	return false
}

// patHasMonthWord reports a month name (in any language the names cover)
// at the start of a word or at a camel-case start (patRe.camel).
func patHasMonthWord(line string) bool {
	for i := 0; i+3 <= len(line); i++ {
		c := line[i]
		if c >= utf8.RuneSelf {
			// A name that starts with a letter outside ASCII: "Şubat".
			if r, _ := utf8.DecodeRuneInString(line[i:]); unicode.IsLetter(r) && (i == 0 || line[i-1] == ' ') &&
				entity.LookupMonth(line[i:patWordEnd(line, i)]) != nil {
				return true
			}
			continue
		}
		if !patIsUpper(c) && !patIsLower(c) {
			continue
		}
		if i > 0 && patIsAlnum(line[i-1]) && !(patIsUpper(line[i-1]) && patIsUpper(c) && patIsLower(line[i+1])) {
			continue
		}
		if entity.LookupMonth(line[i:patWordEnd(line, i)]) != nil {
			return true
		}
	}
	return false
}

// patWordEnd is the end of the run of letters (any script) from i.
func patWordEnd(line string, i int) int {
	for i < len(line) {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// patMonthRead is a word read as a month name.
type patMonthRead struct {
	num int
	// english and foreign: the word is an English month name, another
	// language's month name (both for "Mar", "Dec").
	english, foreign bool
	// wide: the word is a full name ("avril", not "avr").
	wide bool
	// nameCase: written in name case (patNameCase).
	nameCase bool
}

// patReadMonth reads the word at line[s:e] as a month name: ok is false
// when it is none, or when letters follow it.
func patReadMonth(line string, s, e int) (patMonthRead, bool) {
	if r, _ := utf8.DecodeRuneInString(line[e:]); unicode.IsLetter(r) {
		return patMonthRead{}, false
	}
	w := line[s:e]
	hits := entity.LookupMonth(w)
	if len(hits) == 0 {
		return patMonthRead{}, false
	}
	m := patMonthRead{num: hits[0].Num, nameCase: patNameCase(w), wide: true}
	for _, h := range hits {
		if h.Num != m.num {
			return patMonthRead{}, false // no month has two readings
		}
		m.english = m.english || h.Lang == "en"
		m.foreign = m.foreign || h.Lang != "en"
		m.wide = m.wide && !h.Abbr
	}
	if m.english {
		m.wide = patFullMonthName(w)
	}
	return m, true
}

// patArticles are the words that put a day and month without a year in a
// sentence of the languages that write month names in lower case: "le 5
// mai", "am 3. März", "el 12 de junio", "il 5 maggio", "op 14 maart".
var patArticles = map[string]bool{
	"le": true, "du": true, "au": true, "am": true, "vom": true, "zum": true,
	"el": true, "il": true, "dal": true, "al": true, "op": true,
}

// patArticleBefore reports one of patArticles right before i.
func patArticleBefore(line string, i int) bool {
	j := i
	for j > 0 && line[j-1] == ' ' && i-j < 2 {
		j--
	}
	k := j
	for k > 0 && patIsLower(line[k-1]|0x20) {
		k--
	}
	return k < j && (k == 0 || !patIsAlnum(line[k-1])) && patArticles[strings.ToLower(line[k:j])]
}

// patDate finds dates in a line: month name first or day first, a stray
// token or a misread month name, month and year, ISO, numeric, and numeric
// month/year; a span already taken by an earlier rule is not taken again.
func patDate(line string) []Match {
	if patDigitCount(line) == 0 {
		return nil
	}
	line = patOCRColon(patOCRZeroes(line))
	d := &dateScan{patFound{line: line}}
	named := patIf(patHasMonthWord(line), line)
	patScan(patDateMDYRe, named, d.monthFirst)
	patScan(patDateDMYRe, named, d.dayFirst)
	patScan(patDateStrayRe, named, d.strayToken)
	patScan(patDateFuzzyRe, patIf(patDigitCount(line) >= 5, line), d.fuzzyMonth)
	patScan(patDateFuzzyDMYRe, patIf(patDigitCount(line) >= 5, line), d.fuzzyDayFirst)
	patScan(patDateYMDRe, named, d.yearFirst)
	patScan(patDateMYRe, named, d.monthYear)
	patScan(patDateISORe, line, d.iso)
	patScan(patDateNumRe, line, d.numeric)
	patScan(patDateMonYearRe, line, d.numericMonthYear)
	patScan(patDateOnDayMonthRe, line, d.dayMonthAfterPreposition)
	patScan(patDateJapaneseRe, patIf(strings.Contains(line, "gatsu"), line), d.japanese)
	return d.out
}

// patOCRZeroes reads as a zero the "o" or "O" that OCR writes for the
// zero starting a numeric date's field ("o1/11/2024"): a letter alone
// before a digit and a date separator. The line keeps its length.
func patOCRZeroes(line string) string {
	b := []byte(line)
	for i := 0; i+2 < len(b); i++ {
		if (b[i] == 'o' || b[i] == 'O') && (i == 0 || !patIsAlnum(b[i-1])) && patIsDigit(b[i+1]) && strings.IndexByte("/.-", b[i+2]) >= 0 {
			b[i] = '0'
		}
	}
	return string(b)
}

// patOCRColon reads the colon OCR put for a dotted or dashed date's
// separator as that separator ("19.11:2025"); the line keeps its length.
func patOCRColon(line string) string { return entity.FixColonSeparator(line) }

// dateScan is patDate's state: the line, the dates found and their spans.
// Each rule accepts a match of its expression (patScan) and emits a date.
type dateScan struct{ patFound }

func (d *dateScan) emit(s, e int, score float64) bool {
	if letterCount(d.line[s:e]) > 0 && streetTypeBefore(d.line, s) {
		return false // a street named for a day: "Av. 18 de Julio 1932"; not "MD on 01/28/2025"
	}
	return d.take(entity.Date, s, e, score)
}

// streetTypeBefore reports a street type right before line[s:], with a
// connector between them ("Av. 18 de Julio", "Rue du 8 Mai 1945", "Via 4
// Novembre"): the date names the street.
func streetTypeBefore(line string, s int) bool {
	ws := strings.Fields(line[:s])
	connector := func() {
		if len(ws) > 0 && townConnectors[strings.ToLower(ws[len(ws)-1])] {
			ws = ws[:len(ws)-1]
		}
	}
	connector()
	if n := len(ws); n > 0 && len(ws[n-1]) <= 2 && countDigits(ws[n-1]) == len(ws[n-1]) {
		ws = ws[:n-1] // the day before a month that a rule reads alone: "18 de [Julio 1932]"
		connector()
	}
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	// Not a label ("Sent:"), nor a dateline's place ("Heath, 15 January").
	return !strings.HasSuffix(w, ":") && !strings.HasSuffix(w, ",") && isCapitalisedToken(w) && isStreetTypeWord(w)
}

// weekdayOK: a word before the date (group 1) is a weekday name, in name
// case unless another language's (they write weekdays in lower case); a
// two-letter one ("Mo.", "di,") only with its dot or comma, as "do" and
// "so" are words too.
func (d *dateScan) weekdayOK(loc []int) bool {
	w := patGroup(d.line, loc, 1)
	if w == "" {
		return true
	}
	if c := patByte(d.line, loc[3]); len(w) == 2 && c != '.' && c != ',' {
		return false
	}
	for _, h := range entity.LookupWeekday(w) {
		if h.Lang != "en" || patNameCase(w) {
			return true
		}
	}
	return false
}

// monthFirst: the month name first (patDateMDYRe), an English one: the
// languages of the other names write the day first.
func (d *dateScan) monthFirst(loc []int) bool {
	line := d.line
	mon, ok := patReadMonth(line, loc[4], loc[5])
	if !ok || !mon.english || !d.weekdayOK(loc) {
		return false
	}
	day := patAtoi(patGroup(line, loc, 3))
	if !patDayOK(mon.num, day) {
		return false
	}
	y4, y2a, y2 := patGroup(line, loc, 4), patGroup(line, loc, 5), patGroup(line, loc, 6)
	e := loc[1]
	var score float64
	switch {
	case !mon.nameCase:
		// "may 9, 1986": a lower-case month counts only with a day, a
		// comma and a four-digit year.
		if y4 == "" || !patYearOK(patAtoi(y4)) || !mon.wide || !strings.Contains(line[loc[7]:loc[8]], ",") {
			return false
		}
		score = patDateLowerMonth
	case y4 != "":
		if !patYearOK(patAtoi(y4)) {
			// "March 3 5000": keep the month and day only.
			e = loc[7]
			score = patDateMonthDay
			break
		}
		score = patDateNamedScore(mon)
	case y2a != "" || y2 != "":
		score = patDateNamedShort
	default:
		score = patDateMonthDay
	}
	return d.emit(loc[0], patTrimRight(line, loc[0], e), score)
}

// patDateNamedScore is the score of a date with a month name and a year:
// higher when the month is written in full.
func patDateNamedScore(mon patMonthRead) float64 {
	if mon.wide {
		return patDateNamedFull
	}
	return patDateNamedShort
}

// dayFirst: the day first (patDateDMYRe). A month name in lower case is
// another language's, with a four-digit year or after an article.
func (d *dateScan) dayFirst(loc []int) bool {
	line := d.line
	mon, ok := patReadMonth(line, loc[6], loc[7])
	if !ok || !d.weekdayOK(loc) {
		return false
	}
	day := patAtoi(patGroup(line, loc, 2))
	if !patDayOK(mon.num, day) || patNumberBefore(line, loc[0]) {
		return false
	}
	y4, y2a, y2 := patGroup(line, loc, 4), patGroup(line, loc, 5), patGroup(line, loc, 6)
	year4 := y4 != "" && patYearOK(patAtoi(y4))
	article := patArticleBefore(line, loc[0])
	if !mon.nameCase && !(mon.foreign && (year4 || article)) {
		return false
	}
	e := loc[1]
	var score float64
	switch {
	case year4:
		score = patDateNamedScore(mon)
	case y2a != "" || y2 != "":
		score = patDateNamedShort
	default:
		// No (valid) year: end after the month (and its dot).
		e = loc[7]
		if patByte(line, e) == '.' && patIsAlnum(patByte(line, e+1)) {
			e++
		}
		score = patDateDayMonth
		if article && mon.foreign {
			score = patDateArticle
		}
	}
	return d.emit(loc[0], patTrimRight(line, loc[0], e), score)
}

// yearFirst: a year, a month's name of a language other than English,
// and a day.
func (d *dateScan) yearFirst(loc []int) bool {
	line := d.line
	mon, ok := patReadMonth(line, loc[4], loc[5])
	if !ok || !mon.foreign || !patYearOK(patAtoi(patGroup(line, loc, 1))) || !patDayOK(mon.num, patAtoi(patGroup(line, loc, 3))) {
		return false
	}
	return d.emit(loc[0], loc[1], patDateNamedScore(mon))
}

// strayToken: a stray token after the month name.
func (d *dateScan) strayToken(loc []int) bool {
	line := d.line
	mon, ok := patReadMonth(line, loc[2], loc[3])
	stray := patGroup(line, loc, 2)
	if !ok || !mon.english || !mon.nameCase || patAtoi(stray) >= 1 && patAtoi(stray) <= 31 {
		return false // a day in the stray's place is another date
	}
	if !patDayOK(mon.num, patAtoi(patGroup(line, loc, 3))) || !patYearOK(patAtoi(patGroup(line, loc, 4))) {
		return false
	}
	return d.emit(loc[0], loc[1], patDateStray)
}

// fuzzyMonth: a misread month name.
func (d *dateScan) fuzzyMonth(loc []int) bool {
	line := d.line
	m := patFuzzyMonth(patGroup(line, loc, 1))
	if m == 0 || !patDayOK(m, patAtoi(patGroup(line, loc, 2))) || !patYearOK(patAtoi(patGroup(line, loc, 3))) {
		return false
	}
	return d.emit(loc[0], loc[1], patDateFuzzyMonth)
}

// fuzzyDayFirst: a misread month name between a day and a year. A word
// that is a month name or an ordinary word is left to the other rules.
func (d *dateScan) fuzzyDayFirst(loc []int) bool {
	line := d.line
	w := patGroup(line, loc, 2)
	if entity.LookupMonth(w) != nil || isDictWord(w) || patNumberBefore(line, loc[0]) {
		return false
	}
	m := patFuzzyDayFirstMonth(w)
	if m == 0 || !patDayOK(m, patAtoi(patGroup(line, loc, 1))) || !patYearOK(patAtoi(patGroup(line, loc, 3))) {
		return false
	}
	return d.emit(loc[0], loc[1], patDateFuzzyMonth)
}

// monthYear: a month name and a year.
func (d *dateScan) monthYear(loc []int) bool {
	mon, ok := patReadMonth(d.line, loc[2], loc[3])
	if !ok || !patYearOK(patAtoi(patGroup(d.line, loc, 2))) {
		return false
	}
	if !mon.nameCase && !(mon.foreign && mon.wide) {
		return false // "mai 2024" and "junio de 2023", not "set 2024"
	}
	return d.emit(loc[0], loc[1], patDateMonthYear)
}

// iso: ISO year-month-day; after " - " the second date of a range
// ("2025-10-01 - 2025-10-31").
func (d *dateScan) iso(loc []int) bool {
	line := d.line
	if patGroup(line, loc, 2) != patGroup(line, loc, 4) ||
		!spacedDashBefore(line, loc[0]) && !spacedDotDateAfterNumber(line, loc) && patNumberBefore(line, loc[0]) ||
		patNumberAfter(line, loc[1]) {
		return false
	}
	y, m, day := patAtoi(patGroup(line, loc, 1)), patAtoi(patGroup(line, loc, 3)), patAtoi(patGroup(line, loc, 5))
	if !patYearOK(y) || !patDayOK(m, day) {
		return false
	}
	return d.emit(loc[0], loc[1], patDateISO)
}

// spacedDotDateAfterNumber: a year-first date spaced after its dots
// ("1971. 09. 03.", as Hungarian and Korean write it) after a number that
// a period and a space end ("Tápai utca 9. 1971. 09. 03."): the period
// ends the number before, it does not join the two.
func spacedDotDateAfterNumber(line string, loc []int) bool {
	if patGroup(line, loc, 2) != "." || patByte(line, loc[5]) != ' ' || patByte(line, loc[0]-1) != ' ' {
		return false
	}
	j := loc[0] - 1
	for j >= 0 && line[j] == ' ' {
		j--
	}
	return patByte(line, j) == '.' && patIsDigit(patByte(line, j-1))
}

// japanese: a Japanese date in Latin letters (patDateJapaneseRe), its
// month and day in range.
func (d *dateScan) japanese(loc []int) bool {
	m, day := patAtoi(patGroup(d.line, loc, 3)), patAtoi(patGroup(d.line, loc, 4))
	if !patDayOK(m, day) {
		return false
	}
	return d.emit(loc[0], loc[1], patDateNamedFull)
}

// numeric: numeric month/day/year or day/month/year.
func (d *dateScan) numeric(loc []int) bool {
	line := d.line
	sep := patGroup(line, loc, 2)
	if sep != patGroup(line, loc, 4) || patDateNumBefore(line, loc[0]) && !reDottedDateEnd.MatchString(line[:loc[0]]) ||
		patNumberAfter(line, loc[1]) && !reDashTime.MatchString(line[loc[1]:]) ||
		numberMarkerBefore(line, loc[0]) {
		return false
	}
	a, b := patAtoi(patGroup(line, loc, 1)), patAtoi(patGroup(line, loc, 3))
	if !patDayOK(a, b) && !patDayOK(b, a) {
		return false
	}
	ys := patGroup(line, loc, 5)
	if len(ys) == 4 && !patYearOK(patAtoi(ys)) {
		return false
	}
	score := patDateNumSlash
	switch sep {
	case "-":
		score = patDateNumDash
	case ".":
		score = patDateNumDot
		if patPaddedDayMonth(patGroup(line, loc, 1), patGroup(line, loc, 3)) {
			score = patDateNumDotPadded
		}
	}
	if len(ys) == 4 {
		score += patDateYear4Bonus
		if sep == "." {
			score += patDateYear4Bonus // "10.12.1998": clearly a date
		}
	}
	return d.emit(loc[0], loc[1], score)
}

// reDottedDateEnd is a date that its period ends, as Croatian, Serbian
// and Hungarian write one ("03.11.1988."), then spaces: the date after it
// is one of its own ("03.11.1988.   21.06.1991."), no number's part.
var reDottedDateEnd = regexp.MustCompile(`\b\d{1,2}\.\d{1,2}\.\d{4}\. +$`)

// reDashTime is a time of day glued to the date before it by a dash, as
// a till prints it ("27.11.2025-19:14").
var reDashTime = regexp.MustCompile(`^-\d{1,2}:\d{2}\b`)

// dayMonthAfterPreposition: "on 3/4" (a day and a month in either order),
// not a fraction ("on 1/2 tablet") nor the start of a longer number.
func (d *dateScan) dayMonthAfterPreposition(loc []int) bool {
	line := d.line
	if e := loc[1]; e < len(line) && (line[e] == '/' || line[e] == '.' && e+1 < len(line) && patIsDigit(line[e+1])) {
		return false
	}
	if next := strings.Fields(line[loc[1]:]); len(next) > 0 && patFractionUnits[strings.ToLower(strings.Trim(next[0], ".,;:"))] {
		return false
	}
	a, b := patAtoi(patGroup(line, loc, 1)), patAtoi(patGroup(line, loc, 2))
	if !patDayOK(a, b) && !patDayOK(b, a) {
		return false
	}
	return d.emit(loc[2], loc[5], patDateOnDayMonth)
}

// patPaddedDayMonth reports a day and month of two digits each, one of
// them zero-padded or over 12.
func patPaddedDayMonth(a, b string) bool {
	return len(a) == 2 && len(b) == 2 && (a[0] == '0' || b[0] == '0' || patAtoi(a) > 12 || patAtoi(b) > 12)
}

// numericMonthYear: numeric month/year.
func (d *dateScan) numericMonthYear(loc []int) bool {
	line := d.line
	if patDateNumBefore(line, loc[0]) || patNumberAfter(line, loc[1]) {
		return false
	}
	m, y := patAtoi(patGroup(line, loc, 1)), patAtoi(patGroup(line, loc, 2))
	if m < 1 || m > 12 || y < 1900 || y > 2099 {
		return false
	}
	return d.emit(loc[0], loc[1], patDateMonYearNum)
}

// patFullMonthName reports an unabbreviated month name ("May", "June").
func patFullMonthName(mon string) bool {
	switch strings.ToLower(mon) {
	case "may", "june", "july":
		return true
	}
	return len(mon) > 4 // "Sept" is four letters
}

// patDateNumBefore is patNumberBefore for numeric dates, which also must
// not continue a "1/2/..." run. A dash with a space on either side is a
// range between two dates ("05/05/2023 - 04/06/2023"), not a number's.
func patDateNumBefore(line string, i int) bool {
	if !spacedDashBefore(line, i) && patNumberBefore(line, i) {
		return true
	}
	j := i - 1
	for j >= 0 && line[j] == ' ' && i-j <= 2 {
		j--
	}
	return patByte(line, j) == '/' && patIsDigit(patByte(line, j-1))
}

// numberMarkerBefore reports a number's marker as the word before i
// ("No.", "H.No.", "Nr.", "#"): "H.No. 6-9-93" is a house's number, not a
// date.
func numberMarkerBefore(line string, i int) bool {
	toks := strings.Fields(line[:i])
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	_, marked := markedLabel(last)
	return numberMarkers[idWord(last)] || marked
}

// monthAfterDay reports a month's name t after a day of one or two
// digits: a date ("07 Nov", "2 December").
func monthAfterDay(day, t string) bool {
	d := strings.TrimSpace(day)
	return len(d) > 0 && len(d) <= 2 && countDigits(d) == len(d) && entity.LookupMonth(strings.Trim(t, ".,")) != nil
}

// spacedDashBefore reports " - " just before i.
func spacedDashBefore(line string, i int) bool {
	return i >= 3 && line[i-3:i] == " - "
}

// monthFirstRegions are the regions (ISO 3166) that write numeric dates
// month first; every other region writes them day first.
var monthFirstRegions = map[string]bool{
	"": true, "US": true, "PR": true, "GU": true, "VI": true, "AS": true, "MP": true,
	"UM": true, "PH": true, "FM": true, "MH": true, "PW": true,
}

// DateConventions decides how the numeric dates of one page are read:
// in is the page, dates the texts of its DATE entities and region the
// configured region. The evidence, strongest first:
//
//   - the numeric dates that only read one way: a first field over 12 (and
//     a second of 12 or less) is day first, a second field over 12 month
//     first; the more frequent wins;
//   - a month name of a language that writes dates day first ("30 avril
//     1966");
//   - the page's region (pageRegions: a calling code, an IBAN, a country's
//     name, a currency, ..., else the configured region), or a currency of
//     the page that only day-first regions use (the euro). With no such
//     evidence the order is unsure (Conventions.OrderUnsure).
func DateConventions(in *Input, dates []string, region string) entity.Conventions {
	dayVotes, monthVotes, language := 0, 0, false
	for _, s := range dates {
		d, m, l := dateEvidence(s)
		dayVotes += d
		monthVotes += m
		language = language || l
	}
	switch {
	case dayVotes != monthVotes:
		return entity.Conventions{DayFirst: dayVotes > monthVotes}
	case language:
		return entity.Conventions{DayFirst: true}
	}
	e := in.evidence()
	unsure := len(e.countries) == 0 && len(e.plans) == 0 && len(e.shared) == 0
	return entity.Conventions{DayFirst: dayFirstRegion(in, region), OrderUnsure: unsure}
}

// dayFirstRegion reports a page whose region writes numeric dates day
// first, or that uses a currency only day-first regions use.
func dayFirstRegion(in *Input, region string) bool {
	if !monthFirstRegions[pageRegions(in, region)[0]] {
		return true
	}
	for _, rs := range in.evidence().shared {
		if !slices.ContainsFunc(rs, func(r string) bool { return monthFirstRegions[r] }) {
			return true
		}
	}
	return false
}

// dateEvidence reads one date text for DateConventions: how many of its
// numeric dates read only day first and only month first, and whether it
// names a month in a day-first language.
func dateEvidence(s string) (dayFirst, monthFirst int, language bool) {
	mf := entity.ParseDate(entity.CleanText(s), entity.Conventions{})
	df := entity.ParseDate(entity.CleanText(s), entity.Conventions{DayFirst: true})
	if mf == nil || df == nil {
		return 0, 0, false
	}
	for i, d := range mf.Dates {
		first := firstNumericField(d)
		switch {
		case first == entity.FieldDay:
			dayFirst++ // read day first against the month-first default
		case first == entity.FieldMonth && i < len(df.Dates) && firstNumericField(df.Dates[i]) == entity.FieldMonth && df.Dates[i].HasDay:
			monthFirst++ // read month first against the day-first default
		}
		for _, f := range d.Layout {
			if f.Kind == entity.FieldMonthName && f.Lang != "en" && entity.LanguageDayFirst(f.Lang) {
				language = true
			}
		}
	}
	return dayFirst, monthFirst, language
}

// firstNumericField is the kind of a numeric date's first field (day or
// month); FieldLiteral for other dates (a month name, no day).
func firstNumericField(d entity.WrittenDate) entity.DateFieldKind {
	numeric := false
	for _, f := range d.Layout {
		numeric = numeric || f.Kind == entity.FieldMonth
	}
	if !numeric || !d.HasDay {
		return entity.FieldLiteral
	}
	for _, f := range d.Layout {
		if f.Kind == entity.FieldDay || f.Kind == entity.FieldMonth {
			return f.Kind
		}
		if f.Kind != entity.FieldLiteral {
			break // "1998-12-10": the year comes first
		}
	}
	return entity.FieldLiteral
}

// readPageDates reads the values of a page's DATE entities under the
// page's conventions (DateConventions).
func readPageDates(ents []Entity, in *Input, region string) {
	var dates []string
	for _, e := range ents {
		if e.Type == entity.Date {
			dates = append(dates, e.Text)
		}
	}
	if len(dates) == 0 {
		return
	}
	c := DateConventions(in, dates, region)
	for i := range ents {
		if ents[i].Type == entity.Date {
			ents[i].Value = entity.Parse(entity.Date, ents[i].Text, c)
		}
	}
	if lang := pageDateLanguage(ents, pageRegions(in, region)[0], stopwordLanguage(in.Text)); lang != "" {
		for i := range ents {
			if d := ents[i].Value.Date; ents[i].Type == entity.Date && d != nil {
				for k := range d.Dates {
					settleNames(d.Dates[k].Layout, lang)
				}
			}
		}
	}
}

// pageDateLanguage is the one language that all the page's month and
// weekday names belong to ("September" is English, German and Dutch; "Mai"
// German and French: together German); when several remain, the language
// of the page's function words (words), else the one spoken in the page's
// region; "" otherwise.
func pageDateLanguage(ents []Entity, region, words string) string {
	var common map[string]bool
	for _, e := range ents {
		if e.Type != entity.Date || e.Value.Date == nil {
			continue
		}
		for _, d := range e.Value.Date.Dates {
			for _, f := range d.Layout {
				if langs := nameLanguages(f); len(langs) > 0 {
					common = narrowLanguages(common, langs)
				}
			}
		}
	}
	if len(common) == 1 {
		for l := range common {
			return l
		}
	}
	if common[words] {
		return words
	}
	for _, l := range lexicon.CountryLanguages(region) {
		if common[l] {
			return l
		}
	}
	return ""
}

// narrowLanguages keeps of common the languages langs has too; the first
// call (common nil) starts from langs.
func narrowLanguages(common, langs map[string]bool) map[string]bool {
	if common == nil {
		return langs
	}
	for l := range common {
		if !langs[l] {
			delete(common, l)
		}
	}
	return common
}

// nameLanguages are the languages a month or weekday name belongs to; nil
// for other pieces of a date.
func nameLanguages(f entity.DateField) map[string]bool {
	var hs []entity.NameHit
	switch f.Kind {
	case entity.FieldMonthName:
		hs = entity.LookupMonth(f.Text)
	case entity.FieldWeekday:
		hs = entity.LookupWeekday(f.Text)
	}
	if len(hs) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, h := range hs {
		out[h.Lang] = true
	}
	// A capitalised month inside a date ("14. Mai 2025") is of a language
	// that capitalises its months, when one of them has the name.
	if r := []rune(f.Text); f.Kind == entity.FieldMonthName && len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
		capital := map[string]bool{}
		for l := range out {
			if entity.CapitalisedMonths(l) {
				capital[l] = true
			}
		}
		if len(capital) > 0 {
			return capital
		}
	}
	return out
}

// settleNames writes lang as the language of the names in layout that
// lang shares with other languages, so that "1. September 1948" on a page
// that also writes "14. Mai 2025" is German and its surrogate month too.
func settleNames(layout []entity.DateField, lang string) {
	for k, f := range layout {
		if nameLanguages(f)[lang] {
			layout[k].Lang = lang
		}
	}
}
