package pii

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Names that running text frames: the words around a name say that it is
// one, in the languages the detector reads, so that a name no list holds,
// or one that is also a word of some language ("Vital Brunet", "Gentile
// Amici"), still counts:
//
//   - after a phrase that introduces a contact or a signer ("contacter",
//     "contactar con", "contattare", "Rückfragen bitte an", "directed to",
//     "Votre interlocuteur,", "Je soussigné(e),", "La sottoscritto/a"),
//     or the payer of a receipt ("Received with thanks from", "Recibí
//     de"), or who did the work ("Work carried out by", "réalisé par"),
//     on its line or at the start of the next;
//   - after an honorific ("M. Brunet a été", "Sig. Lai", "dott. Zotti",
//     "Dr. med. T. Eich"), on its line or at the start of the next;
//   - before a birth phrase that opens a record's sentence ("Vital Brunet,
//     né(e) le", "Concepción Guardado, nacido/a el"), or an English "who";
//   - written surname first ("Patient: BRUNET, Vital Date …");
//   - after a letter's salutation ("Hej Lars-Erik,", "Geachte collega
//     Bakker,");
//   - before the phone number that ends a table's row ("Amaliane Fournier
//     03 01 44 28 96").
//
// Inside the frame a name is a few capitalised name-shaped words: no
// dictionary word unless the name lexicon holds it too (one is allowed
// beside a listed name that is no word), no label or form word, and a
// capitalised word that is no name part right after it voids the frame
// ("contact Customer Service", "Dr Meyer Mutuelle").

// nameLeads are the phrases after which a text names a person to contact
// or the person who signs, in the languages the detector reads.
var nameLeads = strings.Join([]string{
	`contact\b[^.,;:]{0,25}\bis`, `contact(?:er|ez|ar(?: con| a)?|e con|are)?`, `contatt(?:are|i|ate)`,
	`contatar`, `directed to`, `speak (?:to|with)`, `ask for`,
	`interlocut(?:eur|rice)`, `s'adresser à`, `joindre`,
	`dirigirse a`, `rivolgersi a`,
	`bitte an`, `wenden sie sich(?: bitte)? an`, `ansprechpartner(?:in)?(?: ist)?`, `erreichen sie`,
	`contact opnemen met`, `contact op met`,
	`soussign[ée]+(?:\(e\))?`, `sottoscritt[oa](?:/[oa])?`, `suscrit[oa](?:/[oa])?`, `firmante`,
	`undersigned`, `unterzeichnende[rn]?`,
	// who did the work or saw the patient
	`(?:carried out|performed|attended|examined|treated|inspected|officiated|conducted) by`,
	`durchgeführt von`, `(?:réalisé|effectué)e?s? par`, `realizad[oa] por`, `eseguit[oa] da`, `uitgevoerd door`,
	// a receipt's payer
	`received (?:with thanks )?from`, `recib[ií] (?:de|del señor|de la señora)`, `recebi de`, `reçu de`, `ricevuto da`, `erhalten von`,
}, "|")

// Frame scores: the frame is the evidence, above the threshold alone.
const (
	frameNameScore = 0.7
	frameRowScore  = 0.6
	// frameMaxWords is the most words of a framed name, particles and
	// initials included ("María de los Ángeles Godínez Chávez").
	frameMaxWords = 7
)

var (
	// reNameLead is a lead phrase (nameLeads) and the space after it.
	reNameLead = regexp.MustCompile(`(?i)(?:^|[\s(,;:])(?:` + nameLeads + `)[,:]?\s+`)
	// reNameLeadEnd is a lead phrase that ends its line: the name starts
	// the next.
	reNameLeadEnd = regexp.MustCompile(`(?i)(?:^|[\s(,;:])(?:` + nameLeads + `)[,:]?$`)
	// reNameDeclarer is the pronoun that opens a declaration, a comma
	// after it: "I, Mandakini Singh, declare", "Yo, …", "Io, …".
	reNameDeclarer = regexp.MustCompile(`(?:^|[.;]\s)(?:I|Yo|Ich|Io|Eu|Ik|Jeg|Jag),\s+`)
	// reMisreadDeclarer is the pronoun "I" as OCR misreads it at a line's
	// start ("1, Vedanshi Acharya, declare"), which counts only before a
	// declaring verb (reDeclareVerb) on the line.
	reMisreadDeclarer = regexp.MustCompile(`^[1l|],\s+`)
	reDeclareVerb     = regexp.MustCompile(`(?i)\b(?:declare|certify|confirm|déclare|certifie|declaro|certifico|erkläre|bestätige|dichiaro|verklaar)`)
	// reDegreeWord is the field of a German doctor's title after "Dr.":
	// "Dr. med.", "Dr. rer. nat.", "Dr. h.c.".
	reDegreeWord = regexp.MustCompile(`^(?:med|rer|nat|phil|dent|jur|vet|oec|pol|h\.c|univ)\.$`)
	// reWhoClause is the relative pronoun of a person.
	reWhoClause = regexp.MustCompile(`^(?:who|whom|whose)$`)
	// reBirthPhrase opens the phrase of a birth after a name and a comma.
	reBirthPhrase = regexp.MustCompile(`^(?i:born|née?\b|né\(e\)|nacid[oa]|nat[oa]\b|nat[oa]/[oa]|geboren|geb\.|nascid[oa])`)
)

// frameVowels are the vowels of the languages the detector reads: a name
// of three letters or more holds one.
const frameVowels = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýœ"

// frameTok is a word of a line and its byte span in the line; gap marks
// a word far from the one before it, in another cell of a table.
type frameTok struct {
	s, e  int
	text  string
	gap   bool
	apart bool // far from the word before by more than a text height
}

// frameToks are the words of line ln, whose text starts at byte offset
// base of in.Text.
func frameToks(in *Input, ln []int, base int) []frameTok {
	words := in.Page.Words
	var out []frameTok
	for k, wi := range ln {
		s, e := in.WordStart[wi]-base, in.WordEnd[wi]-base
		if s >= e {
			continue
		}
		t := frameTok{s: s, e: e, text: in.Text[in.WordStart[wi]:in.WordEnd[wi]]}
		if k > 0 {
			t.gap = gapWider(words[ln[k-1]].Box, words[wi].Box, 2)
			t.apart = gapWider(words[ln[k-1]].Box, words[wi].Box, 1)
			t.text = capitalIRead(out, t.text)
		}
		out = append(out, t)
	}
	return out
}

