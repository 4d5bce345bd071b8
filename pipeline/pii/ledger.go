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

// Ledger rows: the lines of a bank statement or an account's history, a
// numeric date first and an amount after the description ("07/05/2023
// Bonifico a Azzurra Celeste 1.110,68", "27.11.2023 Bargeldauszahlung
// MINDEN 218,94"). After the words that name the kind of transaction
// (ordinary words: "Cash withdrawal", "Prelievo bancomat", "Transfer
// from") comes the counterparty, then perhaps its reference:
//
//   - a place written in capitals that the gazetteer knows (where cash
//     was taken out) is a LOCATION;
//   - capitalised words after a transfer preposition ("from", "an", "da",
//     "à"), or with a known given or family name among them, are a
//     PERSON;
//   - a code of letters and digits, or of six digits or more, after the
//     counterparty is its reference (ID).

// Ledger scores: the row's shape is the evidence, with the gazetteer or
// the name lists.
const (
	ledgerPlaceScore  = 0.7
	ledgerPersonScore = 0.6
	ledgerRefScore    = 0.55
	// ledgerMaxName is the most words of a counterparty.
	ledgerMaxName = 6
	// ledgerKindMaxWords is the most words of the kind of transaction
	// before a transfer preposition ("Bonifico a", "Transfer from").
	ledgerKindMaxWords = 4
)

var (
	// reLedgerDate is a row's opening date: numeric, the South Slavic
	// languages' period after the year allowed ("06.03.2025."), or a day
	// and an English month's abbreviation ("11-Sep-25", "02-Sep").
	reLedgerDate = regexp.MustCompile(`^(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4}\.?|\.)?|\d{4}[./-]\d{1,2}[./-]\d{1,2}|` +
		`\d{1,2}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:-\d{2,4})?\.?)$`)
	// reLedgerTime is the time of day a mobile-money statement prints
	// after a row's date ("08:14:22").
	reLedgerTime = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
	// reLedgerAmount is an amount with two decimals ("1.110,68",
	// "-4.107,83", "9,332.93", "2 200,21" is read as two tokens), or of a
	// currency without minor units in groups of thousands ("-2.500.000"
	// dong, "1,250,000" rupiah).
	reLedgerAmount = regexp.MustCompile(`^[-+]?(?:[\d.,']*\d[.,]\s?\d{2}|\d{1,3}(?:[.,]\d{3})+)[-+]?$`)
	// ledgerTransferWords are the prepositions after which a transfer
	// names its counterparty, in the languages the detector reads.
	ledgerTransferWords = map[string]bool{"from": true, "to": true, "an": true, "von": true, "a": true,
		"à": true, "da": true, "de": true, "para": true, "pour": true, "per": true, "van": true, "naar": true,
		// Vietnamese, with and without its diacritics: "CK den LE VAN TUAN".
		// Without them (ledgerBareWords) they count only so written.
		"đến": true, "den": true, "từ": true, "tu": true,
		// Portuguese's and Spanish's sent and received, which name the
		// counterparty after them ("PIX ENVIADO JOSE CARLOS BITTENCOURT").
		"enviado": true, "enviada": true, "recebido": true, "recebida": true, "recibido": true, "recibida": true,
		// The Nordic languages' to and from ("millifærsla á", "Overføring til", "från").
		"á": true, "til": true, "till": true, "frá": true, "fra": true, "från": true}
	// ledgerBareWords are transfer words that other languages' words
	// spell too ("Den Haag", "an den Vermieter"): they count written in
	// lower case before a word in capitals, as Vietnamese statements
	// write the counterparty.
	ledgerBareWords = map[string]bool{"den": true, "tu": true}
	// ledgerCashWords name a cash withdrawal, whose row then names where
	// the cash was taken out, in the languages the detector reads.
	ledgerCashWords = lowerSet(strings.Fields(`withdrawal atm cash bancomat prelievo cajero reintegro retrait dab
		gab bargeldauszahlung geldautomat auszahlung multibanco levantamento saque opname geldopname pinautomaat`))
	// ledgerPurchaseWords name a purchase by card, whose row then names
	// a merchant, no person, in the languages the detector reads.
	ledgerPurchaseWords = lowerSet(strings.Fields(`pos purchase purchases achat cb compra acquisto kartenzahlung
		kartenkauf einkauf aankoop betaalautomaat köp kortköp ostos betaalpas pinbetaling dankort varekjøp
		kortbetaling kortkjøp`))
	// ledgerBusinessWords name a payment to a business's own number, as
	// mobile money pays a bill or a till ("Pay Bill to 888880 - Kenya
	// Power", "Merchant Payment to 5127744 - Naivas", "Buy Goods"): the
	// number is the business's and the counterparty a firm.
	ledgerBusinessWords = lowerSet(strings.Fields(`merchant paybill bill goods till lipa biller`))
)

// ledgerColumnGap is how many text heights of space part a row's
// columns: a counterparty's name runs over no such gap.
const ledgerColumnGap = 6

// ledgerBusinessScore is the score of the business a bill's or a till's
// payment names.
const ledgerBusinessScore = 0.8

// LedgerRecognizer finds the places, persons and references of a page's
// ledger rows (source "ledger").
type LedgerRecognizer struct{}

// Name implements Recognizer.
func (LedgerRecognizer) Name() string { return "ledger" }

