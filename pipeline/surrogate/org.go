package surrogate

import (
	"strings"
	"unicode"
)

// orgGeneric are words kept in organisation names: legal forms and the
// common nouns that say what kind of body it is. Proper names around them
// are replaced.
var orgGeneric = setOf(strings.Fields(`inc incorporated corp corporation co company cos
ltd limited llc llp lp plc gmbh ag sa nv bv spa sarl kg oy ab as pty pte bhd
group holdings holding partners associates associated consulting consultants
university college institute institut school academy hospital clinic medical center
centre foundation association society council committee department dept division
bureau office agency ministry board commission bank trust fund insurance research
laboratories laboratory labs services service systems technologies technology
industries industrial international national american united general federal
state county city tobacco products foods food chemical chemicals pharmaceutical
pharmaceuticals communications media press news times publishing marketing
management sales manufacturing worldwide global north south east west new first
the of and for de la du des et und y & public private health care enterprises
energy oil gas power electric motors airlines air bros brothers sons capital
financial finance securities investments realty properties law firm attorneys
inc. corp. co. ltd. church hotel restaurant store stores market supply`))

// genOrganization replaces the proper names in an organisation's name
// (surname-like words, acronyms, initials) and keeps legal forms and
// generic words: "R.T. Halverson Tobacco Company" -> "K.P. Mendez Tobacco
// Company". A name made only of generic words gets its first word replaced.
func genOrganization(j *job) (string, error) {
	prefix, toks := tokenize(j.orig)
	changed := false
	for i := range toks {
		t := &toks[i]
		b := bare(t.core)
		switch {
		case t.core == "" || orgGeneric[b] || orgGeneric[strings.ToLower(t.core)]:
		case isInitials(t.core) && strings.Contains(t.core, "."):
			t.core = newInitials(j.rng("initials", j.norm, itoa(i)), t.core)
			changed = true
		case isAcronym(t.core):
			t.core = randomCaps(j.component("acronym", strings.ToLower(t.core)), t.core)
			changed = true
		case isWord(t.core):
			t.core = replaceNamePart(j, "org", genderUnknown, t.core)
			changed = true
		default:
			t.core = charwise(j.rng("other", j.norm, itoa(i)), t.core)
			changed = true
		}
	}
	if !changed {
		for i := range toks {
			t := &toks[i]
			if isWord(t.core) && !isLegalForm(bare(t.core)) {
				t.core = replaceNamePart(j, "org", genderUnknown, t.core)
				changed = true
				break
			}
		}
	}
	if !changed {
		return charwise(j.rng(j.norm), j.orig), nil
	}
	return joinTokens(prefix, toks), nil
}

var legalForms = setOf(strings.Fields(`inc incorporated corp corporation co company ltd
limited llc llp lp plc gmbh ag sa nv bv spa sarl kg oy ab as pty pte bhd`))

func isLegalForm(b string) bool { return legalForms[b] }

// isAcronym: 2-5 capitals (and digits/&), e.g. "RJR", "IBM", "AT&T".
func isAcronym(core string) bool {
	n := 0
	for _, r := range core {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return n >= 2 && len(core) <= 5
}

// randomCaps replaces each capital by a random capital.
func randomCaps(r *rng, core string) string {
	rs := []rune(core)
	for i, c := range rs {
		if unicode.IsUpper(c) {
			rs[i] = rune('A' + r.IntN(26))
		}
	}
	return string(rs)
}
