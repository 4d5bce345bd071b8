package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Places named by their line's shape: a place-of field ("Ort: Viersen",
// "Lieu de naissance : Mérignac", "Luogo: Cortino") and a letter's
// dateline ("Erfurt, den 22.11.2023", "Nocciano, 20 aprile 2023").

// placeLabels are the field labels whose value is a place, lower case,
// without the colon; birthPlaceLabels those of them that ask for a place
// of birth, a value that is always a place, so any capitalised name
// after them is one (an unlisted village, "Long Rempel").
var (
	birthPlaceList = []string{"geburtsort", "lieu de naissance", "lugar de nacimiento",
		"luogo di nascita", "place of birth", "birthplace", "geboorteplaats", "local de nascimento",
		"místo narození", "miesto narodenia", "miejsce urodzenia"}
	birthPlaceLabels = lowerSet(birthPlaceList)
	placeLabels      = lowerSet(append([]string{"ort", "wohnort", "lieu", "ville", "lugar", "ciudad", "localidad",
		"luogo", "città", "comune", "place", "city", "town", "stadt", "born in", "plaats"}, birthPlaceList...))
)

var (
	// reDateStart is a date at the start of a dateline's rest: "22.11.2023",
	// "19-10-2025", "20 aprile 2023", "2 November 2025", "14 de março de
	// 2024".
	reDateStart = regexp.MustCompile(`^(?:(?:den|le|el|il|the|am)\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4})`)
	// reDateOnly is a date alone: "24/09/1962".
	reDateOnly = regexp.MustCompile(`^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$`)
)

const (
	scorePlaceLabelled = 0.7
	scoreDateline      = 0.65
)

// linePlaces finds the places of place-of fields (beside their label, or
// under it in a table's header row) and datelines.
func linePlaces(in *Input) []Match {
	var out []Match
	heads := placeHeads(in)
	for _, s := range pageSegments(in) {
		if m, ok := labelledPlace(in, s); ok {
			out = append(out, m)
		}
		if m, ok := datelinePlace(in, s); ok {
			out = append(out, m)
		}
		if m, ok := placeUnderHead(in, s, headsAbove(in, s, heads)); ok {
			out = append(out, m)
		}
		if m, ok := bornInPlace(in, s); ok {
			out = append(out, m)
		}
	}
	return out
}

// birthPlacePreps introduce where a person was born, in the languages of
// birthWords.
var birthPlacePreps = lowerSet(strings.Fields(`in at a à en em w v u`))

// birthPlaceReach is how many tokens after the birth word may hold the
// place's preposition (a date may come between: "Nata il: 23/07/1941 a
// Frosinone").
const birthPlaceReach = 6

// bornInPlace reads the place a person was born in: a birth word, then,
// within a few tokens, a preposition and a capitalised name ("born in
// Thika", "nata il 23/07/1941 a Frosinone", "née à Lyon"). A birthplace
// is always a place, so any town words count, but for a month.
func bornInPlace(in *Input, s segment) (Match, bool) {
	for k, t := range s.toks {
		if !birthWords[strings.ToLower(strings.Trim(t, ",.;:"))] {
			continue
		}
		for j := k + 1; j+1 < len(s.toks) && j <= k+birthPlaceReach; j++ {
			if !birthPlacePreps[strings.ToLower(s.toks[j])] {
				continue
			}
			next := strings.Trim(s.toks[j+1], ",.;:")
			if !isCapitalisedToken(next) || calendarWord(next, 1) {
				break
			}
			if e, ok := placeAt(s, j+1, true, true); ok {
				return s.match(in, j+1, e, entity.Location, scorePlaceLabelled), true
			}
			break
		}
	}
	return Match{}, false
}

// placeHeads are, per line, the boxes of the place labels that head a
// column ("Geburtsort", "Place of birth"): a phrase of placeLabels of up
// to four words without a colon (a label with a colon has its value
// beside it).
func placeHeads(in *Input) map[int][]doc.Box {
	out := map[int][]doc.Box{}
	for li, ln := range in.Lines {
		for k := range ln {
			var words []string
			box := doc.Box{}
			for j := k; j < len(ln) && j < k+4; j++ {
				w := in.Page.Words[ln[j]]
				t := strings.TrimSpace(w.Text)
				if strings.HasSuffix(t, ":") {
					break
				}
				words = append(words, t)
				box = box.Union(w.Box)
				if placeLabels[strings.ToLower(strings.Join(words, " "))] {
					if headAlone(in, ln, j) && setApart(in, ln, k, j) && !rowLabel(in, ln, k, j) {
						out[li] = append(out[li], box)
					}
					break
				}
			}
		}
	}
	return out
}

