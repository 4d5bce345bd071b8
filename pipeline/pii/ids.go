package pii

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// ---- CREDIT_CARD ----

// patCardRe: 13 to 19 digits in groups separated by single spaces or
// dashes (with OCR spaces around dashes).
var patCardRe = patCompile(`\d{1,7}(?:(?:[ ]{0,2}-[ ]{0,2}|[ ]{1,2})?\d{1,7}){2,12}`, patFirstDigit)

// Credit card base scores: the Luhn check always has to pass (one in ten
// random digit strings does), so the issuer prefix decides.
const (
	patCardIIN      = 0.85 // known issuer prefix and length
	patCardIINBonus = 0.05 // standard grouping (4-4-4-4, 4-6-5)
	patCardNoIIN    = 0.3
)

// patCardIssuer reports whether digits starts with a known issuer
// identification number and has a length that issuer uses.
func patCardIssuer(d string) bool {
	n := len(d)
	p := func(k int) int { return patAtoi(d[:k]) }
	switch {
	case d[0] == '4': // Visa
		return n == 13 || n == 16 || n == 19
	case p(2) >= 51 && p(2) <= 55, p(4) >= 2221 && p(4) <= 2720: // Mastercard
		return n == 16
	case p(2) == 34 || p(2) == 37: // American Express
		return n == 15
	case p(4) == 6011 || p(2) == 65 || (p(3) >= 644 && p(3) <= 649): // Discover
		return n >= 16 && n <= 19
	case p(2) == 36 || p(2) == 38 || (p(3) >= 300 && p(3) <= 305) || p(2) == 39: // Diners
		return n >= 14 && n <= 19
	case p(4) >= 3528 && p(4) <= 3589: // JCB
		return n >= 16 && n <= 19
	case p(2) == 62: // UnionPay
		return n >= 16 && n <= 19
	case p(4) == 5018 || p(4) == 5020 || p(4) == 5038 || p(4) == 5893 || p(4) == 6304 ||
		p(4) == 6759 || p(4) == 6761 || p(4) == 6762 || p(4) == 6763: // Maestro
		return n >= 12 && n <= 19
	}
	return false
}

func patCreditCard(line string) []Match {
	if patDigitCount(line) < 13 {
		return nil
	}
	var out []Match
	patScan(patCardRe, line, func(loc []int) bool {
		s, e := loc[0], loc[1]
		// A business's number after its label and marker is no card ("VAT
		// No: 300012345600003", a Saudi firm's, passes Luhn with a Diners
		// prefix).
		before := strings.Fields(line[:s])
		if patNumberBefore(line, s) || businessLabelBefore(before, len(before)) {
			return false
		}
		// Try the whole run, then shorter runs ending at a group boundary
		// (the regex may have swallowed a following number).
		for end := e; end > s; {
			if !patNumberAfter(line, end) {
				d := patDigits(line[s:end])
				if len(d) >= 13 && len(d) <= 19 && checksum.Luhn(d) {
					score := patCardNoIIN
					if !patCardIssuer(d) && !patCardGrouped(line[s:end]) {
						// Luhn alone is one in ten: numbers side by side
						// ("555-0146 202 555 0104") pass it by chance.
						return false
					}
					if patCardIssuer(d) {
						score = patCardIIN
						if patCardGrouped(line[s:end]) {
							score += patCardIINBonus
						}
					}
					out = append(out, Match{Type: entity.CreditCard, Start: s, End: end, Score: score})
					return true
				}
			}
			for end > s && patIsDigit(line[end-1]) {
				end--
			}
			for end > s && !patIsDigit(line[end-1]) {
				end--
			}
		}
		return false
	})
	return out
}

// patCardGrouped reports a standard grouping (4-4-4-4, 4-6-5, ...) or no
// separators at all.
func patCardGrouped(s string) bool {
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(groups) == 1 {
		return true
	}
	lens := make([]string, len(groups))
	for i, g := range groups {
		lens[i] = strconv.Itoa(len(g))
	}
	switch strings.Join(lens, "-") {
	case "4-4-4-4", "4-4-4-4-3", "4-4-4-1", "4-4-4-2", "4-4-4-3", "4-6-5", "4-6-4":
		return true
	}
	return false
}

// ---- IBAN ----

