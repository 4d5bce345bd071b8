package pii

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
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
	// Ten groups hold two French numbers side by side ("06 50 06 28 84 06
	// 70 76 19 39"), which pair splits.
	patIntlRe = patCompile(`(?:\+[ ]?)?\(?\d{1,4}\)?(?:`+patPhoneSep+`\(?\d{1,5}\)?){1,9}`, patFirstPhone)
)

// phoneDateFirst is a run that starts with a whole date: "03.03.2025 697"
// is a date and an amount ("06.11.99.81.39" is a number).
var phoneDateFirst = regexp.MustCompile(`^\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?:\s|$)`)

// phoneAmounts reports a run that mixes dots with spaces and has a dot
// before one to three digits, as amounts side by side have ("292.62
// 292.62", "7 19.85 138.95"). Phone numbers keep one kind of separator
// ("06.11.99.81.39", "030 1234567"), but for a dot after the country code
// (phoneCodeDotted) or a space OCR read as a dot before a group of four
// ("073 551.2048"), which no amount's decimals make, or inside an
// international number's groups (phoneInnerDot).
func phoneAmounts(cand string) bool {
	return strings.Contains(strings.TrimSpace(cand), " ") && phoneShortDecimals.MatchString(cand) &&
		!phoneCodeDotted.MatchString(cand) && !phoneInnerDot.MatchString(cand)
}

// phoneInnerDot is an international number with one dot, that OCR read
// for a space, inside its groups: "+33 5 74.92 72 85". An amount's
// decimals end it; two groups after them make no amount.
var phoneInnerDot = regexp.MustCompile(`^\s*\+\d{1,3} [\d ]*\d\.\d{2,3} \d{2,4} \d{2,4}\.?\s*$`)

// phoneShortDecimals is a dot before one to three digits that end a group.
var phoneShortDecimals = regexp.MustCompile(`\.\d{1,3}(?:\D|$)`)

// phoneCodeDotted is a number whose only dot follows its country code:
// "+420.604 218 733". No amount starts with a plus and a dot after one
// to three digits and has no other dot.
var phoneCodeDotted = regexp.MustCompile(`^\s*\+\d{1,3}\.\s?\d[\d ]*$`)

// phoneDecimalAfter reports a decimal comma at i: the run ends inside an
// amount ("89849157 717,76").
func phoneDecimalAfter(line string, i int) bool {
	return patByte(line, i) == ',' && patIsDigit(patByte(line, i+1))
}

func patFirstPhone(c byte) bool { return patIsDigit(c) || c == '+' || c == '(' }

// phoneRecognizer finds phone numbers and validates them with
// github.com/nyaruka/phonenumbers in the regions a page's own evidence
// names (pageRegions), falling back to a default region.
type phoneRecognizer struct {
	region string // the fallback region
}

// NewPhoneRecognizer returns the PHONE recognizer (name "phone"); numbers
// without a country code are read in the regions the page names, and in
// region, an ISO 3166 code such as "US" that phonenumbers supports.
func NewPhoneRecognizer(region string) (Recognizer, error) {
	region = strings.ToUpper(strings.TrimSpace(region))
	if phonenumbers.GetCountryCodeForRegion(region) == 0 {
		return nil, fmt.Errorf("phone recognizer: unsupported region %q", region)
	}
	return &phoneRecognizer{region: region}, nil
}

func (r *phoneRecognizer) Name() string { return "phone" }

func (r *phoneRecognizer) Recognize(in *Input) []Match {
	regions := pageRegions(in, r.region)
	pg := &phonePage{regions: regions, nanp: phonenumbers.IsNANPACountry(regions[0])}
	for _, reg := range regions {
		if !pg.anyNANP && phonenumbers.IsNANPACountry(reg) {
			pg.anyNANP, pg.nanpRegion = true, reg
		}
	}
	out := patLineRecognizer{name: r.Name(), fnPrev: pg.line, fixDigits: true, columns: true}.Recognize(in)
	sameExchange(in, out)
	out = append(out, samePlanNumbers(in, out)...)
	out = append(out, outside(pagerNumbers(in), out)...)
	if pg.anyNANP {
		out = append(out, faxHeaderPhones(in)...)
	}
	return out
}

