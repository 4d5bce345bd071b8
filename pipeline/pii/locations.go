package pii

import (
	"regexp"
	"strings"
	"sync"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/entity/gazetteer"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Places in running text: "our office in Fresno", "held at our offices in
// Los Angeles". A locative preposition followed by a capitalised name is a
// place; the gazetteer's US cities and states make it certain, and an
// unknown name needs the NER model to agree (the analyzer raises the score
// when both find it).

var (
	placesOnce sync.Once
	// places maps a lower-case place name to its number of words.
	places       map[string]int
	placeMaxWord int
)

func loadPlaces() {
	placesOnce.Do(func() {
		places = map[string]int{}
		// Towns only: a state or a country alone ("in Texas") names no
		// one.
		for _, list := range [][]string{gazetteer.Cities} {
			for _, p := range list {
				if strings.ContainsAny(p, "/-") {
					continue // "Louisville/Jefferson": an administrative name
				}
				n := len(strings.Fields(p))
				places[strings.ToLower(p)] = n
				placeMaxWord = max(placeMaxWord, n)
			}
		}
	})
}

// locPrepositions introduce a place. "From" does so only where a person
// comes from (personOrigin): "respondents from Buffalo" say where a group
// is, and "a referral from Jackson" names a person.
var locPrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "around": true}

const (
	locGazetteerScore = 0.7
	locUnknownScore   = 0.45
	// locTownRegionScore is a known town with its region's name, surer
	// than a name written "Last, First" ("Springfield, Illinois").
	locTownRegionScore = 0.8
)

// LocationRecognizer finds places named after a locative preposition.
type LocationRecognizer struct{}

// Name implements Recognizer.
func (LocationRecognizer) Name() string { return "places" }

// Recognize implements Recognizer.
func (LocationRecognizer) Recognize(in *Input) []Match {
	loadPlaces()
	loadNameLists()
	h := medianHeight(in.Page)
	var out []Match
	for _, ln := range in.Lines {
		text, near := lineWordText(in.Page.Words, ln), nameNear(in.Page.Words, ln, h)
		for k := 0; k+1 < len(ln); k++ {
			prep := strings.ToLower(text(k))
			if !locPrepositions[prep] && prep != "on" && !(prep == "from" && personOrigin(text, k)) {
				continue
			}
			// The capitalised words after it, up to a clause break.
			var name []string
			e := k
			for j := k + 1; j < len(ln) && j <= k+placeMaxWord+1; j++ {
				if !near(j - 1) {
					break
				}
				t := text(j)
				core := strings.TrimRight(t, ".,;:!?)")
				if !locNameWord(core) {
					break
				}
				name = append(name, core)
				e = j
				if core != t {
					break // punctuation ends the name
				}
			}
			if len(name) == 0 {
				continue
			}
			known := knownPlacePrefix(name)
			switch {
			case proseStreet(name) && proseLine(ln, in.Page.Words):
				// In running text, not a heading in title case ("Notes on
				// Data Drive").
				out = append(out, Match{Type: entity.Address, Start: in.WordStart[ln[k+1]], End: in.WordEnd[ln[e]], Score: locGazetteerScore, Source: "places:street"})
			case prep == "on":
				// "On" introduces a street only ("on Monday", "on Lincoln").
			case known > 0:
				out = append(out, Match{Type: entity.Location, Start: in.WordStart[ln[k+1]], End: in.WordEnd[ln[k+known]], Score: locGazetteerScore, Source: "places"})
			case len(name) <= 2 && !anyCommon(name):
				out = append(out, Match{Type: entity.Location, Start: in.WordStart[ln[k+1]], End: in.WordEnd[ln[e]], Score: locUnknownScore, Source: "places"})
			}
			k = e
		}
	}
	out = append(out, townRegionPlaces(in)...)
	out = append(out, townBeforeInstitution(in)...)
	return append(out, linePlaces(in)...)
}

