package pii

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// A page's country decides which postcode pattern to read its addresses
// with. pageCountries weighs the evidence a page carries: the calling code
// of an international phone number ("+49 30 ..."), a country named on it
// ("Deutschland", "India"), an IBAN's country prefix ("IBAN DE45 ..."), and
// the country-code domain of a web or e-mail address ("www.example.fr").

var (
	reCallingCode = regexp.MustCompile(`(?:^|[\s(])\+\s?(\d{1,3})`)
	reIBANPrefix  = regexp.MustCompile(`\bIBAN:?\s+([A-Z]{2})\d{2}`)
)

// Weights of the kinds of evidence: a country's name or a phone's calling
// code says more than a domain, which many foreign firms share.
const (
	weightName    = 3
	weightCalling = 2
	weightIBAN    = 2
	weightDomain  = 1
)

// pageCountries returns the countries the page's evidence points to, the
// best supported first; nil when there is none.
func pageCountries(in *Input) []string {
	votes := map[string]int{}
	for _, m := range reCallingCode.FindAllStringSubmatch(in.Text, -1) {
		for _, cc := range callingCountries(m[1]) {
			votes[cc] += weightCalling
		}
	}
	for _, m := range reIBANPrefix.FindAllStringSubmatch(in.Text, -1) {
		if lexicon.Postcode(m[1]) != nil {
			votes[m[1]] += weightIBAN
		}
	}
	for _, t := range strings.Fields(in.Text) {
		if cc := domainCountry(t); cc != "" {
			votes[cc] += weightDomain
		}
	}
	for _, cc := range namedCountries(in) {
		votes[cc] += weightName
	}
	return rankVotes(votes)
}

// callingCountries reads the calling code at the start of digits: the
// shortest prefix that is a calling code ("4930" gives 49).
func callingCountries(digits string) []string {
	for n := 1; n <= len(digits); n++ {
		if ccs := lexicon.CountriesByCallingCode(digits[:n]); len(ccs) > 0 {
			if len(ccs) > 1 && n == 1 {
				return ccs[:0] // "+1": a whole numbering plan, no one country
			}
			return ccs
		}
	}
	return nil
}

// domainCountry is the country of a web or e-mail address's country-code
// top-level domain ("www.firma.de", "info@firma.co.uk"), "" for none.
func domainCountry(t string) string {
	t = strings.ToLower(strings.TrimRight(t, ".,;:)"))
	if !strings.Contains(t, "@") && !strings.HasPrefix(t, "www") && !strings.Contains(t, "://") {
		return ""
	}
	i := strings.LastIndexByte(t, '.')
	if i < 0 || len(t)-i != 3 {
		return ""
	}
	cc := strings.ToUpper(t[i+1:])
	if cc == "UK" {
		cc = "GB"
	}
	if lexicon.CountryName(cc) == "" {
		return ""
	}
	return cc
}

// namedCountries lists the countries named on the page by a capitalised
// word or a run of up to three ("United Kingdom").
func namedCountries(in *Input) []string {
	var out []string
	for _, ln := range in.Lines {
		toks := make([]string, len(ln))
		for k, wi := range ln {
			toks[k] = strings.Trim(in.Page.Words[wi].Text, ".,;:()")
		}
		for k := range toks {
			for n := 3; n >= 1; n-- {
				if k+n > len(toks) || !isCapitalisedToken(toks[k]) {
					continue
				}
				if cc, ok := lexicon.CountryByName(strings.Join(toks[k:k+n], " ")); ok {
					out = append(out, cc)
					break
				}
			}
		}
	}
	return out
}

// isCapitalisedToken reports a token whose first letter is upper case.
func isCapitalisedToken(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// rankVotes orders the voted countries by votes, then by code.
func rankVotes(votes map[string]int) []string {
	out := make([]string, 0, len(votes))
	for cc := range votes {
		out = append(out, cc)
	}
	sort.Slice(out, func(i, j int) bool {
		if votes[out[i]] != votes[out[j]] {
			return votes[out[i]] > votes[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
