package pii

import (
	"fmt"
	"net/netip"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Pattern recognizers: one per structured type, each a set of permissive
// regular expressions that tolerate OCR noise (spaces around and inside
// separators) followed by validation (ranges, checksums, phonenumbers).
//
// Every recognizer works line by line (the phone and record-ID recognizers
// also look at the line above, and the phone recognizer at the page's
// country evidence), so a match never crosses "\n", and
// its span covers exactly the entity (no trailing punctuation). Scores are
// base scores from the evidence in the match itself (format, checksum,
// validity, adjacent state name for ZIP codes, a personal trigger word for
// IDs, a phone or ID label); raising them from context words such as "phone" or "DOB" is the
// analyzer's job.
//
// Recognizer names, which are also the Match.Source values:
//
//	phone, email, url, ip, credit_card, iban, ssn, zip, id, date, age,
//	record_id

// DefaultPhoneRegion is the region phone numbers without a country code are
// read in by PatternRecognizers when a page names no other.
const DefaultPhoneRegion = "US"

// PatternRecognizers returns one recognizer per pattern type (PHONE, EMAIL,
// URL, IP, CREDIT_CARD, IBAN, US_SSN, ZIP, ID, DATE, AGE; ID has two), with
// DefaultPhoneRegion as the phone fallback region.
func PatternRecognizers() []Recognizer {
	rs, err := PatternRecognizersRegion(DefaultPhoneRegion)
	if err != nil {
		// DefaultPhoneRegion is a supported region; this cannot happen.
		panic(err)
	}
	return rs
}

// PatternRecognizersRegion is PatternRecognizers with phone numbers read in
// the regions each page names (pageRegions) and in the given fallback
// region (ISO 3166 code such as "US", "GB", "DE"), and with the AGE and
// record-ID recognizers.
func PatternRecognizersRegion(region string) ([]Recognizer, error) {
	phone, err := NewPhoneRecognizer(region)
	if err != nil {
		return nil, fmt.Errorf("pattern recognizers: %w", err)
	}
	return []Recognizer{
		phone,
		patLineRecognizer{name: "email", fn: patEmail},
		patLineRecognizer{name: "url", fn: patURL},
		patLineRecognizer{name: "ip", fn: patIP},
		patLineRecognizer{name: "credit_card", fn: patCreditCard, fixDigits: true},
		patLineRecognizer{name: "iban", fnPrev: patIBANUnder, fixDigits: true},
		patLineRecognizer{name: "ssn", fn: patSSN, fixDigits: true},
		patLineRecognizer{name: "zip", fn: patZip, fixDigits: true},
		patLineRecognizer{name: "id", fn: patID, fixDigits: true},
		patLineRecognizer{name: "masked", fn: patMaskedNumber},
		patLineRecognizer{name: "date", fn: patDate, fixDigits: true},
		patLineRecognizer{name: "age", fn: patAge},
		AgeWrapRecognizer{},
		RecordIDRecognizer{},
		NationalIDRecognizer{},
	}, nil
}

// patLineRecognizer runs fn on each line of the input text. fn returns
// matches with spans relative to the line; the recognizer shifts them, sets
// Source and returns them in text order.
type patLineRecognizer struct {
	name string
	fn   func(line string) []Match
	// fnPrev, when set, is used instead of fn and also sees the line
	// above ("" for the first line): labels in a table's header row.
	fnPrev func(prev, line string) []Match
	// fixDigits is set for the numeric types: fn sees underscores as
	// spaces (patCleanLine), and runs a second time on the line with OCR
	// letter-for-digit confusions repaired (patFixDigits), keeping the
	// extra matches that depend on a repair, at a lower score.
	fixDigits bool
	// columns marks each column's gap (columnGapsMarked) in the line fn
	// sees, which a pattern's spaces do not cross: "06 61 47 29 08" and
	// "20330 Casablanca" are two fields' values.
	columns bool
}

// patOCRFixPenalty is subtracted from the score of a match that needed a
// letter read as a digit.
const patOCRFixPenalty = 0.1

func (r patLineRecognizer) Name() string { return r.name }

func (r patLineRecognizer) Recognize(in *Input) []Match {
	var out []Match
	text := in.Text
	prev := ""
	call := func(line string) []Match {
		if r.fnPrev != nil {
			return r.fnPrev(prev, line)
		}
		return r.fn(line)
	}
	for off, li := 0, 0; off <= len(text); li++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if end > off {
			line := text[off:end]
			if r.fixDigits {
				line = patCleanLine(line)
			}
			if r.columns && li < len(in.Lines) {
				line = columnGapsMarked(in, in.Lines[li], line)
			}
			ms := call(line)
			if r.fixDigits {
				if fixed, ok := patFixDigits(line); ok {
					for _, m := range call(fixed) {
						if fixed[m.Start:m.End] == line[m.Start:m.End] || reQuantityUnit.MatchString(line[m.Start:m.End]) {
							continue // no repair, or a quantity's unit read as a digit ("400g")
						}
						if o := line[m.Start:m.End]; m.Type == entity.Zip && patRepairs(o, fixed[m.Start:m.End]) > 1 &&
							(strings.Contains(o, "@") || !patStateBefore(fixed[:m.Start])) {
							continue // "Q@111" off a card's masked digits; "NY 1OO17" is a ZIP
						}
						m.Score = max(0.05, m.Score-patOCRFixPenalty)
						// A repaired match replaces the weaker matches it
						// contains ("($15) 867-2231" over "867-2231");
						// any other overlap keeps the unrepaired reading.
						ok := true
						for _, o := range ms {
							if o.Start < m.End && m.Start < o.End && (o.Start < m.Start || o.End > m.End || o.Score >= m.Score) {
								ok = false
								break
							}
						}
						if !ok {
							continue
						}
						kept := ms[:0]
						for _, o := range ms {
							if !(o.Start < m.End && m.Start < o.End) {
								kept = append(kept, o)
							}
						}
						ms = append(kept, m)
					}
				}
			}
			sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
			for _, m := range ms {
				m.Start += off
				m.End += off
				m.Source = r.name
				out = append(out, m)
			}
			prev = text[off:end]
		}
		off = end + 1
	}
	return out
}

