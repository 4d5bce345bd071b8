package pii

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Name lists: first and last names from gofakeit's person data, minus the
// names that are also common English or form words ("Will", "May", "Price",
// "Ward"), which only count as names with stronger evidence (a title or
// initials).
var (
	nameListsOnce sync.Once
	firstNames    map[string]bool
	lastNames     map[string]bool
	commonWords   map[string]bool
	formWordSet   map[string]bool
	// listedNames are all names of the lists, the common words included.
	listedNames map[string]bool
)

// formWords are words common on business forms and letters that start with a
// capital letter in headings and labels but are not names.
var formWords = strings.Fields(`
a an the and or of to for from by with in on at as per via re cc attn attention
account accounts acct action actual address administration administrative advertising
agency agreement allowance amount analysis annual application approval approved april
area assistant associate attached august authorization authorized avenue balance bank
bill billing blvd board box brand brands budget building business buyer call campaign
center central change charge charges check city claim class client code comments
company complete completed confidential contact contract control copy corporate
corporation cost costs council county credit customer daily data date dated days
december delivery department dept description design development director display
distribution district division doc document due east effective employee end enclosed
estimate event expense expenses express fax february federal field file final finance
financial first fiscal floor form forms friday full general government grand group
headquarters health home hotel inc incorporated information institute insurance
internal international invoice issue item items january july june laboratory lab last
law legal letter limited list local ltd mail manager manufacturing march market
marketing material may media medical meeting memo memorandum message method middle
monday month national new no north note notes number november office officer order
original page paid part payment period personal phone place plan plant please point
policy post premium president price print private product production products program
programs project promotion proposal purchase quantity quarter rate received record
records reference region regional report request requested research retail return
review road room route sales saturday schedule school science section security send
sender september service services sheet ship shipping south special staff standard
state statement states status street study subject summary sunday supervisor supply
support system table tax technical telephone tel terms test thursday time title
tobacco total trade tuesday type unit united university vice volume wednesday week
west year yes yours sincerely dear regards thank thanks sir madam today tomorrow
please pages including cover transmission facsimile urgent original copies following
name names person persons signature initials position notify immediately attached see
required approvals dissemination distribution confidentiality privileged intended
recipient telecopy telecopier operator comments remarks instructions description
enclosure enclosures encl enc attachment attachments
`)

// notInitials are letter pairs that look like initials but are places or
// boxes ("D.C.", "P.O. Box").
var notInitials = map[string]bool{"DC": true, "US": true, "PO": true, "P0": true, "NY": true, "NJ": true,
	"NC": true, "SC": true, "UK": true, "NW": true, "NE": true, "SW": true, "SE": true, "AM": true, "PM": true,
	// Türkiye Cumhuriyeti, on every Turkish official paper ("T.C. Kimlik No").
	"TC": true}

// notFusedInitials are two-letter abbreviations with a period that come
// before capitalised words and are no initials: "St. Louis", "No. Items".
var notFusedInitials = map[string]bool{"ST": true, "MT": true, "FT": true, "PT": true, "CO": true, "NO": true,
	"JR": true, "SR": true, "DR": true, "MR": true, "MS": true, "VS": true, "OZ": true, "LB": true, "RE": true,
	"TO": true, "OF": true, "IN": true, "ON": true, "AT": true, "BY": true, "IS": true, "IT": true, "CC": true,
	"RM": true, "SQ": true, "FL": true, "AV": true, "DE": true, "EX": true, "OR": true, "AN": true, "AS": true,
	"MM": true, "CM": true, "KG": true, "MG": true, "ML": true, "HR": true, "MO": true, "YR": true, "WK": true,
	"QT": true, "PK": true, "CT": true, "BX": true, "EA": true, "PC": true, "ID": true, "TV": true, "OK": true,
	// Roman numerals that close a sentence: "Hodgkin lymphoma stage II. Graves disease …".
	"II": true, "IV": true, "VI": true, "IX": true, "XI": true,
	// OCR's reading of the Indonesian and Malay street's "Jl." (Jalan):
	// "JI. Cihampelas Gg. Sukaresmi No. 17".
	"JI": true}

func loadNameLists() {
	nameListsOnce.Do(func() {
		commonWords = map[string]bool{}
		for _, ws := range data.Word {
			for _, w := range ws {
				if !strings.Contains(w, " ") {
					commonWords[strings.ToLower(w)] = true
				}
			}
		}
		formWordSet = map[string]bool{}
		for _, w := range formWords {
			commonWords[w] = true
			formWordSet[w] = true
		}
		for w := range colleagueWords {
			commonWords[w] = true
			formWordSet[w] = true
		}
		listedNames = map[string]bool{}
		firstNames = map[string]bool{}
		for _, key := range []string{"first", "middle", "last"} {
			for _, n := range data.Person[key] {
				listedNames[strings.ToLower(n)] = true
			}
		}
		for _, key := range []string{"first", "middle"} {
			for _, n := range data.Person[key] {
				if l := strings.ToLower(n); !commonWords[l] {
					firstNames[l] = true
				}
			}
		}
		lastNames = map[string]bool{}
		for _, n := range data.Person["last"] {
			if l := strings.ToLower(n); !commonWords[l] {
				lastNames[l] = true
			}
		}
	})
}

// isFirstName, isLastName and isCommonWord look a word up, case-insensitively,
// with surrounding punctuation removed. A name of the many-culture lexicon
// counts as a first and a last name (it does not tell them apart) unless
// it is also a dictionary word ("Stores", "Patient"), which needs the
// curated lists. A name written with accents the lists spell without
// ("César", "Núñez") is found by its plain spelling. A compound name is
// one of its kind when each of its capitalised parts is ("Ioana-Maria",
// "Asante-Mensah": the lists hold few of the pairs).
func isFirstName(w string) bool {
	loadNameLists()
	return inNameList(firstNames, w) || lexiconName(w) || compoundName(w, firstNames)
}
func isLastName(w string) bool {
	loadNameLists()
	return inNameList(lastNames, w) || lexiconName(w) || feminineOfListed(w) || compoundName(w, lastNames) || suffixedSurname(w)
}

// surnameSuffixes end family names of the languages that form them with
// a suffix and hardly end another word so: Georgian ("-shvili", "-dze"),
// Ukrainian ("-enko", "-chuk"), Lithuanian women's ("-ienė", "-aitė",
// "-ytė"), Greek ("-opoulos", "-akis"), Turkish ("-oğlu"), Armenian
// ("-yan"), South Slavic ("-ović", "-ević"), Romanian ("-escu", "-eanu"),
// Icelandic daughters' ("-dóttir"), East Slavic men's patronyms as
// surnames ("-ovich", "-evich"), and the Russian and Central Asian
// family names' "-ov", "-ev" and their women's "-ova", "-eva"
// ("Tursunxo'jayev", "Nurmuhamedova"), and the Russian and Ukrainian
// "-skij", "-skaja" as Latin letters write them ("Verhovskaja"). The Lithuanian endings count too
// as OCR reads their "ė" ("Stankeviciené", "Petraityte").
var surnameSuffixes = []string{"shvili", "dze", "enko", "chuk", "ienė", "aitė", "ytė", "iené", "aité", "yté", "iene", "aite", "yte",
	"opoulos", "akis", "oğlu", "oglu",
	"yan", "ović", "ovic", "ević", "evic", "escu", "eanu", "dóttir", "dottir", "ovich", "evich", "ov", "ev", "ova", "eva",
	"skaja", "skaya", "skij", "skiy", "skyi"}

// suffixedSurnameMinRunes is the shortest family name read by its suffix.
const suffixedSurnameMinRunes = 6

// suffixedSurname reports a capitalised word of six letters or more that
// ends in a family name's suffix (surnameSuffixes) and is neither an
// ordinary word nor a place's name ("Hrytsenko", "Stankevičienė",
// "Ghukasyan"), the parts of a hyphenated one each so or listed.
func suffixedSurname(w string) bool {
	c := coreWord(w)
	if strings.Contains(c, "-") {
		return hyphenPartsAll(c, func(p string) bool { return suffixedSurname(p) || inNameList(lastNames, p) }) &&
			slices.ContainsFunc(strings.Split(c, "-"), suffixedSurname)
	}
	// An apostrophe counts among the letters: Uzbek writes "o'" and "g'".
	if utf8.RuneCountInString(c) < suffixedSurnameMinRunes || !capitalised(c) || letterCount(c)+strings.Count(c, "'") != utf8.RuneCountInString(c) {
		return false
	}
	low := strings.ToLower(c)
	if strings.HasSuffix(low, "ev") && strings.ContainsAny(low[len(low)-3:len(low)-2], "aeiou") {
		return false // "-ev" after a vowel ends another language's words ("Phnhiev", Khmer romanised)
	}
	// The suffix first: the lists' lookups cost more, and most words fail it.
	return slices.ContainsFunc(surnameSuffixes, func(s string) bool { return strings.HasSuffix(low, s) }) && !isDictWord(c) && !isPlaceName(c)
}

// compoundName reports two or three names of list (or of the lexicon)
// joined by hyphens, each capitalised, no saint's ("Ste-Catherine" names
// a street).
func compoundName(w string, list map[string]bool) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(coreWord(w), "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len([]rune(p)) < 2 || !capitalised(p) || saintWords[strings.ToLower(p)] || !(inNameList(list, p) || lexiconName(p)) {
			return false
		}
	}
	return true
}
func isFormWord(w string) bool {
	loadNameLists()
	n := normWord(w)
	// A colleague's word keeps its meaning with an accent OCR changed
	// ("Confrére").
	return formWordSet[n] || colleagueWord(n)
}

// inNameList looks w up in a curated list, also without its accents.
func inNameList(list map[string]bool, w string) bool {
	n := normWord(w)
	if list[n] {
		return true
	}
	plain := lexicon.Unaccented(n)
	return plain != n && list[plain]
}

func isCommonWord(w string) bool {
	loadNameLists()
	return commonWords[normWord(w)]
}

// isDictWord reports a common or form word, or a word of the lexicon's
// dictionaries of several languages: the test the name rules apply.
func isDictWord(w string) bool {
	n := normWord(w)
	return isCommonWord(n) || len(n) > 1 && lexicon.IsCommonWord(n) || compoundWord(n) || learnedWord(n)
}

// gluedInstitutionHeads end the German, Dutch and Nordic names of banks,
// insurers, clinics and schools written as one word ("Kantonalbank",
// "Volksbank", "Krankenkasse", "Universitätsklinikum", "Gesamtschule").
var gluedInstitutionHeads = []string{"bank", "kasse", "klinik", "klinikum", "krankenhaus", "apotheke", "versicherung",
	"schule", "spital", "ziekenhuis", "sjukhus", "sykehus", "apotek"}

// gluedInstitutionMinHead is the fewest letters before the institution's
// word: shorter ones make surnames ("Fairbank", "Burbank").
const gluedInstitutionMinHead = 5

// gluedInstitution reports a word that ends in an institution's word
// glued to what names it: no person's name.
func gluedInstitution(w string) bool {
	n := normWord(w)
	for _, h := range gluedInstitutionHeads {
		if head, ok := strings.CutSuffix(n, h); ok && utf8.RuneCountInString(head) >= gluedInstitutionMinHead {
			return true
		}
	}
	return false
}

// learnedSuffixes end the names of sciences and medical fields in the
// languages the detector reads ("Rheumatology", "Kardiologie",
// "Neumología", "Pediatria"), which word lists often lack and no
// person, firm or town is named by.
var learnedSuffixes = []string{"ology", "ologie", "ologia", "ología", "ológia", "ologi", "iatry", "iatrie", "iatría", "iatria"}

// learnedWord reports a word of eight letters or more that ends in a
// learned suffix and is no name (n is normalised).
func learnedWord(n string) bool {
	for _, suf := range learnedSuffixes {
		if strings.HasSuffix(n, suf) {
			return utf8.RuneCountInString(n) >= 8 && !lexicon.IsName(n)
		}
	}
	return false
}

// Compound words: German and Dutch write nouns together ("Rechnungsdatum",
// "Bankverbindung"), so most are in no word list. A long word that is no
// name or town and splits into two dictionary words, with a linking "s",
// "n", "en" or "es" after the first, is an ordinary word. Shorter ones are
// left alone: names and towns are made the same way ("Northwind",
// "Lakeville", "Torrevieja").
const (
	compoundMinRunes = 12
	compoundMinPart  = 4
)

// compoundWord reports a word made of two dictionary words (n is
// normalised).
func compoundWord(n string) bool {
	r := []rune(n)
	if len(r) < compoundMinRunes || lexicon.IsName(n) || lexicon.PlaceCountries(n) != nil {
		return false
	}
	for i := compoundMinPart; i <= len(r)-compoundMinPart; i++ {
		if !lexicon.IsCommonWord(string(r[i:])) {
			continue
		}
		head := string(r[:i])
		for _, link := range []string{"", "s", "n", "en", "es"} {
			h, ok := strings.CutSuffix(head, link)
			if ok && len([]rune(h)) >= compoundMinPart && lexicon.IsCommonWord(h) {
				return true
			}
		}
	}
	return false
}

// weakName reports a name of the lexicon that is also a word of another
// language's dictionary, not of the English word lists ("Elmo", "Kramer"),
// and longer than the pronouns and articles that are names too ("Sie").
func weakName(w string) bool {
	n := normWord(w)
	return len(n) >= 4 && lexicon.IsName(n) && !isCommonWord(n)
}

// lexiconName reports a name of the lexicon that is no dictionary word.
func lexiconName(w string) bool {
	n := normWord(w)
	return len([]rune(n)) > 1 && lexicon.IsName(n) && !lexicon.IsCommonWord(n)
}

// NameRecognizer finds person names by form: a title followed by capitalised
// words ("Dr. Alan Smith"), initials before a surname ("R. B. Spell",
// "J.S. Hartwell"), "Last, First" ("Spell, Robert") and runs of two or three
// capitalised or upper-case words scored against name lists.
type NameRecognizer struct{}

// Name implements Recognizer.
func (NameRecognizer) Name() string { return "names" }

const (
	nameWord = `[A-Z][A-Za-z'\-]*[a-zA-Z]`
	// nameParticle is an optional particle before a surname ("Dhr. J. de
	// Vries", "Dr Aquiline da Silva").
	nameParticle = `(?:(?:van der|van den|van|von|de la|de|da|di|del|della|du|dos|das|le|la)\s+)?`
	upperWord    = `[A-Z][A-Z'\-]*[A-Z]`
)

var (
	reTitled = regexp.MustCompile(`\b((?:Mr|Mrs|Ms|Miss|Dr|Prof|MR|MRS|MS|DR|PROF|Herr|Herrn|Frau|Mme|Mlle|Me|Sig|Sig\.ra|Dott|Dott\.ssa|Sr|Sra|Srta|Dhr|Mevr|Mw|dr|dhr|mevr|mw)(?:\.?\s+|-\s*)((?:[A-Z]\.\s?)*` + nameWord + `(?:\s+` + nameParticle + nameWord + `)?|(?:[A-Z]\.\s?)+` + nameParticle + nameWord + `))`)
	// Initials: one to three single letters with periods, then a surname.
	// OCR reads an initial's period as a comma, or loses the last one
	// ("E, Ramirez", "B. F Hahn").
	// A surname's lower-case particles belong to it ("P. de Vries", "J.
	// van der Berg").
	reInitials = regexp.MustCompile(`\b((?:[A-Z0]\.\s?){1,3}(?:[A-Z]\s)?|[A-Z],\s)\s?((?:(?:van|von|de|der|den|di|da|du|dos|das|del|la|le|ter|ten)\s){0,2}` + nameWord + `(?:-` + nameWord + `)?)\b`)
	// Two initials read as one word: "JH. Wexby", "RT. OSWALDO".
	reFusedInitials = regexp.MustCompile(`\b([A-Z]{2})\.\s?(` + nameWord + `)\b`)
	// Last, First [M.]
	reLastFirst = regexp.MustCompile(`\b(` + nameWord + `),\s+(` + nameWord + `)(?:\s+[A-Z]\.)?`)
	// Surname followed by initials: "Spell, R. B." or "Spell R.B."
	reSurnameInitials = regexp.MustCompile(`\b(` + nameWord + `),?\s+((?:[A-Z]\.\s?){1,3})`)
	// Two or three capitalised words, optionally with a middle initial.
	// The middle initial's period may be read as ":" or ",".
	// A colon, then two capitalised words ending the line.
	reColonPair = regexp.MustCompile(`:\s+(` + nameWord + `)\s+(` + nameWord + `)\s*$`)
	// reNameWord is one capitalised word, the whole of it.
	reNameWord = regexp.MustCompile(`^` + nameWord + `$`)
	reCapRun   = regexp.MustCompile(`\b(` + nameWord + `)\s+(?:([A-Z])[.:,]?\s+)?(` + nameWord + `)(?:\s+(` + nameWord + `))?\b`)
)