// reLowerLName is a word that starts with a lower-case "l" and goes on in
// lower case: OCR's reading of a capital "I" ("lyer", "lorio").
var reLowerLName = regexp.MustCompile(`^l[a-z]{2,}[.,;:]?$`)

// capitalIRead reads a word that starts with "l" for "I" after a
// capitalised word, when no dictionary has it ("Dr Mukesh lyer", "A.
// lyengar"): names begin with a capital, and OCR reads "I" as "l".
func capitalIRead(before []frameTok, text string) string {
	if len(before) == 0 || !reLowerLName.MatchString(text) || isDictWord(coreWord(text)) {
		return text
	}
	prev := coreWord(before[len(before)-1].text)
	if prev == "" || !unicode.IsUpper([]rune(prev)[0]) {
		return text
	}
	return "I" + text[1:]
}

// frameNameWord reports a word (its core, without punctuation) that can
// be part of a name inside a frame: shaped as a name (frameNameShape),
// and a name of the lists or the lexicon, or no dictionary word.
func frameNameWord(core string) bool {
	return frameNameShape(core) && (knownName(core) || lexicon.IsName(strings.ToLower(core)) || !isDictWord(core) && !markLostDictWord(core))
}

// markLostDictWord reports a word that is a dictionary's with an accent
// OCR lost put back ("Assistenzarztin" under "Dr. med. Lea Marquardt").
func markLostDictWord(w string) bool {
	return slices.ContainsFunc(lexicon.MarkLostSpellings(w), isDictWord)
}

// frameWeakWord reports a word shaped as a name that a dictionary holds
// and no name list: a name in a frame may hold one ("Barnaba Mordenti",
// "Adonise Gautier"), beside a word that frameNameWord takes.
func frameWeakWord(core string) bool {
	return frameNameShape(core) && !frameNameWord(core)
}

// frameNameShape reports a word written as names are: letters (with
// hyphens and apostrophes) and a vowel, capitalised, and no label, form,
// calendar, title, company or institution word ("Hospital", "Praxis").
func frameNameShape(core string) bool {
	if len([]rune(core)) < 2 || !nameShaped(core) || strings.IndexFunc(core, notNameRune) >= 0 {
		return false
	}
	low := strings.ToLower(core)
	if len([]rune(low)) >= 3 && !strings.ContainsAny(low, frameVowels) {
		return false // "TTT", "KKK": a rule or a stamp read as letters
	}
	// A month is a name only where the curated lists hold it ("Jan").
	return !(isLabelWord(core) || isFormWord(core) || calendarWord(core, 1) && !knownName(core) || weekdays[low] ||
		reTitleWord.MatchString(core) || orgGeneric[low] || orgSuffixHead(core) || rePronounI.MatchString(core))
}

// notNameRune reports a character that no name holds: names are letters,
// with hyphens and apostrophes.
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’'
}

// frameName is a name read from a line's words.
type frameName struct {
	start, end int // word indices: toks[start:end]
	names      int // name words, initials and particles not counted
	weak       int // name words that are dictionary words (frameWeakWord)
	solid      int // name words of the lists that are no dictionary word
	dict       int // name words that are dictionary words
	initials   bool
	comma      bool // a comma ends the last word
	blocked    bool // a capitalised word that is no name part follows
}

// readFrameName reads a name from toks[i:]: name words, with initials and
// particles between them, up to a comma or the first other word. A
// dictionary word counts only beside a name of the lists that is no
// dictionary word ("Human Resources", "Ufficio Amministrazione" are no
// names).
func readFrameName(toks []frameTok, i int) frameName {
	n := readFrameWords(toks, i)
	if n.weak > 0 && n.solid == 0 {
		n.blocked = true
	}
	return n
}

// readFrameWords is readFrameName without the check of its words.
func readFrameWords(toks []frameTok, i int) frameName {
	n := frameName{start: i, end: i}
	for j := i; j < len(toks) && j-i < frameMaxWords; j++ {
		if j > i && toks[j].gap {
			return n // the next cell of a table
		}
		raw := toks[j].text
		core := coreWord(raw)
		if frameLabelEnds(toks, j) {
			return n // the next field's label ("Aseguradora:", "UHID :", "Age/Sex :54")
		}
		if j > i && frameLabelEnds(toks, j+1) && (markerQualifier(raw, toks[j+1].text) || shortMarkerOpener(raw, toks[j+1].text, n.names)) {
			return n // the word that opens it: "Sample ID :"
		}
		if j > i && bracketedWord(raw, 1) {
			return n // an aside: "Dr. Arvind Krishnamurthy (Cardiology)"
		}
		if kinWord(core) && !knownName(core) {
			if j == n.start && j+1 < len(toks) {
				n.start, n.end = j+1, j+1 // the relationship before the name stays: "Mother Hoa Nguyen"
				continue
			}
			return n // the relationship's column: "Emeka Okwuosa Husband"
		}
		switch {
		case initialWord(raw) && j+1 < len(toks):
			n.initials = true
		case nameParticles[strings.ToLower(core)] && (j > i || capitalised(core) && nameAfterParticles(toks, j+1)):
			// A particle inside a name, or opening a surname in capitals
			// ("Geachte collega De Boer,", "Geachte heer Van den Broek,").
		case j == i && nameParticles[strings.ToLower(core)] && j+1 < len(toks) && !toks[j+1].gap:
			// A particle before no name's word is the sentence's
			// preposition, though some lists hold it as a given name
			// ("MINISTERO DELLA GIUSTIZIA": a ministry's, not "Della").
			return n
		case frameNameWord(core):
			n.names++
			n.end = j + 1
			if knownName(core) || lexiconName(core) {
				n.solid++
			}
			if isDictWord(core) {
				n.dict++
			}
		case frameWeakWord(core) && n.weak == 0:
			n.names, n.weak, n.dict = n.names+1, 1, n.dict+1
			n.end = j + 1
		default:
			// A capitalised word that is no name part, or "&" before a
			// firm's next name ("Smith & Partners"); "&" before a title
			// joins a couple ("Mr R T Haworth & Mrs F Ackroyd").
			n.blocked = capitalised(core) || raw == "&" && !(j+1 < len(toks) && reTitleWord.MatchString(toks[j+1].text))
			return n
		}
		if strings.HasSuffix(raw, ",") || strings.HasSuffix(raw, ";") {
			n.comma = n.end == j+1
			return n
		}
		if strings.HasSuffix(raw, ".") && letterCount(core) >= 3 && n.end == j+1 && !saintWords[strings.ToLower(core)] {
			return n // the sentence ends: "Dr. Kowalczyk. Daughter Lucia …"; a saint's "Sta." opens a surname
		}
	}
	if n.end < len(toks) && n.end-i >= frameMaxWords {
		n.blocked = true // too long for a name
	}
	return n
}

