package pii

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// extendGlued moves the start of m back over the words that OCR split off
// the front of its first word: a word that ends in ".", "_" or "-", holds
// only letters, digits and those marks, and touches the next word (a gap
// under a fifth of the line height). An e-mail address read as
// "cassandra." and "secci@example.it" is one address; left alone, its
// first part would stay on the page.
func extendGlued(in *Input, pos map[int][2]int, m *Match) {
	ws := in.WordsInSpan(m.Start, m.End)
	if len(ws) == 0 {
		return
	}
	at, ok := pos[ws[0]]
	if !ok {
		return
	}
	ln := in.Lines[at[0]]
	for k := at[1]; k > 0; k-- {
		prev, next := in.Page.Words[ln[k-1]], in.Page.Words[ln[k]]
		h := max(prev.Box.Height, next.Box.Height)
		if next.Box.Left-prev.Box.Right() > h/5 || !gluedPart(prev.Text) {
			return
		}
		m.Start = in.WordStart[ln[k-1]]
	}
}

// addressMarks join the parts of an e-mail address's name, where OCR
// splits it.
const addressMarks = "._-"

// markOpens reports a word that opens with one of addressMarks: the back
// of an address OCR split (".wunsch@feeney" after "demond").
func markOpens(t string) bool { return t != "" && strings.ContainsAny(t[:1], addressMarks) }

// gluedPart reports a word that can be the front of a split address:
// letters, digits, ".", "_" or "-", ending in one of those marks.
func gluedPart(t string) bool {
	if t == "" || !strings.ContainsAny(t[len(t)-1:], addressMarks) {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(addressMarks, r) {
			return false
		}
	}
	return true
}

// reGluedLabel is a word that OCR read as one where a form or a receipt
// prints a label and its value with no space between: "Cashier:Siti",
// "No:88120044", "Tel:03-87686092", "DATE:_8/10/90" with the form's rule
// between them, "RX#_0718823-09941" with a number sign for the colon,
// "DNI/NIE::05482217M" with a doubled colon. The label has two letters or
// more; the value starts with a letter, a digit, "(" or "+" (no "//": a
// web address's scheme is no label).
//
// Between the two, OCR often reads a speck as a mark ("Cashier:.Nur"),
// and some forms print a dash after the colon ("Address:-Blk 7"); the
// label keeps its pixels, not its text.
var reGluedLabel = regexp.MustCompile(`^(\p{L}[\p{L}.#'/-]*\p{L}(?:[.#]?:_*|#_+))([:.,'’‘` + "`" + `-]*)([\p{L}\p{N}(+].*)?$`)

// reGluedTitle is a title that OCR joined to the name by a hyphen or a
// second period ("Dr-Anika", "Mr.-Castellanos", "Dr..Arvind"): the title
// keeps its pixels and stays on the page.
var reGluedTitle = regexp.MustCompile(`^((?:Dr|Mr|Mrs|Ms|Prof|DR|MR|MRS|MS)(?:\.?-|\.\.))()(\p{Lu}\p{Ll}+)$`)

// reGluedBracketLabel is a label's bracketed qualifier glued by its colon
// to the value ("PHN (MSP)::9876 543 210", the colon read twice).
var reGluedBracketLabel = regexp.MustCompile(`^(\(\p{L}{2,8}\):)(:*)([\p{N}].*)$`)

// reGluedNumberLabel is a till's number and the next field's label that
// OCR read as one word across a slash ("441827/KASIR:").
var reGluedNumberLabel = regexp.MustCompile(`^(\d[\d.\-]*/)()(\p{L}{2,}:)$`)

// reGluedColonValue is a label's colon that OCR joined to the value
// after it, the label a word of its own ("Server :RAJU", "Cashier
// :Deepa"): the colon is the label's.
var reGluedColonValue = regexp.MustCompile(`^(:)()(\p{L}.*)$`)

// reGluedSlashLabel is the slash between two labels of one field that
// OCR joined to the second ("RUC /C.I.:", a Paraguayan's tax or identity
// number): the slash stands apart, as when it is read spaced.
var reGluedSlashLabel = regexp.MustCompile(`^(/)()(\p{L}[\p{L}.]*:)$`)

// reGluedStreetType is an abbreviated street type that OCR joined to the
// street's name by specks read after its period ("Av..-Javier Prado",
// "Jr._Huallaga"): the type keeps the specks' pixels, the name is a word
// of its own.
var reGluedStreetType = regexp.MustCompile(`^(\p{Lu}\p{Ll}{0,4}\.)([._-]+)(\p{Lu}\p{Ll}+)$`)

