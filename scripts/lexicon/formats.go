package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// addressFormat is the part of a Chromium i18n ssl-address record kept.
type addressFormat struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	Fmt      string `json:"fmt"`
	Zip      string `json:"zip"`
	Zipex    string `json:"zipex"`
	SubKeys  string `json:"sub_keys"`
	SubNames string `json:"sub_names"`
	SubLName string `json:"sub_lnames"`
}

// convertAddressFormats writes postcodes.tsv, "CC<TAB>zip regexp<TAB>fmt
// <TAB>examples", and regions.tsv, "CC<TAB>key<TAB>name<TAB>latin name",
// from the Chromium address metadata. A zip pattern Go's regexp package
// cannot compile is left out.
func convertAddressFormats(o options) error {
	dir := o.pkg("pelias-parser-4.1.0", "resources", "chromium-i18n", "ssl-address")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("chromium address data: none found in %s", dir)
	}
	var zips, regions []string
	for _, f := range files {
		a, err := readFormat(f)
		if err != nil {
			return err
		}
		if a.Zip != "" {
			a.Zip = dropLookaheads(a.Zip)
			if _, err := regexp.Compile(a.Zip); err != nil {
				fmt.Fprintf(os.Stderr, "lexicon: %s postcode pattern skipped: %v\n", a.Key, err)
			} else {
				zips = append(zips, strings.Join([]string{a.Key, a.Zip, a.Fmt, a.Zipex}, "\t"))
			}
		}
		regions = append(regions, regionLines(a)...)
	}
	sort.Strings(zips)
	sort.Strings(regions)
	if err := writeTable(o.out, "postcodes.tsv", zips); err != nil {
		return err
	}
	return writeTable(o.out, "regions.tsv", regions)
}

func readFormat(path string) (addressFormat, error) {
	var a addressFormat
	raw, err := os.ReadFile(path)
	if err != nil {
		return a, fmt.Errorf("chromium address data: %w", err)
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return a, fmt.Errorf("chromium address data %s: %w", filepath.Base(path), err)
	}
	return a, nil
}

// regionLines lists a country's first-level regions (states, provinces).
func regionLines(a addressFormat) []string {
	if a.SubKeys == "" {
		return nil
	}
	keys := strings.Split(a.SubKeys, "~")
	names := splitOr(a.SubNames, len(keys))
	latin := splitOr(a.SubLName, len(keys))
	var out []string
	for i, k := range keys {
		out = append(out, strings.Join([]string{a.Key, k, names[i], latin[i]}, "\t"))
	}
	return out
}

// splitOr splits a "~" list, or returns n empty strings when its length differs.
func splitOr(s string, n int) []string {
	parts := strings.Split(s, "~")
	if len(parts) != n {
		return make([]string, n)
	}
	return parts
}

// lookahead matches a negative lookahead group without nested parentheses,
// which RE2 does not support (NL uses one to exclude a few letter pairs).
var lookahead = regexp.MustCompile(`\(\?![^()]*\)`)

// dropLookaheads removes negative lookaheads, so the pattern accepts a few
// more strings than the original.
func dropLookaheads(re string) string {
	return lookahead.ReplaceAllString(re, "")
}
