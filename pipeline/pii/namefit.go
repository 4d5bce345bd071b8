package pii

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// What a person's name looks like, word by word: the checks that a value
// taken from a label's neighbourhood, or a run of capitalised words, must
// pass before it is reported as a PERSON.

// nameParticles are the lower-case words inside names of many languages
// ("Ludwig van Beethoven", "María de la Cruz", "Omar bin Said", Swedish's
// "af Brännvall"), and the
// "son of" and "daughter of" of Singapore's and Malaysia's Indian names
// ("Rajendran s/o Muthusamy").
var nameParticles = map[string]bool{"de": true, "dela": true, "delos": true, "da": true, "das": true, "do": true, "dos": true, "del": true,
	"della": true, "los": true, "las": true, "di": true, "du": true, "la": true, "le": true, "van": true, "von": true, "der": true,
	"den": true, "ter": true, "ten": true, "zu": true, "bin": true, "ibn": true, "bint": true, "al": true,
	"el": true, "st.": true, "af": true, "binti": true, "bte": true, "a/l": true, "a/p": true, "s/o": true, "d/o": true,
	// Welsh's son and daughter of ("Cai ap Dafydd-Rowlands", "Non ferch Ifan")
	"ap": true, "ab": true, "ferch": true, "verch": true}

// nameConjunctions join two names in one value ("Mr. and Mrs. Smith"), or
// two surnames, as Catalan joins them ("Cerqueda i Font").
var nameConjunctions = map[string]bool{"and": true, "und": true, "et": true, "y": true, "e": true, "i": true, "&": true}

// coreWord is a word without the punctuation around it.
func coreWord(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// knownName reports a word that a name list holds, also when it is an
// ordinary word as well ("Rose", "Will").
func knownName(w string) bool {
	loadNameLists()
	return inNameList(firstNames, w) || inNameList(lastNames, w) || inNameList(listedNames, w)
}

// knownParts reports a name joined by a hyphen whose parts the name lists
// or the lexicon's names all hold ("Pieter-Jan", "Marie-Louise").
func knownParts(w string) bool {
	return hyphenPartsAll(w, func(p string) bool { return knownName(p) || lexiconName(p) })
}

// hyphenPartsAll reports a word of two parts or more joined by hyphens,
// each of which ok holds.
func hyphenPartsAll(w string, ok func(string) bool) bool {
	parts := strings.Split(w, "-")
	return len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return !ok(p) })
}

// dictWord reports an ordinary word of a dictionary or of the form
// vocabulary.
func dictWord(w string) bool { return isDictWord(w) }