// Recognize implements Recognizer.
func (r NameRecognizer) Recognize(in *Input) []Match {
	loadNameLists()
	var out []Match
	for li, ln := range in.Lines {
		if len(ln) == 0 {
			continue
		}
		base, text := in.WordStart[ln[0]], in.lineText(ln)
		plain := unglueRules(text)
		items := itemRow(plain) && !personColumnRow(in, li)
		out = append(out, markedNameMatches(plain, columnGapsMarked(in, ln, plain), base, items)...)
		out = append(out, contactNames(text, base)...)
		out = append(out, kinNames(text, base)...)
		out = append(out, bracketedKinNames(text, base)...)
		out = append(out, declinedNames(text, base)...)
		out = append(out, maidenNames(text, base)...)
		out = append(out, appositionNames(text, base)...)
		out = append(out, partyNames(text, base)...)
		out = append(out, patronymicNames(text, base)...)
		out = append(out, filiationNames(text, base)...)
		out = append(out, bracketedFatherNames(text, base)...)
		out = append(out, numberUserNames(text, base)...)
		out = append(out, givenCapsNames(text, base)...)
		out = append(out, bookingNames(text, base)...)
	}
	for k := range out {
		trimMarkerQualifier(in.Text, &out[k])
	}
	acronyms := definedAcronyms(in.Text)
	out = slices.DeleteFunc(out, func(m Match) bool {
		return m.End <= m.Start || spansColumnGap(in, m.Start, m.End) || vehicleLed(in.Text[m.Start:m.End]) ||
			m.Source == "names:run" && (thingLabelBefore(in.Text, m.Start) || inPriceTable(in, m.Start, m.End) || doseAfter(in.Text, m.End) ||
				eponymAfter(in.Text, m.End) || acronymDefined(in.Text, m.Start, m.End) || holdsAcronym(in.Text[m.Start:m.End], acronyms) ||
				colonLine(in.Text, m.Start, m.End) || bareLetterInCaps(in.Text[m.Start:m.End]) || streetTypeWrapped(in.Text, m.End) ||
				countryEnded(in.Text[m.Start:m.End])) ||
			m.Source == "names:title" && brandTitle(in, m.Start, m.End) ||
			m.Source == "names:surname-initials" && strings.HasPrefix(strings.TrimLeft(in.Text[m.End:], " "), "=")
	})
	for _, ln := range in.Lines {
		if len(ln) > 0 {
			out = append(out, framedNames(in, ln, in.WordStart[ln[0]])...)
		}
	}
	out = append(out, brokenTitleNames(in)...)
	out = append(out, holderNames(in)...)
	out = append(out, labelledHolders(in)...)
	out = append(out, wrappedNames(in)...)
	out = append(out, initialsLegends(in)...)
	return append(out, brokenTitledNames(in)...)
}

// countryEnded reports a run of names that a country's name ends, one no
// name list holds ("Royal Barbados" of "Royal Barbados Police Force"): an
// institution's words, no person's surname ("Michael Jordan" keeps his).
func countryEnded(name string) bool {
	f := strings.Fields(name)
	last := coreWord(f[len(f)-1])
	_, country := lexicon.CountryByName(last)
	return country && !knownName(last) && !isFirstName(last) && !isLastName(last)
}

// vehicleLed reports a name's words that a vehicle's make opens, a model
// after it ("Toyota Hilux SR5", "Nissan Navara,"). A make that the curated
// lists hold as a given name too needs a model that no name list holds
// ("Ford Fiesta", not "Mercedes Garcia").
func vehicleLed(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !lexicon.IsVehicleMake(coreWord(f[0])) {
		return false
	}
	model := coreWord(f[1])
	return !curatedFirstName(coreWord(f[0])) || !knownName(model) && !isFirstName(model) && !isLastName(model)
}

// reClock is a time of day: "10:30", "9.15", "14h30".
var reClock = regexp.MustCompile(`^\d{1,2}[:.h]\d{2}$`)

// clockBefore reports a time of day as the word right before byte s of
// text on its line.
func clockBefore(text string, s int) bool {
	ws := wordsBefore(text, s)
	return len(ws) > 0 && reClock.MatchString(strings.TrimRight(ws[len(ws)-1], ","))
}

// doseAfter reports a dose or a quantity with its unit right after byte
// e of text on its line: the words before it name a product ("Béres Csepp
// 30 ml", "Algoflex 400 mg"), no person.
func doseAfter(text string, e int) bool {
	line, _, _ := strings.Cut(text[e:], "\n")
	rest := strings.TrimLeft(line, " ")
	if rest == line && rest != "" {
		return false // the name's word goes on
	}
	first, _, _ := strings.Cut(rest, " ")
	return reDose.MatchString(rest) || reQuantityUnit.MatchString(first)
}

// eponymNouns are the lower-case nouns that follow a person's name in a
// medical eponym ("Bence Jones protein", "Guillain Barre syndrome",
// "Hodgkin lymphoma").
var eponymNouns = lowerSet(strings.Fields(`disease syndrome protein proteins virus lymphoma reflex procedure
	fracture criteria maneuver manoeuvre catheter classification phenomenon disorder palsy ulcer cyst stain staging
	score scale position stage test sign index equation`))

// eponymNounsBefore are the nouns that come before the name in the
// medical eponyms of the Romance languages, joined by "de" or "di"
// ("signo de Murphy", "síndrome de Down", "maladie de Crohn").
var eponymNounsBefore = lowerSet(strings.Fields(`signo signe sinal segno síndrome sindrome syndrome enfermedad maladie
	doença doenca malattia morbo maniobra manobra manovra manœuvre manoeuvre prueba prova épreuve reflejo réflexe reflexo
	riflesso fractura fracture frattura criterios critères critérios criteri escala échelle classificação clasificación
	classificazione test punto point`))

// eponymBefore reports a medical eponym's noun and its "de" or "di" right
// before byte s of text on its line: the name after them names the sign
// or the condition, no person.
func eponymBefore(text string, s int) bool {
	ws := wordsBefore(text, s)
	n := len(ws)
	if n < 2 {
		return false
	}
	link := strings.ToLower(ws[n-1])
	return (link == "de" || link == "di" || link == "du" || link == "do" || link == "da") && eponymNounsBefore[strings.ToLower(ws[n-2])]
}

// eponymAfter reports a medical eponym's noun right after byte e of text
// on its line, in any case ("Graves Disease"): the capitalised words
// before it name the condition or the test, no person.
func eponymAfter(text string, e int) bool {
	ws := wordsAfter(text, e)
	return len(ws) > 0 && eponymNoun(ws[0])
}

// acronymDefined reports capitalised words that an acronym in brackets
// right after them, or closing them, spells by their initials, the words
// ending the phrase it stands for ("Pekerja Bukan Penerima Upah (PBPU)",
// "Jaminan Kesehatan Nasional (JKN)"): a term being defined, no person.
func acronymDefined(text string, s, e int) bool {
	words, acr := text[s:e], ""
	if i := strings.IndexByte(words, '('); i >= 0 {
		end := e + strings.IndexFunc(text[e:]+" ", unicode.IsSpace) // the bracket's word, whole
		words, acr = words[:i], text[s+i:end]
	} else if rest := wordsAfter(text, e); len(rest) > 0 {
		acr = rest[0]
	}
	acr = strings.TrimRight(acr, ".,;:")
	if len(acr) < 4 || acr[0] != '(' || acr[len(acr)-1] != ')' {
		return false
	}
	acr = acr[1 : len(acr)-1]
	return isUpperWord(acr) && strings.ToUpper(acr) == acr && spellsAcronym(words, acr)
}

// spellsAcronym reports capitalised words whose initials, two or more,
// end acronym acr, not all of them listed names (a person and her
// initials: "John Smith (JS)").
func spellsAcronym(words, acr string) bool {
	var initials []rune
	named := true
	for _, w := range strings.Fields(words) {
		if r := []rune(w)[0]; unicode.IsUpper(r) || capsReadSmall(w) {
			initials = append(initials, unicode.ToUpper(r))
			named = named && (isFirstName(w) || isLastName(w))
		}
	}
	return len(initials) >= 2 && !named && strings.HasSuffix(acr, string(initials))
}

// capsReadSmall reports a word in capitals whose first letter OCR read
// small, three letters or more ("iSTENMEYEN" for the Turkish "İSTENMEYEN").
func capsReadSmall(w string) bool {
	r := []rune(w)
	return len(r) >= 3 && unicode.IsLower(r[0]) && isUpperWord(string(r[1:]))
}

// reBracketedAcronym is an acronym of capitals in brackets: "(PBPU)".
var reBracketedAcronym = regexp.MustCompile(`\((\p{Lu}{2,8})\)`)

// definedAcronyms are the acronyms a text defines: in brackets right
// after the capitalised words whose initials end with them ("Pekerja
// Bukan Penerima Upah (PBPU)"), words that are no listed names.
func definedAcronyms(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range reBracketedAcronym.FindAllStringSubmatchIndex(text, -1) {
		start := strings.LastIndexByte(text[:m[0]], '\n') + 1
		ws := strings.Fields(text[start:m[0]])
		k := len(ws)
		for k > 0 && (capitalised(ws[k-1]) || capsReadSmall(ws[k-1])) {
			k--
		}
		if acr := text[m[2]:m[3]]; len(ws)-k >= 2 && spellsAcronym(strings.Join(ws[k:], " "), acr) {
			out[acr] = true
		}
	}
	return out
}

// colonLine reports a run that is its whole line and ends in a colon:
// a label or a section's heading ("Dane Pracownika:"), whose value
// follows, no name.
func colonLine(text string, s, e int) bool {
	rest := text[e:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	opens := strings.TrimSpace(text[strings.LastIndexByte(text[:s], '\n')+1:s]) == ""
	tail := strings.TrimSpace(rest)
	return opens && (tail == ":" || tail == "" && strings.HasSuffix(text[s:e], ":"))
}

// holdsAcronym reports a name's text that holds, as a word, an acronym
// the page defines ("Iuran Peserta PBPU"): a term's, no person's.
func holdsAcronym(name string, acronyms map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if acronyms[strings.Trim(w, ".,;:()")] {
			return true
		}
	}
	return false
}

// eponymNoun reports a medical eponym's noun (eponymNouns), in any case.
func eponymNoun(w string) bool { return eponymNouns[strings.ToLower(strings.TrimRight(w, ".,;:"))] }

// brandTitle reports a titled name in capitals whose title has no period,
// on a priced row: a product's brand ("DR PEPPER 12PK 7.49", "MR MUSCLE"),
// no person.
func brandTitle(in *Input, s, e int) bool {
	name := in.Text[s:e]
	ws := strings.Fields(in.Text[strings.LastIndexByte(in.Text[:s], '\n')+1 : s])
	if len(ws) == 0 || !isUpperWord(name) || strings.ToUpper(name) != name {
		return false
	}
	title := ws[len(ws)-1]
	return reTitleWord.MatchString(title) && !strings.HasSuffix(title, ".") && isUpperWord(title) && inPriceTable(in, s, e)
}

// thingLabelBefore reports a colon label of a thing ("Vehicle:", "Item:",
// "Product:"; notPersonName) before text[start:], at most a number or a
// few capitalised words of the thing's name between them ("Vehicle: 2024
// Toyota Camry"): the capitalised words after it are the thing's name, no
// person's.
func thingLabelBefore(text string, start int) bool {
	line := text[strings.LastIndexByte(text[:start], '\n')+1 : start]
	ws := strings.Fields(line)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-thingNameWords; k-- {
		w := ws[k]
		if strings.HasSuffix(w, ":") {
			return thingWord(strings.TrimSuffix(w, ":"))
		}
		if patDigitCount(w) == 0 && !capitalised(w) {
			return false
		}
	}
	return false
}

// thingNameWords is the most words of a thing's name before a run of
// capitalised words that goes on with it ("Breed: Cavalier King Charles
// Spaniel").
const thingNameWords = 3

// spansColumnGap reports a span whose words a column's gap (columnGapAt)
// parts (a table's header "Antal     A-pris": two columns, no name).
func spansColumnGap(in *Input, s, e int) bool {
	if in.Page == nil {
		return false
	}
	for _, ln := range in.Lines {
		for k := 1; k < len(ln); k++ {
			a, b := ln[k-1], ln[k]
			if in.WordStart[a] >= s && in.WordEnd[b] <= e && columnGapAt(in, a, b) {
				return true
			}
		}
	}
	return false
}

