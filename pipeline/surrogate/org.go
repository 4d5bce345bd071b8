package surrogate

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// genOrganization replaces the proper names detection found in an
// organisation's name (surname-like words, acronyms, initials) and keeps
// legal forms and generic words: "R.T. Halverson Tobacco Company" ->
// "K.P. Mendez Tobacco Company". A name made only of generic words gets
// the word detection chose (its first that is not a legal form) replaced.
// Without parts, or with nothing to replace, the text is redrawn character
// by character.
func genOrganization(j *job) (string, error) {
	p := j.value.Org
	if p == nil {
		return charwise(j.rng(j.norm), j.orig), nil
	}
	toks := make([]entity.Word, len(p.Words))
	changed := false
	for i, w := range p.Words {
		toks[i] = w.Word
		t := &toks[i]
		switch w.Role {
		case entity.OrgInitials:
			t.Core = newInitials(j.rng("initials", j.norm, itoa(i)), t.Core)
		case entity.OrgAcronym:
			t.Core = randomCaps(j.component("acronym", strings.ToLower(t.Core)), t.Core)
		case entity.OrgName:
			t.Core = replaceNamePart(j, "org", genderUnknown, t.Core)
		case entity.OrgOther:
			t.Core = charwise(j.rng("other", j.norm, itoa(i)), t.Core)
		default:
			continue
		}
		changed = true
	}
	if !changed && p.Fallback >= 0 {
		t := &toks[p.Fallback]
		t.Core = replaceNamePart(j, "org", genderUnknown, t.Core)
		changed = true
	}
	if !changed {
		return charwise(j.rng(j.norm), j.orig), nil
	}
	return entity.JoinWords(p.Prefix, toks), nil
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
