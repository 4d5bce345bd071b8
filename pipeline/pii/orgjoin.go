package pii

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Partnerships without a legal form: family names joined by a conjunction
// ("Tischler, Kwadwo und Kleiss", "Mercier et Meyer", "Granado Villagómez
// y Cano Zúñiga") or by a spaced dash ("Roberts - Walsh"). Every word must
// be a person's name or no common word, and one a known name that is no
// common word, so that headings and labels ("Terms and Conditions", "Name
// und Anschrift") stay apart; two people ("Andy Pelcher and Rob Tamsin"),
// headings in capitals and cities stay apart too.

// joined finds the partnerships on the line. A salutation's line joins
// people or addresses them all ("Sehr geehrte Damen und Herren,").
func (l *orgLine) joined() []Match {
	if l.salutation() {
		return nil
	}
	var out []Match
	for c := 1; c+1 < len(l.ln); c++ {
		t := l.text(c)
		if !orgConj[strings.ToLower(t)] && !isDash(t) || !l.near(c-1) || !l.near(c) {
			continue
		}
		s, left := l.namesLeft(c)
		s, left = l.trimJoined(s, c, left)
		s = l.afterOffice(s, c)
		e, right := l.namesRight(c)
		if left == 0 || right == 0 || l.twoPeople(s, c, e) && !l.insurerLabelBefore(s) || isDash(t) && (l.runsOnLower(e) || l.numberedAfter(e)) ||
			e+1 < len(l.ln) && eponymNoun(l.text(e+1)) {
			continue // "Hoehn and Yahr stage": an eponym's names, no firm
		}
		if score := l.joinScore(s, e, isDash(t), left, right); score > 0 {
			out = append(out, orgMatch(l.in, l.ln, s, e, score))
			c = e
		}
	}
	return out
}

// salutation reports a line that a letter's salutation opens (reSalutation).
func (l *orgLine) salutation() bool {
	var head []string
	for k := 0; k < len(l.ln) && k < 3; k++ {
		head = append(head, l.text(k))
	}
	return reSalutation.MatchString(strings.Join(head, " ") + " ")
}

// numberedAfter reports a short number that ends the line's run right
// after word e, with no punctuation between: the word names a numbered
// place or division ("Weekend Rota - Ward 7B", "Bay 3"), not the second
// name of a firm. A firm's address may follow its name ("Gusikowski -
// Bosco 12 Main Street").
func (l *orgLine) numberedAfter(e int) bool {
	if e+1 >= len(l.ln) || !l.near(e) || strings.ContainsAny(l.text(e), ",.;:)") || e+2 < len(l.ln) && l.near(e+1) {
		return false
	}
	return reDivisionNumber.MatchString(l.text(e + 1))
}

// reDivisionNumber is a division's short number ("7B", "12", "A3"); a
// reference's longer code after a payee stays apart ("Panicker - Singh
// CU96295").
var reDivisionNumber = regexp.MustCompile(`^(?:\d{1,3}[A-Za-z]?|[A-Za-z]\d{1,2})$`)

// runsOnLower reports lower-case words after word e that go on with it: a
// word that is no conjunction, or a particle before another lower-case
// word ("Lettera di dimissione"). After a dash, such a phrase is a
// heading's, not the second name of a firm ("Ospedale Niguarda - Lettera
// di dimissione").
func (l *orgLine) runsOnLower(e int) bool {
	lowerAt := func(k int) bool {
		if k >= len(l.ln) || !l.near(k-1) {
			return false
		}
		w := coreWord(l.text(k))
		return w != "" && strings.ToLower(w) == w && letterCount(w) == len([]rune(w))
	}
	if !lowerAt(e + 1) {
		return false
	}
	next := strings.ToLower(l.text(e + 1))
	if orgConj[next] {
		return false
	}
	return !orgParticles[next] || lowerAt(e+2)
}

