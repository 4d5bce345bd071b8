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

// Organisation names by form. A company name on a letterhead, in a bill-to
// block or in running text is a run of capitalised words that ends in a
// legal form of any country or a business noun ("Grimes & Dunn Co.",
// "Moeller GmbH", "Ornelas Ceballos S.A.", "Meyer Laboratories"), a legal
// form followed by names ("SARL Dupont"), a head noun followed by "of" and
// a name ("University of Kentucky"), family names joined as a partnership
// (orgjoin.go) or an institution named by its head noun (orginst.go). The
// statistical model knows few of these from news text; the shape is a much
// stronger signal on business documents.

// orgSuffixStrength grades the words that end an organisation's name:
// legal forms are near-certain, business nouns need a name before them.
var orgSuffixStrength = map[string]float64{
	// Legal forms.
	"inc": 0.85, "incorporated": 0.85, "llc": 0.85, "l.l.c": 0.85, "llp": 0.85, "l.l.p": 0.85,
	"ltd": 0.85, "limited": 0.7, "corp": 0.85, "corporation": 0.8, "gmbh": 0.85, "plc": 0.85,
	"p.l.c": 0.85, "pty": 0.8, "s.a": 0.75, "n.v": 0.75, "b.v": 0.75, "ag": 0.7, "co": 0.8,
	"cos": 0.8, "lp": 0.75, "l.p": 0.75, "p.c": 0.7, "pllc": 0.85,
	// Business nouns.
	"company": 0.75, "companies": 0.75, "group": 0.65, "associates": 0.7, "partners": 0.7,
	"industries": 0.7, "laboratories": 0.7, "labs": 0.65, "manufacturing": 0.6, "enterprises": 0.7,
	"holdings": 0.7, "bank": 0.65, "bancorp": 0.8, "university": 0.7, "college": 0.65,
	"hospital": 0.65, "institute": 0.65, "foundation": 0.65, "trust": 0.6, "agency": 0.6,
	"consultants": 0.65, "brothers": 0.6, "bros": 0.7, "sons": 0.6, "clinic": 0.6,
	"pharmaceuticals": 0.7, "technologies": 0.65, "systems": 0.55, "services": 0.55,
	"international": 0.55, "worldwide": 0.6,
	// Utilities: "Severn Trent Water", "Origin Energy".
	"water": 0.55, "energy": 0.55, "utilities": 0.6, "telecom": 0.6, "electric": 0.55,
}

// orgHeads start a name that continues with "of" ("University of Iowa").
var orgHeads = map[string]bool{"university": true, "bank": true, "institute": true, "college": true,
	"hospital": true, "academy": true, "museum": true, "society": true, "association": true}

// orgLegal are the suffixes that may follow a comma ("Industries, Inc.").
var orgLegal = map[string]bool{"inc": true, "incorporated": true, "llc": true, "l.l.c": true, "llp": true,
	"ltd": true, "limited": true, "corp": true, "plc": true, "co": true, "gmbh": true, "pllc": true, "lp": true, "l.p": true}

// orgNonName are capitalised words that never belong to an organisation's
// name: salutations, titles and the label words that precede a value.
var orgNonName = map[string]bool{"dear": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"to": true, "from": true, "re": true, "attn": true, "cc": true, "bcc": true, "by": true,
	"sincerely": true, "regards": true, "please": true, "thank": true, "we": true, "i": true,
	"our": true, "your": true, "if": true, "at": true, "in": true, "on": true, "for": true,
	"with": true, "call": true, "contact": true, "questions": true}

var reOrgInitials = regexp.MustCompile(`^(?:[A-Z]\.){1,3}[A-Z]?\.?$`)

// OrganizationRecognizer finds organisation names by their shape.
type OrganizationRecognizer struct{}

// Name implements Recognizer.
func (OrganizationRecognizer) Name() string { return "orgs" }

// orgCore is a word without surrounding punctuation, lower case, inner dots
// kept ("l.l.c").
func orgCore(t string) string {
	return strings.ToLower(strings.TrimFunc(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&'
	}))
}

// orgNameWord reports whether t can be part of an organisation's name: a
// capitalised word or number, initials, or "&".
func orgNameWord(t string) bool {
	if t == "&" {
		return true
	}
	if reOrgInitials.MatchString(t) {
		return true
	}
	r := []rune(strings.TrimLeft(t, "(\"'‘’‚“”„«»"))
	if len(r) == 0 || !(unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) && hasLetters(t, 1)) {
		return false
	}
	return !orgNonName[orgCore(t)] && !reTitleWord.MatchString(t)
}

// lineWordText returns a function giving the trimmed text of word k of
// the line ln.
func lineWordText(words []doc.Word, ln []int) func(k int) string {
	return func(k int) string { return strings.TrimSpace(words[ln[k]].Text) }
}

// nameNear returns a function reporting whether words k and k+1 of the
// line ln are close enough to belong to one name: no column gap (over 1.5
// text heights) between them. The height is the page's median h, or the
// smaller of the two words' heights when both are larger and of one size
// (within a factor of two): a letterhead set in large type spaces its
// words wider.
func nameNear(words []doc.Word, ln []int, h int) func(k int) bool {
	return func(k int) bool {
		a, b := words[ln[k]].Box, words[ln[k+1]].Box
		size := h
		if lo, hi := min(a.Height, b.Height), max(a.Height, b.Height); 2*lo >= hi {
			size = max(h, lo)
		}
		return b.Left-a.Right() <= size*3/2
	}
}