// frameLabelEnds reports a token that ends a label: its colon at its end,
// set apart after it, or glued to the value after it (":54").
func frameLabelEnds(toks []frameTok, j int) bool {
	if j >= len(toks) {
		return false
	}
	return strings.HasSuffix(toks[j].text, ":") ||
		j+1 < len(toks) && !toks[j+1].gap && strings.HasPrefix(strings.TrimSpace(toks[j+1].text), ":")
}

// nameAfterParticles reports a name's word at token j, or after more
// particles from there ("den Broek").
func nameAfterParticles(toks []frameTok, j int) bool {
	for ; j < len(toks); j++ {
		core := coreWord(toks[j].text)
		if !nameParticles[strings.ToLower(core)] {
			return frameNameWord(core)
		}
	}
	return false
}

// span is the byte span of the name in the line, its last word's trailing
// punctuation left out.
func (n frameName) span(toks []frameTok) (int, int) {
	last := toks[n.end-1]
	core := strings.TrimRightFunc(last.text, func(r rune) bool { return !unicode.IsLetter(r) })
	return toks[n.start].s, last.s + len(core)
}

// surnameGiven extends a name that is a surname and a comma by the given
// name after it ("Bianco, Marita al numero"), when one name word follows
// and no capitalised word after it.
func surnameGiven(toks []frameTok, n frameName) frameName {
	if !n.comma || n.names != 1 || n.end-n.start != 1 || n.end >= len(toks) {
		return n
	}
	g := readFrameName(toks, n.end)
	if g.names != 1 || g.end-g.start != 1 || g.blocked {
		return n
	}
	n.end, n.names, n.comma = g.end, 2, g.comma
	return n
}

// framedNames finds the names that the words around them frame on line
// ln, whose text starts at byte offset base of in.Text.
func framedNames(in *Input, ln []int, base int) []Match {
	toks := frameToks(in, ln, base)
	text := in.Text[base:in.WordEnd[ln[len(ln)-1]]]
	var names []frameName
	var srcs []string
	add := func(n frameName, src string) { names, srcs = append(names, n), append(srcs, src) }
	for _, n := range leadNames(text, toks) {
		add(n, "names:frame")
	}
	for _, n := range titledNames(toks) {
		add(n, "names:frame-title")
	}
	for _, n := range servedNames(text, toks) {
		add(n, "names:frame")
	}
	for _, n := range clauseNames(text, toks) {
		add(n, "names:frame-clause")
	}
	for _, n := range salutationNames(text, toks) {
		add(n, "names:frame-salutation")
	}
	for _, n := range coupleNames(toks) {
		add(n, "names:frame")
	}
	var out []Match
	for k, n := range names {
		s, e := n.span(toks)
		if frameStreet(text, toks, n) {
			continue // "Doña Julia Vargas Ave.": a street named after a person
		}
		out = append(out, Match{Type: entity.Person, Start: base + s, End: base + e, Score: frameNameScore, Source: srcs[k]})
	}
	out = append(out, surnameFirstName(toks, base)...)
	return append(out, phoneRowName(text, toks, base)...)
}

// coupleNames reads a line that is two names joined by "&" or a
// conjunction and nothing else, each of two words or more and the first
// with a name the lists hold ("Liam Fraser & Mereana Tipene"): two
// people, as a couple is addressed; a firm's partners are surnames alone
// ("Marks & Spencer").
func coupleNames(toks []frameTok) []frameName {
	first := readFrameName(toks, 0)
	if first.end+1 >= len(toks) || !nameConjunctions[strings.ToLower(toks[first.end].text)] ||
		first.start != 0 || first.names < 2 || first.solid == 0 {
		return nil
	}
	second := readFrameName(toks, first.end+1)
	if second.blocked || second.names < 2 || second.end != len(toks) {
		return nil
	}
	return []frameName{first, second}
}

// frameStreet reports a framed name that a street type ends: right after
// it, or read into it when abbreviated ("Ave."; a whole word there may be
// a surname: "Daniela Núñez Villa"): a street named after a person.
func frameStreet(text string, toks []frameTok, n frameName) bool {
	for k := n.start + 1; k < n.end; k++ {
		if t := strings.TrimRight(toks[k].text, ",;:"); strings.HasSuffix(t, ".") && streetTypeWord(t) {
			return true
		}
	}
	last := toks[n.end-1]
	return streetTypeNext(text, last.s+len(last.text))
}

// leadNames are the names after a lead phrase or a declaring pronoun: two
// name words, or initials and a surname.
func leadNames(text string, toks []frameTok) []frameName {
	var out []frameName
	for _, i := range frameLeads(text, toks) {
		if i < len(toks) && reTitleWord.MatchString(toks[i].text) {
			i++ // "contacter Mme Durand"
		}
		if i < len(toks) && leadPreposition(toks[i].text) {
			continue // the lead's verb and its object: "À JOINDRE AU PAIEMENT", "nous joindre au 01 …"
		}
		n := surnameGiven(toks, readFrameName(toks, i))
		if !n.blocked && (n.names >= 2 || n.names == 1 && n.initials) {
			out = append(out, n)
		}
	}
	return out
}

// leadPreposition reports a function word of some language (stopwords-iso),
// in lower case or in a line's capitals, that is no name's particle and no
// given or family name the lists hold: after a lead phrase it opens the
// verb's object, not a name ("joindre au", "JOINDRE AU PAIEMENT").
func leadPreposition(t string) bool {
	core := coreWord(t)
	if capitalised(core) && strings.ToUpper(core) != core {
		return false // written as a name is: "Ich, Nia Gerschler, versichere"
	}
	return lexicon.StopwordLanguages(strings.ToLower(core)) != nil && !nameParticles[strings.ToLower(core)] &&
		!knownName(core) && !isFirstName(core) && !isLastName(core)
}

