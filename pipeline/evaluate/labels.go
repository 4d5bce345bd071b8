// Package evaluate computes the project's measures (docs/measures.md)
// against labelled data sets in the FUNSD pii.json layout.
package evaluate

import (
	"errors"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
)

// Label is one labelled PII entity.
type Label struct {
	Type  string
	Text  string
	Box   doc.Box
	Words []LabelWord
}

// LabelWord is one word of a label.
type LabelWord struct {
	Text string
	Box  doc.Box
}

// Labels maps an image path relative to the data set root to its labels.
type Labels map[string][]Label

// LoadLabels reads a pii.json file.
func LoadLabels(path string) (Labels, error) {
	raw, err := funsd.ReadLabels(path)
	if err != nil {
		return nil, err
	}
	out := Labels{}
	for img, ls := range raw {
		for _, l := range ls {
			lab := Label{Type: l.Type, Text: l.Text, Box: l.Box.Box()}
			for _, w := range l.Words {
				lab.Words = append(lab.Words, LabelWord{Text: w.Text, Box: w.Box.Box()})
			}
			out[img] = append(out[img], lab)
		}
	}
	return out, nil
}

// Images lists the labelled image paths under a sub-folder prefix (e.g.
// "testing_data/"), sorted; an empty prefix lists all.
func (l Labels) Images(prefix string) []string {
	var out []string
	for k := range l {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// AnnotatedWords reads every word box of a FUNSD annotation file (the
// "form" entities' "words"), used for the share of words flagged. It returns
// nil and no error when the file does not exist.
func AnnotatedWords(path string) ([]doc.Box, error) {
	a, err := funsd.ReadAnnotation(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []doc.Box
	for _, w := range a.Words() {
		out = append(out, w.Box.Box())
	}
	return out, nil
}

// AnnotationPath is the annotation file of a pii.json image key under the
// data set's root.
func AnnotationPath(root, image string) string {
	return filepath.Join(root, filepath.FromSlash(funsd.AnnotationPath(filepath.ToSlash(image))))
}

// labelLines groups a label's word boxes into text lines (boxes whose
// vertical spans overlap by half the smaller height), top to bottom.
func labelLines(l Label) []doc.Box {
	var lines []doc.Box
	ws := l.Words
	if len(ws) == 0 {
		return []doc.Box{l.Box}
	}
	for _, w := range ws {
		placed := false
		for i, ln := range lines {
			// Half the smaller height rounded down: one row looser
			// than doc.Box.SameRow when that height is odd.
			if ln.RowOverlap(w.Box) >= min(ln.Height, w.Box.Height)/2 {
				lines[i] = ln.Union(w.Box)
				placed = true
				break
			}
		}
		if !placed {
			lines = append(lines, w.Box)
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].Top < lines[j].Top })
	return lines
}
