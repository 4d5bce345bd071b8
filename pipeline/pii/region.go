package pii

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Page regions: the country a page comes from and the numbering plans its
// phone numbers are likely written in, read from the page itself. This is
// the one place that weighs that evidence; phones (pageRegions), postcodes
// and addresses (pageCountries) and numeric dates (DateConventions) read
// it. Each kind of evidence votes for regions (ISO 3166 codes that
// phonenumbers supports):
//
//   - a country calling code written before a number ("+49 30 ...",
//     "0044 20 ..."): the strongest evidence. A one-digit code shared by
//     several countries ("+1", "+7") names a numbering plan, not a country;
//   - the country code of an IBAN (a valid one, or one after an "IBAN"
//     label), and of a VAT number after its label ("P. IVA IT…");
//   - a country's name, in English, the main European languages or the
//     country's own language (CLDR names from golang.org/x/text, and the
//     names of lexicon's country list), and the name of a state or
//     province that only one country has ("Tamil Nadu", "Ontario");
//   - a currency symbol or ISO code used by few countries ("£", "₹", "CHF");
//   - the label of a tax or company register number that few countries
//     print, beside a number ("Org.nr. 918 443 201 MVA", "CUIT");
//   - a firm's legal form, for the regions of the languages that use it
//     ("SPA": Italian and Spanish), as weak as the page's language;
//   - a country-code top-level domain of an e-mail or web address;
//   - a UK postcode;
//   - the page's language: the one its month and weekday names share
//     ("agosto" and "novembre": Italian), else the one most of its
//     function words belong to (stopwords-iso), for that language's likely
//     region (CLDR's likely subtags): above the fallback region, below any
//     other vote.
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
	regionVoteLanguage    = 0.95
	// regionVoteSharedCity is the vote of a city whose name small towns
	// of other countries share (voteSharedCities).
	regionVoteSharedCity = 0.95
	// regionFallbackScore is the fallback region's score: any evidence
	// ranks a region above it.
	regionFallbackScore = 0.9
	// regionMax is the most regions pageRegions returns.
	regionMax = 4
	// regionCurrencyMaxRegions: a currency used by more regions than this
	// (the euro, the dollar) says nothing about the numbering plan.
	regionCurrencyMaxRegions = 4
)

// pageEvidence is what one page says about the region it comes from.
type pageEvidence struct {
	// countries are the votes for the regions the page points to.
	countries map[string]float64
	// plans are the votes for the main regions of numbering plans shared
	// by several countries ("+1"): they tell how to read a phone number,
	// not which country the page is from.
	plans map[string]float64
	// shared lists, for each currency on the page used by many regions
	// (the euro), the regions that use it.
	shared [][]string
	// language is the language the page is written in (pageTextLanguage),
	// "" when none leads.
	language string
}

// evidence is the page's region evidence, read once per page.
func (in *Input) evidence() *pageEvidence {
	if in.regions == nil {
		in.regions = readPageEvidence(in.Text)
	}
	return in.regions
}

// readPageEvidence collects the votes of every kind of evidence in text.
func readPageEvidence(text string) *pageEvidence {
	e := &pageEvidence{countries: map[string]float64{}, plans: map[string]float64{}}
	e.voteCallingCodes(text)
	voteIBANs(text, e.countries)
	voteVATs(text, e.countries)
	voteTaxLabels(text, e.countries)
	voteCodiceFiscale(text, e.countries)
	voteLegalForms(text, e.countries)
	voteNames(text, e.countries)
	voteSubdivisions(text, e.countries)
	voteCities(text, e.countries)
	e.voteCurrencies(text)
	voteDomains(text, e.countries)
	votePostcodes(text, e.countries)
	e.language = pageTextLanguage(text)
	voteLanguage(e.language, e.countries)
	return e
}

// pageTextLanguage is the language text is written in: the one
// language that its month and weekday names share (monthLanguage), else
// the language most of its function words belong to (stopwordLanguage);
// "" when there is none.
func pageTextLanguage(text string) string {
	if l := monthLanguage(text); l != "" {
		return l
	}
	return stopwordLanguage(text)
}