// patCleanLine prepares a line for the numeric recognizers without moving
// any byte offset: underscores (form rules that OCR glues to values,
// "DATE:_2/21/80") become spaces, and the dashes OCR reads for hyphens
// become "-": "~" one for one, the three-byte en and em dashes as "-" and
// two spaces.
func patCleanLine(line string) string {
	for i := 0; i < len(line); i++ {
		// 0xE2 leads the UTF-8 of both dashes.
		if c := line[i]; c == '_' || c == '~' || c == 0xE2 {
			return patCleanReplacer.Replace(line)
		}
	}
	return line
}

var patCleanReplacer = strings.NewReplacer("_", " ", "~", "-", "\u2013", "-  ", "\u2014", "-  ")

// patDigitLookalikes are letters OCR reads for digits.
var patDigitLookalikes = [256]byte{
	'O': '0', 'o': '0', 'D': '0', 'Q': '0',
	'l': '1', 'I': '1', '|': '1', 'L': '1', 'i': '1',
	'Z': '2', 'z': '2', 'S': '5', 's': '5', 'G': '6', 'B': '8', 'g': '9',
}

// patDollarDigit reports a "$" read for a digit inside parentheses: the
// area code of "($15) 867-2231". A "$" elsewhere is money.
func patDollarDigit(line string, i int) bool {
	return line[i] == '$' && i > 0 && line[i-1] == '(' && patIsDigit(patByte(line, i+1))
}

// patRepairs counts the bytes that the repair changed.
func patRepairs(orig, fixed string) int {
	n := 0
	for i := 0; i < len(orig) && i < len(fixed); i++ {
		if orig[i] != fixed[i] {
			n++
		}
	}
	return n
}

// patFixDigits repairs letter-for-digit OCR confusions ("OL/01/94",
// "B-17-88", "1OO17", "O1 73 25 18 92") in tokens that are mostly digits:
// at least two digits (one in a group of two before digits) and at most as
// many look-alike letters (three at most) as digits, and no other
// letters. It returns false when nothing changed. Offsets do
// not change (every replacement is one byte for one byte).
func patFixDigits(line string) (string, bool) {
	var b []byte
	for i := 0; i < len(line); {
		j := i
		digits, look, other := 0, 0, 0
		for j < len(line) && line[j] != ' ' {
			c := line[j]
			switch {
			case patIsDigit(c):
				digits++
			case patDigitLookalikes[c] != 0 || patDollarDigit(line, j):
				look++
			case patIsAlnum(c):
				other++
			}
			j++
		}
		// A group of two before a group of digits needs only one digit of
		// its own: a phone's area code "O1 73 25 18 92", "Q2 77934965".
		pair := j-i == 2 && digits == 1 && patIsDigit(patByte(line, j+1))
		if (digits >= 2 || pair) && look > 0 && look <= digits && look <= 3 && other == 0 {
			if b == nil {
				b = []byte(line)
			}
			for k := i; k < j; k++ {
				if r := patDigitLookalikes[line[k]]; r != 0 {
					b[k] = r
				} else if patDollarDigit(line, k) {
					b[k] = '4' // any digit serves: the shape is what counts
				}
			}
		}
		i = j + 1
	}
	for k := 0; k < len(line); k++ {
		if line[k] == '@' && patAtForZero(line, k) {
			if b == nil {
				b = []byte(line)
			}
			b[k] = '0'
		}
	}
	if b == nil {
		return line, false
	}
	return string(b), true
}