// Recognize implements Recognizer.
func (LedgerRecognizer) Recognize(in *Input) []Match {
	loadNameLists()
	var out []Match
	for _, r := range ledgerLines(in) {
		end := r.end
		if end < 0 && (ledgerTransferAt(r.text, len(r.ln)) > 0 || ledgerCashBefore(r.text, len(r.ln))) {
			// A skewed scan, or a wide gap before the amounts' columns,
			// puts the amounts on a row of their own: a transfer's
			// counterparty or a withdrawal's place ends the row.
			end = len(r.ln)
		}
		if end < 0 {
			continue
		}
		if r.named != nil {
			out = append(out, wordSpanMatch(in, r.named[0], r.named[len(r.named)-1], entity.Date, ledgerDateScore))
		} else if ledgerDayMonth(r.text(0)) || ledgerMisreadDate(r.text(0)) {
			// "09/02 Zelle Payment To …": the year is the statement's.
			out = append(out, wordSpanMatch(in, r.ln[0], r.ln[0], entity.Date, ledgerDateScore))
			if r.booked >= 0 {
				out = append(out, wordSpanMatch(in, r.booked, r.booked, entity.Date, ledgerDateScore))
			}
		}
		if ledgerQuantityRow(in, r.ln, r.text, end) {
			continue // a folio's or an invoice's dated row of a service: its quantity, its rate, its amount
		}
		parties := ledgerParties(in, r.ln, r.text, end)
		if !slices.ContainsFunc(parties, func(m Match) bool { return m.Type == entity.Person || m.Type == entity.Organization }) {
			parties = append(parties, partyColumnName(in, r.ln, r.text, end)...)
		}
		if !slices.ContainsFunc(parties, func(m Match) bool { return m.Type == entity.Person || m.Type == entity.Organization }) &&
			(ledgerTransferAt(r.text, end) > 0 || wrappedTransferLine(in, r)) {
			parties = append(parties, ledgerWrappedParty(in, r)...)
		}
		out = append(out, parties...)
	}
	return out
}

// ledgerQuantityRow reports a row whose description ends with a
// quantity (an integer of one to three digits) and two amounts after it:
// a hotel folio's or an invoice's dated line of a service ("28-04-2025
// Restaurant - Thakali Khana Set 2 1,225.00 2,450.00"), whose words name
// what was sold, no counterparty.
func ledgerQuantityRow(in *Input, ln []int, text func(int) string, end int) bool {
	n := len(ln)
	if end < 1 || end >= n {
		return false
	}
	q := strings.TrimSpace(text(end))
	k := end + 1
	if countDigits(q) != len(q) || q == "" {
		// the description's end is the first amount: the quantity is the
		// description's last word, or the one before a factor or a rate
		// written with one decimal ("Vollkrone 1 2,3 217,06")
		k = end
		if i := end - 1; i > 1 && reOneDecimal.MatchString(text(i)) {
			k = i
		}
		q = strings.TrimSpace(text(k - 1))
	}
	if q == "" || len(q) > 3 || countDigits(q) != len(q) || k < n && reThousandsTail.MatchString(text(k)) && !gapWider(in.Page.Words[ln[k-1]].Box, in.Page.Words[ln[k]].Box, 1) {
		return false // "1 266,33": an amount's thousands, spaced
	}
	if k >= 2 {
		if b := strings.TrimSpace(text(k - 2)); b != "" && countDigits(b) == len(b) {
			return false // the last group of a phone's number: "MoMo from MUGABO Theoneste 0722 604 318"
		}
	}
	amounts := 0
	for ; k < n; k++ {
		if t := text(k); countDigits(t) > 0 && strings.ContainsAny(t, ".,") {
			amounts++
		}
	}
	return amounts >= 2
}

// reOneDecimal is a factor or a rate between a quantity and its amounts.
var reOneDecimal = regexp.MustCompile(`^\d{1,2}[.,]\d$`)

// reThousandsTail is the rest of an amount after its spaced thousands.
var reThousandsTail = regexp.MustCompile(`^\d{3}[.,]\d{2}$`)

// ledgerWrappedParty reads a transfer's counterparty that the row wraps
// onto the next line, under its description: two to four name-shaped
// words alone there, right of the row's date, two of them no ordinary
// words or listed names ("Funds received from - 0700482113" over "Ole
// Sankale Meitamei").
func ledgerWrappedParty(in *Input, r ledgerLine) []Match {
	if r.line+1 >= len(in.Lines) {
		return nil
	}
	next := in.Lines[r.line+1]
	words := in.Page.Words
	if len(next) == 0 {
		return nil
	}
	first := next[0]
	next = next[wrappedPartyLead(words, next):]
	if d := slices.IndexFunc(next, func(wi int) bool { return isDash(strings.TrimSpace(words[wi].Text)) }); d >= 2 {
		next = next[:d] // the transfer's purpose after a dash: "JUAN PABLO CASTAÑO RÍOS - ARRIENDO FEBRERO"
	}
	for len(next) > 0 && !hasAlnum(words[next[len(next)-1]].Text) {
		next = next[:len(next)-1] // a speck after the name, read as a mark
	}
	if len(next) < 2 || len(next) > 4 || words[first].Box.Left <= words[r.ln[0]].Box.Right() ||
		words[next[0]].Box.Top-words[r.ln[0]].Box.Bottom() > 2*words[r.ln[0]].Box.Height {
		return nil
	}
	named := 0
	for _, wi := range next {
		core := coreWord(words[wi].Text)
		if !ledgerNameToken(words[wi].Text) || !frameNameShape(core) {
			return nil
		}
		if !isDictWord(core) || knownName(core) {
			named++
		}
	}
	if named < 2 {
		return nil // ordinary words: the description goes on ("Monthly Service Fee")
	}
	return []Match{wordSpanMatch(in, next[0], next[len(next)-1], entity.Person, ledgerPersonScore)}
}

// wrappedTransferLine reports a row whose next line opens with a
// transfer's preposition and a number ("PROMPTPAY TRANSFER OUT" over "TO
// 081-935-2247 THANAKORN WONGSUWAN"): the row wraps its counterparty.
func wrappedTransferLine(in *Input, r ledgerLine) bool {
	if r.line+1 >= len(in.Lines) || len(in.Lines[r.line+1]) == 0 {
		return false
	}
	next := in.Lines[r.line+1]
	return ledgerTransferWords[strings.ToLower(strings.TrimSpace(in.Page.Words[next[0]].Text))] && wrappedPartyLead(in.Page.Words, next) > 0
}

