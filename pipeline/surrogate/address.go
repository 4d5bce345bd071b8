package surrogate

import (
	"regexp"
	"strings"

	"github.com/brianvoe/gofakeit/v7/data"
)

var streetNames = strings.Fields(`Maple Oak Pine Cedar Elm Walnut Chestnut Spruce Birch
Willow Lincoln Jefferson Madison Franklin Jackson Adams Monroe Park Lake Hill
Highland Church Main Market Union Spring River Ridge Meadow Forest Sunset Prospect
Grove Laurel Hickory Magnolia Dogwood Locust Cherry Poplar Sycamore Mill Water
Bridge Front High Broad Liberty Clinton Hamilton Harrison Garfield Sherman Fulton
Greenwood Fairview Lakeview Hillside Woodland Orchard Valley Summit Harbor Bay
Vine Ash Beech Hawthorn Juniper Aspen Cypress Linden Mulberry Whitney Carroll
Dexter Ellis Foster Hudson Irving Kendall Lawson Marshall Newton Porter Quincy`)

var streetSuffixes = setOf(strings.Fields(`street st avenue ave av road rd boulevard blvd
drive dr lane ln way court ct place pl square sq terrace ter circle cir parkway pkwy
highway hwy route rte plaza plz trail trl alley crescent row walk pike turnpike
expressway expy freeway fwy center ctr`))

var addressKeep = setOf(strings.Fields(`suite ste apt apartment unit floor fl room rm box
po p o building bldg dept department north south east west n s e w ne nw se sw no
c/o attn care rural rr station sta general delivery zip code the of and at`))

var numberWords = []string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"}

var (
	numberWordSet = setOf(numberWords)
	stateNames    = data.Address["state"]
	stateAbbrs    = append(append([]string(nil), data.Address["state_abr"][:50]...), "DC")
	stateNameSet  = setOf(stateNames)
	stateAbbrSet  = setOf(stateAbbrs)
	countrySet    = setOf(data.Address["country"])
	ordinalRe     = regexp.MustCompile(`^(\d+)(st|nd|rd|th|ST|ND|RD|TH)$`)
	cityNames     = plainCities(data.Address["city"])
)

// plainCities drops compound entries ("Louisville/Jefferson").
func plainCities(list []string) []string {
	var out []string
	for _, c := range list {
		if !strings.ContainsAny(c, "/-") {
			out = append(out, c)
		}
	}
	return out
}

// genLocation replaces place names like genAddress does.
func genLocation(j *job) (string, error) { return genAddress(j) }

// genAddress keeps an address's shape: numbers stay numbers of the same
// length ("63rd" stays an ordinal), street suffixes, unit words,
// directionals and punctuation stay; street names, cities, states (full,
// two-letter or dotted "N. Y.") and countries are replaced by others of
// their kind.
func genAddress(j *job) (string, error) {
	prefix, toks := tokenize(j.orig)
	keep := make([]bool, len(toks))
	markInstructions(toks, keep)
	changed := false
	for i := 0; i < len(toks); i++ {
		if keep[i] {
			continue
		}
		t := &toks[i]
		b := bare(t.core)
		switch {
		case t.core == "":
		case ordinalRe.MatchString(t.core):
			m := ordinalRe.FindStringSubmatch(t.core)
			r := j.rng("ordinal", m[1])
			n := randomDigits(r, len(m[1]), true)
			t.core = strings.TrimLeft(n, "0") + matchCase(m[2], ordinal("th", atoiSafe(n)))
			changed = true
		case digitsOf(t.core) != "" && !isWord(t.core):
			t.core = charwise(j.rng("number", t.core, itoa(i)), t.core)
			changed = true
		case streetSuffixes[b] || addressKeep[b]:
		case numberWordSet[b]:
			t.core = matchCase(t.core, j.rng("numword", b).pick(numberWords))
			changed = true
		case isStateAt(toks, i):
			t.core = replaceState(j, t.core)
			changed = true
		case i+1 < len(toks) && isDottedStateAt(toks, i):
			n := replaceState(j, strings.ReplaceAll(t.core, ".", "")+strings.ReplaceAll(toks[i+1].core, ".", ""))
			t.core = pourAlnum(t.core, n[:1])
			toks[i+1].core = pourAlnum(toks[i+1].core, n[1:])
			i++
			changed = true
		case isInitials(t.core):
			// a directional or unit initial ("S.", "P. O."), kept
		case isWord(t.core) && isCapitalised(t.core):
			k := runEnd(toks, keep, i)
			run := runText(toks, i, k)
			switch {
			case k+1 < len(toks) && streetSuffixes[bare(toks[k+1].core)]:
				for m := i; m <= k; m++ {
					toks[m].core = replaceNamePart(j, "street", genderUnknown, toks[m].core)
				}
			case countrySet[strings.ToLower(run)]:
				setRun(toks, i, k, matchCase(toks[i].core, pickOther(j.component("country", strings.ToLower(run)), data.Address["country"], run)))
			case stateNameSet[strings.ToLower(run)] && stateContext(toks, k):
				setRun(toks, i, k, matchCase(toks[i].core, pickOther(j.component("state", strings.ToLower(run)), stateNames, run)))
			case k-i >= 3:
				for m := i; m <= k; m++ {
					if isCapitalised(toks[m].core) && isWord(toks[m].core) {
						toks[m].core = replaceNamePart(j, "org", genderUnknown, toks[m].core)
					}
				}
			default:
				city := pickOther(j.component("city", strings.ToLower(run)), cityNames, run)
				setRun(toks, i, k, matchCase(toks[i].core, city))
			}
			i = k
			changed = true
		case isWord(t.core):
			// lower-case connective text
		default:
			t.core = charwise(j.rng("other", j.norm, itoa(i)), t.core)
			changed = true
		}
	}
	if !changed {
		return charwise(j.rng(j.norm), j.orig), nil
	}
	return joinTokens(prefix, toks), nil
}

