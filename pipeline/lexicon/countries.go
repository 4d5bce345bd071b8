package lexicon

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// country is one countries-list record.
type country struct {
	names        []string
	callingCodes []string
	currencies   []string
	languages    []string
	capital      string
}

//go:embed data/countries.tsv
var countriesData string

var (
	countriesOnce sync.Once
	countries     map[string]country // by ISO2
	countryNames  map[string]string  // lower-cased name -> ISO2
	byCallingCode map[string][]string
)

func loadCountries() {
	countries = map[string]country{}
	countryNames = map[string]string{}
	byCallingCode = map[string][]string{}
	for _, line := range readLines(countriesData) {
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			continue
		}
		c := country{names: strings.Split(f[1], "|"), callingCodes: splitList(f[2]),
			currencies: splitList(f[3]), languages: splitList(f[4]), capital: f[5]}
		countries[f[0]] = c
		for _, n := range c.names {
			if k := key(n); k != "" {
				if _, taken := countryNames[k]; !taken {
					countryNames[k] = f[0]
				}
			}
		}
		for _, code := range c.callingCodes {
			byCallingCode[code] = append(byCallingCode[code], f[0])
		}
	}
	for _, ccs := range byCallingCode {
		sort.Strings(ccs)
	}
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// CountryByName returns the ISO 3166 alpha-2 code of a country named in
// English, in its own language or by a common alias ("Germany",
// "Deutschland", "UK"); case is ignored.
func CountryByName(name string) (iso2 string, ok bool) {
	countriesOnce.Do(loadCountries)
	iso2, ok = countryNames[key(name)]
	return iso2, ok
}

// CountryName returns a country's English name, "" when unknown.
func CountryName(iso2 string) string {
	countriesOnce.Do(loadCountries)
	c, ok := countries[strings.ToUpper(iso2)]
	if !ok || len(c.names) == 0 {
		return ""
	}
	return c.names[0]
}

// CallingCode returns a country's first international calling code without
// the plus sign ("49" for DE), "" when unknown.
func CallingCode(iso2 string) string {
	countriesOnce.Do(loadCountries)
	c := countries[strings.ToUpper(iso2)]
	if len(c.callingCodes) == 0 {
		return ""
	}
	return c.callingCodes[0]
}

// CountriesByCallingCode returns the countries sharing a calling code
// ("44" gives GB, GG, IM, JE), sorted.
func CountriesByCallingCode(code string) []string {
	countriesOnce.Do(loadCountries)
	return append([]string(nil), byCallingCode[strings.TrimPrefix(code, "+")]...)
}

// CountryLanguages returns a country's ISO 639-1 languages ("de" for DE).
func CountryLanguages(iso2 string) []string {
	countriesOnce.Do(loadCountries)
	return append([]string(nil), countries[strings.ToUpper(iso2)].languages...)
}

// Currencies returns a country's ISO 4217 currency codes.
func Currencies(iso2 string) []string {
	countriesOnce.Do(loadCountries)
	return append([]string(nil), countries[strings.ToUpper(iso2)].currencies...)
}
