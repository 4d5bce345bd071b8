package pii

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Street addresses. ADDRESS has no pattern recognizer of its own: this one
// finds the two common US forms on a line, a street line ("1200 Quarry
// Lane", "One Park Avenue, Suite 4", "P. O. Box 4862") and a city line
// ("Dunmore, PA 18512"), and the street, postcode and town lines of other
// countries (intlAddresses); the analyzer merges consecutive lines.
type AddressRecognizer struct{}

// Name implements Recognizer.
func (AddressRecognizer) Name() string { return "address" }

const streetSuffix = `(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Plaza|Court|Ct|Parkway|Pkwy|Highway|Hwy|Square|Sq|Terrace|Circle|Turnpike|Pike|Alley|Row|STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|DRIVE|DR|WAY|PLACE|PL|PLAZA|COURT|CT|PARKWAY|PKWY|HIGHWAY|HWY|SQUARE|SQ|TERRACE|CIRCLE|ALLEY)`

var (
	// A numbered street's name is an ordinal: "5761 W 6th Avenue". A
	// name's word may end in a box's edge ("]", "|") or a speck read as
	// a colon ("455 Seaport: Boulevard").
	reStreet = regexp.MustCompile(`\b(?:\d{1,6}[A-Za-z]?|One|Two|Three|Four|Five|Ten)\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][A-Za-z0-9'.\-]*[\]|:]?|\d{1,3}(?:st|nd|rd|th))\s+){0,3}` + streetSuffix + `\b\.?(?:,?\s+(?i:Suite|Ste|Room|Rm|Floor|Fl|Apt|Unit)\.?\s*#?\s*[0-9A-Z]+)?`)
	rePOBox  = regexp.MustCompile(`(?i)\bP\.?\s?[O0]\.?\s?Box\s+#?\s*\d{1,7}\b`)
	// A stray short number before the ZIP is OCR noise ("Mesa, NY 01 01639").
	reCity = regexp.MustCompile(`\b[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2}[,.]?\s+(` + stateAbbr + `)\.?,?\s+(?:\d{1,2}\s+)?\d{5}(?:\s?-\s?\d{4})?\b`)
)

var shortSuffix = map[string]bool{"dr": true, "st": true, "pl": true, "ct": true, "ln": true, "rd": true, "sq": true, "row": true, "way": true, "pike": true, "place": true, "plaza": true, "court": true}

const stateAbbr = `PR|VI|GU|AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Nebr|Nev|N\.\s?[HJMYCD]|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Alabama|Arizona|California|Colorado|Connecticut|Delaware|Florida|Georgia|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming`

// Recognize implements Recognizer.
func (AddressRecognizer) Recognize(in *Input) []Match {
	var out []Match
	for base, text := range in.LineTexts() {
		for _, loc := range reStreet.FindAllStringIndex(text, -1) {
			ws := strings.Fields(text[loc[0]:loc[1]])
			if len(ws) < 3 && shortSuffix[strings.ToLower(strings.TrimRight(ws[len(ws)-1], ".,"))] {
				continue // "2 Dr.", "13 St." need a street name
			}
			if strings.HasPrefix(text[loc[1]:], ":") {
				continue // a label's word: "2 Guests Place:"
			}
			score := 0.55
			if text[loc[0]] >= '0' && text[loc[0]] <= '9' {
				score += 0.1 // a house number
			}
			if strings.Contains(text[loc[0]:loc[1]], " ") && strings.Count(text[loc[0]:loc[1]], " ") >= 2 {
				score += 0.05 // a street name between number and suffix
			}
			out = append(out, Match{Type: entity.Address, Start: base + loc[0], End: base + loc[1], Score: score, Source: "address"})
		}
		for _, loc := range rePOBox.FindAllStringIndex(text, -1) {
			out = append(out, Match{Type: entity.Address, Start: base + loc[0], End: base + loc[1], Score: 0.7, Source: "address"})
		}
		for _, m := range reCity.FindAllStringSubmatchIndex(text, -1) {
			formOnly := true // "Total, PA 12345" is no city
			for _, w := range strings.Fields(text[m[0]:m[2]]) {
				formOnly = formOnly && isFormWord(w)
			}
			if formOnly {
				continue
			}
			score := 0.7
			if len(text[m[2]:m[3]]) == 2 {
				score += 0.05 // a postal state code
			}
			out = append(out, Match{Type: entity.Address, Start: base + m[0], End: base + m[1], Score: score, Source: "address"})
		}
	}
	out = append(out, wrappedStreets(in)...)
	out = append(out, divisionAddresses(in)...)
	out = append(out, outside(intlAddresses(in), out)...)
	out = append(out, outside(residenceAddresses(in), out)...)
	return withoutSectionHeadings(in, out)
}