// voteLanguage votes for the likely region of the page's language l. No
// vote when there is none, or when it is English (written everywhere).
func voteLanguage(l string, votes map[string]float64) {
	if l == "" || l == "en" {
		return
	}
	if r, conf := language.Make(l).Region(); conf != language.No {
		votes[r.String()] += regionVoteLanguage
	}
}

// monthLanguage is the one language that all month and weekday names of
// four letters or more in text belong to, when there are two different
// names or more; "" otherwise.
func monthLanguage(text string) string {
	var common map[string]bool
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		hits := append(entity.LookupMonth(w), entity.LookupWeekday(w)...)
		langs := map[string]bool{}
		for _, h := range hits {
			if !h.Abbr { // "März" is also a prefix of Italian "marzo"
				langs[h.Lang] = true
			}
		}
		if len(langs) == 0 {
			continue
		}
		seen[strings.ToLower(w)] = true
		common = narrowLanguages(common, langs)
	}
	if len(seen) < 2 || len(common) != 1 {
		return "" // one word ("Mars" on an English page) is no evidence
	}
	for l := range common {
		return l
	}
	return ""
}

// Function-word evidence: each function word of the page counts for the
// languages whose lists hold it, shared equally among them (a word of one
// language counts fully, "de" of sixteen counts little). A language is the
// page's when it gathers at least stopMinWeight and stopMargin times as
// much as any other (Spanish and Galician, Malay and Indonesian share
// many words).
const (
	stopMinWeight = 3
	stopMargin    = 1.25
)

// stopwordLanguage is the language of most of text's function words
// (lexicon.StopwordLanguages), "" when no language leads clearly.
func stopwordLanguage(text string) string {
	weight := map[string]float64{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if n := utf8.RuneCountInString(w); n > 1 && n <= 3 && strings.ToUpper(w) == w {
			continue // a code or an acronym ("KES", a currency, is no Malay "kes")
		}
		if len(entity.LookupMonth(w)) > 0 || len(entity.LookupWeekday(w)) > 0 {
			continue // a date's name is no function word: its language is the dates' to settle ("Nov" is on Malay's list)
		}
		langs := lexicon.StopwordLanguages(w)
		for _, l := range langs {
			weight[l] += 1 / float64(len(langs))
		}
	}
	best, second := "", 0.0
	for l, v := range weight {
		if best == "" || v > weight[best] || v == weight[best] && l < best {
			if best != "" {
				second = max(second, weight[best])
			}
			best = l
		} else {
			second = max(second, v)
		}
	}
	if best == "" || weight[best] < stopMinWeight || weight[best] < stopMargin*second {
		return ""
	}
	return best
}

// pageCountries returns the countries the page's evidence points to, the
// best supported first; empty when there is none.
func pageCountries(in *Input) []string {
	return rankRegions(in.evidence().countries)
}

// pageRegions ranks the regions the phone numbers of in are likely written
// in, best first: the regions the page's evidence votes for and fallback
// (always present), at most regionMax.
func pageRegions(in *Input, fallback string) []string {
	fallback = strings.ToUpper(strings.TrimSpace(fallback))
	e := in.evidence()
	votes := map[string]float64{fallback: regionFallbackScore}
	for _, m := range []map[string]float64{e.countries, e.plans} {
		for r, v := range m {
			votes[r] += v
		}
	}
	out := rankRegions(votes)
	if len(out) > regionMax {
		out = out[:regionMax]
		if !regionIn(out, fallback) {
			out[regionMax-1] = fallback
		}
	}
	return out
}