// setApart reports words k..j of line ln that stand apart from the line's
// other words as a table's cell does, or among other heads: "CITY" heads no
// column in "CITY CABS BENGALURU".
func setApart(in *Input, ln []int, k, j int) bool {
	words := in.Page.Words
	head := func(i int) bool { return headWord(coreWord(words[ln[i]].Text)) }
	if j+2 < len(ln) && orgLinkWords[words[ln[j+1]].Text] && isCapitalisedToken(words[ln[j+2]].Text) {
		return false // a name's phrase: "City of Springfield"
	}
	return (k == 0 || head(k-1) || gapWider(words[ln[k-1]].Box, words[ln[k]].Box, 1)) &&
		(j == len(ln)-1 || head(j+1) || gapWider(words[ln[j]].Box, words[ln[j+1]].Box, 1))
}

// rowLabel reports place label words k..j that open line ln before a
// value that no label's word is ("Geboorteplaats   Zwolle"): a row's
// label, whose value stands beside it, no column's head over the next
// row's words.
func rowLabel(in *Input, ln []int, k, j int) bool {
	if k != 0 || j+1 >= len(ln) {
		return false
	}
	return !headWord(coreWord(in.Page.Words[ln[j+1]].Text))
}

// headWord reports a word that a table's head or a field's label is
// made of: a label's, a place label's, a form's or a compound's word.
func headWord(c string) bool {
	low := strings.ToLower(c)
	_, label := exactLabels[low]
	_, keyword := keywordLabel(low)
	return label || keyword || placeLabels[low] || isLabelWord(c) || isFormWord(c) || compoundWord(low)
}

// headAlone reports a column head that ends at word j of line ln: none of
// the next two words ends a longer label with a colon ("Place of birth:").
func headAlone(in *Input, ln []int, j int) bool {
	for k := j + 1; k < len(ln) && k <= j+2; k++ {
		if strings.HasSuffix(strings.TrimSpace(in.Page.Words[ln[k]].Text), ":") {
			return false
		}
	}
	return true
}

// headsAbove are the place heads of the line right above segment s, and
// of the line above that when the line between holds another column's
// head printed a little lower ("Geburtsort" and "Geburtsdatum" over
// "Esslingen am Neckar" and "11.03.1963"): a head whose bottom is less than
// two of its heights above the segment.
func headsAbove(in *Input, s segment, heads map[int][]doc.Box) []doc.Box {
	out := heads[s.line-1]
	top := in.Page.Words[s.words[0]].Box.Top
	for _, h := range heads[s.line-2] {
		if gap := top - h.Bottom(); gap >= 0 && gap < 2*h.Height {
			out = append(out, h)
		}
	}
	return out
}

// placeUnderHead reads the place in segment s under one of the place
// labels of the line above (heads): the word that starts under a head.
func placeUnderHead(in *Input, s segment, heads []doc.Box) (Match, bool) {
	for _, h := range heads {
		for k, wi := range s.words {
			b := in.Page.Words[wi].Box
			if b.Left+b.Width/2 < h.Left || b.Left >= h.Right() {
				continue
			}
			if k > 0 && in.Page.Words[s.words[k-1]].Box.Right() > h.Left {
				break // the word before runs under the head: not the cell's start
			}
			if c := coreWord(s.toks[k]); isLabelWord(c) || idLabelKind(c) == 'l' {
				break // the next row's label ("Steuer-ID"), no place
			}
			if e, ok := placeAt(s, k, true, false); ok {
				return s.match(in, k, e, entity.Location, scorePlaceLabelled), true
			}
			break
		}
	}
	return Match{}, false
}

// labelledPlace reads "Label: Town" where the label names a place: at the
// segment's start, or after another field's value ("Date of birth:
// 02/06/1977 Place of birth: Lake Havasu City").
func labelledPlace(in *Input, s segment) (Match, bool) {
	for p := range s.toks {
		if p > 0 && !endsClause(s.toks[p-1]) && s.toks[p-1] != ":" && !isCapitalisedToken(s.toks[p]) {
			continue
		}
		if m, ok := placeAfterLabel(in, s, p); ok {
			return m, true
		}
	}
	return Match{}, false
}

