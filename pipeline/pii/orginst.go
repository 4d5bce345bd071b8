package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Institutions by their head noun: a hospital, clinic, practice, law
// office, pharmacy, university or bank named after a person or a place.
// The head comes first ("Klinikum Marburg", "Hôpital Nguyen", "Casa di
// Cura Rossi", "Centre hospitalier de Cergy") or ends a hyphenated
// compound ("St.-Kahl-Krankenhaus"); the head that ends a run of names
// ("Feil Memorial Hospital") is a suffix (suffixed).

// institutions finds the institutions on the line.
func (l *orgLine) institutions() []Match {
	out := l.namedCareSites()
	for k := 0; k < len(l.ln); k++ {
		if l.compoundInst(k) {
			out = append(out, orgMatch(l.in, l.ln, k, k, 0.7))
			continue
		}
		h := l.instHead(k)
		if h < 0 || h == k && l.adjectiveHead(k) {
			continue
		}
		if e := l.instName(h, h > k); e > h {
			if !l.sectionHeading(k, e) && !l.coverHeading(k, e) {
				out = append(out, orgMatch(l.in, l.ln, k, e, 0.7))
			}
			k = e
		}
	}
	return out
}

// adjectiveHeads are the heads that Romance languages also write as an
// adjective after a noun: "historia clínica", a medical record.
var adjectiveHeads = lowerSet([]string{"clínica", "clinica", "clinique", "clínico", "clinico"})

// recordNouns are the Romance nouns of a medical record that a clinical
// adjective follows ("historia clínica", "cartella clinica", "fiche
// clinique", "informe clínico").
var recordNouns = lowerSet([]string{"historia", "história", "ficha", "hoja", "nota", "informe", "resumen", "resumo",
	"evolución", "evolução", "cartella", "scheda", "relazione", "fiche", "dossier", "observation", "processo", "expediente"})

// adjectiveHead reports head k an adjectiveHeads word right after a
// record's noun ("HISTORIA CLÍNICA DE URGENCIAS", "Cartella clinica"): it
// qualifies that noun, no institution's name opens there.
func (l *orgLine) adjectiveHead(k int) bool {
	if k == 0 || !adjectiveHeads[strings.ToLower(coreWord(l.text(k)))] || !l.near(k-1) {
		return false
	}
	return recordNouns[strings.ToLower(coreWord(l.text(k-1)))]
}

// sectionHeading reports a head and one word that are the whole line,
// over a paragraph of prose: a report's section heading ("HOSPITAL
// COURSE" over "Mr. Delgado is a 67-year-old man admitted ..."), not a
// letterhead, which an address follows. In capitals the word may be any;
// otherwise it is an ordinary word that no name list holds ("Hospital
// Course", not "Hospital Rossi").
func (l *orgLine) sectionHeading(k, e int) bool {
	if k != 0 || e != 1 || len(l.ln) != 2 {
		return false
	}
	word := coreWord(l.text(1))
	caps := strings.ToUpper(l.text(0)+l.text(1)) == l.text(0)+l.text(1)
	if !caps && !(isDictWord(word) && !knownName(word)) {
		return false
	}
	li := lineOfWord(l.in, l.ln[0])
	return li >= 0 && li+1 < len(l.in.Lines) && proseLine(l.in.Lines[li+1], l.words)
}

// coverHeading reports a name from k to e that opens with the
// institution's word and joins ordinary words with a conjunction, none a
// name's or a place's: a heading of what is covered ("HOSPITAL MEDICAL
// AND EXTRAS BENEFITS"), no institution.
func (l *orgLine) coverHeading(k, e int) bool {
	if e-k < 3 || l.instHead(k) != k {
		return false
	}
	conj := false
	for j := k + 1; j <= e; j++ {
		c := coreWord(l.text(j))
		if orgConj[strings.ToLower(c)] {
			conj = true
			continue
		}
		if !isDictWord(c) || knownName(c) || isPlaceName(c) || nameParticles[strings.ToLower(c)] || strings.EqualFold(c, "for") {
			return false // "Hospital for Women and Children" names whom it serves
		}
	}
	return conj
}

// proseLine reports a line of running text: six words or more, four of
// them ordinary words in lower case.
func proseLine(ln []int, words []doc.Word) bool {
	lower := 0
	for _, wi := range ln {
		t := strings.Trim(words[wi].Text, ",.;:()")
		if t != "" && strings.ToLower(t) == t && isDictWord(t) {
			lower++
		}
	}
	return len(ln) >= 6 && lower >= 4
}

// instHead returns the last word of an institution's head that starts at
// word k (one to three words: "Klinikum", "Casa di Cura"), or -1.
func (l *orgLine) instHead(k int) int {
	if !orgNameWord(l.text(k)) {
		return -1
	}
	phrase := ""
	for j := k; j < len(l.ln) && j < k+3; j++ {
		if j > k {
			if !l.near(j - 1) {
				break
			}
			phrase += " "
		}
		t := l.text(j)
		if strings.HasSuffix(t, ":") {
			break
		}
		phrase += orgHeadCore(t)
		if (orgInstHeads[phrase] || j == k && orgCompoundHead(phrase)) && !strings.HasSuffix(t, ",") {
			best := j
			// A longer head may follow ("Centre hospitalier").
			if j+1 < len(l.ln) && l.near(j) && orgInstHeads[phrase+" "+orgCore(l.text(j+1))] {
				best = j + 1
			}
			return best
		}
	}
	return -1
}

