package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordLists are the Debian word lists read, by file name under
// /usr/share/dict, with whether the language capitalises common nouns and the
// longest word kept: the long forms of the larger, inflected lists are dropped
// to keep the embedded list small.
var wordLists = []struct {
	file     string
	nouns    bool
	maxRunes int
}{
	{"american-english", false, 16}, {"british-english", false, 16},
	{"ngerman", true, 10}, {"french", false, 10}, {"spanish", false, 10},
	{"italian", false, 10}, {"portuguese", false, 10}, {"nederlands", false, 10},
}

// wordSets are the words of the Debian word lists: those written in lower
// case, and the capitalised nouns of German, each lower-cased.
type wordSets struct{ lower, nouns map[string]bool }

// readWords reads the Debian word lists that were given.
func readWords(o options) (wordSets, error) {
	ws := wordSets{lower: map[string]bool{}, nouns: map[string]bool{}}
	for _, wl := range wordLists {
		raw, err := os.ReadFile(filepath.Join(o.dict, wl.file))
		if os.IsNotExist(err) {
			fmt.Fprintf(os.Stderr, "lexicon: word list %s not given, left out\n", wl.file)
			continue
		}
		if err != nil {
			return ws, fmt.Errorf("word list %s: %w", wl.file, err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			w := strings.TrimSpace(line)
			if !plainWord(w, wl.maxRunes) {
				continue
			}
			lw := strings.ToLower(w)
			switch {
			case lw == w:
				ws.lower[lw] = true
			case wl.nouns && isCapitalised(w):
				ws.nouns[lw] = true
			}
		}
	}
	return ws, nil
}

// convertWords writes words.txt: the lower-case words of the Debian word
// lists, plus the capitalised common nouns of German, each lower-cased, unless
// such a noun is also a given or family name or a town. It returns the words.
func convertWords(o options, ws wordSets, names, places map[string]bool) (map[string]bool, error) {
	set := map[string]bool{}
	for w := range ws.lower {
		set[w] = true
	}
	for w := range ws.nouns {
		if !names[w] && !places[w] {
			set[w] = true
		}
	}
	return set, writeTable(o.out, "words.txt", sortedKeys(set))
}

// plainWord accepts letters only (with inner hyphens), 2 to maxRunes long.
func plainWord(w string, maxRunes int) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > maxRunes || strings.HasPrefix(w, "-") || strings.HasSuffix(w, "-") {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// isCapitalised reports an upper-case first letter followed by lower case.
func isCapitalised(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	rest := w[size:]
	return unicode.IsUpper(r) && strings.ToLower(rest) == rest
}