// patAtForZero reports an "@" that OCR read for a "0" inside a code: a
// digit beside it, and no "." in its word, as an e-mail address has
// ("K@55571", "GB@2", "IT6@").
func patAtForZero(line string, k int) bool {
	if !patIsDigit(patByte(line, k-1)) && !patIsDigit(patByte(line, k+1)) {
		return false
	}
	s, e := k, k
	for s > 0 && line[s-1] != ' ' {
		s--
	}
	for e < len(line) && line[e] != ' ' {
		e++
	}
	return !strings.Contains(line[s:e], ".")
}

// patRe is a compiled pattern with an anchored copy and the bytes a match
// can start with, so that scanning tries the regex only at plausible start
// positions (word starts with the right first byte) instead of searching
// every line from every rejected candidate.
type patRe struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp
	first    func(c byte) bool
	// camel lets a match start inside a word at an upper-case letter that
	// follows an upper-case letter and precedes a lower-case one: OCR
	// glues a label to its value ("DATEQOctober 27, 1986").
	camel bool
}

func patCompile(expr string, first func(c byte) bool) *patRe {
	return &patRe{
		re:       regexp.MustCompile(expr),
		anchored: regexp.MustCompile(`^(?:` + expr + `)`),
		first:    first,
	}
}

// patWindow is the input window patScan matches in; longer matches are
// found by a second, unbounded attempt.
const patWindow = 48

// patCamel sets p.camel.
func patCamel(p *patRe) *patRe {
	p.camel = true
	return p
}

// patFirstDigit and friends are patRe start classes.
func patFirstDigit(c byte) bool { return patIsDigit(c) }
func patFirstAlnum(c byte) bool { return patIsAlnum(c) }
func patFirstUpper(c byte) bool { return patIsUpper(c) }

func patIsUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func patIsLower(c byte) bool { return c >= 'a' && c <= 'z' }

// patScan calls accept for each match of p in line, in order of start
// position. A match may start only where p.first accepts the byte and not
// inside a word or number (like \b). When accept returns true the scan
// continues after the match; otherwise at the next byte, so that a
// rejected candidate does not hide a valid one that overlaps it. loc holds
// submatch indices into line.
func patScan(p *patRe, line string, accept func(loc []int) bool) {
	for i := 0; i < len(line); i++ {
		c := line[i]
		if !p.first(c) {
			continue
		}
		if i > 0 && patIsAlnum(line[i-1]) && patIsAlnum(c) &&
			!(p.camel && patIsUpper(line[i-1]) && patIsUpper(c) && patIsLower(patByte(line, i+1))) {
			continue
		}
		// Match in a window: the backtracker's cost grows with the input
		// length. A match that reaches the window's end is redone on the
		// whole rest of the line (it may be longer, or end differently at
		// a \b).
		end := min(len(line), i+patWindow)
		loc := p.matchAt(line, i, end)
		if loc != nil && loc[1] == end && end < len(line) {
			loc = p.matchAt(line, i, len(line))
		}
		if loc == nil || loc[1] == i {
			continue
		}
		if accept(loc) {
			i = loc[1] - 1
		}
	}
}

// matchAt is the anchored match of p in line[s:e], its submatch indices
// into line; nil when there is none.
func (p *patRe) matchAt(line string, s, e int) []int {
	loc := p.anchored.FindStringSubmatchIndex(line[s:e])
	for k := range loc {
		if loc[k] >= 0 {
			loc[k] += s
		}
	}
	return loc
}

// patIf returns line when ok and "" otherwise (to skip a scan).
func patIf(ok bool, line string) string {
	if ok {
		return line
	}
	return ""
}

// patSpans records taken spans of one line so that lower-priority patterns
// of the same recognizer do not report overlapping matches.
type patSpans [][2]int