// capitalised reports a word of letters that starts with an upper-case
// letter (all upper case included).
func capitalised(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// lowerFirst reports a word that starts with a lower-case letter.
func lowerFirst(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsLower(r[0])
}

// initialWord reports one or more initials ("J.", "J.R.", "K").
func initialWord(w string) bool {
	return reInitialWord.MatchString(strings.TrimRight(w, ",;"))
}

// sumWords open the rows of a bill's sums, in the languages the detector
// reads: no name starts with one.
var sumWords = lowerSet([]string{"total", "subtotal", "sub-total", "totaal", "gesamt", "gesamtbetrag", "summe",
	"jumlah", "montant", "importe", "totale", "soma", "suma", "razem", "összesen", "yhteensä", "summa", "toplam"})

// stampWords name an official stamp or seal, in the languages the
// detector reads: a caption that holds one names no person.
var stampWords = lowerSet([]string{"stamp", "seal", "cachet", "tampon", "stempel", "sello", "timbro", "carimbo",
	"pieczęć", "pieczątka", "razítko", "pečiatka", "pečat", "pecat", "žig", "ştampila", "ștampila", "stampila",
	"bélyegző", "pecsét", "leima", "muhuri", "selo", "mühür", "kaşe"})

// numberValue reports a value of digits and marks, no letter, with two
// digits or more.
func numberValue(ws []int, words []doc.Word) bool {
	digits := 0
	for _, wi := range ws {
		if hasLetters(words[wi].Text, 1) {
			return false
		}
		digits += patDigitCount(words[wi].Text)
	}
	return digits >= 2
}

// personValueFits reports whether the words of a label's value can be a
// person's name (or a short list of names): not a sentence (two or more
// lower-case dictionary words or days and months), and, when printed (read
// with confidence), at least one name-like word: a name-shaped word that
// the curated name lists know or no dictionary holds, or initials. A value
// of only ordinary words ("VOLUME STORES", "Voice Number") is the next
// label or a column heading, and so is a value with "#" or two ordinary
// capitalised words and no name, however poorly read, or a number.
func personValueFits(ws []int, words []doc.Word, printed bool) bool {
	if scribbleValue(ws, words) || len(ws) >= 2 && cityLed(coreWord(words[ws[0]].Text), coreWord(words[ws[1]].Text)) || cityAlone(ws, words) {
		return false
	}
	if numberValue(ws, words) && (printed || !slices.ContainsFunc(ws, func(wi int) bool { return words[wi].Pass != doc.PassField })) {
		// "Cashier : 0417", its colon read as "+" by the field's second
		// reading: the cashier's number. A first reading that OCR hardly
		// believed is read again first.
		return false
	}
	if sumWords[strings.ToLower(coreWord(words[ws[0]].Text))] {
		return false // "TOTAL BELANJA": a receipt's sum under the row above
	}
	if acronymOffice(textsOf(words, ws)) {
		return false // "Copy to: SHO, Police": a station's officer, no one's name
	}
	if elidedOpening(strings.TrimSpace(words[ws[0]].Text)) {
		return false // "Distribution d'Eau Potable du Cameroun": a firm's name goes on after the label's word
	}
	if slices.ContainsFunc(ws, func(wi int) bool { return markerWord(words[wi].Text) }) {
		return false // "NRC No.": the next column's head, no one's name
	}
	if slices.ContainsFunc(ws, func(wi int) bool { return stampWords[strings.ToLower(coreWord(words[wi].Text))] }) {
		return false // "Muhuri wa Shule / School Stamp": the stamp's caption beside a signature's line
	}
	if lowerOpening(ws, words) || idLabelBeforeName(ws, words) {
		return false // "Médico clínico - M.N. 98765", "Médico Internista - Céd. Prof.": the label's qualifier
	}
	if t := words[ws[0]].Text; patDigitCount(t) >= 4 && hasLetters(t, 1) {
		return false // a code of letters and digits: "RFC Receptor: XAXX010101000" is the recipient's tax number
	}
	if !slices.ContainsFunc(ws, func(wi int) bool { return !calendarWord(coreWord(words[wi].Text), 1) }) {
		return false // "Mon Tue": a rota's days under a column's header
	}
	prose, named, ordinary := 0, 0, 0
	unlisted := 0           // lower-case words of three letters or more that neither dictionaries nor name lists hold
	listed, capital := 0, 0 // capitalised words, and those a name list holds
	nameish := 0            // capitalised words listed or written as names are
	particleBefore := false // a lower-case particle of a surname right before ("de Vries", "van Dijk")
	for k, wi := range ws {
		t := strings.TrimSpace(words[wi].Text)
		if numberSignWord(t) {
			return false // "# REPS": a count's column; "Nº Colegiado": a number's label
		}
		core := coreWord(t)
		if !hasLetters(core, 1) {
			continue
		}
		if k > 0 && k < len(ws)-1 && core == strings.ToUpper(core) && nameParticles[strings.ToLower(core)] {
			// A particle in capitals inside a name in capitals ("ITZEL
			// YARIELA APARICIO DE QUINTERO") is the surname's, no word.
			particleBefore = true
			continue
		}
		lower := !capitalised(core)
		afterParticle := particleBefore && !lower
		particleBefore = lower && nameParticles[strings.ToLower(core)]
		wordListed, namedBefore := false, named
		if !lower {
			capital++
			// A particle written capitalised ("Le Van Hung") is a name's
			// even when a label is spelt so ("Van").
			particle := nameParticles[strings.ToLower(core)]
			if nameShaped(core) && (particle || !isLabelWord(core) && !isFormWord(core)) && lexicon.IsName(strings.ToLower(core)) {
				listed++
				wordListed = true
			}
		}
		switch {
		case lower && (nameParticles[strings.ToLower(core)] || nameConjunctions[strings.ToLower(core)]):
		case lower && dictWord(core) || calendarWord(core, 1) || elidedWord(core):
			prose++
		case lower && !knownName(core) && letterCount(core) >= 3:
			unlisted++
		case initialWord(t) || initialWord(core) || fusedInitials(core) || afterParticle && nameShaped(core):
			// A capitalised word after a surname's particle is the
			// surname, even when it is a word too ("de Vries", "de Jong").
			named++
		case nameLikeWord(core):
			named++
		case dictWord(core) && !knownName(core):
			ordinary++
		}
		if !lower && (wordListed || named > namedBefore) {
			nameish++
		}
	}
	if listed > 0 && capital >= 2 && capital <= 4 && nameish == capital && prose == 0 {
		// Every word a name of the broad lists or written as names are,
		// the listed ones also words of the dictionary ("Ester Vergara
		// Solano", "Inês Margarida Carvalho Pinto").
		named, ordinary = max(named, 1), 0
	}
	if prose >= 2 || unlisted >= 3 || named == 0 && (printed || ordinary >= 2) {
		// unlisted: a sentence of a language the dictionaries lack ("Pacient
		// byl léčen koronární intervencí"); two are OCR's fragments of a
		// name read twice ("Julio Cés ésar Seg egura Olivo").
		return false
	}
	// A row of ordinary words with a few odd ones among them is a
	// sentence or a banner read poorly ("PLEASE ACKNOWLEDGE RECEIPT OF
	// THIS NOTICE ..."), and no name runs to more than personMaxWords.
	return !(ordinary >= 3 && ordinary > named) && len(ws) <= personMaxWords
}

// acronymOffice reports words of an office, no name: an acronym of three
// or four capitals and dictionary words that no name list holds
// ("SHO, Police", a police station's house officer; "NG, Mary" and "KA.
// Sparrow" are names).
func acronymOffice(ws []string) bool {
	acronym, dict := false, false
	for _, w := range ws {
		core := coreWord(w)
		switch {
		case core == "":
		case isUpperWord(core) && letterCount(core) >= 3 && letterCount(core) <= 4 && len(core) == letterCount(core):
			acronym = true // two letters are initials ("KA. Sparrow", "KA, Sparrow" as OCR reads "K. A.")
		case isDictWord(core) && !isFirstName(core) && !isLastName(core):
			dict = true
		default:
			return false
		}
	}
	return acronym && dict
}

// elidedOpening reports a word that opens with an elided article or
// preposition in lower case before a dictionary's word that no name list
// holds ("d'Eau", "l'Hôpital"): a phrase goes on there ("d'Ormesson" is
// a surname).
func elidedOpening(t string) bool {
	for _, p := range []string{"d'", "l'", "d’", "l’"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			rest = coreWord(rest)
			return rest != "" && isDictWord(rest) && !knownName(rest)
		}
	}
	return false
}

