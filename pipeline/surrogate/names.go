package surrogate

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// givenBySex is the generated list of given names that one sex bears almost
// always, most frequent first (data/SOURCES.md says how it is made).
//
//go:embed data/given_by_sex.tsv
var givenBySex string

// drawnGiven is how many of each sex's most frequent names stand-ins are
// drawn from: common names, which the page's readers (people and OCR) know.
const drawnGiven = 150

var (
	femaleNames, maleNames = splitBySex(givenBySex)
	femaleFirst, maleFirst = femaleNames[:drawnGiven], maleNames[:drawnGiven]
	// The sex of an original given name is guessed from every listed name.
	maleSet, femaleSet = setOf(maleNames), setOf(femaleNames)
)

// splitBySex reads "F<TAB>name" and "M<TAB>name" lines.
func splitBySex(tsv string) (female, male []string) {
	for _, line := range strings.Split(tsv, "\n") {
		sex, name, ok := strings.Cut(line, "\t")
		switch {
		case !ok:
		case sex == "F":
			female = append(female, name)
		case sex == "M":
			male = append(male, name)
		}
	}
	return female, male
}

func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[strings.ToLower(s)] = true
	}
	return m
}

type gender int

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// sexGender is the gender of the given names that replace those of a name
// whose title says sex.
func sexGender(s entity.Sex) gender {
	switch s {
	case entity.Male:
		return genderMale
	case entity.Female:
		return genderFemale
	}
	return genderUnknown
}

// genPerson replaces each given and family name detection found, keeping
// titles, suffixes, particles, punctuation and spacing; initials stay
// initials in the same form. Given names follow the sex of the name's
// title, or of its first given name. Surnames and given names are seeded by
// the word itself, so a person keeps the same surrogate surname in every
// form of the name. Without a parsed name the text is redrawn character by
// character.
func genPerson(j *job) (string, error) {
	p := j.value.Name
	if p == nil {
		return charwise(j.rng(j.norm), j.orig), nil
	}
	p = surnameFirst(p)
	words := make([]entity.Word, len(p.Words))
	initSeed := nameSeed(p.Words)
	sex := map[int]gender{0: sexGender(p.Sex)}
	givenSeen := map[int]bool{}
	parts := map[int]int{} // name words per person
	titled := map[int]bool{0: p.Titled}
	for _, w := range p.Words {
		switch w.Role {
		case entity.RoleGiven, entity.RoleFamily:
			parts[w.Person]++
		case entity.RoleTitle:
			titled[w.Person] = true
		}
	}
	nInit := 0
	j.taken = ownNameKeys(p.Words)
	defer func() { j.taken = nil }()
	for i, w := range p.Words {
		words[i] = w.Word
		if i+1 < len(p.Words) && (w.Role == entity.RoleGiven || w.Role == entity.RoleFamily) {
			w.Core = specklessName(w.Core)
		}
		switch w.Role {
		case entity.RoleTitle:
			sex[w.Person] = sexGender(w.Sex)
		case entity.RoleInitials:
			words[i].Core = newInitials(j.component("initials", initSeed, itoa(nInit)), w.Core)
			nInit++
		case entity.RoleOther:
			words[i].Core = otherNamePart(j, i, w.Core)
		case entity.RoleGiven:
			g := sex[w.Person]
			if s, ok := j.sexes[nameKey(w.Core)]; ok && g == genderUnknown && !givenSeen[w.Person] {
				g = s // the sex the name took in the document before
				sex[w.Person] = g
			}
			if g == genderUnknown && !givenSeen[w.Person] {
				g = guessGender(w.Core)
				if g == genderUnknown {
					g = countryGender(p.Country, w.Core)
				}
				if g == genderUnknown {
					g = anyCountryGender(w.Core)
				}
				if g == genderUnknown {
					// No list knows it: one sex, drawn by the first
					// given name, for all of the person's given names.
					g = genderMale
					if j.component("sex", nameKey(w.Core)).IntN(2) == 0 {
						g = genderFemale
					}
				}
				sex[w.Person] = g
			}
			givenSeen[w.Person] = true
			j.noteSex(w.Core, g)
			words[i].Core = replaceNamePart(j, "first", g, w.Core)
		case entity.RoleFamily:
			if g := loneGiven(j, w.Core); parts[w.Person] == 1 && g != genderUnknown && !titled[w.Person] {
				// A given name alone ("his wife, Martha,"; "Keep it
				// up, Joan." after "NAMUBIRU Joan Ainembabazi") stays
				// one, of the same sex, and the same stand-in; after a
				// title ("Frau Brandt") it is a family name.
				words[i].Core = replaceNamePart(j, "first", g, w.Core)
				continue
			}
			words[i].Core = replaceNamePart(j, "last", genderUnknown, w.Core)
		}
		if w.Role == entity.RoleGiven || w.Role == entity.RoleFamily {
			if caseOf(w.Core) == caseLower && titleCasedName(p.Words) {
				// OCR's "l" for a capital "I" ("Meenakshi lyer"): a
				// name's words share their case.
				words[i].Core = applyCase(caseTitle, words[i].Core)
			}
			j.taken[nameKey(words[i].Core)] = true
		}
	}
	return entity.JoinWords(p.Prefix, words), nil
}

