package lexicon

import (
	_ "embed"
	"strings"
)

var (
	//go:embed data/stopwords.tsv
	stopwordsData string
	stopwords     = sortedTable(stopwordsData) // "word<TAB>lang,lang", sorted by word
)

// StopwordLanguages returns the ISO 639-1 codes of the languages whose
// function-word lists (stopwords-iso) hold w ("und": de; "yang": id, ms),
// nil when none. Case and surrounding punctuation are ignored.
func StopwordLanguages(w string) []string {
	k := key(w)
	if len([]rune(k)) < 2 {
		return nil
	}
	v, ok := stopwords.value(k)
	if !ok {
		return nil
	}
	return strings.Split(v, ",")
}