// columnGapsMarked is the text of line ln with the space of each column's
// gap (columnGapAt) written as a vertical tab, which the name patterns
// (nameScan's mask) do not cross: "Jack Thompson" in a class list's row
// "Jack Thompson     Green" is a name, "Green" the next column's.
func columnGapsMarked(in *Input, ln []int, text string) string {
	if in.Page == nil {
		return text
	}
	base := in.WordStart[ln[0]]
	var b []byte
	for k := 1; k < len(ln); k++ {
		if a := ln[k-1]; columnGapAt(in, a, ln[k]) && in.WordEnd[a]-base < len(text) {
			if b == nil {
				b = []byte(text)
			}
			b[in.WordEnd[a]-base] = '\v'
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// columnGapAt reports a column's gap between words a and b of a line:
// three times the height, as OCR clips the boxes of initials ("C.W.
// Lassiter" looks two heights apart).
func columnGapAt(in *Input, a, b int) bool {
	return gapWider(in.Page.Words[a].Box, in.Page.Words[b].Box, 3)
}

// gapWider reports a space between two words of a line wider than times
// the line's height (at least 8 pixels): the gap between a table's or a
// form's columns.
func gapWider(prev, w doc.Box, times int) bool {
	return w.Left-prev.Right() > times*max(w.Height, 8)
}

// lowerWords counts the words of line ln that start with a lower-case
// letter.
func lowerWords(in *Input, ln []int) int {
	n := 0
	for _, w := range ln {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(in.Page.Words[w].Text)); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// wrappedWords is how many words each side of a line break wrappedNames
// reads: a name of up to four words.
const wrappedWords = 2

// wrappedMinLower is how many words in lower case each of two lines needs
// to be running text (a paragraph's), not a block's lines (an address, a
// signature).
const wrappedMinLower = 2

// wrappedNames finds the names that a paragraph's line break splits ("her
// husband, Thomas" / "Brennan, who drove"): the words each side of the
// break (wrappedBreaks) are read as one line, and a name found there that
// spans the break is kept.
func wrappedNames(in *Input) []Match {
	var out []Match
	// An apposition needs the word after its closing comma ("Your
	// relationship manager," / "Hemi Parata, can"): one word more each
	// side than the other rules read.
	for _, wide := range wrappedBreaks(in, wrappedWords+1) {
		b := wide.narrow(wrappedWords)
		s, joined := b.joined(in)
		for _, m := range nameMatches(joined, s) {
			if b.spans(in, m) {
				out = append(out, m)
			}
		}
		for _, m := range kinNames(joined, s) {
			// "her son," / "Tunde, who": the relative's noun ends the line.
			if m.Start >= in.WordStart[b.words[b.last+1]] && m.Start < in.WordEnd[b.words[len(b.words)-1]] {
				out = append(out, m)
			}
		}
		s, joined = wide.joined(in)
		for _, m := range appositionNames(joined, s) {
			if m.Start >= in.WordStart[wide.words[wide.last+1]] {
				out = append(out, m)
			}
		}
	}
	return out
}

// wrappedBreak is a line break inside a paragraph: the last words of a
// line and the first of the next, in reading order; the break follows
// words[last].
type wrappedBreak struct {
	words []int
	last  int
}

// narrow is b with at most n words each side of the break.
func (b wrappedBreak) narrow(n int) wrappedBreak {
	from := max(0, b.last+1-n)
	to := min(len(b.words), b.last+1+n)
	return wrappedBreak{words: b.words[from:to], last: b.last - from}
}

// joined is the text of b's words read as one line, line breaks as
// spaces (byte offsets kept), and where it starts in in.Text.
func (b wrappedBreak) joined(in *Input) (int, string) {
	s, e := in.WordStart[b.words[0]], in.WordEnd[b.words[len(b.words)-1]]
	return s, strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, in.Text[s:e])
}

// spans reports a match that starts before the break and ends after it.
func (b wrappedBreak) spans(in *Input, m Match) bool {
	return m.Start < in.WordEnd[b.words[b.last]] && m.End > in.WordStart[b.words[b.last+1]]
}

// wrappedBreaks are the breaks between two lines of running text (each
// with wrappedMinLower words in lower case or more; not a block's lines,
// an address or a signature), the second just below the first
// (lineBelow) and next in the page's text, the first not ending a
// sentence, a label or a priced row: n words each side.
func wrappedBreaks(in *Input, n int) []wrappedBreak {
	words := in.Page.Words
	var out []wrappedBreak
	for _, ln := range in.Lines {
		if len(ln) == 0 || strings.ContainsAny(strings.TrimSpace(words[ln[len(ln)-1]].Text), ".:;!?") || lowerWords(in, ln) < wrappedMinLower ||
			amountEndsRow(words, ln) || labelEndsRow(words, ln) {
			continue
		}
		next := lineBelow(in, words[ln[len(ln)-1]].Box)
		if next == nil || lowerWords(in, next) < wrappedMinLower || labelOpensRow(words, next) {
			continue
		}
		last, first := ln[len(ln)-1], next[0]
		if in.WordStart[first] < in.WordEnd[last] || strings.TrimSpace(in.Text[in.WordEnd[last]:in.WordStart[first]]) != "" {
			continue // other text between them: not the next line of the text
		}
		tail := ln[max(0, len(ln)-n):]
		b := wrappedBreak{words: append(append([]int(nil), tail...), next[:min(len(next), n)]...), last: len(tail) - 1}
		out = append(out, b)
	}
	return out
}

// wrappedLabelWords is how many words at a line's end a label's colon
// makes a field's value ("Caissière : Mme Hanane Tazi").
const wrappedLabelWords = 4

// labelEndsRow reports a line whose last words follow a label's colon:
// the field's value ends with the line ("… — Caissière : Mme Hanane
// Tazi" / "Prestations de soins …"), no sentence goes on.
func labelEndsRow(words []doc.Word, ln []int) bool {
	for _, wi := range ln[max(0, len(ln)-wrappedLabelWords):] {
		if strings.HasSuffix(strings.TrimSpace(words[wi].Text), ":") {
			return true
		}
	}
	return false
}

// wrappedOpeningLabelWords is how many words at a line's start a label's
// colon makes the next field's label.
const wrappedOpeningLabelWords = 7

// labelOpensRow reports a line that a label opens, its colon among its
// first words ("Aina ya ndoa / Form of marriage: …"): the next field of a
// form, no sentence's next line.
func labelOpensRow(words []doc.Word, ln []int) bool {
	return slices.ContainsFunc(ln[:min(len(ln), wrappedOpeningLabelWords)], func(wi int) bool {
		return strings.HasSuffix(strings.TrimSpace(words[wi].Text), ":")
	})
}

// amountEndsRow reports a line whose last or last but one word holds a
// digit: a priced row ("Výměna jističe 8 450,00 Kč"), no running text
// that a line break splits.
func amountEndsRow(words []doc.Word, ln []int) bool {
	for _, wi := range ln[max(0, len(ln)-2):] {
		if patDigitCount(words[wi].Text) > 0 {
			return true
		}
	}
	return false
}

// reContactName is a run of capitalised words (name particles between
// them) followed by the word that introduces a phone number, in the
// languages the detector reads, and the number's first digit: "Alan Feeney
// at (513)", "Jerome Wilhelm unter 0154", "Luis Cruz en el teléfono 684",
// "Coreno Lai al numero 060"; or a comma and a phone's word ("Okot Oryem,
// telephone 0782").
var reContactName = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+|de|del|la|los|las|van|von|der|di|da|le|du)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|los|las|van|von|der|di|da|le|du)){1,5})(?:,?\s+(?:on|at|unter|au|al|al numero|al número|en el|en el teléfono|al teléfono|sur le|am)|` +
	`,\s+(?:telephone|phone|tel\.?|mobile|cell|téléphone|tél\.?|teléfono|telefone|telefon|simu))\s+[+(]?\d`)

// contactNames finds the person a letter gives a phone number for: the
// capitalised words before "on", "unter", "au" and a number, without the
// ordinary words that start the run ("Sie Jerome Wilhelm unter …").
func contactNames(text string, base int) []Match {
	var out []Match
	for _, m := range reContactName.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		if !phoneAhead(text[m[1]-1:]) {
			continue // "admitted to St Koepp Hospital on 02/14/2023": a date
		}
		words := strings.Fields(text[s:e])
		k := 0
		for k < len(words)-2 && (isDictWord(strings.Trim(words[k], ",.")) && !knownName(words[k]) || nameParticles[words[k]]) {
			s += len(words[k]) + strings.Index(text[s+len(words[k]):], words[k+1])
			k++
		}
		rest := words[k:]
		if len(rest) < 2 || !contactNameWords(rest) {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: base + s, End: base + e, Score: contactNameScore, Source: "names:contact"})
	}
	return out
}

// phoneAhead reports a phone number at the start of text: seven digits or
// more among its first twenty characters, before any word with a letter
// (no number holds a unit: "500 mg 1+0+0 (5 days)"), and no date first.
// Its first number has at most maxPhoneDigits digits.
func phoneAhead(text string) bool {
	head := text[:min(len(text), 20)]
	for _, w := range strings.Fields(head) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			head = head[:strings.Index(head, w)]
			break
		}
	}
	if f := strings.Fields(head); len(f) > 0 && patDigitCount(f[0]) > maxPhoneDigits {
		return false // one number longer than any phone's: an ID or a card ("Nomor Kartu Keluarga 3273010907140005")
	}
	return patDigitCount(head) >= 7 && !phoneDateFirst.MatchString(strings.TrimLeft(head, "(+ ")) && len(patDate(head)) == 0 &&
		!reYearRange.MatchString(strings.TrimSpace(head))
}

// maxPhoneDigits is the most digits a phone number has, its country's
// code with it (ITU-T E.164).
const maxPhoneDigits = 15

// reYearRange is a span of two years, a season's or a school year's
// ("2026-2027", "2026/27"), no phone number.
var reYearRange = regexp.MustCompile(`^(?:19|20)\d\d\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d)$`)

// contactNameScore is the score of a name before a phone number.
const contactNameScore = 0.6

// contactNameWords reports words that name someone: a known name or one no
// dictionary has among them, and no label or form word.
func contactNameWords(ws []string) bool {
	named := false
	for _, w := range ws {
		c := strings.Trim(w, ",.")
		if isLabelWord(c) || isFormWord(c) || calendarWord(c, 1) || orgGeneric[strings.ToLower(c)] {
			return false
		}
		named = named || knownName(c) || capitalised(c) && !isDictWord(c)
	}
	return named
}

// givenNameTitle reports a title word that a list holds as a given name
// too ("Tuan", a Malay title and a Vietnamese given name): after a name's
// words it ends the name.
func givenNameTitle(w string) bool {
	return reTitleWord.MatchString(w) && isFirstName(w)
}

// signBeforeAmount reports a currency's sign before the amount that rest
// opens with on its line ("Rp" of "Rp 1.250.000").
func signBeforeAmount(sign, rest string) bool {
	rest, _, _ = strings.Cut(rest, "\n")
	f := strings.Fields(rest)
	return len(f) > 0 && amountSign(coreWord(sign)) && reAmountWord.MatchString(f[0])
}

// reAmountWord is an amount's digits with their separators.
var reAmountWord = regexp.MustCompile(`^[-+]?\d[\d.,']*$`)

// brokenTitledNames finds a titled name broken over two lines: "Dr. P. D."
// ending one line and the surname starting the next.
func brokenTitledNames(in *Input) []Match {
	var out []Match
	words := in.Page.Words
	for li := 0; li+1 < len(in.Lines); li++ {
		ln, next := in.Lines[li], in.Lines[li+1]
		if len(ln) == 0 || len(next) == 0 {
			continue
		}
		if m, ok := titleLineName(in, ln, next); ok {
			out = append(out, m)
			continue
		}
		// The line's last words: a title, then initials only.
		k := len(ln) - 1
		for k >= 0 && reInitialWord.MatchString(strings.TrimSpace(words[ln[k]].Text)) {
			k--
		}
		if k < 0 || !reTitleWord.MatchString(strings.TrimSpace(words[ln[k]].Text)) ||
			k > 0 && (taxCodeTitle(words[ln[k-1]].Text, words[ln[k]].Text) || closingTitle(words[ln[k-1]].Text)) {
			continue
		}
		sur := strings.TrimRight(strings.TrimSpace(words[next[0]].Text), ",.;:")
		if !reNameWord.MatchString(sur) || isDictWord(sur) && !isLastName(sur) {
			continue
		}
		score := 0.75
		if isLastName(sur) {
			score += 0.1
		}
		// The title stays out of the span, as on one line.
		start := in.WordStart[next[0]]
		if k+1 < len(ln) {
			start = in.WordStart[ln[k+1]]
		}
		out = append(out, Match{Type: entity.Person, Start: start, End: in.WordStart[next[0]] + len(sur), Score: score, Source: "names:title"})
	}
	return out
}

// titleLineName reads the name on the line after a title that stands alone
// on its line, as an address block prints it ("Frau" / "Sabine Kramer",
// "Monsieur" / "Julien Desmet"): two to four capitalised words, none a
// label's, a form's or a calendar's, one at least a name of the lists or
// of the lexicon's.
func titleLineName(in *Input, ln, next []int) (Match, bool) {
	words := in.Page.Words
	t := strings.TrimSpace(words[ln[0]].Text)
	if len(ln) != 1 || !reTitleWord.MatchString(t) && !lexicon.IsPersonalTitle(strings.TrimRight(t, ".,")) || len(next) < 2 || len(next) > 4 {
		return Match{}, false
	}
	listed := false
	for _, wi := range next {
		c := strings.TrimRight(strings.TrimSpace(words[wi].Text), ",")
		if !reNameWord.MatchString(c) || !capitalised(c) || isLabelWord(c) || isFormWord(c) || calendarWord(c, 1) {
			return Match{}, false
		}
		listed = listed || knownName(c) || lexicon.IsName(c)
	}
	if !listed {
		return Match{}, false
	}
	last := next[len(next)-1]
	end := in.WordStart[last] + len(strings.TrimRight(words[last].Text, ","))
	return Match{Type: entity.Person, Start: in.WordStart[next[0]], End: end, Score: titleLineScore, Source: "names:title"}, true
}

// titleLineScore is the score of a name under a title alone on its line.
const titleLineScore = 0.8

// unglueRules turns into spaces the underscores of form rules glued to a
// value, which hide its word boundary ("_DEE WALLIS", "Signed__HOPE
// RAMIREZ"): a run of two or more, or one that starts a word. A single
// underscore inside a word ("MR_STAFF") stays. Offsets do not change.
func unglueRules(text string) string {
	if strings.IndexByte(text, '_') < 0 {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); {
		if b[i] != '_' {
			i++
			continue
		}
		j := i
		for j < len(b) && text[j] == '_' {
			j++
		}
		if j-i >= 2 || i == 0 || text[i-1] == ' ' {
			for k := i; k < j; k++ {
				b[k] = ' '
			}
		}
		i = j
	}
	return string(b)
}

// nameMatches runs the name rules over one line of text starting at byte
// offset base of Input.Text.
func nameMatches(text string, base int) []Match {
	return markedNameMatches(text, text, base, itemRow(text))
}

// markedNameMatches is nameMatches on a line whose column gaps marked
// marks (columnGapsMarked): the name rules read each cell apart, as if
// the gap ended the line ("Jack Thompson" before the next column's
// "Green" is no street named after him); a row of goods (items), known by
// the whole line's price at its end, holds no run of names.
func markedNameMatches(text, marked string, base int, items bool) []Match {
	n := &nameScan{base: base, mask: asciiMask(marked)}
	cells := strings.ReplaceAll(marked, "\v", "\n")
	n.titled(cells)
	n.ranked(cells)
	n.roled(cells)
	n.initials(cells)
	n.fusedInitials(cells)
	n.colonPair(cells)
	n.surnameInitials(cells)
	n.lastFirst(cells)
	if !items {
		n.capitalisedRuns(cells)
		n.particled(cells)
		n.koreanNames(cells)
	}
	return n.out
}

// reItemPrice is a price at the end of a line: "4.50", "45.000",
// "1,234.56", "12,50 A" (a tax code after it), "10 .000" (OCR split it at
// its separator), "£9.99" (its currency's sign before it), and with a
// speck OCR read after it: "8.40. ZR", "16.80°SR", "60.00.".
var reItemPrice = regexp.MustCompile(`(?:^|\s)[-+]?[£$€¥₹]?\d{1,3}(?:[.,\s]\d{3})*\s?[.,]\d{2,3}(?:[.°]?\s+[A-Z*]{1,2}|°[A-Z]{1,2}|\.)?\s*$`)

// reQuantityLead opens a line of goods with its quantity and a times
// sign: "2 x Kaya Toast Set", "1x Teh Tarik", "3 × Espresso", and as OCR
// reads them, "2.x", "1 xX".
var reQuantityLead = regexp.MustCompile(`^\d{1,3}\s?[.,]?\s?(?:[xX×]{1,2})\s+\pL`)

// itemRow reports a line of goods or services priced at its end ("AYAM
// BAKAR MADU 1 45.000", "CURRY PUFF 3 1.20 3.60"), not opening with a
// date (a statement's row names its counterparty), or opening with its
// quantity ("1 x Nasi Lemak Ayam", whose price OCR may put on a line of
// its own): a run of capitalised words there names a product, not a
// person. A sentence that ends in an amount is no row ("Received with
// thanks from Rohan Mehta a sum of Rs. 25,000"), nor a transfer to or
// from a person ("Customer Transfer to PETER OTIENO 1,200.00"), nor a row
// with a phone number (phoneRow).
func itemRow(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	return reQuantityLead.MatchString(text) || pricedEnd(text) && !ledgerDateFirst(f) && !sentenceRow(f) && !transferRow(f) && !phoneRow(f)
}

// phoneRow reports a line that holds a phone number in its hyphened shape
// ("204-555-0182") or after a "+" country code: a staff list's or a
// contact list's row, whose last number is a room or an extension, not a
// price.
func phoneRow(f []string) bool {
	for k := range f {
		if idPhoneLike(f, k) {
			return true
		}
	}
	return false
}

// sentenceRowLower is how many lower-case words make a priced line a
// sentence: a row of goods has few ("Coffee with milk").
const sentenceRowLower = 4

// sentenceRow reports a line of words with sentenceRowLower lower-case
// words of letters or more.
func sentenceRow(f []string) bool {
	n := 0
	for _, w := range f {
		if w = strings.Trim(w, ",.;:"); letterCount(w) == len([]rune(w)) && strings.ToLower(w) == w {
			n++
		}
	}
	return n >= sentenceRowLower
}

// pricedEnd reports a price at the end of a line (reItemPrice), also
// with its currency's ISO code after it ("Bosch Geschirrspüler SMV4
// 649,00 EUR").
func pricedEnd(text string) bool {
	if reItemPrice.MatchString(text) {
		return true
	}
	text = strings.TrimRight(text, " ")
	i := strings.LastIndexByte(text, ' ')
	if i < 0 || len(text)-i-1 != 3 || strings.ToUpper(text[i+1:]) != text[i+1:] {
		return false
	}
	return currencyCode(text[i+1:]) && reItemPrice.MatchString(text[:i])
}

// ledgerRowText reports a statement's row: a date opens it and an amount ends
// it ("07/10 BPAY ORIGIN ENERGY 4471 212.35 9,810.05"). Its store numbers
// and suburbs are no postcode and town.
func ledgerRowText(text string) bool {
	f := strings.Fields(text)
	return len(f) >= 3 && ledgerDateFirst(f) && pricedEnd(text)
}

// ledgerDateFirst reports a line's words that open with a statement row's
// date, or with a transaction's receipt code and the date ("SJ41KX82P3
// 2024-10-03"), the table's rules and the specks that OCR read around them
// as marks left out ("|23.11.2025", "“08/04/2024").
func ledgerDateFirst(f []string) bool {
	text := func(k int) string { return strings.Trim(f[k], "|[],“”‘’\"'") }
	first := text(0)
	zeroDay := strings.IndexAny(strings.TrimLeft(first, "0"), "./-") == 0 // "0.00", an amount: no day is 0
	return reLedgerDate.MatchString(first) && !zeroDay || len(f) > 1 && ledgerReceiptDate(text)
}

// nameScan collects the matches of the name rules over one line, which
// starts at byte offset base of Input.Text.
type nameScan struct {
	base int
	// mask is the line with each non-ASCII letter replaced by as many
	// ASCII letters of its case ("Núñez" is matched as "Naaaez"), so that
	// the rules' patterns see whole words; words are read from the line.
	mask string
	out  []Match
}

// asciiMask replaces each non-ASCII rune of s by bytes of the same length:
// "A" for an upper-case letter, "a" for any other letter, a space for a
// space and "~" for anything else ("·" separates words as a symbol). Byte offsets do not change.
func asciiMask(s string) string {
	b := []byte(s)
	for i, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		c := byte('~')
		switch {
		case unicode.IsSpace(r):
			c = ' '
		case unicode.IsUpper(r):
			c = 'A'
		case unicode.IsLetter(r):
			c = 'a'
		}
		for k := 0; k < utf8.RuneLen(r); k++ {
			b[i+k] = c
		}
	}
	return string(b)
}

// add reports a name at text[s:e] with score, when the score is positive.
func (n *nameScan) add(s, e int, score float64, src string) {
	if score <= 0 {
		return
	}
	n.out = append(n.out, Match{Type: entity.Person, Start: n.base + s, End: n.base + e, Score: clamp01(score), Source: src})
}

