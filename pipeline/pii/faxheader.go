package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Fax header lines. A fax machine prints a line across the top (or foot)
// of every page it sends: date, time, the sender's number, name and page
// number ("03/02/01 09:47 312 555 0142 ACME CORP P.01"). Its numbers are
// often printed as bare digit groups ("555 0142") that the phone patterns
// rate too low to report anywhere else.

var (
	// reHeaderMark is what makes a line near the page edge a fax header:
	// a clock time, the word fax, or a page mark ("P.01", "Page 2").
	reHeaderMark = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}\b|\bfax\b|\bp\.?\s?0\d\b|\bpage\s+\d`)
	// reHeaderLocal is a seven-digit group pair, "555 0142", "555  0142".
	reHeaderLocal = regexp.MustCompile(`\b\d{3}[ ]{1,2}\d{4}\b`)
)

const (
	// faxHeaderLocal scores a bare seven-digit group pair on a fax header
	// line: above the threshold, below the numbers that patterns validate.
	faxHeaderLocal = 0.6
	faxHeaderEdge  = 0.12 // share of the page height that counts as its edge
)

// faxHeaderPhones finds the bare numbers on fax header lines of in.
func faxHeaderPhones(in *Input) []Match {
	p := in.Page
	if p == nil || p.Height <= 0 {
		return nil
	}
	edge := int(faxHeaderEdge * float64(p.Height))
	var out []Match
	for _, ln := range in.Lines {
		if len(ln) < 2 {
			continue
		}
		top, bottom := p.Words[ln[0]].Box.Top, p.Words[ln[0]].Box.Bottom()
		for _, wi := range ln {
			top, bottom = min(top, p.Words[wi].Box.Top), max(bottom, p.Words[wi].Box.Bottom())
		}
		if top > edge && bottom < p.Height-edge {
			continue
		}
		base := in.WordStart[ln[0]]
		line := in.Text[base:in.WordEnd[ln[len(ln)-1]]]
		if patDigitCount(line) < 7 || !reHeaderMark.MatchString(line) {
			continue
		}
		for _, loc := range reHeaderLocal.FindAllStringIndex(line, -1) {
			s, e := loc[0], loc[1]
			if patNumberAfter(line, e) || patByte(line, s-1) == ':' || patByte(line, s-1) == '/' {
				continue
			}
			if patNumberBefore(line, s) {
				continue // the patterns' business: "312 555 0142"
			}
			// The area code before it, misread as a short token ("'Tsz
			// 555 0142"): not a word, three or four characters.
			if j := strings.LastIndexByte(strings.TrimRight(line[:s], " "), ' ') + 1; j < s {
				prev := strings.TrimSpace(line[j:s])
				core := strings.Trim(prev, "'‘’`\".,()")
				if len(core) >= 2 && len(core) <= 4 && !isCommonWord(core) && !strings.ContainsAny(prev, ":/") {
					s = j
				}
			}
			out = append(out, Match{Type: entity.Phone, Start: base + s, End: base + e, Score: faxHeaderLocal, Source: "phone:fax-header"})
		}
	}
	return out
}
