package pii

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Legends of initials: a chart or a register signs its rows with staff
// initials and spells them out once ("D.N. = SN Dudu Ngcobo"). The name
// is a person's, and so is each of its initials' occurrences on the page.

// reInitialsLegend is initials with their periods, an equals sign or a
// colon, an optional rank of capitals ("SN", "Dr") and two or three
// capitalised words, on one line.
var reInitialsLegend = regexp.MustCompile(`(?:^|\s)((?:\p{Lu}\.){2,3}) *[=:] *(?:(?:\p{Lu}{2,4}|Dr\.?|Mr\.?|Mrs\.?|Ms\.?) +)?(\p{Lu}[\p{L}'’-]+(?: +\p{Lu}[\p{L}'’-]+){1,2})`)

// legendSource is the source of a legend's matches.
const legendSource = "names:legend"

// Scores of a legend's name and of its initials elsewhere.
const (
	legendNameScore     = 0.75
	legendInitialsScore = 0.7
)

// initialsLegends finds the names that a legend spells out, and every
// occurrence of their initials on the page.
func initialsLegends(in *Input) []Match {
	var out []Match
	for _, m := range reInitialsLegend.FindAllStringSubmatchIndex(in.Text, -1) {
		initials, name := in.Text[m[2]:m[3]], in.Text[m[4]:m[5]]
		if !initialsOf(initials, strings.Fields(name)) {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: m[4], End: m[5], Score: legendNameScore, Source: legendSource})
		for wi := range in.Page.Words {
			if s := in.WordStart[wi]; s >= 0 && in.Text[s:in.WordEnd[wi]] == initials {
				out = append(out, Match{Type: entity.Person, Start: s, End: in.WordEnd[wi], Score: legendInitialsScore, Source: legendSource})
			}
		}
	}
	return out
}

// initialsOf reports initials ("D.N.") whose letters open the name's
// first and last words, or each of its words.
func initialsOf(initials string, name []string) bool {
	letters := strings.ReplaceAll(initials, ".", "")
	first := func(w string) rune { r, _ := utf8.DecodeRuneInString(w); return unicode.ToUpper(r) }
	var all, ends []rune
	for _, w := range name {
		all = append(all, first(w))
	}
	ends = []rune{all[0], all[len(all)-1]}
	return letters == string(all) || letters == string(ends)
}
