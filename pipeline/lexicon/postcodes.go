package lexicon

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// addressFormat is one country's postcode pattern and address layout from
// Google's Chromium address metadata.
type addressFormat struct {
	postcode *regexp.Regexp
	layout   string   // "%N%n%O%n%A%n%Z %C" style: %A street, %Z postcode, %C town, %S region
	examples []string // sample postcodes
}

//go:embed data/postcodes.tsv
var postcodesData string

var (
	formatsOnce sync.Once
	formats     map[string]addressFormat
)

func loadFormats() {
	formats = map[string]addressFormat{}
	for _, line := range readLines(postcodesData) {
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		re, err := regexp.Compile(`^(?:` + f[1] + `)$`)
		if err != nil {
			continue
		}
		formats[f[0]] = addressFormat{postcode: re, layout: f[2], examples: strings.Split(f[3], ",")}
	}
}

// Postcode returns the postcode pattern of a country (ISO 3166 alpha-2),
// anchored at both ends, or nil when the country has none.
func Postcode(region string) *regexp.Regexp {
	formatsOnce.Do(loadFormats)
	f, ok := formats[strings.ToUpper(region)]
	if !ok {
		return nil
	}
	return f.postcode
}

// PostcodeRegions returns the countries with a postcode pattern, sorted.
func PostcodeRegions() []string {
	formatsOnce.Do(loadFormats)
	out := make([]string, 0, len(formats))
	for cc := range formats {
		out = append(out, cc)
	}
	sort.Strings(out)
	return out
}

// PostcodeExamples returns sample postcodes of a country.
func PostcodeExamples(region string) []string {
	formatsOnce.Do(loadFormats)
	return append([]string(nil), formats[strings.ToUpper(region)].examples...)
}

// AddressLayout returns a country's address layout in the Chromium notation
// ("%N%n%O%n%A%n%Z %C": name, organisation, street lines, postcode and town
// on one line); "" when unknown.
func AddressLayout(region string) string {
	formatsOnce.Do(loadFormats)
	return formats[strings.ToUpper(region)].layout
}

// rePrefixedPostcode is a layout's postcode after its country's letters
// and a hyphen ("L-%Z").
var rePrefixedPostcode = regexp.MustCompile(`([A-Z]{1,3})-%Z`)

// PostcodeCountryPrefix reports letters that a country writes, with a
// hyphen, before its postcodes ("L-1611" in Luxembourg, "CH-8001"): its
// layout's own, or its ISO code.
func PostcodeCountryPrefix(region, letters string) bool {
	region = strings.ToUpper(region)
	if letters == region {
		return true
	}
	m := rePrefixedPostcode.FindStringSubmatch(AddressLayout(region))
	return m != nil && m[1] == letters
}

// reGluedPrefixPostcode is a layout's postcode right after its country's
// letters ("HT%Z" in Haiti, "FO%Z" in the Faroes).
var reGluedPrefixPostcode = regexp.MustCompile(`(?:^|%n)([A-Z]{2,3})%Z`)

// PostcodeGluedPrefix returns the letters a country writes glued before
// its postcodes ("HT" of "HT6120 Delmas"), "" for none.
func PostcodeGluedPrefix(region string) string {
	if m := reGluedPrefixPostcode.FindStringSubmatch(AddressLayout(region)); m != nil {
		return m[1]
	}
	return ""
}

// PostcodeBeforeTown reports whether the country writes the postcode before
// the town on the same line ("75008 Paris"), as opposed to after it or on a
// line of its own.
func PostcodeBeforeTown(region string) bool {
	l := AddressLayout(region)
	z, c := strings.Index(l, "%Z"), strings.Index(l, "%C")
	return z >= 0 && c > z && !strings.Contains(l[z:c], "%n")
}
