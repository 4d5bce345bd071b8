package pii

import (
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/jdkato/prose/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// The prose model (an averaged perceptron tagger and a maxent entity
// classifier, both pure Go) takes a while to load; it is loaded once per
// process and only read afterwards, so one copy serves every goroutine.
var (
	nerOnce     sync.Once
	nerModel    *prose.Model
	nerLoadTime time.Duration
	nerLoadErr  error
)

func loadNER() (*prose.Model, error) {
	nerOnce.Do(func() {
		t0 := time.Now()
		d, err := prose.NewDocument("", prose.WithSegmentation(false))
		if err != nil {
			nerLoadErr = err
			return
		}
		nerModel = d.Model
		nerLoadTime = time.Since(t0)
	})
	return nerModel, nerLoadErr
}

// NERLoadTime reports how long loading the NER model took (zero before the
// first load).
func NERLoadTime() time.Duration { return nerLoadTime }

// NERRecognizer tags PERSON, ORGANIZATION (prose's ORG) and LOCATION (GPE)
// with prose's named-entity model. Forms are mostly short fragments, so it
// runs on each text line; lines without a lower-case letter (headings,
// codes) are title-cased first, since the model keys on capitalisation.
type NERRecognizer struct{}

// NewNERRecognizer starts loading the model (once per process) in the
// background and returns the recognizer at once: the load (about half a
// second) then overlaps the page's OCR instead of delaying the start, and
// the first Recognize waits for it.
func NewNERRecognizer() (*NERRecognizer, error) {
	go loadNER()
	return &NERRecognizer{}, nil
}

// Name implements Recognizer.
func (r *NERRecognizer) Name() string { return "ner" }

// Recognize implements Recognizer.
func (r *NERRecognizer) Recognize(in *Input) []Match {
	model, err := loadNER()
	if err != nil {
		// The model is embedded in the binary: a failure here is a broken
		// build, and the other recognizers still run.
		return nil
	}
	loadNameLists()
	var out []Match
	for base, text := range in.LineTexts() {
		if !hasLetters(text, 2) {
			continue
		}
		out = append(out, r.line(model, text, base)...)
	}
	return out
}

// nerToken is a prose token with its byte span in the line.
type nerToken struct {
	text, tag, label string
	start, end       int
}

func (r *NERRecognizer) line(model *prose.Model, text string, base int) []Match {
	src := text
	if !hasLower(text) {
		src = titleCase(text) // same byte length: ASCII case change only
	}
	d, err := prose.NewDocument(src, prose.UsingModel(model), prose.WithSegmentation(false))
	if err != nil {
		return nil
	}
	var toks []nerToken
	cur := 0
	for _, t := range d.Tokens() {
		i := strings.Index(src[cur:], t.Text)
		if i < 0 {
			continue // the tokenizer rewrote the token; it cannot be placed
		}
		s := cur + i
		toks = append(toks, nerToken{text: t.Text, tag: t.Tag, label: t.Label, start: s, end: s + len(t.Text)})
		cur = s + len(t.Text)
	}
	var out []Match
	for i := 0; i < len(toks); {
		typ, ok := nerType(toks[i].label)
		if !ok || !strings.HasPrefix(toks[i].label, "B-") && !strings.HasPrefix(toks[i].label, "I-") {
			i++
			continue
		}
		j := i + 1
		// I- continues an entity; so does a B- of the same type on a proper
		// noun (the model starts "Marcus" and "Holloway" separately).
		for j < len(toks) && (toks[j].label == "I-"+toks[i].label[2:] ||
			toks[j].label == "B-"+toks[i].label[2:] && (toks[j].tag == "NNP" || toks[j].tag == "NNPS")) {
			j++
		}
		// The model often tags only the first name: extend a person over
		// the capitalised proper nouns next to it.
		if typ == entity.Person {
			for j < len(toks) && j-i < 4 && toks[j].label == "O" && nameToken(toks[j]) {
				j++
			}
		}
		// Trim punctuation tokens at the edges.
		s, e := i, j
		for s < e && !hasLetters(toks[s].text, 1) {
			s++
		}
		for e > s && !hasLetters(toks[e-1].text, 1) {
			e--
		}
		// A person's name holds no lower-case word but a particle: split
		// "Andy Pelcher and Rob Tamsin" in two.
		for s < e {
			k := s
			if typ == entity.Person {
				for k < e && !(k > s && splitsName(toks[k].text)) {
					k++
				}
			} else {
				k = e
			}
			a, b := s, k
			for b > a && !hasLetters(toks[b-1].text, 1) {
				b--
			}
			if a < b {
				if score := nerScore(typ, toks[a:b]); score > 0 {
					out = append(out, Match{Type: typ, Start: base + toks[a].start, End: base + toks[b-1].end, Score: score, Source: "ner"})
				}
			}
			s = k + 1
			for s < e && !hasLetters(toks[s].text, 1) {
				s++
			}
		}
		i = j
	}
	return out
}

// splitsName reports whether a token inside a person span separates two
// names: a lower-case word that is no name particle, "&", "v." or "vs".
func splitsName(t string) bool {
	if t == "&" || t == "v." || t == "vs" || t == "vs." || t == "/" {
		return true
	}
	if nameParticles[strings.ToLower(t)] {
		return false
	}
	return len(t) > 0 && t[0] >= 'a' && t[0] <= 'z'
}

// nameToken reports whether a token can continue a person's name: a
// capitalised proper noun that is not a common word.
func nameToken(t nerToken) bool {
	if len(t.text) < 2 || t.text[0] < 'A' || t.text[0] > 'Z' || !hasLetters(t.text, 2) {
		return false
	}
	return (t.tag == "NNP" || t.tag == "NNPS") && !isDictWord(t.text) || isLastName(t.text)
}

func nerType(label string) (entity.Type, bool) {
	if len(label) < 3 {
		return "", false
	}
	switch label[2:] {
	case "PERSON":
		return entity.Person, true
	case "GPE", "LOC", "LOCATION":
		return entity.Location, true
	case "ORG", "ORGANIZATION":
		return entity.Organization, true
	}
	return "", false
}

// nerScore rates a prose entity. The model gives no probability through its
// API, so the score combines the model's decision with evidence it does not
// use: name lists for persons, and the share of tokens that are common words
// (the model tags many capitalised headings).
func nerScore(t entity.Type, toks []nerToken) float64 {
	n, common, names, proper := 0, 0, 0, 0
	first, last := false, false
	for k, tk := range toks {
		if !hasLetters(tk.text, 1) {
			continue
		}
		n++
		if isDictWord(tk.text) {
			common++
		}
		if tk.tag == "NNP" || tk.tag == "NNPS" {
			proper++
		}
		if isFirstName(tk.text) || isLastName(tk.text) {
			names++
		}
		if k == 0 && isFirstName(tk.text) {
			first = true
		}
		if k == len(toks)-1 && isLastName(tk.text) {
			last = true
		}
	}
	if n == 0 || t == entity.Person && !nerPersonFits(toks) {
		return 0
	}
	// Places and organisations from a model trained on news text are mostly
	// noise on forms (codes, headings): alone they stay under the default
	// threshold and need a context word ("company", "city") to count.
	score := 0.2 + 0.15*float64(proper)/float64(n) - 0.3*float64(common)/float64(n)
	if t == entity.Person {
		score += 0.1
		score += 0.25 * float64(names) / float64(n)
		if first && last {
			score += 0.1
		}
		if n == 1 && names == 0 {
			score -= 0.1 // a single unknown capitalised word
		}
	}
	return clamp01(score)
}

// nerPersonFits reports whether the model's person can be a name: no
// word is a label (with or before a colon, or a label word) and every
// word is name-like, a lexicon name or initials; a single word only if
// the curated name lists know it ("Hehe", "AGCOUNT", "FAX NQ.:" and
// "Ret Tobacco" are not).
func nerPersonFits(toks []nerToken) bool {
	var ws []string
	for _, tk := range toks {
		if strings.HasSuffix(tk.text, ":") || tk.text == ":" {
			return false
		}
		if core := coreWord(tk.text); hasLetters(core, 1) {
			ws = append(ws, core)
		}
	}
	for _, w := range ws {
		if strings.ContainsAny(w, "0123456789") || isLabelWord(w) && !knownName(w) {
			return false
		}
		if !nameLikeWord(w) && !initialWord(w) && !(nameShaped(w) && weakName(w)) {
			return false
		}
	}
	return len(ws) > 1 || len(ws) == 1 && knownName(ws[0])
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// hasLetters reports whether s holds at least n letters.
func hasLetters(s string, n int) bool {
	c := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			c++
			if c >= n {
				return true
			}
		}
	}
	return false
}

// titleCase lower-cases ASCII letters that follow a letter, keeping byte
// offsets unchanged ("JOHN SMITH" -> "John Smith").
func titleCase(s string) string {
	b := []byte(s)
	prevLetter := false
	for i, c := range b {
		isL := c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
		if isL && prevLetter && c >= 'A' && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
		prevLetter = isL
	}
	return string(b)
}