// patIBANRe finds a country code and check digits; the body is read by
// patIBAN according to the country's length. patIBANMisreadRe allows the
// characters OCR confuses ("FRO2", "1T54", "DES4").
var (
	patIBANRe        = patCompile(`\b([A-Z]{2})[ ]?(\d{2})[ ]?[A-Za-z0-9]`, patFirstUpper)
	patIBANMisreadRe = patCompile(`\b([A-Z01258l]{2})[ ]?(`+ibanCheckRead+`{2})[ ]?[A-Za-z0-9]`, patFirstAlnum)
)

// IBAN scores: checksum-valid as read, and valid once OCR's confusions
// are undone.
const (
	patIBANScore        = 0.95
	patIBANMisreadScore = 0.85
)

// patIBAN finds IBANs whose checksum holds, as read or once the letters and
// digits OCR confuses are read back (ibanMisread).
func patIBAN(line string) []Match { return patIBANUnder("", line) }

// patIBANUnder is patIBAN on a line under the line prev: an IBAN label
// there labels the IBANs of the line, as a form's column heads its value
// ("E-mail   IBAN" over "… DE62 0106 8719 7087 4595").
func patIBANUnder(prev, line string) []Match {
	above := strings.Contains(strings.ToLower(prev), "iban")
	if patDigitCount(line) < 8 { // the shortest IBAN (Norway) has 13 digits
		return nil
	}
	line = ibanDotSpecks(line)
	var out []Match
	var taken patSpans
	for _, re := range []*patRe{patIBANRe, patIBANMisreadRe} {
		misread := re == patIBANMisreadRe
		patScan(re, line, func(loc []int) bool {
			if taken.overlaps(loc[0], loc[1]) {
				return false
			}
			end, ok := ibanAt(line, loc[0], misread)
			if !ok {
				return false
			}
			score := patIBANScore
			if misread {
				score = patIBANMisreadScore
			}
			taken.add(loc[0], end)
			out = append(out, Match{Type: entity.IBAN, Start: loc[0], End: end, Score: score})
			return true
		})
	}
	patScan(patIBANPrintedRe, line, func(loc []int) bool {
		if taken.overlaps(loc[0], loc[1]) {
			return false
		}
		end, score, ok := ibanPrinted(line, loc[0], loc[1], above)
		if ok {
			taken.add(loc[0], end)
			out = append(out, Match{Type: entity.IBAN, Start: loc[0], End: end, Score: score})
		}
		return ok
	})
	patScan(patIBANRunRe, line, func(loc []int) bool {
		if taken.overlaps(loc[0], loc[1]) || !above && !ibanLabelBefore(line[:loc[0]]) || patIsAlnum(patByte(line, loc[0]-1)) || patIsAlnum(patByte(line, loc[1])) {
			return false
		}
		n, ok := checksum.IBANLength(strings.ToUpper(ibanCountryRead.Replace(line[loc[0] : loc[0]+2])))
		if !ok || loc[1]-loc[0] != n {
			return false
		}
		taken.add(loc[0], loc[1])
		out = append(out, Match{Type: entity.IBAN, Start: loc[0], End: loc[1], Score: ibanPrintedLabelled})
		return true
	})
	return out
}

// reIBANDotted is an IBAN printed in groups where OCR read a speck for a
// space between two groups ("FR76 3000 4028 3700.0104 4719 243").
var reIBANDotted = regexp.MustCompile(`\b[A-Z]{2}\d{2}(?: [A-Za-z0-9]{4})+(?:[ .][A-Za-z0-9]{4})*\.[A-Za-z0-9]{1,4}(?:[ .][A-Za-z0-9]{1,4})*`)

// ibanDotSpecks reads those specks as the spaces they stand for; the line
// keeps its length.
func ibanDotSpecks(line string) string {
	if !strings.Contains(line, ".") {
		return line
	}
	return reIBANDotted.ReplaceAllStringFunc(line, func(m string) string { return strings.ReplaceAll(m, ".", " ") })
}

// patIBANRunRe is an IBAN written without spaces whose checksum OCR broke
// ("IT6917191789204209501307559", the CIN letter read as a digit): after
// an IBAN label, with exactly its country's length, it is one.
var patIBANRunRe = patCompile(`[A-Za-z01258]{2}`+ibanCheckRead+`{2}[A-Za-z0-9]{9,30}`, patFirstAlnum)

