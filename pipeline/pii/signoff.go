package pii

import (
	"regexp"
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// The signer of a letter: the first line of two to four name-like words
// below the complimentary close ("Sincerely,", "Best regards,"), past the
// signature's scribble (which the OCR reads as a short run of garbage).

// reClosing is a letter's complimentary close in the languages the
// detector reads; a word after "Mit freundlichen" may be read poorly
// ("GriBen").
var reClosing = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`(?:yours\s+)?(?:very\s+)?(?:sincerely|truly|faithfully|cordially|respectfully)(?:\s+yours)?`,
	`(?:best|kind|warm|with\s+best|with\s+kind)?\s*regards`, `best\s+wishes`, `with\s+best\s+wishes`,
	`respectfully\s+submitted`, `thank\s+you`,
	`mit\s+(?:freundlichen|besten|herzlichen)(?:\s+\S+)?`, `(?:freundliche|viele|beste|herzliche)\s+gr\S+`, `hochachtungsvoll`,
	`(?:bien\s+)?cordialement`, `bien\s+à\s+vous`, `(?:sincères\s+)?salutations(?:\s+distinguées)?`, `respectueusement`,
	`veuillez\s+agréer\b.*\b(?:salutations|sentiments)\s+(?:les\s+)?(?:distingué|respectueu|meilleur)\S*`,
	`atentamente`, `(?:un\s+)?(?:cordial(?:es)?\s+)?saludos?(?:\s+cordiales)?`, `reciba\s+un\s+cordial\s+saludo`,
	`cordialmente`, `(?:cordiali|distinti)\s+saluti`, `(?:un\s+)?cordiale\s+saluto`, `con\s+i\s+migliori\s+saluti`, `in\s+fede`,
	`met\s+vriendelijke\s+groet(?:en)?`, `hoogachtend`, `atenciosamente`, `(?:com\s+os\s+melhores\s+)?cumprimentos`,
}, "|") + `)[,.]?$`)

// closingMaxWords is the most words of a close's line ("Veuillez agréer,
// Madame, Monsieur, nos salutations distinguées.").
const closingMaxWords = 12

// signoffMaxGap is how far below the close (in median text heights) the
// signer's name may be: a handwritten signature sits between.
const signoffMaxGap = 8

// SignoffRecognizer finds the signer's name under a letter's close.
type SignoffRecognizer struct{}

// Name implements Recognizer.
func (SignoffRecognizer) Name() string { return "names:signoff" }

// Recognize implements Recognizer.
func (SignoffRecognizer) Recognize(in *Input) []Match {
	loadNameLists()
	words := in.Page.Words
	h := medianHeight(in.Page)
	var out []Match
	for li, ln := range in.Lines {
		if len(ln) == 0 || len(ln) > closingMaxWords {
			continue
		}
		parts := slices.DeleteFunc(textsOf(words, ln), func(t string) bool {
			c := coreWord(t)
			return letterCount(c) >= 2 && scribbleWord(c) // the signature's scribble read into the close's line
		})
		if !reClosing.MatchString(strings.Join(parts, " ")) && !officeClose(parts) {
			continue
		}
		close := words[ln[0]].Box
		for _, wi := range ln {
			close = close.Union(words[wi].Box)
		}
		for nl := li + 1; nl < len(in.Lines) && nl <= li+3; nl++ {
			cand := signerPart(words, in.Lines[nl])
			first := words[cand[0]].Box
			if first.Top-close.Bottom() > signoffMaxGap*h {
				break
			}
			if first.Left > close.Right() || words[cand[len(cand)-1]].Box.Right() < close.Left || columnsApart(words, cand, h) {
				continue // another column, or two ("Empfangsschein  Zahlteil", a payment slip's halves)
			}
			score, ok := signerScore(textsOf(words, cand))
			if !ok {
				continue // scribble, or nothing name-like: look further down
			}
			out = append(out, Match{Type: entity.Person, Start: in.WordStart[cand[0]], End: in.WordEnd[cand[len(cand)-1]], Score: score, Source: "names:signoff"})
			break
		}
	}
	for _, m := range append(signatureBlocks(in, h), signerColumns(in, h)...) {
		if !slices.ContainsFunc(out, func(o Match) bool { return o.Start == m.Start }) {
			out = append(out, m) // a signer under a close is found once
		}
	}
	return out
}

// columnsApart reports words ws of a line parted by a gap wider than a
// segment's (segmentGap text heights of h): they stand in two columns,
// no one's name.
func columnsApart(words []doc.Word, ws []int, h int) bool {
	for k := 1; k < len(ws); k++ {
		if words[ws[k]].Box.Left-words[ws[k-1]].Box.Right() > segmentGap*h {
			return true
		}
	}
	return false
}

// signatureBlockGap is the most space (in median text heights) between a
// signer's name and the line of the office under it.
const signatureBlockGap = 1.5