// proseStreet reports a street's name without its number after a
// preposition ("lives on Maple Ridge Road", "a shop in Church Lane"):
// capitalised words ended by a thoroughfare's type, no determiner first
// ("on The Way"). A centre, plaza, square or court names a place or an
// institution as often.
func proseStreet(name []string) bool {
	last := strings.ToLower(name[len(name)-1])
	return len(name) >= 2 && streetSuffixes[last] && !placeSuffixes[last] && len(lexicon.StopwordLanguages(strings.ToLower(name[0]))) == 0
}

// placeSuffixes are the street suffixes that also end the names of
// places and institutions ("Lincoln Center", "Union Square", "Crown Court").
var placeSuffixes = lowerSet(strings.Fields(`center ctr plaza plz square sq court ct`))

// originWords before "from" tell where a person comes from: a pronoun or
// the patient, a move, a native or resident, a worker.
var originWords = lowerSet(strings.Fields(`he she who patient pt moved relocated emigrated immigrated
	originally native resident worker`))

// personOrigin reports a person's origin at "from" (word k of the line):
// one of the three words before it is an originWords' ("a retired postal
// worker from Cedar Falls", "she recently moved from Eau Claire").
func personOrigin(text func(int) string, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if originWords[strings.ToLower(strings.Trim(text(j), ".,;:"))] {
			return true
		}
	}
	return false
}

// reTownRegion is a capitalised name of up to three words, a comma and
// another: a town and its region in running text ("from Scranton,
// Pennsylvania"), the comma's line break allowed.
var reTownRegion = regexp.MustCompile(`\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2},\s+\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}`)

// townRegionPlaces finds a town written with its region's full name,
// where the gazetteer has the town in a country that has the region
// ("Scranton, Pennsylvania", "Boise, Idaho"), or with its region's code
// ("Garden Grove, CA"): a place with or without a preposition before it.
func townRegionPlaces(in *Input) []Match {
	var out []Match
	for _, loc := range reTownRegion.FindAllStringIndex(in.Text, -1) {
		town, region, _ := strings.Cut(in.Text[loc[0]:loc[1]], ",")
		town, region = strings.TrimSpace(town), strings.TrimSpace(region)
		// The region's words may run on into the sentence: try its
		// longest known prefix.
		ws := strings.Fields(region)
		if code := strings.TrimRight(ws[0], ".,;:"); townAndRegionCode(town, code) && lexicon.PlacePopulation(town) >= locTownPopulation {
			// "from Garden Grove, CA who lives": the region's code
			end := loc[0] + strings.Index(in.Text[loc[0]:], ",") + 1
			end += strings.Index(in.Text[end:], code) + len(code)
			out = append(out, Match{Type: entity.Location, Start: loc[0], End: end, Score: locTownRegionScore, Source: "places"})
			continue
		}
		for n := len(ws); n >= 1; n-- {
			name := strings.Join(ws[:n], " ")
			if len(name) < 4 || strings.ToUpper(name) == name || !placeInRegion(town, name) {
				continue
			}
			end := loc[0] + strings.Index(in.Text[loc[0]:], ",") + 1
			end += strings.Index(in.Text[end:], name) + len(name)
			out = append(out, Match{Type: entity.Location, Start: loc[0], End: end, Score: locTownRegionScore, Source: "places"})
			break
		}
	}
	return out
}

// placeInRegion reports a town that the gazetteer has in a country with a
// region of that name.
func placeInRegion(town, region string) bool {
	for _, cc := range lexicon.RegionCountries(region) {
		if lexicon.IsPlaceIn(town, cc) {
			return true
		}
	}
	return false
}

// locTownPopulation is the size from which a town of any country is
// known enough to be read as a place in running text ("in Bozeman"; not
// "at Christmas", a town of about a thousand).
const locTownPopulation = 10000

// locPhrasePopulation is the size from which a town whose name is two
// words or more is a place though its words are dictionary words ("in
// Cedar Falls", "in Grand Rapids"): such a phrase is rarely anything else.
const locPhrasePopulation = 25000

