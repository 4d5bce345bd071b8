package pii

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/brianvoe/gofakeit/v7/data"
)

// Name lists: first and last names from gofakeit's person data, minus the
// names that are also common English or form words ("Will", "May", "Price",
// "Ward"), which only count as names with stronger evidence (a title or
// initials).
var (
	nameListsOnce sync.Once
	firstNames    map[string]bool
	lastNames     map[string]bool
	commonWords   map[string]bool
	formWordSet   map[string]bool
)

// formWords are words common on business forms and letters that start with a
// capital letter in headings and labels but are not names.
var formWords = strings.Fields(`
a an the and or of to for from by with in on at as per via re cc attn attention
account accounts acct action actual address administration administrative advertising
agency agreement allowance amount analysis annual application approval approved april
area assistant associate attached august authorization authorized avenue balance bank
bill billing blvd board box brand brands budget building business buyer call campaign
center central change charge charges check city claim class client code comments
company complete completed confidential contact contract control copy corporate
corporation cost costs council county credit customer daily data date dated days
december delivery department dept description design development director display
distribution district division doc document due east effective employee end enclosed
estimate event expense expenses express fax february federal field file final finance
financial first fiscal floor form forms friday full general government grand group
headquarters health home hotel inc incorporated information institute insurance
internal international invoice issue item items january july june laboratory lab last
law legal letter limited list local ltd mail manager manufacturing march market
marketing material may media medical meeting memo memorandum message method middle
monday month national new no north note notes number november office officer order
original page paid part payment period personal phone place plan plant please point
policy post premium president price print private product production products program
programs project promotion proposal purchase quantity quarter rate received record
records reference region regional report request requested research retail return
review road room route sales saturday schedule school science section security send
sender september service services sheet ship shipping south special staff standard
state statement states status street study subject summary sunday supervisor supply
support system table tax technical telephone tel terms test thursday time title
tobacco total trade tuesday type unit united university vice volume wednesday week
west year yes yours sincerely dear regards thank thanks sir madam today tomorrow
please pages including cover transmission facsimile urgent original copies following
`)

func loadNameLists() {
	nameListsOnce.Do(func() {
		commonWords = map[string]bool{}
		for _, ws := range data.Word {
			for _, w := range ws {
				if !strings.Contains(w, " ") {
					commonWords[strings.ToLower(w)] = true
				}
			}
		}
		formWordSet = map[string]bool{}
		for _, w := range formWords {
			commonWords[w] = true
			formWordSet[w] = true
		}
		firstNames = map[string]bool{}
		for _, key := range []string{"first", "middle"} {
			for _, n := range data.Person[key] {
				if l := strings.ToLower(n); !commonWords[l] {
					firstNames[l] = true
				}
			}
		}
		lastNames = map[string]bool{}
		for _, n := range data.Person["last"] {
			if l := strings.ToLower(n); !commonWords[l] {
				lastNames[l] = true
			}
		}
	})
}

// isFirstName, isLastName and isCommonWord look a word up, case-insensitively,
// with surrounding punctuation removed.
func isFirstName(w string) bool { loadNameLists(); return firstNames[normWord(w)] }
func isLastName(w string) bool  { loadNameLists(); return lastNames[normWord(w)] }
func isFormWord(w string) bool  { loadNameLists(); return formWordSet[normWord(w)] }
func isCommonWord(w string) bool {
	loadNameLists()
	return commonWords[normWord(w)]
}

// NameRecognizer finds person names by form: a title followed by capitalised
// words ("Dr. Alan Smith"), initials before a surname ("R. B. Spell",
// "J.S. Hartwell"), "Last, First" ("Spell, Robert") and runs of two or three
// capitalised or upper-case words scored against name lists.
type NameRecognizer struct{}

// Name implements Recognizer.
func (NameRecognizer) Name() string { return "names" }

const (
	nameWord  = `[A-Z][A-Za-z'\-]*[a-zA-Z]`
	upperWord = `[A-Z][A-Z'\-]*[A-Z]`
)

var (
	reTitled = regexp.MustCompile(`\b((?:Mr|Mrs|Ms|Miss|Dr|Prof|MR|MRS|MS|DR|PROF)\.?\s+((?:[A-Z]\.\s?)*` + nameWord + `(?:\s+` + nameWord + `)?))`)
	// Initials: one to three single letters with periods, then a surname.
	reInitials = regexp.MustCompile(`\b((?:[A-Z0]\.\s?){1,3})\s?(` + nameWord + `(?:-` + nameWord + `)?)\b`)
	// Last, First [M.]
	reLastFirst = regexp.MustCompile(`\b(` + nameWord + `),\s+(` + nameWord + `)(?:\s+[A-Z]\.)?`)
	// Surname followed by initials: "Spell, R. B." or "Spell R.B."
	reSurnameInitials = regexp.MustCompile(`\b(` + nameWord + `),?\s+((?:[A-Z]\.\s?){1,3})`)
	// Two or three capitalised words, optionally with a middle initial.
	reCapRun = regexp.MustCompile(`\b(` + nameWord + `)\s+(?:([A-Z])\.?\s+)?(` + nameWord + `)(?:\s+(` + nameWord + `))?\b`)
)