// signatureBlocks finds signers without a close: a line that signerScore
// reads as a name, right above a short line that names an office
// ("Selamawit Bekele" / "Human Resources Manager").
func signatureBlocks(in *Input, h int) []Match {
	words := in.Page.Words
	var out []Match
	for li := 0; li+1 < len(in.Lines); li++ {
		ln, next := in.Lines[li], in.Lines[li+1]
		if len(ln) == 0 || len(next) == 0 || !officeLine(textsOf(words, next)) {
			continue
		}
		name, office := in.wordsBox(ln), in.wordsBox(next)
		if float64(office.Top-name.Bottom()) > signatureBlockGap*float64(h) || name.Left > office.Right() || office.Left > name.Right() {
			continue
		}
		texts := textsOf(words, ln)
		if strings.ContainsAny(strings.Join(texts, " "), ":0123456789") {
			continue // a field's label and value, no signer
		}
		if score, ok := signerScore(texts); ok {
			out = append(out, Match{Type: entity.Person, Start: in.WordStart[ln[0]], End: in.WordEnd[ln[len(ln)-1]], Score: score, Source: "names:signoff"})
		}
	}
	return out
}

// officeLineMaxWords is the most words of an office's line.
const officeLineMaxWords = 6

// officeLine reports a short line that holds an office's word, written
// capitalised after capitalised words only ("Human Resources Manager",
// "Deputy Registrar", "Directrice des ressources humaines"; not "The
// manager will call"): no digits, no colon; or a line that signs on behalf
// of a body's unit ("for Car Parks Department").
func officeLine(ws []string) bool {
	if len(ws) == 0 || len(ws) > officeLineMaxWords {
		return false
	}
	if behalf := behalfWords(ws); behalf > 0 {
		return unitLine(ws[behalf:])
	}
	office := false
	for _, w := range ws {
		core := coreWord(w)
		if core == "" || strings.ContainsAny(w, ":0123456789") || !office && !capitalised(core) {
			return false
		}
		office = office || officeWord(core)
	}
	return office
}

// compoundHead is the fewest letters (bytes) of a compound's head before
// its last word ("Personal" of "Personalchef", "Ügyfél" of
// "Ügyfélreferens").
const compoundHead = 4

// endsCompound reports a lower-case word that ends in a word of set of
// minLen bytes or more after a head of compoundHead or more: a compound,
// as German, Hungarian and the Nordic languages join them.
func endsCompound(low string, set map[string]bool, minLen int) bool {
	for w := range set {
		if len(w) >= minLen && len(low)-len(w) >= compoundHead && strings.HasSuffix(low, w) {
			return true
		}
	}
	return false
}

// officeWord reports an office's word (officeWords), also as a part after
// a hyphen or as the end of a compound, as German and the Nordic
// languages join them ("HR-chef", "Personalchef", "Abteilungsleiterin").
func officeWord(core string) bool {
	low := strings.ToLower(core)
	if officeWords[low] {
		return true
	}
	if _, part, ok := strings.Cut(low, "-"); ok && officeWords[part] {
		return true
	}
	return endsCompound(low, officeWords, 4)
}

// behalfWords is the number of words that open a line signed on behalf
// of a body ("for", "on behalf of", "p.p."), 0 for none.
func behalfWords(ws []string) int {
	first := strings.ToLower(ws[0])
	switch {
	case first == "for" || first == "pp" || first == "p.p." || first == "i.a." || first == "i.v.":
		return 1
	case len(ws) > 3 && first == "on" && strings.EqualFold(ws[1], "behalf") && strings.EqualFold(ws[2], "of"):
		return 3
	}
	return 0
}

// unitLine reports the capitalised words of a body that a signer acts
// for, ending in a word that names a body's unit ("Car Parks Department",
// "the Registrar's Office"): no digits, no colon.
func unitLine(ws []string) bool {
	if len(ws) == 0 || len(ws) > officeLineMaxWords-1 {
		return false
	}
	for k, w := range ws {
		core := coreWord(w)
		if core == "" || strings.ContainsAny(w, ":0123456789") || !capitalised(core) && !(k == 0 && strings.EqualFold(core, "the")) && !nameConjunctions[strings.ToLower(core)] {
			return false
		}
	}
	return unitWords[strings.ToLower(coreWord(ws[len(ws)-1]))]
}

// unitWords name a body's unit that a signer acts for.
var unitWords = lowerSet(strings.Fields(`department division office unit section branch bureau directorate
	secretariat committee board team registry
	abteilung afdeling afdelingen avdeling avdelingen avdelning avdelningen osasto département
	departement departamento dipartimento servicio reparto ufficio oficina odjel oddelek oddělení
	oddelenie osztály serviciu serviciul`))