// titled: a title and a name ("Dr. Kramer").
func (n *nameScan) titled(text string) {
	for pos := 0; pos < len(n.mask); {
		m := reTitled.FindStringSubmatchIndex(n.mask[pos:])
		if m == nil {
			return
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += pos
			}
		}
		pos = m[1]
		words := strings.Fields(text[m[4]:m[5]])
		last := words[len(words)-1]
		if taxCodeTitle(text[:m[2]], text[m[2]:m[4]]) {
			continue
		}
		if numberMarker(words[0]) {
			continue // "Reg. Prof. Nº 9.482": a professional's register ("profesional"), its number's marker
		}
		if text[m[2]:m[4]] == "Me " && !maitreName(append(slices.Clone(words), strings.Fields(text[m[5]:])...)) {
			continue // the English "me" in a title ("Give Me Liberty"), no French lawyer's "Maître"
		}
		initialed := len(words) > 1 && reInitialWord.MatchString(words[0]) // "dr. S.A. Lindeboom": initials vouch for a surname that is a word
		if isDictWord(last) && !isLastName(last) && !weakName(last) && !initialed || reTitleWord.MatchString(words[0]) ||
			reTitled.MatchString(strings.Join(words[1:], " ")) {
			// Not a name, or a title inside it ("Frau Kollegin Dr.
			// Weber"): read on from the word after the title.
			pos = m[4]
			continue
		}
		if after := strings.Fields(text[m[3]:]); len(words) == 1 && letterCount(last) >= 3 && !listedNameWord(last) && len(after) > 1 && after[0] == "." && reTitleWord.MatchString(after[1]) {
			continue // an abbreviation between titles is theirs: "Prof. Asoc. Dr. Ilir Dervishaj"
		}
		start := m[4]
		if len(words) > 1 && colleagueWord(words[0]) {
			// "Sehr geehrter Herr Kollege Pohlmann": the role stays too.
			start = m[4] + len(words[0]) + strings.IndexFunc(text[m[4]+len(words[0]):], func(r rune) bool { return !unicode.IsSpace(r) })
			words = words[1:]
		}
		score := 0.75
		if isLastName(last) {
			score += 0.1
		}
		if len(words) > 1 && isFirstName(words[0]) {
			score += 0.05
		}
		// The span leaves the title out: "Dr." is no personal data, and
		// stays on the page ("Dr. Kramer" becomes "Dr. Lindqvist").
		n.add(start, m[3], score, "names:title")
	}
}

// colleagueWords are the words for a colleague that a letter's salutation
// puts between the title and the name, in the languages the detector
// reads.
var colleagueWords = lowerSet(strings.Fields(`kollege kollegin collega collègue colleague collega's confrère confrere
	consœur consoeur`))

// colleagueWord reports a word for a colleague, also with an accent OCR
// changed ("Confrére", "Kollegé").
func colleagueWord(w string) bool {
	return colleagueWords[lexicon.Unaccented(strings.ToLower(w))]
}

// taxCodeTitle reports a "title" that is a receipt's tax code: upper case
// without a dot, right after an amount ("31.80 SR" ending a line, then the
// next item "BERAS SUPER 10KG").
func taxCodeTitle(before, title string) bool {
	t := strings.TrimSpace(title)
	if strings.ToUpper(t) != t || strings.ContainsAny(t, ".-") {
		return false
	}
	line := strings.Fields(before[strings.LastIndexByte(before, '\n')+1:])
	if len(line) == 0 {
		return false
	}
	prev := line[len(line)-1]
	return patDigitCount(prev) > 0 && !hasLetters(prev, 1)
}

// sectionWords name a form's section before its letter, in English,
// Spanish, Portuguese, Italian, French, German, Dutch, Indonesian, Malay
// and Polish.
var sectionWords = lowerSet(strings.Fields(`section sección seccion secção seção secao sezione partie rubrique
	part parte abschnitt teil deel onderdeel bagian seksyen bahagian sekcja część`))

// sectionLetter reports one letter and its period that open the line at
// text[s:e], a section's word before them allowed (sectionWords), before
// words in capitals to the line's end or an aside in brackets, the last of
// them one no name list holds, or one long word that no list holds as a
// surname: a form's section and its heading ("D. KONTAK DARURAT"), no
// initial and surname.
func sectionLetter(text string, s, e int) bool {
	ls := strings.LastIndexByte(text[:s], '\n') + 1
	le := strings.IndexByte(text[e:], '\n')
	if le < 0 {
		le = len(text) - e
	}
	rest := strings.Fields(text[e : e+le])
	head := strings.TrimSpace(text[ls:e])
	if f := strings.Fields(head); len(f) == 2 && sectionWords[strings.ToLower(coreWord(f[0]))] {
		head = f[1] // "SECCIÓN A. DATOS DEL CONTRIBUYENTE", "Part B. Employment"
		// The heading's words in capitals, before a column's head after
		// it ("SECCIÓN B. LIQUIDACIÓN DEL IMPUESTO   Importe (CUP)").
		if k := slices.IndexFunc(rest, func(w string) bool { return !allUpper([]string{w}) }); k >= 2 {
			rest = rest[:k]
		}
	}
	if len([]rune(head)) != 2 || !strings.HasSuffix(head, ".") {
		return false
	}
	if k := slices.IndexFunc(rest, func(w string) bool { return strings.HasPrefix(w, "(") }); k > 0 {
		rest = rest[:k] // an aside after the heading: "C. KLAUSURPRÜFUNGEN (schriftlich)"
	}
	if len(rest) == 1 {
		// A heading of one long word in capitals that no name list holds
		// as a surname: "B. DIPLOMARBEIT".
		w := strings.Trim(rest[0], ",.")
		return allUpper(rest) && letterCount(w) >= sectionWordMinLetters && !isLastName(w) && !listedNameWord(w)
	}
	return len(rest) >= 2 && allUpper(rest) && !listedNameWord(strings.Trim(rest[len(rest)-1], ",."))
}

// sectionWordMinLetters is the fewest letters of a section's heading of
// one word after its letter.
const sectionWordMinLetters = 6

// maitreName reports a French lawyer's or notary's name after "Me"
// (Maître), ws its words and those after it: a listed given name that no
// dictionary holds, then a capitalised word ("par Me Nadine
// Rizk-Daher"); the English "me" before a capitalised word ("Give Me
// Liberty") is none.
func maitreName(ws []string) bool {
	return len(ws) > 1 && isFirstName(ws[0]) && !isDictWord(ws[0]) && capitalised(coreWord(ws[1]))
}

// initials: initials and a surname ("R. B. Spell").
func (n *nameScan) initials(text string) {
	for _, m := range reInitials.FindAllStringSubmatchIndex(n.mask, -1) {
		sur := text[m[4]:m[5]]
		if notInitials[strings.NewReplacer(".", "", " ", "").Replace(text[m[2]:m[3]])] && !clockInitialsName(text, m) || rePronounI.MatchString(strings.TrimSpace(text[m[2]:m[3]])) ||
			labelTail(text[m[5]:]) || unitBefore(text[:m[2]]) || strings.HasPrefix(strings.TrimLeft(text[m[5]:], " "), ":") ||
			formNotInitials(text[m[2]:m[3]]) || idLabelWords[idWord(sur)] || vowelless(sur) || sectionLetter(text, m[2], m[3]) {
			// A "surname" that a colon ends is the next field's label
			// ("Delgado, Marcus T. MRN:"), and so is an ID's label word
			// ("La Florida S.A. Ced. Jur. 3-101-045872"); a firm's legal
			// form of three letters is no one's initials ("Transportes
			// del Sur-S.R.L. CUIT"; "N. A. Thaggard" has two); a
			// "surname" without a vowel is an abbreviation ("D.Lgs.", an
			// Italian legislative decree).
			continue
		}
		inits := strings.Count(text[m[2]:m[3]], ".")
		if inits == 0 && strings.Contains(text[m[2]:m[3]], ",") && lexicon.PlacePopulation(strings.Trim(sur, ",.")) >= locTownPopulation {
			// "Ste-Catherine O, Montreal,": a street's direction and the
			// town after it, no initial read with a comma and a surname.
			continue
		}
		score := 0.55 + 0.05*float64(inits)
		if isDictWord(sur) && !isLastName(sur) {
			// "R. B. Spell" is a name; "P. O. Box" and "U.S. Government"
			// are not, nor a unit's abbreviation and a long word that
			// names its field ("U.O. Radiologia").
			if inits < 2 || isFormWord(sur) || wordPhraseAfter(text[m[5]:]) || letterCount(sur) >= initialsLongWord {
				continue
			}
			score -= 0.1
		}
		if isLastName(sur) {
			score += 0.15
		}
		if len(sur) < 3 {
			score -= 0.2
		}
		n.add(m[2], hyphenParticleEnd(text, sur, m[5]), score, "names:initials")
	}
}

// reParticleTail is a surname that a hyphen and a particle end, then the
// next surname: a Dutch married name ("Kuipers-van Dijk", "Jansen-de
// Vries"), which the hyphen joins.
var reParticleTail = regexp.MustCompile(`-(?:van der|van den|van de|van|von|de|der|den|ter|ten)$`)

// hyphenParticleEnd is the end of a surname sur ending at byte e, past
// the capitalised word after it when sur ends in a hyphen and a particle.
func hyphenParticleEnd(text, sur string, e int) int {
	if !reParticleTail.MatchString(sur) {
		return e
	}
	rest := text[e:]
	if !strings.HasPrefix(rest, " ") {
		return e
	}
	ws := strings.Fields(lineRest(rest, 0))
	if len(ws) == 0 || !isCapitalisedToken(strings.TrimRight(ws[0], ",.;")) {
		return e
	}
	return e + strings.Index(rest, ws[0]) + len(strings.TrimRight(ws[0], ",.;"))
}

// clockInitialsName reports initials that spell a clock's "A.M." or
// "P.M." with two periods before a hyphenated or listed surname that
// is no ordinary word, after no number: a person's ("A.M.
// Verhoef-Lindeman"), not a time ("9 A.M. Eastern").
func clockInitialsName(text string, m []int) bool {
	inits, sur := strings.TrimSpace(text[m[2]:m[3]]), text[m[4]:m[5]]
	first := strings.Split(sur, "-")[0]
	if inits != "A.M." && inits != "P.M." || isDictWord(first) || !strings.Contains(sur, "-") && !isLastName(sur) {
		return false
	}
	before := strings.TrimRight(text[:m[2]], " ")
	return before == "" || !patIsDigit(before[len(before)-1])
}

// initialsLongWord is the length from which a dictionary word that no
// surname list holds is no surname after initials.
const initialsLongWord = 8

// formNotInitials reports dotted capitals that spell a legal form of
// three letters or more ("S.R.L.", "S.A.C."): a firm's, no one's
// initials; two ("N. A.", "S.A.") are initials as often.
func formNotInitials(s string) bool {
	return letterCount(s) >= 3 && isLegalForm(strings.TrimSpace(s))
}

// unitBefore reports a unit's word right before a letter ("Piso 3 Dto.
// B, CABA", "Apt. C Smith Street"), or glued by a hyphen to the floor's
// number ("3-Dto. B"): the letter is the unit's, no initial.
func unitBefore(head string) bool {
	ws := strings.Fields(head)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if reFloorNumber.MatchString(last) {
		return true // a floor's number: "Av. Santa Fe 2844, 3° B"
	}
	return unitToken(strings.TrimRight(last[strings.LastIndexByte(last, '-')+1:], ","))
}

// reFloorNumber is a floor's number written with an ordinal's sign, as
// Spanish and Portuguese addresses write it ("3°", "2º", "1ª").
var reFloorNumber = regexp.MustCompile(`^\d{1,2}[°ºª]$`)

// wordPhraseAfter reports a capitalised ordinary word right after a
// span: the span's last word starts a phrase of words, no surname ("U.O.C.
// Medicina Interna", a hospital's unit).
func wordPhraseAfter(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) == 0 || !unicode.IsLetter([]rune(ws[0])[0]) {
		return false // "J. R. Smith, Manager"
	}
	w := strings.Trim(ws[0], ",.;:")
	return capitalised(w) && isDictWord(w) && !knownName(w)
}

// labelTailWords is how many lower-case words may end a label after a
// capitalised one ("N. Securite sociale :").
const labelTailWords = 2

// labelTail reports that the words after a name-like span are the rest of
// a label: up to labelTailWords lower-case words or dotted abbreviations,
// then a colon ("N. Securite sociale : 1 84 07 …" and "N. Afiliación
// S.S.: 31/…" are labels, "N." their number marker).
func labelTail(rest string) bool {
	head, _, ok := strings.Cut(rest, ":")
	if !ok {
		return false
	}
	ws := strings.Fields(head)
	if len(ws) == 0 || len(ws) > labelTailWords {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) && !reDottedAbbr.MatchString(w) {
			return false
		}
	}
	return true
}

// reDottedAbbr is an abbreviation of dotted capitals ("S.S.", "N.I.").
var reDottedAbbr = regexp.MustCompile(`^(?:\p{Lu}\.){2,}$`)

// fusedInitials: two initials read as one word and a surname ("JH. Wexby").
func (n *nameScan) fusedInitials(text string) {
	for _, m := range reFusedInitials.FindAllStringSubmatchIndex(n.mask, -1) {
		inits, sur := text[m[2]:m[3]], text[m[4]:m[5]]
		// An upper-case word after two capitals is as often a heading or
		// a brand ("KS. GOLD"): only a surname of the curated list counts
		// then.
		if strings.ToUpper(sur) == sur && !lastNames[normWord(sur)] {
			continue
		}
		if notInitials[inits] || notFusedInitials[inits] || len(sur) < 4 || isDictWord(sur) && !isLastName(sur) ||
			reTitleWord.MatchString(sur) || reSuffixWord.MatchString(sur) {
			continue
		}
		score := 0.55
		if isLastName(sur) {
			score += 0.15
		}
		n.add(m[2], m[5], score, "names:initials")
	}
}

// colonPair: a capitalised pair after a colon that ends a label the other
// rules did not read ("NOTE T 2: Elmo Quaddle"), closing its line.
func (n *nameScan) colonPair(text string) {
	m := reColonPair.FindStringSubmatchIndex(n.mask)
	if m == nil {
		return
	}
	a, b := text[m[2]:m[3]], text[m[4]:m[5]]
	// The label must be garbled: a digit glued to its colon ("T 1:"),
	// not a word ("Brand: Zest Lights", "RD: Zest Lights").
	lab := text[:m[0]]
	lab = lab[strings.LastIndexByte(lab, ' ')+1:]
	garbled := lab != "" && strings.ContainsAny(lab, "0123456789")
	if garbled && !isCommonWord(a) && !isCommonWord(b) && len(a) >= 3 && len(b) >= 3 &&
		strings.ToUpper(a) != a && strings.ToUpper(b) != b {
		score := 0.55
		if isFirstName(a) || isLastName(b) {
			score += 0.15
		}
		n.add(m[2], m[5], score, "names:colon-pair")
	}
}

// surnameInitials: a surname and its initials ("Spell, R. B.").
func (n *nameScan) surnameInitials(text string) {
	for _, m := range reSurnameInitials.FindAllStringSubmatchIndex(n.mask, -1) {
		sur := text[m[2]:m[3]]
		// A possessive is a label's word: "INSURED'S I.D. NUMBER".
		possessive := possessiveStem(sur) != sur
		// A firm's legal form is no one's initials ("Nexus Pharma S.A.C."),
		// nor is a district's after its city ("Tegucigalpa, M.D.C.").
		// "A. M." after a family name a list holds is its initials, no
		// time of day ("Karimov A. M.").
		inits := strings.NewReplacer(".", "", " ", "").Replace(text[m[4]:m[5]])
		meridiem := (inits == "AM" || inits == "PM") && isLastName(sur) && !isDictWord(sur)
		if possessive || isDictWord(sur) && !isLastName(sur) || len(sur) < 3 || reTitleWord.MatchString(sur) || isCityName(sur) && !isLastName(sur) ||
			formNotInitials(text[m[4]:m[5]]) || notInitials[inits] && !meridiem {
			continue
		}
		// Skip when the initials start the next name ("Spell, R. Smith"),
		// or when a number follows the one letter: a number's marker
		// ("FACTURA B N. 0004-00018273"), not an initial.
		// A colon after the initials ends a label's abbreviation ("N.
		// Afiliación S.S.:", "Derek M.I.:"), unless one initial follows a
		// listed surname ("Smith J.:").
		rest := strings.TrimLeft(text[m[5]:], " ")
		written := strings.TrimSpace(text[m[4]:m[5]])
		if m[5] < len(text) && unicode.IsLetter(rune(text[m[5]])) ||
			len(strings.Fields(written)) == 1 && rest != "" && unicode.IsDigit(rune(rest[0])) ||
			(strings.HasPrefix(rest, ":") || strings.HasSuffix(written, ":")) && (!isLastName(sur) || letterCount(written) > 1) {
			continue
		}
		score := 0.55
		if isLastName(sur) {
			score += 0.15
		}
		end := len(strings.TrimRight(text[:m[5]], " "))
		n.add(m[2], end, score, "names:surname-initials")
	}
}

