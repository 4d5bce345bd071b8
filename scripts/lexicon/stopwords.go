package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

// convertStopwords writes stopwords.tsv: "word<TAB>lang,lang" with each
// lower-cased function word of stopwords-iso (two characters or more) and
// the ISO 639-1 languages whose lists hold it, sorted.
func convertStopwords(o options) error {
	raw, err := os.ReadFile(o.pkg("stopwords-iso-1.1.0", "stopwords-iso.json"))
	if err != nil {
		return fmt.Errorf("stopwords-iso: %w", err)
	}
	var byLang map[string][]string
	if err := json.Unmarshal(raw, &byLang); err != nil {
		return fmt.Errorf("stopwords-iso: %w", err)
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	of := map[string][]string{}
	for _, l := range langs {
		for _, w := range byLang[l] {
			w = strings.ToLower(strings.TrimSpace(w))
			if utf8.RuneCountInString(w) < 2 || strings.ContainsAny(w, "\t\n") || contains(of[w], l) {
				continue
			}
			of[w] = append(of[w], l)
		}
	}
	lines := make([]string, 0, len(of))
	for w, ls := range of {
		lines = append(lines, w+"\t"+strings.Join(ls, ","))
	}
	sort.Strings(lines)
	return writeTable(o.out, "stopwords.tsv", lines)
}
