package pii

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/nyaruka/phonenumbers"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
)

// Page regions: the numbering plans a page's phone numbers are likely
// written in, read from the page itself. Each kind of evidence votes for
// regions (ISO 3166 codes that phonenumbers supports):
//
//   - a country calling code written before a number ("+49 30 ...",
//     "0044 20 ..."): the strongest evidence;
//   - the country code of a valid IBAN;
//   - a country's name, in English, the main European languages or the
//     country's own language (CLDR names from golang.org/x/text);
//   - a currency symbol or ISO code used by few countries ("£", "₹", "CHF");
//   - a country-code top-level domain of an e-mail or web address;
//   - a UK postcode.
//
// The fallback region (the configured default) holds a score below one
// vote: any evidence on the page ranks a region above it.

// Votes per piece of evidence.
const (
	regionVoteCallingCode = 3.0
	regionVoteIBAN        = 2.0
	regionVoteName        = 1.0
	regionVoteCurrency    = 1.0
	regionVoteDomain      = 1.0
	regionVotePostcode    = 1.0
	// regionFallbackScore is the fallback region's score: any evidence
	// ranks a region above it.
	regionFallbackScore = 0.9
	// regionMax is the most regions pageRegions returns.
	regionMax = 4
	// regionCurrencyMaxRegions: a currency used by more regions than this
	// (the euro, the dollar) says nothing about the numbering plan.
	regionCurrencyMaxRegions = 4
)

// pageRegions ranks the regions the phone numbers of in are likely written
// in, best first: the regions the page's evidence votes for and fallback
// (always present), at most regionMax.
func pageRegions(in *Input, fallback string) []string {
	fallback = strings.ToUpper(fallback)
	votes := map[string]float64{fallback: regionFallbackScore}
	text := in.Text
	voteCallingCodes(text, votes)
	voteIBANs(text, votes)
	voteNames(text, votes)
	voteCurrencies(text, votes)
	voteDomains(text, votes)
	votePostcodes(text, votes)
	out := make([]string, 0, len(votes))
	for r := range votes {
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool {
		if votes[out[a]] != votes[out[b]] {
			return votes[out[a]] > votes[out[b]]
		}
		return out[a] < out[b]
	})
	if len(out) > regionMax {
		out = out[:regionMax]
		if !regionIn(out, fallback) {
			out[regionMax-1] = fallback
		}
	}
	return out
}

func regionIn(rs []string, r string) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// regionCallingCodeRe is "+" or "00" and the digits that may hold a
// calling code, at the start of a number.
var regionCallingCodeRe = regexp.MustCompile(`(?:^|[^\w+])(?:\+[ ]?|00)(\d{1,3})`)

// voteCallingCodes votes for the main region of each calling code written
// before a number. Calling codes are a prefix code: the shortest prefix
// that is one is the code.
func voteCallingCodes(text string, votes map[string]float64) {
	for _, m := range regionCallingCodeRe.FindAllStringSubmatch(text, -1) {
		d := m[1]
		for n := 1; n <= len(d); n++ {
			cc, _ := strconv.Atoi(d[:n])
			if r := phonenumbers.GetRegionCodeForCountryCode(cc); r != "" && r != "ZZ" && r != "001" {
				votes[r] += regionVoteCallingCode
				break
			}
		}
	}
}

// regionIBANRe finds the start of an IBAN, as patIBAN reads it.
var regionIBANRe = regexp.MustCompile(`\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]`)

// voteIBANs votes for the country of each valid IBAN.
func voteIBANs(text string, votes map[string]float64) {
	if !regionIBANRe.MatchString(text) {
		return
	}
	for line := range strings.SplitSeq(text, "\n") {
		for _, m := range patIBAN(line) {
			r := line[m.Start : m.Start+2]
			if phonenumbers.GetCountryCodeForRegion(r) != 0 && checksum.IBANValid(strings.ReplaceAll(line[m.Start:m.End], " ", "")) {
				votes[r] += regionVoteIBAN
			}
		}
	}
}

// regionNameLanguages are the languages whose country names are looked
// for, besides each country's own language.
var regionNameLanguages = []language.Tag{language.English, language.German, language.French, language.Spanish, language.Italian, language.Portuguese, language.Dutch}

var (
	regionNamesOnce sync.Once
	// regionNames maps a lower-case country name to its region; names
	// shared by regions are left out.
	regionNames map[string]string
	// regionNameMaxWords is the most words of a name in regionNames.
	regionNameMaxWords int
)

// loadRegionNames fills regionNames from CLDR's region names.
func loadRegionNames() {
	names := map[string]string{}
	shared := map[string]bool{}
	add := func(name, r string) {
		name = strings.ToLower(name)
		if name == "" || shared[name] {
			return
		}
		if old, ok := names[name]; ok && old != r {
			delete(names, name)
			shared[name] = true
			return
		}
		names[name] = r
		regionNameMaxWords = max(regionNameMaxWords, len(strings.Fields(name)))
	}
	for r := range phonenumbers.GetSupportedRegions() {
		reg, err := language.ParseRegion(r)
		if err != nil {
			continue
		}
		tags := regionNameLanguages
		if base, conf := language.Make("und-" + r).Base(); conf != language.No {
			tags = append(tags[:len(tags):len(tags)], language.Make(base.String()))
		}
		for _, t := range tags {
			// display has no names in some languages.
			if n := display.Regions(t); n != nil {
				add(n.Name(reg), r)
			}
		}
	}
	regionNames = names
}

