package entity

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// NameParts is a PERSON entity's text read as names: every word of it,
// with the role it plays.
type NameParts struct {
	// Prefix is the whitespace before the first word.
	Prefix string
	// Words, joined with Prefix (JoinWords), are the text.
	Words []NameWord
	// Sex is what a title just before the text says when the title is not
	// part of it ("Mr" of "Mr Sipho Ndlovu", left on the page): the first
	// name's given names follow it.
	Sex Sex
	// Titled says such a title stands there, whatever sex it says ("Dr"
	// too): a name of one word after it is a family name ("Frau Brandt").
	Titled bool
	// Country is the page's country (ISO 3166 alpha-2), "" when unknown:
	// the stand-in names are drawn from its names where there are lists.
	Country string
}

// NameWord is one word of a name and its role.
type NameWord struct {
	Word
	Role NameRole
	// Person numbers the names of a value ("Dr. H. J. Oberlander Ms. L. B.
	// Crane" holds two): the words of one name share it. A title, a
	// connector ("and") or a family name written last starts the next.
	Person int
	// Sex is what a title says ("Mrs." Female); SexUnknown for other
	// words.
	Sex Sex
}

// NameRole is the part a word plays in a name.
type NameRole int

// The roles of a name's words.
const (
	// RoleLiteral is kept as written: particles ("von", "de") and the small
	// words a detector's span may include ("c/o", "attn"), and punctuation.
	RoleLiteral NameRole = iota
	// RoleTitle is a title: "Mr.", "Dr.", "Prof.".
	RoleTitle
	// RoleSuffix is a suffix after the name: "Jr.", "III", "PhD".
	RoleSuffix
	// RoleConnector joins two names: "and", "&", "/".
	RoleConnector
	// RoleInitials are initials: "R.", "J.S.", "PHH".
	RoleInitials
	// RoleGiven is a given name.
	RoleGiven
	// RoleFamily is a family name.
	RoleFamily
	// RoleOther is neither a word nor initials ("J0hn", "#12").
	RoleOther
)

// Sex is the sex a title gives a name.
type Sex int

// The sexes a title can say.
const (
	SexUnknown Sex = iota
	Male
	Female
)

// titles are the titles of names and the sex each says.
var titles = map[string]Sex{
	"mr": Male, "messrs": Male, "sir": Male, "herr": Male,
	"mister": Male, "monsieur": Male, "lord": Male,
	"mrs": Female, "ms": Female, "miss": Female, "mme": Female,
	"mlle": Female, "frau": Female, "madam": Female, "madame": Female,
	"dame": Female, "lady": Female,
	"dr": SexUnknown, "prof": SexUnknown, "professor": SexUnknown, "rev": SexUnknown,
	"hon": SexUnknown, "judge": SexUnknown, "capt": SexUnknown, "col": SexUnknown,
	"gen": SexUnknown, "sen": SexUnknown, "rep": SexUnknown, "gov": SexUnknown,
	"mx": SexUnknown, "fr": Male,
	// the same titles in the languages the detector reads
	"herrn": Male, "meneer": Male, "dhr": Male, "señor": Male, "signor": Male, "senhor": Male, "bapak": Male,
	"mevrouw": Female, "mevr": Female, "señora": Female, "señorita": Female, "sra": Female, "srta": Female,
	"doña": Female, "dña": Female, "signora": Female, "signorina": Female, "senhora": Female, "pani": Female, "ibu": Female,
}

// FiliationMarkWords join a given name to the father's, as Malay and
// Tamil names in Malaysia and Singapore write them ("binti", its short
// "BT", "bin"'s "b.", "a/l", "s/o"), lower case: son of, daughter of.
// Inside a name they are literals, in any case; detection reads names
// around them.
var FiliationMarkWords = []string{"bin", "binti", "bte", "bt", "b.", "s/o", "d/o", "a/l", "a/p"}