// namesLeft walks left from the joiner at c over name words, name
// particles and, inside a list, commas; it returns the first word and the
// number of name words.
func (l *orgLine) namesLeft(c int) (int, int) {
	s, n := c, 0
	for j := c - 1; j >= 0 && c-j <= 6; j-- {
		if j < c-1 && !l.near(j) {
			break
		}
		t := l.text(j)
		if orgParticles[strings.ToLower(t)] && s < c {
			continue
		}
		if !l.joinWord(t) && !l.listWord(c, j) || strings.HasSuffix(t, ",") && j == c-1 || strings.HasSuffix(t, ":") {
			break
		}
		s, n = j, n+1
		if j > 0 && strings.HasSuffix(l.text(j-1), ".") && !reOrgInitials.MatchString(l.text(j-1)) {
			break
		}
	}
	if s > 0 && (reTitleWord.MatchString(l.text(s-1)) || isPersonalTitle(l.text(s-1))) {
		return s, 0 // "Mr. Smith and Jones": people
	}
	return s, n
}

// trimJoined drops the ordinary words that start the names before the
// joiner at c (a booking text: "Salary Halvorson - Kling") while a name
// word remains; it returns the new first word and name count.
func (l *orgLine) trimJoined(s, c, n int) (int, int) {
	if s > 0 && strings.HasSuffix(l.text(s-1), ":") || s == 0 && orgMaybeName(l.text(s)) && !isCommonWord(l.text(s)) {
		// Names right after a label, or opening the line with a name
		// ("Paredes Delafuente y Reyna Gastélum"): no booking text.
		return s, n
	}
	for s < c-1 && n > 1 {
		t := l.text(s)
		if orgParticles[strings.ToLower(t)] {
			s++
			continue
		}
		// A word before a comma is one of a list's names ("Bosco, Grant
		// and Cassin"), whatever else it means.
		if !isCommonWord(t) && !commonWordAnyLang(t) || orgKnownName(t) || strings.HasSuffix(t, ",") {
			break
		}
		s, n = s+1, n-1
	}
	return s, n
}

// twoPeople reports two full names joined ("Andy Pelcher and Rob
// Tamsin"): two words on each side, no comma, and a first name of the
// curated lists starting one side, or, joined by "and", a name of the
// lexicon each. After an insurer's label they are a firm's name ("Aseguradora:
// Madrid Salas y Borrego Segura").
func (l *orgLine) twoPeople(s, c, e int) bool {
	if c-s != 2 || e-c != 2 || strings.HasSuffix(l.text(s), ",") || strings.HasSuffix(l.text(c+1), ",") {
		return false
	}
	if curatedFirstName(l.text(s)) || curatedFirstName(l.text(c+1)) {
		return true
	}
	// Given names of the lexicon open both sides, joined by the English
	// "and" ("Chukwuemeka Okafor and Aminu Danjuma"); the lexicon holds
	// surnames too, which a Spanish firm joins by "y" ("Sarabia Perea y
	// Lebron Arriaga").
	return strings.ToLower(l.text(c)) == "and" && lexiconGivenWord(l.text(s)) && lexiconGivenWord(l.text(c+1))
}

// lexiconGivenWord reports a word the name lists hold that no dictionary
// does.
func lexiconGivenWord(w string) bool {
	c := coreWord(w)
	return isFirstName(c) && !isDictWord(c)
}

// curatedFirstName reports a first name of the curated lists: the
// lexicon's names ("Benitez", "Madrid") start the double surnames of
// Spanish firms too ("Benitez Valverde y Garza Delao").
func curatedFirstName(w string) bool {
	loadNameLists()
	return firstNames[normWord(w)]
}

// namesRight walks right from the joiner at c over up to three name words
// and name particles; it returns the last word and the number of name
// words.
func (l *orgLine) namesRight(c int) (int, int) {
	e, n := c, 0
	for j := c + 1; j < len(l.ln) && j-c <= 4 && l.near(j-1); j++ {
		t := l.text(j)
		if orgParticles[strings.ToLower(t)] && e > c {
			continue
		}
		if !l.joinWord(t) && !l.titleEnds(j) && !l.listWord(c, j) {
			break
		}
		e, n = j, n+1
		if strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".") || n == 3 {
			break
		}
	}
	return e, n
}