// loneGiven is the sex of a word that stands alone as a name when it is
// a given name: the one it took as a given name earlier in the document,
// else the one the lists give it; genderUnknown for a family name.
func loneGiven(j *job, core string) gender {
	if g, ok := j.sexes[nameKey(strings.TrimSuffix(core, "."))]; ok {
		return g
	}
	return guessGender(core)
}

// noteSex records the sex g that given name core took, for the
// document's later mentions of it.
func (j *job) noteSex(core string, g gender) {
	if g == genderUnknown {
		return
	}
	if j.sexUsed == nil {
		j.sexUsed = map[string]gender{}
	}
	j.sexUsed[nameKey(core)] = g
}

// titleCasedName reports a name whose given and family names are in
// title case but for those in lower case, at least one in title case.
func titleCasedName(ws []entity.NameWord) bool {
	title := false
	for _, w := range ws {
		if w.Role != entity.RoleGiven && w.Role != entity.RoleFamily {
			continue
		}
		switch caseOf(w.Core) {
		case caseTitle:
			title = true
		case caseLower:
		default:
			return false
		}
	}
	return title
}

// ownNameKeys are the keys of the name's own given and family names
// (each part of a hyphenated one): no word of the stand-in is one of
// them, wherever it stands ("Beatriz Nogueira Albuquerque" had become
// "Morgana Yasmin Nogueira").
func ownNameKeys(ws []entity.NameWord) map[string]bool {
	keys := map[string]bool{}
	for _, w := range ws {
		if w.Role != entity.RoleGiven && w.Role != entity.RoleFamily {
			continue
		}
		for _, p := range strings.Split(w.Core, "-") {
			keys[nameKey(strings.TrimSuffix(p, "."))] = true
		}
	}
	return keys
}

// surnameFirst returns p with the roles of a two-word name swapped where
// it is written family name first ("ZANETTI ALESSANDRO", as Italian and
// Hungarian forms write it): the first word no list knows as a given
// name but in capitals or a family name the lists hold, the second a
// given name they know ("Folasade Omolara", two given names, keeps its
// order). The stand-in then keeps the order and the sex ("MARCHETTI
// FILIPPO", not "ADELAIDE MARCHETTI").
func surnameFirst(p *entity.NameParts) *entity.NameParts {
	var out *entity.NameParts
	for i := 0; i+1 < len(p.Words); i++ {
		a, b := p.Words[i], p.Words[i+1]
		if a.Role != entity.RoleGiven || b.Role != entity.RoleFamily || a.Person != b.Person || p.Titled ||
			personWords(p.Words, a.Person) != 2 || knownGiven(a.Core) || !knownGiven(b.Core) ||
			caseOf(a.Core) != caseUpper && !knownFamily(a.Core) {
			continue
		}
		if out == nil {
			c := *p
			c.Words = slices.Clone(p.Words)
			out = &c
		}
		out.Words[i].Role, out.Words[i+1].Role = entity.RoleFamily, entity.RoleGiven
	}
	if out == nil {
		return p
	}
	return out
}

// personWords counts the words of person n that are given or family names.
func personWords(ws []entity.NameWord, n int) int {
	c := 0
	for _, w := range ws {
		if w.Person == n && (w.Role == entity.RoleGiven || w.Role == entity.RoleFamily) {
			c++
		}
	}
	return c
}

// knownFamily reports a family name that gofakeit's or a country's list
// holds.
func knownFamily(w string) bool { return familyNames()[strings.ToLower(w)] }

// familyNames are the family names of gofakeit's and the countries'
// lists, lower case.
var familyNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, n := range data.Person["last"] {
		m[strings.ToLower(n)] = true
	}
	for _, c := range namesByCountry() {
		for _, n := range c.family {
			m[strings.ToLower(n)] = true
		}
	}
	return m
})

