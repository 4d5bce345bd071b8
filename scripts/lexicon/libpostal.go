package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// libpostalKinds are the libpostal dictionaries copied, by file name.
var libpostalKinds = []string{
	"street_types", "personal_titles", "company_types", "unit_types_numbered",
	"level_types_numbered", "concatenated_suffixes_separable",
	"concatenated_suffixes_inseparable", "concatenated_prefixes_separable",
	"directionals", "post_office", "academic_degrees", "personal_suffixes",
	"qualifiers",
}

// convertLibpostal writes libpostal.tsv: "kind<TAB>lang<TAB>phrase|alt|..."
// with each dictionary line of every language, lower-cased.
func convertLibpostal(o options) error {
	dir := o.pkg("pelias-parser-4.1.0", "resources", "libpostal", "dictionaries")
	langs, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("libpostal dictionaries: %w", err)
	}
	var lines []string
	for _, l := range langs {
		if !l.IsDir() {
			continue
		}
		for _, kind := range libpostalKinds {
			got, err := readDictionary(filepath.Join(dir, l.Name(), kind+".txt"))
			if err != nil {
				return err
			}
			for _, g := range got {
				lines = append(lines, kind+"\t"+l.Name()+"\t"+g)
			}
		}
	}
	sort.Strings(lines)
	return writeTable(o.out, "libpostal.tsv", lines)
}

// readDictionary returns the non-comment lines of one dictionary, lower-cased;
// a missing file is an empty dictionary.
func readDictionary(path string) ([]string, error) {
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("libpostal dictionary: %w", err)
	}
	var out []string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" || strings.HasPrefix(line, "#") || strings.Contains(line, "\t") {
			continue
		}
		out = append(out, line)
	}
	return out, nil
}
