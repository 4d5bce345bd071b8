package pii

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Ages: a person's age in years, written as English, German, French,
// Spanish and Italian texts write it. The match is the number alone (the
// words around it are no personal data).
var (
	// ageOldRe: "46-year-old", "46 years old", "46 yrs old", "46 y/o",
	// "46-jährige", "46jährig", "46 Jahre alt", "46 años de edad", "46
	// anni di età", "46 ans révolus", "46 jaar oud", "46 anos de idade",
	// the ages of Hungarian, Finnish, Estonian and Turkish ("26 éves",
	// "45-vuotias", "45-aastane", "45 yaşında"),
	// "46yo" (glued: "el 15 yo" is Spanish; spaced before the patient's
	// sex: "72 yo M"), "46enne", and an age and a sex together: "57
	// years / Male", "57 Y/M", "57 yrs, F"; a speck read as a quote after
	// the hyphen: "50- ‘year-old".
	ageOldRe = regexp.MustCompile(`(?i)(?:^|[^\w.,/])(\d{1,3})(?:[ -]?(?:years?|yrs?)[ -]old\b|-[ ]?[‘’'][ ]?(?:years?|yrs?)[ -]old\b|[ ]?y/o\b|[ ]?y\.o\.|[ -]?jährig|` +
		`[ ]?jahre?[ ]+alte?[nrs]?\b|[ ]?` + ageYearsES + `[ ]+de[ ]+edad\b|[ ]?anni[ ]+di[ ]+età\b|[ ]?ans[ ]+révolus\b|[ ]?jaar[ ]+oud\b|[ ]?anos[ ]+de[ ]+idade\b|yo\b|enne\b|[ ]?éves\b|-?vuotias|-?aastane|[ ]?yaşında\b|` +
		`[ ]yo[ ]+(?:m|f|male|female|man|woman|boy|girl|gentleman|lady)\b|` +
		`[ ]?(?:years?|yrs?|y)[ ]{0,2}[/,][ ]{0,2}(?:m|f|male|female)\b)`)
	// ageTriggerRe: a word that introduces an age, and the number: "aged
	// 46", "Age: 46", "Age/Sex: 46", "age of 46", "âgé(e) de 79", "im Alter von 76",
	// "Alter: 46", "Edad: 46", "Età: 46", "Idade: 46", "Leeftijd: 46",
	// "Age next birthday: 44" (a life policy's), "Wiek: 46", "Věk: 46",
	// "Ikä: 46", "Életkor: 46", "Yaş: 46", "Ålder: 46",
	// with the years' unit glued on ("Age: 52Y", "Age: 46yrs").
	ageTriggerRe = regexp.MustCompile(`(?i)(?:^|[^\w])(?:aged?(?: of)?|age[ ]?/[ ]?(?:sex|gender)|edad[ ]?/[ ]?sexo|âgée?s?(?:\(e\))?(?: de)?|im alter von|alter|edad(?: de)?|età|âge|idade|leeftijd|age next birthday|věk|wiek|vek|ikä|vanus|életkor|yaş|yaşı|alder|ålder)[ ]{0,2}:?[ ]{0,2}(\d{1,3})(?:y|yrs?|years?)?\b`)
	// ageSexRe: an age with the sex's capital glued on, as clinical notes
	// open a clause: "A/P: 67F with HTN", "45M presenting with", "a 67F
	// who" (not "Temp 98F with chills").
	ageSexRe = regexp.MustCompile(`(?:^|[:;][ ]*|\b(?:[Aa]n?|is|[Pp]t|[Pp]atient)[ ]+)(\d{1,3})[FM][ ]+(?:with|w/|who|presenting|presents|s/p|here)\b`)
	// ageDiAnniRe: the Italian records' "Rossi, di anni 46" (after a
	// comma: "contratto di anni 3" is a duration).
	ageDiAnniRe = regexp.MustCompile(`(?i),[ ]?di anni[ ]{0,2}(\d{1,3})\b`)
	// ageUnitRe: a number and the word for years in German, French,
	// Spanish or Italian: "46 Jahre", "46 ans", "46 años", "46 anni";
	// "años" also as OCR reads the "ñ" ("afios", "anos").
	ageUnitRe = regexp.MustCompile(`(?i)(?:^|[^\w.,/])(\d{1,3})[ ]?(?:jahren?|ans|` + ageYearsES + `|anni|jaar)(?:[^\p{L}]|$)`)
)