// Salutations in the languages the detector reads ("Dear", "Sehr
// geehrte", "Hej", "Geachte", "Estimada", "Hyvä", "Cienījamā"): salutationOpeners start nothing
// but a salutation; salutationGreetings are greetings or words that open
// other text too ("Cara" and "Beste" are names, "Moi" a pronoun).
const (
	salutationOpeners = `dear|hello|hallo|sehr geehrte[rs]?|geachte|cher|chère|chers|bonjour|` +
		`estimad[oa]s?|querid[oa]s?|gentile|gentilissim[oa]|buongiorno|kære|kjære|szanown[ya]|prezad[oa]|` +
		// Finnish (OCR drops the umlaut), Estonian, Latvian, Lithuanian,
		// Czech and Slovak, Hungarian, Romanian, Icelandic, Croatian and
		// Serbian, Slovene, Turkish, Spanish, Portuguese
		`hyvä|hyva|lugupeetud|cienījam(?:ā|ais)|cienijam(?:a|ais)|gerbiam(?:as|oji|a)|vážen[ýáé]|vazen[yae]|tisztelt|` +
		`stimat[ăae]|kæri|kæra|poštovan[iae]|postovan[iae]|spoštovan[iae]|sayın|sayin|distinguid[oa]s?|exm[oa]\.?`
	salutationGreetings = `hi|hej|hei|hey|liebe[rs]?|hola|car[oa]|beste|drog[ia]|olá|ahoj|moi|tere`
)

// reSalutation opens a letter's salutation at the start of its line;
// reSalutationOpener with a word that opens nothing else.
var (
	reSalutation       = regexp.MustCompile(`^(?i:` + salutationOpeners + `|` + salutationGreetings + `)\s+`)
	reSalutationOpener = regexp.MustCompile(`^(?i:` + salutationOpeners + `)\s+`)
)

// salutationNames are the names a letter's salutation addresses ("Hej
// Lars-Erik,", "Geachte collega Bakker,", "Sehr geehrte Frau Kühn,",
// "Dear Anna and Peter,"): one name word or more after the salutation and a
// title or a word of address, or two such names joined by a conjunction,
// ended by the salutation's comma, colon or exclamation mark.
func salutationNames(text string, toks []frameTok) []frameName {
	m := reSalutation.FindStringIndex(text)
	if m == nil {
		return nil
	}
	i := 0
	for i < len(toks) && toks[i].s < m[1] {
		i++
	}
	n, ok := salutedName(toks, i)
	if ok && salutationEnds(toks[n.end-1].text) {
		return []frameName{n}
	}
	if !ok || n.end+1 >= len(toks) || !nameConjunctions[toks[n.end].text] {
		return nil // "Hello World": no salutation's comma
	}
	// Two names: every word of each a name the lists hold ("Hello World
	// and Peace," greets no one).
	second, ok := salutedName(toks, n.end+1)
	if !ok || !salutationEnds(toks[second.end-1].text) || n.solid < n.names || second.solid < second.names {
		return nil
	}
	return []frameName{n, second}
}

// salutedName reads a name from token i after a title or a word of
// address ("Frau", "collega", "dottor").
func salutedName(toks []frameTok, i int) (frameName, bool) {
	for k := 0; k < 2 && i < len(toks) && (reTitleWord.MatchString(toks[i].text) || !capitalised(toks[i].text)); k++ {
		i++
	}
	if i >= len(toks) {
		return frameName{}, false
	}
	n := readFrameName(toks, i)
	return n, !n.blocked && n.names >= 1 && n.end > n.start
}

// salutationEnds reports a word that a salutation's comma, colon or
// exclamation mark ends.
func salutationEnds(t string) bool {
	return t != "" && strings.ContainsAny(t[len(t)-1:], ",:!")
}

// titleOrHonorific reports a title before a name: one of reTitleWord or
// a full honorific ("Monsieur", "Señora").
func titleOrHonorific(w string) bool { return reTitleWord.MatchString(w) || fullHonorific(w) }

// fullHonorific reports an honorific written out in any language
// ("Monsieur", "Madame", "Señora", "Bapak", "Puan"; libpostal's personal
// titles) in four letters or more ("Rey", "Des." are words of a line
// more often), capitalised and no English word ("General", "Captain" and
// "Doctor" also head other things); in running text one of five letters
// or more may be written small ("mevrouw", "monsieur").
func fullHonorific(t string) bool {
	c := strings.TrimRight(t, ".,")
	if letterCount(c) >= 5 && c == strings.ToLower(c) && isPersonalTitle(c) && !isCommonWord(c) {
		return true // written small in running text: "verwijs ik mevrouw Anouk de Vries-Bakker"
	}
	return letterCount(c) >= 4 && capitalised(c) && isPersonalTitle(c) && !isCommonWord(c)
}

// commaReadForDot reports a short title abbreviation in name case with a
// comma that OCR read for its period ("Mrs, Lakshmi"); a list of titles
// ("Mr, Mrs, Ms") has a title after it, which no name reads.
func commaReadForDot(t string) bool {
	c := strings.TrimSuffix(t, ",")
	return reTitleWord.MatchString(c) && letterCount(c) <= 3 && capitalised(c) && !isUpperWord(c)
}

// wordTitle reports an honorific in capitals that is an ordinary word
// too: "SOLD" (a Spanish soldier's rank) in "GOODS SOLD ARE NOT
// RETURNABLE". A name after it must be one the lists know.
func wordTitle(t string) bool {
	c := strings.TrimRight(t, ".,")
	return !reTitleWord.MatchString(t) && isUpperWord(c) && lexicon.IsCommonWord(c)
}

// frameKnownName reports a word of the name n that a name list holds.
func frameKnownName(toks []frameTok, n frameName) bool {
	for _, t := range toks[n.start:n.end] {
		if knownName(coreWord(t.text)) {
			return true
		}
	}
	return false
}

