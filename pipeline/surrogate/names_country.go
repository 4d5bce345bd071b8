package surrogate

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// namesByCountryTSV is the generated list of given and family names by
// country (data/SOURCES.md says how it is made): "CC<TAB>F|M|L<TAB>name".
//
//go:embed data/names_by_country.tsv
var namesByCountryTSV string

// countryNames are one country's stand-in names.
type countryNames struct {
	female, male, family []string
	femaleSet, maleSet   map[string]bool
}

// namesByCountry reads namesByCountryTSV once, by ISO 3166 alpha-2 code.
var namesByCountry = sync.OnceValue(func() map[string]*countryNames {
	out := map[string]*countryNames{}
	for _, line := range strings.Split(namesByCountryTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		c := out[f[0]]
		if c == nil {
			c = &countryNames{}
			out[f[0]] = c
		}
		switch f[1] {
		case "F":
			c.female = append(c.female, f[2])
		case "M":
			c.male = append(c.male, f[2])
		case "L":
			c.family = append(c.family, f[2])
		}
	}
	for _, c := range out {
		c.femaleSet, c.maleSet = setOf(c.female), setOf(c.male)
	}
	return out
})

// namesOf are the names a country's stand-ins are drawn from: its own,
// else those of the first country with lists, in alphabetical order, that
// speaks its first language (Chile draws Spanish names, from Spain's
// lists); nil when none, and the default lists serve. English is no
// language to fall back on: it would give a Kenyan page Australian names.
func namesOf(country string) *countryNames {
	if c := namesByCountry()[country]; c != nil || country == "" {
		return c
	}
	langs := lexicon.CountryLanguages(country)
	if len(langs) == 0 || langs[0] == "en" {
		return nil
	}
	return namesByLanguage()[langs[0]]
}

// namesByLanguage are, by a language, the names of the first country with
// lists, in alphabetical order, whose first language it is.
var namesByLanguage = sync.OnceValue(func() map[string]*countryNames {
	all := namesByCountry()
	out := map[string]*countryNames{}
	for _, cc := range slices.Sorted(maps.Keys(all)) {
		if ls := lexicon.CountryLanguages(cc); len(ls) > 0 && out[ls[0]] == nil {
			out[ls[0]] = all[cc]
		}
	}
	return out
})

// countryName draws a stand-in of role "first" or "last" from country's
// names (namesOf), given names of sex g (either, when unknown); ok is
// false when the country has no list, and the default lists serve.
func countryName(r *rng, country, role string, g gender) (string, bool) {
	c := namesOf(country)
	if c == nil {
		return "", false
	}
	switch {
	case role == "last", role == "org", role == "street":
		// A firm or a street is named after a family of its country.
		return r.pick(c.family), true
	case role != "first":
		return "", false
	case g == genderFemale || g == genderUnknown && r.IntN(2) == 0:
		return r.pick(c.female), true
	default:
		return r.pick(c.male), true
	}
}

// countryGender is the sex a given name says in country's lists, where
// the default lists know it not ("Ayşe", "Oluwaseun").
func countryGender(country, word string) gender {
	c := namesOf(country)
	if c == nil {
		return genderUnknown
	}
	w := strings.ToLower(word)
	switch f, m := c.femaleSet[w], c.maleSet[w]; {
	case f && !m:
		return genderFemale
	case m && !f:
		return genderMale
	}
	return genderUnknown
}

// anyCountryGenders are the given names of all countries' lists that bear
// one sex wherever listed ("Petra" is a woman's in Slovakia, Croatia and
// Hungary alike), for a page whose own country has no lists.
var anyCountryGenders = sync.OnceValue(func() map[string]gender {
	out := map[string]gender{}
	mixed := map[string]bool{}
	note := func(names []string, g gender) {
		for _, n := range names {
			w := strings.ToLower(n)
			if old, ok := out[w]; ok && old != g {
				mixed[w] = true
			}
			out[w] = g
		}
	}
	for _, c := range namesByCountry() {
		note(c.female, genderFemale)
		note(c.male, genderMale)
	}
	for w := range mixed {
		delete(out, w)
	}
	return out
})

// anyCountryGender is the one sex a given name bears in every country's
// list that holds it; genderUnknown when none holds it or they differ.
func anyCountryGender(word string) gender {
	return anyCountryGenders()[strings.ToLower(word)]
}
