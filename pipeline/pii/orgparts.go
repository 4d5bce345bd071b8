package pii

import (
	"strings"
	"sync"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
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
	words = splitCompounds(words)
	p := &entity.OrgParts{Prefix: prefix, Words: make([]entity.OrgWord, len(words)), Fallback: -1}
	named := false
	for i, w := range words {
		// A legal form with a digit OCR read for a letter ("s.r.1.") is
		// written as the form it is.
		if fixed := ocrLegalForm(w.Core); fixed != "" {
			w.Core = fixed
		}
		p.Words[i] = entity.OrgWord{Word: w, Role: orgRole(w.Core)}
	}
	keepFormPhrases(p)
	for _, w := range p.Words {
		named = named || w.Role != entity.OrgGeneric
	}
	if named {
		return p
	}
	for i, w := range words {
		if entity.IsWord(w.Core) && !legalForms[entity.Bare(w.Core)] && !isCompanyType(w.Core) {
			p.Fallback = i
			break
		}
	}
	return p
}

// keepFormPhrases marks the words of a legal form of two or three words
// (formPhraseWords: "Sp. z o.o.") as generic, the surrogate keeps them,
// written with the letters OCR read as digits ("Sp. z 0.0.").
func keepFormPhrases(p *entity.OrgParts) {
	cores := make([]string, len(p.Words))
	for i, w := range p.Words {
		cores[i] = w.Core
	}
	for i := 0; i < len(p.Words); i++ {
		n := formPhraseWords(cores[i:])
		if n == 0 {
			continue
		}
		for j := i; j <= i+n; j++ {
			p.Words[j].Role = entity.OrgGeneric
			p.Words[j].Core = ocrLetters.Replace(p.Words[j].Core) // "0.0." is "o.o."
		}
		i += n
	}
}

// ocrLetters reads back the letters OCR reads as digits in a word.
var ocrLetters = strings.NewReplacer("1", "l", "0", "o", "5", "s", "6", "G")

// ocrLegalForm is the legal form a word with digits is once OCR's digits
// for letters are read back ("s.r.1." is "s.r.l.", "GmbH" read "6mbH"),
// "" when it is none.
func ocrLegalForm(core string) string {
	if !strings.ContainsAny(core, "0156") {
		return ""
	}
	fixed := ocrLetters.Replace(core)
	if strings.ContainsAny(fixed, "0123456789") || !orgKeptWord(fixed) {
		return ""
	}
	return fixed
}

func orgRole(core string) entity.OrgRole {
	b := entity.Bare(core)
	switch {
	case core == "" || orgGeneric[b] || orgGeneric[strings.ToLower(core)] || orgKeptWord(core):
		return entity.OrgGeneric
	case countryWord(core):
		return entity.OrgGeneric // "Boots UK Limited": the country stays, as in an address
	case isDictWord(core) && !lexicon.IsName(core) && !isAcronym(core):
		return entity.OrgGeneric // "Al Safwa Medical Supplies Co.": the trade stays
	case entity.IsInitials(core) && strings.Contains(core, "."):
		return entity.OrgInitials
	case isAcronym(core):
		return entity.OrgAcronym
	case entity.IsWord(core):
		return entity.OrgName
	}
	return entity.OrgOther
}

// countryWord reports a country's name or common alias ("UK", "Deutschland").
func countryWord(core string) bool {
	_, ok := lexicon.CountryByName(strings.TrimSuffix(core, "."))
	return ok
}

// orgKeptWord reports a word that says what kind of body an organisation
// is, in any language, and stays in its replacement: a legal form
// ("GmbH", "S.A.", "SARL"), a kinship or partnership word ("Hermanos",
// "figli"), a conjunction or name particle ("und", "y", "di"), an
// institution's head ("Klinikum", "Casa", "Cura") or a saint's title
// ("St.").
func orgKeptWord(core string) bool {
	l, b := strings.ToLower(core), entity.Bare(core)
	if isCompanyType(core) || orgKinWords[l] || orgConj[l] || orgParticles[l] || orgLinkWords[l] ||
		orgInstTails[l] || orgSaints[b] {
		return true
	}
	_, suf := orgSuffixStrength[b]
	return suf || orgHeadWords()[l] || instCompound(l)
}

// instCompound reports a compound word that ends in an institution's noun
// of six letters or more, as German and the Nordic languages write them
// ("Universitätsklinikum", "Kreiskrankenhaus", "Universitetssjukhus").
func instCompound(l string) bool {
	for t := range orgInstTails {
		if len(t) >= 6 && len(l) >= len(t)+4 && strings.HasSuffix(l, t) {
			return true
		}
	}
	return false
}

// isCompanyType reports a legal form of any language ("GmbH", "S.A.").
func isCompanyType(core string) bool {
	l, b := strings.ToLower(core), entity.Bare(core)
	return len([]rune(b)) >= 2 && (companyType(l) || companyType(b) || orgLegalExtra[b])
}

// orgSaints are the titles of the saints institutions are named after.
var orgSaints = lowerSet(strings.Fields(`st ste sankt saint sainte san santa santo são`))

var (
	orgHeadWordsOnce sync.Once
	orgHeadWordSet   map[string]bool
)

// orgHeadWords are the words of the institutions' heads ("casa", "cura",
// "centre", "hospitalier").
func orgHeadWords() map[string]bool {
	orgHeadWordsOnce.Do(func() {
		orgHeadWordSet = map[string]bool{}
		for h := range orgInstHeads {
			for _, w := range strings.Fields(h) {
				orgHeadWordSet[w] = true
			}
		}
	})
	return orgHeadWordSet
}

// splitCompounds splits hyphenated words into their parts, so that a
// kept part stays ("St.-Kahl-Krankenhaus", "Procopio-La Rosa"): each part
// but the last carries the hyphen as its trailing punctuation.
func splitCompounds(words []entity.Word) []entity.Word {
	var out []entity.Word
	for _, w := range words {
		parts := strings.Split(w.Core, "-")
		if len(parts) < 2 || !entity.IsWord(w.Core) {
			out = append(out, w)
			continue
		}
		for i, p := range parts {
			pw := entity.Word{Core: p, Trail: "-"}
			if i == 0 {
				pw.Lead = w.Lead
			}
			if i == len(parts)-1 {
				pw.Trail, pw.Space = w.Trail, w.Space
			}
			out = append(out, pw)
		}
	}
	return out
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
	// Four letters or more with a vowel are a word in capitals ("HALL"
	// in "PRENTICE HALL"), replaced as a name, not letter by letter.
	return n >= 2 && len(core) <= 5 && (len(core) <= 3 || strings.ContainsAny(core, "&0123456789") || !strings.ContainsAny(core, "AEIOUY"))
}