// wrappedPartyLead is the number of words that open a transfer's wrapped
// line before the counterparty's name: the transfer's preposition, the
// bank's acronym and the account's or the phone's number, each if there
// ("TO 081-935-2247", "FROM SCB 405-3-71826-0"); 0 unless a number is
// among them.
func wrappedPartyLead(words []doc.Word, ln []int) int {
	k := 0
	text := func() string { return strings.TrimSpace(words[ln[k]].Text) }
	if k < len(ln) && ledgerTransferWords[strings.ToLower(text())] {
		k++
	}
	if k < len(ln) && bankAcronym(text()) {
		k++
	}
	if k < len(ln) && (ledgerAccountNumber(text()) || ledgerPartyNumber(text())) {
		return k + 1
	}
	return 0
}

// ledgerDateScore is the score of a row's date without its year.
const ledgerDateScore = 0.6

// ledgerDayMonth reports a row's date without a year whose two numbers
// can be a day and a month in either order ("09/02", "28.11").
func ledgerDayMonth(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 2 {
		return false
	}
	a, b := patAtoi(parts[0]), patAtoi(parts[1])
	return patDayOK(a, b) || patDayOK(b, a)
}

// reLedgerFullDate is a row's date written in full: two digits, two
// digits and the year.
var reLedgerFullDate = regexp.MustCompile(`^\d{2}[./-]\d{2}[./-](\d{4})$`)

// ledgerMisreadDate reports a row's full date whose day or month OCR
// misread into no date ("94/09/2022" for "04/09/2022"): the row's shape
// says what it is.
func ledgerMisreadDate(t string) bool {
	m := reLedgerFullDate.FindStringSubmatch(t)
	return m != nil && patYearOK(patAtoi(m[1]))
}

// ledgerLine is a line that opens with a date: its words
// (ledgerWords), their text, and its first amount's index (-1 for none).
type ledgerLine struct {
	ln   []int
	text func(int) string
	end  int
	// named is the words of a date written with its month's name ("07
	// Oct", "7 Oct 25"), which ln holds as its first word only; nil for
	// a numeric date.
	named []int
	// booked is the word of the booking date before the value date that
	// ln opens with, -1 when the row has one date.
	booked int
	// line is the row's index in Input.Lines.
	line int
}

// spreadDate reports a date's words ws parted by a gap of two text
// heights or more: no date is written so, a table's cells are.
func spreadDate(in *Input, ws []int) bool {
	for k := 1; k < len(ws); k++ {
		if gapWider(in.Page.Words[ws[k-1]].Box, in.Page.Words[ws[k]].Box, 2) {
			return true
		}
	}
	return false
}

// ledgerReceiptCode reports a transaction's receipt code that opens a
// row before its date, as mobile-money statements print it: letters and
// digits, both, six or more.
func ledgerReceiptCode(t string) bool {
	t = strings.ReplaceAll(t, "$", "S") // OCR's dollar sign for an "S" ("S$J41KX82P3")
	digits, letters := idCounts(t)
	return digits > 0 && letters > 0 && digits+letters == len(t) && len(t) >= 6
}

// ledgerReceiptDate reports a row that opens with a receipt's code and
// its date.
func ledgerReceiptDate(text func(int) string) bool {
	return ledgerReceiptCode(text(0)) && reLedgerDate.MatchString(text(1))
}

// ledgerLines are the page's lines that open with a date, or a receipt's
// code and a date, and have a word after it.
func ledgerLines(in *Input) []ledgerLine {
	var out []ledgerLine
	for li, ln := range in.Lines {
		ln = ledgerWords(in.Page.Words, ln)
		if len(ln) < 3 {
			continue
		}
		if text := ledgerText(in, ln); len(ln) > 3 && ledgerReceiptDate(text) {
			ln = ln[1:] // the row's receipt before its date ("SKL4X7Q1AB 03/11/2025 …")
		}
		n := 1 // the date's words
		if text := ledgerText(in, ln); !reLedgerDate.MatchString(text(0)) {
			if n = ledgerNamedDate(text, len(ln)); n == 0 || len(ln)-n+1 < 3 {
				continue
			}
		}
		var named []int
		if n > 1 && spreadDate(in, ln[:n]) {
			continue // a row's number, then its description: "1    Máy lọc không khí", which OCR reads "1 May loc"
		}
		if n > 1 {
			named, ln = ln[:n], ln[n-1:] // the date's last word stands for it
		}
		if text := ledgerText(in, ln); n == 1 && len(ln) > 3 && reLedgerTime.MatchString(text(1)) {
			ln = append([]int{ln[0]}, ln[2:]...) // the time after the date ("2024-10-03 08:14:22 Customer Transfer …")
		}
		booked := -1
		if text := ledgerText(in, ln); n == 1 && len(ln) > 3 && reLedgerDate.MatchString(text(1)) {
			// A booking date, then the value date ("04.11. 04.11.
			// Lastschrift …"): the description follows the second.
			booked, ln = ln[0], ln[1:]
		}
		text := ledgerText(in, ln)
		out = append(out, ledgerLine{ln: ln, text: text, end: ledgerDescriptionEnd(ln, text), named: named, booked: booked, line: li})
	}
	return out
}

// ledgerText reads the words of ln without the table's rules that OCR
// reads into them ("|23.11.2025", "1.196,91]").
func ledgerText(in *Input, ln []int) func(int) string {
	word := lineWordText(in.Page.Words, ln)
	return func(k int) string { return strings.Trim(word(k), "|[]") }
}

