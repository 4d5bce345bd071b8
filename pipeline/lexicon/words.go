package lexicon

import _ "embed"

var (
	//go:embed data/names.txt
	namesData string
	//go:embed data/words.txt
	wordsData string

	names, words = sortedTable(namesData), sortedTable(wordsData)
)

// IsName reports a given or family name of the humannames list or of
// libpostal's name lists. Case is ignored, accents are kept, and surrounding
// quotes and trailing punctuation are dropped ("Müller," is a name). A name
// with accents also matches its German or plain ASCII spelling ("Müller" is
// found as "Mueller" or "Muller").
func IsName(w string) bool {
	k := key(w)
	if len(k) < 2 {
		return false
	}
	if names.has(k) {
		return true
	}
	for _, f := range foldings(k) {
		if names.has(f) {
			return true
		}
	}
	return false
}

// IsCommonWord reports an ordinary dictionary word of the Debian word lists
// (English, German, French, Spanish, Italian, Portuguese, Dutch): a word
// written in lower case there, or a German common noun that is not also a
// name or a town. Case is ignored.
func IsCommonWord(w string) bool {
	k := key(w)
	return len(k) > 1 && words.has(k)
}

// lostMarks are the accented letters that OCR reads as their base letter
// ("Assistenzarztin" for "Assistenzärztin"), by base letter.
var lostMarks = map[byte][]string{
	'a': {"ä", "á", "à", "â", "å"}, 'o': {"ö", "ó", "ò", "ô"}, 'u': {"ü", "ú", "ù", "û"},
	'e': {"é", "è", "ê"}, 'i': {"í", "î"}, 'n': {"ñ"}, 'c': {"ç"},
}

// MarkLostSpellings returns the spellings of an ASCII word with one
// accent put back that OCR may have lost ("assistenzarztin" gives
// "assistenzärztin" among others), in lower case; none for a word with
// accents or of fewer than three letters.
func MarkLostSpellings(w string) []string {
	k := key(w)
	if len(k) < 3 || !IsASCII(k) {
		return nil
	}
	var out []string
	for i := 0; i < len(k); i++ {
		for _, m := range lostMarks[k[i]] {
			out = append(out, k[:i]+m+k[i+1:])
		}
	}
	return out
}