// rankRegions orders the voted regions by votes, then by code.
func rankRegions(votes map[string]float64) []string {
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
func (e *pageEvidence) voteCallingCodes(text string) {
	for _, loc := range regionCallingCodeRe.FindAllStringSubmatchIndex(text, -1) {
		d := text[loc[2]:loc[3]]
		if d[0] == '0' {
			continue // "000750673920": no calling code starts with 0
		}
		if !strings.Contains(text[loc[0]:loc[2]], "+") {
			if n, groups := regionDialledDigits(text[loc[2]:]); n < regionIDDMinDigits || groups < 2 {
				// "0012/KSR/2019", "007225003712": a code, not a
				// number dialled abroad (written in groups).
				continue
			}
		}
		for n := 1; n <= len(d); n++ {
			cc, _ := strconv.Atoi(d[:n])
			if r := phonenumbers.GetRegionCodeForCountryCode(cc); r != "" && r != "ZZ" && r != "001" {
				if n == 1 && len(phonenumbers.GetRegionCodesForCountryCode(cc)) > 1 {
					e.plans[r] += regionVoteCallingCode
				} else {
					e.countries[r] += regionVoteCallingCode
				}
				break
			}
		}
	}
}

// regionIDDMinDigits is the fewest digits after "00" that make a number
// dialled abroad: a calling code and a national number.
const regionIDDMinDigits = 8

// regionDialledDigits counts the digits and the digit groups of the
// phone number that starts s: digits, spaces and the separators "-", ".",
// "(", ")".
func regionDialledDigits(s string) (n, groups int) {
	inGroup := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			n++
			if !inGroup {
				groups++
			}
			inGroup = true
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
			inGroup = false
		default:
			return n, groups
		}
	}
	return n, groups
}

// regionIBANRe finds the start of an IBAN, as patIBAN reads it;
// regionIBANLabelRe the country code of one after its label, however OCR
// read the rest.
var (
	regionIBANRe      = regexp.MustCompile(`\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]`)
	regionIBANLabelRe = regexp.MustCompile(`\bIBAN:?\s+([A-Z]{2})\d{2}`)
)

// voteIBANs votes for the country of each IBAN that is valid or follows
// an "IBAN" label.
func voteIBANs(text string, votes map[string]float64) {
	if !regionIBANRe.MatchString(text) {
		return
	}
	for line := range strings.SplitSeq(text, "\n") {
		starts := map[int]bool{}
		for _, m := range patIBAN(line) {
			if checksum.IBANValid(strings.ReplaceAll(line[m.Start:m.End], " ", "")) {
				starts[m.Start] = true
			}
		}
		for _, m := range regionIBANLabelRe.FindAllStringSubmatchIndex(line, -1) {
			starts[m[2]] = true
		}
		for at := range starts {
			if r := line[at : at+2]; phonenumbers.GetCountryCodeForRegion(r) != 0 {
				votes[r] += regionVoteIBAN
			}
		}
	}
}

// A VAT number: a country code and eight to twelve digits ("IT98447750512",
// "DE123456789") on the line of its label or next to it (OCR may put a
// value's line before its label's). The label words are the names of the
// tax in the languages the detector reads.
var (
	regionVATLabelRe = regexp.MustCompile(`(?i)\b(?:vat|iva|tva|ust|mwst|btw|moms|nif|cif)\b`)
	// A VAT number may be written in dotted groups ("BE 0412.345.678").
	regionVATRe = regexp.MustCompile(`\b([A-Z]{2}) ?\d(?:\.?\d){7,11}\b`)
)

// voteVATs votes for the country of each VAT number next to its label:
// the issuer's, as an IBAN's.
func voteVATs(text string, votes map[string]float64) {
	if !regionVATLabelRe.MatchString(text) {
		return
	}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if !regionVATLabelRe.MatchString(line) {
			continue
		}
		for j := max(0, i-1); j <= min(len(lines)-1, i+1); j++ {
			for _, m := range regionVATRe.FindAllStringSubmatch(lines[j], -1) {
				if r := m[1]; phonenumbers.GetCountryCodeForRegion(r) != 0 {
					votes[r] += regionVoteName
				}
			}
		}
	}
}