// sameExchangeScore is the score of a local number whose exchange a whole
// number on the page shares.
const sameExchangeScore = 0.6

// sameExchange raises a seven-digit local number ("955-9253") whose
// exchange, its first three digits, is that of a ten-digit number found on
// the same page ("(410) 955-3515"): a direct line beside an office's
// number, not a count or a code.
func sameExchange(in *Input, ms []Match) {
	exchanges := map[string]bool{}
	for _, m := range ms {
		if d := patDigits(in.Text[m.Start:m.End]); m.Score > patPhoneLocal && len(d) >= 10 {
			exchanges[d[len(d)-7:len(d)-4]] = true
		}
	}
	for k, m := range ms {
		if d := patDigits(in.Text[m.Start:m.End]); m.Score == patPhoneLocal && len(d) == 7 && exchanges[d[:3]] {
			ms[k].Score = sameExchangeScore
		}
	}
}

// phonePage holds what a page's numbers are read with: its regions, best
// first, whether the first uses the North American Numbering Plan (then
// NANP shapes are read first, as on US forms) and whether any does (then
// they are read at all).
type phonePage struct {
	regions []string
	nanp    bool
	anyNANP bool
	// nanpRegion is the first NANP region of regions.
	nanpRegion string
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
)

// line finds the phone numbers in a line (prev is the line above): on
// NANP pages NANP numbers first; numbers phonenumbers validates in one of
// the page's regions; NANP numbers (if a NANP region is listed and not
// first); then 7-digit local numbers (if a NANP region is listed). A rule
// takes no span taken before.
func (pg *phonePage) line(prev, line string) []Match {
	if patDigitCount(line) < 7 {
		return nil
	}
	p := &phoneScan{pg: pg, line: line, prev: prev}
	p.maskOthers()
	if pg.nanp {
		patScan(patNANPRe, line, p.nanp)
	}
	patScan(patIntlRe, line, p.intl)
	if pg.anyNANP && !pg.nanp {
		patScan(patNANPRe, line, p.nanp)
	}
	if pg.anyNANP {
		patScan(patLocalRe, line, p.local)
	}
	return p.out
}

// phoneScan is line's state: the line, the numbers found and their spans.
// Each rule accepts a match of its expression (patScan) and emits a number.
type phoneScan struct {
	pg         *phonePage
	line, prev string
	out        []Match
	taken      patSpans
	// other are spans of other numbers (IBANs, card numbers) no phone
	// number may overlap.
	other patSpans
}

// maskOthers records the line's IBANs and card numbers.
func (p *phoneScan) maskOthers() {
	for _, m := range append(patIBAN(p.line), patCreditCard(p.line)...) {
		p.other.add(m.Start, m.End)
	}
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
	if p.taken.overlaps(s, e) || !phoneBoundaryOK(line, s, e) || p.other.overlaps(s, e) {
		return false
	}
	cand := line[s:e]
	digits := patDigits(line[s:loc[13]]) // without the extension
	n, err := phonenumbers.Parse(digits, p.pg.nanpRegion)
	valid := err == nil && phonenumbers.IsValidNumber(n)
	if !valid && nanpAreaImpossible(digits) {
		return false // "020-6241234" is left to intl
	}
	seps := strings.ContainsAny(strings.TrimSpace(cand), " -./()")
	var score float64
	switch {
	case valid && (loc[4] >= 0 || loc[2] >= 0):
		score = patPhoneValidFormatted
	case valid && seps:
		score = patPhoneValid
	case valid && p.pg.nanp:
		// Ten bare digits read as a NANP number only where the page's
		// first plan is NANP's: on a page of another country they are a
		// code ("CIF €S125625835" on a Spanish receipt).
		score = patPhoneValidBare
	case seps && p.cue(s, e):
		score = phonePossible
	case seps:
		score = patPhoneShapeOnly
	default:
		return false
	}
	p.emit(s, e, score)
	return true
}

