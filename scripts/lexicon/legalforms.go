package main

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// legalFormList is a list of terms of cleanco's data.js (the keys, types
// and countries, stand outside the brackets); legalFormTerm a quoted term.
var (
	legalFormList = regexp.MustCompile(`\[([^\]]*)\]`)
	legalFormTerm = regexp.MustCompile(`'((?:[^'\\]|\\.)*)'`)
)

// convertLegalForms writes legalforms.txt: the legal forms of business
// entities that cleanco lists by type and by country ("s.r.o.", "sp. z
// o.o.", "Kft.", "ApS"), lower case, one per line. A form without a period
// or slash must have three letters or more and be no ordinary word ("vat",
// "company", "private" are left out): those alone would turn words into
// legal forms.
func convertLegalForms(o options, words map[string]bool) error {
	raw, err := os.ReadFile(o.pkg("cleanco-1.0.2", "data.js"))
	if err != nil {
		return fmt.Errorf("cleanco: %w", err)
	}
	set := map[string]bool{}
	for _, list := range legalFormList.FindAllStringSubmatch(string(raw), -1) {
		for _, m := range legalFormTerm.FindAllStringSubmatch(list[1], -1) {
			t, err := unescapeJS(m[1])
			if err != nil {
				return fmt.Errorf("cleanco term %q: %w", m[1], err)
			}
			t = strings.ToLower(strings.Join(strings.Fields(t), " "))
			if keepLegalForm(t, words) {
				set[t] = true
			}
		}
	}
	lines := make([]string, 0, len(set))
	for t := range set {
		lines = append(lines, t)
	}
	sort.Strings(lines)
	return writeTable(o.out, "legalforms.txt", lines)
}

// keepLegalForm keeps a term with a period, slash or ampersand (not the
// Latin "e.g."), or one word of three letters or more that no word list
// holds.
func keepLegalForm(t string, words map[string]bool) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	if t == "e.g." {
		return false // "for example" in prose
	}
	if strings.ContainsAny(t, "./&") {
		return true
	}
	return letters >= 3 && !strings.Contains(t, " ") && !words[t]
}

// unescapeJS decodes the escapes of a single-quoted JavaScript string;
// cleanco writes UTF-8 bytes as "\xc5\x99".
func unescapeJS(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b = append(b, s[i])
			continue
		}
		if s[i+1] == 'x' && i+3 < len(s) {
			v, err := strconv.ParseUint(s[i+2:i+4], 16, 8)
			if err != nil {
				return "", err
			}
			b = append(b, byte(v))
			i += 3
			continue
		}
		b = append(b, s[i+1])
		i++
	}
	return string(b), nil
}