// ledgerNamedDate is the number of words of a row's date written with its
// month's name, as British statements write it ("07 Oct", "7 Oct 25", "Oct
// 07"); 0 when the line opens with none.
func ledgerNamedDate(text func(int) string, n int) int {
	if n < 2 {
		return 0
	}
	a, b := text(0), text(1)
	day := func(t string) bool {
		if countDigits(t) > 0 {
			t = strings.Map(zeroRead, t) // OCR's "@" for a zero: "Oct @5"
		}
		d := patAtoi(t)
		return len(t) <= 2 && countDigits(t) == len(t) && d >= 1 && d <= 31
	}
	month := func(t string) bool { return monthNames[normWord(strings.TrimRight(t, ".,"))] }
	if !(day(a) && month(b) || month(a) && day(strings.TrimRight(b, ","))) {
		return 0
	}
	if n > 2 && countDigits(text(2)) == len(text(2)) && (len(text(2)) == 2 || len(text(2)) == 4) {
		return 3
	}
	return 2
}

// zeroRead maps the letters OCR reads for a zero ("@", "O", "o") to it.
func zeroRead(r rune) rune {
	if r == '@' || r == 'O' || r == 'o' {
		return '0'
	}
	return r
}

// ledgerWords are the words of line ln that hold a letter or a digit, and
// the joiners of names ("&", "-"): a table's rules and the marks read from
// its lines ("|", "_", ".") are no part of a row's text.
func ledgerWords(words []doc.Word, ln []int) []int {
	out := make([]int, 0, len(ln))
	for _, wi := range ln {
		if t := words[wi].Text; ledgerJoiner(t) || strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, wi)
		}
	}
	return out
}

// ledgerTransferAt is the index of the last transfer preposition among the
// first words of a row's description (before word end), 0 when none. OCR
// reads the French "à" as "&" after the kind's one word ("Virement &").
// After a card purchase's word a preposition is the merchant's article
// ("Betaalpas - Supermarkt De Korenbloem").
func ledgerTransferAt(text func(int) string, end int) int {
	k := 0
	for i := 1; i < end && i <= ledgerKindMaxWords; i++ {
		// A preposition in capitals after words that are not is part of
		// a place ("Bargeldauszahlung NEUSTADT AN DER WEINSTRASSE").
		if ledgerCapsAfterKind(text, i) {
			break
		}
		// A speck after it reads as a period ("TRF TO. IBRAHIM").
		// One before a lower-case word joins a phrase of the kind
		// ("Pagamento de boleto", "Bonifico a favore di …").
		if t := strings.ToLower(strings.TrimRight(text(i), ".:")); (ledgerTransferWords[t] && !ledgerBareMisread(text, i, end) || t == "&" && i == 2 || ledgerCapsIn(text, i, end)) && (k == 0 || ledgerKindRun(text, k+1, i)) &&
			!(i+1 < end && sentenceWord(text(i+1))) && !ledgerParticleAfterGiven(text, i) && !ledgerPurchaseBefore(text, i) {
			k = i
		}
	}
	return k
}

// ledgerCapsIn reports an "IN" at i written in capitals between words in
// capitals: the incoming transfer of a statement that writes its rows so
// ("RTGS IN DANIEL KIPLAGAT", "PESALINK IN ESTHER WAMBUI"); in lower case
// it is a place's or a phrase's word.
func ledgerCapsIn(text func(int) string, i, end int) bool {
	if text(i) != "IN" || i+1 >= end {
		return false
	}
	for k := 1; k <= i+1; k++ {
		if c := coreWord(text(k)); c == "" || !isUpperWord(c) {
			return false
		}
	}
	return true
}

// ledgerParticleAfterGiven reports a transfer word at i right after a
// given name that no dictionary holds: the particle of a name ("RENATA DE
// ALMEIDA FARIAS"), no preposition.
func ledgerParticleAfterGiven(text func(int) string, i int) bool {
	prev := coreWord(text(i - 1))
	return i > 1 && isFirstName(prev) && !isDictWord(prev) && nameParticles[strings.ToLower(coreWord(text(i)))]
}

// ledgerBareMisread reports a bare transfer word (ledgerBareWords) at i
// that is not written as the transfer's: in lower case before a word in
// capitals.
func ledgerBareMisread(text func(int) string, i, end int) bool {
	t := strings.TrimRight(text(i), ".:")
	if !ledgerBareWords[strings.ToLower(t)] {
		return false
	}
	return t != strings.ToLower(t) || i+1 >= end || !isUpperWord(text(i+1)) || letterCount(text(i+1)) < 2
}

// ledgerKindRun reports words text(s..e-1) that are all the kind's
// words: a preposition after a name is the name's particle ("Bonifico a
// Genesia De Martino"), no second transfer word; so is one after a
// capitalised particle, which opens a name ("CK den LE VAN TUAN").
func ledgerKindRun(text func(int) string, s, e int) bool {
	for i := s; i < e; i++ {
		core := coreWord(text(i))
		if !ledgerKindWord(text(i)) || capitalised(core) && nameParticles[strings.ToLower(core)] {
			return false
		}
	}
	return true
}

// ledgerDescriptionEnd is the index of the row's first amount, or of the
// currency's sign written before it ("-R 399.00", "KES 85,000.00"): the
// description ends before it; -1 when the row has none.
func ledgerDescriptionEnd(ln []int, text func(int) string) int {
	for k := 1; k < len(ln); k++ {
		if !reLedgerAmount.MatchString(text(k)) {
			continue
		}
		if k > 2 && amountSign(strings.TrimLeft(text(k-1), "-+")) {
			return k - 1
		}
		return k
	}
	return -1
}