// Recognize implements Recognizer.
func (r NameRecognizer) Recognize(in *Input) []Match {
	loadNameLists()
	var out []Match
	for _, ln := range in.Lines {
		if len(ln) == 0 {
			continue
		}
		base := in.WordStart[ln[0]]
		text := in.Text[base:in.WordEnd[ln[len(ln)-1]]]
		out = append(out, nameMatches(text, base)...)
	}
	return out
}

// nameMatches runs the name rules over one line of text starting at byte
// offset base of Input.Text.
func nameMatches(text string, base int) []Match {
	var out []Match
	add := func(s, e int, score float64, src string) {
		if score <= 0 {
			return
		}
		out = append(out, Match{Type: Person, Start: base + s, End: base + e, Score: clamp01(score), Source: src})
	}
	for _, m := range reTitled.FindAllStringSubmatchIndex(text, -1) {
		// The span keeps the title: "Dr. Kramer" is the reference to hide.
		words := strings.Fields(text[m[4]:m[5]])
		last := words[len(words)-1]
		if isCommonWord(last) && !isLastName(last) {
			continue
		}
		score := 0.75
		if isLastName(last) {
			score += 0.1
		}
		if len(words) > 1 && isFirstName(words[0]) {
			score += 0.05
		}
		add(m[2], m[3], score, "names:title")
	}
	for _, m := range reInitials.FindAllStringSubmatchIndex(text, -1) {
		sur := text[m[4]:m[5]]
		inits := strings.Count(text[m[2]:m[3]], ".")
		score := 0.55 + 0.05*float64(inits)
		if isCommonWord(sur) && !isLastName(sur) {
			// "R. B. Spell" is a name; "P. O. Box" and "U.S. Government"
			// are not.
			if inits < 2 || isFormWord(sur) {
				continue
			}
			score -= 0.1
		}
		if isLastName(sur) {
			score += 0.15
		}
		if len(sur) < 3 {
			score -= 0.2
		}
		add(m[2], m[5], score, "names:initials")
	}
	for _, m := range reSurnameInitials.FindAllStringSubmatchIndex(text, -1) {
		sur := text[m[2]:m[3]]
		if isCommonWord(sur) && !isLastName(sur) || len(sur) < 3 {
			continue
		}
		// Skip when the initials start the next name ("Spell, R. Smith").
		if m[5] < len(text) && unicode.IsLetter(rune(text[m[5]])) {
			continue
		}
		score := 0.55
		if isLastName(sur) {
			score += 0.15
		}
		end := len(strings.TrimRight(text[:m[5]], " "))
		add(m[2], end, score, "names:surname-initials")
	}
	for _, m := range reLastFirst.FindAllStringSubmatchIndex(text, -1) {
		last, first := text[m[2]:m[3]], text[m[4]:m[5]]
		if !isFirstName(first) || isFormWord(last) {
			continue
		}
		score := 0.6
		if isCommonWord(last) && !isLastName(last) {
			score -= 0.1
		}
		if isLastName(last) {
			score += 0.15
		}
		add(m[0], m[1], score, "names:last-first")
	}
	// Capitalised runs; FindAll does not overlap, so retry from each word.
	for off := 0; off < len(text); {
		loc := reCapRun.FindStringSubmatchIndex(text[off:])
		if loc == nil {
			break
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += off
			}
		}
		if s, e, score := capRunScore(text, loc); score > 0 {
			add(s, e, score, "names:run")
		}
		// Continue after the first word of this run.
		next := loc[3]
		if next <= off {
			next = off + 1
		}
		off = next
	}
	return out
}

// capRunScore scores a run of two or three capitalised words against the
// name lists. It returns the span to report (possibly shortened to two
// words) and the score, 0 when the run does not look like a name.
func capRunScore(text string, m []int) (int, int, float64) {
	first := text[m[2]:m[3]]
	last := text[m[6]:m[7]]
	end := m[7]
	third := ""
	if m[8] >= 0 {
		third = text[m[8]:m[9]]
	}
	words := []string{first, last}
	if third != "" {
		words = append(words, third)
	}
	upper := true
	for _, w := range words {
		if strings.ToUpper(w) != w {
			upper = false
		}
	}
	penalty := 0.0
	for i, w := range []string{first, last} {
		if isCommonWord(w) && !(isFirstName(w) || isLastName(w)) {
			// "Gregory Strong": an ordinary word can be a surname after a
			// known first name, never a form word and never first.
			if i == 0 || isFormWord(w) || !isFirstName(first) {
				return 0, 0, 0
			}
			penalty = 0.15
		}
	}
	// A third word counts only if it is the surname ("John Henry Smith").
	sur := last
	if third != "" && !isCommonWord(third) && (isLastName(third) || !isLastName(last) && isFirstName(last)) {
		sur, end = third, m[9]
	}
	f, l := isFirstName(first), isLastName(sur)
	score := 0.2
	if f {
		score += 0.35
	}
	if l {
		score += 0.25
	}
	if f && isFirstName(sur) && !l {
		// "John Paul": two first names, weaker.
		score -= 0.1
	}
	if m[4] >= 0 {
		score += 0.05 // middle initial
	}
	if upper {
		score -= 0.1 // headings are often upper case
	}
	if len(first) < 2 || len(sur) < 2 {
		score -= 0.15
	}
	return m[2], end, score - penalty
}

func clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}