// within reports spans that all lie inside a..b that overlap it, one at
// least.
func (s patSpans) within(a, b int) bool {
	found := false
	for _, x := range s {
		if a < x[1] && b > x[0] {
			if x[0] < a || x[1] > b {
				return false
			}
			found = true
		}
	}
	return found
}

func (s patSpans) overlaps(a, b int) bool {
	for _, x := range s {
		if a < x[1] && b > x[0] {
			return true
		}
	}
	return false
}

func (s *patSpans) add(a, b int) { *s = append(*s, [2]int{a, b}) }

// covers reports a span that holds all of a..b.
func (s patSpans) covers(a, b int) bool {
	for _, sp := range s {
		if sp[0] <= a && sp[1] >= b {
			return true
		}
	}
	return false
}

// patFound is the state of a scan with several rules: the line, the
// matches found and their spans. A rule cannot take a span that overlaps
// one an earlier rule took.
type patFound struct {
	line  string
	out   []Match
	taken patSpans
}

// take adds a match of typ over s..e unless its span overlaps one taken.
func (f *patFound) take(typ entity.Type, s, e int, score float64) bool {
	if f.taken.overlaps(s, e) {
		return false
	}
	f.taken.add(s, e)
	f.out = append(f.out, Match{Type: typ, Start: s, End: e, Score: score})
	return true
}

func patIsDigit(c byte) bool { return c >= '0' && c <= '9' }

func patIsAlnum(c byte) bool {
	return patIsDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// patByte returns line[i], or 0 outside the line.
func patByte(line string, i int) byte {
	if i < 0 || i >= len(line) {
		return 0
	}
	return line[i]
}

// patDigitCount counts the ASCII digits of s; recognizers use it to skip
// lines that cannot hold their entity before running any regex.
func patDigitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if patIsDigit(s[i]) {
			n++
		}
	}
	return n
}

// patDigits returns the ASCII digits of s.
func patDigits(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if patIsDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// patNumberBefore reports whether the text just before i continues a
// number: an alphanumeric, or a "-" or "." (with OCR spaces around it)
// preceded by a digit. Plain spaces do not join numbers: forms put numbers
// side by side in columns ("917-555-0182 917-555-0135").
func patNumberBefore(line string, i int) bool {
	j := i - 1
	if patIsAlnum(patByte(line, j)) {
		return true
	}
	sep := false
	for j >= 0 && i-j <= 4 && (line[j] == ' ' || line[j] == '-' || line[j] == '.') {
		// A dot with a space on each side is a stray mark ("22853 . 26.06"),
		// no joint of a number.
		sep = sep || line[j] == '-' || line[j] == '.' && !(patByte(line, j-1) == ' ' && patByte(line, j+1) == ' ')
		j--
	}
	return sep && patIsDigit(patByte(line, j))
}

// patNumberAfter reports whether the text from i continues a number: an
// alphanumeric, or '-', '.' or '/' followed by a digit.
func patNumberAfter(line string, i int) bool {
	c := patByte(line, i)
	if patIsAlnum(c) {
		return true
	}
	return (c == '-' || c == '.' || c == '/') && patIsDigit(patByte(line, i+1))
}

// patTrimRight drops trailing punctuation from line[start:end] and returns
// the new end. A closing bracket is kept when the span opens one.
func patTrimRight(line string, start, end int) int {
	for end > start {
		c := line[end-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '"', '-':
			end--
			continue
		case ')', ']', '}':
			open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
			if strings.Count(line[start:end], string(open)) < strings.Count(line[start:end], string(c)) {
				end--
				continue
			}
		}
		break
	}
	return end
}

// ---- EMAIL ----

// patEmailRe allows OCR spaces around "@" and around the dots of the
// domain.
var patEmailRe = patCompile(`[A-Za-z0-9][A-Za-z0-9._%+\-]*[ ]?@[ ]?([A-Za-z0-9][A-Za-z0-9\-]*(?:[ ]?\.[ ]?[A-Za-z0-9][A-Za-z0-9\-]*)*[ ]?\.[ ]?([A-Za-z]{2,24}))`, patFirstAlnum)

// patTLDs are the top-level domains accepted in spaced-out (OCR-split)
// e-mail addresses and scheme-less URLs.
var patTLDs = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "mil": true,
	"int": true, "info": true, "biz": true, "io": true, "co": true, "us": true,
	"uk": true, "de": true, "fr": true, "it": true, "es": true, "nl": true,
	"be": true, "ch": true, "at": true, "ca": true, "au": true, "jp": true,
	"cn": true, "in": true, "br": true, "ru": true, "se": true, "no": true,
	"dk": true, "fi": true, "pl": true, "ie": true, "nz": true, "eu": true,
	"me": true, "app": true, "dev": true, "ai": true, "tv": true, "cz": true,
	"pt": true, "gr": true, "hu": true, "il": true, "mx": true, "za": true,
}