// idLabelBeforeName reports a value whose words after the first reach an
// ID's short label word ("Céd.", "M.N."; idLabelWords) before any word a
// name list holds: the label's qualifier ("Médico Internista") and the
// next field's label; or one that opens with such a word in capitals
// that no name list holds ("RNE 21734" under a doctor's stamp: "Nic" and
// "Rut" are given names too).
func idLabelBeforeName(ws []int, words []doc.Word) bool {
	for k, wi := range ws {
		t := strings.TrimSpace(words[wi].Text)
		core := coreWord(t)
		if shortIDLabel(idWord(t)) && (k > 0 || isUpperWord(core) && !knownName(core) && !knownName(titleCased(strings.ToLower(core)))) {
			return true
		}
		if capitalised(core) && (isFirstName(core) || isLastName(core)) {
			return false
		}
	}
	return false
}

// lowerOpening reports a value of two words or more whose first word is
// a lower-case word of three letters or more and no surname's particle,
// and no capitalised word of three letters or more after it: a phrase
// ("Médico clínico - M.N."), where a name after a lower-case role has
// one ("tannlege Henrik Aas").
func lowerOpening(ws []int, words []doc.Word) bool {
	if len(ws) < 2 {
		return false
	}
	core := coreWord(words[ws[0]].Text)
	low := strings.ToLower(core)
	if letterCount(core) < 3 || core != low || nameParticles[low] || nameConjunctions[low] {
		return false
	}
	for _, wi := range ws[1:] {
		if c := coreWord(words[wi].Text); capitalised(c) && letterCount(c) >= 3 {
			return false
		}
	}
	return true
}

// cityLed reports a large city's name as a name's first word, next a
// place no surname list holds, another large city or a short word that no
// list or dictionary holds, or itself no given name: "London Heathrow",
// "Lagos Murtala" (airports), "Hamburg Hbf" (a station), where "Paris
// Hilton" and "Sydney Smith" are names.
func cityLed(first, next string) bool {
	if lexicon.PlacePopulation(first) < locCityPopulation {
		return false
	}
	return !isFirstName(first) || lexicon.PlaceCountries(next) != nil && !isLastName(next) ||
		lexicon.PlacePopulation(next) >= locCityPopulation || // two cities: "Québec" / "Montréal, le 2 décembre"
		unknownShortWord(next)
}

// unknownShortWord reports a word of three letters or fewer, letters
// alone, that no name list or dictionary holds: an abbreviation ("Hbf").
func unknownShortWord(w string) bool {
	core := coreWord(w)
	n := letterCount(core)
	return n > 0 && n <= 3 && n == len([]rune(core)) && !isFirstName(core) && !isLastName(core) && !isDictWord(core)
}