// orgLine is one text line while the recognizer reads it: its words'
// trimmed texts and whether neighbours are close enough to share a name.
type orgLine struct {
	in    *Input
	ln    []int
	text  func(k int) string
	near  func(k int) bool
	words []doc.Word
	// domains are the page's web and mail domains (pageDomains).
	domains []string
}

// newOrgLine prepares line ln of in for reading; h is the page's median
// word height, domains the page's domains.
func newOrgLine(in *Input, ln []int, h int, domains []string) *orgLine {
	words := in.Page.Words
	ln = dropOverlapped(words, ln)
	return &orgLine{in: in, ln: ln, text: lineWordText(words, ln), near: nameNear(words, ln, h), words: words, domains: domains}
}

// dropOverlapped returns the line ln without the scraps of a logo that
// OCR reads over a conjunction: a word of one or two letters that begins
// inside the conjunction before it ("Beretta e ea figli").
func dropOverlapped(words []doc.Word, ln []int) []int {
	out := ln[:0:0]
	for k, wi := range ln {
		if k > 0 {
			prev, w := words[ln[k-1]], words[wi]
			pt, wt := strings.TrimSpace(prev.Text), strings.TrimSpace(w.Text)
			if orgConj[strings.ToLower(pt)] && len([]rune(wt)) <= 2 && !orgConj[strings.ToLower(wt)] &&
				w.Box.Left < prev.Box.Right() {
				continue
			}
		}
		out = append(out, wi)
	}
	return out
}

// Recognize implements Recognizer.
func (OrganizationRecognizer) Recognize(in *Input) []Match {
	loadNameLists()
	h, domains := medianHeight(in.Page), pageDomains(in)
	var out []Match
	for _, ln := range in.Lines {
		l := newOrgLine(in, ln, h, domains)
		if itemRow(in.lineText(ln)) {
			// A line of goods priced at its end: names joined there are a
			// title and its author ("The Remains of the Day - Ishiguro"),
			// and a form in name case is a dish's word ("Rendang Sapi").
			out = append(out, slices.DeleteFunc(l.suffixed(), func(m Match) bool { return !writtenForm(in, m) })...)
			out = append(out, l.institutions()...)
			out = append(out, l.formFirst()...)
			continue
		}
		out = append(out, l.suffixed()...)
		out = append(out, l.joined()...)
		out = append(out, l.hyphenated()...)
		out = append(out, l.institutions()...)
		out = append(out, l.formFirst()...)
	}
	out = append(out, wrappedOrgs(in, h, domains)...)
	out = slices.DeleteFunc(out, func(m Match) bool {
		return specialtyBefore(in.Text[:m.Start]) || degreeTitle(in.Text[m.Start:m.End]) || boxAfter(in.Text[m.Start:m.End], in.Text[m.End:])
	})
	return dropContained(out)
}

// boxAfter reports a name whose last word opens a post-office box with
// the word after it (postOfficeWords): "P.O." before "Box" is the box's,
// no legal form ("Hilma Ndeshipanda Shikongo, P.O. Box 26541").
func boxAfter(name, rest string) bool {
	f, r := strings.Fields(name), strings.Fields(rest)
	return len(f) > 0 && len(r) > 0 && postOfficeWords([]string{f[len(f)-1], r[0]}, 0) == 2
}

// specialistWords say what a doctor specialises in, before "en" or "in"
// and the specialty's name.
var specialistWords = lowerSet([]string{"specialist", "specialised", "specialized", "specializing", "specialising",
	"especialista", "especializado", "especializada", "spécialiste", "specialista", "especialidade", "especialidad"})

// specialtyBefore reports text that ends in a specialist's word and "en"
// or "in": the words after it name a medical specialty, no institution
// ("Médica especialista en Clínica Médica").
func specialtyBefore(text string) bool {
	f := strings.Fields(text[max(0, len(text)-40):])
	if len(f) < 2 {
		return false
	}
	prep := strings.ToLower(f[len(f)-1])
	return (prep == "en" || prep == "in" || prep == "em") && specialistWords[strings.ToLower(f[len(f)-2])]
}

// degreeWords name a degree or a diploma, before "en", "in" or "em" and
// its field of study.
var degreeWords = lowerSet([]string{"ingeniería", "ingenieria", "licenciatura", "licenciado", "licenciada",
	"diplomado", "diplomada", "maestría", "maestria", "magíster", "magister", "doctorado", "técnico", "tecnico",
	"bachelor", "master", "diploma", "certificate", "licence", "bacharelado", "mestrado",
	"laurea", "dottorato"})

// degreeTitle reports a name that opens with a degree's word and the
// preposition of its field ("Ingeniería en Logística", "Bachelor in
// Economics"): a degree in a curriculum's table, no institution.
func degreeTitle(name string) bool {
	f := strings.Fields(name)
	if len(f) < 3 {
		return false
	}
	prep := strings.ToLower(f[1])
	return (prep == "en" || prep == "in" || prep == "em" || prep == "of") && degreeWords[strings.ToLower(f[0])]
}