// ageYearsES is the Spanish "años" and the ways OCR reads its "ñ" ("afios",
// "aiios", "ajios", "anos").
const ageYearsES = `a(?:ñ|n|fi|ri|ii|fl|h|ji)os`

// Age base scores.
const (
	ageExplicit   = 0.8 // "46-year-old", "aged 46", "Age: 46"
	ageAppositive = 0.6 // ", 63 anni,", "de 67 años,"
	ageMax        = 120
)

// ageDurationWords are the words that make "N years" a duration, not an
// age: "seit 20 Jahren", "depuis 5 ans", "hace 3 años", "per 2 anni".
var ageDurationWords = map[string]bool{
	"seit": true, "vor": true, "für": true, "über": true, "nach": true, "alle": true,
	"depuis": true, "pendant": true, "dans": true, "durant": true, "après": true,
	"hace": true, "durante": true, "desde": true, "por": true, "tras": true,
	"per": true, "da": true, "dopo": true, "tra": true, "fra": true,
	"for": true, "since": true, "over": true, "after": true, "within": true,
}

// patAge finds ages in a line.
func patAge(line string) []Match {
	if patDigitCount(line) == 0 {
		return nil
	}
	f := &patFound{line: line}
	for _, loc := range ageOldRe.FindAllStringSubmatchIndex(line, -1) {
		if ws := strings.Fields(line[:loc[2]]); len(ws) > 0 && ageBoundWords[strings.ToLower(ws[len(ws)-1])] {
			continue // "ALLE 15-VUOTIAS", "under 16 years old": a bound of ages, no one's age
		}
		ageTake(f, loc[2], loc[3], ageExplicit)
	}
	for _, re := range []*regexp.Regexp{ageTriggerRe, ageDiAnniRe, ageSexRe} {
		for _, loc := range re.FindAllStringSubmatchIndex(line, -1) {
			ageTake(f, loc[2], loc[3], ageExplicit)
		}
	}
	for _, loc := range ageUnitRe.FindAllStringSubmatchIndex(line, -1) {
		s, e := loc[2], loc[3]
		if ageDuration(line[:s]) || !ageAppositiveAt(line, s, loc[1]) {
			continue
		}
		ageTake(f, s, e, ageAppositive)
	}
	return f.out
}

// ageBoundWords make an age that follows them a bound of a group of
// people ("under 16 years old", Finnish "alle 15-vuotias").
var ageBoundWords = lowerSet([]string{"under", "over", "alle", "yli", "unter", "über", "ab", "moins", "plus",
	"menores", "mayores", "menos", "más"})

// ageTake takes line[s:e] as an age when it is a number of years a person
// may be.
func ageTake(f *patFound, s, e int, score float64) {
	n, err := strconv.Atoi(f.line[s:e])
	if err != nil || n < 1 || n > ageMax || patNumberBefore(f.line, s) {
		return
	}
	f.take(entity.Age, s, e, score)
}

// ageDuration reports whether the word before the number makes it a
// duration.
func ageDuration(before string) bool {
	ws := strings.Fields(before)
	return len(ws) > 0 && ageDurationWords[strings.ToLower(ws[len(ws)-1])]
}