// patIBANPrintedRe is an IBAN as printed: the country code and check
// digits (as OCR may misread them, with one stray character after them
// at most), then groups of four characters, the last of one to four. A
// group may hold the characters OCR reads for a letter or digit ("@195",
// "PMO}", "$440").
var patIBANPrintedRe = patCompile(`[A-Za-z01258]{2}`+ibanCheckRead+`{2,3}(?:[ ][A-Za-z0-9@$}{|]{4})+(?:[ ][A-Za-z0-9@$}{|]{1,3})?`, patFirstAlnum)

// Scores of IBANs read by their printed shape whose checksum fails (OCR
// broke a character): after an IBAN label on the line, and alone.
const (
	ibanPrintedLabelled = 0.75
	ibanPrintedAlone    = 0.6
)

// ibanPrinted reads an IBAN by its printed shape from line[s:e] (a match
// of patIBANPrintedRe): the country's IBAN length in groups of four, the
// account part mostly digits. After an IBAN label (before it on the line,
// or above: under) a length one off and a first group of five are allowed
// (OCR split or merged a character); under a label, an IBAN that ends its
// line may lack its last group (OCR read it elsewhere). It returns the
// IBAN's end and score.
func ibanPrinted(line string, s, e int, under bool) (int, float64, bool) {
	if patIsAlnum(patByte(line, s-1)) || patIsAlnum(patByte(line, e)) {
		return 0, 0, false
	}
	n, ok := checksum.IBANLength(strings.ToUpper(ibanCountryRead.Replace(line[s : s+2])))
	if !ok {
		return 0, 0, false
	}
	labelled := under || ibanLabelBefore(line[:s])
	groups := strings.Split(line[s:e], " ")
	if len(groups[0]) == 5 && !labelled {
		return 0, 0, false
	}
	slack := 0
	if labelled {
		slack = 1
	}
	end, size := s, 0
	for _, g := range groups {
		if size+len(g) > n+slack {
			break
		}
		size += len(g)
		end += len(g) + 1
	}
	end--
	short := size < n-slack
	if short && under && size >= n-4 && strings.TrimSpace(line[end:]) == "" {
		short = false // its last group lost to another line
	}
	// A digit group after it: a longer run of numbers.
	if short || patByte(line, end) == ' ' && patIsDigit(patByte(line, end+1)) {
		return 0, 0, false
	}
	body := strings.ReplaceAll(line[s+4:end], " ", "")
	if 2*patDigitCount(body) < len(body) {
		return 0, 0, false
	}
	if labelled {
		return end, ibanPrintedLabelled, true
	}
	return end, ibanPrintedAlone, true
}

// ibanLabelBefore reports an IBAN label among the two words at the end
// of before ("IBAN:", "sull'IBAN", "IBAN-Nr.").
func ibanLabelBefore(before string) bool {
	toks := strings.Fields(before)
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-2; k-- {
		if strings.Contains(strings.ToLower(toks[k]), "iban") {
			return true
		}
	}
	return false
}

// ibanAt reads an IBAN from line[s:]: as many alphanumerics as its
// country's IBANs have (single spaces between them allowed), valid by
// checksum as read or, with misread, once ibanMisread undoes OCR's
// confusions. It returns the end of the IBAN.
func ibanAt(line string, s int, misread bool) (int, bool) {
	var b strings.Builder
	want := 0
	i := s
	for i < len(line) && (want == 0 || b.Len() < want) {
		c := line[i]
		switch {
		case patIsAlnum(c):
			b.WriteByte(c)
		case c == ' ' && i+1 < len(line) && patIsAlnum(line[i+1]) && b.Len() > 0:
		default:
			return 0, false
		}
		i++
		if b.Len() == 2 {
			cc := b.String()
			if misread {
				cc = ibanCountryRead.Replace(cc)
			}
			n, ok := checksum.IBANLength(cc)
			if !ok {
				return 0, false
			}
			want = n
		}
	}
	if want == 0 || b.Len() != want || patIsAlnum(patByte(line, i)) {
		return 0, false
	}
	iban := b.String()
	if misread {
		iban = ibanMisread(iban)
	}
	return i, checksum.IBANValid(iban)
}

// ibanCheckRead is a character of an IBAN's check digits as OCR reads it:
// a digit or a letter ibanDigitRead reads back.
const ibanCheckRead = `[0-9OoQDGSIlBZ!|]`