// ledgerParties reads the description ln[1:end]: the kind of transaction,
// then the counterparty, then its reference. The kind ends at a transfer
// preposition among its first words ("Bonifico a"), else with its ordinary
// words; a place in capitals may follow a kind of transaction that is no
// dictionary word ("Bargeldauszahlung MINDEN").
func ledgerParties(in *Input, ln []int, text func(int) string, end int) []Match {
	k, transfer := 1, false
	if i := ledgerTransferAt(text, end); i > 0 {
		k, transfer = i+1, true
	}
	var out []Match
	business := ledgerWordBefore(text, k, ledgerBusinessWords)
	if transfer && business && k < end && text(k) != "" && countDigits(text(k)) == len(text(k)) {
		k++ // a business's own number: "Pay Bill to 888880 - Kenya Power"
	} else if n := ledgerAccountLabelled(text, k, end); transfer && n > 0 {
		// The counterparty's account with its label ("Transf. enviada a
		// Cta. 001294837-00001", "A CTA AHORROS 0045-2218-7731"): the
		// label is no name, and the holder's name, where the row gives
		// it, wraps onto the next line (ledgerWrappedParty).
		return append(out, wordSpanMatch(in, ln[k+n-1], ln[k+n-1], entity.ID, ledgerPersonScore))
	} else if transfer && ledgerChannelBefore(text, k, end) {
		// The mobile money's or the bank's channel, the party's number,
		// then the party's name ("TRF TO M-PESA 0711294583 JOSEPH KIBET").
		out = append(out, wordSpanMatch(in, ln[k+1], ln[k+1], entity.ID, ledgerPersonScore))
		k += 2
	} else if transfer && k < end && ledgerPartyNumber(text(k)) {
		// The counterparty's phone or account before its name ("Funds
		// received from 0733901245 - GRACE WANJIKU").
		out = append(out, wordSpanMatch(in, ln[k], ln[k], entity.ID, ledgerPersonScore))
		k++
	}
	for k < end && !transfer && ledgerKindWord(text(k)) && !ledgerCapsAfterKind(text, k) && !ledgerFirmStart(text, k, end) {
		k++
	}
	// The kind's words (ledgerKindWords) are skipped; after a recurring
	// kind the counterparty follows, as after a transfer preposition.
	framed := transfer
	kinds := in.ledgerKindWords()
	for ; k < end; k++ {
		recurring, kind := kinds[ln[k]]
		if !kind {
			break
		}
		framed = framed || recurring
	}
	if k > 1 && k < end && ln[k]-ln[k-1] == 2 && strings.TrimSpace(in.Page.Words[ln[k]-1].Text) == "/" && hasLetters(text(k), 2) {
		k++ // the kind in another language after a slash, which the row's words leave out: "Domiciliation / Lastschrift - LUXCOM TELECOM S.A."
	}
	for k < end && isDash(text(k)) {
		k++ // the dash between the kind and the counterparty ("Pix recebido - MARIANA COSTA LIMA")
	}
	j := k
	for j < end && j-k < ledgerMaxName && (ledgerNameToken(text(j)) || j > k && ledgerJoiner(text(j))) {
		if j > k && gapWider(in.Page.Words[ln[j-1]].Box, in.Page.Words[ln[j]].Box, ledgerColumnGap) {
			break // the next column's word: a name stops at a column's gap
		}
		if j > k && strings.HasPrefix(text(j), "(") && !strings.HasSuffix(text(j), ")") {
			// a remark in brackets after the words ("Laborkosten (Zahn
			// 36)"); one bracketed word goes on ("KEMPTEN (ALLGAU)")
			break
		}
		j++
	}
	for j > k && (ledgerJoiner(text(j-1)) || lowerLink(text(j-1))) {
		j-- // a joiner, a particle or a conjunction ends no name ("Chatur Acharya i", a speck read as the Catalan "and")
	}
	// A store's number after the name makes it a merchant's branch
	// ("Card Purchase 09/04 Kroger #417 Savannah GA").
	store := j < end && strings.HasPrefix(text(j), "#") && patDigitCount(text(j)) > 0
	for s := k; s < j && !store; s++ {
		if s > k && isLabelWord(coreWord(text(s-1))) && isDictWord(coreWord(text(s))) {
			break // "Monthly Account Fee": an ordinary word after a label word goes on the phrase
		}
		typ, score, ok := ledgerCounterparty(text, s, j, framed && s == k, ledgerCashBefore(text, s))
		if ok && typ == entity.Person && !framed && ledgerMerchantWord(text, s, j) {
			break
		}
		if ok && typ == entity.Person && !framed && s > k && ledgerOrdinaryFirst([]string{coreWord(text(s - 1)), coreWord(text(s))}) &&
			!knownName(coreWord(text(j-1))) {
			break // a description's words go on: "Deluxe Deniz Manzaralı", a room with a sea view
		}
		if ok && typ == entity.Person && framed && !transfer && !ledgerPurchaseBefore(text, s) && ledgerDescription(ledgerCores(text, s, j)) {
			break
		}
		if ok && typ == entity.Person && !framed && ledgerPurchaseBefore(text, s) {
			typ = entity.Organization // a card purchase names a merchant ("Kartenzahlung Krebs-Beer")
		}
		if ok && (typ == entity.Person || typ == entity.Organization) && business {
			// a bill's or a till's payment names the business, over what
			// the names' runs read there ("Kenya Power")
			typ, score = entity.Organization, ledgerBusinessScore
		}
		if ok && typ == entity.Person && !framed && ledgerPlaceType(text, s, j) {
			if !ledgerCashBefore(text, s) {
				break
			}
			typ = entity.Location // where the cash was taken out: "Cash withdrawal FISHER CROSS"
		}
		if ok {
			out = append(out, wordSpanMatch(in, ln[s], ln[j-1], typ, score))
			break
		}
	}
	if j < end && isLegalForm(text(j)) {
		j++ // the firm's form in lower case, which no name token is ("Bozzo-Mignogna s.r.l.")
	}
	if j < end && (ledgerReference(text(j)) || (transfer || ledgerPersonIn(out)) && ledgerPartyNumber(text(j))) {
		// a reference, or the counterparty's account after a transfer's
		// name or a person's ("Transfer to Mele Havili 0101-227514-001",
		// "SO RENT PAUL MUTAI ONDIEKI 01102938475")
		out = append(out, wordSpanMatch(in, ln[j], ln[j], entity.ID, ledgerRefScore))
	}
	return out
}