// joinWord reports a word that can be one of the joined names: a
// capitalised proper word of two letters or more, no weekday or month.
func (l *orgLine) joinWord(t string) bool {
	if !orgNameWord(t) || t == "&" || isLegalForm(t) || reOrgInitials.MatchString(t) || isPersonalTitle(t) ||
		strings.ContainsAny(t, "0123456789") || orgCalendar[strings.ToLower(strings.Trim(t, ",.;:"))] {
		return false
	}
	return orgProperWord(t) || orgMaybeName(t)
}

// joinScore rates the names words[s..e]: one of them must be a known
// name; two names joined must both be names; a dash joins one name on
// each side; three or more in a list with commas are surely a firm.
func (l *orgLine) joinScore(s, e int, dash bool, left, right int) float64 {
	known, names, caps, places, proper := 0, 0, 0, 0, 0
	for j := s; j <= e; j++ {
		t := l.text(j)
		if orgProperWord(t) || orgKnownName(t) || orgMaybeName(t) {
			proper++
		}
		if orgPlaceWord(strings.Trim(t, ",.;:")) {
			places++
		}
		if mostlyCaps(t) {
			caps++
		}
		if orgKnownName(t) {
			known++
		}
		if orgKnownName(t) || orgMaybeName(t) {
			names++
		}
	}
	switch {
	case caps < left+right && places == 0 && proper == left+right && left+right >= 3 && l.commaList(s, e) && l.listStrong(s, e) > 0:
		// "Kurnicki, Hermecke und Kawohl": three names or more in a list
		// are the shape of a firm, even when none is in the name lists;
		// one must be no ordinary word ("Red, White and Blue").
		return 0.8
	case caps >= left+right || places >= left+right:
		// A heading in capitals ("COVINGTON & BURLING"), or cities,
		// countries and regions ("Paris et Lyon").
		return 0
	case left+right >= 3 && caps == 0 && places == 0 && l.commaList(s, e) && l.listStrong(s, e) >= 2:
		// "Adams, Jast and Ondricka", "Cruickshank, West and Schmidt":
		// two sure names in a list make the others names too.
		return 0.8
	case known == 0 && l.weakPair(s, e, dash, left, right):
		return 0.7
	case known == 0:
		return 0
	case dash && (left != 1 || right != 1):
		return 0
	case dash:
		return 0.6
	case left+right >= 3 && l.commaList(s, e):
		return 0.85 // "Legros, Spinka and Mante": the shape of a firm
	case left+right >= 3:
		return 0.7
	case names >= 2:
		return 0.65
	}
	return 0
}

// commaList reports a comma after one of the words[s..e].
func (l *orgLine) commaList(s, e int) bool {
	for j := s; j < e; j++ {
		if strings.HasSuffix(l.text(j), ",") {
			return true
		}
	}
	return false
}

// mostlyCaps reports a word whose letters are mostly capitals ("POLK",
// "DAVis" as read from a letterhead).
func mostlyCaps(t string) bool {
	up, n := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			n++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	return n > 0 && 2*up > n
}

// titleEnds reports a personal title that is a family name too, ending
// the names at j ("Mann-Lebsack - King", "Robert et Rey"): no name
// follows it as it would a title.
func (l *orgLine) titleEnds(j int) bool {
	t := l.text(j)
	if !isPersonalTitle(t) || !orgMaybeName(t) || !orgNameWord(t) || mostlyCaps(t) || !hasLetters(t, 3) ||
		strings.ContainsAny(t, "0123456789.") {
		return false
	}
	return j+1 >= len(l.ln) || !l.near(j) || !orgNameWord(l.text(j+1))
}

