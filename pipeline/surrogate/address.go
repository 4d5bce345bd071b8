package surrogate

import (
	"regexp"
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/entity/gazetteer"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

var cityNames = gazetteer.Cities

// genLocation replaces place names like genAddress does.
func genLocation(j *job) (string, error) { return genAddress(j) }

// genAddress keeps an address's shape, replacing each part detection found
// by its role: numbers stay numbers of the same length ("63rd" stays an
// ordinal), street types, unit words, directionals and punctuation stay;
// street names, cities and states (full, two-letter or dotted "N. Y.") are
// replaced by others of their kind. A country stays: it names no one, and
// the page's phones, currency and postcodes (drawn in its formats) agree
// with it ("Singapore 048616" is no "Pakistan 009316"). Without parts, or
// with nothing to replace, the text is redrawn character by character.
func genAddress(j *job) (string, error) {
	p := j.value.Address
	if p == nil {
		return charwise(j.rng(j.norm), j.orig), nil
	}
	toks := append([]entity.Word(nil), p.Words...)
	changed := false
	for _, pt := range p.Parts {
		if replaceAddressPart(j, toks, pt) {
			changed = true
		}
	}
	if !changed {
		return charwise(j.rng(j.norm), j.orig), nil
	}
	return entity.JoinWords(p.Prefix, toks), nil
}

// replaceAddressPart writes the surrogate of part pt over toks and reports
// whether its role is one that is replaced.
func replaceAddressPart(j *job, toks []entity.Word, pt entity.AddressPart) bool {
	i, k := pt.Start, pt.End
	t := &toks[i]
	switch pt.Role {
	case entity.AddrOrdinal:
		r := j.rng("ordinal", pt.Digits)
		n := randomDigits(r, len(pt.Digits), true)
		t.Core = strings.TrimLeft(n, "0") + ordinalSuffix(pt.Suffix, atoiSafe(n))
	case entity.AddrNumber:
		prefix, digits := postcodePrefix(t.Core)
		digits, kind := sideStreetType(digits)
		digits, unit := slashedUnit(digits)
		t.Core = prefix + charwise(j.rng("number", t.Core, itoa(i)), digits) + unit + kind
	case entity.AddrNumberWord:
		t.Core = matchCase(t.Core, j.rng("numword", entity.Bare(t.Core)).pick(entity.NumberWords))
	case entity.AddrStateCode:
		n := replaceState(j, pt.Name)
		if k == i {
			t.Core = n
			break
		}
		t.Core = pourAlnum(t.Core, n[:1])
		toks[k].Core = pourAlnum(toks[k].Core, n[1:])
	case entity.AddrStreetName:
		for m := i; m <= k; m++ {
			core := toks[m].Core
			if _, glued := lexicon.StreetSuffix(core); !glued && m+1 < len(toks) {
				core = specklessName(core) // "Bain. Street": a speck's period, not "Heymannstr."
			}
			toks[m].Core = replaceStreetWord(j, core)
		}
	case entity.AddrName:
		for m := i; m <= k; m++ {
			toks[m].Core = replaceNamePart(j, "org", genderUnknown, toks[m].Core)
		}
	case entity.AddrState:
		setRun(toks, i, k, matchCase(t.Core, pickOther(j.component("state", strings.ToLower(pt.Name)), gazetteer.States, pt.Name)))
	case entity.AddrCity:
		if rs := regionsFor(pt.Name, j.value.Address.Country); rs != nil {
			// a state or province of the country ("Haryana"): another of them
			setRun(toks, i, k, matchCase(t.Core, pickOther(j.component("region", strings.ToLower(pt.Name)), rs, pt.Name)))
			break
		}
		list := cityNames
		if ts := lexicon.Towns(j.value.Address.Country); len(ts) >= minTowns {
			list = ts // a French address gets a French town
		}
		setRun(toks, i, k, matchCase(t.Core, replaceTowns(j, list, pt.Name)))
	case entity.AddrOther:
		t.Core = charwise(j.rng("other", j.norm, itoa(i)), t.Core)
	default:
		return false
	}
	return true
}

// ordinalSuffix is the suffix of ordinal n written as orig is: English's
// agree with the number ("1st", "2nd"); French writes the first "1er"
// ("1ère" kept) and the others "e" ("7e"); the others stay ("2º").
func ordinalSuffix(orig string, n int) string {
	switch strings.ToLower(orig) {
	case "st", "nd", "rd", "th":
		return matchCase(orig, ordinal("th", n))
	case "er", "ère", "e", "ème":
		switch {
		case n != 1 && (orig == "er" || orig == "ère"):
			return "e"
		case n == 1 && (orig == "e" || orig == "ème"):
			return "er"
		}
	}
	return orig
}

// regionsFor is the regions of country when name is one of them and no
// town of it ("Haryana", not "Madrid"), nil otherwise.
func regionsFor(name, country string) []string {
	if country == "" || !slices.Contains(lexicon.RegionCountries(name), country) || lexicon.IsPlaceIn(name, country) {
		return nil
	}
	return lexicon.Regions(country)
}

// replaceTowns draws a town of list for name, and one for each part of a
// district and its province joined by a slash ("Çankaya/Ankara").
func replaceTowns(j *job, list []string, name string) string {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		r := j.component("city", strings.ToLower(p))
		parts[i] = titleWords(closestLength(p, func() string { return pickTown(r, list, lexicon.IsASCII(p)) }, nil))
	}
	return strings.Join(parts, "/")
}