// knownGiven reports a given name that a list of either sex holds.
func knownGiven(w string) bool {
	return guessGender(w) != genderUnknown || anyCountryGender(w) != genderUnknown
}

// specklessName is a given name or surname inside a name without the
// period OCR read from a speck after it ("Dewi. Lestari"): a word of three
// letters or more is no abbreviation, and the period would reach the
// surrogate.
func specklessName(core string) string {
	if w, ok := strings.CutSuffix(core, "."); ok && utf8.RuneCountInString(w) >= 3 && !strings.Contains(w, ".") {
		return w
	}
	return core
}

// otherNamePart replaces a word of a name that the parser could not place:
// names joined by "/" ("Lassiter/Douglas", two people) become other names
// and an ordinary word after the slash stays ("EZE/RENT"),
// a name misread with a digit or a sign in it ("Rasc6n") becomes another
// surname, so that no OCR noise reaches the surrogate; anything else is
// redrawn character by character.
func otherNamePart(j *job, i int, core string) string {
	parts := strings.Split(core, "/")
	if len(parts) < 2 {
		if w, ok := misreadName(core); ok {
			return replaceNamePart(j, "last", genderUnknown, w)
		}
		return charwise(j.rng("other", j.norm, itoa(i)), core)
	}
	for k, p := range parts {
		if !entity.IsWord(p) {
			return charwise(j.rng("other", j.norm, itoa(i)), core)
		}
		if k > 0 && slashedWord(p) {
			continue // "EZE/RENT" in a transfer's reference: what it was for
		}
		parts[k] = replaceNamePart(j, "last", genderUnknown, p)
	}
	return strings.Join(parts, "/")
}

// slashedWord reports an ordinary word ("rent", "fees") glued to a name by
// a slash: one the word lists hold that is no common given or family name
// of gofakeit's lists ("Douglas" is a word too).
func slashedWord(w string) bool {
	low := strings.ToLower(w)
	return lexicon.IsCommonWord(low) && !commonNames()[low]
}

// commonNames are gofakeit's given and family names, lower case.
var commonNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, list := range [][]string{data.Person["first"], data.Person["last"]} {
		for _, n := range list {
			m[strings.ToLower(n)] = true
		}
	}
	return m
})

// misreadName returns the letters of a word that is mostly letters, with
// at most one in three characters misread as a digit or a sign, and
// reports whether it is one.
func misreadName(core string) (string, bool) {
	var b strings.Builder
	letters, other := 0, 0
	for _, c := range core {
		switch {
		case unicode.IsLetter(c), c == '-':
			if c != '-' {
				letters++
			}
			b.WriteRune(c)
		default:
			other++
		}
	}
	return b.String(), letters >= 3 && other > 0 && 3*other <= letters
}

