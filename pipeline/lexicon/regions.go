package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/regions.tsv
var regionsData string

var (
	regionsOnce sync.Once
	regionNames map[string][]string // lower-cased region name -> ISO2 codes
	regionLists map[string][]string // ISO2 code -> region names, Latin script
	regionCodes map[string]bool     // "CC/KEY" upper case
	codeLists   map[string][]string // ISO2 code -> region codes of letters
	codeRegions map[string]bool     // "KEY" upper case, of any country
)

func loadRegions() {
	regionNames = map[string][]string{}
	regionLists = map[string][]string{}
	regionCodes = map[string]bool{}
	codeLists = map[string][]string{}
	codeRegions = map[string]bool{}
	for _, line := range readLines(regionsData) {
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		name := f[2]
		if f[3] != "" {
			name = f[3] // the Latin name of a region written in another script
		}
		regionLists[f[0]] = append(regionLists[f[0]], name)
		regionCodes[f[0]+"/"+strings.ToUpper(f[1])] = true
		if lettersOnly(f[1]) {
			codeLists[f[0]] = append(codeLists[f[0]], strings.ToUpper(f[1]))
		}
		codeRegions[strings.ToUpper(f[1])] = true
		for _, n := range []string{f[1], f[2], f[3]} {
			if k := key(n); len(k) > 3 && !hasLang(regionNames[k], f[0]) {
				regionNames[k] = append(regionNames[k], f[0])
			}
		}
	}
}

// RegionCountries returns the countries with a first-level region (state,
// province) of that name ("Maharashtra", "Madrid", "California"), nil when
// none. Only names longer than three letters are kept: short codes are
// answered by IsRegionCode. A name written with accents that the table
// lists without them is found ("Québec").
func RegionCountries(name string) []string {
	regionsOnce.Do(loadRegions)
	k := key(name)
	ccs, ok := regionNames[k]
	if !ok {
		ccs = regionNames[Unaccented(k)]
	}
	return append([]string(nil), ccs...)
}

// Regions returns the names of a country's first-level regions (states,
// provinces), in Latin script; nil for a country without them.
func Regions(iso2 string) []string {
	regionsOnce.Do(loadRegions)
	return regionLists[strings.ToUpper(iso2)]
}

// RegionCodes returns a country's region codes written in letters ("NSW",
// "QLD" in AU); nil for a country without them.
func RegionCodes(iso2 string) []string {
	regionsOnce.Do(loadRegions)
	return codeLists[strings.ToUpper(iso2)]
}

// lettersOnly reports a non-empty string of ASCII letters.
func lettersOnly(s string) bool {
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return s != ""
}

// IsRegionCode reports a region code of the country ("CA" in US, "MI" in IT).
func IsRegionCode(iso2, code string) bool {
	regionsOnce.Do(loadRegions)
	return regionCodes[strings.ToUpper(iso2)+"/"+strings.ToUpper(strings.TrimRight(code, ".,"))]
}

// IsAnyRegionCode reports a region code of some country ("ON", "NSW").
func IsAnyRegionCode(code string) bool {
	regionsOnce.Do(loadRegions)
	return codeRegions[strings.ToUpper(strings.TrimRight(code, ".,"))]
}
