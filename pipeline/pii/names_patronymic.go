package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// rePatronymic is an East Slavic or Central Asian patronymic written in
// Latin letters ("Nurlanovna", "Sergeyevich", "Petrivna", "Ivanovych"),
// the middle word of a full name.
var rePatronymic = regexp.MustCompile(`^\p{Lu}\p{L}{2,}(?i:ovich|evich|ovych|evych|ovna|evna|ivna|yivna|ichna|ovič|evič)$`)

// turkicPatronymicMarks follow the father's name in the Turkic languages'
// full names, "son of" and "daughter of" ("Rahimov Sardorbek Ulug'bek
// o'g'li", Uzbek; "Əliyev Rauf Vaqif oğlu", Azerbaijani; "Asanov Bakyt
// uulu", Kyrgyz), with the apostrophes OCR and keyboards vary.
var turkicPatronymicMarks = lowerSet([]string{"o'g'li", "o‘g‘li", "o`g`li", "ogli", "o'gli", "qizi", "oğlu", "oglu", "qızı", "kizi", "kızı",
	"uulu", "kyzy", "uly", "qyzy"})

// scorePatronymic is the score of a full name around a patronymic.
const scorePatronymic = 0.75

// patronymicNames finds the full names a patronymic vouches for: the
// capitalised word shaped as a name before it (the given name) and the
// one after it (the surname: "Aigerim Nurlanovna Bekova"), or, written
// surname first, the two before it ("Bekova Aigerim Nurlanovna"). An
// institution's word of the same ending is none ("Alfa Poisťovňa", a
// Slovak insurer, as OCR reads it without its accents).
func patronymicNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	shaped := func(k int) bool { return k >= 0 && k < len(toks) && frameNameShape(coreWord(raw(k))) }
	var out []Match
	for k := 1; k < len(toks); k++ {
		if mark := strings.TrimRight(raw(k), ",.;:)"); k >= 2 && turkicPatronymicMarks[strings.ToLower(mark)] && shaped(k-1) && shaped(k-2) &&
			!endsClause(raw(k-1)) && !endsClause(raw(k-2)) {
			s := k - 2
			if shaped(k-3) && !endsClause(raw(k-3)) {
				s = k - 3 // the surname first: "Rahimov Sardorbek Ulug'bek o'g'li"
			}
			end := toks[k].s + len(mark)
			out = append(out, Match{Type: entity.Person, Start: base + toks[s].s, End: base + end, Score: scorePatronymic, Source: "names:patronymic"})
			continue
		}
		if !rePatronymic.MatchString(strings.TrimRight(raw(k), ",.;:)")) || !shaped(k-1) || endsClause(raw(k-1)) ||
			orgInstTails[strings.ToLower(coreWord(raw(k)))] {
			continue
		}
		s, e := k-1, k
		switch {
		case !endsClause(raw(k)) && shaped(k+1):
			e = k + 1
		case shaped(k-2) && !endsClause(raw(k-2)):
			s = k - 2
		}
		end := toks[e].s + len(strings.TrimRight(raw(e), ",.;:)"))
		out = append(out, Match{Type: entity.Person, Start: base + toks[s].s, End: base + end, Score: scorePatronymic, Source: "names:patronymic"})
		k = e
	}
	return out
}

// filiationMarks are the words that join a given name to the father's
// (entity.FiliationMarkWords), in any case ("Kavitha a/p Subramaniam",
// "ZULKIFLI BIN ABD RAHMAN"); reParticled reads the list too.
var filiationMarks = lowerSet(entity.FiliationMarkWords)

// filiationMark reports a filiation mark (filiationMarks), in any case
// but for a short form with its period, which only lower case tells from
// an initial ("b." of "Mohd Faizal b. Rosli"; "SECCION B. LIQUIDACION").
func filiationMark(t string) bool {
	low := strings.ToLower(t)
	return filiationMarks[low] && (!strings.HasSuffix(low, ".") || t == low)
}

// filiationMaxWords is the most name words on either side of the mark.
const filiationMaxWords = 3

// filiationNames finds the names that a filiation mark vouches for: up
// to three name-shaped words before it and after it, the two beside it no
// ordinary word ("KITCHEN BIN LINERS" is none), on one clause. An
// ordinary word of a name's shape, no function word unless a name list
// holds it, counts further out when it is the line's first or last word
// ("SITI HAJAR BT MOHD NOR", a cashier's line: "Siti" and "Nor" are
// words of some dictionary).
func filiationNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	named := func(k int) bool {
		core := coreWord(raw(k))
		if strings.HasPrefix(raw(k), "(") {
			return false // an aside after the name: "Velayutham (Pharm. Tech.)"
		}
		return frameNameShape(core) && !isDictWord(core) && !isDictWord(strings.ToLower(core))
	}
	wordy := func(k int) bool {
		core := coreWord(raw(k))
		return frameNameShape(core) && (lexicon.StopwordLanguages(strings.ToLower(core)) == nil || lexicon.IsName(core))
	}
	var out []Match
	for k := 1; k+1 < len(toks); k++ {
		if !filiationMark(raw(k)) || !named(k-1) || !named(k+1) || endsClause(raw(k-1)) {
			continue
		}
		s := k - 1
		for s > 0 && k-s < filiationMaxWords && named(s-1) && !endsClause(raw(s-1)) {
			s--
		}
		if s == 1 && k-s < filiationMaxWords && wordy(0) && !endsClause(raw(0)) {
			s = 0
		}
		e := k + 1
		for e+1 < len(toks) && e-k < filiationMaxWords && !endsClause(raw(e)) && named(e+1) && !strings.HasSuffix(raw(e+1), ":") {
			e++ // the next field's label is none of it: "Nur Aqilah binti Hamzah  Mekanik:"
		}
		if e+2 == len(toks) && e-k < filiationMaxWords && !endsClause(raw(e)) && wordy(e+1) && !strings.HasSuffix(raw(e+1), ":") {
			e++
		}
		end := toks[e].s + len(strings.TrimRight(raw(e), ",.;:)"))
		out = append(out, Match{Type: entity.Person, Start: base + toks[s].s, End: base + end, Score: scorePatronymic, Source: "names:patronymic"})
		k = e
	}
	return out
}

// reBracketedFather is a surname, the father's given name in brackets
// and the person's given name, as the former Yugoslav states write a full
// name on certificates ("STOJANOVIĆ (Dragan) NEMANJA", "Petrović (Milan)
// Jovana").
var reBracketedFather = regexp.MustCompile(`(\p{Lu}[\p{L}'-]+) \((\p{Lu}\p{Ll}+)\) (\p{Lu}[\p{L}'-]*\p{L})`)

// bracketedFatherNames finds the full names whose middle word, in
// brackets, is a given name a name list holds, between two words shaped
// as names that no dictionary holds as ordinary words.
func bracketedFatherNames(text string, base int) []Match {
	var out []Match
	for _, m := range reBracketedFather.FindAllStringSubmatchIndex(text, -1) {
		sur, father, given := text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]]
		if !isFirstName(father) || !frameNameShape(sur) || !frameNameShape(given) || !listedNameWord(given) && isDictWord(given) {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: base + m[0], End: base + m[1], Score: scorePatronymic, Source: "names:patronymic"})
	}
	return out
}
