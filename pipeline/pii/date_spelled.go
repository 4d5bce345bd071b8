package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Spelled dates: a certificate or a deed repeats a date in words, in
// brackets right after its figures ("18 July 2015 (eighteenth July two
// thousand and fifteen)"). The words are the same date; what vouches for
// them is the date found before the bracket and the month's name inside
// it, in any language the month names are known in.

// spelledDateSource is the source of a spelled date's match.
const spelledDateSource = "date:spelled"

// spelledDateWords bounds the words of a spelled date in brackets.
const (
	spelledDateMinWords = 3
	spelledDateMaxWords = 12
)

// spelledDates are the dates written in words in brackets right after a
// found date.
func spelledDates(in *Input, found []Match) []Match {
	var out []Match
	for _, m := range found {
		if m.Type != entity.Date {
			continue
		}
		rest := in.Text[m.End:]
		k := len(rest) - len(strings.TrimLeft(rest, " "))
		if k == len(rest) || rest[k] != '(' {
			continue
		}
		n := strings.IndexAny(rest[k:], ")\n")
		if n < 0 || rest[k+n] != ')' || !spelledDate(rest[k+1:k+n]) {
			continue
		}
		out = append(out, Match{Type: entity.Date, Start: m.End + k + 1, End: m.End + k + n, Score: m.Score, Source: spelledDateSource})
	}
	return out
}

// spelledDate reports words of letters, a month's full name among them,
// and at most a year in figures: a date written out ("eighteenth July two
// thousand and fifteen", "dix-huit juillet deux mille quinze").
func spelledDate(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < spelledDateMinWords || len(ws) > spelledDateMaxWords {
		return false
	}
	month := false
	for _, w := range ws {
		c := strings.Trim(w, ",.")
		if fullMonthName(c) {
			month = true
			continue
		}
		if len(c) == 4 && countDigits(c) == 4 {
			continue // a year in figures
		}
		if c == "" || letterCount(c)+strings.Count(c, "-") != len([]rune(c)) {
			return false
		}
	}
	return month
}

// fullMonthName reports a month's name written in full in a language the
// month names are known in.
func fullMonthName(w string) bool {
	hits := entity.LookupMonth(w)
	for _, h := range hits {
		if !h.Abbr {
			return true
		}
	}
	return false
}