// countryTLD reports a country's top-level domain: its ISO 3166 code in
// lower case ("cu", "ke", "pe").
func countryTLD(tld string) bool {
	return len(tld) == 2 && tld == strings.ToLower(tld) && lexicon.CountryName(strings.ToUpper(tld)) != ""
}

// E-mail base scores.
const (
	patEmailScore  = 0.9
	patEmailSpaced = 0.7 // spaces inside, as OCR splits it
)

func patEmail(line string) []Match {
	if strings.IndexByte(line, '@') < 0 {
		return nil
	}
	var out []Match
	patScan(patEmailRe, line, func(loc []int) bool {
		s, e := loc[0], loc[1]
		if patIsAlnum(patByte(line, s-1)) {
			return false
		}
		for {
			if patIsAlnum(patByte(line, e)) {
				return false
			}
			tld := strings.ToLower(line[loc[4]:loc[5]])
			spaced := strings.Contains(line[s:e], " ")
			if !spaced {
				out = append(out, Match{Type: entity.Email, Start: s, End: e, Score: patEmailScore})
				return true
			}
			// OCR split the address: accept only a known TLD, and not a
			// sentence's next word ("x@acme.com. We", "x@acme.net. At").
			dot := strings.LastIndexByte(line[s:e], '.')
			if (patTLDs[tld] || countryTLD(tld)) && !(patByte(line, s+dot+1) == ' ' && patIsUpper(patByte(line, s+dot+2))) {
				out = append(out, Match{Type: entity.Email, Start: s, End: e, Score: patEmailSpaced})
				return true
			}
			// Retry without the last dot and what follows it.
			loc = patEmailRe.matchAt(line, s, s+dot)
			if loc == nil {
				return false
			}
			e = loc[1]
		}
	})
	if len(out) == 0 {
		out = append(patEmailDotless(line), patEmailLostDot(line)...)
		out = append(out, patEmailBarredTLD(line)...)
		out = append(out, patHandles(line)...)
	}
	return out
}

// patEmailBarredRe is an address whose domain's last part holds a bar
// that OCR read for an "l" (".|k" for ".lk").
var patEmailBarredRe = regexp.MustCompile(`(?:^|[\s(<:;,])([A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.([a-z|]{2,4}))(?:$|[\s,;)>])`)

// patEmailBarredTLD finds the addresses of a line whose last part holds
// a bar: a country's domain of two letters or a known one, its bars read
// as "l".
func patEmailBarredTLD(line string) []Match {
	var out []Match
	for _, m := range patEmailBarredRe.FindAllStringSubmatchIndex(line, -1) {
		tld := strings.ReplaceAll(line[m[4]:m[5]], "|", "l")
		if strings.Contains(line[m[4]:m[5]], "|") && (len(tld) == 2 || patTLDs[tld]) {
			out = append(out, Match{Type: entity.Email, Start: m[2], End: m[3], Score: patEmailSpaced})
		}
	}
	return out
}

// patEmailLostDotRe is an address whose domain's last dot OCR read as a
// space ("wunsch@feeney net"): the top-level domain a word of its own.
var patEmailLostDotRe = regexp.MustCompile(`(?:^|[\s(<:;,.])([A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9][A-Za-z0-9\-]+ ([a-z]{2,4}))(?:$|[\s,;)>])`)

// wordTLDs are the top-level domains that are words of a sentence too
// ("x@y in May"): no lost dot's.
var wordTLDs = map[string]bool{"in": true, "it": true, "at": true, "be": true, "me": true, "no": true, "us": true, "co": true, "info": true, "app": true, "dev": true}

// patEmailLostDot finds the addresses of a line whose domain's last dot
// OCR lost before a known top-level domain.
func patEmailLostDot(line string) []Match {
	var out []Match
	for _, m := range patEmailLostDotRe.FindAllStringSubmatchIndex(line, -1) {
		tld := line[m[4]:m[5]]
		if !patTLDs[tld] || wordTLDs[tld] {
			continue
		}
		out = append(out, Match{Type: entity.Email, Start: m[2], End: m[3], Score: patEmailSpaced})
	}
	return out
}