// SplitGluedLabels splits each word of page that glues a label to its
// value (reGluedLabel) into two words, the label's and the value's, on the
// same line, and takes off the colon or period a speck adds after a name
// (dropNameSpecks). It returns superseded (page word indices) renumbered
// for the new words; both halves of a split word keep its mark.
func SplitGluedLabels(page *doc.Page, superseded map[int]bool) map[int]bool {
	if page == nil {
		return superseded
	}
	words := make([]doc.Word, 0, len(page.Words))
	renumbered := map[int]bool{}
	for i, w := range page.Words {
		parts := splitGlued(w)
		if dot := splitGluedDot(w); dot != nil {
			parts = dot
		}
		if h := splitGluedHandle(w); h != nil {
			parts = h
		}
		if i > 0 {
			if pc := splitGluedPostcode(page.Words[i-1], w); pc != nil {
				parts = pc
			}
		}
		for _, part := range parts {
			if superseded[i] {
				renumbered[len(words)] = true
			}
			words = append(words, part)
		}
	}
	dropNameSpecks(words)
	page.Words = words
	return renumbered
}

// dropNameSpecks takes off the colon that a speck after a given name adds
// when the name's surname follows it on the line ("Pacjent: Zofia:
// Kaminska", "Vystavil: Jana: Novotna"): a listed given name is no label;
// and the period a speck adds after a name that opens its line
// (lineStartNameSpeck).
func dropNameSpecks(words []doc.Word) {
	for i := 0; i+1 < len(words); i++ {
		w, next := words[i], words[i+1]
		core, ok := strings.CutSuffix(strings.TrimSpace(w.Text), ":")
		if !ok || next.Line != w.Line || next.Box.Left-w.Box.Right() > max(w.Box.Height, 8) {
			continue
		}
		nt := strings.TrimSpace(next.Text)
		if !capitalised(core) || !isFirstName(core) || isLabelWord(core) || isDictWord(core) ||
			!frameNameWord(coreWord(nt)) || strings.HasSuffix(nt, ":") || isLabelWord(coreWord(nt)) || reTitleWord.MatchString(nt) {
			continue
		}
		words[i].Text = strings.Replace(w.Text, core+":", core, 1)
	}
	for i := range words {
		if core, ok := nameUnderNameHead(words, i); ok {
			words[i].Text = strings.Replace(words[i].Text, core+":", core, 1)
		}
	}
	for i := 1; i < len(words); i++ {
		if lineEndSurname(words, i) {
			words[i].Text = strings.Replace(words[i].Text, ":", "", 1)
		}
	}
	for i := 0; i+2 < len(words); i++ {
		if core, ok := lineStartNameSpeck(words, i); ok {
			words[i].Text = strings.Replace(words[i].Text, core+".", core, 1)
		}
	}
}

// nameUnderNameHead reports a name of the lexicon's lists, a word of a
// dictionary too ("Soledad"), that a speck's colon ends, alone in its
// column (no word of its line within three heights after it), right
// under a name part's label ("Middle Name" over "Soledad:"): the colon is
// a speck, no label's. It returns the name.
func nameUnderNameHead(words []doc.Word, i int) (string, bool) {
	w := words[i]
	core, ok := strings.CutSuffix(strings.TrimSpace(w.Text), ":")
	if !ok || !capitalised(core) || !lexicon.IsName(core) || isLabelWord(core) {
		return "", false
	}
	if i+1 < len(words) && words[i+1].Line == w.Line && words[i+1].Box.Left-w.Box.Right() < 3*w.Box.Height {
		return "", false
	}
	above := -1
	for j, a := range words {
		if a.Box.Bottom() <= w.Box.Top && w.Box.Top-a.Box.Bottom() < 2*w.Box.Height && a.Box.Right() > w.Box.Left && a.Box.Left < w.Box.Right() &&
			(above < 0 || a.Box.Bottom() > words[above].Box.Bottom()) {
			above = j
		}
	}
	if above < 0 {
		return "", false
	}
	head := strings.ToLower(coreWord(words[above].Text))
	if k := above + 1; k < len(words) && words[k].Line == words[above].Line && words[k].Box.Left-words[above].Box.Right() < 2*words[above].Box.Height {
		head += " " + strings.ToLower(coreWord(words[k].Text)) // "Middle" then "Name"
	}
	return core, namePartLabel(head)
}