// cityAlone reports a value of one word with letters, a large city's
// name that no name list holds: a journey's end after "From:" or "To:"
// ("From: LAHORE (LHE)"), where "To: Denver" may be a person's.
func cityAlone(ws []int, words []doc.Word) bool {
	city := ""
	for _, wi := range ws {
		if core := coreWord(words[wi].Text); hasLetters(core, 1) {
			if city != "" {
				return false
			}
			city = core
		}
	}
	return city != "" && lexicon.PlacePopulation(city) >= locCityPopulation && !isFirstName(city) && !isLastName(city)
}

// elidedWord reports an elided article before a lower-case word
// ("L'acquisto", "d'un"): prose, where a name's apostrophe comes before a
// capital ("O'Brien", "D'Amore").
func elidedWord(core string) bool {
	_, rest, ok := strings.Cut(strings.ReplaceAll(core, "’", "'"), "'")
	return ok && rest != "" && !capitalised(rest)
}

// personMaxWords is the most words a person's value beside a label has
// ("Dr. Jean-Pierre de La Fontaine, Jr." and a little noise).
const personMaxWords = 8

// nameLikeWord reports a word shaped like a name (capitalised or upper
// case; each part of "Lassiter/Douglas" so) that a curated name list
// knows or that is no dictionary or label word.
func nameLikeWord(core string) bool {
	for _, part := range strings.Split(core, "/") {
		if len([]rune(part)) < 2 || !nameShaped(part) || !knownName(part) && (dictWord(part) || isLabelWord(part) || specialistWord(part)) {
			return false
		}
	}
	return true
}

// specialistSuffixes end the words for a medical specialist in the
// languages the detector reads: "Rheumatologist", "Kardiologe",
// "cardiologue", "cardiólogo", "psiquiatra", "psychiater", "kardiolog",
// "Physician".
var specialistSuffixes = []string{"ologist", "ologists", "ologe", "ologin", "ologue", "ólogo", "óloga", "ologo",
	"ologa", "olog", "iatrist", "iatra", "iater", "ician", "icians"}

