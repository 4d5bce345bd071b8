package surrogate

import (
	"strings"
	"unicode/utf8"
)

// Common US given names by sex, for titles that say it ("Mr.", "Mrs.").
var (
	maleFirst = strings.Fields(`James John Robert Michael William David Richard Joseph
Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew
Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam
Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian
Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe
Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy
Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Howard Martin Leonard`)
	femaleFirst = strings.Fields(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan
Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna
Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine
Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia
Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea
Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn
Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle
Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori`)
	maleSet, femaleSet = setOf(maleFirst), setOf(femaleFirst)
)

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

var titleGender = map[string]gender{
	"mr": genderMale, "messrs": genderMale, "sir": genderMale, "herr": genderMale,
	"mister": genderMale, "monsieur": genderMale, "lord": genderMale,
	"mrs": genderFemale, "ms": genderFemale, "miss": genderFemale, "mme": genderFemale,
	"mlle": genderFemale, "frau": genderFemale, "madam": genderFemale, "madame": genderFemale,
	"dame": genderFemale, "lady": genderFemale,
	"dr": genderUnknown, "prof": genderUnknown, "professor": genderUnknown, "rev": genderUnknown,
	"hon": genderUnknown, "judge": genderUnknown, "capt": genderUnknown, "col": genderUnknown,
	"gen": genderUnknown, "sen": genderUnknown, "rep": genderUnknown, "gov": genderUnknown,
	"mx": genderUnknown, "fr": genderMale,
}

var nameSuffixes = setOf(strings.Fields(`jr sr ii iii iv v md phd esq dds cpa rn dvm mba jd`))

// nameLiterals are kept as they are inside a PERSON value: particles and the
// small words a detector's span may include.
var nameLiterals = setOf(strings.Fields(`if int c/o attn attention per cc by to for of the
von van de der den la le da di du del dos das bin al el y e`))

var nameConnectors = setOf(strings.Fields(`and & und et y /`))

const (
	tkLiteral = iota
	tkTitle
	tkSuffix
	tkConnector
	tkInitials
	tkWord
	tkOther
)

// genPerson replaces each name word, keeping titles, suffixes, particles,
// punctuation and spacing; initials stay initials in the same form. A word's
// role (given name or surname) comes from its position: "Mr. R. H. Orcutt",
// "ORCUTT, R.", "Mary D. Fenwick", "K. A. Lindqvist S. A. Porter". Surnames and
// given names are seeded by the word itself, so a person keeps the same
// surrogate surname in every form of the name.
func genPerson(j *job) (string, error) {
	prefix, toks := tokenize(j.orig)
	for i := range toks {
		toks[i].kind = classifyNameToken(toks, i)
	}
	initSeed := nameSeed(toks)
	groupStart, inverted := true, false
	g := genderUnknown
	var firstNameSeen bool
	prevKind, nInit := -1, 0
	for i := range toks {
		if i > 0 && toks[i-1].kind != tkLiteral {
			prevKind = toks[i-1].kind
		}
		t := &toks[i]
		switch t.kind {
		case tkTitle:
			g = titleGender[bare(t.core)]
			groupStart, inverted, firstNameSeen = true, false, false
		case tkConnector:
			g = genderUnknown
			groupStart, inverted, firstNameSeen = true, false, false
		case tkInitials:
			t.core = newInitials(j.component("initials", initSeed, itoa(nInit)), t.core)
			nInit++
			groupStart = false
		case tkOther:
			t.core = charwise(j.rng("other", j.norm, itoa(i)), t.core)
		case tkWord:
			next := nextKind(toks, i)
			comma := strings.Contains(t.trail, ",")
			first := false
			switch {
			case inverted:
				first = true
			case comma && groupStart && (next == tkInitials || next == tkWord):
				inverted = true
			case comma:
			case firstNameSeen && prevKind == tkInitials:
				// "Robert V. Delaney": the word after a middle initial
			case next == tkWord:
				first = true
			case next == tkInitials && groupStart && !firstNameSeen:
				first = true
			}
			if first {
				if g == genderUnknown && !firstNameSeen {
					g = guessGender(t.core)
				}
				t.core = replaceNamePart(j, "first", g, t.core)
				firstNameSeen = true
				groupStart = false
			} else {
				t.core = replaceNamePart(j, "last", genderUnknown, t.core)
				if !inverted {
					groupStart, firstNameSeen = true, false
					g = genderUnknown
				}
			}
			if strings.ContainsAny(t.trail, ";") {
				inverted = false
			}
		}
	}
	return joinTokens(prefix, toks), nil
}

// nameSeed is what seeds a name's initials: its initials' letters and its
// words, without titles and punctuation, so that "T. L. BRANNIGAN" and
// "Mr. T. L. Brannigan" get the same new initials.
func nameSeed(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		switch t.kind {
		case tkInitials, tkWord:
			b.WriteString(bare(t.core))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func classifyNameToken(toks []token, i int) int {
	t := toks[i]
	b := bare(t.core)
	switch {
	case t.core == "":
		if nameConnectors[strings.TrimSpace(t.lead+t.trail)] {
			return tkConnector
		}
		return tkLiteral
	case nameConnectors[b]:
		return tkConnector
	case isTitleToken(t.core) && i+1 < len(toks):
		return tkTitle
	case i > 0 && nameSuffixes[b] && (toks[i-1].kind == tkWord || toks[i-1].kind == tkSuffix) && !nameFollows(toks, i):
		return tkSuffix
	case isInitials(t.core):
		return tkInitials
	case nameLiterals[b] && !(isCapitalised(t.core) && len(b) > 3):
		return tkLiteral
	case isWord(t.core):
		return tkWord
	}
	return tkOther
}

// nameFollows: the token after i is a name word in the same group ("V." in
// "Robert V. Delaney" is an initial, not the suffix "V").
func nameFollows(toks []token, i int) bool {
	if i+1 >= len(toks) || strings.ContainsAny(toks[i].trail, ",;)") || strings.Contains(toks[i+1].lead, "(") {
		return false
	}
	n := toks[i+1].core
	return isWord(n) && !nameConnectors[bare(n)] && !isTitleToken(n) && !nameSuffixes[bare(n)]
}

func isTitleToken(core string) bool {
	_, ok := titleGender[bare(core)]
	return ok && len(core) > 1
}

func nextKind(toks []token, i int) int {
	if strings.ContainsAny(toks[i].trail, ";)") {
		return -1
	}
	for k := i + 1; k < len(toks); k++ {
		if strings.Contains(toks[k].lead, "(") {
			return -1
		}
		switch toks[k].kind {
		case tkLiteral:
			continue
		default:
			return toks[k].kind
		}
	}
	return -1
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
// hyphenated one), keeping the original's case pattern.
func replaceNamePart(j *job, role string, g gender, core string) string {
	parts := strings.Split(core, "-")
	for i, p := range parts {
		if p == "" {
			continue
		}
		dot := strings.HasSuffix(p, ".")
		w := strings.TrimSuffix(p, ".")
		if w == "" {
			continue
		}
		r := j.component(role, itoa(int(g)), strings.ToLower(w))
		n := closestLength(w, func() string { return pickName(r, role, g) })
		n = matchCase(w, n)
		if dot {
			n += "."
		}
		parts[i] = n
	}
	return strings.Join(parts, "-")
}

// lengthDraws is how many names are drawn for one original word; the one
// closest in length is kept, so that surrogates fit the original's space
// even before width fitting.
const lengthDraws = 6

// closestLength draws lengthDraws values and returns the first of those
// closest in length to orig that differs from it (case-insensitively).
func closestLength(orig string, draw func() string) string {
	want := utf8.RuneCountInString(orig)
	best, bestD := "", -1
	for k := 0; k < lengthDraws || best == "" && k < 4*lengthDraws; k++ {
		s := draw()
		if strings.EqualFold(s, orig) {
			continue
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

func pickName(r *rng, role string, g gender) string {
	switch role {
	case "last", "org":
		return r.fake.LastName()
	case "street":
		return r.pick(streetNames)
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