// ledgerChannelBefore reports, after a transfer's word at k-1, one word
// that no name list holds (the channel: "M-PESA"), a party's number, and a
// name with a listed word right after it: the party is named after its
// number.
func ledgerChannelBefore(text func(int) string, k, end int) bool {
	if k+2 >= end || !ledgerPartyNumber(text(k+1)) || !ledgerNameToken(text(k+2)) {
		return false
	}
	channel, name := coreWord(text(k)), coreWord(text(k+2))
	return channel != "" && !listedNameWord(channel) && !ledgerPartyNumber(text(k)) && knownName(name)
}

// ledgerPersonIn reports a person among a row's matches.
func ledgerPersonIn(ms []Match) bool {
	return slices.ContainsFunc(ms, func(m Match) bool { return m.Type == entity.Person })
}

// ledgerMerchantWord reports a counterparty of one word that no name list
// holds, with no transfer's preposition before it: a merchant, no person
// ("Debit order Vodacom"; a surname joined by a dash is one, "Abbuchung
// Krebs-Beer").
func ledgerMerchantWord(text func(int) string, s, j int) bool {
	core := coreWord(text(s))
	return j-s == 1 && !strings.Contains(core, "-") && !knownName(core) && !ledgerWordBefore(text, s, ledgerTransferWords)
}

// ledgerPartyNumber reports a phone's or an account's number in one word
// after a transfer's preposition: 7 to 15 digits, a plus before them
// allowed, in dash-joined groups or not.
func ledgerPartyNumber(t string) bool {
	d := strings.TrimPrefix(strings.TrimRight(t, ",;"), "+")
	if groups, n := dashGroups(d); len(groups) > 1 && n <= 18 {
		d = strings.ReplaceAll(d, "-", "") // an account in its groups: "0133-05-271846", Iceland's
	}
	return len(d) >= 7 && len(d) <= 15 && countDigits(d) == len(d)
}

// ledgerAccountLabelled is the number of words from k to the end of an
// account's number after its label's words, an account's kind among
// them ("Cta. 001294837-00001", "CTA AHORROS 0045-2218-7731"), or 0.
func ledgerAccountLabelled(text func(int) string, k, end int) int {
	j := k
	for j < end && j-k < 3 && (idLabelKind(text(j)) == 'l' || idHasStem(idWord(text(j)), savingsStems)) {
		j++
	}
	if j == k || j >= end || !ledgerAccountNumber(text(j)) {
		return 0
	}
	return j - k + 1
}

// ledgerAccountNumber reports an account's number after its label: 7
// digits or more, dashes, periods and slashes between them allowed
// ("001294837-00001").
func ledgerAccountNumber(t string) bool {
	d := strings.TrimRight(t, ",;")
	return countDigits(d) >= 7 && strings.Trim(d, "0123456789-./") == ""
}

// ledgerFirmStart reports a word that starts a firm's name though a
// dictionary holds it: a particle before a capitalised word ("Di Lascio
// SPA"), or the word right before a legal form ("Lascio SPA").
func ledgerFirmStart(text func(int) string, k, end int) bool {
	if k+1 >= end {
		return false
	}
	next := text(k + 1)
	if k+2 < end && isLegalForm(text(k+2)) && nameParticles[strings.ToLower(coreWord(text(k)))] && capitalised(coreWord(next)) {
		return true
	}
	return isLegalForm(next) && capitalised(coreWord(text(k)))
}

// ledgerKindWord reports a word of the kind of transaction: an ordinary
// word or a short lower-case one, not capitalised name-like text.
func ledgerKindWord(t string) bool {
	core := coreWord(t)
	if core == "" {
		return false
	}
	if ledgerTransferWords[strings.ToLower(core)] || ledgerCashWord(core) || !capitalised(core) {
		return true
	}
	return isDictWord(core) && !knownName(core)
}

// ledgerNameToken reports a word that can belong to a counterparty's name:
// capitalised letters, or a particle or conjunction inside one; not the
// part of a reference after its slash ("UPI/ suma.gowda@okaxis /RENT").
func ledgerNameToken(t string) bool {
	core := coreWord(t)
	if core == "" || strings.IndexFunc(core, unicode.IsDigit) >= 0 || strings.HasPrefix(t, "/") {
		return false
	}
	low := strings.ToLower(core)
	return capitalised(core) || nameParticles[low] || nameConjunctions[low]
}

// ledgerCapsAfterKind reports a word in capitals after kind words that are
// not ("Reintegro cajero TOLEDO"): the place starts there, even when it is
// a dictionary word too.
func ledgerCapsAfterKind(text func(int) string, k int) bool {
	up := func(t string) bool { c := coreWord(t); return letterCount(c) >= 2 && isUpperWord(c) }
	if k < 2 || !up(text(k)) || ledgerCashWord(text(k)) {
		return false
	}
	for i := 1; i < k; i++ {
		if !up(text(i)) {
			return true
		}
	}
	return false
}

// ledgerCashWord reports a word that names a cash withdrawal.
func ledgerCashWord(t string) bool { return ledgerCashWords[strings.ToLower(coreWord(t))] }

// ledgerCashBefore reports a cash withdrawal's word among the row's words
// before word s, and ledgerPurchaseBefore a card purchase's.
func ledgerCashBefore(text func(int) string, s int) bool {
	return ledgerWordBefore(text, s, ledgerCashWords)
}

func ledgerPurchaseBefore(text func(int) string, s int) bool {
	return ledgerWordBefore(text, s, ledgerPurchaseWords)
}