// ageAppositiveAt reports an age set off as an apposition: the number
// phrase line[s:end] comes after a comma or "de"/"di" and ends the clause
// (a comma or the line's end follows), as in "Rossi, 63 anni, ..." and
// "nacido en 1957, de 67 años, ...", or it opens the line and a separator
// follows it.
func ageAppositiveAt(line string, s, end int) bool {
	before := strings.TrimRight(line[:s], " ")
	after := strings.TrimLeft(line[min(end, len(line)):], " ")
	if end <= len(line) && end > s && !patIsAlnum(line[end-1]) && line[end-1] != ' ' {
		after = strings.TrimLeft(line[end-1:], " ")
	}
	ws := strings.Fields(before)
	if len(ws) == 0 {
		// "42 ans - 78 kg" under a prescription's patient: an age that
		// opens its line, set off from the next item.
		return after != "" && strings.ContainsRune("-–/,;", []rune(after)[0]) && len(strings.Fields(after)) > 1
	}
	last := strings.ToLower(ws[len(ws)-1])
	if (last == "de" || last == "di") && len(ws) > 1 && agePersonNouns[strings.ToLower(strings.Trim(ws[len(ws)-2], ",.;:"))] {
		return true // "Mujer de 47 años que ingresa …"
	}
	closes := after == "" || after[0] == ',' || after[0] == '.' || after[0] == ';' || after[0] == ')'
	if !closes {
		return false
	}
	return strings.HasSuffix(before, ",") || last == "de" || last == "di"
}

// agePersonNouns are the nouns for a person that "de"/"di" and a number of
// years describe by age wherever the clause goes on ("paciente de 47
// años que …", "uomo di 52 anni con …").
var agePersonNouns = lowerSet([]string{"mujer", "hombre", "varón", "paciente", "niño", "niña", "señora",
	"señor", "homme", "femme", "patient", "patiente", "enfant", "uomo", "donna", "paziente", "bambino",
	"bambina", "signora", "signore"})

// An age that a line break splits at its hyphen: "a 50-" ends a line and
// "year-old woman" opens the next, after a speck OCR may read as a quote.
var (
	reAgeWrapEnd  = regexp.MustCompile(`(?:^|\s)(\d{1,3})-$`)
	reAgeWrapNext = regexp.MustCompile(`(?i)^[^\pL\d]{0,2}(?:years?|yrs?)[ -]old\b`)
)

// AgeWrapRecognizer finds the ages whose "-year-old" a line break parts
// from the number, or that OCR read as a line of its own beside it
// (source "age", as patAge's).
type AgeWrapRecognizer struct{}

// Name implements Recognizer.
func (AgeWrapRecognizer) Name() string { return "age_wrap" }

// Recognize implements Recognizer.
func (AgeWrapRecognizer) Recognize(in *Input) []Match {
	var out []Match
	for i, ln := range in.Lines {
		m := reAgeWrapEnd.FindStringSubmatchIndex(in.lineText(ln))
		if m == nil || !slices.ContainsFunc(ageWrapNext(in, i), func(l []int) bool { return reAgeWrapNext.MatchString(in.lineText(l)) }) {
			continue
		}
		if n, err := strconv.Atoi(in.lineText(ln)[m[2]:m[3]]); err != nil || n < 1 || n > ageMax {
			continue
		}
		base := in.WordStart[ln[0]]
		out = append(out, Match{Type: entity.Age, Start: base + m[2], End: base + m[3], Score: ageExplicit, Source: "age"})
	}
	return out
}

// ageWrapNext are the lines that may go on from line i: the next one, and
// one that OCR split off on the same row right after i's last word.
func ageWrapNext(in *Input, i int) [][]int {
	var out [][]int
	if i+1 < len(in.Lines) {
		out = append(out, in.Lines[i+1])
	}
	last := in.Page.Words[in.Lines[i][len(in.Lines[i])-1]].Box
	for j, l := range in.Lines {
		if j == i || len(l) == 0 {
			continue
		}
		b := in.Page.Words[l[0]].Box
		if sameRow(b, last) && b.Left >= last.Right() && b.Left-last.Right() <= 2*last.Height {
			out = append(out, l)
		}
	}
	return out
}