// partnersGoOn reports a list of partners that goes on in the words rest
// after a name: a conjunction or a legal form among its first two words
// ("Riccio e Scaglione", "Roybal y de Jesús").
func partnersGoOn(rest string) bool {
	ws := strings.Fields(rest)
	for k := 0; k < len(ws) && k < 2; k++ {
		if orgConj[strings.ToLower(ws[k])] || isLegalForm(ws[k]) {
			return true
		}
	}
	return false
}

// reNextNameWord is the word right after a given name.
var reNextNameWord = regexp.MustCompile(`^ (` + nameWord + `)\b`)

// secondGivenName is the length of a second given name at the start of
// rest, after a "Surname, Given" name without its initial (bare): a
// listed given name, or a listed name that no dictionary holds as a word
// ("ALVAREZ, JOSEFINA MARIA"), that no list of partners follows; 0 for
// none.
func secondGivenName(rest string, bare bool) int {
	m := reNextNameWord.FindStringSubmatchIndex(rest)
	if !bare || m == nil {
		return 0
	}
	w := rest[m[2]:m[3]]
	if !isFirstName(w) && !(knownName(w) && !isDictWord(w)) || isFormWord(w) || reTitleWord.MatchString(w) || partnersGoOn(strings.TrimLeft(rest[m[1]:], " ")) {
		return 0
	}
	return m[1]
}

// lastFirst: a surname, a comma and a given name ("Spell, Ronald").
func (n *nameScan) lastFirst(text string) {
	for _, m := range reLastFirst.FindAllStringSubmatchIndex(n.mask, -1) {
		last, first := text[m[2]:m[3]], text[m[4]:m[5]]
		// A pronoun before the comma starts a declaration ("Yo,
		// Alejandra", "Ich, Kerem").
		// "HOOK, HARDY & BACON" is a firm.
		firm := strings.HasPrefix(strings.TrimLeft(text[m[5]:], " "), "&") || institutionAfter(text[m[5]:]) ||
			orgSuffixHead(last) // "Hillcrest Medical Centre, Hamilton"
		// "Park, MD": a degree or a suffix after the comma, not a given
		// name; nor is an ID's acronym ("Ortega, CURP HEOJ850312…").
		degree := lexicon.IsAcademicDegree(first) || lexicon.IsAcademicDegree(first+".") || idLabelAfterComma(first, false) && isUpperWord(first)
		// "FRIDAY, JANUARY 18": a date's month with its day, not a given name.
		rest := strings.TrimLeft(text[m[5]:], " ")
		dated := calendarWord(first, 1) && rest != "" && patIsDigit(rest[0])
		// "Elm Park, Dublin 4, D04 T6F4": a town and its district's
		// number; "Saint-Denis, Montréal (Québec)": a town and its region.
		placed := rest != "" && (patIsDigit(rest[0]) || rest[0] == '(') && lexicon.PlacePopulation(first) >= locTownPopulation
		// "Department of Cardiology, Galway": an ordinary word that no
		// surname list holds, after a lower-case word of a phrase.
		placed = placed || isDictWord(last) && !isLastName(last) && lowerWordBefore(text, m[2])
		// "Providencia, Santiago" after a street: a district and its town,
		// both places, the town a large one.
		placed = placed || lexicon.PlacePopulation(first) >= locCityPopulation && lexicon.PlaceCountries(last) != nil
		// "Dublin, Ireland": a town and its country; "(Haute-Savoie,
		// France)": a place in brackets and its country.
		placed = placed || countryWord(first) && (lexicon.PlaceCountries(last) != nil || strings.HasSuffix(text[:m[2]], "(") || strings.HasPrefix(last, "("))
		// "Guatemala, Guatemala", "Panamá, Panamá": a town and the
		// department or country it names.
		placed = placed || strings.EqualFold(first, last) && (countryWord(first) || lexicon.PlacePopulation(first) > 0 || len(lexicon.RegionCountries(first)) > 0)
		// "37160 Leon, Guanajuato": a town and its state after a postcode.
		placed = placed || postcodeBefore(text, m[2]) && len(lexicon.RegionCountries(first)) > 0
		// "51 Little France Crescent, Edinburgh": a street's type and its town.
		placed = placed || lexicon.IsStreetType(strings.ToLower(last)) && houseNumberBefore(text, m[2])
		// "Lekki-Epe Expressway, Lekki Phase 1": a street's type that no
		// surname list holds, after the street's name.
		placed = placed || lexicon.IsStreetType(strings.ToLower(last)) && !isLastName(last) && capitalisedWordBefore(text, m[2])
		// "North EDSA, Quezon City": the word after the given name names a
		// town with it.
		placed = placed || townWithNext(first, rest)
		// "JLN JEJAKA, TAMAN MALURI": a street's type before the surname,
		// no title ("Dr O'Connell, Willis").
		placed = placed || streetTypeBefore(text, m[2]) && !titleBefore(text, m[2])
		// "Barangay Hall, Lopez Avenue, Anos": the given name opens a
		// street's name, its type after it.
		placed = placed || streetTypeNext(text, m[5])
		// "10:30 Uhr, Saal 112": the word after a clock time is its unit;
		// "Résidence Yasmine, Imm. 4": a word its period cuts short, a
		// number after it, is an abbreviation, the building's.
		timed := clockBefore(text, m[2]) || abbreviatedBeforeNumber(rest)
		// "TERIMA KASIH, SILA DATANG LAGI": a sentence goes on after the
		// comma's word with two function words.
		sentence := sentenceGoesOn(rest)
		// "NGUYEN, BAO": a listed surname before the comma vouches for a
		// given name that no list holds, no common word nor place, unless
		// a list goes on after it ("Ness, Motley, Loadholt", "Martellucci,
		// Riccio e Scaglione s.r.l."), it is cut short ("Austin, Te.") or
		// the surname ends a name ("Dr. Sabine Wienecke, Chefärztin": the
		// office follows).
		unlisted := !isFirstName(first) && isLastName(last) && frameNameShape(first) && letterCount(first) >= 3 && !isCommonWord(first) &&
			lexicon.PlacePopulation(first) < locTownPopulation && len(lexicon.RegionCountries(first)) == 0 && !countryWord(first) &&
			!strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, ",") && !partnersGoOn(rest) && !capitalisedWordBefore(text, m[2])
		office := acronymOffice([]string{last, first}) // "SHO, Police"
		// "M. Crowley, Parish Secretary": an initial before the surname
		// opens a name that the surname ends; the office follows.
		office = office || initialBefore(text, m[2])
		if timed || sentence || firm || degree || dated || placed || office || isFormWord(last) || reTitleWord.MatchString(last) || rePronounI.MatchString(last) {
			continue
		}
		if e := givenNamesEnd(text, m[4]); e > 0 && isLastName(last) {
			if s, ok := givenNameBefore(text, m[2]); ok && isLastName(text[s:m[2]-1]) {
				// "Silveira Rodríguez, Juan Pablo": two surnames, then the
				// given names that end the line, as Spanish-speaking
				// countries write a name; a dictionary that holds a given
				// name ("juan") does not part it.
				n.add(s, e, 0.75, "names:last-first")
				continue
			}
			if !isFirstName(first) {
				n.add(m[2], e, 0.7, "names:last-first")
				continue
			}
		}
		if !isFirstName(first) && !unlisted {
			continue
		}
		if s, ok := givenNameBefore(text, m[2]); ok {
			// "Salote Fifita, Jone Raikadroka": a list of names, each
			// given name first; the comma parts two people.
			n.add(s, m[3], listedNameScore, "names:list")
			continue
		}
		score := 0.6
		if isDictWord(last) && !isLastName(last) || unlisted {
			score -= 0.1
		}
		if isLastName(last) {
			score += 0.15
		}
		n.add(m[0], m[1]+secondGivenName(text[m[1]:], m[1] == m[5]), score, "names:last-first")
	}
}

// givenNamesMax is the most given names after a "Surname, " that end
// their line.
const givenNamesMax = 3

// givenNamesEnd is the end of the given names from byte s of text to the
// end of its line, or 0: one to givenNamesMax capitalised words of three
// letters or more that the name lists hold, a dictionary's too ("Juan",
// "Pablo"), no label, title, form's word or city among them, and no
// period after them ("Austin, Tex." is cut short).
func givenNamesEnd(text string, s int) int {
	eol := strings.IndexByte(text[s:], '\n')
	if eol < 0 {
		eol = len(text) - s
	}
	line := strings.TrimRight(text[s:s+eol], " ")
	ws := strings.Fields(line)
	if len(ws) == 0 || len(ws) > givenNamesMax || !lexicon.IsName(normWord(ws[0])) {
		return 0
	}
	for _, w := range ws {
		if !isCapitalisedToken(w) || letterCount(w) < 3 || letterCount(w) != len([]rune(w)) || !lexicon.IsName(normWord(w)) ||
			isLabelWord(w) || isFormWord(w) || isPersonalTitleToken(w) || lexicon.PlacePopulation(w) >= locCityPopulation {
			return 0
		}
	}
	return s + len(line)
}

// abbreviatedBeforeNumber reports rest, the text after a word, as that
// word's period and a number ("Imm. 4"): the word is an abbreviation.
func abbreviatedBeforeNumber(rest string) bool {
	after, ok := strings.CutPrefix(rest, ".")
	after = strings.TrimLeft(after, " ")
	return ok && after != "" && patIsDigit(after[0])
}

// titleBefore reports a personal title as the word right before byte s of
// text.
func titleBefore(text string, s int) bool {
	ws := strings.Fields(text[:s])
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	return titleWord(w) || isPersonalTitle(strings.TrimRight(w, "."))
}

// townWithNext reports a town of locTownPopulation people or more whose
// name is word and the first word of rest ("Quezon City", "Santa Cruz"),
// also with an accent OCR added ("Quézon City").
func townWithNext(word, rest string) bool {
	next := strings.Fields(rest)
	if len(next) == 0 {
		return false
	}
	town := word + " " + strings.Trim(next[0], ",.;")
	return max(lexicon.PlacePopulation(town), lexicon.PlacePopulation(lexicon.Unaccented(town))) >= locTownPopulation
}

// listedNameScore is the score of a name in a list of names.
const listedNameScore = 0.6

// sentenceGoesOn reports text that opens with two function words of a
// language the stopword lists hold ("DATANG LAGI …"): a sentence's, not
// a list of names.
func sentenceGoesOn(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws[:2] {
		if lexicon.StopwordLanguages(strings.ToLower(coreWord(w))) == nil {
			return false
		}
	}
	return true
}

// givenNameBefore reports a given name right before the surname at byte s
// of text ("Salote" of "Salote Fifita, Jone Raikadroka"): a capitalised
// word of letters that a list holds as a given name or no dictionary
// holds, and no title, label or form word. It returns where it starts.
func givenNameBefore(text string, s int) (int, bool) {
	ws := wordsBefore(text, s)
	if len(ws) == 0 {
		return 0, false
	}
	w := ws[len(ws)-1]
	if !isCapitalisedToken(w) || letterCount(w) < 2 || letterCount(w) != len([]rune(w)) || isPersonalTitleToken(w) ||
		isLabelWord(w) || isFormWord(w) || !isFirstName(w) && isDictWord(w) {
		return 0, false
	}
	return strings.LastIndex(text[:s], w), true
}

// wordsBefore are the words of text's line before byte s.
func wordsBefore(text string, s int) []string {
	return strings.Fields(text[strings.LastIndexByte(text[:s], '\n')+1 : s])
}

// possessives are the English possessive determiners: a capitalised run
// right after one names a thing someone owns ("her Toyota Corolla", "his
// Samsung Galaxy"), no person.
var possessives = lowerSet([]string{"my", "your", "his", "her", "its", "our", "their"})

// possessiveBefore reports a possessive determiner as the word before
// byte s of text, on its line.
func possessiveBefore(text string, s int) bool {
	ws := wordsBefore(text, s)
	return len(ws) > 0 && possessives[ws[len(ws)-1]]
}

// lastWordOf is the run's last word: third, or last when there is none.
func lastWordOf(first, last, third string) string {
	if third != "" {
		return third
	}
	return last
}

// describedBefore reports a capitalised ordinary word right before byte s
// of text's line, one no name list holds and no label's, title's or
// role's: the words from s go on its phrase ("Deluxe Deniz Manzaralı").
func describedBefore(text string, s int) bool {
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	ws := wordsBefore(text, s)
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	core := coreWord(w)
	return core == w && capitalised(core) && !isUpperWord(core) && isDictWord(core) && !knownName(core) && !lexiconName(core) &&
		!isLabelWord(core) && !titleOrHonorific(core) && !staffRole(core) && !kinWord(core)
}

// wordsAfter are the words of text's line from byte i.
func wordsAfter(text string, i int) []string {
	line, _, _ := strings.Cut(text[i:], "\n")
	return strings.Fields(line)
}

// houseNumberBefore reports a house number among the words of text's line
// before byte s.
func houseNumberBefore(text string, s int) bool {
	return slices.ContainsFunc(wordsBefore(text, s), houseNumber)
}

// capitalisedWordBefore reports a capitalised word right before byte s of
// text on its line.
func capitalisedWordBefore(text string, s int) bool {
	ws := wordsBefore(text, s)
	return len(ws) > 0 && isCapitalisedToken(ws[len(ws)-1]) && letterCount(ws[len(ws)-1]) >= 2
}

