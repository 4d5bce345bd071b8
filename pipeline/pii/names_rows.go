package pii

import (
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Numbered rows of persons: a list of witnesses, signatories or staff
// numbers its rows ("1. Johanna Gaoses   ID 85112700512", "2. Petrus
// Nghidinwa   ID 79020500289"), or opens them with each one's code
// ("8804125174083   VAN WYK   Jan-Hendrik   R 18 900.00"). A name found right after one row's number
// makes the words of name shape in the same place of the next rows and
// the previous ones names too, when the rows go on alike.

// siblingNameMaxWords is the most words of a sibling row's name.
const siblingNameMaxWords = 4

// siblingRowNames finds the names of the rows next to those of found
// persons' rows, and of the rows next to those, as long as the rows go
// on alike.
func siblingRowNames(in *Input, pos map[int][2]int, found []Match) []Match {
	var out []Match
	seen := map[int]bool{} // the lines whose name is read
	queue := slices.Clone(found)
	for i := 0; i < len(queue); i++ {
		m := queue[i]
		if m.Type != entity.Person {
			continue
		}
		ws := in.WordsInSpan(m.Start, m.End)
		if len(ws) == 0 {
			continue
		}
		at := pos[ws[0]]
		end := pos[ws[len(ws)-1]]
		ln := in.Lines[at[0]]
		if at[1] != nameAfterLead(in, ln) || end[0] != at[0] {
			continue
		}
		seen[at[0]] = true
		next := ""
		if end[1]+1 < len(ln) {
			next = strings.TrimSpace(in.Page.Words[ln[end[1]+1]].Text)
		}
		for _, li := range []int{at[0] - 1, at[0] + 1} {
			if li < 0 || li >= len(in.Lines) || seen[li] {
				continue
			}
			if s, e, ok := siblingName(in, in.Lines[li], in.Page.Words[ws[0]].Box.Left, next); ok {
				seen[li] = true
				sib := Match{Type: entity.Person, Start: s, End: e, Score: m.Score, Source: "names:rows"}
				out, queue = append(out, sib), append(queue, sib)
			}
		}
	}
	return out
}

// rowLead reports what opens a row of persons: its number, or the
// person's own code before the name ("8804125174083   VAN WYK
// Jan-Hendrik", an identity or a passport number).
func rowLead(t string) bool {
	if reRowNumber.MatchString(t) {
		return true
	}
	core := idCore(t)
	return len(core) >= 6 && countDigits(core) >= 5 && idCodeChars(core)
}

// siblingName is the span of the name on row ln: a row's lead, then words
// of a name's shape from within a text height of left, ending where the
// found row's name ends (before the word next, its marks aside, or the
// row's end).
func siblingName(in *Input, ln []int, left int, next string) (s, e int, ok bool) {
	words := in.Page.Words
	first := nameAfterLead(in, ln)
	if first < 0 || len(ln) < first+2 || abs(words[ln[first]].Box.Left-left) > words[ln[first]].Box.Height {
		return 0, 0, false
	}
	k := first
	same := func(k int) bool { return coreWord(words[ln[k]].Text) == coreWord(next) } // "R=" read for "R"
	for k < len(ln) && k-first < siblingNameMaxWords && !same(k) && siblingNameWord(words, ln, k) {
		k++
	}
	if k < first+2 || k < len(ln) && !same(k) || k == len(ln) && next != "" {
		return 0, 0, false
	}
	allDict := true
	for _, wi := range ln[first:k] {
		allDict = allDict && isDictWord(coreWord(words[wi].Text)) && !knownName(coreWord(words[wi].Text))
	}
	if allDict {
		return 0, 0, false // "3. Total Amount": a row of ordinary words
	}
	return in.WordStart[ln[first]], in.WordEnd[ln[k-1]], true
}

// siblingNameWord reports word k of row ln as a name's: of a name's
// shape, or a surname's particle or a speck before one ("VAN WYK").
func siblingNameWord(words []doc.Word, ln []int, k int) bool {
	core := coreWord(words[ln[k]].Text)
	if frameNameShape(core) {
		return true
	}
	if k > 0 && k+1 < len(ln) && !hasAlnum(words[ln[k]].Text) {
		return frameNameShape(coreWord(words[ln[k+1]].Text)) // a speck between the name's words: "VAN WYK _ Jan-Hendrik"
	}
	return nameParticles[strings.ToLower(core)] && k+1 < len(ln) && frameNameShape(coreWord(words[ln[k+1]].Text))
}

// nameAfterLead is the index in ln of the word after the row's lead and
// an aside in brackets after it ("EN482917 (ZWE)   MOYO", a passport and
// its country), -1 when ln opens with no lead.
func nameAfterLead(in *Input, ln []int) int {
	if len(ln) < 2 || !rowLead(in.Page.Words[ln[0]].Text) {
		return -1
	}
	if t := strings.TrimSpace(in.Page.Words[ln[1]].Text); len(ln) > 2 && strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		return 2
	}
	return 1
}