// taxLabelCountries are the labels of tax and company register numbers
// and of personal identity numbers that few countries print, with those
// countries ("MVA" and "Org.nr." of a Norwegian firm, "CUIT" of an
// Argentinian one, "PESEL" of a Polish resident). Acronyms that other
// fields print too are left out ("RFC", "CPR", "PPS", "BSN", "AVS").
var taxLabelCountries = map[string][]string{
	"pesel": {"PL"}, "amka": {"GR"}, "emšo": {"SI"}, "emso": {"SI"}, "jmbg": {"RS", "BA", "ME", "MK"},
	"tckn": {"TR"}, "hkid": {"HK"}, "cnic": {"PK"}, "aadhaar": {"IN"}, "isikukood": {"EE"}, "hetu": {"FI"},
	"ahv": {"CH"}, "svnr": {"AT"}, "tfn": {"AU"}, "nric": {"SG", "MY"},
	"mva": {"NO"}, "org.nr": {"NO", "SE"}, "orgnr": {"NO", "SE"}, "y-tunnus": {"FI"}, "alv": {"FI"},
	"cvr": {"DK"}, "cvr-nr": {"DK"}, "kvk": {"NL"}, "btw": {"NL", "BE"}, "kdv": {"TR"}, "vkn": {"TR"},
	"dph": {"CZ", "SK"}, "ičo": {"CZ", "SK"}, "dič": {"CZ", "SK"}, "adószám": {"HU"}, "pvm": {"LT"},
	"pvn": {"LV"}, "ddv": {"SI"}, "oib": {"HR"}, "vsk": {"IS"}, "kennitala": {"IS"}, "npwp": {"ID"},
	"gstin": {"IN"}, "abn": {"AU"}, "nzbn": {"NZ"}, "uen": {"SG"}, "cuit": {"AR"}, "cuil": {"AR"},
	"rut": {"CL", "UY"}, "curp": {"MX"}, "cpf": {"BR"}, "cnpj": {"BR"},
	"ruc": {"PE", "EC", "PY"}, "nit": {"CO", "GT", "BO"}, "siret": {"FR"}, "siren": {"FR"},
	"ust-idnr": {"DE"}, "nip": {"PL"}, "cnp": {"RO"}, "cif": {"ES"}, "p.iva": {"IT"},
}

// regionTaxNumberDigits is the fewest digits on a tax label's line: the
// label is one only beside its number.
const regionTaxNumberDigits = 6

// voteTaxLabels votes for the countries of each tax or company register
// label (taxLabelCountries) right before or after a number, a number's
// marker between ("ABN 12 345 678 901", "CNIC No: 35202-4418273-1", not
// "ABN AMRO"), on a line that holds one of
// regionTaxNumberDigits digits or more, the vote shared among them.
func voteTaxLabels(text string, votes map[string]float64) {
	for _, line := range strings.Split(text, "\n") {
		if patDigitCount(line) < regionTaxNumberDigits {
			continue
		}
		toks := strings.Fields(line)
		for i, t := range toks {
			ccs := taxLabelCountries[strings.ToLower(strings.Trim(t, ".:;,()"))]
			next := i + 1
			if next < len(toks) && numberMarker(toks[next]) {
				next++ // "CNIC No: 35202-4418273-1"
			}
			if len(ccs) == 0 || !(next < len(toks) && hasDigit(toks[next]) || i > 0 && hasDigit(toks[i-1])) {
				continue
			}
			for _, cc := range ccs {
				votes[cc] += regionVoteName / float64(len(ccs))
			}
		}
	}
}

// reCodiceFiscale is an Italian tax code: six letters of the name, the
// year of birth, the month's letter, the day (plus 40 for a woman), the
// place's code and the check letter ("GNNRSL68T49D612K").
var reCodiceFiscale = regexp.MustCompile(`\b[A-Z]{6}\d{2}[ABCDEHLMPRST][0-7]\d[A-Z]\d{3}[A-Z]\b`)