// patHandleRe is a payment handle: an account's name and, after its "@", a
// payment provider's without a dot, as India's UPI writes them
// ("suma.gowda@okaxis", "UPI/LAKSHMITIFFIN@YBL/RENT").
var patHandleRe = regexp.MustCompile(`(?:^|[\s(<:;,/])(` + handleCore + `)(?:$|[\s)>,;/])`)

// handleCore is a payment handle's text: a provider's name has three
// letters or more ("@ybl"; "pcs@ea" is a count's unit).
const handleCore = `[A-Za-z0-9][A-Za-z0-9._\-]*[A-Za-z0-9]@[A-Za-z]{3,12}`

// patHandles finds the payment handles of a line: a letter in the
// account's name, and no address whose domain lost its dot (gluedTLD).
func patHandles(line string) []Match {
	var out []Match
	for _, m := range patHandleRe.FindAllStringSubmatchIndex(line, -1) {
		s, e := m[2], m[3]
		local, _, _ := strings.Cut(line[s:e], "@")
		if !strings.ContainsFunc(local, unicode.IsLetter) || gluedTLD(line[s:e]) {
			continue
		}
		out = append(out, Match{Type: entity.Email, Start: s, End: e, Score: patEmailSpaced})
	}
	return out
}

// patEmailDotlessRe is an address whose domain lost its last dot to OCR
// ("epenna@parisi-lucchese-s-rit."): one word, letters or digits on both
// sides of the "@", the domain ending in a top-level domain (gluedTLD).
var patEmailDotlessRe = regexp.MustCompile(`(?:^|[\s(<:;,])([A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9][A-Za-z0-9\-]{2,}[A-Za-z0-9])`)

// gluedTLD reports an address's domain of six characters or more that ends
// in a top-level domain its dot was lost before ("…-s-rit", "gmailcom"),
// not a host's name ("user@localhost").
func gluedTLD(addr string) bool {
	_, domain, _ := strings.Cut(strings.ToLower(addr), "@")
	if len(domain) < 6 {
		return false
	}
	for n := 2; n <= 3; n++ {
		if patTLDs[domain[len(domain)-n:]] {
			return true
		}
	}
	return false
}

// patEmailDotless finds the addresses of a line that have no dot after
// their "@"; a line with a whole address has none of these.
func patEmailDotless(line string) []Match {
	var out []Match
	for _, m := range patEmailDotlessRe.FindAllStringSubmatchIndex(line, -1) {
		s, e := m[2], m[3]
		if patIsAlnum(patByte(line, e)) || patByte(line, e) == '@' || !gluedTLD(line[s:e]) {
			continue
		}
		out = append(out, Match{Type: entity.Email, Start: s, End: e, Score: patEmailSpaced})
	}
	return out
}

// ---- URL ----

var (
	patURLSchemeRe = patCompile(`(?i)\b(?:https?|ftp)[ ]?:[ ]?//[^\s<>"'`+"`"+`]+`, patFirstAlnum)
	patURLWWWRe    = patCompile(`(?i)\bwww[ ]?\.[ ]?[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*(?:[/?#][^\s<>"']*)?`, patFirstAlnum)
	// A scheme damaged by OCR: "http:/twww.acme.org", "http;//", "htlp:ll".
	patURLDamagedRe = patCompile(`(?i)\bh[tl1]{2}ps?[ ]?[:;.,]?[ ]?[/\\|!lIt1]{1,3}[ ]?(?:w{2,3}[ ]?[.,][ ]?)?[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.([A-Za-z]{2,6})\b(?:/[^\s<>"']*)?`, patFirstAlnum)
	// A web address as OCR reads it: a damaged scheme ("hups://",
	// "https:/"), a "www" that lost its dot ("wwwacme.com") or read "mw",
	// spaces around the dots, commas for dots.
	patURLNoisyRe = patCompile(`(?i)\b(?:h[tlu1]{1,2}ps?[ ]?[:;.,]?[ ]?[/\\|!lIt1]{1,3}[ ]?(?:(?:w{2,3}|mw|vw)[ ]?[.,]?[ ]?)?|(?:w{3}|ww|mw)[ ]?[.,]?[ ]?)[A-Za-z0-9][A-Za-z0-9\-!]*(?:[ ]?[.,][ ]?[A-Za-z0-9][A-Za-z0-9\-!]*)*[ ]?[.,][ ]?([A-Za-z]{2,6})\b(?:/[A-Za-z0-9/_\-.?=&%]*)?`, patFirstAlnum)
	patURLBareRe  = patCompile(`(?i)\b[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9][A-Za-z0-9\-]*)*\.([A-Za-z]{2,6})\b(?:/[^\s<>"']*)?`, patFirstAlnum)
)

