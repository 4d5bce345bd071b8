package pii

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// aliasMaxWords is the most words of a name in brackets after a name.
const aliasMaxWords = 3

// bracketedAliases are the names in brackets right after a person's name
// found surely (a label's value, or a score of repeatSure or more): the
// name the person goes by, a nickname or a maiden name
// ("Thanakrit Siriwattanakul (Nong Ping)"). Its words are aliasWords.
func bracketedAliases(in *Input, found []Match) []Match {
	var out []Match
	for _, m := range found {
		if m.Type != entity.Person || m.Score < repeatSure && !strings.HasPrefix(m.Source, "label:") {
			continue
		}
		rest := strings.TrimLeft(in.Text[m.End:], " ")
		end := strings.IndexByte(rest, ')')
		if !strings.HasPrefix(rest, "(") || end < 0 || strings.ContainsRune(rest[:end], '\n') || !aliasWords(rest[1:end]) {
			continue
		}
		s := len(in.Text) - len(rest) + 1
		out = append(out, Match{Type: entity.Person, Start: s, End: s + end - 1, Score: m.Score, Source: "alias"})
	}
	return out
}

// aliasWords reports one to aliasMaxWords words, each written as a name
// is (one capital, then lower case: no acronym, "MD"), no title and no
// place, one of them at least a listed name or no dictionary word: a
// name ("Nong Ping"), not a role ("(Dependent)", "(Head Teacher)"), a
// degree or a country.
func aliasWords(inner string) bool {
	ws := strings.Fields(inner)
	if len(ws) == 0 || len(ws) > aliasMaxWords {
		return false
	}
	named := false
	for _, w := range ws {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.ToLower(string(r[1:])) != string(r[1:]) || letterCount(w) != len(r) {
			return false
		}
		if lexicon.IsPersonalTitle(w) || !knownName(w) && lexicon.PlaceCountries(w) != nil {
			return false
		}
		named = named || knownName(w) || !isDictWord(w)
	}
	return named
}
