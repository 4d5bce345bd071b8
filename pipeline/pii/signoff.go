package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// The signer of a letter: the first line of two to four name-like words
// below the complimentary close ("Sincerely,", "Best regards,"), past the
// signature's scribble (which the OCR reads as a short run of garbage).

var reClosing = regexp.MustCompile(`(?i)^(?:(?:yours\s+)?(?:very\s+)?(?:sincerely|truly|faithfully|cordially|respectfully)(?:\s+yours)?|(?:best|kind|warm|with\s+best|with\s+kind)?\s*regards|best\s+wishes|with\s+best\s+wishes|respectfully\s+submitted|thank\s+you)[,.]?$`)

// signoffMaxGap is how far below the close (in median text heights) the
// signer's name may be: a handwritten signature sits between.
const signoffMaxGap = 8

// SignoffRecognizer finds the signer's name under a letter's close.
type SignoffRecognizer struct{}

// Name implements Recognizer.
func (SignoffRecognizer) Name() string { return "names:signoff" }

// Recognize implements Recognizer.
func (SignoffRecognizer) Recognize(in *Input) []Match {
	loadNameLists()
	words := in.Page.Words
	h := medianHeight(in.Page)
	var out []Match
	for li, ln := range in.Lines {
		if len(ln) == 0 || len(ln) > 5 {
			continue
		}
		parts := textsOf(words, ln)
		if !reClosing.MatchString(strings.Join(parts, " ")) {
			continue
		}
		close := words[ln[0]].Box
		for _, wi := range ln {
			close = close.Union(words[wi].Box)
		}
		for nl := li + 1; nl < len(in.Lines) && nl <= li+3; nl++ {
			cand := in.Lines[nl]
			first := words[cand[0]].Box
			if first.Top-close.Bottom() > signoffMaxGap*h {
				break
			}
			if first.Left > close.Right() || words[cand[len(cand)-1]].Box.Right() < close.Left {
				continue // another column
			}
			score, ok := signerScore(textsOf(words, cand))
			if !ok {
				continue // scribble, or nothing name-like: look further down
			}
			out = append(out, Match{Type: entity.Person, Start: in.WordStart[cand[0]], End: in.WordEnd[cand[len(cand)-1]], Score: score, Source: "names:signoff"})
			break
		}
	}
	return out
}

// signerScore rates a line as a signer's name: two to four words of
// letters (initials allowed), none a form word; known first or last names
// raise the score. ok is false for lines that are no name.
func signerScore(ws []string) (float64, bool) {
	if len(ws) < 2 || len(ws) > 4 {
		return 0, false
	}
	names, caps := 0, 0
	for _, w := range ws {
		core := strings.Trim(w, ".,")
		if core == "" || isFormWord(core) {
			return 0, false
		}
		for _, c := range core {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-' || c == '\'') {
				return 0, false
			}
		}
		if isFirstName(core) || isLastName(core) {
			names++
		} else if isDictWord(core) && len(core) > 1 {
			return 0, false
		}
		if core[0] >= 'A' && core[0] <= 'Z' {
			caps++
		}
	}
	if names == 0 || caps == 0 {
		return 0, false
	}
	return clamp01(0.5 + 0.1*float64(names) + 0.05*float64(caps)/float64(len(ws))), true
}