// URL base scores.
const (
	patURLScheme  = 0.9
	patURLWWW     = 0.85
	patURLBare    = 0.6 // "acme.com": a known TLD, no scheme or www
	patURLDamaged = 0.75
	patURLNoisy   = 0.7
)

// patURL finds URLs in a line: with a scheme, damaged, after "www.", with
// OCR noise, and bare host names; a span already taken by an earlier rule
// is not taken again.
func patURL(line string) []Match {
	if !patHasDotLetter(line) {
		return nil
	}
	u := &urlScan{patFound{line: line}}
	patScan(patURLSchemeRe, line, u.scheme)
	patScan(patURLDamagedRe, line, u.damaged)
	patScan(patURLWWWRe, line, u.www)
	patScan(patURLNoisyRe, line, u.noisy)
	patScan(patURLBareRe, line, u.bare)
	return u.out
}

// urlScan is patURL's state: the line, the URLs found and their spans.
// Each rule accepts a match of its expression (patScan) and emits a URL.
type urlScan struct{ patFound }

func (u *urlScan) emit(s, e int, score float64) bool {
	e = patTrimRight(u.line, s, e)
	return e > s && u.take(entity.URL, s, e, score)
}

// scheme: a URL with its scheme, ten characters or more.
func (u *urlScan) scheme(loc []int) bool {
	if loc[1]-loc[0] < 10 {
		return false
	}
	return u.emit(loc[0], loc[1], patURLScheme)
}

// damaged: a damaged URL (patURLDamagedRe) ending in a known TLD.
func (u *urlScan) damaged(loc []int) bool {
	if !patTLDs[strings.ToLower(u.line[loc[2]:loc[3]])] {
		return false
	}
	return u.emit(loc[0], loc[1], patURLDamaged)
}

// www: "www." and a host with a TLD.
func (u *urlScan) www(loc []int) bool {
	host := strings.ReplaceAll(u.line[loc[0]:loc[1]], " ", "")[4:]
	if !strings.Contains(host, ".") && !(strings.Contains(host, "-") && gluedTLD("@"+host)) {
		return false // "www.example" without a TLD; "www.spataro-s-r-Lit" lost its dot
	}
	return u.emit(loc[0], loc[1], patURLWWW)
}

// noisy: a URL with OCR noise (patURLNoisyRe), cut back to a known TLD; it
// replaces the clean matches it contains.
func (u *urlScan) noisy(loc []int) bool {
	line := u.line
	s, e := loc[0], loc[1]
	for !patTLDs[strings.ToLower(line[loc[2]:loc[3]])] || patByte(line, loc[2]-1) == ' ' && patIsUpper(line[loc[2]]) {
		// Not a domain's end (a sentence's next word, "acme.com. The"):
		// retry up to the last separator.
		cut := strings.LastIndexAny(line[s:loc[2]], ".,")
		if cut <= 0 {
			return false
		}
		loc = patURLNoisyRe.matchAt(line, s, s+cut)
		if loc == nil {
			return false
		}
		e = loc[1]
	}
	e = patTrimRight(line, s, e)
	// A clean pass may have matched a part ("http://www." before the
	// OCR's space): the noisy match replaces what it contains.
	inside := map[int]bool{}
	for i, m := range u.out {
		if m.Start >= s && m.End <= e {
			inside[i] = true
		} else if m.Start < e && m.End > s {
			return false
		}
	}
	for i := range inside {
		if u.out[i].Start == s && u.out[i].End == e {
			return true // the same span, already found
		}
	}
	var kept []Match
	u.taken = u.taken[:0]
	for i, m := range u.out {
		if !inside[i] {
			kept = append(kept, m)
			u.taken.add(m.Start, m.End)
		}
	}
	u.out = append(kept, Match{Type: entity.URL, Start: s, End: e, Score: patURLNoisy})
	u.taken.add(s, e)
	return true
}

