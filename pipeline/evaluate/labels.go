// Package evaluate computes the project's measures (DESIGN.md, "Measures")
// against labelled data sets in the FUNSD pii.json layout.
package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
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

type rawWord struct {
	Text string `json:"text"`
	Box  []int  `json:"box"`
}

type rawLabel struct {
	Type  string    `json:"type"`
	Text  string    `json:"text"`
	Box   []int     `json:"box"`
	Words []rawWord `json:"words"`
}

func boxFromCorners(b []int) (doc.Box, error) {
	if len(b) != 4 {
		return doc.Box{}, fmt.Errorf("box has %d numbers, want 4", len(b))
	}
	return doc.Box{Left: b[0], Top: b[1], Width: b[2] - b[0], Height: b[3] - b[1]}, nil
}

// Labels maps an image path relative to the data set root to its labels.
type Labels map[string][]Label

// LoadLabels reads a pii.json file.
func LoadLabels(path string) (Labels, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}
	var raw map[string][]rawLabel
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("parse labels %s: %w", path, err)
	}
	out := Labels{}
	for img, ls := range raw {
		for i, l := range ls {
			box, err := boxFromCorners(l.Box)
			if err != nil {
				return nil, fmt.Errorf("labels %s: %s entity %d: %w", path, img, i, err)
			}
			lab := Label{Type: l.Type, Text: l.Text, Box: box}
			for _, w := range l.Words {
				wb, err := boxFromCorners(w.Box)
				if err != nil {
					return nil, fmt.Errorf("labels %s: %s entity %d: %w", path, img, i, err)
				}
				lab.Words = append(lab.Words, LabelWord{Text: w.Text, Box: wb})
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
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read annotation: %w", err)
	}
	var raw struct {
		Form []struct {
			Words []rawWord `json:"words"`
		} `json:"form"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("parse annotation %s: %w", path, err)
	}
	var out []doc.Box
	for _, e := range raw.Form {
		for _, w := range e.Words {
			b, err := boxFromCorners(w.Box)
			if err != nil {
				return nil, fmt.Errorf("annotation %s: %w", path, err)
			}
			out = append(out, b)
		}
	}
	return out, nil
}

// AnnotationPath maps "x/images/NAME.png" to "x/annotations/NAME.json".
func AnnotationPath(root, image string) string {
	dir, file := filepath.Split(image)
	dir = filepath.Clean(dir)
	if filepath.Base(dir) == "images" {
		dir = filepath.Join(filepath.Dir(dir), "annotations")
	}
	return filepath.Join(root, dir, strings.TrimSuffix(file, filepath.Ext(file))+".json")
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
			top, bot := max(ln.Top, w.Box.Top), min(ln.Bottom(), w.Box.Bottom())
			if bot-top >= min(ln.Height, w.Box.Height)/2 {
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
