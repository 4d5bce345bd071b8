package surrogate

import (
	"strings"
	"unicode"
)

// token is one whitespace-delimited piece of a value: lead and trail are
// punctuation around the core ("(" "If", "Pruitt" ","), space is the
// whitespace that followed it in the original (kept verbatim).
type token struct {
	lead, core, trail, space string
	kind                     int
}

// tokenize splits s at whitespace, keeping every separator; s equals the
// concatenation of each token's lead+core+trail+space (plus a leading
// whitespace prefix returned separately).
func tokenize(s string) (prefix string, toks []token) {
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	prefix = s[:i]
	for i < len(s) {
		k := i
		for k < len(s) && !isSpaceByte(s[k]) {
			k++
		}
		word := s[i:k]
		e := k
		for e < len(s) && isSpaceByte(s[e]) {
			e++
		}
		t := token{space: s[k:e]}
		t.lead, t.core, t.trail = splitPunct(word)
		toks = append(toks, t)
		i = e
	}
	return prefix, toks
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// splitPunct separates leading punctuation (anything before the first
// letter or digit) and trailing punctuation (anything after the last
// letter, digit or period) from a word.
func splitPunct(w string) (lead, core, trail string) {
	rs := []rune(w)
	a := 0
	for a < len(rs) && !unicode.IsLetter(rs[a]) && !unicode.IsDigit(rs[a]) {
		a++
	}
	b := len(rs)
	for b > a && !unicode.IsLetter(rs[b-1]) && !unicode.IsDigit(rs[b-1]) && rs[b-1] != '.' {
		b--
	}
	return string(rs[:a]), string(rs[a:b]), string(rs[b:])
}

func joinTokens(prefix string, toks []token) string {
	var b strings.Builder
	b.WriteString(prefix)
	for _, t := range toks {
		b.WriteString(t.lead + t.core + t.trail + t.space)
	}
	return b.String()
}

// bare is the core lower-cased without periods ("Jr." -> "jr").
func bare(core string) string {
	return strings.ToLower(strings.ReplaceAll(core, ".", ""))
}

// isInitials: "R.", "J.S.", "R", "H.J", or a 2-3 letter capital block
// without vowels ("PHH", "MD").
func isInitials(core string) bool {
	if core == "" {
		return false
	}
	rs := []rune(core)
	if len(rs) == 1 {
		return unicode.IsUpper(rs[0])
	}
	dotted := true
	for i, r := range rs {
		if i%2 == 0 && !unicode.IsLetter(r) || i%2 == 1 && r != '.' {
			dotted = false
			break
		}
	}
	if dotted {
		return true
	}
	if len(rs) <= 3 {
		for _, r := range rs {
			if !unicode.IsUpper(r) || strings.ContainsRune("AEIOUY", r) {
				return false
			}
		}
		return true
	}
	return false
}

func isWord(core string) bool {
	if core == "" {
		return false
	}
	letters := 0
	for _, r := range core {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return letters > 0
}

func isCapitalised(core string) bool {
	for _, r := range core {
		return unicode.IsUpper(r)
	}
	return false
}