// titledNames are the names after an honorific (and a German doctor's
// field, "Dr. med."), not a product's or a brand's words.
func titledNames(toks []frameTok) []frameName {
	var out []frameName
	for i, t := range toks {
		t.text = strings.TrimPrefix(t.text, "(") // an aside: "Consultation (Dr Lim Hui Min)"
		if !reTitleWord.MatchString(t.text) && t.text != "M." && !fullHonorific(t.text) || strings.HasSuffix(t.text, ",") && !commaReadForDot(t.text) {
			continue // a comma after it lists it: "PADRE, MADRE O TUTOR"
		}
		j := i + 1
		for j < len(toks) && reDegreeWord.MatchString(toks[j].text) {
			j++ // "Dr. med. T. Eich"
		}
		if j+1 < len(toks) && rankTitle(t.text) && reBadgeNumber.MatchString(toks[j].text) {
			j++ // an officer's number between the rank and the name: "PC #2290 Shawnette Hinds"
		}
		if j == len(toks) || isPlaceName(t.text+" "+toks[j].text) {
			continue // "Saint Louis"
		}
		if strings.HasPrefix(toks[j].text, "(") {
			continue // an aside after the office: "Presiding Judge (Ra'is al-Mahkama)"
		}
		if toks[j].gap && !strings.HasSuffix(t.text, ".") {
			// A title written as a whole word before a column's gap: the
			// next column's head ("Viti akademik   Viti i studimit", an
			// academician's title is a word too). A typewriter's
			// abbreviation may stand apart ("Mr.   A. D. Steinberg").
			continue
		}
		if i > 0 && taxCodeTitle(toks[i-1].text, t.text) {
			continue // a receipt's tax code after an amount: "31.80 SR"
		}
		if i > 0 && strings.HasSuffix(toks[i-1].text, ",") && isUpperWord(strings.TrimRight(t.text, ".")) && toks[i-1].text != "I," {
			// A degree after a name and its comma: "Dr. Arvind Subramaniam,
			// MS (Ortho)"; a deponent's "I," opens a rank: "I, PC #2290 …".
			continue
		}
		if i > 0 && orgInstHeads[strings.ToLower(coreWord(toks[i-1].text)+" "+coreWord(t.text))] {
			continue // an institution's head: "CONSULTORIO MEDICO SAN ANGEL"
		}
		n := readFrameName(toks, j)
		if n.blocked {
			n = particledAfterTitle(toks, j, n)
		}
		if n.blocked || n.end-n.start < 2 {
			if c, ok := syllablesAfterCapsSurname(toks, j); ok {
				n = c
			}
		}
		if n.end-n.start == 1 && strings.HasSuffix(toks[n.start].text, ".") && letterCount(toks[n.start].text) >= 3 && !listedNameWord(toks[n.start].text) &&
			n.end < len(toks) && reTitleWord.MatchString(toks[n.end].text) {
			continue // an abbreviation between titles is theirs: "Prof. Asoc. Dr. Ilir Dervishaj"
		}
		if n.start < len(toks) && titleOrHonorific(toks[n.start].text) {
			continue // a salutation, then a title: "Egregio Signor" (a name after the title is read from it)
		}
		if !n.blocked && n.names >= 1 && (t.text != "M." || frameSurnameAfterM(toks, n)) && !titledProduct(toks, n) && !conjoinedRole(toks, n) &&
			(!wordTitle(t.text) || frameKnownName(toks, n)) && !loneWordAfterRole(t.text, toks, n) {
			out = append(out, n)
		}
	}
	return out
}

// reBadgeNumber is an officer's service number: two to seven digits, a
// number sign before them allowed ("#2290", "1147").
var reBadgeNumber = regexp.MustCompile(`^#?\d{2,7}$`)

// rankTitle reports a police or military rank's abbreviation among the
// titles (reTitleWord): "PC", "Sgt.", "Cpl", "Insp.", "Const.".
func rankTitle(t string) bool {
	switch strings.ToLower(strings.TrimRight(t, ".,-")) {
	case "pc", "wpc", "pcso", "sgt", "cpl", "capt", "lt", "cst", "pte", "insp", "supt", "const":
		return reTitleWord.MatchString(t)
	}
	return false
}

// syllableMaxLetters is the longest syllable of a Cantonese or Korean
// given name written apart ("Chi Fai", "Wai Ling").
const syllableMaxLetters = 5

// syllablesAfterCapsSurname reads a name after a title as Hong Kong,
// Macau and Korean forms write it: a family name in capitals that a name
// list holds (its hyphenated parts each, "AU-YEUNG"), then one or two
// capitalised syllables of the given name, which are often dictionary
// words ("Mr CHAN Chi Fai", "Ms LEUNG-CHEUNG Wai Ling"), a comma and an
// English name after them allowed ("AU-YEUNG Chi Fai, Raymond").
func syllablesAfterCapsSurname(toks []frameTok, j int) (frameName, bool) {
	if j+1 >= len(toks) {
		return frameName{}, false
	}
	sur := coreWord(toks[j].text)
	listed := func(p string) bool { return listedNameWord(titleCased(strings.ToLower(p))) }
	if !isUpperWord(sur) || letterCount(sur) < 2 || strings.HasSuffix(toks[j].text, ",") || !listed(sur) && !hyphenPartsAll(sur, listed) {
		return frameName{}, false
	}
	k := j + 1
	for k < len(toks) && k <= j+2 && !toks[k].gap {
		c := coreWord(toks[k].text)
		if !capitalised(c) || isUpperWord(c) || letterCount(c) != len([]rune(c)) || letterCount(c) > syllableMaxLetters ||
			streetTypeToken(c) || isFormWord(c) {
			break // "Dr SMITH Main Road": a street's word ends it
		}
		k++
		if strings.HasSuffix(toks[k-1].text, ",") {
			break
		}
	}
	if k == j+1 {
		return frameName{}, false
	}
	if strings.HasSuffix(toks[k-1].text, ",") && k < len(toks) && !toks[k].gap && listedNameWord(toks[k].text) {
		k++ // the English name after the comma
	}
	return frameName{start: j, end: k, names: k - j}, true
}

