package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Signers side by side: a contract, a certificate or a residence's
// attestation signs in columns, each signer's name over the line of an
// office or of an identity number ("Nelson Enrique Guaita Ramos" over
// "C.I. V-8.604.215", beside "Yelitza Coromoto Herrera Bello" over its
// own), often under a rule of underscores for the signature. A whole
// line reads as no name there; each column's segment does.

// signerColumns finds the name segments that signerScore reads as a name
// right above a segment of the same column that names an office
// (officeLine) or opens with an identity number's label and holds its
// number (idLine); or right under a rule of underscores.
func signerColumns(in *Input, h int) []Match {
	segs := pageSegments(in)
	var out []Match
	for i, s := range segs {
		if len(s.toks) < 2 || strings.ContainsAny(strings.Join(s.toks, " "), ":0123456789") {
			continue
		}
		if k := bracketedSigner(segs, i, s, h); k > 0 {
			s.words, s.toks = s.words[k:len(s.words)-k], s.toks[k:len(s.toks)-k]
		} else {
			below, ok := columnSegment(segs, i, s, s.line+1, h)
			above, hasAbove := columnSegment(segs, i, s, s.line-1, h)
			if !(ok && (officeLine(below.toks) || idLine(below.toks))) && !(hasAbove && ruleSegment(above.toks) && signatureRule(in, above, s)) {
				continue
			}
		}
		if score, named := signerScore(s.toks); named {
			out = append(out, Match{Type: entity.Person, Start: in.WordStart[s.words[0]], End: in.WordEnd[s.words[len(s.words)-1]],
				Score: score, Source: "names:signoff"})
		}
	}
	return out
}

// signatureSpace is how many text heights a signature's space may part
// a signer's name from the line over it.
const signatureSpace = 10

// bracketedSigner reports how many tokens of brackets stand at each end of
// segment s (1, or 0 for none) when they enclose it with spaces inside
// ("( Wulan Sari )") and the nearest line of its column above, within a
// signature's space, ends in a comma ("Kasir,", "Hormat kami,"): the name
// printed under the space for a signature, as Indonesian and Malay
// receipts and letters sign.
func bracketedSigner(segs []segment, i int, s segment, h int) int {
	n := len(s.toks)
	if n < 3 || s.toks[0] != "(" || s.toks[n-1] != ")" {
		return 0
	}
	for li := s.line - 1; li >= 0 && li >= s.line-3; li-- {
		above, ok := columnSegment(segs, i, s, li, signatureSpace*h/2)
		if ok {
			if strings.HasSuffix(above.toks[len(above.toks)-1], ",") {
				return 1
			}
			return 0
		}
	}
	return 0
}

// columnSegment is the segment of line li that overlaps segment s from
// side to side, within two text heights of it up or down.
func columnSegment(segs []segment, i int, s segment, li, h int) (segment, bool) {
	for j := max(0, i-8); j < min(len(segs), i+9); j++ {
		o := segs[j]
		if o.line != li || o.right < s.left || o.left > s.right {
			continue
		}
		if d := o.top - s.top; d > 2*h || d < -2*h {
			continue
		}
		return o, true
	}
	return segment{}, false
}

// idLine reports a segment that opens with an identity number's label
// ("C.I.", "DNI", "NIK", "CPF") and holds a number of five digits or
// more.
func idLine(toks []string) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	w := idWord(toks[0])
	if !shortIDLabel(w) && !idHasStem(w, idLabelStems) && !idPersonLabel[w] {
		return false
	}
	for _, t := range toks[1:] {
		if patDigitCount(t) >= 5 {
			return true
		}
	}
	return false
}

// idPersonLabel are the short labels of a person's identity number that
// a signature block prints under the name, "C.I." also as OCR reads its
// "I" ("C.l.").
var idPersonLabel = map[string]bool{"c.i": true, "ci": true, "c.l": true, "c.c": true, "cc": true, "rg": true, "ine": true, "dpi": true}

// signatureRuleMaxWidth is how many times a signer's name a signature's
// rule spans at most; a table's rule under its heads spans the page.
const signatureRuleMaxWidth = 3

// signatureRule reports a rule over segment s drawn for its signature,
// no wider than signatureRuleMaxWidth times s ("-----" across a school
// report, over "Lengua Española   88   91", is the table's).
func signatureRule(in *Input, rule, s segment) bool {
	return in.wordsBox(rule.words).Width <= signatureRuleMaxWidth*in.wordsBox(s.words).Width
}

// ruleSegment reports a segment that is a rule of underscores or dashes
// drawn for a signature.
func ruleSegment(toks []string) bool {
	j := strings.Join(toks, "")
	return len(j) >= 8 && strings.Trim(j, "_-.") == ""
}