var (
	nameSuffixes = wordSet(`jr sr ii iii iv v md phd esq dds cpa rn dvm mba jd`)
	// nameLiterals are kept as they are inside a PERSON value: particles
	// and the small words a detector's span may include.
	nameLiterals = wordSet(`if int c/o attn attention per cc by to for of the
von van de dela delos der den la le da di du del dos das ibn bint al el y e
o'g'li o‘g‘li ogli qizi oğlu oglu qızı kızı uulu kyzy ` + strings.Join(FiliationMarkWords, " "))
	nameConnectors = wordSet(`and & und et y /`)
	// filiationMarks are FiliationMarkWords as a set.
	filiationMarks = wordSet(strings.Join(FiliationMarkWords, " "))
	// capitalisedParticles stay particles written with a capital, as
	// Filipino family names write them ("Dela Cruz", "Delos Santos");
	// other particles of four letters or more so written read as names.
	capitalisedParticles = wordSet(`dela delos`)
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// TitleSex is the sex that title w says ("Mrs." Female) and whether w is a
// title at all.
func TitleSex(w string) (Sex, bool) {
	sex, ok := titles[Bare(w)]
	return sex, ok
}

// ParseName reads a name: titles, suffixes, particles and connectors are
// told apart from name words, and each name word is a given or a family
// name by its position: "Mr. R. H. Orcutt", "ORCUTT, R.", "Mary D.
// Fenwick", "K. A. Lindqvist S. A. Porter". Every text reads as one.
func ParseName(s string) *NameParts {
	prefix, words := SplitWords(s)
	p := &NameParts{Prefix: prefix, Words: make([]NameWord, len(words))}
	for i, w := range words {
		p.Words[i] = NameWord{Word: w}
	}
	for i := range p.Words {
		w := &p.Words[i]
		w.Role = nameRole(p.Words, i)
		if w.Role == RoleTitle {
			w.Sex = titles[Bare(w.Core)]
		}
	}
	p.assignRoles()
	return p
}

// assignRoles tells given from family names and numbers the names. A word
// followed by another name word is a given name ("Mary Fenwick"), as is
// one followed by initials at the start of a name ("Robert V. Delaney");
// "ORCUTT, R." is written family name first, up to a ";".
func (p *NameParts) assignRoles() {
	ws := p.Words
	person := 0
	groupStart, inverted, givenSeen := true, false, false
	prevRole := NameRole(-1)
	for i := range ws {
		if i > 0 && ws[i-1].Role != RoleLiteral {
			prevRole = ws[i-1].Role
		}
		w := &ws[i]
		switch w.Role {
		case RoleTitle, RoleConnector:
			person++
			groupStart, inverted, givenSeen = true, false, false
		case RoleInitials:
			groupStart = false
		case RoleGiven:
			next := nextRole(ws, i)
			comma := strings.Contains(w.Trail, ",")
			given := false
			switch {
			case inverted:
				given = true
			case comma && groupStart && (next == RoleInitials || next == RoleGiven):
				inverted = true
			case comma:
			case givenSeen && prevRole == RoleInitials:
				// "Robert V. Delaney": the word after a middle initial
			case next == RoleGiven:
				given = true
			case next == RoleInitials && groupStart && !givenSeen:
				given = true
			}
			w.Person = person
			if given {
				givenSeen, groupStart = true, false
			} else {
				w.Role = RoleFamily
				if !inverted {
					person++
					groupStart, givenSeen = true, false
				}
			}
			if strings.ContainsAny(w.Trail, ";") {
				inverted = false
			}
			continue
		}
		w.Person = person
	}
}

// nameRole is a word's role before given and family names are told apart
// (RoleGiven stands for any name word).
func nameRole(ws []NameWord, i int) NameRole {
	w := ws[i]
	b := Bare(w.Core)
	switch {
	case w.Core == "":
		if nameConnectors[strings.TrimSpace(w.Lead+w.Trail)] {
			return RoleConnector
		}
		return RoleLiteral
	case nameConnectors[b]:
		return RoleConnector
	case isTitle(w.Core) && i+1 < len(ws):
		return RoleTitle
	case i > 0 && nameSuffixes[b] && (ws[i-1].Role == RoleGiven || ws[i-1].Role == RoleSuffix) && !nameFollows(ws, i):
		return RoleSuffix
	case filiationMarks[b] && i > 0 && i+1 < len(ws):
		return RoleLiteral // "SITI HAJAR BT MOHD NOR": the mark, in capitals, is no one's initials
	case IsInitials(w.Core):
		return RoleInitials
	case nameLiterals[b] && !(IsCapitalised(w.Core) && len(b) > 3 && !capitalisedParticles[b]):
		return RoleLiteral
	case IsWord(w.Core):
		return RoleGiven
	}
	return RoleOther
}

// nameFollows: the word after i is a name word of the same name ("V." in
// "Robert V. Delaney" is an initial, not the suffix "V").
func nameFollows(ws []NameWord, i int) bool {
	if i+1 >= len(ws) || strings.ContainsAny(ws[i].Trail, ",;)") || strings.Contains(ws[i+1].Lead, "(") {
		return false
	}
	n := ws[i+1].Core
	return IsWord(n) && !nameConnectors[Bare(n)] && !isTitle(n) && !nameSuffixes[Bare(n)]
}

func isTitle(core string) bool {
	if _, ok := titles[Bare(core)]; ok {
		return len(core) > 1
	}
	// An abbreviated title of another language ("mevr.", "Dhr.", "Sig.",
	// "dott."), as libpostal lists them; a name never ends in a period
	// after three letters or more.
	return len(core) > 3 && strings.HasSuffix(core, ".") && lexicon.IsPersonalTitle(core)
}

// nextRole is the role of the next word that is not a literal, -1 at the
// end of the name (the end, a ";" or ")", or a "(").
func nextRole(ws []NameWord, i int) NameRole {
	if strings.ContainsAny(ws[i].Trail, ";)") {
		return -1
	}
	for k := i + 1; k < len(ws); k++ {
		if strings.Contains(ws[k].Lead, "(") {
			return -1
		}
		if ws[k].Role != RoleLiteral {
			return ws[k].Role
		}
	}
	return -1
}