// lineStartNameSpeck reports a name the lists hold that opens its line
// with a period after it and two more names right after it on the line
// ("Mette. Kjærgaard Sørensen" over an address): the period is a speck,
// no sentence's end. It returns the name.
func lineStartNameSpeck(words []doc.Word, i int) (string, bool) {
	w := words[i]
	core, ok := strings.CutSuffix(strings.TrimSpace(w.Text), ".")
	if !ok || i > 0 && words[i-1].Line == w.Line || letterCount(core) < 3 || letterCount(core) != utf8.RuneCountInString(core) ||
		!capitalised(core) || !lexicon.IsName(core) || titleWord(w.Text) || isLabelWord(core) {
		return "", false
	}
	for _, n := range words[i+1 : i+3] {
		if t := strings.TrimSpace(n.Text); n.Line != w.Line || !frameNameWord(coreWord(t)) || strings.ContainsAny(t[len(t)-1:], ":.") {
			return "", false
		}
	}
	return core, words[i+1].Box.Left-w.Box.Right() <= max(w.Box.Height, 8)
}

// lineEndSurname reports a listed surname that ends its line with a colon
// after a name's word ("Dr. Mona Abdel Rahman:"): a speck, as no label's
// value follows it on the line.
func lineEndSurname(words []doc.Word, i int) bool {
	w, prev := words[i], words[i-1]
	core, ok := strings.CutSuffix(strings.TrimSpace(w.Text), ":")
	if !ok || prev.Line != w.Line || i+1 < len(words) && words[i+1].Line == w.Line {
		return false
	}
	pt := strings.TrimSpace(prev.Text)
	return capitalised(core) && isLastName(core) && !isLabelWord(core) && !isDictWord(core) &&
		capitalised(pt) && !strings.HasSuffix(pt, ":") && frameNameWord(coreWord(pt))
}

// reGluedDot is a short label word and its number that OCR read as one
// word, the label's period between them (a speck's second one after it):
// "NPI.1629074318", "No.INV88123", "MRN.00448172", "(KMC Reg. No..71884)".
var reGluedDot = regexp.MustCompile(`^(\pL{2,6})\.(\.?)([A-Z]{0,4}\d[\d/-]{3,}\)?)$`)

// acronymBeforeLongNumber reports a reGluedDot match whose label is an
// acronym of three letters or more in capitals and whose number has eight
// digits or more: a bank's or a register's label that no list holds
// ("CLABE.012180001548723316"), which a long number's letters never are.
func acronymBeforeLongNumber(m []string) bool {
	return len(m[1]) >= 3 && m[1] == strings.ToUpper(m[1]) && countDigits(m[3]) >= 8
}

// reGluedTownPostcode is a town and the postcode after it that OCR read as
// one word, a speck between them read as a period: "Birmingham.B15" (a
// British outward code), "Lyon.69003".
var reGluedTownPostcode = regexp.MustCompile(`^(\p{Lu}\p{Ll}{2,})\.([A-Z]{1,2}\d[A-Z\d]?|\d{4,6})$`)

// reGluedLabelWords is a label of two words before its colon that OCR
// joined by a speck read as a period ("Věrnostní.karta:").
var reGluedLabelWords = regexp.MustCompile(`^(\pL{3,})\.(\p{Ll}{3,}:)$`)

// reGluedParticles is two particles of a surname that OCR joined by a
// speck read as a period ("van.der Merwe").
var reGluedParticles = regexp.MustCompile(`^(\p{Ll}{2,4})\.(\p{Ll}{2,4})$`)

// reGluedInitialParticle is an initial and the surname's particle after it
// that OCR joined by a speck read as a hyphen or a period ("J.-van der
// Westhuizen").
var reGluedInitialParticle = regexp.MustCompile(`^(\p{Lu}\.)[-.](\p{Ll}{2,4})$`)

// reGluedAcronymMarker is an acronym label and the number's marker after it
// that OCR joined by reading the space as a hyphen ("ID-No.").
var reGluedAcronymMarker = regexp.MustCompile(`^(\p{Lu}{2,5})-((?:No|NO|Nr|NR|Nº|N°)\.?:?)$`)

// reGluedNextLabel is a number, its comma and the next field's label in
// capitals that OCR joined by a speck read as a period
// ("1-1037-00234-56-1,.HN").
var reGluedNextLabel = regexp.MustCompile(`^([\d/-]*\d,)\.(\p{Lu}{2,5})$`)