var (
	// ibanCountryRead reads the letters OCR took for digits in a country
	// code, and a lower-case "l" for the "I" it stands for ("Fl21");
	// ibanDigitRead the digits it took for letters in check digits.
	ibanCountryRead = strings.NewReplacer("0", "O", "1", "I", "2", "Z", "5", "S", "8", "B", "l", "I")
	ibanDigitRead   = strings.NewReplacer("O", "0", "o", "0", "Q", "0", "D", "0", "S", "5", "I", "1", "l", "1", "!", "1", "|", "1", "B", "8", "Z", "2", "G", "6")
)

// ibanMisread undoes OCR's confusions in an IBAN: letters in the country
// code, digits in the check digits, and "O" for "0" in the account part
// (where letters are rare, and "0" is read "O" most of all).
func ibanMisread(iban string) string {
	return ibanCountryRead.Replace(iban[:2]) + ibanDigitRead.Replace(iban[2:4]) + strings.ReplaceAll(iban[4:], "O", "0")
}

// ---- US_SSN ----

var patSSNRe = patCompile(`\b(\d{3})[ ]{0,2}([-. ]?)[ ]{0,2}(\d{2})[ ]{0,2}([-. ]?)[ ]{0,2}(\d{4})\b`, patFirstDigit)

// SSN base scores by separators.
const (
	patSSNDashed = 0.85 // "078-05-1121", also with OCR spaces
	patSSNSpaced = 0.5  // "078 05 1121"
	patSSNBare   = 0.2  // nine bare digits (document and Bates numbers too)
	patSSNSample = 0.2  // published sample numbers such as 123-45-6789
)

// patSSNSamples are numbers printed on sample cards and in advertising.
var patSSNSamples = map[string]bool{"078051120": true, "219099999": true, "123456789": true}

func patSSN(line string) []Match {
	if patDigitCount(line) < 9 {
		return nil
	}
	var out []Match
	patScan(patSSNRe, line, func(loc []int) bool {
		s, e := loc[0], loc[1]
		if patNumberBefore(line, s) || patNumberAfter(line, e) {
			return false
		}
		area, group, serial := patGroup(line, loc, 1), patGroup(line, loc, 3), patGroup(line, loc, 5)
		a := patAtoi(area)
		if a == 0 || a == 666 || a >= 900 || group == "00" || serial == "0000" {
			return false
		}
		// Both gaps separated or neither: one gap only is another shape
		// ("10017-3316" and "20091 3482" are ZIP+4 codes).
		gap1, gap2 := loc[6] > loc[3], loc[10] > loc[7]
		if gap1 != gap2 {
			return false
		}
		s1, s2 := strings.TrimSpace(patGroup(line, loc, 2)), strings.TrimSpace(patGroup(line, loc, 4))
		var score float64
		switch {
		case s1 == "-" && s2 == "-":
			score = patSSNDashed
		case s1 != s2:
			score = patSSNBare // mixed separators: "123-45.6789"
		case gap1:
			score = patSSNSpaced // "123 45 6789", "123.45.6789"
		default:
			score = patSSNBare
		}
		if patSSNSamples[area+group+serial] {
			score = min(score, patSSNSample)
		}
		out = append(out, Match{Type: entity.SSN, Start: s, End: e, Score: score})
		return true
	})
	return out
}

// ---- ZIP ----

var (
	patZipRe = patCompile(`\b(\d{5})(?:[ ]{0,2}-[ ]{0,2}(\d{4}))?\b`, patFirstDigit)
	// patUKPostcodeRe: "SW1A 1AA", "M1 1AE", "EC1A1BB".
	patUKPostcodeRe = patCompile(`\b([A-Z]{1,2}\d[A-Z\d]?)([ ]{0,2})(\d[ABD-HJLNP-UW-Z]{2})\b`, patFirstUpper)
	// patStateBeforeRe: a US state (abbreviation or name) ending right before
	// the ZIP code, with an optional comma.
	patStateBeforeRe = regexp.MustCompile(`(?i)(?:^|[^A-Za-z.])(` + patStateNames + `|` + patStateAbbrevDotted + `|[A-Z]{2})\.?[ ]{0,2},?[ ]{0,2}$`)
)