// bare: a bare host name ending in a known TLD ("acme.com"), not part of
// an e-mail address, a path or a longer token.
func (u *urlScan) bare(loc []int) bool {
	line := u.line
	s := loc[0]
	c := patByte(line, s-1)
	// Part of an e-mail address, a path or a longer token.
	if c == '@' || c == '.' || c == '/' || c == '\\' || c == ':' || c == '-' || patByte(line, s-2) == '@' {
		return false
	}
	// A domain is written in lower case or in capitals; a word in title
	// case after the dot is a label's ("Folio.No.", "Ref.Nr").
	if tld := line[loc[2]:loc[3]]; !patTLDs[strings.ToLower(tld)] || patIsUpper(tld[0]) && strings.ToLower(tld[1:]) == tld[1:] {
		return false
	}
	// "ARAZAR.CA,COFLIDINCT": glued to more text, OCR noise.
	if c := patByte(line, loc[1]); c == '@' || (c != ' ' && c != 0 && patIsAlnum(patByte(line, loc[1]+1))) {
		return false
	}
	host := line[s:loc[3]]
	// Abbreviations such as "U.S" or "e.g" are not domains: require a
	// label of at least two characters before the TLD.
	labels := strings.Split(host, ".")
	if len(labels[len(labels)-2]) < 2 {
		return false
	}
	// Two words of a sentence that OCR joined at its period ("Return.in 4
	// weeks"): a capitalised dictionary word, and a function word for a
	// country's TLD ("com" is Portuguese too).
	if name := labels[0]; len(labels) == 2 && patIsUpper(name[0]) && strings.ToLower(name[1:]) == name[1:] && isDictWord(name) &&
		len(labels[1]) == 2 && len(lexicon.StopwordLanguages(labels[1])) > 0 {
		return false
	}
	return u.emit(s, loc[1], patURLBare)
}

// patHasDotLetter reports a "." followed by a letter, or by a space and a
// letter as OCR splits it (every URL has one).
func patHasDotLetter(line string) bool {
	for i := strings.IndexByte(line, '.'); i >= 0 && i+1 < len(line); {
		c := line[i+1] | 0x20
		if c == ' '|0x20 && i+2 < len(line) {
			c = line[i+2] | 0x20
		}
		if c >= 'a' && c <= 'z' {
			return true
		}
		j := strings.IndexByte(line[i+1:], '.')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// ---- IP ----

// IP base scores.
const (
	patIPv4Score   = 0.6
	patIPv4Section = 0.3
	patIPv6Score   = 0.7
)

var (
	patIPv4Re = patCompile(`\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b`, patFirstDigit)
	patIPv6Re = patCompile(`(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:(?:\d{1,3}\.){3}\d{1,3})?`,
		func(c byte) bool { return c == ':' || patIsDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') })
)

func patIP(line string) []Match {
	var out []Match
	if strings.Count(line, ".") < 3 && strings.Count(line, ":") < 2 {
		return nil
	}
	patScan(patIPv4Re, line, func(loc []int) bool {
		s, e := loc[0], loc[1]
		if patNumberBefore(line, s) || patNumberAfter(line, e) {
			return false
		}
		short := 0 // one-digit octets
		for g := 1; g <= 4; g++ {
			oct := line[loc[2*g]:loc[2*g+1]]
			if len(oct) > 1 && oct[0] == '0' {
				return false
			}
			if len(oct) == 1 {
				short++
			}
			n := 0
			for i := 0; i < len(oct); i++ {
				n = n*10 + int(oct[i]-'0')
			}
			if n > 255 {
				return false
			}
		}
		score := patIPv4Score
		if short == 4 {
			score = patIPv4Section // "1.2.3.4" is more often a section number
		}
		out = append(out, Match{Type: entity.IP, Start: s, End: e, Score: score})
		return true
	})
	patScan(patIPv6Re, line, func(loc []int) bool {
		s, e := loc[0], loc[1]
		if patIsAlnum(patByte(line, s-1)) || patByte(line, s-1) == ':' || patIsAlnum(patByte(line, e)) {
			return false
		}
		cand := line[s:e]
		// Times ("10:30:00") have no "::" and fewer than eight groups.
		if !strings.Contains(cand, "::") && strings.Count(cand, ":") < 7 {
			return false
		}
		if strings.Count(cand, ":") < 2 || len(cand) < 3 {
			return false
		}
		if strings.HasPrefix(cand, "::") && s > 0 && line[s-1] != ' ' && line[s-1] != '\t' {
			return false // a label's colon OCR read twice, glued to it: "PHN (MSP)::9876 543 210"
		}
		a, err := netip.ParseAddr(cand)
		if err != nil || !a.Is6() {
			return false
		}
		out = append(out, Match{Type: entity.IP, Start: s, End: e, Score: patIPv6Score})
		return true
	})
	return out
}