// nameSeed is what seeds a name's initials: its initials' letters and its
// words, without titles and punctuation, so that "T. L. BRANNIGAN" and
// "Mr. T. L. Brannigan" get the same new initials.
func nameSeed(words []entity.NameWord) string {
	var b strings.Builder
	for _, w := range words {
		switch w.Role {
		case entity.RoleInitials, entity.RoleGiven, entity.RoleFamily:
			b.WriteString(entity.Bare(w.Core))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func guessGender(word string) gender {
	w := strings.ToLower(word)
	switch {
	case femaleSet[w]:
		return genderFemale
	case maleSet[w]:
		return genderMale
	}
	return genderUnknown
}

// replaceNamePart replaces a given name or surname (each part of a
// hyphenated one), keeping the original's case pattern; a part of one
// letter is an initial and stays one.
func replaceNamePart(j *job, role string, g gender, core string) string {
	if m := reElision.FindStringSubmatch(core); m != nil {
		return m[1] + elidedName(j, role, m[2]) // "d'Arlon": the elision stays
	}
	parts := strings.Split(core, "-")
	for i, p := range parts {
		if p == "" || i+1 < len(parts) && hyphenArticle(p) {
			continue // "il-Kbira", "al-Nasr": the article stays
		}
		dot := strings.HasSuffix(p, ".")
		w := strings.TrimSuffix(p, ".")
		if w == "" {
			continue
		}
		r := j.component(role, itoa(int(g)), nameKey(w))
		var n string
		if utf8.RuneCountInString(w) == 1 {
			n = newInitials(r, w) // an initial joined on: "LOUISA-M."
		} else {
			n = matchCase(w, closestLength(w, func() string { return pickName(r, j.country(), role, g, lexicon.IsASCII(w)) }, j.taken))
		}
		if dot {
			n += "."
		}
		parts[i] = n
	}
	return strings.Join(parts, "-")
}

// hyphenArticle reports an article joined to the name after it by a
// hyphen, in lower case: the Maltese "il", "ix", the Arabic "al", "el".
func hyphenArticle(p string) bool {
	n := utf8.RuneCountInString(p)
	return n >= 1 && n <= 3 && strings.ToLower(p) == p && strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// reElision is a name after an elided article or preposition ("d'Arlon",
// "dell'Orso").
var reElision = regexp.MustCompile(`^((?i:d|l|dell|dall|nell|sull)['’])(\p{Lu}.+)$`)

// elidedName replaces a name written after an elision ("Arlon" of
// "d'Arlon") by a family name of the page's country that starts with a
// vowel, as an elision needs.
func elidedName(j *job, role string, w string) string {
	pool := data.Person["last"]
	if c := namesOf(j.country()); c != nil {
		pool = c.family
	}
	var vowel []string
	for _, n := range pool {
		if c, _ := utf8.DecodeRuneInString(n); strings.ContainsRune("AEIOUÉÈÎÔ", c) && n != w {
			vowel = append(vowel, n)
		}
	}
	if len(vowel) == 0 {
		return replaceNamePart(j, role, genderUnknown, w)
	}
	return matchCase(w, j.component(role, "elided", nameKey(w)).pick(vowel))
}

// asciiDraws is how many names pickName draws at most for an original
// without accents.
const asciiDraws = 8

// country is the page's country of the name, organisation or address
// being replaced, whose name parts are drawn from it; "" when unknown.
func (j *job) country() string {
	switch v := j.value; {
	case v.Name != nil:
		return v.Name.Country
	case v.Org != nil:
		return v.Org.Country
	case v.Address != nil:
		return v.Address.Country
	}
	return ""
}

// nameKey is what identifies a name part across its forms on a page: lower
// case without accents, so that "MELENDEZ" (OCR drops the accent of
// capitals) and "Meléndez" get the same surrogate.
func nameKey(w string) string { return lexicon.Unaccented(strings.ToLower(w)) }

// lengthDraws is how many names are drawn for one original word; the one
// closest in length is kept, so that surrogates fit the original's space
// even before width fitting.
const lengthDraws = 6

// closestLength draws lengthDraws values and returns the first of those
// closest in length to orig that differs from it (ignoring case and
// accents), whose key taken does not hold and that is one word where orig
// is.
func closestLength(orig string, draw func() string, taken map[string]bool) string {
	want := utf8.RuneCountInString(orig)
	best, bestD := "", -1
	spaced := strings.Contains(orig, " ")
	for k := 0; k < lengthDraws || best == "" && k < 4*lengthDraws; k++ {
		s := draw()
		if nameKey(s) == nameKey(orig) || taken[nameKey(s)] {
			continue // "Irarrázaval" for "Irarrazaval" is the same name
		}
		if !spaced && strings.Contains(s, " ") {
			continue // one word for one: "van der Heijden" is no "van der Van Dam"
		}
		d := utf8.RuneCountInString(s) - want
		if d < 0 {
			d = -d
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	if best == "" {
		return draw()
	}
	return best
}

// pickName draws a stand-in of role: a given ("first") or family ("last")
// name of country where it has lists, else of the default lists; a firm's,
// a street's or a town's name. For an original written without accents
// (ascii) a country's name is drawn without them too where a few draws
// find one: the page's readers read it as printed ("Agata" for "Anna", not
// "Żaneta").
func pickName(r *rng, country, role string, g gender, ascii bool) string {
	if n, ok := countryName(r, country, role, g); ok {
		for k := 1; k < asciiDraws && ascii && !lexicon.IsASCII(n); k++ {
			n, _ = countryName(r, country, role, g)
		}
		return n
	}
	switch role {
	case "last", "org", "street":
		// A street is named like many are, after a family ("Porter Road").
		return r.fake.LastName()
	case "city":
		return r.pick(cityNames)
	}
	switch g {
	case genderMale:
		return r.pick(maleFirst)
	case genderFemale:
		return r.pick(femaleFirst)
	}
	return r.fake.FirstName()
}

// newInitials replaces each letter of an initials token by the initial of a
// random given name, keeping periods, spacing and case.
func newInitials(r *rng, core string) string {
	rs := []rune(core)
	for i, c := range rs {
		if c == '.' || c == ' ' {
			continue
		}
		n := rune(r.fake.FirstName()[0])
		if c >= 'a' && c <= 'z' {
			n = n - 'A' + 'a'
		}
		rs[i] = n
	}
	return string(rs)
}