// particledAfterTitle unblocks a name after a title whose given name is
// a short word that a dictionary holds, no list ("An", "Els"), before a
// surname's particle and a surname ("mevr. An De Smedt"): the title and
// the particle frame it. Otherwise it returns n.
func particledAfterTitle(toks []frameTok, j int, n frameName) frameName {
	if j+2 >= len(toks) || toks[j+1].gap || toks[j+2].gap {
		return n
	}
	given, particle, surname := coreWord(toks[j].text), coreWord(toks[j+1].text), coreWord(toks[j+2].text)
	if !capitalised(given) || letterCount(given) < 2 || letterCount(given) > 4 || len([]rune(given)) != letterCount(given) ||
		!nameParticles[strings.ToLower(particle)] || !frameNameWord(surname) {
		return n
	}
	if j+3 < len(toks) && !toks[j+3].gap && capitalised(coreWord(toks[j+3].text)) {
		return n // more capitalised words: a firm's or a place's name
	}
	return frameName{start: j, end: j + 3, names: 2, solid: 1}
}

// loneWordAfterRole reports a name of one word that no list holds after a
// title that only the lexicon's list of titles holds, many of which are
// roles, or one that a dictionary holds too: the role's second word
// ("Pegawai Perubatan", a medical officer in Malay; "Direktor
// Assistenzarztin"; "Notario Público").
func loneWordAfterRole(title string, toks []frameTok, n frameName) bool {
	if reTitleWord.MatchString(title) || title == "M." || n.end-n.start != 1 {
		return false
	}
	c := coreWord(toks[n.start].text)
	return !knownName(c) && (!lexicon.IsName(c) || isDictWord(c))
}

// conjoinedRole reports a "name" of a bare letter and one ordinary word
// that no name list holds: a conjunction and the next role of a list of
// roles ("MADRE O TUTOR", "PADRE Y TUTOR"), not an initial and a surname
// ("DR A SMITH").
func conjoinedRole(toks []frameTok, n frameName) bool {
	if n.end-n.start != 2 {
		return false
	}
	letter, word := toks[n.start].text, coreWord(toks[n.start+1].text)
	return len(letter) == 1 && isDictWord(word) && !knownName(word)
}

// clauseNames are the names, set off by a comma, that a birth phrase
// follows at the line's start ("Vital Brunet, né(e) le"), or an English
// "who", which speaks of a person ("Balaaditya Somayaji, who can be
// reached on …").
func clauseNames(text string, toks []frameTok) []frameName {
	var out []frameName
	for i := range toks {
		if i > 0 && capitalised(coreWord(toks[i-1].text)) {
			continue // inside a run of capitalised words
		}
		n := readFrameName(toks, i)
		if !n.comma || n.blocked || n.names < 2 || n.end == len(toks) {
			continue
		}
		if reWhoClause.MatchString(toks[n.end].text) || i == 0 && reBirthPhrase.MatchString(text[toks[n.end].s:]) {
			out = append(out, n)
		}
	}
	return out
}

// reServedBy is a receipt's phrase that names who served the customer
// ("You were served by Kerry", "Your server was Chloe", "Du betjänades
// av: Oskar", "Es bediente Sie: Lukas"), in the languages the detector
// reads, also with the accent OCR drops ("LE ATENDIO:").
var reServedBy = regexp.MustCompile(`(?i)(?:^|\s)(?:served by|your server(?: today)? (?:was|is)|bedient von|es bediente sie|` +
	`servi(?:e)? par|atendid[oa] por|l[ea] atendi[óo]|servit[oa] da|geholpen door|betjent av|betjent af|betj[äa]nad av|` +
	`betj[äa]nades av|sinua palveli)[,:]?\s+`)

// servedNames are the names after a served-by phrase: one given name
// that a name list holds is enough there ("served by Kerry"), as a
// receipt names its cashier.
func servedNames(text string, toks []frameTok) []frameName {
	var out []frameName
	for _, m := range reServedBy.FindAllStringIndex(text, -1) {
		for i, t := range toks {
			if t.s != m[1] {
				continue
			}
			n := readFrameName(toks, i)
			if !n.blocked && (n.names >= 2 || n.names == 1 && (n.initials || isFirstName(coreWord(toks[n.start].text)))) {
				out = append(out, n)
			}
		}
	}
	return out
}

// frameLeads are the indices of the words that follow a lead phrase or a
// declaring pronoun.
func frameLeads(text string, toks []frameTok) []int {
	var out []int
	res := []*regexp.Regexp{reNameLead, reNameDeclarer}
	if reDeclareVerb.MatchString(text) {
		res = append(res, reMisreadDeclarer)
	}
	for _, re := range res {
		for _, m := range re.FindAllStringIndex(text, -1) {
			for i, t := range toks {
				if t.s == m[1] {
					out = append(out, i)
				}
			}
		}
	}
	return out
}

// phoneRowName finds the name that opens a table's row, after at most a
// code, with the row's phone number right after it.
func phoneRowName(text string, toks []frameTok, base int) []Match {
	start := 0
	if len(toks) > 0 && strings.IndexFunc(toks[0].text, unicode.IsDigit) >= 0 {
		start = 1 // "EMP-4748 Lotte Hargasser 089 7224350", "308749 Ramón Hurtado …"
	}
	n := readFrameName(toks, start)
	if n.blocked || n.comma || n.initials || n.weak > 0 || n.names < 2 || n.names > 4 || n.end >= len(toks) ||
		n.end-n.start != n.names || !phoneAhead(text[toks[n.end].s:]) || amountAhead(toks[n.end:]) || reMeasure.MatchString(toks[n.end].text) ||
		columnsOfNumbers(toks[n.end:]) {
		return nil
	}
	if framePlace(toks[n.start:n.end]) {
		return nil // "Santa Monica 310-555-1234": an office's town
	}
	for _, t := range toks[n.start:n.end] {
		if taxLabel(t.text) || idLabelKind(t.text) != 0 && !knownName(coreWord(t.text)) {
			// "TVA BE 0412.345.678": a firm's VAT number; "Ondernemingsnummer
			// BE 0712.345.678": a number's label, no name
			return nil
		}
	}
	s, e := n.span(toks)
	return []Match{{Type: entity.Person, Start: base + s, End: base + e, Score: frameRowScore, Source: "names:frame-row"}}
}