// nanpAreaImpossible reports ten digits whose area code starts with 0:
// no NANP area code does, while many plans' trunk prefix is 0. (One that
// starts with 1 may be OCR's reading of a bracket: "187-440-0006".)
func nanpAreaImpossible(digits string) bool {
	return len(digits) == 10 && digits[0] == '0'
}

// intl: the longest prefix of a run of digit groups that reads as a
// phone number in one of the page's regions (phoneRead). On NANP pages
// NANP shapes are left to nanp.
func (p *phoneScan) intl(loc []int) bool {
	line := p.line
	s, e := loc[0], loc[1]
	if p.taken.overlaps(s, e) || !phoneStartOK(line, s) {
		return false
	}
	// The run's end may be inside an amount ("08035550192 2,000.00"): the
	// loop below tries the prefixes, each with its own end checked.
	if phoneBoundaryOK(line, s, e) && !p.other.covers(s, e) && p.pair(s, e) {
		return true
	}
	// The regex is greedy: try the whole run, then shorter prefixes
	// ending at a digit group, and keep the longest number.
	for end := e; end > s; {
		cand := line[s:end]
		nd := len(patDigits(cand))
		if nd >= 7 && nd <= 15 && !patDateLike(cand) && !phoneDateFirst.MatchString(cand) && !phoneAmounts(cand) &&
			(!patNumberAfter(line, end) || conjunctionZeroAfter(line, end)) && !phoneDecimalAfter(line, end) && !phoneCodeBefore(line, s) && !p.other.overlaps(s, end) {
			if score, ok := p.read(s, end, end == e); ok {
				p.emit(s, end, score)
				return true
			}
		}
		end = groupCut(line, s, end)
	}
	return false
}