// ledgerWordBefore reports a word of set (lower case) among the row's
// words before word s.
func ledgerWordBefore(text func(int) string, s int, set map[string]bool) bool {
	for i := 1; i < s; i++ {
		if set[strings.ToLower(coreWord(text(i)))] {
			return true
		}
	}
	return false
}

// ledgerCounterparty types the words text(k..j-1): a place in capitals
// (one the gazetteer knows, or any after a cash withdrawal's words), or a
// person after a transfer word or with a known name.
func ledgerCounterparty(text func(int) string, k, j int, transfer, cash bool) (entity.Type, float64, bool) {
	var raw, words []string
	upper, named := true, false
	for i := k; i < j; i++ {
		core := coreWord(text(i))
		raw, words = append(raw, text(i)), append(words, core)
		upper = upper && strings.ToUpper(core) == core
		named = named || knownName(core)
	}
	legal := isLegalForm(raw[len(raw)-1])
	// Outside a cash withdrawal's row, a dictionary word is no place ("BPAY
	// ORIGIN ENERGY": Energy is a town too).
	if upper && !(len(raw) == 1 && legal) && (ledgerPlace(raw, words) && (cash || !anyDictWord(words)) || cash && ledgerUnlistedPlace(words)) {
		return entity.Location, ledgerPlaceScore, true // not "SPA" of "Di Lascio SPA"
	}
	if len(raw) > 1 && legal && ledgerFirmName(raw[:len(raw)-1]) {
		return entity.Organization, ledgerPersonScore, true // the legal form is the evidence
	}
	if !transfer && !named && !ledgerNamedParty(words) {
		return "", 0, false
	}
	if !transfer && len(words) == 1 && isPlaceName(words[0]) && !knownName(words[0]) {
		return "", 0, false // a merchant's branch: "Woolworths Parramatta"
	}
	if !transfer && ledgerAbbreviatedKind(words) {
		return "", 0, false
	}
	last := strings.ToLower(words[len(words)-1])
	firm := len(raw) > 1 && (orgGeneric[last] || legal) && ledgerPersonWords(raw[:len(raw)-1])
	switch {
	case firm, ledgerPersonWords(raw) && ledgerPartnership(raw):
		return entity.Organization, ledgerPersonScore, true // "Martinez SA", "Müller & Söhne", "Moreau et Berger"
	case ledgerPersonWords(raw) && (transfer || !ledgerPlainTail(words) && !ledgerLoneWord(words) && !ledgerOrdinaryFirst(words)):
		return entity.Person, ledgerPersonScore, true
	}
	return "", 0, false
}

// ledgerAbbreviatedKind reports words that open with an abbreviated
// kind of transaction, a word no name list holds, before an ordinary word
// none holds either ("PAGTO BOLETO COND ED VILA MADALENA", a bill's
// payment): no person's name.
func ledgerAbbreviatedKind(words []string) bool {
	return len(words) > 2 && !listedNameWord(words[0]) && capitalised(words[1]) && isDictWord(words[1]) && !listedNameWord(words[1]) &&
		!nameConjunctions[strings.ToLower(words[1])] && !nameParticles[strings.ToLower(words[1])]
}

// ledgerLoneWord reports a counterparty of one dictionary word: outside
// a transfer's frame it describes the row ("Room Deluxe King": the bed,
// though "King" is a surname).
func ledgerLoneWord(words []string) bool {
	return len(words) == 1 && isDictWord(words[0])
}

// ledgerCores are the core words of text(s..j-1).
func ledgerCores(text func(int) string, s, j int) []string {
	out := make([]string, 0, j-s)
	for i := s; i < j; i++ {
		out = append(out, coreWord(text(i)))
	}
	return out
}

// ledgerDescription reports the words after a kind that recurs, with no
// transfer's preposition nor a card purchase's word, that describe the
// row: they open with an ordinary word ("Konaklama - Deluxe Deniz
// Manzaralı"), or are one word no name list holds ("Konaklama Vergisi",
// the tax).
func ledgerDescription(cores []string) bool {
	return ledgerOrdinaryFirst(cores) || len(cores) == 1 && !knownName(cores[0])
}

// ledgerOrdinaryFirst reports a counterparty of two words or more whose
// first is a dictionary word that no name list holds: without a
// transfer's preposition it describes the row ("Konaklama - Deluxe Deniz
// Manzaralı", a room with a sea view; "Deluxe King"), as no name opens
// with an ordinary word.
func ledgerOrdinaryFirst(words []string) bool {
	return len(words) > 1 && isDictWord(words[0]) && !knownName(words[0]) && !lexiconName(words[0])
}

// ledgerPlaceType reports a counterparty text(s..j-1) of two words or
// more whose last is a place's type that no name list holds: outside a
// transfer's frame it names a place (after a cash withdrawal's words,
// where the cash was taken out) or a room's view, no person ("Room
// charge Deluxe Nile View").
func ledgerPlaceType(text func(int) string, s, j int) bool {
	last := coreWord(text(j - 1))
	return j-s > 1 && lexicon.IsStreetType(strings.ToLower(last)) && !isFirstName(last) && !isLastName(last)
}

// ledgerPlainTail reports a run of dictionary words, not in capitals,
// whose last word no name list holds: outside a transfer's frame it
// describes the row ("Room Charge Deluxe River View": "River" is a given
// name, "View" no surname). Capitals name merchants and places
// ("CASTLE HILLS BRIDGE"), and a word no dictionary holds a firm
// ("Weidner Gruppe"). A short code after the words stands aside ("Double
// Sea View (B&B)": bed and breakfast).
func ledgerPlainTail(words []string) bool {
	for len(words) > 1 && letterCount(words[len(words)-1]) <= 2 {
		words = words[:len(words)-1]
	}
	for _, w := range words {
		if !isDictWord(w) || isUpperWord(w) {
			return false
		}
	}
	return !knownName(words[len(words)-1])
}