// columnsOfNumbers reports short numbers in three columns or more, each
// a text height or more from the one before: a row's marks or counts ("Lengua Española
// 88    91    90    93", which reads as a phone's pairs), no phone.
func columnsOfNumbers(toks []frameTok) bool {
	n := 0
	for i, t := range toks {
		d := countDigits(t.text)
		if d == 0 || d > 3 || d != len(t.text) || i > 0 && !t.apart {
			break
		}
		n++
	}
	return n >= 3
}

// reMeasure is a quantity with its unit: an item's size on a receipt's row
// ("Green Tea 500ml 140", OCR "500m1"), no phone number.
var reMeasure = regexp.MustCompile(`^\d+(?:[.,]\d+)?[A-Za-z][A-Za-z0-9]{0,2}$`)

// amountAhead reports an amount among the first words of toks, or the
// sign of a quantity times a price: the numbers after a row's text are
// money, not a phone number ("Neuer Kontostand 1.234,56", "Gula Pasir 1kg
// 1 x 17.000").
func amountAhead(toks []frameTok) bool {
	for _, t := range toks[:min(len(toks), 3)] {
		if c := strings.TrimRight(t.text, ",;"); reLedgerAmount.MatchString(c) || reGroupedPrice.MatchString(c) || quantityTimes[t.text] {
			return true
		}
	}
	return false
}

// quantityTimes are the signs written between a quantity and a unit price.
var quantityTimes = map[string]bool{"x": true, "X": true, "×": true, "@": true}

// frameTexts is the texts of toks.
func frameTexts(toks []frameTok) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// surnameFirstName finds a name written surname first, a shape that is
// the evidence itself ("Patient: BRUNET, Vital Date de naissance:",
// "CICATIELLO Letterio.", "Jacobson, Deshaun"): a surname in capitals,
// with or without a comma, before a given name written as names are,
// where the line ends or the next label starts; or, alone on its line,
// "Surname, Given". Neither word may be a place ("PARIS, France"), nor
// the given name a town's first word ("EDSA, Quezon City").
func surnameFirstName(toks []frameTok, base int) []Match {
	var out []Match
	for i := 0; i+1 < len(toks); i++ {
		sur, given := coreWord(toks[i].text), coreWord(toks[i+1].text)
		comma := strings.HasSuffix(toks[i].text, ",")
		upper := strings.ToUpper(sur) == sur && len([]rune(sur)) >= 3
		alone := len(toks) == 2 && comma
		// The line's start, or a label's colon before the surname ("sy /
		// et de : RASOANIRINA Voahangy Lalao").
		lead := i == 0 || strings.HasSuffix(toks[i-1].text, ":")
		end := secondGivenEnd(toks, i+2)
		if !(upper && (comma || lead) || alone) || toks[i+1].gap || strings.Contains(toks[i].text, ":") || !surnameGivenPair(sur, given) ||
			!surnameGivenEnds(toks[end:]) && !strings.HasSuffix(toks[end-1].text, ",") || end < len(toks) && townWithNext(coreWord(toks[end-1].text), toks[end].text) {
			continue
		}
		if !comma && isDictWord(given) && !isFirstName(given) {
			continue // "IPA Draft x2": without the comma, an ordinary word is no given name
		}
		if g := toks[i+1].text; strings.HasPrefix(g, "(") || strings.HasSuffix(g, ":") || strings.HasPrefix(toks[i].text, "(") {
			continue // a label, its method in brackets: "ESR (Westergren): 28 mm/h"; a degree's aside: "ft (AMK), Valvira"
		}
		if formPhraseWords(frameTexts(toks[i+1:min(len(toks), i+4)])) > 0 {
			continue // a firm's legal form of words after its name: "SERWIS-KLIMA Sp. z 0.0."
		}
		n := frameName{start: i, end: end}
		s, e := n.span(toks)
		out = append(out, Match{Type: entity.Person, Start: base + s, End: base + e, Score: frameRowScore, Source: "names:surname-first"})
	}
	return out
}

// secondGivenEnd is the end of the given names that start at token k-1:
// k, or k+1 where a second given name follows the first without a comma
// and the names end there ("RASOANIRINA Voahangy Lalao").
func secondGivenEnd(toks []frameTok, k int) int {
	if k >= len(toks) || toks[k].gap || strings.HasSuffix(toks[k-1].text, ",") || surnameGivenEnds(toks[k:]) {
		return k
	}
	if g := coreWord(toks[k].text); frameNameWord(g) && strings.ToUpper(g) != g && lexicon.PlaceCountries(g) == nil &&
		(surnameGivenEnds(toks[k+1:]) || strings.HasSuffix(toks[k].text, ",")) {
		return k + 1
	}
	return k
}

// surnameGivenPair reports a surname and a given name that can be part of
// a name and are no places, the given name no country ("UNICEF Kenya");
// the given name is written in lower case after its capital, and each
// part of a hyphenated surname has two letters or more ("M-PESA Paybill"
// is a payment service).
func surnameGivenPair(sur, given string) bool {
	for _, part := range strings.Split(sur, "-") {
		if letterCount(part) < 2 {
			return false
		}
	}
	return frameNameWord(sur) && frameNameWord(given) && strings.ToUpper(given) != given &&
		lexicon.PlaceCountries(sur) == nil && lexicon.PlaceCountries(given) == nil && !countryWord(given)
}

// surnameGivenEnds reports what may follow a name written surname first:
// nothing, a lower-case word, or the next field's label.
func surnameGivenEnds(rest []frameTok) bool {
	if len(rest) == 0 || rest[0].gap {
		return true
	}
	core := coreWord(rest[0].text)
	return core == "" || !capitalised(core) || isLabelWord(core) || strings.HasSuffix(rest[0].text, ":")
}