const (
	patStateNames = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico`
	// Traditional abbreviations: "Calif.", "N.Y.", "Mass.".
	patStateAbbrevDotted = `Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|D\. ?C|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|N\. ?H|N\. ?J|N\. ?M|N\. ?Y|N\. ?C|N\. ?D|Okla|Ore|Pa|Penn|R\. ?I|S\. ?C|S\. ?D|Tenn|Tex|Vt|Va|Wash|W\. ?Va|Wis|Wisc|Wyo`
)

// patStateCodes are the USPS two-letter codes (states, DC, territories).
var patStateCodes = map[string]bool{
	"AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true,
	"DE": true, "DC": true, "FL": true, "GA": true, "HI": true, "ID": true, "IL": true,
	"IN": true, "IA": true, "KS": true, "KY": true, "LA": true, "ME": true, "MD": true,
	"MA": true, "MI": true, "MN": true, "MS": true, "MO": true, "MT": true, "NE": true,
	"NV": true, "NH": true, "NJ": true, "NM": true, "NY": true, "NC": true, "ND": true,
	"OH": true, "OK": true, "OR": true, "PA": true, "RI": true, "SC": true, "SD": true,
	"TN": true, "TX": true, "UT": true, "VT": true, "VA": true, "WA": true, "WV": true,
	"WI": true, "WY": true, "PR": true, "GU": true, "VI": true, "AS": true, "MP": true,
}

// ZIP base scores: five digits alone are common (amounts, codes), so only a
// state right before the code makes a ZIP code likely.
const (
	patZip5         = 0.2
	patZip9         = 0.45
	patZipState     = 0.85
	patZipUK        = 0.5
	patZipUKNoSpace = 0.35
)

func patZip(line string) []Match {
	if patDigitCount(line) < 2 {
		return nil
	}
	var out []Match
	patScan(patZipRe, line, func(loc []int) bool {
		s, e := loc[0], loc[1]
		c := patByte(line, s-1)
		if c == '$' || c == '#' || patNumberBefore(line, s) || patNumberAfter(line, e) ||
			((patByte(line, e) == ',') && patIsDigit(patByte(line, e+1))) {
			return false
		}
		score := patZip5
		if loc[4] >= 0 {
			score = patZip9
		}
		if patStateBefore(line[:s]) {
			score = patZipState
		}
		out = append(out, Match{Type: entity.Zip, Start: s, End: e, Score: score})
		return true
	})
	patScan(patUKPostcodeRe, line, func(loc []int) bool {
		score := patZipUK
		if loc[4] == loc[5] {
			score = patZipUKNoSpace
		}
		out = append(out, Match{Type: entity.Zip, Start: loc[0], End: loc[1], Score: score})
		return true
	})
	return out
}

// patStateBefore reports whether before ends with a US state name or
// abbreviation (and an optional comma). Two-letter codes must be upper case
// and in patStateCodes; names may be in any case but start upper case.
func patStateBefore(before string) bool {
	// Quick exit: a state name or code ends in a letter or a dot. OCR's
	// specks off a form's rules may stand between it and the ZIP ("CO - :
	// 80525").
	k := len(before) - 1
	for k >= 0 && (before[k] == ' ' || before[k] == ',') {
		k--
	}
	for k >= 1 && strings.IndexByte("-:_|~", before[k]) >= 0 && before[k-1] == ' ' && (k+1 == len(before) || before[k+1] == ' ') {
		k -= 2
		before = before[:k+2]
		for k >= 0 && before[k] == ' ' {
			k--
		}
	}
	if k < 0 || !(patIsAlnum(before[k]) && !patIsDigit(before[k]) || before[k] == '.') {
		return false
	}
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	loc := patStateBeforeRe.FindStringSubmatchIndex(before)
	if loc == nil {
		return false
	}
	st := before[loc[2]:loc[3]]
	if len(st) == 2 && !strings.Contains(st, ".") {
		return patStateCodes[st]
	}
	return st[0] >= 'A' && st[0] <= 'Z'
}

// ---- ID ----

// Trigger words for ID numbers. A personal trigger ("account", "policy",
// "patient", ...) within four words before a number makes it an ID; a
// generic one ("No.", "#", "number") alone gives a low score; a business
// word closer to the number ("invoice", "order", "page", "phone", ...)
// vetoes it: invoice, order, part and similar numbers identify documents
// or goods, not people, and phone numbers have their own recognizer.
var (
	patIDPersonal = map[string]bool{
		"account": true, "acct": true, "acc": true, "a/c": true, "policy": true,
		"member": true, "membership": true, "customer": true, "client": true,
		"employee": true, "emp": true, "staff": true, "patient": true,
		"license": true, "licence": true, "lic": true, "passport": true, "id": true,
		"i.d": true, "identification": true, "identity": true, "badge": true,
		"subscriber": true, "student": true, "mrn": true, "record": true,
		"claim": true, "card": true, "insurance": true, "insured": true,
		"certificate": true, "ssn": true, "social": true, "security": true,
		"tin": true, "ein": true, "taxpayer": true, "driver": true, "driver's": true,
		"dl": true, "medicare": true, "medicaid": true, "beneficiary": true,
		"personnel": true, "payroll": true, "voter": true, "visa": true,
		"iban": true, "bank": true, "npi": true, "ppsn": true, "pps": true,
		// a worker's, in Catalan, Spanish, Portuguese, French, German and Italian
		"treballador": true, "trabajador": true, "empleado": true, "trabalhador": true, "funcionário": true,
		"salarié": true, "employé": true, "mitarbeiter": true, "dipendente": true,
	}
	patIDGeneric = map[string]bool{
		"no": true, "no.": true, "nos": true, "nr": true, "num": true,
		"number": true, "#": true, "n°": true, "nº": true,
	}
	patIDBusiness = map[string]bool{
		"invoice": true, "inv": true, "order": true, "po": true, "p.o": true,
		"purchase": true, "item": true, "part": true, "catalog": true,
		"catalogue": true, "cat": true, "model": true, "serial": true,
		"lot": true, "batch": true, "page": true, "pages": true, "job": true,
		"project": true, "sample": true, "brand": true, "product": true,
		"code": true, "room": true, "suite": true, "box": true, "phone": true,
		"tel": true, "telephone": true, "fax": true, "telex": true,
		"mobile": true, "cell": true, "ext": true, "form": true, "file": true,
		"doc": true, "document": true, "report": true, "contract": true,
		"budget": true, "grant": true, "study": true, "protocol": true,
		"version": true, "rev": true, "release": true, "issue": true,
		"vol": true, "volume": true, "chapter": true, "section": true,
		"figure": true, "fig": true, "table": true, "ref": true,
		"reference": true, "zip": true, "copies": true, "qty": true,
		"quantity": true, "amount": true, "total": true, "price": true,
		"date": true, "dated": true, "year": true, "route": true, "flight": true,
		"street": true, "st": true, "ave": true, "floor": true, "bldg": true,
		"house": true, "flat": true, "plot": true, "gali": true, // an address's house, flat, plot, lane ("House No. B-214")
		"building": true, "unit": true, "apt": true, "shipping": true,
		"shipment": true, "tracking": true, "waybill": true, "freight": true,
		"carrier": true, "accession": true, "proposal": true, "circular": true,
		"formula": true, "message": true, "telefax": true, "program": true,
		"compound": true, "assay": true, "bates": true, "check": true,
		"cheque": true, "voucher": true, "receipt": true, "bill": true,
		"shipper": true, "requisition": true, "quote": true, "quotation": true,
		"estimate": true,
	}
)

// patIDQualifier are personal triggers that a business word before them
// turns into a business one ("Order ID", "Bates ID", "Product Card").
var patIDQualifier = map[string]bool{
	"id": true, "i.d": true, "identification": true, "card": true,
	"record": true, "certificate": true, "claim": true, "account": true,
}

// patIDAttachedRe splits a trigger glued to its number: "#12345",
// "No.12345", "ID:AB1234", "Acct#99881".
var patIDAttachedRe = regexp.MustCompile(`(?i)^(#|n[o°º]\.|no:|no#|i\.?d[.:#]|acct[.:#]+|a/c[.:#]?|account[:#]+)(.+)$`)

// patPhoneOrSSNShape is a value that is a phone number or an SSN.
var patPhoneOrSSNShape = regexp.MustCompile(`^(?:\d{3}-\d{3}-\d{4}|\d{3}-\d{4}|\d{3}-\d{2}-\d{4})$`)

// ID base scores.
const (
	patIDPersonalScore = 0.75 // "Account No. 12345"
	patIDDistantScore  = 0.55 // other words between trigger and value
	patIDGenericScore  = 0.35 // "No. 12345" alone
)

type patToken struct {
	s, e int    // span in the line
	word string // lower case, surrounding punctuation removed
}

// patTokens splits a line at spaces.
func patTokens(line string) []patToken {
	var out []patToken
	for i := 0; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		if j > i {
			w := strings.ToLower(strings.Trim(line[i:j], `.,;:()[]"'‘’“”`))
			if w == "" {
				w = strings.Trim(line[i:j], " ")
			}
			out = append(out, patToken{s: i, e: j, word: w})
		}
		i = j
	}
	return out
}

// patIDValue reports whether v (trailing punctuation removed) looks like an
// identifier: letters, digits and inner dashes, at least 4 characters and
// at least 3 digits (or 2 digits in 6+ characters).
func patIDValue(v string) bool {
	if len(v) < 4 || len(v) > 34 || v[0] == '-' || v[len(v)-1] == '-' {
		return false
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case patIsDigit(c):
			digits++
		case patIsAlnum(c), c == '-':
		default:
			return false
		}
	}
	return digits >= 3 || (digits >= 2 && len(v) >= 6)
}