// weakPair reports names words[s..e] that no name list knows as surely a
// name, joined as a firm's: a rare word (in no dictionary) joined by a
// dash to another rare word or a surname that is also an ordinary word
// ("Gusikowski - Bosco"; a conjunction also joins inflected words that
// the dictionaries lack: "Acciones y Bonos"), or names of any kind that a
// domain of the page spells, an insurer's label introduces or an address
// block follows ("Brunet et Chevalier" with www.brunet-et-chevalier.fr,
// "Mutuelle: Mercier et Rey").
func (l *orgLine) weakPair(s, e int, dash bool, left, right int) bool {
	var names []string
	rare, weak := 0, 0
	for j := s; j <= e; j++ {
		t := l.text(j)
		if lower := strings.ToLower(t); orgConj[lower] || isDash(t) || orgParticles[lower] {
			continue
		}
		switch {
		case orgRareWord(t):
			rare++
		case orgWeakSurname(t):
			weak++
		case !orgMaybeName(t):
			return false
		}
		names = append(names, t)
	}
	if dash && left == 1 && right == 1 && rare > 0 && rare+weak == 2 {
		return true
	}
	return left <= 2 && right <= 2 && (l.domainSpells(names) || l.insurerLabelBefore(s) || l.addressBelow())
}

// listWord reports a word j next to the joiner at c that can stand in a
// list of names ("Jast" in "Adams, Jast and Ondricka", "West"): a
// capitalised word of letters, no legal form, title, month or weekday,
// function word or city. Only a list with two sure names holds it
// (listStrong).
func (l *orgLine) listWord(c, j int) bool {
	if c < 2 || j != c-1 && j != c+1 || !strings.HasSuffix(l.text(c-2), ",") {
		return false
	}
	w := strings.TrimRight(l.text(j), ",.")
	r := []rune(w)
	if len(r) < 3 || !unicode.IsUpper(r[0]) || mostlyCaps(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
		return false
	}
	lower := strings.ToLower(w)
	return !isLegalForm(w) && !isPersonalTitle(w) && !orgCalendar[lower] && lexicon.StopwordLanguages(lower) == nil && !isCityName(w)
}

// listStrong counts the sure names among words[s..e]: known names and
// words no dictionary holds.
func (l *orgLine) listStrong(s, e int) int {
	n := 0
	for j := s; j <= e; j++ {
		if t := l.text(j); orgKnownName(t) || orgRareWord(t) {
			n++
		}
	}
	return n
}

// hyphenated finds the firms named by two family names joined with a
// hyphen ("Haupt-Kramer", "Kette-Hamann"), a person's double name as
// well, when the context says a firm: an insurer's label before it, the
// page's domain spelling it, an address block under it standing alone,
// or a bank statement's entry when both names are sure ones.
func (l *orgLine) hyphenated() []Match {
	var out []Match
	for k := range l.ln {
		parts, strong, ok := l.hyphenParts(k)
		if !ok {
			continue
		}
		if l.insurerLabelBefore(k) || l.domainSpells(parts) || len(l.ln) == 1 && l.addressBelow() ||
			strong == len(parts) && l.entryLine() && k > 1 {
			out = append(out, orgMatch(l.in, l.ln, k, k, 0.7))
		}
	}
	return out
}

// hyphenParts splits word k into two family names joined by a hyphen,
// each capitalised, of three letters or more and a name (known, rare or
// a surname that is also a word); it also counts the sure ones.
func (l *orgLine) hyphenParts(k int) ([]string, int, bool) {
	t := strings.TrimRight(l.text(k), ",.;")
	parts := strings.Split(t, "-")
	if len(parts) != 2 || !orgNameWord(t) {
		return nil, 0, false
	}
	strong := 0
	for _, p := range parts {
		r := []rune(p)
		if len(r) < 3 || !unicode.IsUpper(r[0]) || mostlyCaps(p) {
			return nil, 0, false
		}
		switch {
		case orgKnownName(p) || orgRareWord(p):
			strong++
		case !orgWeakSurname(p):
			return nil, 0, false
		}
	}
	return parts, strong, strong > 0
}
