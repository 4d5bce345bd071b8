package entity

import (
	"strings"
	"unicode"
)

// Word is one whitespace-delimited piece of an entity's text: Lead and
// Trail are the punctuation around its Core ("(" "If", "Pruitt" ","), Space
// the whitespace that followed it (kept verbatim).
type Word struct {
	Lead, Core, Trail, Space string
}

// SplitWords splits s at whitespace, keeping every separator: prefix (the
// leading whitespace) and each word's Lead+Core+Trail+Space, concatenated,
// are s.
func SplitWords(s string) (prefix string, words []Word) {
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
		e := k
		for e < len(s) && isSpaceByte(s[e]) {
			e++
		}
		w := Word{Space: s[k:e]}
		w.Lead, w.Core, w.Trail = splitPunct(s[i:k])
		words = append(words, w)
		i = e
	}
	return prefix, words
}

// JoinWords is the text of prefix and words, the inverse of SplitWords.
func JoinWords(prefix string, words []Word) string {
	var b strings.Builder
	b.WriteString(prefix)
	for _, w := range words {
		b.WriteString(w.Lead + w.Core + w.Trail + w.Space)
	}
	return b.String()
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// splitPunct separates leading punctuation (anything before the first
// letter or digit) and trailing punctuation (anything after the last
// letter or digit, but for one period right after it: an abbreviation's)
// from a word.
func splitPunct(w string) (lead, core, trail string) {
	rs := []rune(w)
	a := 0
	for a < len(rs) && !unicode.IsLetter(rs[a]) && !unicode.IsDigit(rs[a]) {
		a++
	}
	b := len(rs)
	for b > a && !unicode.IsLetter(rs[b-1]) && !unicode.IsDigit(rs[b-1]) {
		b--
	}
	for b < len(rs) && rs[b] == '.' && (b+1 == len(rs) || rs[b+1] != '.') {
		b++ // "Jr.", "Inc.": the abbreviation's period; "Freiburg)." keeps none
	}
	return string(rs[:a]), string(rs[a:b]), string(rs[b:])
}

// Bare is a word's core lower-cased without periods ("Jr." -> "jr").
func Bare(core string) string {
	return strings.ToLower(strings.ReplaceAll(core, ".", ""))
}

// IsInitials reports initials: "R.", "J.S.", "R", "H.J", or a block of two
// or three capitals without vowels ("PHH", "MD").
func IsInitials(core string) bool {
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

// IsWord reports a word of letters (with hyphens, apostrophes and
// periods), at least one letter.
func IsWord(core string) bool {
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

// IsCapitalised reports a core that starts with an upper-case letter.
func IsCapitalised(core string) bool {
	for _, r := range core {
		return unicode.IsUpper(r)
	}
	return false
}