// initialBefore reports an initial, a capital and its period, right
// before byte s of text ("M. Crowley").
func initialBefore(text string, s int) bool {
	ws := wordsBefore(text, s)
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// postcodeBefore reports a number of four digits or more right before
// byte s of text, as a postcode stands before its town.
func postcodeBefore(text string, s int) bool {
	ws := strings.Fields(text[:s])
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimRight(ws[len(ws)-1], ",")
	return len(w) >= 4 && countDigits(w) == len(w)
}

// locCityPopulation is the population of a city large enough that, after
// a place and a comma, its name is the city's, not a given name
// ("Providencia, Santiago").
const locCityPopulation = 500000

// lowerWordBefore reports a lower-case word of letters right before byte
// s of text ("of" in "Department of Cardiology").
func lowerWordBefore(text string, s int) bool {
	ws := strings.Fields(text[:s])
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	return letterCount(w) == len([]rune(w)) && strings.ToLower(w) == w
}

// commaBefore reports a comma that ends the text before byte s on its
// line ("Woreda 03, " before a town).
func commaBefore(text string, s int) bool {
	before := strings.TrimRight(text[:s], " ")
	return strings.HasSuffix(before, ",")
}

// institutionAfter reports that the words right after a name in "Last,
// First" position continue it into an institution or a firm ("Raman,
// Belmont Health Centre"): a capitalised word, then the head noun or legal
// form within two words. The word after the comma is the institution's,
// not a given name.
func institutionAfter(rest string) bool {
	ws := strings.Fields(rest)
	for k := 0; k < len(ws) && k < 2; k++ {
		core := strings.Trim(ws[k], ".,;:()")
		if !capitalised(core) {
			return false
		}
		low := strings.ToLower(core)
		if orgInstTails[low] || orgInstHeads[low] || isLegalForm(ws[k]) {
			return true
		}
		if _, suffix := orgSuffixStrength[low]; suffix {
			return true
		}
	}
	return false
}

// reParticled is a given name, a surname's particles in lower case and the
// surname ("Pieter van der Merwe", "Pedro de Almeida", "Ursula von der
// Leyen", the Welsh "Llewelyn ap Dafydd"), which the runs of capitalised
// words do not join; or a given name, the mark of a son or a daughter and
// the father's name, as Malay and Tamil names in Malaysia and Singapore
// write it ("Muthukumar s/o Ravindran", "Noraini binti Samsudin").
var reParticled = regexp.MustCompile(`\b(` + nameWord + `)\s+(?:van der|van den|van de|von der|van|von|de la|de los|del|de|da|das|dos|do|du|ter|ten|ap|ab|ferch|verch|` +
	quotedAlternatives(entity.FiliationMarkWords) + `)\s+(` + nameWord + `)\b`)

// quotedAlternatives are words as a regular expression's alternatives,
// each matched literally ("b." is no "b" and any character).
func quotedAlternatives(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// scoreParticled is a particled name's score, before its surname's
// evidence.
const scoreParticled = 0.6

// particled finds the names of reParticled whose given name a list holds.
func (n *nameScan) particled(text string) {
	for _, m := range reParticled.FindAllStringSubmatchIndex(n.mask, -1) {
		given, sur := text[m[2]:m[3]], text[m[4]:m[5]]
		if !particledName(text, m[2], given, strings.TrimSpace(text[m[3]:m[4]]), sur, m[5]) {
			continue
		}
		score := scoreParticled
		if isLastName(sur) || surnameBeforeParticle(wordsBefore(text, m[2]), given) {
			// a listed surname, or a second one after a given name and
			// a first surname: "Leidy Johana Arboleda de Quintero"
			score += 0.15
		}
		n.add(m[2], m[5], score, "names:run")
	}
}

// surnameBeforeParticle reports a listed surname right after a listed
// given name on its line (words before it are ws): a second surname joined
// by its particle follows it, as a married Spanish or Portuguese name
// writes it ("Leidy Johana Arboleda de Quintero", "Maria Santos da
// Silva"), though a dictionary holds either surname.
func surnameBeforeParticle(ws []string, sur string) bool {
	if len(ws) == 0 || !frameNameWord(sur) {
		return false
	}
	prev := ws[len(ws)-1]
	return capitalised(prev) && strings.ToUpper(prev) != prev && isFirstName(prev) && (knownName(prev) || !isDictWord(prev))
}

// secondSurname reports the surname after a first surname's particle
// (sur, ending at e): a name's word in title case that ends its line or
// clause, no label's, street's or firm's word.
func secondSurname(text, sur string, e int) bool {
	if !capitalised(sur) || strings.ToUpper(sur) == sur || !frameNameWord(sur) || isLabelWord(sur) || orgSuffixHead(sur) || streetSuffixes[normWord(sur)] {
		return false
	}
	rest := strings.TrimLeft(text[e:], " ")
	return rest == "" || strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, ",")
}

// particledName reports a given name and a surname in title case that can
// be a person's: no street or saint's place before them ("Av. Pedro de
// Valdivia", "San Juan de Dios"), and a surname that is no ordinary word,
// place or label, nor a street's or firm's word after it. A surname that
// is also an ordinary word counts when the lexicon holds it with its
// particles ("de Vries", "de Boer").
func particledName(text string, s int, given, particles, sur string, e int) bool {
	ws := wordsBefore(text, s)
	if !capitalised(given) || strings.ToUpper(given) == given {
		return false
	}
	if surnameBeforeParticle(ws, given) {
		return secondSurname(text, sur, e)
	}
	if !isFirstName(given) || isDictWord(given) && !weakName(given) {
		return false
	}
	if len(ws) > 0 {
		prev := strings.Trim(ws[len(ws)-1], ".,")
		if streetTypeWord(prev) || saintWords[strings.ToLower(prev)] {
			return false
		}
	}
	low := normWord(sur)
	if strings.ToUpper(sur) == sur || isDictWord(sur) && !isLastName(sur) && !lexicon.IsName(particles+" "+sur) || isLabelWord(sur) || calendarWord(sur, 1) || orgSuffixHead(sur) ||
		streetSuffixes[low] || !isLastName(sur) && isCityName(sur) {
		return false
	}
	if _, country := lexicon.CountryByName(sur); country {
		return false
	}
	return !streetTypeNext(text, e) && !labelAfter(text, e)
}

// staffNouns are the heads of staff roles and the ranks written before
// a name in a sentence ("Meter Reader", "shift lead", "Detective
// Sergeant"), besides the offices a signer holds (officeWords) and the
// roles that label a field (roleKeys).
var staffNouns = lowerSet([]string{"reader", "lead", "engineer", "cashier", "receptionist", "constable", "sergeant",
	"detective", "corporal", "warden", "ranger", "captain", "lieutenant"})

// staffRole reports a staff role's head noun.
func staffRole(w string) bool {
	l := strings.ToLower(w)
	if staffRoleWord(l) {
		return true
	}
	_, ok := otherAccent(l, staffRoleWord)
	return ok
}

// staffRoleWord reports a lower-case staff noun, office word or role, or
// a compound that a long role ends ("etuuskäsittelijä", a benefits'
// handler in Finnish; "Leistungssachbearbeiterin").
func staffRoleWord(l string) bool {
	return staffNouns[l] || officeWords[l] || roleKeys[l] || compoundRole(l)
}

// compoundRoleMin is the fewest letters of a role that ends a compound
// role, and of the compound's head before it.
const compoundRoleMin = 8

// compoundRole reports a word that ends in a role of compoundRoleMin
// letters or more after a head of three letters or more.
func compoundRole(l string) bool {
	if len(l) < 3+compoundRoleMin {
		return false // too short in bytes, so in letters too: no conversion on this hot path
	}
	r := []rune(l)
	for i := 3; i+compoundRoleMin <= len(r); i++ {
		if roleKeys[string(r[i:])] {
			return true
		}
	}
	return false
}

// reRanked is a staff role or rank, capitalised or in lower case in
// running text ("hoitaja Pirkko Luoma"), then two or three capitalised
// words ("Constable Mutinta Hamoonga", "Detective Sergeant
// Bwalya Musonda", "Duty Manager Shintaro Kurebayashi").
var reRanked = regexp.MustCompile(`\b(\p{L}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?)\b`)

// rankedScore is the score of a name after a staff role or a rank.
const rankedScore = 0.7

// ranked: a staff role's or a rank's noun and the name after it, the
// role left on the page. No word of the name is a role, a dictionary
// word that no list holds, a street's or a firm's word, or a label.
func (n *nameScan) ranked(text string) {
	for pos := 0; pos < len(text); {
		m := reRanked.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			return
		}
		for k := range m {
			m[k] += pos
		}
		pos = m[3] // read on from the next word: "Detective Sergeant Bwalya Musonda"
		if !staffRole(text[m[2]:m[3]]) {
			continue
		}
		s, e := m[4], m[5]
		ws := strings.Fields(text[s:e])
		for len(ws) > 2 && !rankedNameWord(ws[len(ws)-1]) {
			e -= len(ws[len(ws)-1]) + 1
			ws = ws[:len(ws)-1]
		}
		rest := ws
		if len(ws) >= 3 && rankedGivenWord(ws[0]) {
			rest = ws[1:] // a given name no list holds that a dictionary does: "Sagsbehandler Trine Dalsgaard Lykkeberg"
		}
		if len(ws) < 2 || slices.ContainsFunc(rest, func(w string) bool { return !rankedNameWord(w) }) || labelAfter(text, e) {
			continue
		}
		n.add(s, e, rankedScore, "names:title")
	}
}

// bareLetterInCaps reports a run in capitals that holds a letter alone,
// no period after it, and no word a name list holds (a surname's suffix
// is no evidence here: "CENOVÁ" ends as "-ová" does): a heading's words
// around a conjunction ("OŠETŘENÍ A CENOVÁ", Czech's "and"), no name
// with its middle initial ("JOHN A SMITH").
func bareLetterInCaps(run string) bool {
	ws := strings.Fields(run)
	if !slices.ContainsFunc(ws, func(w string) bool { return len([]rune(w)) == 1 && isUpperWord(w) }) {
		return false
	}
	for _, w := range ws {
		core := coreWord(w)
		if !isUpperWord(core) || len([]rune(core)) > 1 && knownName(core) {
			return false
		}
	}
	return true
}

// rankedGivenWord reports a capitalised ordinary word that may open a
// name of three words or more after a staff role, the others names: no
// role, street, firm, label or calendar word.
func rankedGivenWord(w string) bool {
	return !staffRole(w) && isDictWord(w) && !streetSuffixes[strings.ToLower(w)] && !orgSuffixHead(w) &&
		!isLabelWord(w) && !calendarWord(w, 1)
}

