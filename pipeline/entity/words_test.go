package entity

import "testing"

// TestSplitWordsKeepsAnAbbreviationsPeriod splits off a word's brackets and
// marks but keeps the one period of an abbreviation in its core.
func TestSplitWordsKeepsAnAbbreviationsPeriod(t *testing.T) {
	for text, want := range map[string][3]string{
		"(Sparkasse": {"(", "Sparkasse", ""},
		"Freiburg).": {"", "Freiburg", ")."},
		"Jr.":        {"", "Jr.", ""},
		"U.S.A.,":    {"", "U.S.A.", ","},
		"etc...":     {"", "etc", "..."},
	} {
		_, ws := SplitWords(text)
		if len(ws) != 1 || [3]string{ws[0].Lead, ws[0].Core, ws[0].Trail} != want {
			t.Errorf("%q: split %+v, want lead, core and trail %q", text, ws, want)
		}
	}
}
