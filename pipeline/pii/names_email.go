package pii

import (
	"regexp"
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Names that an e-mail address on the page spells. An address's local part
// names its owner ("cyrielle.da-silva@…", "boni@…"), so a run of
// capitalised words in the page's text that holds one of its words is that
// person's name, wherever the sentence puts it ("Per qualsiasi chiarimento
// può contattare Concetto Boni al numero …", "Votre interlocuteur,
// Cyrielle Da silva, reste …").

// EmailNameRecognizer finds the names that the page's e-mail addresses
// spell.
type EmailNameRecognizer struct{}

// Name implements Recognizer.
func (EmailNameRecognizer) Name() string { return "names:email" }

// emailNameScore is the score of a name an address spells.
const emailNameScore = 0.85

// reEmailLocal is an address's local part, before its "@".
var reEmailLocal = regexp.MustCompile(`([A-Za-z][A-Za-z0-9._\-]*)@[A-Za-z0-9\-]+\.`)

// emailNameMaxWords is the most words of a name an address spells.
const emailNameMaxWords = 4

// Recognize implements Recognizer.
func (EmailNameRecognizer) Recognize(in *Input) []Match {
	parts := emailLocalWords(in.Text)
	if len(parts) == 0 {
		return nil
	}
	var out []Match
	for _, ln := range in.Lines {
		text := func(k int) string { return in.Page.Words[ln[k]].Text }
		for k := 0; k < len(ln); k++ {
			spelt, ordinary := emailPart(parts, text(k))
			if !spelt {
				continue
			}
			// An ordinary word ("Boni", "Concetto") counts in a run of
			// capitalised words inside a sentence: lower-case words on
			// both sides, as "contattare Concetto Boni al numero".
			near := func(t string) bool { return emailNameNeighbour(parts, t, ordinary) }
			// A name's words stand close, within a cell: a column's gap or
			// a label's colon ends it ("Ragnhild Aasland Brekke   Fakturanr.:").
			close := func(a, b int) bool {
				return !gapWider(in.Page.Words[ln[a]].Box, in.Page.Words[ln[b]].Box, 2) && !strings.HasSuffix(text(b), ":")
			}
			s, e := k, k
			for s > 0 && e-s+1 < emailNameMaxWords && near(text(s-1)) && !endsClause(text(s-1)) && close(s-1, s) {
				s--
			}
			for e+1 < len(ln) && e-s+1 < emailNameMaxWords && !endsClause(text(e)) && near(text(e+1)) && close(e, e+1) {
				e++
			}
			for e > k && nameParticles[strings.ToLower(coreWord(text(e)))] {
				e-- // a particle ends no name: "Concetto Boni al numero"
			}
			inSentence := s > 0 && e+1 < len(ln) && lowerWord(text(s-1)) && lowerWord(text(e+1))
			office := slices.ContainsFunc(ln[s:e+1], func(wi int) bool {
				c := coreWord(in.Page.Words[wi].Text)
				return officeWord(c) || unitWord(c) || staffRole(c)
			})
			// A word cut short by its period before the last names a
			// place's or an office's kind, no one's name ("Brgy. Anos"
			// beside "brgy.anos.lb@": a barangay's office).
			office = office || slices.ContainsFunc(ln[s:e], func(wi int) bool { return abbreviatedWord(in.Page.Words[wi].Text) })
			// A row of sums in capitals names no one: "TONG CONG THANH
			// TOAN 342.360" (a Vietnamese bill's total) beside "thanh86@";
			// a label's value does, its number an ID's ("Suscriptor: LUZ
			// DARY ARBELAEZ DE OSSA  C.C. 43.582.917").
			sums := allUpper(textsOf(in.Page.Words, ln[s:e+1])) && reLedgerAmount.MatchString(text(len(ln)-1)) &&
				!slices.ContainsFunc(ln[:s+1], func(wi int) bool { return strings.HasSuffix(in.Page.Words[wi].Text, ":") }) &&
				!(len(ln) > 1 && idLabelKind(text(len(ln)-2)) == 'l')
			if e > s && (!ordinary || inSentence) && !office && !sums { // "Șef Serviciu Resurse Umane" beside "resurse.umane@": a department's mailbox
				out = append(out, wordSpanMatch(in, ln[s], ln[e], entity.Person, emailNameScore))
			}
			k = e
		}
	}
	return out
}

// abbreviatedWord reports a word of three letters or more cut short by
// its period that is no title and no listed name.
func abbreviatedWord(t string) bool {
	c := coreWord(t)
	return strings.HasSuffix(strings.TrimSpace(t), ".") && letterCount(c) >= 3 && !reTitleWord.MatchString(t) && !knownName(c)
}

// emailLocalWords are the words of four letters or more of the local
// parts of the addresses in text, lower case and unaccented.
func emailLocalWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range reEmailLocal.FindAllStringSubmatch(text, -1) {
		for _, w := range strings.FieldsFunc(strings.ToLower(m[1]), func(r rune) bool { return r < 'a' || r > 'z' }) {
			if len(w) >= 4 {
				out[w] = true
			}
		}
	}
	return out
}

// emailPart reports a capitalised word of letters that an address's local
// part holds (OCR's "l" for a capital "I" too: "lyengar" and "iyengar@";
// both halves of a double name), and whether it is an ordinary word that
// no name list knows.
func emailPart(parts map[string]bool, t string) (spelt, ordinary bool) {
	core := coreWord(t)
	if halves := strings.Split(core, "-"); len(halves) == 2 && capitalised(halves[1]) {
		// A double name joined by a dash, each half spelt ("Juha-Pekka",
		// "juha-pekka.rautiainen@").
		a, _ := emailPart(parts, halves[0])
		b, _ := emailPart(parts, halves[1])
		return a && b, false
	}
	if letterCount(core) < 4 || letterCount(core) != len([]rune(core)) || !capitalised(core) && !strings.HasPrefix(core, "l") ||
		isLabelWord(core) || isFormWord(core) {
		return false, false
	}
	w := lexicon.Unaccented(strings.ToLower(core))
	if !parts[w] && !(strings.HasPrefix(w, "l") && parts["i"+w[1:]]) {
		return false, false
	}
	return true, !knownName(core) && isDictWord(core)
}

// lowerWord reports a word of running text in lower case.
func lowerWord(t string) bool {
	core := coreWord(t)
	return letterCount(core) > 0 && strings.ToLower(core) == core
}

// emailNameNeighbour reports a word beside the spelt one that belongs to
// the name: another word the address spells, in any case, a name's
// particle ("Da silva"), or a capitalised word of letters that is no label
// or form word, no function word ("Sie"), and no ordinary word unless a
// name list knows it or the spelt word is one too (then the run must
// stand inside a sentence).
func emailNameNeighbour(parts map[string]bool, t string, ordinary bool) bool {
	core := coreWord(t)
	if letterCount(core) < 2 || letterCount(core) != len([]rune(core)) || strings.Contains(t, "@") {
		return false
	}
	if parts[lexicon.Unaccented(strings.ToLower(core))] || nameParticles[strings.ToLower(core)] {
		return true
	}
	if len(lexicon.StopwordLanguages(core)) > 0 && !knownName(core) {
		return false // a pronoun: "erreichen Sie Madeleine Sammert"
	}
	return capitalised(core) && !isLabelWord(core) && !isFormWord(core) && (ordinary || knownName(core) || !isDictWord(core))
}