// reRoled is two or three capitalised words, a comma, then one to three
// capitalised words that end the line or a sentence ("Madalitso Gondwe,
// Customer Service Officer").
var reRoled = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?),\s+((?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+))[.;]?(?:\n|$)`)

// roled: a name and, after its comma, its holder's role that ends in a
// staff role's noun; the role stays on the page. No word of the name
// is a role, a dictionary word that no list holds, a street's or a
// firm's word, or a label.
func (n *nameScan) roled(text string) {
	for _, m := range reRoled.FindAllStringSubmatchIndex(text, -1) {
		if !staffRole(text[m[6]:m[7]]) {
			continue
		}
		if slices.ContainsFunc(strings.Fields(text[m[2]:m[3]]), func(w string) bool { return !rankedNameWord(w) }) {
			continue
		}
		n.add(m[2], m[3], rankedScore, "names:title")
	}
}

// rankedNameWord reports a word that can be a name's after a rank.
func rankedNameWord(w string) bool {
	return !staffRole(w) && (knownName(w) || !isDictWord(w)) && !streetSuffixes[strings.ToLower(w)] && !orgSuffixHead(w) &&
		!isLabelWord(w) && !calendarWord(w, 1)
}

// vowelless reports a word of two letters or more without a vowel that
// no name list holds ("Rpt", "Qty", "Pcs"): an abbreviation, no name's
// word ("Ng" is a surname).
func vowelless(w string) bool {
	return letterCount(w) >= 2 && !strings.ContainsAny(strings.ToLower(lexicon.Unaccented(w)), "aeiouy") &&
		!isLastName(w) && !isFirstName(w)
}

// saintWords make a place or an institution of the name after them ("San
// Juan de Dios", "Santa Maria della Salute", "São João de Meriti").
var saintWords = lowerSet(strings.Fields(`san santa santo são sao saint st ste sta sainte sankt`))

// gaelicParticles open an Irish or Scottish surname as a word of its own,
// capitalised, with or without the accent OCR drops ("Saoirse Ní
// Bhriain", "Cian Ó Súilleabháin", "Máire Nic Giolla").
var gaelicParticles = lowerSet(strings.Fields(`ní ni nic ó uí ui mac mhic ua`))

// wordyHeadingMin is the fewest words of a dictionary that no name list
// holds that make a numbered line a heading (wordyHeading).
const wordyHeadingMin = 2

// wordyHeading reports a line that holds wordyHeadingMin words of a
// dictionary that no name list holds ("5. COMUNICACIÓN DE DATOS AL
// PAGADOR"): a numbered section's heading, no list's name ("2. JUAN PEREZ
// GARCIA").
func wordyHeading(text string) bool {
	n := 0
	for _, w := range strings.Fields(text) {
		if c := coreWord(w); letterCount(c) >= 3 && isDictWord(c) && !knownName(c) && !isLastName(c) {
			n++
		}
	}
	return n >= wordyHeadingMin
}

// capitalisedRuns: runs of capitalised words scored as names (capRunScore).
func (n *nameScan) capitalisedRuns(text string) {
	heading := headingLine(text) || sectionHeading(text) && wordyHeading(text)
	// Capitalised runs; FindAll does not overlap, so retry from each word.
	for off := 0; off < len(text); {
		loc := reCapRun.FindStringSubmatchIndex(n.mask[off:])
		if loc == nil {
			break
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += off
			}
		}
		if s, e, score := capRunScore(text, loc); score > 0 && !(heading && strings.ToUpper(text[s:e]) == text[s:e]) {
			n.add(s, e, score, "names:run")
		}
		// Continue after the first word of this run.
		next := loc[3]
		if next <= off {
			next = off + 1
		}
		off = next
	}
}

// bracketedWord reports an ordinary word in brackets that opens at
// text[i-1] and that no name list holds, an aside after a name ("KEISHA
// WASHINGTON (Dependent)", "(Spouse)"), or a relative's noun ("Sean
// Gallagher (brother)"), or an abbreviation or an acronym that opens an
// aside ("Dr Priya Raghunathan (Prov. No 2451387B)", "Ramon Villanueva
// (PRC Lic. 0089231)"), not a given name in brackets ("Robert (Bob)
// Smith").
func bracketedWord(text string, i int) bool {
	if i == 0 || i > len(text) || text[i-1] != '(' {
		return false
	}
	w := text[i:]
	if j := strings.IndexAny(w, ") "); j >= 0 {
		w = w[:j]
	}
	if strings.HasSuffix(w, ".") && abbreviated(w) {
		return true // "(Regn. 20417)": an abbreviation's period, whatever name its letters spell
	}
	return w != "" && (kinWord(w) || (isDictWord(w) || abbreviated(w)) && (!lexicon.IsName(w) || isCommonWord(w)))
}

// abbreviated reports a word cut short with a period ("Prov.", "Lic.") or
// written in capitals of two letters or more ("PRC", "ICU").
func abbreviated(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if !hasLetters(core, 2) || strings.IndexFunc(core, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return core != w || strings.ToUpper(core) == core
}

// streetTypeNext reports a street type (streetTypeWord) as the word after
// text[:end] on its line.
func streetTypeNext(text string, end int) bool {
	rest := lineRest(text, end)
	ws := strings.Fields(rest)
	return len(ws) > 0 && strings.HasPrefix(rest, " ") && streetTypeWord(ws[0])
}

// lineRest is text after byte end up to the end of its line.
func lineRest(text string, end int) string {
	rest := text[end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// streetTypeWrapped reports a run that ends its line, the next line
// opening with a capitalised street type written out, of those written
// after the name ("Avenue", not "Dr" nor "Calle"): the street's name,
// wrapped before its type ("CBZ Bank, Kwame Nkrumah" over "Avenue
// Branch").
func streetTypeWrapped(text string, end int) bool {
	rest := text[end:]
	i := strings.IndexByte(rest, '\n')
	if i < 0 || strings.TrimSpace(rest[:i]) != "" {
		return false
	}
	ws := strings.Fields(lineRest(rest, i+1))
	return len(ws) > 0 && capitalised(ws[0]) && letterCount(ws[0]) >= 4 && streetSuffixes[normWord(ws[0])]
}

// streetTypeAfterNext reports a capitalised word after text[:end] and a
// street type (streetTypeWord) after it, on the line: the run before
// them starts the street's name.
func streetTypeAfterNext(text string, end int) bool {
	rest := lineRest(text, end)
	ws := strings.Fields(rest)
	return len(ws) >= 2 && strings.HasPrefix(rest, " ") && capitalised(coreWord(ws[0])) && !strings.ContainsAny(ws[0], ",;:") && streetTypeWord(ws[1])
}

// streetTypeWord reports a capitalised street type that ends a street's
// name after a person's: one of four letters or more that is no listed
// first or last name ("Road"), or one abbreviated with its period that is
// no title ("Ave."; not "St." or "Dr.").
func streetTypeWord(raw string) bool {
	w := strings.Trim(raw, ",.;:")
	if !capitalised(w) || !lexicon.IsStreetType(w) {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(raw, ",;:"), ".") && letterCount(w) >= 2 &&
		!isPersonalTitle(w) && !isPersonalTitle(w+".") && !reTitleWord.MatchString(w+".") {
		return true
	}
	return letterCount(w) >= 4 && !isFirstName(w) && !isLastName(w)
}

// keywordColon reports a word that a label's keywords of a phone, a date,
// an address or an e-mail hold, its colon right after it ("Telp:",
// "Alamat:"): the next field's label, whether or not a dictionary holds
// it.
func keywordColon(word, rest string) bool {
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	r, ok := keywordRule(strings.ToLower(coreWord(word)))
	return ok && r.typ != entity.Person && r.typ != ""
}

// unnamedColon reports a word that no name list holds, abbreviated with a
// period before a colon, or an ordinary word before a colon: the next
// field's label ("Ingrid Solberg Fødselsnr.: 15038812345"). A speaker's
// name before a colon stays one ("Anna Zbrzezny: I agree").
func unnamedColon(word, rest string) bool {
	if isFirstName(word) || isLastName(word) {
		return false
	}
	return strings.HasPrefix(rest, ".:") || strings.HasPrefix(rest, ":") && (isDictWord(word) || isLabelWord(word))
}

// markerAfter reports a number's marker with its period or colon right
// after the word that ends at byte i ("Reg. No. WBMC 61234", "Policy Nr:
// 4471"): that word heads a label.
func markerAfter(text string, i int) bool {
	ws := wordsAfter(text, i)
	if len(ws) > 0 && ws[0] == "." {
		ws = ws[1:]
	}
	return len(ws) > 0 && numberMarker(ws[0]) && strings.ContainsAny(ws[0][len(ws[0])-1:], ".:")
}

// credentialAside reports a run's first word (at s in text, after the
// bracket that opens an aside) that is an acronym of capitals no name
// list holds: a degree or a credential after a name ("(BDS Syd)",
// "(MBBS Lond)").
func credentialAside(text string, s int, first string) bool {
	if s == 0 || text[s-1] != '(' {
		return false
	}
	w := strings.TrimRight(first, ",.)")
	return len(w) >= 2 && len(w) <= 5 && upperLetters(w) && !isFirstName(w) && !isLastName(w)
}

// capRunScore scores a run of two or three capitalised words against the
// name lists. It returns the span to report (possibly shortened to two
// words) and the score, 0 when the run does not look like a name.
// reColonNumber is a colon right after a word, then a number.
var reColonNumber = regexp.MustCompile(`^:\s*\+?\d`)

// lastWordEnd is the end of a capitalised run's last word (its third's
// when it has one).
func lastWordEnd(m []int) int {
	if m[8] >= 0 {
		return m[9]
	}
	return m[7]
}

func capRunScore(text string, m []int) (int, int, float64) {
	first := text[m[2]:m[3]]
	last := text[m[6]:m[7]]
	end := m[7]
	third := ""
	if m[8] >= 0 {
		third = text[m[8]:m[9]]
	}
	if third != "" && (isLabelWord(third) && !lastNames[normWord(third)] && labelAfter(text, m[9]) || keywordColon(third, text[m[9]:]) ||
		unnamedColon(third, text[m[9]:]) || markerAfter(text, m[9])) || kinNoun(third) ||
		weekdayWord(third) {
		// the next field's label: "Re: Megan O'Sullivan-Park DOB: 1991-07-22",
		// "Kasir: Budi Santoso Telp: 0812 3456 7890"; the next column's
		// relationship: "Tomas Reyes Father", or a rota's day: "Declan
		// Murphy Fri"
		third = ""
	}
	if third != "" && signBeforeAmount(third, text[m[9]:]) {
		third = "" // an amount's currency: "Budi Santoso Rp 1.250.000"
	}
	if third != "" && vowelless(coreWord(third)) {
		third = "" // an abbreviation: "Dr Harjit Sandhu Rpt 3", a prescription's repeats
	}
	if third == "" && vowelless(coreWord(last)) {
		return 0, 0, 0 // "Sandhu Rpt": a name's end and an abbreviation
	}
	if third == "" && (unnamedColon(last, text[m[7]:]) || markerAfter(text, m[7])) {
		return 0, 0, 0 // "Solberg Fødselsnr.:", "MD Reg. No.": a name's end and the next field's label
	}
	if third == "" && signBeforeAmount(last, text[m[7]:]) {
		return 0, 0, 0 // "Santoso Rp 1.250.000": a name's end and an amount's currency
	}
	if rest := text[lastWordEnd(m):]; reColonNumber.MatchString(rest) && !curatedFirstName(coreWord(first)) {
		return 0, 0, 0 // "Talian Darussalam: 123": a label, its colon and its number ("Maria Lopez: 0612 …" is a name)
	}
	if cityLed(first, last) {
		return 0, 0, 0 // "London Heathrow": an airport, a city's landmark
	}
	if strings.HasSuffix(text[:m[2]], "(") && strings.HasPrefix(text[lastWordEnd(m):], "):") {
		return 0, 0, 0 // "Patient ID (Kanja Bango):": the label's words in another language, in brackets
	}
	if third == "" && countryWord(coreWord(last)) && !isFirstName(coreWord(first)) {
		return 0, 0, 0 // "Creditinfo Georgia": a firm's or an office's country, no surname
	}
	if isLegalForm(lastWordOf(first, last, third)) {
		return 0, 0, 0 // "Maybank Berhad,": a firm and its legal form
	}
	if reSuffixWord.MatchString(first) {
		return 0, 0, 0 // "MD Clinical Pathology": a degree and its field, after the holder's name
	}
	if possessiveBefore(text, m[2]) {
		return 0, 0, 0 // "her Toyota Corolla": a thing someone owns
	}
	if !isLastName(coreWord(lastWordOf(first, last, third))) && describedBefore(text, m[2]) {
		return 0, 0, 0 // "Deluxe Deniz Manzaralı": a room with a sea view, the description's words going on
	}
	if credentialAside(text, m[2], first) {
		return 0, 0, 0 // "Dr Arjun Mehta (BDS Syd)": a degree and where it was taken
	}
	if third != "" && kinWord(coreWord(first)) && !curatedFirstName(first) {
		return 0, 0, 0 // "ihrem Sohn Thomas Brandt": a relative's noun, then the name (the run from the next word)
	}
	if third != "" && staffRole(coreWord(first)) && !curatedFirstName(first) {
		return 0, 0, 0 // "by Meter Reader Zulfiqar Hussain": a role's noun, then the name (the run from the next word)
	}
	if third == "" && staffRole(coreWord(last)) && !isLastName(last) {
		return 0, 0, 0 // "Reçeteyi Yazan Hekim": the prescribing physician, a role's words
	}
	if foreignStreetTypeFirst(first) {
		return 0, 0, 0 // "Jalan Kenari-5,": a street, typed first as Malay writes it
	}
	if courtWord(first) {
		return 0, 0, 0 // "Amtsgericht München": the court of a firm's register
	}
	if third == "" && (townAndRegionCode(first, last) || townAndCode(first, last)) {
		return 0, 0, 0 // "Montréal QC": a town and its province's code
	}
	if third == "" && (commaBefore(text, m[2]) || len(wordsBefore(text, m[2])) == 0 && len(wordsAfter(text, m[7])) == 0) &&
		lexicon.PlacePopulation(coreWord(first)+" "+coreWord(last)) >= locCityPopulation {
		return 0, 0, 0 // "Woreda 03, Addis Ababa", an address's last line "HONG KONG": a large city's name of two words
	}
	if third == "" && strings.EqualFold(coreWord(first), coreWord(last)) && nameWordBefore(text, m[2]) {
		// "Marcus T. Ellingsworth Ellingsworth,": a name's end and the
		// next column's first word, which OCR read as one line
		return 0, 0, 0
	}
	words := []string{first, last}
	if third != "" {
		words = append(words, third)
	}
	upper := true
	for _, w := range words {
		if !upperRead(w) {
			upper = false
		}
	}
	penalty := 0.0
	// "Crystal T. Ortiz": a middle initial before a known surname makes an
	// ordinary first word a first name.
	initialed := m[4] >= 0 && !upper && isLastName(last) && !isFormWord(first)
	for i, w := range words {
		if isLabelWord(w) && !lastNames[normWord(w)] || calendarWord(w, i) && !(i == 0 && !weekdays[normWord(w)] && monthGivenName(w, last)) || i < 2 && reTitleWord.MatchString(w) ||
			orgSuffixHead(w) || gluedInstitution(w) || i > 0 && (unitOfAnOrganisation(w) || kinNoun(w) || eponymNoun(w)) ||
			receiptWord(w) || invoiceWord(w) {
			// "PATIENT WILLIAMS", "Name Smith", "Lane JUNE", "Wolff Hospital", "Zürcher Kantonalbank", "Apgar Score",
			// and a document's kind: "STRUK PEMBAYARAN TAKSI", "FACTURA SIMPLIFICADA"
			return 0, 0, 0
		}
	}
	// A name of the lexicon that is also a dictionary word ("Elmo",
	// "Pat") may start a run whose other word is a name or no word at all.
	weak := func(w, other string) bool {
		return weakName(w) && (isLastName(other) || isFirstName(other) || !isDictWord(other))
	}
	for i, w := range []string{first, last} {
		other := []string{last, first}[i]
		if i == 1 && third != "" && gaelicParticles[normWord(w)] {
			continue // "Ní" is a particle, no ordinary word
		}
		if i == 1 && third == "" && isDictWord(w) && !isFirstName(w) && !isLastName(w) && lexicon.IsStreetType(normWord(w)) {
			return 0, 0, 0 // "Nile View": a place's type after a name, no surname
		}
		if isDictWord(w) && !(isFirstName(w) || isLastName(w)) && !weak(w, other) {
			// "Gregory Strong": an ordinary word can be a surname after a
			// known first name, never a form word and never first.
			if i == 0 && initialed {
				penalty = -0.15 // the initial and surname outweigh the word
				continue
			}
			if i == 0 || isFormWord(w) || !isFirstName(first) || isCityName(first) && !isLastName(w) {
				// "Dublin Zoo": a city's place, no person
				return 0, 0, 0
			}
			penalty = 0.15
		}
	}
	// A word with a colon is the next label ("Sam Zolot MANUFACTURER:"),
	// and so is an ordinary word before one ("Okafor Visit date:").
	if labelAfter(text, m[7]) || keywordColon(last, text[m[7]:]) || bracketedWord(text, m[6]) || ordinaryCapitalised(last) && colonWordNext(text, m[7]) {
		return 0, 0, 0
	}
	// A third word counts only if it is the surname ("John Henry Smith"):
	// not after a middle initial, which completes the name ("Scott R.
	// Benson"), nor in another case ("Robert Kennedy YOUR"), nor a label.
	sur := last
	// A listed name that is a word too ("Costa") may end the line's name,
	// or the name before an aside in brackets ("Lim Jia Hui (NRIC: …)");
	// no street type or institution's word ("John Smith Street").
	rest := ""
	if third != "" {
		rest = strings.TrimLeft(text[min(m[9], len(text)):], " .,;")
	}
	lastOfLine := third != "" && lexicon.IsName(normWord(third)) && (rest == "" || strings.HasPrefix(rest, "(")) &&
		!streetSuffixes[normWord(third)] && !orgSuffixHead(third)
	particle := nameParticles[normWord(last)] || gaelicParticles[normWord(last)] // "Dela Paz", "Ní Bhriain": the surname after its particle
	// A title ends no name: one after a given name is a given name too
	// ("Nguyen Anh Tuan", where "Tuan" is a Malay title).
	titled := reTitleWord.MatchString(third) && !(givenNameTitle(third) && isFirstName(last))
	if third != "" && m[4] < 0 && (!isDictWord(third) || lastOfLine || particle) && !labelAfter(text, m[9]) && !titled && !reSuffixWord.MatchString(third) &&
		(strings.ToUpper(third) == third) == (strings.ToUpper(last) == last) && !monthNames[normWord(third)] &&
		(isLastName(third) || lastOfLine || !isLastName(last) && isFirstName(last) || particle) {
		sur, end = third, m[9]
		if particle {
			end = secondSurnameEnd(text, end) // "Jericho Dela Paz Villaflor"
		}
	}
	if streetTypeNext(text, end) || streetTypeAfterNext(text, end) {
		return 0, 0, 0 // "Sheikh Zayed Road", "Doña Julia Vargas Ave.": a street named after a person
	}
	if run := strings.Trim(text[m[2]:end], " ,;:"); lexicon.PlacePopulation(run) >= locTownPopulation || countryWord(run) {
		return 0, 0, 0 // "Sri Jayawardenepura Kotte", "Sri Lanka": a town's or a country's name of several words
	}
	if !isLastName(sur) && !knownName(sur) && isCityName(sur) {
		return 0, 0, 0 // a city no name list holds: "Kelt Szeged," where a letter was signed
	}
	f, l := isFirstName(first), isLastName(sur)
	score := 0.2
	if f {
		score += 0.35
	} else if weak(first, sur) {
		score += 0.15
	}
	if l {
		score += 0.25
	} else if weak(sur, first) {
		score += 0.1
	}
	if !f && suffixedSurname(sur) && !isDictWord(first) {
		score += 0.1 // a surname by its suffix after a word no dictionary holds: "Jurgita Stankevičienė"
	}
	if f && isFirstName(sur) && !l {
		// "John Paul": two first names, weaker.
		score -= 0.1
	}
	if sur != last && gaelicParticles[normWord(last)] {
		score += 0.1 // "Saoirse Ní Bhriain": the particle shapes a surname
	}
	if m[4] >= 0 {
		score += 0.05 // middle initial
		if f || l {
			// "Coralie C. White": an initial after a known first name (or
			// before a known surname) is a strong sign of a full name.
			score += 0.1
		}
	}
	if upper {
		score -= 0.1 // headings are often upper case
	}
	if len(first) < 2 || len(sur) < 2 {
		score -= 0.15
	}
	return m[2], end, score - penalty
}

// secondSurnameEnd is the end of a listed surname that no dictionary
// holds right after byte end of text, as a second surname follows one
// with its particle ("Dela Paz Villaflor"); end when there is none.
func secondSurnameEnd(text string, end int) int {
	rest := lineRest(text, end)
	ws := strings.Fields(rest)
	if len(ws) == 0 || !strings.HasPrefix(rest, " ") {
		return end
	}
	core := coreWord(ws[0])
	next := end + strings.Index(rest, ws[0]) + len(core)
	if !capitalised(core) || !isLastName(core) || isDictWord(core) || labelAfter(text, next) || streetTypeNext(text, next) {
		return end // "Ní Bhriain Kelly Street": the street after the name
	}
	return next
}

// calendarWord reports a day of the week, also abbreviated after the first
// word ("Murphy Fri"), or a month that cannot be a first name here:
// abbreviated, upper case or after the first word ("Strickland DEC",
// "Lane JUNE"; "April Jones" stays).
func calendarWord(w string, i int) bool {
	n := normWord(w)
	if weekdays[n] || i > 0 && weekdayWord(w) {
		return true
	}
	return monthNames[n] && (i > 0 || len(n) <= 3 || strings.ToUpper(w) == w)
}

// unitOfAnOrganisation reports a word for a part of an organisation
// ("Branch", "Division", "Department"; notPersonName's things): after a
// place it names the part ("HAIFA BRANCH"), no person.
func unitOfAnOrganisation(w string) bool { return thingWord(w) && isDictWord(w) }

// thingWord reports a word for a thing, no person, firm or place
// (notPersonName's words of no type: "Vehicle", "Item", "Branch").
func thingWord(w string) bool {
	typ, ok := notPersonName[normWord(w)]
	return ok && typ == ""
}

// monthGivenName reports a month's name that is a given name before a
// listed surname that no dictionary holds ("Jan Kowalski", "June
// Abernathy"), written in title case. A weekday is none ("Wednesday
// Sydney": a day's row of a programme).
func monthGivenName(first, last string) bool {
	return strings.ToUpper(first) != first && isFirstName(first) && isLastName(last) && !isDictWord(last)
}

// headingLine reports an upper-case line that is a heading or a label: it
// ends in a colon ("PATIENT WILLIAMS AND MALONE:"), most of its three or
// more words are dictionary words ("PLEASE ACKNOWLEDGE RECEIPT OF THIS
// NOTICE"), or it has more words besides particles than a name has ("HOA
// DON GIA TRI GIA TANG", a Vietnamese invoice's title). Its upper-case runs
// are no names.
func headingLine(text string) bool {
	ws := strings.Fields(text)
	if !allUpper(ws) {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(text), ":") {
		return true
	}
	if c := slices.IndexFunc(ws, func(w string) bool { return strings.HasSuffix(w, ":") }); c > 0 && slices.ContainsFunc(ws[c+1:], hasDigit) {
		// The next field's label and its number: "IGNACIA PILAR QUEZADA
		// BUSTAMANTE R.U.T.: 17.482.396-0" ("URGENT REFERRAL: SUSPECTED
		// LOWER GI CANCER" is a heading whole).
		ws = ws[:c]
	}
	dict, words := 0, 0
	for _, w := range ws {
		if isDictWord(w) && !isLastName(w) {
			dict++
		}
		if !nameParticles[strings.ToLower(w)] {
			words++
		}
	}
	return len(ws) >= 3 && 2*dict > len(ws) || words >= headingMinWords
}

// headingMinWords is the fewest words besides particles of an upper-case
// line that no name is: "MARÍA DE LOS ÁNGELES GARCÍA LÓPEZ" has four.
const headingMinWords = 6

// townAndRegionCode reports a known town and, in capitals, the code of a
// region of a country that has a town of that name ("Montréal QC",
// "Springfield IL").
func townAndRegionCode(town, code string) bool {
	code, ok := capsCode(code)
	if !ok {
		return false
	}
	for _, cc := range lexicon.PlaceCountries(coreWord(town)) {
		if lexicon.IsRegionCode(cc, code) {
			return true
		}
	}
	return false
}

// townAndCode reports a large town and a code of two or three capitals
// no name list holds: a register's ("Amtsgericht München HRB 123456", a
// firm's entry in the trade register), no name.
func townAndCode(town, code string) bool {
	code, ok := capsCode(code)
	return ok && lexicon.PlacePopulation(coreWord(town)) >= locTownPopulation && !isFirstName(code) && !isLastName(code)
}

// courtWord reports a German compound naming a court ("Amtsgericht",
// "Landgericht", "Registergericht"), which the court's town follows.
func courtWord(w string) bool {
	p, ok := strings.CutSuffix(strings.ToLower(coreWord(w)), "gericht")
	return ok && len(p) >= 3
}

// capsCode is word without its trailing comma or period, and whether that
// is a code of two or three capitals.
func capsCode(word string) (string, bool) {
	code := strings.TrimRight(word, ",.")
	return code, len(code) >= 2 && len(code) <= 3 && strings.ToUpper(code) == code
}

// colonWordNext reports a word ending in a colon right after byte i of
// text on its line ("date:" after "Visit").
func colonWordNext(text string, i int) bool {
	ws := wordsAfter(text, i)
	return len(ws) > 0 && strings.HasSuffix(ws[0], ":") && hasLetters(ws[0], 2)
}

// kinNoun reports a relationship's noun that no name list holds
// ("Father", "Wife"): no word of a name after its first.
func kinNoun(w string) bool {
	c := possessiveStem(coreWord(w))
	return c != "" && kinWord(c) && !knownName(c)
}

// nameWordBefore reports a capitalised word or an initial right before
// byte s of text on its line: a name that goes on into the run there.
func nameWordBefore(text string, s int) bool {
	ws := wordsBefore(text, s)
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	return isCapitalisedToken(w) || len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// foreignStreetTypeFirst reports a street type that only languages other
// than English write, and before the name ("Jalan", "Calle", "Rua"), as a
// run's first word; no name list holds it as a name.
func foreignStreetTypeFirst(w string) bool {
	langs := lexicon.StreetTypeLanguages(w)
	return len(langs) > 0 && !slices.Contains(langs, "en") && !knownName(w) && len(lexicon.SuffixLanguages(strings.ToLower(w))) == 0
}

// trimMarkerQualifier takes off a name's last word when it opens the next
// field's label, naming what the number after the label is ("Dr. S.
// Raghavan Sample ID : CHN2611045"); a run of one word left is no match.
func trimMarkerQualifier(text string, m *Match) {
	name := text[m.Start:m.End]
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !markerLabelAfter(text, m.End, name[i+1:]) {
		return
	}
	head := strings.TrimRight(name[:i], " ")
	if m.Source == "names:run" && !strings.Contains(head, " ") {
		m.End = m.Start // one capitalised word is no run
		return
	}
	m.End = m.Start + len(head)
}

// markerLabelAfter reports an ordinary word (word, ending at byte i of
// text) that names what the number after it is: a number's marker and
// its colon follow ("Sample ID :", "Specimen No:").
func markerLabelAfter(text string, i int, word string) bool {
	rest := wordsAfter(text, i)
	if len(rest) == 0 {
		return false
	}
	colon := strings.HasSuffix(rest[0], ":") || len(rest) > 1 && strings.HasPrefix(rest[1], ":")
	return colon && markerQualifier(word, rest[0])
}

// labelAfter reports a colon right after the word that ends at text[:i],
// or after spaces ("UHID   : APJ.1123348"), or after a word joined to it
// by a slash ("Age/Sex:"): the word is a label's.
func labelAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	rest := strings.TrimLeft(text[i:], " ")
	if strings.HasPrefix(rest, "/") {
		// A label of two words joined by a slash: "Age/Sex:".
		word, _, _ := strings.Cut(rest, " ")
		return strings.HasSuffix(word, ":")
	}
	after, colon := strings.CutPrefix(rest, ":")
	if !colon {
		return false
	}
	// A speck read as a colon before a bracket ("Mateo Alvarez-Quintero:
	// (DOB 07/14/2016)"): no label's value opens with one. Nor does a
	// colon that ends the line after a word no dictionary holds ("Sold
	// to: Maria Cristina B. Villanueva:") end a label.
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, "(") {
		return false
	}
	ws := strings.Fields(text[:i])
	if len(ws) == 0 {
		return true
	}
	// Nor after a name no dictionary holds, listed or before a number
	// ("Interac e-Transfer to Luc Bergeron: 250.00"): labels are words,
	// or codes in capitals ("MRN:").
	w := coreWord(ws[len(ws)-1])
	if !isDictWord(w) && strings.ToUpper(w) != w && (knownName(w) || after != "" && patIsDigit(after[0])) {
		return false
	}
	return !(after == "" || after[0] == '\n') || isDictWord(w)
}

func clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

// Name parts that a person's name takes along on its line: initials before
// it, a generational suffix after it. Titles (with OCR variants such as
// "Mr,", "Mz.", "Dr.:", "dr.."; the Indonesian "Bpk.", "Sdr.", "Sdri.",
// which libpostal lists only written out, the Polish physician's "lek.",
// the Italian "Signor" (libpostal lists "Signora"), the Dutch "heer" of
// "de heer" and the Dutch and Austrian degrees "Drs.",
// "Ir.", "Ing.", "Mag." with their periods, the Latin American
// licentiate's "Lic.", "Lcda.", "Licdo.", the Honourable's "Hon.", police and military ranks
// abbreviated ("Sgt.", "Cpl", "Lt.", "Insp.", "Supt.", a constable's "PC"
// in capitals; "Insp", "Supt" and
// "Const" with their periods only, "Det" never: a Nordic word), the "Md." and "Mohd." of
// Muhammad that South and Southeast Asian names open with, and, in name
// case only, the Indonesian and Malay
// "Ny.", "Tuan", "Puan", "Encik", and the Vietnamese degrees "ThS.",
// "BS.", "PGS.TS."), Swahili's "Bw.", "Bi." and "Ndg." and the Malay and
// Indonesian "Pn." (Puan) and "Tn." (Tuan) with their periods, and the Polish and Czech "Pani", "Panem", "Panią", "Paní" in
// their cases, capitalised or in running text's lower case (not "Pan",
// an English word too), are evidence of a name but stay out of its span.
var (
	reTitleWord = regexp.MustCompile(`^(?:(?i:mr|mrs|ms|miss|dr|dra|prof|mz|rev|canon|monsignor|msgr|signora|signorina|judge|sir|herr|herrn|frau|dhr|mevr|mme|mlle|sig|sig\.ra|sigra|dott|dott\.ssa|sr|sra|srta|dña|dfia|lcda|lcdo|licda|licdo|læge|laege|läkare|lakare|bpk|sdr|sdri|lek|heer|signor|cllr|clir|ofc)|(?i:drs|ir|ing|mag|lic|insp|supt|const|hon)\.|(?:Sgt|SGT|Cpl|CPL|Capt|CAPT|Lt|LT|Cst|CST|Pte|PTE|PC|WPC|PCSO)|(?:Md|Mohd|Muhd)\.|(?:Bw|BW|Bi|BI|Ndg|NDG|Pn|PN|Tn|TN)\.|Pani|Pana|Panu|Panem|Panią|Paní|pani|pana|panu|panem|panią|paní|Dre|DRE|Ny|NY|Nyonya|Tuan|TUAN|Puan|PUAN|Encik|ENCIK|(?:Hj|Hjh|HJ|HJH)\.|Haji|HAJI|Hajah|HAJAH|Hajjah|HAJJAH|(?:ThS|PGS|GS|TS|BS|BSCKI|BSCKII)\.(?:ThS|TS|BS|BSCKI|BSCKII|DS)?)(?:[.,-]|\.[:.-])?$`)
	// reInitialWord is one to three initials, or an initial of two
	// letters that writes one sound ("Ts. Bold-Erdene", Mongolian; "Ph.",
	// "Ch." of French given names).
	reInitialWord = regexp.MustCompile(`^(?:[A-Z][.,]){1,3}$|^[A-Z]\.?$|^(?:Ch|Ph|Th|Sh|Ts|Zh|Kh|Gh)\.$`)
	// rePronounI is "I" in languages of Europe, which starts a
	// declaration ("I, Milo Jakubowski, declare"; "Yo, Alejandra
	// Preciado"): never an initial or a surname.
	rePronounI   = regexp.MustCompile(`^(?:I|(?i:ich|yo|je|io|eu|ik|jeg|jag|ja|we|wir|nous|noi))[,]?$`)
	reSuffixWord = regexp.MustCompile(`^(?:Jr|Sr|JR|SR|II|III|IV|Ph\.?D|M\.?D|Esq|ESQ)[.,]?$`)
)

// particleGivenNameBefore is the first word of a given name joined by
// particles to the name that starts at word first of line ln ("María de
// los Ángeles Lozano", "María del Carmen Ruiz"): a listed given name, then
// one or two lower-case particles; -1 when none.
func particleGivenNameBefore(in *Input, ln []int, first int) int {
	k := first - 1
	for n := 0; n < 2 && k > 0 && nameParticles[strings.TrimSpace(in.Page.Words[ln[k]].Text)]; n++ {
		k--
	}
	if k == first-1 || k < 0 {
		return -1
	}
	if t := strings.TrimSpace(in.Page.Words[ln[k]].Text); capitalised(t) && isFirstName(t) {
		return k
	}
	return -1
}

// letterWords are single letters that are words of the languages the
// detector reads, written without an initial's period: a preposition
// ("TRANSFERENCIA A GONZALO MARTINEZ"), "and", "or" (Italian "e",
// Spanish "y" and "o").
var letterWords = map[string]bool{"A": true, "E": true, "O": true, "Y": true}

// trimTitle takes the personal titles ("Dr", "Dott.", "Mme") and
// lower-case roles ("tannlege Henrik Aas") off the start of a person's
// span, and the field's extent left of the name: a title says what the
// person is, not which one, and stays on the page as printed.
func trimTitle(in *Input, m *Match) {
	ws := in.WordsInSpan(m.Start, m.End)
	k := 0
	after := ""
	if len(ws) > 2 {
		after = in.Page.Words[ws[2]].Text
	}
	if len(ws) > 1 && (roleWord(in.Page.Words[ws[0]].Text, in.Page.Words[ws[1]].Text, after) || salutationOpens(in, ws)) {
		k++
	}
	for k < len(ws)-1 && titleWord(in.Page.Words[ws[k]].Text) {
		k++
	}
	if k == 0 && monsieurAt(in, ws) {
		k++
	}
	if k == 0 {
		return
	}
	m.Start = in.WordStart[ws[k]]
	title, left := in.Page.Words[ws[0]].Box, in.Page.Words[ws[k]].Box.Left
	for i, e := range m.Extra {
		if e.Left <= title.Left && e.Right() > left && e.SameRow(title) {
			m.Extra[i].Width, m.Extra[i].Left = e.Right()-left, left
		}
	}
}

// monsieurAt reports a name that opens with "M." before a listed given
// name and a surname ("M. Hicham Benjelloun"): the French title, which
// stays on the page, not an initial.
func monsieurAt(in *Input, ws []int) bool {
	words := in.Page.Words
	if len(ws) < 2 || strings.TrimSpace(words[ws[0]].Text) != "M." {
		return false
	}
	given := coreWord(words[ws[1]].Text)
	if !isFirstName(given) || !capitalised(given) || initialWord(words[ws[1]].Text) {
		return false
	}
	if len(ws) >= 3 {
		return true
	}
	// A match of the title and the given name only: the surname follows
	// on the line.
	next := ws[1] + 1
	if next >= len(words) || words[next].Line != words[ws[1]].Line || words[next].Block != words[ws[1]].Block {
		return false
	}
	sur := coreWord(words[next].Text)
	return capitalised(sur) && (isLastName(sur) || lexiconName(sur) || !isDictWord(sur))
}

// salutationOpens reports a person's span whose first word opens its
// line's salutation ("Hallo Jens,", "Liebe Birgit,"): a greeting, no part
// of the name. A greeting that is also a name ("Cara", "Beste") opens the
// salutation only before a given name of one word that ends it.
func salutationOpens(in *Input, ws []int) bool {
	words := in.Page.Words
	first := strings.TrimSpace(words[ws[0]].Text)
	if ws[0] > 0 && words[ws[0]-1].Line == words[ws[0]].Line || !reSalutation.MatchString(first+" ") {
		return false
	}
	if reSalutationOpener.MatchString(first + " ") {
		return true
	}
	next := strings.TrimSpace(words[ws[1]].Text)
	return len(ws) == 2 && salutationEnds(next) && isFirstName(coreWord(next))
}

// roleWord reports a word before a name at the start of its field that
// says who the person is: a lower-case word before a capitalised one,
// since names are capitalised, unless it is a particle ("van der Merwe")
// or a name that OCR or a typist wrote in lower case; or a capitalised
// ordinary word that no name list holds before a listed given name and
// surname ("Chemist Nadia Ibrahim").
func roleWord(t, next, after string) bool {
	core := coreWord(t)
	low := strings.ToLower(core)
	if core != t || letterCount(core) < 3 || knownName(core) {
		return false
	}
	if low == core {
		return !nameParticles[low] && !nameConjunctions[low] && capitalised(coreWord(next))
	}
	return capitalised(core) && isDictWord(core) && !lexicon.IsName(low) && !titleWord(t) &&
		isFirstName(coreWord(next)) && isLastName(coreWord(after))
}

// titleSex gives a name the sex that the title just before it on its line
// says ("Mr Sipho Ndlovu") and marks it titled: trimTitle leaves the
// title on the page, out of the name's span, and the surrogate's given
// names follow it.
func titleSex(in *Input, e *Entity) {
	if e.Type != entity.Person || e.Value.Name == nil || len(e.Words) == 0 || e.Words[0] == 0 {
		return
	}
	ws := in.Page.Words
	first := e.Words[0]
	if ws[first-1].Line != ws[first].Line {
		return
	}
	if sex, ok := entity.TitleSex(strings.TrimSpace(ws[first-1].Text)); ok {
		e.Value.Name.Sex, e.Value.Name.Titled = sex, true
	}
}

// titleWord reports a personal title as the detector's own list
// (reTitleWord: "dhr.") or libpostal lists them: an abbreviation with a
// period ("Dott.", "Sig.ra"), or a short one without ("Dr", "Herr").
func titleWord(t string) bool {
	t = strings.Trim(strings.TrimSpace(t), ",;:")
	if letterCount(t) == 0 || !strings.Contains(t, ".") && (knownName(t) || letterCount(t) > 4 && !reTitleWord.MatchString(t)) {
		return false // "Don", "Santa", "Gentile": names too
	}
	return reTitleWord.MatchString(t) || lexicon.IsPersonalTitle(t) || lexicon.IsPersonalTitle(strings.TrimSuffix(t, "."))
}

// capsGivenBefore is the index in ln of the first of the given names in
// capitals, listed and no clause's end, that stand right before word k,
// the first of a name in capitals ("MARK" before "ANTHONY D. VILLAROSA",
// whose run the dictionary's "mark" cut off); k when none does.
func capsGivenBefore(in *Input, ln []int, k int, m *Match) int {
	if !allUpper(strings.Fields(in.Text[m.Start:m.End])) || strings.HasPrefix(m.Source, "names:frame-title") || strings.HasPrefix(m.Source, "label:") {
		return k
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := strings.TrimSpace(in.Page.Words[ln[j]].Text)
		c := coreWord(t)
		if t != c || letterCount(c) < 3 || !isUpperWord(c) || !isFirstName(titleCased(strings.ToLower(c))) ||
			gapWider(in.Page.Words[ln[j]].Box, in.Page.Words[ln[j+1]].Box, 2) {
			break
		}
		k = j
	}
	return k
}

// expandPerson grows a PERSON match over the name parts next to it on its
// line: initials and given names in capitals before, suffixes after.
func expandPerson(in *Input, pos map[int][2]int, m *Match) {
	ws := in.WordsInSpan(m.Start, m.End)
	if len(ws) == 0 {
		return
	}
	first, last := pos[ws[0]], pos[ws[len(ws)-1]]
	if first[0] != last[0] {
		return
	}
	ln := in.Lines[first[0]]
	h := in.Page.Words[ws[0]].Box.Height
	// Two people written as "Ann Lee/Bob Ray": a match of the second
	// starts inside the word "Lee/Bob", and the first name before it
	// belongs to the span too.
	pair := strings.Contains(in.Page.Words[ws[0]].Text, "/")
	for k := first[1] - 1; k >= 0 && k >= first[1]-3; k-- {
		w := in.Page.Words[ln[k]]
		next := in.Page.Words[ln[k+1]]
		t := strings.TrimSpace(w.Text)
		named := pair && k == first[1]-1 && reNameWord.MatchString(t)
		if m.Source == "names:frame-title" && k == first[1]-1 {
			break // the honorific ("M. Brunet") stays on the page
		}
		if next.Box.Left-w.Box.Right() > 2*max(h, 8) || rePronounI.MatchString(t) || letterWords[t] || !(named || reInitialWord.MatchString(t)) {
			break
		}
		m.Start = in.WordStart[ln[k]]
	}
	if p := particleGivenNameBefore(in, ln, pos[in.WordsInSpan(m.Start, m.End)[0]][1]); p >= 0 {
		m.Start = in.WordStart[ln[p]]
	}
	m.Start = in.WordStart[ln[capsGivenBefore(in, ln, pos[in.WordsInSpan(m.Start, m.End)[0]][1], m)]]
	for k := last[1] + 1; k < len(ln) && k <= last[1]+2; k++ {
		w := in.Page.Words[ln[k]]
		prev := in.Page.Words[ln[k-1]]
		t := strings.TrimSpace(w.Text)
		if w.Box.Left-prev.Box.Right() > 2*max(h, 8) || !reSuffixWord.MatchString(t) {
			break
		}
		m.End = in.WordEnd[ln[k]]
	}
}

// reNumberUser is a number of seven digits or more in groups, then in
// brackets two or three capitalised words that a comma or the bracket
// ends: the line's or the account's user ("0751 962 0384 (Hero Shirwan,
// data SIM)").
var reNumberUser = regexp.MustCompile(`\d[\d ]{6,}\d\s+\((\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})[,)]`)

// numberUserScore is the score of a name in brackets after a number.
const numberUserScore = 0.7

// numberUserNames finds the names in brackets after a number
// (reNumberUser), one of their words no dictionary's or a listed name,
// none a label's, a form's or a calendar's: "(Customer Service)" and
// "(Mon-Fri)" name no one.
func numberUserNames(text string, base int) []Match {
	var out []Match
	for _, m := range reNumberUser.FindAllStringSubmatchIndex(text, -1) {
		ws := strings.Fields(strings.ReplaceAll(text[m[2]:m[3]], "-", " "))
		if slices.ContainsFunc(ws, func(w string) bool { return isLabelWord(w) || isFormWord(w) || calendarWord(w, 1) }) ||
			!slices.ContainsFunc(ws, func(w string) bool { return knownName(w) || !isDictWord(w) }) {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: base + m[2], End: base + m[3], Score: numberUserScore, Source: "names:bracket"})
	}
	return out
}
