package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// germanFold writes umlauts and ß the German way without them.
var germanFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// foldings returns the ASCII spellings of a lower-case word with accents
// ("müller" gives "mueller" and "muller"), none when it has no accent.
func foldings(k string) []string {
	if IsASCII(k) {
		return nil
	}
	var out []string
	if g := germanFold.Replace(k); g != k && IsASCII(g) {
		out = append(out, g)
	}
	if plain := Unaccented(strings.ReplaceAll(k, "ß", "ss")); plain != k {
		out = append(out, plain)
	}
	return out
}

// barredLetters are the letters whose mark is no combining mark, as OCR
// and people without the keyboard write them: Turkish "ı", Polish "ł",
// Nordic "ø", South Slavic "đ".
var barredLetters = strings.NewReplacer("ı", "i", "ł", "l", "Ł", "L", "ø", "o", "Ø", "O", "đ", "d", "Đ", "D")

// Unaccented is s without its combining marks ("Meléndez" -> "Melendez")
// and its barred letters ("Adı" -> "Adi"); ASCII and invalid UTF-8 come
// back as they are.
func Unaccented(s string) string {
	if IsASCII(s) || !utf8.ValidString(s) {
		return s
	}
	plain := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(s))
	return barredLetters.Replace(norm.NFC.String(plain))
}

// IsASCII reports a string of ASCII characters only.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