// pair reads line[s:e] as two numbers side by side when a later digit
// group starts again with a trunk "0" or a "+" and both halves are numbers
// ("089 9656369 089 6469777": a phone and a mobile in one cell); it emits
// both. A single number's groups never restart with its trunk prefix.
func (p *phoneScan) pair(s, e int) bool {
	line := p.line
	for g := s + 1; g < e; g++ {
		if line[g-1] != ' ' || line[g] != '0' && line[g] != '+' {
			continue
		}
		a := s + len(strings.TrimRight(line[s:g], " "))
		na, nb := len(patDigits(line[s:a])), len(patDigits(line[g:e]))
		if na < 7 || nb < 7 || na > 15 || nb > 15 {
			continue
		}
		sa, okA := p.read(s, a, true)
		sb, okB := p.read(g, e, true)
		if okA && okB {
			p.emit(s, a, sa)
			p.emit(g, e, sb)
			return true
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

// phoneBoundaryOK rejects candidates that are part of a longer number,
// word, code or amount. A "/" before the candidate is a list separator
// ("3515/955-0299").
func phoneBoundaryOK(line string, s, e int) bool {
	if !phoneStartOK(line, s) || phoneDecimalAfter(line, e) {
		return false
	}
	if patByte(line, e) == '/' {
		return true
	}
	return !patNumberAfter(line, e)
}

// conjunctionZeroAfter reports a lone "0" after byte e of line and a
// lower-case word after it: the Spanish, Italian or Portuguese "o" (or)
// that OCR read as a zero ("906 922 949 0 en"), no part of the number.
func conjunctionZeroAfter(line string, e int) bool {
	rest, ok := strings.CutPrefix(line[e:], " 0 ")
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// phoneStartOK is phoneBoundaryOK's test of the candidate's start alone.
func phoneStartOK(line string, s int) bool {
	before := strings.Fields(line[:s])
	if patIsAlnum(patByte(line, s-1)) || phoneCodeBefore(line, s) || taxGroupsBefore(before) ||
		recordLabelBefore(append(before, "0"), len(before)) || businessLabelBefore(append(before, "0"), len(before)) ||
		len(before) > 0 && compoundNumberLabel(before[len(before)-1]) || postOfficeBefore(before) {
		return false
	}
	return patByte(line, s-1) == '/' || patByte(line, s) == '(' || patByte(line, s) == '+' || !patNumberBefore(line, s)
}

// taxLabels name a tax or company register's number, or a firm's payment
// account, which no phone number follows, colon or none ("P.IVA
// 01234560372", "NIP 7781234567", "Bankgiro 5412-8877").
var taxLabels = map[string]bool{
	"vat": true, "tva": true, "iva": true, "p.iva": true, "piva": true, "ust-id": true, "ust-idnr": true,
	"gst": true, "gstin": true, "nip": true, "kvk": true, "btw": true, "abn": true, "acn": true,
	"cif": true, "siret": true, "siren": true, "cnpj": true, "npwp": true, "ein": true, "tin": true,
	"tps": true, "tvq": true, "hst": true, "qst": true, "vkn": true, "ntn": true, "strn": true, "cui": true,
	"bankgiro": true, "plusgiro": true, "paybill": true, "y-tunnus": true,
	"rcs": true, "r.c.s": true, // France's trade register ("RCS Lyon B 512 847 396")
}

// taxGroupsBefore reports words that end with a tax or company register's
// label, or with that label and digit groups ("SIRET 512 334 901 00027"),
// a country's code between them ("BTW BE 0478.261.934"): a candidate
// after them is that number, or the rest of it.
func taxGroupsBefore(before []string) bool {
	k := len(before)
	for k > 0 && patDigitCount(before[k-1]) == len(before[k-1]) {
		k--
	}
	if k > 1 && len(before[k-1]) == 2 && isUpperWord(before[k-1]) && lexicon.CountryName(before[k-1]) != "" {
		k--
	}
	if k > 2 && (before[k-1] == "A" || before[k-1] == "B") {
		// France's trade register: its town, then its section's letter
		// ("RCS Lyon B 512 847 396", "R.C.S. Le Mans B")
		for j := k - 2; j >= max(0, k-5); j-- {
			if taxLabel(before[j]) {
				return idWord(before[j]) == "rcs" || idWord(before[j]) == "r.c.s"
			}
		}
	}
	return k > 0 && taxLabel(before[k-1])
}

// taxLabel reports a tax or company register's label.
func taxLabel(t string) bool { return taxLabels[idWord(t)] }

// compoundNumberLabel reports a label written as one word that ends in a
// number marker ("Bon-Nr.:", "Kunden-Nr.", "Beleg-Nr."): the number after
// it is that thing's, not a phone's, unless the word names a phone
// ("Tel-Nr.", "Fax-Nr.").
func compoundNumberLabel(t string) bool {
	head, ok := markedLabel(t)
	return ok && !phoneLabelWord(head)
}

// phoneCodeBefore reports digits joined by "-" to the letters or digits of
// a code before s ("C-908650 1373", "INV-2023 555 0100"); a phone label
// may be joined so ("Tel-212 555 0100").
func phoneCodeBefore(line string, s int) bool {
	if patByte(line, s-1) != '-' || !patIsAlnum(patByte(line, s-2)) {
		return false
	}
	k := s - 2
	for k > 0 && patIsAlnum(line[k-1]) {
		k--
	}
	return !phoneLabelWord(line[k : s-1])
}

// Scores of the numbers intl reads (phoneScan.read).
const (
	// phoneIntlLabelled: valid, written with "+" or "00", after a label.
	phoneIntlLabelled = 0.85
	// phoneNationalBase: valid in a page region, written nationally.
	// Alone it is not reported: account, order and ID numbers are often
	// valid numbers somewhere. Each piece of evidence adds a bonus.
	phoneNationalBase = 0.3
	phoneTrunkBonus   = 0.25 // starts with the trunk prefix 0
	phoneFormatBonus  = 0.2  // grouped as the numbering plan groups it
	phoneLabelBonus   = 0.3  // after a phone label on the line
	phoneAboveBonus   = 0.2  // under a phone label (a table's header)
	phoneCueBonus     = 0.2  // after a word that leads to a number in prose (phoneScan.cue)
	// phoneCueMinDigits is the fewest digits of a number without trunk
	// prefix that a cue counts for: mobile numbers have nine or more,
	// shorter ones are often other codes ("unter 4711 0815").
	phoneCueMinDigits = 9
	phoneNationalMax  = 0.9
	// phonePossible: the right length for the plan but not valid (a new
	// or unlisted range), with "+" or a trunk 0 and a phone label or cue;
	// also a NANP number in phone grouping (nanp) after a cue.
	phonePossible = 0.55
	// phoneIntlPossible: the right length after "+" and a country code,
	// in three digit groups or more, without a label.
	phoneIntlPossible = 0.5
)

// read scores line[s:e] as a phone number of the page's regions; false
// when it is none. whole: the span is a whole run of digit groups (not a
// prefix of a longer one).
func (p *phoneScan) read(s, e int, whole bool) (float64, bool) {
	cand := p.line[s:e]
	if bracketedLastGroup(cand) {
		return 0, false
	}
	digits := patDigits(cand)
	plus := strings.HasPrefix(strings.TrimLeft(cand, "( "), "+")
	// An international dialling prefix instead of "+": "0041 32 555
	// 0142", "011 44 20 7946 0958" (phonenumbers knows the region's own
	// prefix, not "00" from a US page).
	idd := 0
	if !plus && strings.HasPrefix(digits, "00") {
		idd = 2
	} else if !plus && p.pg.nanp && strings.HasPrefix(digits, "011") {
		idd = 3
	}
	label := p.label(s)
	cue := p.cue(s, e)
	if plus || idd > 0 {
		n, err := phonenumbers.Parse("+"+digits[idd:], "ZZ")
		switch {
		case err != nil && idd == 3:
			// No country code after "011": a national number that
			// starts so ("011 8978 7044", Delhi).
			return p.readNational(s, cand, digits, label, cue, whole)
		case err != nil:
			return 0, false
		case phonenumbers.IsValidNumber(n) && label > 0:
			return phoneIntlLabelled, true
		case phonenumbers.IsValidNumber(n):
			return patPhoneIntl, true
		case (label > 0 || cue) && phonenumbers.IsPossibleNumber(n):
			return phonePossible, true
		case whole && len(digitRunLengths(cand)) >= 3 && !strings.ContainsAny(cand, "/.") && phonenumbers.IsPossibleNumber(n):
			return phoneIntlPossible, true
		}
		return 0, false
	}
	if whole && p.ownCodeMobile(digits) {
		return phonePossible, true
	}
	return p.readNational(s, cand, digits, label, cue, whole)
}

// ownCodeMobile reports digits that open with the calling code of one of
// the page's regions, its plus left out, and go on as a valid mobile
// number there: how mobile money and utilities print a customer's phone
// ("JUMA SALIM KHAMIS (255784560137)" on a Tanzanian receipt).
func (p *phoneScan) ownCodeMobile(digits string) bool {
	if strings.HasPrefix(digits, "0") || len(digits) < 11 {
		return false
	}
	for _, r := range p.pg.regions {
		code := strconv.Itoa(phonenumbers.GetCountryCodeForRegion(r))
		if phonenumbers.IsNANPACountry(r) || !strings.HasPrefix(digits, code) {
			continue
		}
		n, err := phonenumbers.Parse("+"+digits, "ZZ")
		if err == nil && phonenumbers.IsValidNumberForRegion(n, r) && phonenumbers.GetNumberType(n) == phonenumbers.MOBILE {
			return true
		}
	}
	return false
}

// bracketedLastGroup reports a candidate whose last group of digits
// stands in brackets after others ("Academic Year 2567 (2024)", a year
// and its other calendar's): a plan brackets an area code before the
// number, or the trunk's "(0)" after the country's code, never the
// number's end.
func bracketedLastGroup(cand string) bool {
	c := strings.TrimSpace(cand)
	i := strings.LastIndex(c, "(")
	if i <= 0 || !strings.HasSuffix(c, ")") || patDigitCount(c[:i]) == 0 {
		return false
	}
	inner := c[i+1 : len(c)-1]
	return inner != "0" && patDigitCount(inner) == len(inner)
}

// readNational scores a number written without a country code at byte s
// of the line in the first of the page's regions it is valid in. NANP
// regions are left out: nanp and local read those shapes.
func (p *phoneScan) readNational(s int, cand, digits string, label float64, cue, whole bool) (float64, bool) {
	trunk := strings.HasPrefix(digits, "0")
	for i, r := range p.pg.regions {
		if phonenumbers.IsNANPACountry(r) {
			continue // nanp reads those
		}
		n, err := phonenumbers.Parse(digits, r)
		if err != nil || !phonenumbers.IsValidNumberForRegion(n, r) {
			continue
		}
		score := phoneNationalBase + label
		if label == 0 && cue && (trunk || len(digits) >= phoneCueMinDigits) {
			score += phoneCueBonus
		}
		if trunk {
			score += phoneTrunkBonus
		}
		if phoneGrouped(cand, phonenumbers.Format(n, phonenumbers.NATIONAL)) ||
			i == 0 && whole && len(digitRunLengths(cand)) >= 2 {
			// Grouped as the plan groups it, or grouped at all and
			// valid in the page's own region.
			score += phoneFormatBonus
		}
		if score == phoneNationalBase {
			return 0, false
		}
		return min(score, phoneNationalMax), true
	}
	if r := p.pg.regions[0]; label > 0 && trunk && !phonenumbers.IsNANPACountry(r) {
		if n, err := phonenumbers.Parse(digits, r); err == nil && phonenumbers.IsPossibleNumber(n) {
			return phonePossible, true
		}
	}
	if label > 0 && trunk && likelyRegion(cand, digits, false) != "" {
		return phonePossible, true
	}
	if cue && trunk && whole && len(digitRunLengths(cand)) >= 2 &&
		(p.possibleInPage(digits) || len(digits) >= phoneCueMinDigits && likelyRegion(cand, digits, true) != "") {
		return phonePossible, true
	}
	// A field whose label no list holds (OCR's "Dilln tholi:" for the
	// Vietnamese "Điện thoại:"), holding a whole national number of ten
	// digits or more grouped in three or more groups as a plan groups it
	// ("0903 456 789"): an ID's or an account's label is known.
	if trunk && whole && len(digits) >= 10 && len(digitRunLengths(cand)) >= 3 && p.unknownLabelBefore(s) &&
		likelyRegion(cand, digits, true) != "" {
		return phonePossible, true
	}
	// Plans without a trunk prefix (Portugal, Spain, the Nordic
	// countries): a field's cue and the plan's own grouping of nine
	// digits or more ("Contacto: 912 408 336").
	if cue && !trunk && whole && len(digitRunLengths(cand)) >= 3 && len(digits) >= 9 && likelyRegion(cand, digits, true) != "" {
		return phonePossible, true
	}
	return 0, false
}

// unknownLabelBefore reports a field's label right before byte s of the
// line, ended by its colon, that names no ID, account or number
// (idLabelBefore) and is no date's or amount's word.
func (p *phoneScan) unknownLabelBefore(s int) bool {
	if s <= 0 {
		return false
	}
	toks := strings.Fields(p.line[:s])
	if len(toks) == 0 || !strings.HasSuffix(toks[len(toks)-1], ":") || letterCount(toks[len(toks)-1]) < 2 {
		return false
	}
	return idLabelBefore(toks, len(toks)) == 0 && !slices.ContainsFunc(toks, func(t string) bool { return patDigitCount(t) > 0 })
}

// possibleInPage reports whether digits, written nationally, have a
// length the numbering plan of one of the page's regions outside NANP
// allows.
func (p *phoneScan) possibleInPage(digits string) bool {
	for _, r := range p.pg.regions {
		if phonenumbers.IsNANPACountry(r) {
			continue
		}
		if n, err := phonenumbers.Parse(digits, r); err == nil && phonenumbers.IsPossibleNumber(n) {
			return true
		}
	}
	return false
}

// likelyRegion is, for a number written nationally on a page that names no
// region it is valid in ("Tél. 07 66 45 12 40" on a receipt with no
// country), the first region in phonenumbers' list where it is valid, and
// when grouped is set also grouped as that plan groups it; "" when none. A
// phone label needs no grouping ("Telefoon: 020-6241234", grouped "020 624
// 1234" by the plan).
func likelyRegion(cand, digits string, grouped bool) string {
	for _, r := range phoneLikelyRegions() {
		n, err := phonenumbers.Parse(digits, r)
		if err != nil || !phonenumbers.IsValidNumberForRegion(n, r) {
			continue
		}
		if !grouped || phoneGrouped(cand, phonenumbers.Format(n, phonenumbers.NATIONAL)) {
			return r
		}
	}
	return ""
}

// phoneLikelyRegions lists phonenumbers' regions outside NANP, sorted.
var phoneLikelyRegions = sync.OnceValue(func() []string {
	var out []string
	for r := range phonenumbers.GetSupportedRegions() {
		if !phonenumbers.IsNANPACountry(r) {
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return out
})

// phoneGrouped reports whether cand has two or more digit groups, grouped
// as formatted groups them.
func phoneGrouped(cand, formatted string) bool {
	a, b := digitRunLengths(cand), digitRunLengths(formatted)
	if len(a) < 2 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// digitRunLengths are the lengths of s's runs of ASCII digits.
func digitRunLengths(s string) []int {
	var out []int
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && patIsDigit(s[i]) {
			run++
			continue
		}
		if run > 0 {
			out = append(out, run)
		}
		run = 0
	}
	return out
}

// phoneLabelWords are the phone labels of the languages the detector
// reads, and OCR's reading of one ("Tif." for the Nordic "Tlf.");
// phoneLabelPrefixes start compound labels ("Telefonnummer",
// "Handynummer", "Faxnummer").
var (
	phoneLabelWords = map[string]bool{
		"tel": true, "tél": true, "tlf": true, "tfno": true, "telf": true, "phone": true,
		"ph": true, "fon": true, "cell": true, "cel": true, "mob": true, "portable": true,
		"móvil": true, "movil": true, "handy": true, "whatsapp": true,
		"telp": true, "tif": true, "tfn": true, "puh": true, "gsm": true, "sdt": true, "sđt": true, "đt": true, "dt": true,
		// A pager's or a hospital's bleep, which may be a whole number
		// ("bleep 0161 496 0732"); a short one is pagerNumbers'.
		"pager": true, "bleep": true, "beeper": true, "pgr": true,
	}
	phoneLabelPrefixes = []string{"telefon", "teléfon", "téléphon", "telephon", "telep", "telefax", "fax", "mobil", "cellul", "celul", "handy", "telemóv", "telemov", "telefoon", "mobiel"}
)

// phoneLabelWord reports whether a token is a phone label.
func phoneLabelWord(tok string) bool {
	w := strings.ToLower(strings.Trim(tok, ".:;,()[]/#*-–"))
	if phoneLabelWords[w] {
		return true
	}
	for _, p := range phoneLabelPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// phoneLabelLookBack is how many words before a number a label may be.
const phoneLabelLookBack = 4

// label is the bonus for a phone label before line[s:]: phoneLabelBonus
// for one among the few words before it on the line (no other label or
// number between), phoneAboveBonus for one on the line above when no
// other label comes first on this line, else 0.
func (p *phoneScan) label(s int) float64 {
	toks := strings.Fields(p.line[:s])
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-phoneLabelLookBack; k-- {
		t := toks[k]
		if phoneLabelWord(t) {
			return phoneLabelBonus
		}
		// A colon right before the number ends the number's own label
		// ("Teléfono de contacto:"); one before that, another field's.
		if zeroGlyphs(t) {
			continue // a script OCR cannot read between the label and the number ("Mobile / 0000000! 0100 482 7163")
		}
		if patDigitCount(t) > 0 || k < len(toks)-1 && strings.HasSuffix(t, ":") && !numberMarker(t) {
			return 0
		}
	}
	for _, t := range toks[:max(0, len(toks)-1)] {
		if strings.HasSuffix(t, ":") && !numberMarker(t) {
			return 0
		}
	}
	for _, t := range strings.Fields(p.prev) {
		if w := strings.ToLower(strings.Trim(t, ".:;,()[]/#*")); phoneLabelWord(t) || contactWords[w] || contactWords[strings.TrimSuffix(w, "s")] {
			return phoneAboveBonus
		}
	}
	return 0
}

// contactWords name a contact, which a field holds as a person or a number
// ("Contact: 0917 554 3821"): right before a number they are its cue, and
// as a table's column header, also in the plural, they head its phone
// numbers ("Name … Contact" over "Priya Chandran … 07412 553 901").
var contactWords = lowerSet(strings.Fields(`contact kontakt contacto contato contatto`))

// phoneCueWords lead to a phone number in running text or a field: "reached on",
// "by calling", "au", "unter", "al numero". They are no labels, but a
// number grouped as phone numbers are right after one is most likely a
// phone number.
var phoneCueWords = map[string]bool{
	"on": true, "at": true, "call": true, "calling": true, "dial": true, "dialling": true, "dialing": true, "ring": true,
	// A text message's number: "or text 07700 900123", "SMS 0412 555 019".
	"text": true, "txt": true, "sms": true, "whatsapp": true,
	// A service's line: "Bookings: 087 123 4567", "Enquiries 01632 960 123".
	"bookings": true, "booking": true, "reservations": true, "reservation": true, "enquiries": true, "inquiries": true,
	"appointments": true, "helpline": true, "hotline": true, "reservas": true, "réservations": true,
	"reservierungen": true, "prenotazioni": true, "citas": true,
	"au": true, "appeler": true, "appelez": true, "composer": true, "composez": true,
	"unter": true, "an": true, "anrufen": true,
	"al": true, "llamar": true, "llame": true, "llamando": true,
	"chiamare": true, "chiami": true, "chiamando": true,
}

// phoneCueWord reports a cue word or a contact's word, punctuation after
// it aside.
func phoneCueWord(t string) bool {
	w := strings.ToLower(strings.TrimRight(t, ",:"))
	return phoneCueWords[w] || contactWords[w]
}

// cue reports phone evidence around line[s:e] that is no label: a cue
// word or a relationship's word right before it (a number marker may
// stand between: "al numero"),
// or at the end of the line above when the number starts its line ("by
// calling\n0113 933 9635"); or a phone label and another number right
// after it ("(277) 979-4300 Fax 472.345.4042": the label of the first
// number is lost, the pair is a phone and a fax number).
func (p *phoneScan) cue(s, e int) bool {
	toks := strings.Fields(p.line[:s])
	if len(toks) == 0 {
		toks = strings.Fields(p.prev)
	}
	k := len(toks) - 1
	if k >= 1 && numberMarker(toks[k]) {
		k--
	}
	if k >= 0 && phoneCueWord(toks[k]) {
		return true
	}
	if k >= 0 && kinWord(strings.Trim(toks[k], "(),:;")) {
		return true // a relative's number after the relationship: "Peter Njoroge (husband), 0722 418 553"
	}
	after := strings.Fields(p.line[e:])
	return len(after) >= 2 && phoneLabelWord(after[0]) && patDigitCount(after[1]) > 0
}
