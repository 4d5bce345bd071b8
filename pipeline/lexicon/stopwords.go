package lexicon

import (
	"strings"
	"sync"
)

var (
	stopwordsOnce sync.Once
	stopwords     sortedLines // "word<TAB>lang,lang", sorted by word
)

// StopwordLanguages returns the ISO 639-1 codes of the languages whose
// function-word lists (stopwords-iso) hold w ("und": de; "yang": id, ms),
// nil when none. Case and surrounding punctuation are ignored.
func StopwordLanguages(w string) []string {
	stopwordsOnce.Do(func() { stopwords = loadSorted("stopwords.tsv.lz4") })
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