// markInstructions keeps parenthesised text that contains a lower-case word
// (form instructions such as "(Include state and zip code)").
func markInstructions(toks []token, keep []bool) {
	for i := 0; i < len(toks); i++ {
		if !strings.Contains(toks[i].lead, "(") {
			continue
		}
		k := i
		for k < len(toks) && !strings.Contains(toks[k].trail, ")") {
			k++
		}
		if k == len(toks) {
			k--
		}
		lower := false
		for m := i; m <= k; m++ {
			if isWord(toks[m].core) && !isCapitalised(toks[m].core) {
				lower = true
			}
		}
		if lower {
			for m := i; m <= k; m++ {
				keep[m] = true
			}
		}
		i = k
	}
}

// runEnd returns the last index of the run of capitalised name words that
// starts at i; a run ends at punctuation, a kept word, a street suffix, a
// number or a state abbreviation.
func runEnd(toks []token, keep []bool, i int) int {
	k := i
	for k+1 < len(toks) && toks[k].trail == "" && !keep[k+1] && toks[k+1].lead == "" {
		n := toks[k+1].core
		b := bare(n)
		if !isWord(n) || !isCapitalised(n) || isInitials(n) || streetSuffixes[b] || addressKeep[b] || stateAbbrSet[b] && isUpperWord(n) {
			break
		}
		k++
	}
	return k
}

func isUpperWord(s string) bool { return s == strings.ToUpper(s) }

func runText(toks []token, i, k int) string {
	parts := make([]string, 0, k-i+1)
	for m := i; m <= k; m++ {
		parts = append(parts, strings.TrimSuffix(toks[m].core, "."))
	}
	return strings.Join(parts, " ")
}

// setRun writes s over tokens i..k: token i takes s and token k's trailing
// punctuation and spacing; the others become empty.
func setRun(toks []token, i, k int, s string) {
	toks[i].core = s
	if k > i {
		toks[i].trail, toks[i].space = toks[k].trail, toks[k].space
		for m := i + 1; m <= k; m++ {
			toks[m] = token{}
		}
	}
}

// stateContext: a state name is a state (not a city such as "New York")
// when a ZIP code follows or it ends the value.
func stateContext(toks []token, k int) bool {
	for m := k + 1; m < len(toks); m++ {
		if toks[m].core == "" {
			continue
		}
		return digitsOf(toks[m].core) != "" && !isWord(toks[m].core)
	}
	return true
}

// isStateAt: a two-letter capital state code after a comma or before a
// number or at the end ("Boston, MA 02118", "Washington DC 20037").
func isStateAt(toks []token, i int) bool {
	c := toks[i].core
	if len(c) != 2 || !isUpperWord(c) || !stateAbbrSet[strings.ToLower(c)] {
		return false
	}
	return (i > 0 && strings.Contains(toks[i-1].trail, ",")) || stateContext(toks, i)
}

// isDottedStateAt: "N. Y." followed by a ZIP code or the end.
func isDottedStateAt(toks []token, i int) bool {
	a, b := toks[i].core, toks[i+1].core
	if len(a) != 2 || len(b) != 2 || a[1] != '.' || b[1] != '.' {
		return false
	}
	return stateAbbrSet[strings.ToLower(a[:1]+b[:1])] && stateContext(toks, i+1)
}

func replaceState(j *job, code string) string {
	return matchCase(code, pickOther(j.component("state", strings.ToLower(code)), stateAbbrs, code))
}

// pickOther picks an element of list not equal (case-insensitively) to orig.
// pickOther picks an element of list not equal (case-insensitively) to
// orig, preferring one of similar length.
func pickOther(r *rng, list []string, orig string) string {
	return closestLength(orig, func() string { return r.pick(list) })
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