// knownPlacePrefix is the number of words of the longest prefix of name
// that is a known place: a town of the gazetteer, or a town of any country
// of locTownPopulation or more none of whose words is a dictionary word
// ("in Bozeman", not "in Reading"), or of locPhrasePopulation or more and
// two words at least. 0 when none is.
func knownPlacePrefix(name []string) int {
	for n := len(name); n >= 1; n-- {
		p := strings.Join(name[:n], " ")
		if places[strings.ToLower(p)] == n {
			return n
		}
		if pop := lexicon.PlacePopulation(p); pop >= locTownPopulation && !anyDictWord(name[:n]) ||
			n >= 2 && pop >= locPhrasePopulation {
			return n
		}
	}
	return 0
}

func anyDictWord(ws []string) bool {
	for _, w := range ws {
		if isDictWord(w) {
			return true
		}
	}
	return false
}

// locNameWord reports whether t can be a word of a place name: capitalised,
// letters only (and inner "-", "'", "."), no month or weekday.
func locNameWord(t string) bool {
	if len(t) < 2 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	for _, c := range t {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '\'' || c == '.') {
			return false
		}
	}
	n := normWord(t)
	return !monthNames[n] && !weekdays[n] && !orgNonName[n] && !reTitleWord.MatchString(t)
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// weekdayAbbrevs are the English weekdays' abbreviations that a rota or a
// timetable prints in the columns after a name ("Sun" is a surname too).
var weekdayAbbrevs = lowerSet(strings.Fields(`mon tue tues wed thu thur thurs fri sat`))

// weekdayWord reports a weekday, written whole or abbreviated.
func weekdayWord(w string) bool {
	n := normWord(w)
	return weekdays[n] || weekdayAbbrevs[n]
}

func anyCommon(ws []string) bool {
	for _, w := range ws {
		if isCommonWord(w) {
			return true
		}
	}
	return false
}

// locDeterminers open a noun phrase whose first word may be a town: "the
// Chelmsford clinic", "our Denver office".
var locDeterminers = map[string]bool{"the": true, "our": true, "their": true, "his": true, "her": true, "its": true}

// locSiteNouns are the lower-case nouns of a site that a town before them
// names ("the Chelmsford clinic"), beside the institutions' heads.
var locSiteNouns = map[string]bool{"office": true, "offices": true, "branch": true, "site": true, "plant": true,
	"campus": true, "store": true, "depot": true, "warehouse": true, "ward": true}

// townBeforeInstitution finds a known town used as a site's name in
// running text: after a determiner and before a lower-case institution's
// or site's noun ("seen at the Chelmsford clinic", "our Denver office").
func townBeforeInstitution(in *Input) []Match {
	loadPlaces()
	var out []Match
	for li, ln := range in.Lines {
		text := lineWordText(in.Page.Words, ln)
		// The word before the first is the previous line's last: "at the"
		// may end the line above.
		before := func(k int) string {
			switch {
			case k > 0:
				return text(k - 1)
			case li > 0 && len(in.Lines[li-1]) > 0:
				prev := in.Lines[li-1]
				return strings.TrimSpace(in.Page.Words[prev[len(prev)-1]].Text)
			}
			return ""
		}
		for k := 0; k+1 < len(ln); k++ {
			noun := strings.TrimRight(text(k+1), ".,;:")
			if !locDeterminers[strings.ToLower(before(k))] || noun != strings.ToLower(noun) ||
				!orgInstHeads[noun] && !locSiteNouns[noun] {
				continue
			}
			if t := text(k); locNameWord(t) && knownPlacePrefix([]string{t}) == 1 {
				out = append(out, Match{Type: entity.Location, Start: in.WordStart[ln[k]], End: in.WordEnd[ln[k]], Score: locGazetteerScore, Source: "places"})
			}
		}
	}
	return out
}
