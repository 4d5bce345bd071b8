package lexicon

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// germanFold writes umlauts and ß the German way without them.
var germanFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// foldings returns the ASCII spellings of a lower-case word with accents
// ("müller" gives "mueller" and "muller"), none when it has no accent.
func foldings(k string) []string {
	if isASCII(k) {
		return nil
	}
	var out []string
	if g := germanFold.Replace(k); g != k && isASCII(g) {
		out = append(out, g)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if plain, _, err := transform.String(t, strings.ReplaceAll(k, "ß", "ss")); err == nil && plain != k {
		out = append(out, plain)
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