// reGluedFunctionWord is a capitalised word and the function word after
// it that OCR joined by a speck read as a period ("Gurpreet.and").
var reGluedFunctionWord = regexp.MustCompile(`^(\p{Lu}\p{Ll}{2,})\.(\p{Ll}{2,4})$`)

// dotJoins are the two words a speck read as a period joined, cut there
// when ok holds for the match: a label's two words, a surname's two
// particles, a capitalised word and a function word that no title is
// ("Sig.ra").
var dotJoins = []struct {
	re *regexp.Regexp
	ok func(m []string) bool
}{
	{reGluedLabelWords, func([]string) bool { return true }},
	{reGluedParticles, func(m []string) bool { return nameParticles[m[1]] && nameParticles[m[2]] }},
	{reGluedInitialParticle, func(m []string) bool { return nameParticles[m[2]] }},
	{reGluedNextLabel, func([]string) bool { return true }},
	{reGluedAcronymMarker, func(m []string) bool { return patIDPersonal[strings.ToLower(m[1])] || idLabelKind(m[1]+":") == 'l' }},
	{reGluedFunctionWord, func(m []string) bool {
		return lexicon.StopwordLanguages(m[2]) != nil && !reTitleWord.MatchString(m[0]) && !isPersonalTitle(m[0])
	}},
}

// splitGluedDot is w as its label (with the period) and its number when
// the label is an ID's or a number's marker (reGluedDot), as a town and
// its postcode (reGluedTownPostcode), or as two words (dotJoins); nil
// otherwise.
func splitGluedDot(w doc.Word) []doc.Word {
	if m := reGluedTownPostcode.FindStringSubmatch(w.Text); m != nil && !isDictWord(m[1]) {
		return cutGlued(w, []string{w.Text, m[1] + ".", "", m[2]})
	}
	for _, j := range dotJoins {
		if m := j.re.FindStringSubmatch(w.Text); m != nil && j.ok(m) {
			return cutGlued(w, []string{w.Text, m[1], ".", m[2]})
		}
	}
	m := reGluedDot.FindStringSubmatch(w.Text)
	if m == nil {
		return nil
	}
	if !(numberMarker(m[1]) || idLabelKind(m[1]) == 'l' || patIDPersonal[strings.ToLower(m[1])]) {
		if !acronymBeforeLongNumber(m) {
			return nil
		}
		// The period marks the acronym as a colon would: the label keeps
		// its pixels, and its text reads as a label's.
		return cutGlued(w, []string{w.Text, m[1] + ":", m[2], m[3]})
	}
	return cutGlued(w, []string{w.Text, m[1] + ".", m[2], m[3]})
}

// reGluedHandle is a payment handle between the slashes of a bank's
// transfer reference, read as one word ("UPI/suma.gowda@okaxis/RENT").
var reGluedHandle = regexp.MustCompile(`^(.*/)?(` + handleCore + `)(/.*)?$`)

// splitGluedHandle is w as the reference's words before the handle, the
// handle, and those after it; nil when w holds no handle between slashes.
func splitGluedHandle(w doc.Word) []doc.Word {
	m := reGluedHandle.FindStringSubmatch(w.Text)
	if m == nil || m[1] == "" && m[3] == "" {
		return nil
	}
	var out []doc.Word
	if m[1] != "" {
		cut := cutGlued(w, []string{w.Text, m[1], "", m[2] + m[3]})
		out, w = append(out, cut[0]), cut[1]
	}
	if m[3] != "" {
		return append(out, cutGlued(w, []string{w.Text, m[2], "", m[3]})...)
	}
	return append(out, w)
}

// reGluedPostcodeTown is the letters of a Dutch postcode glued to the
// town after it ("1017 GLAmsterdam"), and reFourDigits the digits before
// them.
var (
	reGluedPostcodeTown = regexp.MustCompile(`^(\p{Lu}{2})()(\p{Lu}\p{Ll}{2,}.*)$`)
	reFourDigits        = regexp.MustCompile(`^[1-9]\d{3}$`)
)

// splitGluedPostcode is w as a postcode's two letters and its town when
// OCR glued them and the four digits of the postcode come right before
// it on its line; nil otherwise.
func splitGluedPostcode(prev, w doc.Word) []doc.Word {
	if prev.Line != w.Line || !reFourDigits.MatchString(strings.TrimSpace(prev.Text)) {
		return nil
	}
	if m := reGluedPostcodeTown.FindStringSubmatch(w.Text); m != nil {
		return cutGlued(w, m)
	}
	return nil
}

