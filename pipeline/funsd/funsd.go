// Package funsd reads and writes labelled pages in the FUNSD layout that
// the project's data sets share: a pii.json file mapping each image path
// (relative to the file's folder, e.g. "testing_data/images/NAME.png") to
// its personal-data entities, and one annotation file per page
// (annotations/NAME.json next to images/NAME.png) holding every word.
// Boxes are [x0, y0, x1, y1] in image pixels, x1 and y1 exclusive.
package funsd

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"strings"

	"github.com/anonymizer-project/anonymizer/internal/jsonfile"
	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Corners is a box as the files hold it: [x0, y0, x1, y1].
type Corners [4]int

// CornersOf converts a doc.Box.
func CornersOf(b doc.Box) Corners { return Corners{b.Left, b.Top, b.Right(), b.Bottom()} }

// Box converts the corners to a doc.Box.
func (c Corners) Box() doc.Box {
	return doc.Box{Left: c[0], Top: c[1], Width: c[2] - c[0], Height: c[3] - c[1]}
}

// UnmarshalJSON reads an array of exactly four integers.
func (c *Corners) UnmarshalJSON(data []byte) error {
	var v []int
	if err := json.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("box: %w", err)
	}
	if len(v) != 4 {
		return fmt.Errorf("box has %d numbers, want 4", len(v))
	}
	copy(c[:], v)
	return nil
}

// Word is one word: its text and box.
type Word struct {
	Text string  `json:"text"`
	Box  Corners `json:"box"`
}

// Label is one entity of a pii.json file: its type ("PERSON", "DATE", ...),
// text, box, words and source (how it was labelled).
type Label struct {
	Type   string  `json:"type"`
	Text   string  `json:"text"`
	Box    Corners `json:"box"`
	Words  []Word  `json:"words"`
	Source string  `json:"source"`
}

// ReadLabels reads a pii.json file.
func ReadLabels(file string) (map[string][]Label, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}
	var out map[string][]Label
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("read labels %s: %w", file, err)
	}
	return out, nil
}

// WriteLabels writes a pii.json file (indented by one space, as FUNSD's)
// atomically.
func WriteLabels(file string, labels map[string][]Label) error {
	data, err := json.MarshalIndent(labels, "", " ")
	if err != nil {
		return fmt.Errorf("write labels %s: %w", file, err)
	}
	return atomicfile.WriteBytes(file, append(data, '\n'))
}

// Entity is one entity of an annotation file: FUNSD's semantic entities
// ("question", "answer", "header", "other") with their words and links.
type Entity struct {
	ID      int      `json:"id"`
	Label   string   `json:"label"`
	Text    string   `json:"text"`
	Box     Corners  `json:"box"`
	Words   []Word   `json:"words"`
	Linking [][2]int `json:"linking"`
}

// Annotation is one page's annotation file: {"form": [entity...]}.
type Annotation struct {
	Form []Entity `json:"form"`
}

// Words lists every entity's words in file order.
func (a *Annotation) Words() []Word {
	var out []Word
	for _, e := range a.Form {
		out = append(out, e.Words...)
	}
	return out
}

// ReadAnnotation reads an annotation file; for a missing file the error
// matches fs.ErrNotExist.
func ReadAnnotation(file string) (*Annotation, error) {
	var a Annotation
	if err := jsonfile.Read(file, "annotation", &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// WriteAnnotation writes an annotation file (compact JSON) atomically.
func WriteAnnotation(file string, a *Annotation) error {
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("write annotation %s: %w", file, err)
	}
	return atomicfile.WriteBytes(file, append(data, '\n'))
}

// AnnotationPath maps an image path ("x/images/NAME.png", slash-separated
// as in pii.json) to its annotation file's ("x/annotations/NAME.json").
func AnnotationPath(image string) string {
	dir, file := path.Split(image)
	dir = path.Clean(dir)
	if path.Base(dir) == "images" {
		dir = path.Join(path.Dir(dir), "annotations")
	}
	return path.Join(dir, strings.TrimSuffix(file, path.Ext(file))+".json")
}