// instName returns the last word of the name after an institution's head
// ending at word h: up to four capitalised words and link words
// ("Universitario de Sagunto"), ending in a proper word; h when there is
// none. After a head of several words (multi: "Casa di Cura") any
// capitalised word that is no English word names the place ("Tallone").
func (l *orgLine) instName(h int, multi bool) int {
	e, proper := h, false
	for j := h + 1; j < len(l.ln) && j <= h+4 && l.near(j-1); j++ {
		t := l.text(j)
		lower := strings.ToLower(t)
		if orgLinkWords[lower] || orgParticles[lower] {
			continue
		}
		if !orgNameWord(t) || strings.HasSuffix(l.text(j-1), ",") || isLegalForm(t) {
			break
		}
		if strings.HasSuffix(t, ":") {
			break
		}
		e = j
		// A town names an institution too ("Hospital Universitario de
		// Inca"), though its name is a word.
		proper = (orgProperWord(t) || (multi || orgMaybeName(t)) && !isCommonWord(t) && hasLetters(t, 3) ||
			orgLinkWords[strings.ToLower(l.text(j-1))] && lexicon.PlacePopulation(strings.Trim(t, ",.")) >= locTownPopulation) && !orgSuffixHead(t)
		if strings.HasSuffix(t, ",") {
			break
		}
	}
	if !proper {
		return h
	}
	return e
}

// orgSuffixHead reports a word that names a kind of body rather than one
// body ("Hospital", "Universitario" are not; "University" is).
func orgSuffixHead(t string) bool {
	c := orgCore(t)
	_, suf := orgSuffixStrength[c]
	return suf || orgInstHeads[c] || orgInstTails[c]
}

// compoundInst reports a hyphenated compound that ends in an
// institution's head and names someone before it: "St.-Kahl-Krankenhaus",
// "Marien-Hospital".
func (l *orgLine) compoundInst(k int) bool {
	t := strings.Trim(l.text(k), ",.;:()\"'")
	i := strings.LastIndex(t, "-")
	if i <= 0 || !orgInstTails[strings.ToLower(t[i+1:])] || !orgNameWord(t) {
		return false
	}
	for _, part := range strings.Split(t[:i], "-") {
		p := strings.Trim(part, ".")
		if len([]rune(p)) > 2 && (orgProperWord(p) || orgMaybeName(p)) {
			return true
		}
	}
	return false
}

// orgHeadCore is a word's core as an institution's head, with the digits
// that OCR reads for letters put back ("H6pital", "Klin1k").
func orgHeadCore(t string) string {
	c := orgCore(t)
	if !strings.ContainsAny(c, "016") || !hasLetters(c, 4) {
		return c
	}
	return strings.NewReplacer("0", "o", "6", "o", "1", "l").Replace(c)
}

// orgCompoundTails end the German compounds that name a kind of hospital
// ("Kreisklinik", "Universitätsklinikum", "Stadtkrankenhaus",
// "Kantonsspital").
var orgCompoundTails = []string{"klinikum", "klinik", "krankenhaus", "spital"}

// orgCompoundHead reports a compound that names a kind of hospital: a
// word of three letters or more before one of the tails.
func orgCompoundHead(core string) bool {
	for _, tail := range orgCompoundTails {
		if p, ok := strings.CutSuffix(core, tail); ok && hasLetters(p, 3) && !strings.ContainsAny(p, "-. ") {
			return true
		}
	}
	return false
}

// careSiteTails end the name of a hospital or a clinic; careSiteWords are
// the words of kind that may stand before them ("Regional Medical
// Center", "Memorial Hospital"), none of which names one place.
var (
	careSiteTails = lowerSet(strings.Fields(`hospital hospitals center centre clinic infirmary`))
	careSiteWords = lowerSet(strings.Fields(`medical health memorial regional general community university
		county district teaching specialist children's childrens women's womens veterans rehabilitation
		cancer heart eye surgical psychiatric`))
)

// careSiteMaxName is the most words of the name before a care site's
// words of kind ("Good Samaritan").
const careSiteMaxName = 2

// namedCareSites finds hospitals and clinics named with ordinary words
// before their words of kind and head ("Mercy Regional Medical Center",
// "Good Samaritan Hospital", "Providence Memorial Hospital"): one word of
// kind at least, then one or two capitalised words before it that are no
// word of kind, form or label word ("Regional Medical Center" alone names
// no one).
func (l *orgLine) namedCareSites() []Match {
	var out []Match
	for k := 1; k < len(l.ln); k++ {
		if !careSiteTails[strings.ToLower(orgCore(l.text(k)))] || !orgNameWord(l.text(k)) {
			continue
		}
		j := k - 1
		for j >= 0 && l.near(j) && careSiteWords[strings.ToLower(orgCore(l.text(j)))] && orgNameWord(l.text(j)) {
			j--
		}
		if j == k-1 {
			continue // no word of kind: "Call Center", "Shopping Centre"
		}
		named := 0
		for j >= 0 && named < careSiteMaxName && l.near(j) && careSiteName(l.text(j)) {
			j--
			named++
		}
		if named > 0 {
			out = append(out, orgMatch(l.in, l.ln, j+1, k, 0.7))
		}
	}
	return out
}

// careSiteName reports a word that can name a hospital: capitalised, no
// word of kind, form, label or function word, no trailing comma.
func careSiteName(t string) bool {
	core := orgCore(t)
	return orgNameWord(t) && !strings.HasSuffix(t, ",") && !careSiteWords[strings.ToLower(core)] &&
		!isFormWord(core) && !isLabelWord(core) && lexicon.StopwordLanguages(strings.ToLower(core)) == nil
}