// pickTown draws a town of list; for an original written without accents
// (ascii), one without them where a few draws find one: the page's reader
// reads it as printed ("Olomouc" for "Masarykova", not "Český Těšín").
func pickTown(r *rng, list []string, ascii bool) string {
	t := r.pick(list)
	for k := 1; k < asciiDraws && ascii && !lexicon.IsASCII(t); k++ {
		t = r.pick(list)
	}
	return t
}

// setRun writes s over tokens i..k: token i takes s and token k's trailing
// punctuation and spacing; the others become empty.
func setRun(toks []entity.Word, i, k int, s string) {
	toks[i].Core = s
	if k > i {
		toks[i].Trail, toks[i].Space = toks[k].Trail, toks[k].Space
		for m := i + 1; m <= k; m++ {
			toks[m] = entity.Word{}
		}
	}
}

// rePostcodePrefix is a country's letters before a postcode's digits
// ("LT-01103", "CH-8001", "D-72070").
var rePostcodePrefix = regexp.MustCompile(`^([A-Z]{1,2}-)(\d{3,6})$`)

// postcodePrefix splits a postcode's country letters from its digits,
// which alone are redrawn: the letters name a country, not a place.
func postcodePrefix(core string) (prefix, rest string) {
	if m := rePostcodePrefix.FindStringSubmatch(core); m != nil {
		return m[1], m[2]
	}
	return "", core
}

// reSlashedUnit is a number with the next unit's letters glued after a
// slash: "004/RW" of "RT 004/RW 009", an Indonesian neighbourhood's.
var reSlashedUnit = regexp.MustCompile(`^(\d+)(/\p{Lu}{2,4})$`)

// slashedUnit splits the unit's letters after a slash from the number
// before them, which alone is redrawn.
func slashedUnit(core string) (number, unit string) {
	if m := reSlashedUnit.FindStringSubmatch(core); m != nil {
		return m[1], m[2]
	}
	return core, ""
}

// sideStreetType splits a side street's type from its number
// (lexicon.SideStreet), which alone is redrawn: "23-gil" stays a "-gil".
func sideStreetType(core string) (number, kind string) {
	if n, k, ok := lexicon.SideStreet(core); ok {
		return n, k
	}
	return core, ""
}

// minTowns is how many towns a country needs in the lexicon before its
// addresses draw their towns from it rather than from the default list.
const minTowns = 5

// replaceStreetWord replaces a word of a street's name and keeps a street
// type glued to it ("Heymannstr." becomes "<name>str.", "Kerkweg"
// "<name>weg").
func replaceStreetWord(j *job, w string) string {
	suffix, ok := lexicon.StreetSuffix(w)
	if !ok || !suffixOfAddress(suffix, j.value.Address) {
		return replaceNamePart(j, "street", genderUnknown, w)
	}
	cut := len(w) - len(strings.TrimRight(w, ",;:"))
	body := w[:len(w)-cut]
	glued := body[len(body)-len(suffix):]
	if !strings.EqualFold(glued, suffix) {
		return replaceNamePart(j, "street", genderUnknown, w)
	}
	stem := body[:len(body)-len(glued)]
	return replaceNamePart(j, "street", genderUnknown, stem) + glued + w[len(w)-cut:]
}

// suffixOfAddress reports a glued street type that a language of the
// address glues ("gata" in Norway): a language of its country or of its
// other street types ("Calle"). Where neither tells, any is: "Jardines" of
// a Mexican colonia ends in the Icelandic "nes" by chance.
func suffixOfAddress(suffix string, a *entity.AddressParts) bool {
	langs := lexicon.CountryLanguages(a.Country)
	for _, w := range a.Words {
		if _, glued := lexicon.StreetSuffix(w.Core); !glued {
			langs = append(langs, lexicon.StreetTypeLanguages(w.Core)...)
		}
	}
	if len(langs) == 0 {
		return true
	}
	return slices.ContainsFunc(lexicon.SuffixLanguages(suffix), func(l string) bool { return slices.Contains(langs, l) })
}

// replaceState draws another state's code: of the address's country where
// code is one of its regions' codes, else of a US state.
func replaceState(j *job, code string) string {
	list := gazetteer.StateCodes
	if cc := j.value.Address.Country; cc != "" && cc != "US" && lexicon.IsRegionCode(cc, code) && len(lexicon.RegionCodes(cc)) > 1 {
		list = lexicon.RegionCodes(cc) // "WA" of an Australian address: another Australian state
	}
	return matchCase(code, pickOther(j.component("state", strings.ToLower(code)), list, code))
}

// pickOther picks an element of list not equal (case-insensitively) to
// orig, preferring one of similar length.
func pickOther(r *rng, list []string, orig string) string {
	return closestLength(orig, func() string { return r.pick(list) }, nil)
}

func atoiSafe(s string) int {
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
		}
	}
	return n
}