// reSectionHeadNumber opens a form's numbered section: one or two digits and
// a period or a bracket, then a space ("3. ", "5) ").
var reSectionHeadNumber = regexp.MustCompile(`^\d{1,2}[.)] `)

// sectionHeadingMinWords is the fewest words after a section's number
// that make its heading.
const sectionHeadingMinWords = 2

// sectionHeading reports a line that a section's number opens, then words
// in capitals, the first two of letters only, a slash to another
// language's words aside ("3. DATOS BANCARIOS PARA EL ABONO DE LA NÓMINA",
// "5. COMUNICACIÓN DE DATOS AL PAGADOR (Modelo 145 IRPF)", "1. RENT/
// PRAES BLONG RENT"): a form's heading, no street (a house number takes
// no period) and no town.
func sectionHeading(line string) bool {
	line = strings.TrimSpace(line)
	loc := reSectionHeadNumber.FindStringIndex(line)
	if loc == nil {
		return false
	}
	ws := strings.Fields(line[loc[1]:])
	if len(ws) < sectionHeadingMinWords {
		return false
	}
	for _, w := range ws[:sectionHeadingMinWords] {
		if c := strings.Trim(w, ",.:/"); letterCount(c) != len([]rune(c)) || !allUpper([]string{c}) || isStreetTypeWord(c) {
			return false
		}
	}
	return true
}

// withoutSectionHeadings cuts the lines that are a form's numbered
// section headings (sectionHeading) out of the address matches: what
// remains of a match on either side stays, each part apart.
func withoutSectionHeadings(in *Input, ms []Match) []Match {
	var out []Match
	keep := func(m Match, s, e int) {
		// the part s..e of m, without the spaces and line breaks at its ends
		for s < e && (in.Text[s] == ' ' || in.Text[s] == '\n') {
			s++
		}
		for e > s && (in.Text[e-1] == ' ' || in.Text[e-1] == '\n') {
			e--
		}
		if e > s {
			m.Start, m.End = s, e
			out = append(out, m)
		}
	}
	for _, m := range ms {
		start := m.Start
		for pos := m.Start; pos < m.End; {
			end := m.End
			if nl := strings.IndexByte(in.Text[pos:m.End], '\n'); nl >= 0 {
				end = pos + nl
			}
			if sectionHeading(in.Text[pos:end]) {
				keep(m, start, pos)
				start = end + 1
			}
			pos = end + 1
		}
		if start == m.Start {
			out = append(out, m)
		} else {
			keep(m, start, m.End)
		}
	}
	return out
}

// wrappedStreets finds a street whose line breaks before its type: a
// house number and a name end one line, the street type opens the next
// ("lives at 27 Pawtucket" / "Blvd, Lowell, MA 01854").
func wrappedStreets(in *Input) []Match {
	var out []Match
	for _, loc := range reStreet.FindAllStringIndex(in.Text, -1) {
		span := in.Text[loc[0]:loc[1]]
		nl := strings.IndexByte(span, '\n')
		if nl < 0 || strings.Count(span, "\n") > 1 || !unicode.IsDigit(rune(span[0])) {
			continue
		}
		head, tail := strings.Fields(span[:nl]), strings.Fields(span[nl+1:])
		if len(head) < 2 || len(tail) == 0 || !lexicon.IsStreetType(strings.ToLower(strings.Trim(tail[0], ".,"))) ||
			strings.HasPrefix(in.Text[loc[1]:], ":") {
			continue // "Place:" opening the next line is a label ("10-25 Lakh" / "Place: Pune")
		}
		out = append(out, Match{Type: entity.Address, Start: loc[0], End: loc[1], Score: 0.65, Source: "address"})
	}
	return out
}

// outside returns the matches of ms that lie inside none of taken.
func outside(ms, taken []Match) []Match {
	var out []Match
	for _, m := range ms {
		free := true
		for _, t := range taken {
			free = free && (m.Start < t.Start || m.End > t.End)
		}
		if free {
			out = append(out, m)
		}
	}
	return out
}