// reQuantityUnit is a quantity of five digits at most with its unit of
// weight, volume, length, power or count ("400g", "1.5L", "10000mAh"): an
// item's size on a row of goods, no code ("Milo Tin 400g" has no TIN).
var reQuantityUnit = regexp.MustCompile(`(?i)^\d{1,5}(?:[.,]\d{1,3})?(?:g|kg|mg|mcg|ml|cl|dl|l|oz|lb|lbs|cm|mm|km|w|kw|v|mah|gb|tb|pcs|pc)$`)

// patWordCompound reports a value whose dash-joined parts include a word
// in lower case that the dictionaries hold ("75-year-old", "10-day"):
// identifiers are codes, not words.
func patWordCompound(v string) bool {
	for _, p := range strings.Split(v, "-") {
		if len(p) >= 3 && strings.ToLower(p) == p && patDigits(p) == "" && isDictWord(p) {
			return true
		}
	}
	return false
}

// cityLineSpans are the spans of a US town, state and ZIP code in line
// whose town a comma sets off or the gazetteer knows as a US town, and is
// no ID label: there Idaho's "ID" before the ZIP code is no label
// ("Boise, ID 83709"; "Member ID 83709" is one).
func cityLineSpans(line string) [][]int {
	var out [][]int
	for _, m := range reCity.FindAllStringSubmatchIndex(line, -1) {
		town := strings.TrimSpace(line[m[0]:m[2]])
		bare := strings.TrimRight(town, ",.")
		if (strings.HasSuffix(town, ",") || isPlaceIn(bare, "US")) && idLabelKind(bare) != 'l' && !patIDPersonal[strings.ToLower(bare)] {
			out = append(out, m[:2])
		}
	}
	return out
}

