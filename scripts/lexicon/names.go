package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// convertNames writes names.txt: the given and family names of humannames
// (ASCII spellings) and of libpostal's given_names and surnames (which keep
// accents: "Müller", "García"), lower-cased, one a line, sorted. It returns
// the set for the word filter.
func convertNames(o options) (map[string]bool, error) {
	libpostal := o.pkg("pelias-parser-4.1.0", "resources", "libpostal", "dictionaries", "all")
	files := []string{
		o.pkg("humannames-1.0.5", "list.txt"),
		filepath.Join(libpostal, "given_names.txt"),
		filepath.Join(libpostal, "surnames.txt"),
	}
	set := map[string]bool{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("names: %w", err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			w := strings.ToLower(strings.TrimSpace(line))
			if utf8.RuneCountInString(w) >= 2 {
				set[w] = true
			}
		}
	}
	return set, writeTable(o.out, "names.txt", sortedKeys(set))
}