// voteNames votes for each country whose name is written on the page
// starting with a capital letter, once per country.
func voteNames(text string, votes map[string]float64) {
	regionNamesOnce.Do(loadRegionNames)
	seen := map[string]bool{}
	for line := range strings.SplitSeq(text, "\n") {
		words := strings.FieldsFunc(line, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' })
		for i, w := range words {
			if r, _ := utf8First(w); !unicode.IsUpper(r) {
				continue
			}
			for n := 1; n <= regionNameMaxWords && i+n <= len(words); n++ {
				name := strings.ToLower(strings.Join(words[i:i+n], " "))
				if r, ok := regionNames[name]; ok && !seen[r] {
					seen[r] = true
					votes[r] += regionVoteName
				}
			}
		}
	}
}

func utf8First(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

var (
	regionCurrencyOnce sync.Once
	// regionCurrencySymbols maps a currency's symbols and ISO code to the
	// regions that use it, for currencies used by few regions.
	regionCurrencySymbols map[string][]string
)

// loadRegionCurrencies fills regionCurrencySymbols from CLDR.
func loadRegionCurrencies() {
	byUnit := map[currency.Unit][]string{}
	// Symbols of the narrow kind ("£" for several pounds, "$") are shared:
	// only ISO codes and standard symbols are read.
	for r := range phonenumbers.GetSupportedRegions() {
		reg, err := language.ParseRegion(r)
		if err != nil {
			continue
		}
		if u, ok := currency.FromRegion(reg); ok {
			byUnit[u] = append(byUnit[u], r)
		}
	}
	m := map[string][]string{}
	for u, rs := range byUnit {
		if len(rs) > regionCurrencyMaxRegions {
			continue
		}
		for _, s := range []string{u.String(), fmt.Sprint(currency.Symbol(u))} {
			// A symbol of letters ("US$") may be a word.
			if s == u.String() || !isASCIIWord(s) {
				m[s] = append(m[s], rs...)
			}
		}
	}
	for s, rs := range m {
		if len(rs) > regionCurrencyMaxRegions {
			delete(m, s) // symbols shared by several currencies
		}
	}
	regionCurrencySymbols = m
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !patIsAlnum(s[i]) {
			return false
		}
	}
	return true
}

// regionCurrencyRe finds a currency symbol (a character that is no letter,
// digit, space or common punctuation) or a three-letter upper-case code
// next to an amount ("CHF 120", "1.200 INR"; alone, "ALL" and "TOP" are
// words).
var regionCurrencyRe = regexp.MustCompile(`\b[A-Z]{3}[ ]?\d|\d[ ]?[A-Z]{3}\b|[^\p{L}\p{N}\s.,:;!?'"()\[\]/\\\-+*#%&@_=<>|~^` + "`" + `$]`)

// voteCurrencies votes once for each currency on the page used by few
// regions.
func voteCurrencies(text string, votes map[string]float64) {
	regionCurrencyOnce.Do(loadRegionCurrencies)
	seen := map[string]bool{}
	for _, s := range regionCurrencyRe.FindAllString(text, -1) {
		rs, ok := regionCurrencySymbols[strings.Trim(s, " 0123456789")]
		if !ok || seen[rs[0]] {
			continue
		}
		seen[rs[0]] = true
		for _, r := range rs {
			votes[r] += regionVoteCurrency
		}
	}
}

// regionDomainRe finds the top-level domain of an e-mail or web address.
var regionDomainRe = regexp.MustCompile(`(?i)[a-z0-9-]\.([a-z]{2})(?:\b|/)`)

// voteDomains votes once for each country-code top-level domain of an
// address on the page ("uk" is GB's).
func voteDomains(text string, votes map[string]float64) {
	if !strings.Contains(text, "@") && !strings.Contains(strings.ToLower(text), "www") {
		return
	}
	seen := map[string]bool{}
	for _, m := range regionDomainRe.FindAllStringSubmatch(text, -1) {
		r := strings.ToUpper(m[1])
		if r == "UK" {
			r = "GB"
		}
		if seen[r] || phonenumbers.GetCountryCodeForRegion(r) == 0 {
			continue
		}
		seen[r] = true
		votes[r] += regionVoteDomain
	}
}

// votePostcodes votes for GB when the page has a UK postcode.
func votePostcodes(text string, votes map[string]float64) {
	for line := range strings.SplitSeq(text, "\n") {
		found := false
		patScan(patUKPostcodeRe, line, func(loc []int) bool {
			found = found || loc[4] < loc[5] // with its space: "SW1A 1AA"
			return true
		})
		if found {
			votes["GB"] += regionVotePostcode
			return
		}
	}
}
