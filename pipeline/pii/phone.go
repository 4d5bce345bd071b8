package pii

import (
	"fmt"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Phone number candidates. A separator between digit groups is up to two
// spaces, optionally around one of "-", ".", "/" (OCR often puts a space on
// either side of a dash: "(614) 466- 5087", "614 -466 -5087").
const patPhoneSep = `[ ]{0,2}(?:[-./][ ]{0,2})?`

// patPhoneExt is an optional extension: "x 234", "ext. 12", "Extension 5".
const patPhoneExt = `(?:[ ]{0,2},?[ ]{0,2}(?:[xX]|[eE]xt|EXT|[eE]xtension|EXTENSION)[ ]{0,2}\.?[ ]{0,2}(\d{1,5}))?`

var (
	// patNANPRe: North American numbers, "+1 (212) 555 0123",
	// "1-800-555-0199", "405) 555- 0148" (opening parenthesis lost).
	patNANPRe = patCompile(`(?:(\+[ ]?)?1`+patPhoneSep+`)?(?:(\()[ ]?(\d{3})[ ]?\)|(\d{3})[ ]?\)?)`+
		patPhoneSep+`(\d{3})`+patPhoneSep+`(\d{4})`+patPhoneExt, patFirstPhone)
	// patLocalRe: 7-digit local numbers with a separator: "466-9980",
	// "555- 0171", "466.9980".
	patLocalRe = patCompile(`(\d{3})[ ]{0,2}[-.][ ]{0,2}(\d{4})`+patPhoneExt, patFirstDigit)
	// patIntlRe: any grouping of digits, optionally with "+" or an
	// international prefix; only numbers phonenumbers validates are kept.
	patIntlRe = patCompile(`(?:\+[ ]?)?\(?\d{1,4}\)?(?:`+patPhoneSep+`\(?\d{1,5}\)?){1,6}`, patFirstPhone)
)

func patFirstPhone(c byte) bool { return patIsDigit(c) || c == '+' || c == '(' }

// phoneRecognizer finds phone numbers and validates them with
// github.com/nyaruka/phonenumbers in a default region.
type phoneRecognizer struct {
	region string
	nanp   bool // the region uses the North American Numbering Plan
}

// NewPhoneRecognizer returns the PHONE recognizer (name "phone"); numbers
// without a country code are read in region, an ISO 3166 code such as "US"
// that phonenumbers supports.
func NewPhoneRecognizer(region string) (Recognizer, error) {
	region = strings.ToUpper(strings.TrimSpace(region))
	cc := phonenumbers.GetCountryCodeForRegion(region)
	if cc == 0 {
		return nil, fmt.Errorf("phone recognizer: unsupported region %q", region)
	}
	return &phoneRecognizer{region: region, nanp: cc == 1}, nil
}

func (r *phoneRecognizer) Name() string { return "phone" }

func (r *phoneRecognizer) Recognize(in *Input) []Match {
	out := patLineRecognizer{name: r.Name(), fn: r.line, fixDigits: true}.Recognize(in)
	if r.nanp {
		out = append(out, faxHeaderPhones(in)...)
	}
	return out
}

// Base scores. A number phonenumbers accepts as valid scores high; the
// right shape without validity (e.g. a 1980s area code) scores as a
// candidate that context may confirm; 7-digit local numbers are weak on
// their own.
const (
	patPhoneValid          = 0.8
	patPhoneValidFormatted = 0.85 // valid and "(ddd)" or "+1" present
	patPhoneValidBare      = 0.4  // valid but ten bare digits (also Bates and account numbers)
	patPhoneShapeOnly      = 0.4
	patPhoneLocal          = 0.3
	patPhoneIntl           = 0.75 // validated, written with "+"
	patPhoneIntlNational   = 0.6  // validated, national format (non-NANP regions)
)

// line finds the phone numbers in a line: NANP numbers (in NANP regions),
// numbers phonenumbers validates, then 7-digit local numbers; the last two
// take no span taken before.
func (r *phoneRecognizer) line(line string) []Match {
	if patDigitCount(line) < 7 {
		return nil
	}
	p := &phoneScan{r: r, line: line}
	if r.nanp {
		patScan(patNANPRe, line, p.nanp)
	}
	// In NANP regions only "+" numbers are left for the generic pattern.
	intl := patIf(!r.nanp || strings.IndexByte(line, '+') >= 0 || strings.Contains(line, "00") || strings.Contains(line, "011"), line)
	patScan(patIntlRe, intl, p.intl)
	patScan(patLocalRe, line, p.local)
	return p.out
}

// phoneScan is line's state: the line, the numbers found and their spans.
// Each rule accepts a match of its expression (patScan) and emits a number.
type phoneScan struct {
	r     *phoneRecognizer
	line  string
	out   []Match
	taken patSpans
}

func (p *phoneScan) emit(s, e int, score float64) {
	p.taken.add(s, e)
	p.out = append(p.out, Match{Type: entity.Phone, Start: s, End: e, Score: score})
}

// nanp: a North American number, scored by whether phonenumbers validates
// it and how it is written.
func (p *phoneScan) nanp(loc []int) bool {
	line := p.line
	s, e := loc[0], loc[1]
	if !p.r.boundaryOK(line, s, e) {
		return false
	}
	cand := line[s:e]
	digits := patDigits(line[s:loc[13]]) // without the extension
	n, err := phonenumbers.Parse(digits, p.r.region)
	valid := err == nil && phonenumbers.IsValidNumber(n)
	seps := strings.ContainsAny(strings.TrimSpace(cand), " -./()")
	var score float64
	switch {
	case valid && (loc[4] >= 0 || loc[2] >= 0):
		score = patPhoneValidFormatted
	case valid && seps:
		score = patPhoneValid
	case valid:
		score = patPhoneValidBare
	case seps:
		score = patPhoneShapeOnly
	default:
		return false
	}
	p.emit(s, e, score)
	return true
}

// intl: the longest prefix of a run of digit groups that phonenumbers
// validates, written with "+" or an international dialling prefix (or in
// the region's national format outside NANP regions).
func (p *phoneScan) intl(loc []int) bool {
	line, r := p.line, p.r
	s, e := loc[0], loc[1]
	if p.taken.overlaps(s, e) || !r.boundaryOK(line, s, e) {
		return false
	}
	plus := line[s] == '+'
	// An international dialling prefix instead of "+": "0041 32 555
	// 0142", "011 44 20 7946 0958" (phonenumbers knows the region's
	// own prefix, not "00" from a US page).
	idd := 0
	if d := patDigits(line[s:min(e, s+6)]); !plus && strings.HasPrefix(d, "00") {
		idd = 2
	} else if !plus && r.nanp && strings.HasPrefix(d, "011") {
		idd = 3
	}
	if r.nanp && !plus && idd == 0 {
		return false // NANP shapes are handled above
	}
	// The regex is greedy: try the whole run, then shorter prefixes
	// ending at a digit group, and keep the longest valid number.
	for end := e; end > s; {
		cand := line[s:end]
		nd := len(patDigits(cand))
		if nd >= 7 && nd <= 15 && !patDateLike(cand) && !patNumberAfter(line, end) {
			num := patDigits(cand)
			if plus || idd > 0 {
				num = "+" + num[idd:]
			}
			if n, err := phonenumbers.Parse(num, r.region); err == nil && phonenumbers.IsValidNumber(n) {
				score := patPhoneIntlNational
				if plus || idd > 0 {
					score = patPhoneIntl
				}
				p.emit(s, end, score)
				return true
			}
		}
		// Drop the last digit group and the separator before it.
		end--
		for end > s && patIsDigit(line[end-1]) {
			end--
		}
		for end > s && !patIsDigit(line[end-1]) {
			end--
		}
	}
	return false
}

// local: a 7-digit local number with a separator, not part of a longer
// number.
func (p *phoneScan) local(loc []int) bool {
	line := p.line
	s, e := loc[0], loc[1]
	if p.taken.overlaps(s, e) {
		return false
	}
	// A list separator "/" may precede: "(410) 555-0184/555-0157".
	if patByte(line, s-1) != '/' && patNumberBefore(line, s) {
		return false
	}
	if patNumberAfter(line, e) {
		return false
	}
	p.emit(s, e, patPhoneLocal)
	return true
}

// boundaryOK rejects candidates that are part of a longer number or word.
// A "/" before the candidate is a list separator ("3515/955-0299").
func (r *phoneRecognizer) boundaryOK(line string, s, e int) bool {
	if patIsAlnum(patByte(line, s-1)) {
		return false
	}
	if patByte(line, s-1) != '/' && patByte(line, s) != '(' && patByte(line, s) != '+' && patNumberBefore(line, s) {
		return false
	}
	if patByte(line, e) == '/' {
		return true
	}
	return !patNumberAfter(line, e)
}