// unitWord reports a unit's word, also as the end of a compound or of a
// hyphenated word ("Personalabteilung", "HR-afdelingen").
func unitWord(core string) bool {
	low := strings.ToLower(core)
	if i := strings.LastIndex(low, "-"); i >= 0 {
		low = low[i+1:]
	}
	return unitWords[low] || endsCompound(low, unitWords, 6)
}

// officeWords name an office that a signer holds, in the languages the
// detector reads.
var officeWords = lowerSet(strings.Fields(`manager director officer secretary registrar principal
	headmaster headmistress headteacher coordinator administrator supervisor chairman chairwoman
	chairperson president treasurer superintendent commissioner accountant controller auditor
	consultant adviser advisor executive ceo cfo coo partner attorney advocate solicitor barrister
	notary pharmacist lecturer professor teacher dean bursar inspector magistrate representative
	specialist proprietor founder clerk
	geschäftsführer geschäftsführerin leiter leiterin direktor direktorin sachbearbeiter
	sachbearbeiterin prokurist prokuristin vorstand teamleiter teamleiterin
	directeur directrice gérant gérante responsable secrétaire président présidente comptable
	directora gerente jefe jefa secretario secretaria presidenta coordinador coordinadora
	diretor diretora contador contadora direttore direttrice responsabile segretario segretaria
	amministratore teamleider adviseur bedrijfsleider medewerker medewerkster afdelingshoofd
	burgemeester wethouder secretaris voorzitter penningmeester
	manajer direktur kepala sekretaris ketua bendahara pengarah pengurus setiausaha
	müdür müdürü başkan başkanı kierownik kierowniczka dyrektor dyrektorka prezes
	ředitel ředitelka jednatel vedoucí direktör direktør handläggare sagsbehandler saksbehandler
	rektor chef`))

// signerPart is a signer's line up to the comma, or the aside in brackets,
// after its second word or a later one: the role or department after it
// is no part of the name ("Markus Ehrenreich, Leistungsabteilung",
// "(signature et cachet)").
func signerPart(words []doc.Word, ln []int) []int {
	for k := 1; k < len(ln)-1; k++ {
		if strings.HasSuffix(strings.TrimSpace(words[ln[k]].Text), ",") || strings.HasPrefix(strings.TrimSpace(words[ln[k+1]].Text), "(") {
			return ln[:k+1]
		}
	}
	return ln
}

// officeClose reports an office's line that ends in a comma or opens
// with an article, as an administration signs a letter or a statement:
// the signer's name comes under it, past the signature ("Le Chef du
// Service des Pensions,", "Le Directeur des Ressources Humaines").
func officeClose(ws []string) bool {
	return len(ws) > 0 && (strings.HasSuffix(strings.TrimSpace(ws[len(ws)-1]), ",") || officeArticles[ws[0]]) && officeLine(ws)
}

// officeArticles open an office's line that names who signs under it.
var officeArticles = map[string]bool{"The": true, "Le": true, "La": true, "El": true, "Il": true, "Lo": true, "Der": true, "Die": true, "De": true, "Het": true}

// signerScore rates a line as a signer's name: two to four words (one after
// a title), each initials or a word that can be part of a name
// (frameNameWord: no dictionary word the name lexicon lacks, no form
// word), one dictionary word allowed beside a listed name that is no
// dictionary word, one word of three letters or a listed name among
// them; names that the lists know raise the score; a title
// before them is no word of the name. ok is false for lines that are no
// name.
func signerScore(ws []string) (float64, bool) {
	titled := len(ws) > 0 && titleOrHonorific(ws[0])
	if titled {
		ws = ws[1:] // "Dr Helen Pascoe": the signer, above the role's line ("GP Partner")
	}
	if len(ws) < 2 && !(titled && len(ws) == 1) || len(ws) > 4 {
		return 0, false
	}
	names, parts, caps, weak, solid, long := 0, 0, 0, 0, 0, false
	for _, w := range ws {
		core := coreWord(w)
		known := isFirstName(core) || isLastName(core)
		long = long || letterCount(core) >= 3 || knownName(core)
		whole := strings.Trim(w, ".,'’-") == core
		switch {
		case initialWord(w):
			caps++
		case nameParticles[strings.ToLower(core)]:
		case frameNameWord(core) && whole:
			parts, caps = parts+1, caps+1
			if knownName(core) || lexiconName(core) || knownParts(core) {
				solid++
			}
		case frameWeakWord(core) && whole && weak == 0:
			parts, caps, weak = parts+1, caps+1, 1 // "Barnaba Mordenti"
		case known && !capitalised(core):
			parts++ // a surname read in lower case ("Crystal T. ortiz")
		default:
			return 0, false
		}
		if known {
			names++
		}
	}
	if parts == 0 || caps == 0 || weak > 0 && solid == 0 && !titled || !long {
		return 0, false // !long: a scribble read as two-letter words ("VY VV")
	}
	return clamp01(0.55 + 0.1*float64(names)), true
}
