package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
)

// The roles of annotated words. The project's corpus (pipeline/corpus)
// writes them in words.json; on FUNSD-format annotation files they come
// from FUNSD's labels (see funsdRole).
const (
	RolePII    = "pii"
	RoleLabel  = "label"  // a field label: FUNSD's "question"
	RoleHeader = "header" // a heading: FUNSD's "header"
	RoleProse  = "prose"  // a sentence's words that are not personal data
	RoleAnswer = "answer" // FUNSD's "answer": a value, personal or not
	RoleOther  = "other"
)

// Protected reports whether words of role must never be replaced: field
// labels, headings and prose.
func Protected(role string) bool {
	return role == RoleLabel || role == RoleHeader || role == RoleProse
}

// funsdRole maps a FUNSD entity label to a word role: "question" is a
// field label; "header", "answer" and "other" keep their names.
func funsdRole(label string) string {
	if label == "question" {
		return RoleLabel
	}
	return label
}

// Word is one annotated word of a page and its role.
type Word struct {
	Box  doc.Box
	Role string
}

// Page is what a labelled page holds for scoring: its personal-data
// labels, every annotated word (nil when the set has no annotation for the
// page), and the page's kind of document and country where the set records
// them (words.json of `anonymizer corpus` and `anonymizer synth` sets).
type Page struct {
	Labels        []Label
	Words         []Word
	Kind, Country string
}

// WordBoxes are the boxes of the page's annotated words.
func (p Page) WordBoxes() []doc.Box {
	var out []doc.Box
	for _, w := range p.Words {
		out = append(out, w.Box)
	}
	return out
}

// wordsPage is a page of a set's words.json. The corpus sets every
// word's role and the page's country; synth sets only the kind.
type wordsPage struct {
	Kind    string `json:"kind"`
	Country string `json:"country"`
	Words   []struct {
		Box  funsd.Corners `json:"box"`
		Role string        `json:"role"`
	} `json:"words"`
}

// Set is a labelled data set on disk: its root folder, its labels, and its
// words.json where it has one.
type Set struct {
	Root   string
	Labels Labels
	words  map[string]wordsPage
}

// OpenSet reads the labels file and, when present, root/words.json.
func OpenSet(root, labelsPath string) (*Set, error) {
	labels, err := LoadLabels(labelsPath)
	if err != nil {
		return nil, err
	}
	s := &Set{Root: root, Labels: labels}
	path := filepath.Join(root, "words.json")
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read words: %w", err)
	}
	if err := json.Unmarshal(data, &s.words); err != nil {
		return nil, fmt.Errorf("read words %s: %w", path, err)
	}
	return s, nil
}

// Page gathers a labelled image's page. Its words are words.json's when
// they carry roles (the corpus), otherwise the annotation file's with
// roles from FUNSD's labels; with neither, the page has no words.
func (s *Set) Page(image string) (Page, error) {
	p := Page{Labels: s.Labels[image]}
	wp, ok := s.words[image]
	if ok {
		p.Kind, p.Country = wp.Kind, wp.Country
	}
	if ok && len(wp.Words) > 0 && wp.Words[0].Role != "" {
		for _, w := range wp.Words {
			p.Words = append(p.Words, Word{Box: w.Box.Box(), Role: w.Role})
		}
		return p, nil
	}
	a, err := funsd.ReadAnnotation(AnnotationPath(s.Root, image))
	if errors.Is(err, fs.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return Page{}, err
	}
	for _, e := range a.Form {
		for _, w := range e.Words {
			p.Words = append(p.Words, Word{Box: w.Box.Box(), Role: funsdRole(e.Label)})
		}
	}
	return p, nil
}