// specialistWord reports a word that names a medical specialist by its
// ending (specialistSuffixes), as a value of "Consultant" or "Facharzt"
// does ("Consultant Rheumatologist"): no name.
func specialistWord(w string) bool {
	low := strings.ToLower(w)
	for _, suf := range specialistSuffixes {
		if strings.HasSuffix(low, suf) && len(low) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nameShaped reports a word written as names are: all upper case, or an
// upper-case letter and lower-case ones, with capitals only after a
// prefix or a hyphen ("McDonald", "O'Brien", "Meyer-Lenz"). OCR noise
// ("AcoounT", "oF") is not. One capital that OCR reads for a small letter
// with a mark inside a lower-case run counts as that letter
// ("KoSmider" for "Kośmider", "BroZek" for "Brożek").
func nameShaped(w string) bool {
	r := []rune(w)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	if strings.ToUpper(w) == w {
		return true
	}
	marked := false
	for i := 1; i < len(r); i++ {
		if !unicode.IsUpper(r[i]) {
			continue
		}
		prev := string(r[max(0, i-3):i])
		if r[i-1] == '-' || r[i-1] == '\'' || strings.HasSuffix(prev, "Mc") || strings.HasSuffix(prev, "Mac") || strings.HasSuffix(prev, "De") || strings.HasSuffix(prev, "Le") || strings.HasSuffix(prev, "La") {
			continue
		}
		if marked || !markedCapitalRead(r, i) {
			return false
		}
		marked = true
	}
	return true
}

// markedCapitals are the capitals OCR reads for small letters with a
// mark of the Central European and Turkish alphabets (ś š ş, ź ż ž, ć č
// ç, ń ň).
const markedCapitals = "SZCN"

// markedCapitalRead reports rune i of r one of markedCapitals between
// small letters, where no dictionary word starts: a brand's second word
// joined in camel case starts one ("HealthCare", "BioScience").
func markedCapitalRead(r []rune, i int) bool {
	if !strings.ContainsRune(markedCapitals, r[i]) || !unicode.IsLower(r[i-1]) || i+1 >= len(r) || !unicode.IsLower(r[i+1]) {
		return false
	}
	tail := string(r[i:])
	if j := strings.IndexAny(tail, "-'"); j > 0 {
		tail = tail[:j]
	}
	return !isDictWord(tail)
}

// dateValueFits reports whether a label's value can be a date: no run of
// ordinary words without a digit ("SPECIAL HANDLING REQUIREMENTS"), and,
// when printed, a digit or a month.
func dateValueFits(ws []int, words []doc.Word, printed bool) bool {
	dict := 0
	for _, wi := range ws {
		if numberSignWord(words[wi].Text) {
			return false // the next column's label: "Date   N° client"
		}
		core := coreWord(words[wi].Text)
		if len([]rune(core)) >= 3 && hasLetters(core, 3) && dictWord(core) && !monthNames[strings.ToLower(core)] && !weekdays[strings.ToLower(core)] {
			dict++
		}
	}
	digits := valueHasDigit(ws, words)
	if dict >= 2 && !digits {
		return false
	}
	if !digits && slices.ContainsFunc(ws, func(wi int) bool {
		c := coreWord(words[wi].Text)
		low := strings.ToLower(c)
		return numberMarker(words[wi].Text) || letterCount(c) >= 4 && !monthNames[low] && !slices.Contains(dateKeys, low) && (isLabelWord(c) || isFormWord(c))
	}) {
		// The next column's label or head: "Date   Customer No.", "Date
		// Description". A date's own word stays: a field read so poorly
		// that a date's label shows in it ("Date Prepared [Date") is
		// read again.
		return false
	}
	if digits {
		text := strings.Join(textsOf(words, ws), " ")
		if amountNoDate(text) {
			return false // "Amount Due: 224.00"
		}
		return numericDateFits(text) || hasMonth(ws, words) || !printed && mostlyDigits(text)
	}
	return !printed || hasMonth(ws, words)
}

// amountNoDate reports a sum of money that no date is written as, its
// currency's code before it or not: its whole part holds a thousands
// group, is more than a day's or a month's number, or is nought ("224.00",
// "NGN 0.00"; "12.05" may be a date).
func amountNoDate(text string) bool {
	t := strings.TrimLeft(strings.TrimSpace(text), "$€£")
	if code, rest, ok := strings.Cut(t, " "); ok && currencyCode(code) {
		t = strings.TrimSpace(rest) // the currency's code before it: "NGN 0.00"
	}
	if !reAmount.MatchString(t) {
		return false
	}
	whole := strings.TrimLeft(t[:len(t)-3], "-~+")
	if strings.ContainsAny(whole, ",.' ") {
		return true
	}
	n, err := strconv.Atoi(whole)
	return err == nil && (n > 31 || n == 0)
}

// reTimeWord is a word of a time of day after a date: "4:00", "14.22",
// "P.M.", "PM", "P." and "M." read apart, "Uhr".
var reTimeWord = regexp.MustCompile(`^(?:\d{1,2}[:.h]\d{2}(?::\d{2})?|[AaPp]\.?[Mm]\.?|[AaPpMm]\.|hrs?|Uhr)[,.]?$`)

// dateWordsOf narrows a date label's value ws to the words of the dates it
// holds and the time after them, when it holds a date (patDate) and other
// words besides ("03/03/2025 EFTPOS WOOLWORTHS" under a statement's "Date"
// column); ws otherwise.
func dateWordsOf(ws []int, words []doc.Word) []int {
	var text strings.Builder
	starts := make([]int, len(ws))
	for k, wi := range ws {
		if k > 0 {
			text.WriteByte(' ')
		}
		starts[k] = text.Len()
		text.WriteString(strings.TrimSpace(words[wi].Text))
	}
	ms := patDate(text.String())
	if len(ms) == 0 {
		if len(ws) > 1 && ledgerDayMonth(strings.TrimSpace(words[ws[0]].Text)) {
			return ws[:1] // a row's day and month under a "Date" column: "10/02 Direct Deposit …"
		}
		return ws
	}
	var out []int
	timed := false // the word before is a date's or a time's
	for k, wi := range ws {
		end := starts[k] + len(strings.TrimSpace(words[wi].Text))
		inDate := false
		for _, m := range ms {
			if starts[k] < m.End && end > m.Start {
				inDate = true
				break
			}
		}
		timed = inDate || timed && reTimeWord.MatchString(strings.TrimSpace(words[wi].Text))
		if timed {
			out = append(out, wi)
		}
	}
	return out
}

// numericDateFits reports whether a value with digits can be a date: it
// holds one (patDate), digits joined by a date separator ("12/(4/89"
// read from handwriting), or a year ("Suly 23, 1998"). "TX 13951 U"
// beside "RECEIVED" is none of these.
func numericDateFits(text string) bool {
	return len(patDate(text)) > 0 || reDateSeparated.MatchString(text) || reYearLike.MatchString(text)
}

// mostlyDigits reports a text with at least as many digits as letters:
// a handwritten date read as noise ("— 1209s", "et + 89"), not a stamp's
// code read as words ("7 asesa .U").
func mostlyDigits(text string) bool {
	digits, letters := 0, 0
	for _, r := range text {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits >= letters
}

var (
	reDateSeparated = regexp.MustCompile(`\d\s?[/.\-]\s?\S*\d`)
	reYearLike      = regexp.MustCompile(`(^|\D)(19|20)\d\d($|\D)`)
)

// fusedInitials reports two capitals read as one word ("KA Sparrow"),
// unless they are a common abbreviation ("NO", "ST").
func fusedInitials(core string) bool {
	return len(core) == 2 && strings.ToUpper(core) == core && hasLetters(core, 2) &&
		!notInitials[core] && !notFusedInitials[core]
}

// isLabelWord reports a word of the label vocabulary ("name", "date",
// "phone", "signature").
func isLabelWord(w string) bool {
	low := strings.ToLower(w)
	return inLabelVocab(low) || inLabelVocab(lexicon.Unaccented(low)) // OCR's accent: "Patiént" for "Patiënt"
}

// cutAtLabel shortens a value at the first word, past its first, that ends
// in a colon and has letters: the next field's label ("Dr Elsa Meyer
// Mutuelle:", "FLOTTMANN, Etienne Geburtsdatum:"), with the word before
// it that names what the next value is, or in a person's value that is
// no name's; or at a table's rule read as "|".
func cutAtLabel(ws []int, words []doc.Word, person bool) []int {
	for k := 1; k < len(ws); k++ {
		t := strings.TrimSpace(words[ws[k]].Text)
		// A person's value holds no house number: "Reg. No:" after a
		// name opens the next label, though "Reg." is a street type too.
		if labelWordAt(words, ws[k]) && (person || !houseNumberColon(words, ws[k-1], ws[k])) {
			if j := labelPhraseStart(ws, words, k); j > 0 {
				return markerTrimmed(ws[:j], words) // "Carmen Ortega Ruiz Fecha de nacimiento:"
			}
			prev := words[ws[k-1]].Text
			if k > 1 && (markerQualifier(prev, t) || shortMarkerOpener(prev, t, k-1) || person && (ordinaryCapitalised(prev) && !surnameBeforeLabel(prev, t) || kinNoun(prev))) {
				// the word starts the label: "Specimen ID:", a name's
				// "Harold Vincent Okafor Visit date:", "Priya Sharma
				// Father's occupation:"
				return markerTrimmed(ws[:k-1], words)
			}
			return markerTrimmed(ws[:k], words)
		}
		if t != "" && strings.Trim(t, "|[]") == "" {
			return ws[:k] // a table's rule: the next cell
		}
	}
	return ws
}

// otherLanguageHalf reports a word before a slash and a label that is
// that label in another language: a word of a dictionary or of labels,
// no listed name ("Firma / Signature:"; "Pérez / DOB:" ends a name).
func otherLanguageHalf(t string) bool {
	c := coreWord(t)
	return capitalised(c) && !knownName(c) && (isDictWord(c) || isLabelWord(c))
}

// labelPhraseMax is the most words of a label phrase that a value may run
// into before the phrase's colon.
const labelPhraseMax = 4

// labelPhraseStart is where a label phrase of three words or more that
// ends at word k of ws starts ("Fecha de nacimiento:", "Numéro de
// sécurité sociale:"): a label's own word opens it and the phrase reads
// as a label. One word of the value at least stays; -1 when no phrase
// does. A phrase of two words is cutAtLabel's own case.
func labelPhraseStart(ws []int, words []doc.Word, k int) int {
	for j := max(1, k-labelPhraseMax+1); j <= k-2; j++ {
		if !isLabelWord(coreWord(words[ws[j]].Text)) || !capitalised(coreWord(words[ws[j]].Text)) {
			continue
		}
		raw := make([]string, 0, k-j+1)
		for _, wi := range ws[j : k+1] {
			raw = append(raw, words[wi].Text)
		}
		canon := labelCanon(raw)
		_, exact := exactLabels[canon]
		if _, keyword := keywordRule(canon); exact || keyword {
			return j
		}
	}
	return -1
}

// markerTrimmed is ws without the number markers that end it: they open
// the next label ("Manuel Sousa Pereira N.º Utente SNS:").
func markerTrimmed(ws []int, words []doc.Word) []int {
	for len(ws) > 1 && numberMarker(words[ws[len(ws)-1]].Text) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// surnameBeforeLabel reports a word the name lexicon holds before a label
// that it does not qualify (no keyword label is made of the two): the
// name's surname, a word of some dictionary too ("Martín Alejandro Sosa
// CUIT/CUIL:"), where "Birth Date:" is one label.
func surnameBeforeLabel(prev, label string) bool {
	if !lexicon.IsName(strings.ToLower(coreWord(prev))) {
		return false
	}
	_, ok := keywordRule(labelCanon([]string{prev, label}))
	return !ok
}

// houseNumberColon reports a number marker at page word m after a street
// type at word st, the next word of m's line holding digits: the house
// number's ("Bağdat Caddesi No: 215"), no next label.
func houseNumberColon(words []doc.Word, st, m int) bool {
	return numberMarker(words[m].Text) && isStreetTypeWord(coreWord(words[st].Text)) &&
		m+1 < len(words) && words[m+1].Line == words[m].Line && hasDigit(words[m+1].Text)
}

// labelWordAt reports whether word i ends a label: letters and no digit,
// with its colon at its end or opening the next word of its line (a
// colon set apart, "Sample ID : CHN2611045", or glued to the value,
// "Age/Sex :54"; not after a listed name, whose colon is a speck's).
func labelWordAt(words []doc.Word, i int) bool {
	t := strings.TrimSpace(words[i].Text)
	if !hasLetters(t, 2) || strings.ContainsAny(t, "0123456789") {
		return false
	}
	if strings.HasSuffix(t, ":") {
		return true
	}
	n := i + 1
	return n < len(words) && words[n].Line == words[i].Line &&
		strings.HasPrefix(strings.TrimSpace(words[n].Text), ":") && !knownName(coreWord(t))
}

// ordinaryCapitalised reports a capitalised word of a dictionary that no
// name list holds ("Visit"): no word of a name.
func ordinaryCapitalised(word string) bool {
	w := coreWord(word)
	return capitalised(w) && isDictWord(w) && !knownName(w)
}

// markerQualifier reports a word before a number's marker that names
// what the number is ("Specimen" of "Specimen ID:"): an ordinary word
// that no name list holds, so the label's, not the value's before it.
func markerQualifier(word, marker string) bool {
	w := coreWord(word)
	return numberMarker(marker) && isDictWord(w) && !knownName(w)
}

// shortMarkerOpener reports a short capitalised word (two to four
// letters) before a number's marker, after two name words at least: the
// abbreviation that opens the next field's label ("Rafiqul Islam
// Chowdhury Reg. No:"), though a name list holds it too ("Reg").
func shortMarkerOpener(word, marker string, before int) bool {
	w := coreWord(word)
	return before >= 2 && numberMarker(marker) && capitalised(w) && letterCount(w) >= 2 && letterCount(w) <= 4 && letterCount(w) == len([]rune(w))
}

// numberAt is the index in ws of the first word that is a number or a
// code (two digits or more, a "+" and a digit, or a digit at either end:
// no part of a name; "J0hn" is a name read poorly), len(ws) when none.
func numberAt(ws []int, words []doc.Word) int {
	for k, wi := range ws {
		t := strings.Trim(words[wi].Text, "(),.;:")
		if patDigitCount(t) >= 2 || strings.HasPrefix(t, "+") && patIsDigit(patByte(t, 1)) ||
			t != "" && (patIsDigit(t[0]) || patIsDigit(t[len(t)-1])) {
			return k
		}
	}
	return len(ws)
}

// reEnumerator is the numbering of a list item: "5.", "(A)", "b)".
var reEnumerator = regexp.MustCompile(`^\(?[0-9A-Za-z]{1,2}[.)]$`)

// reLandmarkSteps is a distance and a direction from a landmark, as
// Costa Rica and Nicaragua write addresses ("de la Iglesia de Lourdes 200
// m este y 50 m sur", "del parque 2 cuadras al norte"): an address, no
// prose.
var reLandmarkSteps = regexp.MustCompile(`\b\d+\s?(?:m|mts|metros|varas|cuadras?|c|km)\.?\s+(?:al\s+)?(?:norte|sur|este|oeste|arriba|abajo)\b`)

// placeValueFits reports whether a label's value can be an address or a
// place: it has a digit, a capitalised word that is no dictionary or label
// word, or names a known town ("Grand Rapids"); and it is no sentence
// unless it steps from a landmark (reLandmarkSteps).
// A value of ordinary words ("Role of Inflammation", "LOCATION WHERE
// RESEARCH WILL BE CONDUCTED") is the next label or a heading.
func placeValueFits(ws []int, words []doc.Word) bool {
	var parts []string
	prose, named, digits := 0, 0, false
	for k, wi := range ws {
		t := strings.TrimSpace(words[wi].Text)
		if k == 0 && reEnumerator.MatchString(t) || strings.HasPrefix(t, "#") {
			continue // "5.", "(A)", "#4": a list's numbering
		}
		digits = digits || strings.ContainsAny(t, "0123456789")
		core := coreWord(t)
		if !hasLetters(core, 1) {
			continue
		}
		parts = append(parts, core)
		switch {
		case !capitalised(core):
			// "rue", "app." of a French address are no prose
			if dictWord(core) && !nameParticles[strings.ToLower(core)] && !streetTypeToken(core) && !unitToken(t) {
				prose++
			}
		case !dictWord(core) && !isLabelWord(core):
			named++
		}
	}
	if prose >= 2 {
		return reLandmarkSteps.MatchString(strings.ToLower(strings.Join(textsOf(words, ws), " ")))
	}
	return digits || named > 0 || len(parts) > 0 && len(parts) <= 4 && lexicon.PlaceCountries(strings.Join(parts, " ")) != nil
}

// numberSignWord reports a word holding a number's sign ("#", "N°",
// "Nº"): a count's or a number's label, in no name or date.
func numberSignWord(t string) bool { return strings.ContainsAny(t, "#°º") }

// scribbleValue reports a value whose words of two letters or more all
// lack a vowel and no name list holds them: a signature's scribble as OCR reads it
// ("VVVVVY", "VV VV V YY"), no name to replace.
func scribbleValue(ws []int, words []doc.Word) bool {
	n := 0
	for _, wi := range ws {
		core := coreWord(words[wi].Text)
		if letterCount(core) < 2 {
			continue // no letter, or an initial
		}
		if !scribbleWord(core) {
			return false
		}
		n++
	}
	return n > 0
}

// scribbleWord reports a word of letters without a vowel that no name list
// holds ("VY", "VVVVVY"): a signature's scribble as OCR reads it.
func scribbleWord(core string) bool {
	return letterCount(core) == len([]rune(core)) && !strings.ContainsAny(strings.ToLower(core), "aeiouáéíóúàèìòùâêîôûäëïöüãõåæøœ") && !knownName(core)
}

// placeNameShaped reports a place's label value written as a place's name:
// one to four capitalised words of letters, particles between them ("West
// Marks", "Le Havre" under "Place of birth"), though no gazetteer holds it
// and its words are ordinary words.
func placeNameShaped(ws []int, words []doc.Word) bool {
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for k, wi := range ws {
		core := coreWord(words[wi].Text)
		switch {
		case core == "" || letterCount(core) != len([]rune(strings.ReplaceAll(core, "-", ""))):
			return false
		case k > 0 && townConnectors[strings.ToLower(core)], capitalised(core) && lexicon.IsDirectional(core):
		case !capitalised(core) || isLabelWord(core) || isFormWord(core):
			return false
		}
	}
	return true
}

// reDecimalReading is a decimal number of a few digits: a measurement.
var reDecimalReading = regexp.MustCompile(`^\d{1,3}[.,]\d{1,2}$`)

// phoneValueFits reports whether a label's value can be a phone number:
// it has a digit and, printed, does not open with a measurement, or it is
// handwriting read as noise that holds no ordinary word ("CONFIDENTIAL",
// "Voice Number", "Call Placed Direct").
func phoneValueFits(ws []int, words []doc.Word, printed bool) bool {
	if valueHasDigit(ws, words) {
		// A measurement is no number to call: "White cell count 6.4",
		// "Red cell count: 4.52 x10^12/L"; nor is a range of years
		// ("School Year 2024-2025" on the line under "Fax").
		if !slices.ContainsFunc(ws, func(wi int) bool {
			t := strings.TrimRight(strings.TrimSpace(words[wi].Text), ".,;")
			return countDigits(t) > 0 && !reYearRange.MatchString(t)
		}) {
			return false
		}
		return !printed || !reDecimalReading.MatchString(strings.TrimSpace(words[ws[0]].Text))
	}
	if printed {
		return false
	}
	dict := 0
	for _, wi := range ws {
		if core := coreWord(words[wi].Text); hasLetters(core, 3) && dictWord(core) {
			dict++
		}
	}
	return dict == 0
}

// upperRead reports a word in capitals, its dotted capital "İ" read as
// "i" ("KiRA SOZLESMESi" for "KİRA SÖZLEŞMESİ").
func upperRead(w string) bool {
	i := strings.ReplaceAll(w, "i", "I")
	return strings.ToUpper(i) == i && (i == w || letterCount(w) >= 3)
}
