package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type country struct {
	Name     string   `json:"name"`
	Native   string   `json:"native"`
	Alias    []string `json:"alias"`
	Phone    []int    `json:"phone"`
	Currency []string `json:"currency"`
	Language []string `json:"languages"`
	Capital  string   `json:"capital"`
}

// convertCountries writes countries.tsv: "CC<TAB>name|native|alias...
// <TAB>calling codes<TAB>currencies<TAB>languages<TAB>capital".
func convertCountries(o options) error {
	raw, err := os.ReadFile(o.pkg("countries-list-3.4.1", "countries.min.json"))
	if err != nil {
		return fmt.Errorf("countries-list: %w", err)
	}
	all := map[string]country{}
	if err := json.Unmarshal(raw, &all); err != nil {
		return fmt.Errorf("countries-list: %w", err)
	}
	var lines []string
	for cc, c := range all {
		names := append([]string{c.Name, c.Native}, c.Alias...)
		phones := make([]string, len(c.Phone))
		for i, p := range c.Phone {
			phones[i] = strconv.Itoa(p)
		}
		lines = append(lines, strings.Join([]string{cc, strings.Join(names, "|"),
			strings.Join(phones, ","), strings.Join(c.Currency, ","),
			strings.Join(c.Language, ","), c.Capital}, "\t"))
	}
	sort.Strings(lines)
	return writeTable(o.out, "countries.tsv", lines)
}