// writtenForm reports a legal form among the words of m written as firms
// write them: with periods, in capitals or as the common English and
// German forms ("S.A.", "SDN BHD", "Ltd", "GmbH"), not in name case
// ("Sapi"). Two capitals alone are a product's suffix as often ("Glycomet
// GP", "Augmentin DS").
func writtenForm(in *Input, m Match) bool {
	for _, wi := range in.WordsInSpan(m.Start, m.End) {
		t := strings.Trim(in.Page.Words[wi].Text, ",;:()")
		if isLegalForm(t) && (strings.Contains(t, ".") || letterCount(t) >= 3 && isUpperWord(t) || orgLegal[orgCore(t)]) {
			return true
		}
	}
	return false
}

// wrappedOrgWords is how many words each side of a line break
// wrappedOrgs reads.
const wrappedOrgWords = 3

// wrappedOrgs finds the organisations that a paragraph's line break splits
// ("admitted at Mercy Regional" / "Medical Center with …"): the words each
// side of the break (wrappedBreaks) are read as one line, near each other
// across it, and a name found there that spans the break is kept.
func wrappedOrgs(in *Input, h int, domains []string) []Match {
	var out []Match
	for _, b := range wrappedBreaks(in, wrappedOrgWords) {
		l := newOrgLine(in, b.words, h, domains)
		if len(l.ln) != len(b.words) {
			continue // a logo's scraps were dropped: the break moved
		}
		near := l.near
		l.near = func(k int) bool { return k == b.last || near(k) }
		for _, m := range append(l.suffixed(), l.institutions()...) {
			if b.spans(in, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// dropContained drops the matches that lie inside another ("Grimes &
// Dunn" inside "Grimes & Dunn Co.").
func dropContained(ms []Match) []Match {
	out := ms[:0:0]
	for i, m := range ms {
		inside := false
		for j, o := range ms {
			if i != j && o.Start <= m.Start && m.End <= o.End && (o.End-o.Start > m.End-m.Start || j < i) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// suffixed finds the names that end in a legal form or a business noun
// ("Moeller GmbH", "Stolz GmbH & Co. KG", "Meyer Laboratories") or that
// begin with "University of", "Bank of".
func (l *orgLine) suffixed() []Match {
	var out []Match
	for k := 0; k < len(l.ln); k++ {
		if m, e, ok := l.headOf(k); ok {
			out = append(out, m)
			k = e
			continue
		}
		strength, ok := l.suffixAt(k)
		phrase := l.formPhraseEnd(k)
		if phrase > k {
			strength, ok = max(strength, orgPhraseStrength), true
		}
		if !ok || k > 0 && isDash(l.text(k-1)) {
			// A form right after a dash standing alone closes no name:
			// a heading's next part ("CONFIRMACION DE MATRICULA - ANO
			// LECTIVO", where OCR lost the tilde of "AÑO").
			continue
		}
		e, st := l.suffixRun(k)
		e, strength = max(e, phrase), max(strength, st)
		s := orgLeft(l.ln, k, l.words, l.near, l.commaForm(k))
		s = l.trimLeading(s, k)
		if orgInstTails[orgCore(l.text(k))] {
			s = l.afterDash(s, k)
		}
		if s == k || l.particlesOnly(s, k) || l.initialOnly(s, k) || l.idLabelOnly(s, k) {
			// A suffix with no name before it, or only a particle: the
			// rest of a form that OCR glued to the name ("MARTILLO'S.A.
			// DE C.V.").
			k = e
			continue
		}
		score := l.suffixScore(s, k, strength)
		if l.departmentAt(s, k) || l.nounPhraseGoesOn(k, e) {
			score = 0
		}
		if phrase > k {
			// A form of several words ("Sp. z o.o.") is no ordinary word.
			score = orgScore(l.ln, s, k, l.words, strength)
		}
		if score > 0 {
			out = append(out, orgMatch(l.in, l.ln, s, e, score))
		}
		k = e
	}
	return out
}

// departmentAt reports an institution's tail at k after form or label
// words alone ("Customer Service Centre", "Patient Service Centre"): a
// department, which names no one.
// ("Sunrise Family Dentistry" is a practice's name.)
func (l *orgLine) departmentAt(s, k int) bool {
	if !orgInstTails[orgCore(l.text(k))] || isLegalForm(l.text(k)) {
		return false
	}
	for j := s; j < k; j++ {
		if t := strings.TrimSpace(l.text(j)); !orgConj[strings.ToLower(t)] && !isFormWord(orgWordStem(t)) && !isLabelWord(orgWordStem(t)) {
			return false
		}
	}
	return true
}

// nounPhraseGoesOn reports a business noun at k (no legal form), whose
// run ends at e, that the next word, close by, goes on from: an ordinary
// capitalised word that is no label, form or name word, so the noun is
// no firm's last word ("Stainless Steel Water Bottle", "Energy Drink").
func (l *orgLine) nounPhraseGoesOn(k, e int) bool {
	if isLegalForm(l.text(k)) || e+1 >= len(l.ln) || !l.near(e) || endsClause(l.text(e)) {
		return false
	}
	next := strings.TrimRight(l.text(e+1), ",.;:")
	core := orgCore(next)
	_, suffix := orgSuffixStrength[core]
	return isCapitalisedToken(next) && isDictWord(next) && !isFormWord(next) && !isLabelWord(next) && !knownName(next) &&
		!suffix && !orgInstTails[core] && !isLegalForm(next)
}

// formFirst finds the names that follow their legal form ("SARL Dupont
// Frères", "GmbH Müller", "PT. Bank Central Asia"): a legal form that is
// no ordinary word, first on its run, then up to four capitalised words
// of which one at least is surely a name. A form of two letters counts
// only where its language writes forms first and in capitals ("PT
// Sumber Makmur", not "PT Evaluation").
func (l *orgLine) formFirst() []Match {
	var out []Match
	for k := 0; k+1 < len(l.ln); k++ {
		t := l.text(k)
		// A name in quotes after a legal form is the firm's, whatever the
		// form is in other languages ("SIA “Rīgas Ūdens”", "UAB „Vilniaus
		// vandenys”").
		quoted := isLegalForm(t) && strings.IndexAny(l.text(k+1), "\"“„«") == 0
		if !formLeads(t) && !quoted || strings.HasSuffix(t, ":") || idLabelWords[idWord(t)] || !l.near(k) || l.nameBefore(k) {
			continue // "C.F.:" and "C.F. BLLFNC79E52A944K" are an ID's label and value (codice fiscale)
		}
		e, anchored := k, quoted
		for j := k + 1; j < len(l.ln) && j <= k+4 && l.near(j-1) && orgNameWord(l.text(j)) && !formLeads(l.text(j)) &&
			!strings.HasSuffix(l.text(j), ":"); j++ {
			e, anchored = j, anchored || orgNameAnchor(l.text(j))
			if strings.HasSuffix(l.text(j), ",") {
				break
			}
		}
		if e > k && anchored && l.lettered(k+1, e) {
			out = append(out, orgMatch(l.in, l.ln, k, e, 0.75))
			k = e
		}
	}
	return out
}

// lettered reports a word among words s..e that opens with a capital
// letter: a firm's name after its form has one ("PT Sumber Makmur"), a
// dose's route and interval have none ("PO 8-hourly").
func (l *orgLine) lettered(s, e int) bool {
	for j := s; j <= e; j++ {
		if capitalised(strings.TrimLeft(l.text(j), "\"“„«'")) {
			return true
		}
	}
	return false
}

// nameBefore reports a word of a name just before word k: a capitalised
// word near it that is no label ("Kepada:") and no function word
// ("Dari").
func (l *orgLine) nameBefore(k int) bool {
	if k == 0 || !l.near(k-1) {
		return false
	}
	p := l.text(k - 1)
	return orgNameWord(p) && !strings.HasSuffix(p, ":") && lexicon.StopwordLanguages(strings.ToLower(orgCore(p))) == nil
}

// formLeadLanguages are the languages whose legal forms of two letters
// come before the name (libpostal's codes).
var formLeadLanguages = map[string]bool{"id": true}

// formLeads reports a legal form that may lead a name: one that is no
// ordinary word nor a listed name and has more than two letters, or one of two letters in
// capitals of a language of formLeadLanguages ("PT", also an English
// abbreviation).
func formLeads(t string) bool {
	if !isLegalForm(t) {
		return false
	}
	if shortLegalForm(t) && strings.ToUpper(t) == t {
		for _, lang := range lexicon.CompanyTypeLanguages(orgCore(t)) {
			if formLeadLanguages[lang] {
				return true
			}
		}
	}
	return !shortLegalForm(t) && !commonWordAnyLang(orgCore(t)) && !lexicon.IsName(orgCore(t)) // "ONG" is a surname too: "Member: Ong Boon Hock"
}

// headOf matches "University of Kentucky" at word k: the head, "of",
// capitalised words.
func (l *orgLine) headOf(k int) (Match, int, bool) {
	t := l.text(k)
	if !orgHeads[orgCore(t)] || k+2 >= len(l.ln) || !orgNameWord(t) || strings.ToLower(l.text(k+1)) != "of" ||
		!l.near(k) || !l.near(k+1) || !orgNameWord(l.text(k+2)) {
		return Match{}, 0, false
	}
	e := k + 2
	for e+1 < len(l.ln) && e+1 <= k+4 && l.near(e) && orgNameWord(l.text(e+1)) && !strings.HasSuffix(l.text(e), ",") {
		e++
	}
	s := orgLeft(l.ln, k, l.words, l.near, false)
	return orgMatch(l.in, l.ln, s, e, 0.7), e, true
}

// orgPhraseStrength is the strength of a legal form of several words.
const orgPhraseStrength = 0.85

// formPhraseEnd is the last word of a legal form of two or three words
// that starts at word k (formPhraseWords), its words near each other and
// without digits; k when none does.
func (l *orgLine) formPhraseEnd(k int) int {
	var texts []string
	for j := k; j < len(l.ln) && j <= k+2 && !hasDigit(l.text(j)); j++ {
		texts = append(texts, l.text(j))
		if j+1 < len(l.ln) && !l.near(j) {
			break
		}
	}
	return k + formPhraseWords(texts)
}

// suffixAt reports whether word k ends an organisation's name, and how
// strongly: a legal form of any language or a business noun.
func (l *orgLine) suffixAt(k int) (float64, bool) {
	t := l.text(k)
	if strings.HasPrefix(t, "(") {
		return 0, false // "Ronca (CO)": a province
	}
	if k+1 < len(l.ln) && numberMarker(l.text(k+1)) && letterCount(l.text(k+1)) != 1 {
		return 0, false // "Group No.", "Company #": a label's words ("N." may be an initial)
	}
	core := orgCore(t)
	strength, ok := orgSuffixStrength[core]
	if !ok && isLegalForm(t) {
		strength, ok = 0.85, true
		if shortLegalForm(t) || !strings.Contains(core, ".") && commonWordAnyLang(core) {
			// "SA", "KG", "Union", "Trust": also ordinary words.
			strength = 0.7
		}
	}
	if !ok && orgInstTails[core] {
		strength, ok = 0.65, true
	}
	if !ok && orgKinWords[core] && l.kinAt(k) {
		strength, ok = 0.75, true
	}
	if !ok || !orgSuffixWord(l.ln, k, l.words, l.near) && !(orgKinWords[core] && l.kinAt(k)) {
		return 0, false
	}
	return strength, true
}

// kinAt reports a kinship or partnership word at k used as one: after a
// conjunction ("e figli", "and Sons", "& Söhne"), or directly after a name
// for the words that may ("Cordero Hermanos").
func (l *orgLine) kinAt(k int) bool {
	if k == 0 || !l.near(k-1) {
		return false
	}
	prev := strings.ToLower(l.text(k - 1))
	if orgConj[prev] {
		return k >= 2 && l.near(k-2) && orgNameWord(l.text(k-2))
	}
	return orgKinDirect[orgCore(l.text(k))] && orgNameWord(l.text(k)) && orgNameWord(l.text(k-1))
}

// suffixRun extends a suffix at k over the suffixes that follow it
// ("Manufacturing Co.", "Industries, Inc.", "GmbH & Co. KG", "Pvt. Ltd.").
func (l *orgLine) suffixRun(k int) (int, float64) {
	e, strength := k, 0.0
	for e+1 < len(l.ln) && l.near(e) {
		next := e + 1
		if l.text(next) == "&" && next+1 < len(l.ln) && l.near(next) && isLegalForm(l.text(next+1)) {
			next++
		}
		st, ok := l.suffixAt(next)
		if !ok {
			break
		}
		strength = max(strength, st)
		e = next
	}
	return e, strength
}

// commaForm reports a legal form that may follow a comma ("Industries,
// Inc."): one that is no ordinary word ("Dear Sirs, Group leaders").
func (l *orgLine) commaForm(k int) bool {
	core := orgCore(l.text(k))
	return orgLegal[core] || isLegalForm(l.text(k)) && !commonWordAnyLang(core)
}

// anyFormEvidence reports a word among words[s..k-1] that can carry the
// legal form at k that is also an ordinary word (orgFormEvidence); a form
// of three letters or more in capitals or with periods ("Vidal SAS") may
// also follow a surname that is an ordinary word too and no place
// (orgWeakSurname; "Sciacca AG" is a town and its province).
func (l *orgLine) anyFormEvidence(s, k int) bool {
	form := l.text(k)
	weakOK := !shortLegalForm(form) && (mostlyCaps(form) || strings.Contains(orgCore(form), "."))
	for j := s; j < k; j++ {
		if t := l.text(j); orgFormEvidence(t) || weakOK && orgWeakSurname(t) && !isPlaceName(strings.Trim(t, ",.")) {
			return true
		}
	}
	return false
}

// formIsWord reports a two-letter legal form at k that is a word here:
// words go on after it ("... AS AS TYPE"; a reference number may follow),
// or it is also an ordinary
// word and capitals follow on the line ("APPEND AS MUCH").
func (l *orgLine) formIsWord(k int) bool {
	if k+1 < len(l.ln) && l.near(k) && !strings.HasSuffix(l.text(k), ",") && entity.IsWord(orgCore(l.text(k+1))) {
		return true
	}
	if !commonWordAnyLang(orgCore(l.text(k))) {
		return false
	}
	for j := k + 1; j < len(l.ln); j++ {
		if t := l.text(j); hasLetters(t, 2) && mostlyCaps(t) && !isLegalForm(t) {
			return true
		}
	}
	return false
}

// trimLeading drops the ordinary words that start the name words[s..k-1]
// while a proper word remains: a statement's booking text ("Salary",
// "Nómina", "Pagamento POS") or a word that introduces the name, up to a
// word that begins the name (orgNamePrefix).
func (l *orgLine) trimLeading(s, k int) int {
	s = l.afterOffice(s, k)
	anchor := -1
	for j := s; j < k; j++ {
		if orgNameAnchor(l.text(j)) {
			anchor = j
			break
		}
	}
	for s < anchor {
		t := l.text(s)
		if !isCommonWord(t) && !commonWordAnyLang(t) || orgNameAnchor(t) || orgNamePrefix(t) || reDoctorTitle.MatchString(t) {
			break
		}
		s++
	}
	// An ordinary word not in capitals before a name in capitals is no
	// part of it: "Salary ACME PTY LTD", a statement's booking text.
	for s+1 < k && isCommonWord(l.text(s)) && !isUpperWord(coreWord(l.text(s))) && l.upperRun(s+1, k) {
		s++
	}
	return s
}

// afterOffice moves a name's start s (before word k) past an office and
// its comma: the office is its holder's, no part of the firm ("HR-chef,
// Norrlands Trä & Bygg AB" under the signer's name).
func (l *orgLine) afterOffice(s, k int) int {
	for j := s; j < k-1; j++ {
		if t := l.text(j); strings.HasSuffix(t, ",") && officeWord(coreWord(t)) {
			s = j + 1
		}
	}
	return s
}

// upperRun reports words s to k-1 all in capitals.
func (l *orgLine) upperRun(s, k int) bool {
	for j := s; j < k; j++ {
		if c := coreWord(l.text(j)); letterCount(c) < 2 || !isUpperWord(c) {
			return false
		}
	}
	return true
}

// afterDash returns the first word after the last dash standing alone
// between words s and k: an institution's name holds no dash, a heading
// does ("FICHE D'INSCRIPTION - CENTRE DE LOISIRS").
func (l *orgLine) afterDash(s, k int) int {
	for j := k - 1; j >= s; j-- {
		if isDash(l.text(j)) {
			return j + 1
		}
	}
	return s
}

// particlesOnly reports words s to k-1 that are all particles or link
// words ("de", "van der"), or legal forms and a bracketed code between
// them ("Co. (M)" before "Bhd": the name before them was no name).
func (l *orgLine) particlesOnly(s, k int) bool {
	for j := s; j < k; j++ {
		t := l.text(j)
		w := strings.ToLower(t)
		if !orgParticles[w] && !orgLinkWords[w] && !isLegalForm(t) && !bracketedCode(t) {
			return false
		}
	}
	return true
}

// initialOnly reports one initial alone before the form: an abbreviated
// code's letters ("(Art. 774 C. Co.)", Colombia's commercial code), no
// firm's name.
func (l *orgLine) initialOnly(s, k int) bool {
	return k-s == 1 && initialWord(strings.TrimLeft(l.text(s), "("))
}

// idLabelOnly reports only an ID's label words before the form at k: the
// card's series that reads as a form ("ID-karta AD 4175382", "AD" a
// Bulgarian company's).
func (l *orgLine) idLabelOnly(s, k int) bool {
	for i := s; i < k; i++ {
		if idLabelKind(l.text(i)) != 'l' {
			return false
		}
	}
	return true
}

// bracketedCode reports a short code in brackets inside a firm's legal
// form: a country's letter or two ("(M)" of Malaysia's "Sdn. Bhd.").
func bracketedCode(t string) bool {
	inner, ok := strings.CutPrefix(t, "(")
	inner, ok2 := strings.CutSuffix(inner, ")")
	return ok && ok2 && len(inner) >= 1 && len(inner) <= 2 && isUpperWord(inner) && letterCount(inner) == len(inner)
}

// orgNamePrefix reports a word that begins a name rather than introduces
// it: a saint's title or a compass point ("St Jacobs Hospital", "West
// Middlesex Hospital").
func orgNamePrefix(t string) bool {
	c := strings.Trim(t, ".,")
	return orgSaints[strings.ToLower(c)] || hasLetters(c, 4) && lexicon.IsDirectional(strings.ToLower(c))
}

// orgNameAnchor reports a word that is surely part of a name: a proper
// word, or a person's name that is no English word ("Bode", "Sarti"; not
// "Salary").
func orgNameAnchor(t string) bool {
	return orgProperWord(t) || orgMaybeName(t) && !isCommonWord(t)
}

// suffixScore rates a name before a suffix; a legal form that is also an
// ordinary word ("Firma") or of two letters ("SA", "AG"; not "Co.") also
// needs a name before it that is no place ("Abbiategrasso AG" is a town
// and its province), and a two-letter one must end the run of words.
func (l *orgLine) suffixScore(s, k int, strength float64) float64 {
	t, core := l.text(k), orgCore(l.text(k))
	if _, old := orgSuffixStrength[core]; !old && isLegalForm(t) && !shortLegalForm(t) && commonWordAnyLang(core) {
		// A form that is an ordinary word ("Firma", "Union", "Spa"): a
		// name first, and no date's month ("16 Jan Spa Treatment").
		if !l.anyFormEvidence(s, k) || l.calendarBefore(s, k) {
			return 0
		}
	}
	if core != "co" && isLegalForm(t) && shortLegalForm(t) {
		if l.formIsWord(k) {
			return 0
		}
		if !l.anyFormEvidence(s, k) || l.regionAfterTown(s, k) {
			return 0
		}
	}
	return orgScore(l.ln, s, k, l.words, strength)
}

// regionAfterTown reports a two-letter form at k that is the region code
// of a town named by the words before it, a dash or a comma between
// ("Sao Paulo - SP", "Sao Paulo, SP"): an address's town and state.
func (l *orgLine) regionAfterTown(s, k int) bool {
	code := orgCore(l.text(k))
	e := k
	for e > s && strings.Trim(l.text(e-1), "-–,") == "" {
		e--
	}
	for b := max(s, e-3); b < e; b++ {
		parts := make([]string, 0, e-b)
		for j := b; j < e; j++ {
			parts = append(parts, strings.Trim(l.text(j), ",.-–"))
		}
		for _, cc := range lexicon.PlaceCountries(strings.Join(parts, " ")) {
			if lexicon.IsRegionCode(cc, strings.ToUpper(code)) {
				return true
			}
		}
	}
	return false
}

// calendarBefore reports a month's or a weekday's name among words s..k-1.
func (l *orgLine) calendarBefore(s, k int) bool {
	for j := s; j < k; j++ {
		if calendarWord(orgCore(l.text(j)), 1) {
			return true
		}
	}
	return false
}

// orgSuffixWord checks that word k of a line is used as a suffix: in
// capitals or title case, not a label ("Company:", "Hospital No:"), and "Co"/"CO" not a
// state code ("Denver, CO 80202").
func orgSuffixWord(ln []int, k int, words []doc.Word, near func(int) bool) bool {
	t := strings.TrimSpace(words[ln[k]].Text)
	if strings.HasSuffix(t, ":") || !orgNameWord(t) && !(strings.Contains(t, ".") && isLegalForm(t)) {
		return false
	}
	if k+1 < len(ln) && strings.HasPrefix(strings.TrimSpace(words[ln[k+1]].Text), ":") {
		return false
	}
	// A number's label: "Hospital No:" after a patient's name.
	if k+1 < len(ln) && numberMarker(words[ln[k+1]].Text) && strings.HasSuffix(strings.TrimSpace(words[ln[k+1]].Text), ":") {
		return false
	}
	switch orgCore(t) {
	case "co", "ag":
		if k == 0 || strings.HasSuffix(strings.TrimSpace(words[ln[k-1]].Text), ",") {
			return false
		}
		if k+1 < len(ln) && near(k) && reZipWord.MatchString(strings.TrimSpace(words[ln[k+1]].Text)) {
			return false
		}
	case "sons", "brothers":
		// "& Sons": only after a conjunction.
		if k == 0 || !orgConj[strings.ToLower(strings.TrimSpace(words[ln[k-1]].Text))] {
			return false
		}
	}
	return true
}

var reZipWord = regexp.MustCompile(`^\d{5}(?:-\d{4})?[.,]?$`)

// orgLeft extends an organisation's name from its suffix at k leftwards
// over capitalised words, conjunctions ("&", "and", "und", "et", "y"),
// spaced dashes and name particles ("de", "van"), up to eight words,
// stopping at a column gap, a label (a word ending in ":"), or a word
// ending a clause. A comma is crossed before a legal form ("Industries,
// Inc.") and inside a list of names that a conjunction closes
// ("Tischler, Kwadwo und Kleiss"). A firm named by its legal form or
// business noun may open with a doctor's title (reDoctorTitle).
func orgLeft(ln []int, k int, words []doc.Word, near func(int) bool, legal bool) int {
	s, conj := k, false
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if !near(j) {
			break
		}
		t := strings.TrimSpace(words[ln[j]].Text)
		if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") || len(t) > 2 && strings.HasSuffix(t, "/") {
			break // a label's colon, or a slash before another language's words ("ANKARA YA MAJI/ WATER BILL")
		}
		if strings.HasSuffix(t, ",") && !(j == k-1 && legal) && !(conj && s < k && !commaRole(t)) {
			break
		}
		if strings.HasSuffix(t, ".") && !reOrgInitials.MatchString(t) && !reTitleWord.MatchString(t) && !isLegalForm(t) && !saintWords[orgCore(t)] && !(j == k-1 && legal) {
			// A sentence's end, or an abbreviation closing something else;
			// right before a legal form it is a speck OCR read as a period
			// ("Delta Consult. SRL").
			if _, suf := orgSuffixStrength[orgCore(t)]; !suf {
				break
			}
		}
		if j > 0 && monthAfterDay(words[ln[j-1]].Text, t) {
			break // "07 Nov Salary ACME PTY LTD": a statement row's date
		}
		lower := strings.ToLower(t)
		if orgParticles[lower] && s == j+1 && unicode.IsUpper([]rune(t)[0]) {
			s = j // "Del Monte", "La Rosa"
			continue
		}
		if orgConj[lower] || isDash(t) || orgParticles[lower] {
			// Inside a name only: a name word must come before it.
			if j == 0 || !orgNameWord(strings.TrimSpace(words[ln[j-1]].Text)) || !near(j-1) {
				break
			}
			conj = conj || orgConj[lower]
			continue
		}
		if !orgNameWord(t) {
			if s == j+1 && s < k && reDoctorTitle.MatchString(t) && firmSuffix(strings.TrimSpace(words[ln[k]].Text)) {
				s = j // a firm named after its doctor: "Dr. Lal PathLabs Ltd.", "Dr. Oetker GmbH"
			}
			break
		}
		s = j
	}
	return s
}

// commaRole reports a word before a comma that names a role or a
// department, not a partner of a list ("Senior Manager, Audit, Whitcombe
// & Rhys LLP"): an office's word, or a word no name list holds that a
// dictionary does.
func commaRole(t string) bool {
	c := coreWord(t)
	return officeWords[strings.ToLower(c)] || !orgNameAnchor(c) && !orgKnownName(c) && commonWordAnyLang(c)
}

// firmSuffix reports a legal form or a business noun ("Ltd.",
// "Laboratories").
func firmSuffix(t string) bool {
	_, ok := orgSuffixStrength[orgCore(t)]
	return ok || isLegalForm(t)
}

// reDoctorTitle is a doctor's title, which firms keep in their names.
var reDoctorTitle = regexp.MustCompile(`^(?:Dr|DR)\.?$`)

// isDash reports a dash standing alone between two names ("Roberts -
// Walsh").
func isDash(t string) bool { return t == "-" || t == "–" || t == "—" }

// orgScore rates an organisation's name words[ln[s..k-1]] before its suffix
// (at k): the suffix's strength, raised by an ampersand or a surname,
// lowered when every name word is an ordinary word ("Quality Control
// Group" is more likely a department).
func orgScore(ln []int, s, k int, words []doc.Word, strength float64) float64 {
	score := strength
	n, common, form, amp, proper, ordinary, learned := 0, 0, 0, false, 0, 0, false
	for j := s; j < k; j++ {
		t := strings.TrimSpace(words[ln[j]].Text)
		if lower := strings.ToLower(t); orgConj[lower] || lower == "of" || isDash(t) || orgParticles[lower] {
			amp = amp || t == "&"
			continue
		}
		n++
		if isFormWord(t) {
			form++
		}
		if isCommonWord(t) {
			common++
		} else {
			proper++
		}
		if ordinaryOrgWord(t) {
			ordinary++
			learned = learned || careServiceWords[normWord(orgWordStem(t))]
		} else if learnedWord(normWord(orgWordStem(t))) {
			ordinary, learned = ordinary+1, true
		}
	}
	if n == 1 && form == 1 {
		return 0 // "Tobacco Company", "Research Group": a form word
	}
	if n > 0 && ordinary == n && !amp && (n == 1 || learned || k < len(ln) && isFormWord(strings.Trim(words[ln[k]].Text, ".,;:()"))) && !strongFormAfter(ln, k, words) {
		// Only ordinary words before a legal form that is an ordinary
		// word too: "(Represented Company)", "United States Corporation
		// Company" name no one ("Atlantic Consulting Industries, Inc."
		// is a firm's name). A medical field among them names a
		// department ("Rheumatology Outpatient Clinic"), and so does a
		// hospital's service ("Medical Outpatient Clinic").
		return 0
	}
	if amp {
		score += 0.1
	}
	if proper > 0 {
		score += 0.05
	}
	if n > 0 && common == n {
		score -= 0.15
	}
	return clamp01(score)
}

// careServiceWords name a hospital's services, whose clinics and wards
// are departments, no named institution ("Medical Outpatient Clinic",
// "Antenatal Clinic").
var careServiceWords = lowerSet(strings.Fields(`outpatient outpatients inpatient inpatients antenatal postnatal
	ambulatory casualty`))

// orgWordStem is a word of a firm's name without its punctuation and its
// possessive.
func orgWordStem(t string) string { return possessiveStem(strings.Trim(t, ".,;:()\"'")) }

// ordinaryOrgWord reports an ordinary word that no name list holds, also
// as a possessive ("INSURED'S POLICY GROUP", a claim form's label).
func ordinaryOrgWord(t string) bool {
	core := orgWordStem(t)
	return (isCommonWord(core) || lexicon.IsCommonWord(core) && !lexicon.IsName(core)) && !knownName(core)
}

// possessiveStem is w without its possessive "'s" ("INSURED'S" is
// "INSURED"); w when it has none.
func possessiveStem(w string) string {
	for _, suf := range []string{"'s", "'S", "’s", "’S"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" {
			return stem
		}
	}
	return w
}

// strongFormAfter reports a legal form that is no ordinary word of any
// language ("LLC", "Inc.", "GmbH") among the suffix words from word k on
// ("Services LLC"): the firm's name before them may be ordinary words
// ("Sandia Freight Services LLC").
func strongFormAfter(ln []int, k int, words []doc.Word) bool {
	for j := k; j < len(ln); j++ {
		t := strings.TrimSpace(words[ln[j]].Text)
		core := orgCore(t)
		switch {
		case isLegalForm(t) && !commonWordAnyLang(core) && !shortLegalForm(t):
			return true
		case !isFormWord(strings.Trim(t, ".,;:()")) && !isLegalForm(t):
			return false
		}
	}
	return false
}

func orgMatch(in *Input, ln []int, s, e int, score float64) Match {
	return Match{Type: entity.Organization, Start: in.WordStart[ln[s]], End: in.WordEnd[ln[e]], Score: score, Source: "orgs"}
}