// textWidth is the width of s in ems as a proportional font prints it,
// roughly: marks and narrow letters a third, capitals and "m", "w" nine
// tenths, other letters and digits three fifths.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune(".,;:!|'’`il1I-", r):
			w += 0.33
		case unicode.IsUpper(r) || r == 'm' || r == 'w':
			w += 0.9
		default:
			w += 0.6
		}
	}
	return w
}

// splitGlued is w as its label and its value, their boxes cut by the share
// of the word's width each holds; the value's box starts a fifth of a character
// early (better a colon erased than a digit left). w alone when it glues
// no label.
func splitGlued(w doc.Word) []doc.Word {
	if parts := splitGluedName(w); parts != nil {
		return parts
	}
	m := reGluedLabel.FindStringSubmatch(w.Text)
	if m == nil {
		m = reGluedTitle.FindStringSubmatch(w.Text)
	}
	if m == nil {
		if st := reGluedStreetType.FindStringSubmatch(w.Text); st != nil && isStreetTypeWord(st[1]) {
			m = st
		}
	}
	if m == nil {
		m = reGluedBracketLabel.FindStringSubmatch(w.Text)
	}
	if m == nil {
		if nl := reGluedNumberLabel.FindStringSubmatch(w.Text); nl != nil && isLabelWord(strings.TrimSuffix(nl[3], ":")) {
			m = nl
		}
	}
	if m == nil {
		m = reGluedSlashLabel.FindStringSubmatch(w.Text)
	}
	if m == nil {
		m = reGluedColonValue.FindStringSubmatch(w.Text)
	}
	if m == nil || m[2] == "" && m[3] == "" {
		return []doc.Word{w}
	}
	return cutGlued(w, m)
}

// reGluedName is a title and a name's words that OCR read as one word,
// the spaces of a tight table row lost ("DrPriyaRaghunathan"), or two
// name words without the title ("PriyaRaghunathan").
var reGluedName = regexp.MustCompile(`^(Dr|Mr|Mrs|Ms|Prof)?(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})?([.,]?)$`)

// splitGluedName splits a word that glues a title to a name, or a given
// name to a family name, into its words, each part a name the lists hold
// and none an ordinary word, the whole no name of its own ("MacArthur");
// nil when w is none.
func splitGluedName(w doc.Word) []doc.Word {
	m := reGluedName.FindStringSubmatch(w.Text)
	if m == nil || m[1] == "" && m[3] == "" || isFirstName(w.Text) || isLastName(w.Text) || isDictWord(w.Text) {
		return nil
	}
	names := slices.DeleteFunc([]string{m[2], m[3]}, func(p string) bool { return p == "" })
	for _, p := range names {
		if !isFirstName(p) && !isLastName(p) || isDictWord(p) {
			return nil
		}
	}
	if m[1] == "" && !isFirstName(m[2]) {
		return nil // two words of a brand ("JetBlue"): a name starts with a given name
	}
	var pieces []string
	if m[1] != "" {
		pieces = append(pieces, m[1])
	}
	pieces = append(pieces, names...)
	pieces[len(pieces)-1] += m[4]
	var out []doc.Word
	rest := w
	for i, p := range pieces[:len(pieces)-1] {
		cut := cutGlued(rest, []string{"", p, "", strings.Join(pieces[i+1:], "")})
		out, rest = append(out, cut[0]), cut[1]
	}
	return append(out, rest)
}

// cutGlued cuts w into the word m[1] and the word m[3] (m[2] the marks
// between them, which go with the first), their boxes cut by the share of
// characters each holds; the second's box starts a fifth of a character
// early.
func cutGlued(w doc.Word, m []string) []doc.Word {
	label, value := w, w
	label.Text, value.Text = m[1], m[3]
	if value.Text == "" {
		// Only a speck after the colon ("Member:."): the label alone.
		return []doc.Word{label}
	}
	n, k := textWidth(w.Text), textWidth(m[1]+m[2])
	cut := int(float64(w.Box.Width) * k / n)
	label.Box.Width = cut
	early := w.Box.Width / utf8.RuneCountInString(w.Text) / 5
	value.Box.Left = w.Box.Left + cut - early
	value.Box.Width = w.Box.Width - cut + early
	return []doc.Word{label, value}
}
