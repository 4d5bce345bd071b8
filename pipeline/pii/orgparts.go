package pii

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// orgGeneric are words kept in organisation names: legal forms and the
// common nouns that say what kind of body it is. Proper names around them
// are replaced.
var orgGeneric = lowerSet(strings.Fields(`inc incorporated corp corporation co company cos
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

// legalForms are the legal forms of a company's name; a name made only of
// generic words has its first word that is not one replaced.
var legalForms = lowerSet(strings.Fields(`inc incorporated corp corporation co company ltd
limited llc llp lp plc gmbh ag sa nv bv spa sarl kg oy ab as pty pte bhd`))

// parseOrg reads an organisation's name into its words and their roles:
// proper names (surname-like words, acronyms, dotted initials) apart from
// legal forms and generic words ("R.T. Halverson Tobacco Company").
func parseOrg(s string) *entity.OrgParts {
	prefix, words := entity.SplitWords(s)
	p := &entity.OrgParts{Prefix: prefix, Words: make([]entity.OrgWord, len(words)), Fallback: -1}
	named := false
	for i, w := range words {
		p.Words[i] = entity.OrgWord{Word: w, Role: orgRole(w.Core)}
		if p.Words[i].Role != entity.OrgGeneric {
			named = true
		}
	}
	if named {
		return p
	}
	for i, w := range words {
		if entity.IsWord(w.Core) && !legalForms[entity.Bare(w.Core)] {
			p.Fallback = i
			break
		}
	}
	return p
}

func orgRole(core string) entity.OrgRole {
	b := entity.Bare(core)
	switch {
	case core == "" || orgGeneric[b] || orgGeneric[strings.ToLower(core)]:
		return entity.OrgGeneric
	case entity.IsInitials(core) && strings.Contains(core, "."):
		return entity.OrgInitials
	case isAcronym(core):
		return entity.OrgAcronym
	case entity.IsWord(core):
		return entity.OrgName
	}
	return entity.OrgOther
}

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