// ledgerFirmName reports the words before a legal form that can name a
// firm: capitalised words, particles and joiners, none a form or label
// word ("Di Lascio" of "Di Lascio SPA").
func ledgerFirmName(raw []string) bool {
	for _, t := range raw {
		core := coreWord(t)
		low := strings.ToLower(core)
		switch {
		case ledgerJoiner(t), nameParticles[low], nameConjunctions[low]:
		case core == "" || !capitalised(core) || isFormWord(core) || isLabelWord(core):
			return false
		}
	}
	return true
}

// ledgerPartnership reports capitalised names joined by a conjunction or
// a dash ("Moreau et Berger", "Jain - Iyer"): a firm of partners.
func ledgerPartnership(raw []string) bool {
	for k := 1; k+1 < len(raw); k++ {
		if (nameConjunctions[strings.ToLower(raw[k])] || ledgerJoiner(raw[k])) && capitalised(raw[k-1]) && capitalised(raw[k+1]) {
			return true
		}
	}
	return false
}

// ledgerNamedParty reports a counterparty with a word, or a part of a
// hyphenated word, written as names are and no dictionary word
// ("Krebs-Beer", "Bhat", not "Markt"), and not in capitals: a word in
// capitals that no list holds names a merchant or a scheme as often
// ("EFTPOS WOOLWORTHS", "SEPA").
func ledgerNamedParty(words []string) bool {
	for _, w := range words {
		if lowerHyphenPart(w) {
			continue // "Off-net": a compound's word, no name's
		}
		for _, part := range strings.Split(w, "-") {
			if letterCount(part) >= 3 && frameNameWord(part) && !isUpperWord(part) {
				return true
			}
		}
	}
	return false
}

// lowerHyphenPart reports a hyphenated word with a part after its first in
// lower case that is no name's particle ("Off-net", "E-mail"): a
// compound's word; a double name's parts are capitalised ("Krebs-Beer").
func lowerHyphenPart(w string) bool {
	parts := strings.Split(w, "-")
	for _, p := range parts[1:] {
		if letterCount(p) > 0 && strings.ToLower(p) == p && !nameParticles[p] {
			return true
		}
	}
	return false
}

// ledgerJoiner reports a dash or an ampersand standing between two names
// ("Bhat - Nehru", "Müller & Söhne").
func ledgerJoiner(t string) bool { return t == "-" || t == "–" || t == "&" }

// lowerLink reports a particle or a conjunction written in lower case: it
// joins a name's words, it ends none.
func lowerLink(t string) bool {
	core := coreWord(t)
	return core != "" && core == strings.ToLower(core) && (nameParticles[core] || nameConjunctions[core])
}

// ledgerPersonWords reports a counterparty's words that can name a
// person: one can be part of a name (frameNameWord) or a comma parts
// them as "Surname, Given" ("La Manna, Amata"), and none is a form or
// label word ("Transfer to Savings Account").
func ledgerPersonWords(raw []string) bool {
	named := false
	for k, t := range raw {
		named = named || k+1 < len(raw) && strings.HasSuffix(t, ",")
		core := coreWord(t)
		low := strings.ToLower(core)
		if core == "" || nameParticles[low] || nameConjunctions[low] {
			continue
		}
		if isFormWord(core) || isLabelWord(core) || accountKinds[low] {
			return false // "Transfer From Share Draft": an account's kind, no one's name
		}
		// A title ends no name: one that ends it is a given name too
		// ("LE VAN TUAN", where "Tuan" is a Malay title).
		// A double surname whose parts the name lists hold is a name
		// though a dictionary holds its parts too ("GROOT-BAKKER").
		named = named || frameNameWord(core) || hyphenPartsAll(core, listedNameWord) || k > 0 && k == len(raw)-1 && givenNameTitle(core)
	}
	return named
}

// ledgerPlace reports a town the gazetteer knows, written with or without
// its district in brackets ("KEMPTEN (ALLGAU)").
func ledgerPlace(raw, words []string) bool {
	if lexicon.PlaceCountries(strings.Join(words, " ")) != nil {
		return true
	}
	for n := len(words) - 1; n > 0; n-- {
		if strings.HasPrefix(raw[n], "(") && lexicon.PlaceCountries(strings.Join(words[:n], " ")) != nil {
			return true
		}
	}
	return false
}

// ledgerUnlistedPlace reports the name of a place the gazetteer does not
// hold, where a cash withdrawal's row names one: a word of four letters or
// more that is no dictionary word ("BETTONA"), so that a card's name or a
// currency ("VISA", "EUR") is none.
func ledgerUnlistedPlace(words []string) bool {
	for _, w := range words {
		if letterCount(w) >= 4 && !isDictWord(w) {
			return true
		}
	}
	return false
}

// ledgerReference reports a reference code: letters and digits, or six
// digits or more.
func ledgerReference(t string) bool {
	core := coreWord(t)
	digits := patDigitCount(core)
	letters := strings.IndexFunc(core, unicode.IsLetter) >= 0
	// A national mobile number ("AIRTIME 08035550192") is the phone
	// recognizer's.
	mobile := digits == len(core) && strings.HasPrefix(core, "0") && digits >= 10 && digits <= 11
	return digits >= recordIDMinDigits && letters || digits >= 6 && digits == len(core) && !mobile
}

// wordSpanMatch is the match from page word a to page word b, without
// the punctuation that ends b ("Velio," "MINDEN.").
func wordSpanMatch(in *Input, a, b int, typ entity.Type, score float64) Match {
	start, end := in.WordStart[a], in.WordEnd[b]
	for end > start+1 && strings.ContainsRune(",;:.", rune(in.Text[end-1])) {
		end--
	}
	return Match{Type: typ, Start: start, End: end, Score: score}
}