// voteCodiceFiscale votes for Italy where its tax code stands, whatever
// its label says ("Cod. Fiscale:", "C.F.").
func voteCodiceFiscale(text string, votes map[string]float64) {
	if reCodiceFiscale.MatchString(text) {
		votes["IT"] += regionVoteName
	}
}

// voteLegalForms votes, as voteLanguage does, for the likely regions of
// the languages whose company types (libpostal) hold a legal form of the
// page of three letters or more ("SPA": Italian and Spanish; "GmbH":
// German), the vote shared among them; English, written everywhere, gets
// none. A form of three letters must be written in capitals or with a
// period: OCR reads specks as such words ("Ges" below a Philippine
// receipt).
func voteLegalForms(text string, votes map[string]float64) {
	seen := map[string]bool{}
	for _, t := range strings.Fields(text) {
		w := strings.Trim(t, ",;:()")
		short := letterCount(w) == 3 && !strings.Contains(w, ".") && !isUpperWord(w)
		if letterCount(w) < 3 || short || seen[strings.ToLower(w)] || !capitalised(w) {
			continue
		}
		seen[strings.ToLower(w)] = true
		langs := lexicon.CompanyTypeLanguages(w)
		if len(langs) == 0 || slices.Contains(langs, "en") {
			continue
		}
		for _, l := range langs {
			if r, conf := language.Make(l).Region(); conf != language.No {
				votes[r.String()] += regionVoteLanguage / float64(len(langs))
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
			if n := display.Regions(t); n != nil && !(t != language.English && englishWordName(n.Name(reg))) {
				add(n.Name(reg), r)
			}
		}
	}
	regionNames = names
}

// englishWordName reports a country's name in another language that is an
// ordinary English word, which an English page writes for something else
// (German "Island" for Iceland: "Victoria Island, Lagos").
func englishWordName(name string) bool {
	return !strings.Contains(name, " ") && isCommonWord(name)
}

// voteNames votes for each country whose name is written on the page
// starting with a capital letter, once per country.
func voteNames(text string, votes map[string]float64) {
	regionNamesOnce.Do(loadRegionNames)
	seen := map[string]bool{}
	capitalisedPhrases(text, regionNameMaxWords, func(phrase string, n int) {
		name := strings.ToLower(phrase)
		r, ok := regionNames[name]
		if !ok {
			r, ok = lexicon.CountryByName(name)
			ok = ok && phonenumbers.GetCountryCodeForRegion(r) != 0
		}
		// A country's name that is also a given name of the curated lists
		// ("Guadalupe", Spanish for Guadeloupe) names a person as often.
		if ok && !seen[r] && !(n == 1 && knownName(phrase)) {
			seen[r] = true
			votes[r] += regionVoteName
		}
	})
}

// subdivisionMaxWords is the most words of a state's or province's name
// that voteSubdivisions looks up ("Andaman and Nicobar Islands").
const subdivisionMaxWords = 4

// voteSubdivisions votes, once per country, for the country of each state
// or province named on the page (lexicon.RegionCountries: "Tamil Nadu",
// "Ontario") when only one country has a region of that name and the name
// is no person's name or ordinary word ("Georgia", "Victoria", "Texas"
// are also names).
func voteSubdivisions(text string, votes map[string]float64) {
	voteNamedPlaces(text, subdivisionMaxWords, lexicon.RegionCountries, lexicon.IsName, votes)
}

// cityVotePopulation is the size from which a city named on a page votes
// for its country: a city that big is known by its name alone.
const cityVotePopulation = 1000000

// voteCities votes, once per country, for the country of each city of
// cityVotePopulation people or more named on the page ("Jakarta",
// "Bengaluru") when only one country has a town of that name and the name
// is no ordinary word nor a name the curated lists hold: the
// many-culture lexicon holds the names of many cities as surnames too
// ("Stockholm").
func voteCities(text string, votes map[string]float64) {
	voteNamedPlaces(text, 2, func(name string) []string {
		if lexicon.PlacePopulation(name) < cityVotePopulation {
			return nil
		}
		return lexicon.PlaceCountries(name)
	}, knownName, votes)
	voteSharedCities(text, votes)
}

// cityShareRatio is how many times the towns of other countries that
// share a city's name the city outnumbers, at least, to be known by the
// name alone.
const cityShareRatio = 50

// voteSharedCities votes, below a full vote (regionVoteSharedCity), for
// the country of a city of cityVotePopulation people or more whose name
// only towns of other countries cityShareRatio times smaller share
// ("Lagos": Nigeria, not Portugal; "Bogota": Colombia, not New Jersey),
// when the name is no common given or family name and no English word
// ("Paris" is a given name too; "Lagos" is a Spanish word). A US page that
// names "Paris, TX 75460" keeps its postcode's full vote.
func voteSharedCities(text string, votes map[string]float64) {
	votePlaces(text, 2, regionVoteSharedCity, func(name string, n int) string {
		pop := lexicon.PlacePopulation(name)
		ccs := lexicon.PlaceCountries(name)
		if pop < cityVotePopulation || len(ccs) < 2 || lexicon.PlaceRunnerUp(name)*cityShareRatio > pop ||
			n == 1 && (knownName(name) || isCommonWord(name)) {
			return ""
		}
		return ccs[0]
	}, votes)
}

// voteNamedPlaces votes, once per country, for the one country that
// countriesOf gives a capitalised phrase of up to maxWords words of text,
// unless the phrase is one word that is also a name (isName) or an
// ordinary word.
func voteNamedPlaces(text string, maxWords int, countriesOf func(string) []string, isName func(string) bool, votes map[string]float64) {
	votePlaces(text, maxWords, regionVoteName, func(name string, n int) string {
		ccs := countriesOf(name)
		if len(ccs) != 1 || n == 1 && (isName(name) || isDictWord(name)) {
			return ""
		}
		return ccs[0]
	}, votes)
}

// votePlaces adds weight, once per country, for the country that
// countryOf gives a capitalised phrase of up to maxWords (n) words of text
// ("" for none), when the country has a numbering plan.
func votePlaces(text string, maxWords int, weight float64, countryOf func(phrase string, n int) string, votes map[string]float64) {
	seen := map[string]bool{}
	capitalisedPhrases(text, maxWords, func(name string, n int) {
		cc := countryOf(name, n)
		if cc == "" || seen[cc] || phonenumbers.GetCountryCodeForRegion(cc) == 0 {
			return
		}
		seen[cc] = true
		votes[cc] += weight
	})
}

// capitalisedPhrases calls fn with each phrase of one to maxWords words of
// text's lines (letters, "-" and "'") that starts with a capitalised word
// and, when longer than one word, is not cut after a lower-case word
// inside the line ("and" of "Andaman and Nicobar Islands" is inside); a
// phrase before a street type names the street ("Little France Crescent").
func capitalisedPhrases(text string, maxWords int, fn func(phrase string, n int)) {
	for line := range strings.SplitSeq(text, "\n") {
		words := strings.FieldsFunc(line, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' })
		for i, w := range words {
			if !isCapitalisedToken(w) {
				continue
			}
			for n := 1; n <= maxWords && i+n <= len(words); n++ {
				if n > 1 && i+n < len(words) && !isCapitalisedToken(words[i+n-1]) {
					continue
				}
				if i+n < len(words) && lexicon.IsStreetType(words[i+n]) {
					continue // a street named after a place: "Little France Crescent"
				}
				fn(strings.Join(words[i:i+n], " "), n)
			}
		}
	}
}

var (
	regionCurrencyOnce sync.Once
	// regionCurrencySymbols maps a currency's symbols and ISO code to the
	// regions that use it, for currencies used by few regions;
	// regionSharedCurrencies does the same for the others (the euro).
	regionCurrencySymbols, regionSharedCurrencies map[string][]string
	// regionNarrowSymbols maps the narrow symbols of letters that CLDR
	// gives a currency of few regions ("RM", "Rp", "Kč", "zł", "Ft") to
	// those regions; they count only beside an amount.
	regionNarrowSymbols map[string][]string
	// regionLetterSigns are the narrow symbols of one letter ("R" of the
	// rand, "K" of the kwacha), a currency's sign only right before an
	// amount.
	regionLetterSigns map[string]bool
)

// loadRegionCurrencies fills regionCurrencySymbols and
// regionSharedCurrencies from CLDR.
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
	few, shared := map[string][]string{}, map[string][]string{}
	narrow, letters := map[string][]string{}, map[string]bool{}
	for u, rs := range byUnit {
		if n := fmt.Sprint(currency.NarrowSymbol(u)); len(n) == 1 && unicode.IsUpper(rune(n[0])) {
			letters[n] = true
		}
		// "Rs" is left out: CLDR gives it to Pakistan, Sri Lanka, Nepal
		// and Mauritius, and India's receipts write it too.
		if n := fmt.Sprint(currency.NarrowSymbol(u)); len(rs) <= regionCurrencyMaxRegions && n != u.String() &&
			utf8.RuneCountInString(n) >= 2 && strings.IndexFunc(n, unicode.IsLetter) >= 0 && n != "Rs" {
			narrow[n] = append(narrow[n], rs...)
		}
	}
	for u, rs := range byUnit {
		m := few
		if len(rs) > regionCurrencyMaxRegions {
			m = shared
		}
		m[u.String()] = append(m[u.String()], rs...)
		// A symbol of letters ("US$") may be a word; one that is the ISO
		// code itself ("DKK") is listed once, so that its regions are not
		// counted twice.
		if sym := fmt.Sprint(currency.Symbol(u)); sym != u.String() && !isASCIIWord(sym) {
			m[sym] = append(m[sym], rs...)
		}
	}
	for s, rs := range few {
		if len(rs) > regionCurrencyMaxRegions {
			delete(few, s) // symbols shared by several currencies
		}
	}
	for n, rs := range narrow {
		if len(rs) > regionCurrencyMaxRegions {
			delete(narrow, n) // one symbol for several currencies ("kr")
		}
	}
	for code, rs := range few {
		// An ISO code names its issuer ("DK" of "DKK"), not the
		// territories that use its currency too (the Faroe Islands,
		// whose three-digit postcodes would be read on a Danish page).
		if i := slices.IndexFunc(rs, func(r string) bool { return strings.HasPrefix(code, r) }); i >= 0 && len(code) == 3 {
			few[code] = rs[i : i+1]
		}
	}
	regionCurrencySymbols, regionSharedCurrencies, regionNarrowSymbols = few, shared, narrow
	regionLetterSigns = letters
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
// words). Glued to the code, the amount has its cents ("USD100.00"): a
// code's letters and digits are a batch's or a lot's ("MRO931", a
// vaccine's batch, is no Mauritanian ouguiya).
var regionCurrencyRe = regexp.MustCompile(`\b[A-Z]{3}(?: \d|\d+[.,]\d{2}\b)|\d[ ]?[A-Z]{3}\b|[^\p{L}\p{N}\s.,:;!?'"()\[\]/\\\-+*#%&@_=<>|~^` + "`" + `$]`)

// speckLeads are the marks of specks that OCR glues to the front of a
// word: dashes and quotes.
const speckLeads = "-–—“”\"'‘’"

// regionNarrowRe finds a short word of letters right before or after an
// amount: a currency's narrow symbol ("RM 13.90", "Rp 56.000", "43,29 zł").
var regionNarrowRe = regexp.MustCompile(`(?:^|[\s(])(\p{L}[\p{L}$]{1,2})\.?[ ]?\d|\d[ ]?(\p{L}{2,3})(?:[\s).,]|$)`)

// voteCurrencies votes once for each currency on the page used by few
// regions, and notes the regions of those used by many.
func (e *pageEvidence) voteCurrencies(text string) {
	regionCurrencyOnce.Do(loadRegionCurrencies)
	seen := map[string]bool{}
	vote := func(rs []string) {
		if seen[rs[0]] {
			return
		}
		seen[rs[0]] = true
		for _, r := range rs {
			e.countries[r] += regionVoteCurrency
		}
	}
	for _, m := range regionNarrowRe.FindAllStringSubmatch(text, -1) {
		// After an amount, capitals are a unit's ("12 KM").
		if rs, ok := regionNarrowSymbols[m[1]+m[2]]; ok && (m[2] == "" || strings.ToUpper(m[2]) != m[2]) {
			vote(rs)
		}
	}
	for _, s := range regionCurrencyRe.FindAllString(text, -1) {
		s = strings.Trim(s, " 0123456789.,")
		if rs, ok := regionSharedCurrencies[s]; ok {
			e.shared = append(e.shared, rs)
		}
		if rs, ok := regionCurrencySymbols[s]; ok {
			vote(rs)
		}
	}
}

// regionDomainRe finds the top-level domain of an e-mail or web address.
// The last label of a host name is its domain ("co.in" is India's); a
// label of one letter is an abbreviation's ("H.No.").
var regionDomainRe = regexp.MustCompile(`(?i)[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.([a-z]{2})(?:\b|/)`)

// voteDomains votes once for each country-code top-level domain of an
// address on the page ("uk" is GB's).
func voteDomains(text string, votes map[string]float64) {
	if !strings.Contains(text, "@") && !strings.Contains(text, "://") && !strings.Contains(strings.ToLower(text), "www") {
		return
	}
	seen := map[string]bool{}
	for _, loc := range regionDomainRe.FindAllStringSubmatchIndex(text, -1) {
		if c := patByte(text, loc[3]); c == '.' || c == ':' {
			continue // an abbreviation: "Sr.No.", "Ref.No:"
		}
		r := strings.ToUpper(text[loc[2]:loc[3]])
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

// reEircode is an Irish Eircode: a routing key ("A96", "D6W") and four
// characters of the letters Eircodes use and digits ("K2X7").
var reEircode = regexp.MustCompile(`(?:^|\s)(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ([0-9AC-FHKNPRTV-Y]{4})(?:$|[\s,.])`)

// eircodeIn reports an Eircode on line whose last four characters mix
// letters and digits, as nearly all do ("A12 3456" is as likely a code).
func eircodeIn(line string) bool {
	for _, m := range reEircode.FindAllStringSubmatch(line, -1) {
		if strings.IndexFunc(m[1], unicode.IsLetter) >= 0 && strings.IndexFunc(m[1], unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// votePostcodes votes for GB when the page has a UK postcode, and for the
// country of each known town written beside a postcode of that country's
// shape ("53200 KUALA LUMPUR", "Toronto, ON M5V 2T6"), as the address
// recognizer reads them (findPostcodes).
func votePostcodes(text string, votes map[string]float64) {
	seen := map[string]bool{}
	vote := func(cc string) {
		if !seen[cc] && phonenumbers.GetCountryCodeForRegion(cc) != 0 {
			seen[cc] = true
			votes[cc] += regionVotePostcode
		}
	}
	for line := range strings.SplitSeq(text, "\n") {
		found := false
		patScan(patUKPostcodeRe, line, func(loc []int) bool {
			found = found || loc[4] < loc[5] // with its space: "SW1A 1AA"
			return true
		})
		if found {
			vote("GB")
		}
		if eircodeIn(line) {
			vote("IE")
		}
		toks := strings.Fields(line)
		for i, t := range toks {
			if rest := strings.TrimLeft(t, speckLeads); rest != "" {
				toks[i] = rest // a speck OCR glued to a town's front: "-Tembisa 1632"
			}
		}
		seg := segment{toks: toks}
		for _, h := range findPostcodes(seg, nil) {
			if h.known && !wordVillage(seg, h, nil) {
				vote(h.cc)
			}
		}
	}
}