// brokenTitleNames finds a name that starts the line below an honorific
// or a lead phrase ending its line ("… was referred by Dr" / "Purnima
// Reddy."; "… per informazioni contattare" / "Loris De Col al numero"):
// the lines of one paragraph, the next just below.
func brokenTitleNames(in *Input) []Match {
	words := in.Page.Words
	var out []Match
	for _, ln := range in.Lines {
		if len(ln) == 0 {
			continue
		}
		base, last := in.WordStart[ln[0]], words[ln[len(ln)-1]]
		t := strings.TrimSpace(last.Text)
		title := (reTitleWord.MatchString(t) || t == "M.") && !(len(ln) > 1 && (taxCodeTitle(words[ln[len(ln)-2]].Text, t) || closingTitle(words[ln[len(ln)-2]].Text)))
		if !title && !reNameLeadEnd.MatchString(in.Text[base:in.WordEnd[ln[len(ln)-1]]]) {
			continue
		}
		next := lineBelow(in, last.Box)
		if next == nil {
			continue
		}
		nbase := in.WordStart[next[0]]
		toks := frameToks(in, next, nbase)
		n := readFrameName(toks, 0)
		if !n.blocked && (n.names >= 2 || n.names == 1 && (title || n.initials)) {
			s, e := n.span(toks)
			src := "names:frame"
			if title {
				src = "names:frame-title"
			}
			out = append(out, Match{Type: entity.Person, Start: nbase + s, End: nbase + e, Score: frameNameScore, Source: src})
		}
	}
	return out
}

// closingTitle reports the word before a title that ends its line as a
// name the title closes, as a booking writes it ("O'BRIEN/PATRICK MR"): a
// name of the lists or a family name and a given name joined by a slash.
// Such a title opens no name on the next line ("Flight SW 1842"). A title
// that is a given name too ends the name ("Ho ten: Pham Minh Tuan", where
// "Tuan" is a Malay title).
func closingTitle(before string) bool {
	core := coreWord(before)
	if strings.Contains(core, "/") {
		return true
	}
	listed := knownName(core) || (isFirstName(core) || isLastName(core)) && !isDictWord(core)
	return capitalised(core) && !reTitleWord.MatchString(core) && listed
}

// lineBelow is the line whose first word starts just below box b (under
// its middle, within one and a half text heights) and left of it: the
// next line of b's paragraph; nil when none.
func lineBelow(in *Input, b doc.Box) []int {
	for _, ln := range in.Lines {
		if len(ln) == 0 {
			continue
		}
		f := in.Page.Words[ln[0]].Box
		gap := f.Top - b.Bottom()
		if 2*(f.Top-b.Top) > b.Height && 2*gap <= 3*max(b.Height, f.Height) && f.Left < b.Left {
			return ln
		}
	}
	return nil
}

// framePlace reports words that together name a place.
func framePlace(toks []frameTok) bool {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = coreWord(t.text)
	}
	return lexicon.PlaceCountries(strings.Join(words, " ")) != nil
}

// frameSurnameAfterM reports a name after "M." (Monsieur, or an initial)
// of three letters or more: "M. Sc." is a degree.
func frameSurnameAfterM(toks []frameTok, n frameName) bool {
	return n.names > 1 || len([]rune(coreWord(toks[n.end-1].text))) >= 3
}

// bracketedTitledName reports a titled name of two words or more in
// brackets, title and all: who gave a service on its row ("Consultation
// (Dr Lim Hui Min) 45.00"), where a brand stands bare or is one word
// ("Mango Lassi (Mr. Big) 3.50").
func bracketedTitledName(toks []frameTok, n frameName) bool {
	return n.names >= 2 && n.start > 0 && strings.HasPrefix(toks[n.start-1].text, "(") && strings.HasSuffix(toks[n.end-1].text, ")")
}

// datedRowName reports a titled name of two words or more on a row that
// opens with its date: a statement's counterparty ("12.06.24 Dr. med.
// Beat Imhof 186.35"), not a product.
func datedRowName(toks []frameTok, n frameName) bool {
	return n.names >= 2 && n.start >= 2 && reLedgerDate.MatchString(strings.Trim(toks[0].text, "|[],"))
}

// plainTitledName reports a titled name of two words or more that no
// dictionary holds any of, one of them a name a list holds, whole or in
// its hyphen's parts: who is paid on a fee's row ("Officiant fee - Rev.
// Morag Fairbairn-Kerr 220.00"); a brand's words after a title are
// ordinary ones ("Dr. Oetker Pizza").
func plainTitledName(toks []frameTok, n frameName) bool {
	if n.names < 2 || n.dict > 0 || n.weak > 0 || n.initials {
		return false
	}
	return n.solid >= 1 || slices.ContainsFunc(toks[n.start:n.end], func(t frameTok) bool { return knownParts(coreWord(t.text)) })
}

// titledProduct reports a title's words that name a product or a brand
// ("Dr. Oetker Pizza 4,99", "Mrs Beeton Cookery Book"): a price after
// them, or three words or more of which two are dictionary words that no
// name list holds ("Dr. Pablo Vera Tirado" is a name: all three are names
// too).
func titledProduct(toks []frameTok, n frameName) bool {
	if amountAhead(toks[n.end:]) && !bracketedTitledName(toks, n) && !datedRowName(toks, n) && !plainTitledName(toks, n) {
		return true
	}
	plain := 0 // dictionary words that no name list holds
	for _, t := range toks[n.start:n.end] {
		core := coreWord(t.text)
		if isDictWord(core) && !knownName(core) && !lexicon.IsName(strings.ToLower(core)) {
			plain++
		}
	}
	return n.names >= 3 && plain >= 2
}

// BadgeRecognizer finds an officer's service number between the rank and
// the name ("Sgt 2290 Priya CHAUHAN", "PC #2290 Shawnette Hinds"): the
// number names the officer as the name does (source "badge").
type BadgeRecognizer struct{}

// Name implements Recognizer.
func (BadgeRecognizer) Name() string { return "badge" }

// Recognize implements Recognizer.
func (BadgeRecognizer) Recognize(in *Input) []Match {
	var out []Match
	for base, line := range in.LineTexts() {
		toks := patTokens(line)
		for i := 0; i+2 < len(toks); i++ {
			rank, num, name := line[toks[i].s:toks[i].e], line[toks[i+1].s:toks[i+1].e], line[toks[i+2].s:toks[i+2].e]
			if rankTitle(rank) && reBadgeNumber.MatchString(num) && capitalised(coreWord(name)) && frameNameWord(coreWord(name)) {
				out = append(out, Match{Type: entity.ID, Start: base + toks[i+1].s, End: base + toks[i+1].e, Score: badgeScore, Source: "badge"})
			}
		}
	}
	return out
}

// badgeScore is the score of an officer's number between rank and name.
const badgeScore = 0.7