// placeAfterLabel reads the place after a place label of up to four words
// that starts at token p and ends with a colon.
func placeAfterLabel(in *Input, s segment, p int) (Match, bool) {
	for k := p; k < len(s.toks)-1 && k < p+4; k++ {
		if !strings.HasSuffix(s.toks[k], ":") && s.toks[k+1] != ":" {
			continue
		}
		label := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.Join(s.toks[p:k+1], " "), ":")))
		if !placeLabels[label] {
			return Match{}, false
		}
		j := k + 1
		if s.toks[j] == ":" {
			j++
		}
		if e, ok := placeAt(s, j, false, birthPlaceLabels[label]); ok {
			return s.match(in, j, e, entity.Location, scorePlaceLabelled), true
		}
		return Match{}, false
	}
	return Match{}, false
}

// datelinePlace reads "Town, <date>" at the start of a segment, or
// "Town den <date>" as Swedish and Danish write it.
func datelinePlace(in *Input, s segment) (Match, bool) {
	for k := 0; k < len(s.toks)-1 && k < maxTownWords; k++ {
		if !strings.HasSuffix(s.toks[k], ",") && s.toks[k+1] != "den" {
			continue
		}
		if !reDateStart.MatchString(strings.Join(s.toks[k+1:], " ")) {
			return Match{}, false
		}
		if s.toks[k+1] == "den" && k == 0 && (letterCount(s.toks[0]) < 3 || len(lexicon.StopwordLanguages(s.toks[0])) > 0) {
			return Match{}, false // "Vi den 3 mars": a sentence
		}
		if e, ok := placeAt(s, 0, true, false); ok && e == k {
			return s.match(in, datelineTownStart(s.toks, k), k, entity.Location, scoreDateline), true
		}
		if e, ok := placeAt(s, 0, true, true); ok && e == k && unlistedDatelineTown(s.toks[:k+1]) {
			return s.match(in, 0, k, entity.Location, scoreDateline), true
		}
		return Match{}, false
	}
	return Match{}, false
}

// unlistedDatelineTown reports the words before a dateline's comma as a
// town that no list holds ("Bruno, 12 luglio 2021", "Champigny-sur-Marne,
// 22/06/2024"): one or two capitalised words, none an ordinary word that
// no name list holds ("Date, 12/06/2024", "Total, …"), a calendar's word
// or a label ("Monday, 12 May" is a date).
func unlistedDatelineTown(toks []string) bool {
	if len(toks) > 2 {
		return false
	}
	for i, t := range toks {
		core := coreWord(t)
		low := strings.ToLower(core)
		_, keyword := keywordRule(low)
		ordinary := keyword || isDictWord(core) && !lexicon.IsName(low)
		if !capitalised(core) || letterCount(core) < 3 || ordinary || calendarWord(core, i) || isLabelWord(core) || isFormWord(core) {
			return false
		}
	}
	return true
}

// datelineTownStart is the first of words 0 to k that starts a known place
// ending at word k, when the whole run is none: a heading before a
// dateline's town on its line ("ORDONNANCE Lyon, le 2 décembre 2026").
func datelineTownStart(toks []string, k int) int {
	name := func(j int) string { return strings.TrimRight(strings.Join(toks[j:k+1], " "), ",") }
	if lexicon.PlaceCountries(name(0)) != nil {
		return 0
	}
	for j := 1; j <= k; j++ {
		if lexicon.PlaceCountries(name(j)) != nil {
			return j
		}
	}
	return 0
}

// placeAt reads a place's name from token j: town words, a known place or
// one with a word that is no ordinary word (any town words when sure, after
// a label that asks for a place of birth). With toComma the name ends at
// the first comma.
func placeAt(s segment, j int, toComma, sure bool) (int, bool) {
	names := townRun(s, j, 1)
	if len(names) == 0 {
		return 0, false
	}
	name := names[len(names)-1]
	end := j + len(strings.Fields(name)) - 1
	if !toComma && end+1 < len(s.toks) && !strings.HasPrefix(s.toks[end+1], "(") {
		return 0, false // more than a place follows: not a place field
	}
	if !sure && lexicon.PlaceCountries(name) == nil && !plausibleTown(name) {
		return 0, false
	}
	return regionAfter(s, end), true
}
