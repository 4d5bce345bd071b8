package pii

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// maxStreetWords bounds a street's name ("Partida María del Carmen Zapata").
const maxStreetWords = 7

// streetSpan is a street line's first and last token.
type streetSpan struct{ start, end int }

// streetSpans finds the street lines among toks. With requireType a
// street needs a street-type word; without, any name with a house number
// is taken (for lines an address block vouches for).
func streetSpans(toks []string, requireType bool) []streetSpan {
	var out []streetSpan
	for i := 0; i < len(toks); i++ {
		if sp, ok := streetAt(toks, i, requireType); ok {
			out = append(out, sp)
			i = sp.end
		}
	}
	return out
}

// streetAt reads a street line starting at token i: an optional unit and
// number, then the house number before or after the street's name.
func streetAt(toks []string, i int, requireType bool) (streetSpan, bool) {
	j := unitPrefixEnd(toks, i)
	if j < len(toks) && houseNumber(toks[j]) {
		k := numberTrailEnd(toks, j)
		if e, typed, ok := streetName(toks, k+1); ok && (typed || !requireType) {
			return streetSpan{i, e}, true
		}
	}
	e, typed, ok := streetName(toks, j)
	if !ok || requireType && !typed {
		return streetSpan{}, false
	}
	n := e + 1
	if n < len(toks) && unitNumberWords[strings.ToLower(toks[n])] {
		n++
	}
	if n < len(toks) && houseNumber(toks[n]) {
		return streetSpan{i, numberTrailEnd(toks, n)}, true
	}
	return streetSpan{}, false
}

// streetName reads a street's name from token j: street words up to a
// comma, at least one of them neither a connector nor a lone street type,
// starting with a capital or a street type. It returns the last token and
// whether a street type is among them.
func streetName(toks []string, j int) (end int, typed, ok bool) {
	if j >= len(toks) {
		return 0, false, false
	}
	first := strings.Trim(toks[j], ",;:")
	if !isCapitalisedToken(first) && !streetTypeToken(first) && first != "c/" {
		return 0, false, false
	}
	if j+1 < len(toks) && lexicon.IsPersonalTitle(first) && isCapitalisedToken(toks[j+1]) {
		return 0, false, false // "Dr. Quimby": a title and a name
	}
	named, glued := false, false
	end = -1
	for k := j; k < len(toks) && k < j+maxStreetWords; k++ {
		if strings.HasSuffix(toks[k], ":") {
			return 0, false, false // a field label ("Receipt No.:")
		}
		if !streetWord(toks[k]) {
			break
		}
		c := strings.Trim(toks[k], ",;:")
		isType := streetTypeToken(c) || c == "C/" || c == "c/"
		typed = typed || isType
		if _, g := gluedStreet(c); g {
			glued = true
		}
		if !isType && !townConnectors[strings.ToLower(c)] && letterCount(c) >= 3 {
			named = true
		}
		end = k
		if endsClause(toks[k]) {
			break
		}
	}
	if end < 0 || !named && !glued {
		return 0, false, false
	}
	for end > j && townConnectors[strings.ToLower(strings.Trim(toks[end], ",;:"))] {
		end--
	}
	return end, typed, true
}

// gluedStreet reports a street name with its type glued on ("Hauptstraße").
func gluedStreet(c string) (string, bool) {
	if !isCapitalisedToken(c) {
		return "", false
	}
	return lexicon.StreetSuffix(c)
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