// inCityLine reports a value inside one of the spans of cityLineSpans.
func inCityLine(cities [][]int, s, e int) bool {
	for _, c := range cities {
		if s >= c[0] && e <= c[1] {
			return true
		}
	}
	return false
}

// employeeStems open the compounds of the Germanic languages that number
// an employee ("Personalnr.", "Mitarbeiternummer", "Medarbejdernr.",
// "Ansattnr.", "Anställningsnr", "Werknemersnummer").
var employeeStems = []string{"personal", "mitarbeiter", "medarbejder", "ansatt", "anställning", "anstallning",
	"werknemer", "medewerker", "personeel"}

// employeeNumberWord reports an employee's number's compound: an
// employee's stem, its joining "s" or none, then "nr" or "nummer".
func employeeNumberWord(w string) bool {
	for _, end := range []string{"nummer", "nr"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			return slices.Contains(employeeStems, strings.TrimSuffix(stem, "s")) || slices.Contains(employeeStems, stem)
		}
	}
	return false
}

// patIDTrigger classifies a token: 'p' personal, 'g' generic, 'b'
// business, 0 other. A "no" without a dot counts only when capitalised.
func patIDTrigger(t patToken, line string) byte {
	w := t.word
	raw := strings.TrimRight(line[t.s:t.e], ":")
	if w == "no" && !(raw == "No" || raw == "NO" || raw == "No." || raw == "NO." || raw == "no.") {
		return 0
	}
	switch {
	case patIDPersonal[w], patIDPersonal[strings.TrimSuffix(w, "#")], patIDPersonal[strings.TrimSuffix(w, "s")], employeeNumberWord(w):
		return 'p'
	case patIDGeneric[w], patIDGeneric[strings.TrimSuffix(w, "#")]:
		return 'g'
	case patIDBusiness[w], patIDBusiness[strings.TrimSuffix(w, "#")], patIDBusiness[strings.TrimSuffix(w, "s")]:
		return 'b'
	case idLabelKind(raw) == 'v':
		return 'b' // the labels whose numbers are no person's ("VAT Reg. No.", "USt-IdNr.", "Bon-Nr.")
	}
	return 0
}

