package pii

import (
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// holderStems start the label words of a card or a membership whose
// holder's name a receipt or a statement prints on the line below its
// number ("Loyalty card: M12184112" / "Dhanapati Dhawan").
var holderStems = []string{"card", "karte", "tarjeta", "carte", "carta", "cartão", "kaart", "loyalty",
	"fidel", "fidél", "fedelt", "member", "mitglied", "socio", "adhérent", "adherent", "kunde", "customer",
	"client", "bonus", "club"}

// holderNameScore is the score of a name under a card's number.
const holderNameScore = 0.7

// holderNames finds the holder's name alone on the line below a card's or
// a membership's label and number: two to four words written as names,
// no dictionary word unless a list holds it as a name.
func holderNames(in *Input) []Match {
	words := in.Page.Words
	var out []Match
	for li, ln := range in.Lines {
		if li+1 >= len(in.Lines) || !holderLine(in, ln) {
			continue
		}
		next := in.Lines[li+1]
		if len(next) < 2 || len(next) > 4 || !alignedBelow(words[ln[0]].Box, words[next[0]].Box) {
			continue
		}
		if !holderName(in, next) {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: in.WordStart[next[0]], End: in.WordEnd[next[len(next)-1]],
			Score: holderNameScore, Source: "names:holder"})
	}
	return out
}

// accountWords name an account whose holder a receipt or a statement may
// print by name after the label, where its number would stand.
var accountWords = map[string]bool{"account": true, "acct": true, "konto": true, "cuenta": true, "compte": true,
	"conto": true, "conta": true, "rekening": true}

// labelledHolders finds a name of two to four words right after a
// card's, a membership's or an account's label and its colon, on its
// line ("Account: Pieter-Schalk van Wyk"): words written as names, one
// at least a name list holds ("Account: Savings Account" holds none).
func labelledHolders(in *Input) []Match {
	words := in.Page.Words
	var out []Match
	for _, ln := range in.Lines {
		for k, wi := range ln {
			w := strings.TrimSpace(words[wi].Text)
			if !strings.HasSuffix(w, ":") || !accountWords[idWord(w)] && !idHasStem(idWord(w), holderStems) {
				continue
			}
			field := fieldAfter(in, ln[k+1:])
			if len(field) < 2 || len(field) > 4 || !holderName(in, field) || !slices.ContainsFunc(field, func(wi int) bool {
				return slices.ContainsFunc(strings.Split(coreWord(words[wi].Text), "-"), func(p string) bool { return isFirstName(p) || isLastName(p) })
			}) {
				continue
			}
			out = append(out, Match{Type: entity.Person, Start: in.WordStart[field[0]], End: in.WordEnd[field[len(field)-1]],
				Score: holderNameScore, Source: "names:holder"})
		}
	}
	return out
}

// fieldAfter is the words of ws up to the next label's colon or the next
// column's gap (more than twice the text's height).
func fieldAfter(in *Input, ws []int) []int {
	words := in.Page.Words
	for k, wi := range ws {
		if strings.HasSuffix(strings.TrimSpace(words[wi].Text), ":") {
			return ws[:k]
		}
		if k > 0 {
			prev := words[ws[k-1]].Box
			if words[wi].Box.Left-prev.Right() > 2*prev.Height {
				return ws[:k]
			}
		}
	}
	return ws
}

// holderLine reports a line of a card's label and its number: a label
// word of holderStems before a colon, and a word of four digits or more.
func holderLine(in *Input, ln []int) bool {
	label, number := false, false
	for _, wi := range ln {
		t := in.Page.Words[wi].Text
		w := idWord(t)
		if !number && idHasStem(w, holderStems) || strings.HasSuffix(w, "card") {
			label = true
		}
		number = number || label && patDigitCount(t) >= 4
	}
	return label && number
}

// holderName reports a line whose words are all written as names, or
// are a surname's particle after the first ("Pieter-Schalk van Wyk").
func holderName(in *Input, ln []int) bool {
	for k, wi := range ln {
		t := strings.TrimSpace(in.Page.Words[wi].Text)
		core := coreWord(t)
		if k > 0 && nameParticles[t] {
			continue
		}
		if core != strings.TrimRight(t, ".,") || strings.HasSuffix(t, ":") || !frameNameShape(core) ||
			isDictWord(core) && !knownName(core) {
			return false
		}
	}
	return true
}

// alignedBelow reports a box b that starts the line right below a's line:
// its top within one and a half text heights of a's bottom, its left edge
// within a text height of a's.
func alignedBelow(a, b doc.Box) bool {
	h := max(a.Height, b.Height)
	gap := b.Top - a.Bottom()
	return gap >= -h/2 && 2*gap <= 3*h && abs(a.Left-b.Left) <= h
}