// yearAfterWord reports a value line[vs:ve] that is a year ending its
// line, or followed by amounts only, right after a word without a colon
// or a number's marker: a document's title and its year, or an item's
// row and its period ("Health Insurance  2024  50,400"), no record's
// number.
func yearAfterWord(line string, toks []patToken, i, vs, ve int) bool {
	if !reYearToken.MatchString(line[vs:ve]) || i == 0 || slices.ContainsFunc(strings.Fields(line[ve:]), func(w string) bool { return !reLedgerAmount.MatchString(w) }) {
		return false
	}
	prev := line[toks[i-1].s:toks[i-1].e]
	return vs == toks[i].s && !strings.ContainsAny(prev, ":#")
}

func patID(line string) []Match {
	var out []Match
	toks := patTokens(line)
	raws := make([]string, len(toks))
	for i, t := range toks {
		raws[i] = line[t.s:t.e]
	}
	cities := cityLineSpans(line)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if n := ninoAt(raws, max(0, i-1)); n > 1 && i > 0 {
			continue // a group of a National Insurance number (record_id reads it)
		}
		vs := t.s
		raw := line[t.s:t.e]
		var cls byte
		// A trigger glued to the value.
		if m := patIDAttachedRe.FindStringSubmatchIndex(raw); m != nil {
			trig := strings.ToLower(raw[m[2]:m[3]])
			vs = t.s + m[4]
			switch {
			case strings.HasPrefix(trig, "#"), strings.HasPrefix(trig, "n"):
				cls = 'g'
			default:
				cls = 'p'
			}
		}
		ve := patTrimRight(line, vs, t.e)
		if !patIDValue(line[vs:ve]) || inCityLine(cities, vs, ve) {
			continue
		}
		// Dates, phone numbers and SSNs have their own recognizers; a
		// number joined to words is a measure ("75-year-old", "24-hour").
		if patDateLike(line[vs:ve]) || patPhoneOrSSNShape.MatchString(line[vs:ve]) || patWordCompound(line[vs:ve]) ||
			reQuantityUnit.MatchString(line[vs:ve]) {
			continue
		}
		// Look back up to four words for a trigger; the closest personal or
		// business word decides, generic words keep looking. Other words
		// between the trigger and the value ("Customer John Smith 1234")
		// weaken the evidence.
		generic := cls == 'g' // a generic trigger with no other word before the value
		between := 0          // other words between a personal trigger and the value
		for k := i - 1; k >= 0 && k >= i-4 && cls != 'p' && cls != 'b'; k-- {
			switch patIDTrigger(toks[k], line) {
			case 'b':
				cls = 'b'
				if personsRecordHolder(raws, k) {
					cls = 'p' // "Patient File No."
				}
			case 'g':
				generic = generic || between == 0
			case 'p':
				cls = 'p'
				// "Invoice ID", "Bates ID": a qualifier word takes its
				// class from the word before it.
				if patIDQualifier[toks[k].word] && k > 0 && patIDTrigger(toks[k-1], line) == 'b' {
					cls = 'b'
				}
			default:
				between++
			}
		}
		if cls == 'p' && !generic && yearAfterWord(line, toks, i, vs, ve) {
			continue // a title's year: "Employee's Withholding Certificate 2024"
		}
		var score float64
		switch {
		case cls == 'p' && between == 0:
			score = patIDPersonalScore
		case cls == 'p' && patDigitCount(line[vs:ve]) >= 3:
			// Words between, and a code of three digits at least:
			// "Certificate for COVID-19 Vaccination" names a disease.
			score = patIDDistantScore
		case cls == 'b':
			continue
		case generic:
			score = patIDGenericScore
		default:
			continue
		}
		// Continue over following all-digit groups ("1234 5678 9012", and a
		// short last one: "5344 2614 71", "2953 41872 1") and dash-joined
		// parts ("1234 - 5678").
		for i+1 < len(toks) {
			n := toks[i+1]
			nraw := line[n.s:patTrimRight(line, n.s, n.e)]
			last := i+2 >= len(toks)
			if (len(nraw) >= 4 || last && len(nraw) >= 1) && patDigits(nraw) == nraw && ve == t.e {
				i++
				t = n
				ve = patTrimRight(line, n.s, n.e)
				continue
			}
			break
		}
		out = append(out, Match{Type: entity.ID, Start: vs, End: ve, Score: score})
	}
	return out
}
