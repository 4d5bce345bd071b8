package synthdoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
)

// LabelSource is the "source" of every label this package writes.
const LabelSource = "synthetic"

// Labels returns the document's entities as labels of a pii.json file.
func (d *Document) Labels() []funsd.Label {
	out := make([]funsd.Label, 0, len(d.Entities))
	for _, e := range d.Entities {
		l := funsd.Label{Type: e.Type, Text: e.Text, Box: funsd.CornersOf(e.Box()), Source: LabelSource}
		for _, w := range e.Words {
			l.Words = append(l.Words, funsd.Word{Text: w.Text, Box: funsd.CornersOf(w.Box)})
		}
		out = append(out, l)
	}
	return out
}

// WriteLabels writes the documents' entities to path in the pii.json
// layout, keyed by the map's keys (image paths relative to the file's
// folder, e.g. "images/form-00000.png"). The file is replaced atomically.
func WriteLabels(path string, docs map[string]*Document) error {
	all := make(map[string][]funsd.Label, len(docs))
	for k, d := range docs {
		if d == nil {
			return fmt.Errorf("write labels %s: document %q is nil", path, k)
		}
		all[k] = d.Labels()
	}
	return funsd.WriteLabels(path, all)
}

// PageWords is every word drawn on one page: the OCR ground truth.
type PageWords struct {
	Kind   Kind         `json:"kind"`
	Seed   int64        `json:"seed"`
	Width  int          `json:"width"`
	Height int          `json:"height"`
	Words  []funsd.Word `json:"words"`
}

// WriteWords writes every word of each document (not only the personal
// ones) to path as {"images/NAME.png": PageWords}, atomically.
func WriteWords(path string, docs map[string]*Document) error {
	all := make(map[string]PageWords, len(docs))
	for k, d := range docs {
		if d == nil {
			return fmt.Errorf("write words %s: document %q is nil", path, k)
		}
		pw := PageWords{Kind: d.Kind, Seed: d.Seed, Width: d.width, Height: d.height, Words: make([]funsd.Word, 0, len(d.Words))}
		for _, w := range d.Words {
			pw.Words = append(pw.Words, funsd.Word{Text: w.Text, Box: funsd.CornersOf(w.Box)})
		}
		all[k] = pw
	}
	data, err := json.Marshal(all)
	if err != nil {
		return fmt.Errorf("write words %s: %w", path, err)
	}
	return atomicfile.WriteBytes(path, append(data, '\n'))
}

// ReadWords reads a file written by WriteWords.
func ReadWords(path string) (map[string]PageWords, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read words: %w", err)
	}
	var out map[string]PageWords
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("read words %s: %w", path, err)
	}
	return out, nil
}

// WriteAnnotation writes every word of the document to path in the layout
// of a FUNSD annotation file, one entity per word, labelled "answer" when
// the word holds personal data and "other" otherwise (the project's eval
// commands read it for the share of words flagged). It writes atomically.
func WriteAnnotation(path string, d *Document) error {
	piiWord := map[doc.Box]bool{}
	for _, e := range d.Entities {
		for _, w := range e.Words {
			piiWord[w.Box] = true
		}
	}
	a := funsd.Annotation{Form: make([]funsd.Entity, 0, len(d.Words))}
	for i, w := range d.Words {
		label := "other"
		// An entity word is the word itself or the part of it without
		// punctuation, so its box lies inside the word's box.
		for b := range piiWord {
			if w.Box.Intersect(b) == b {
				label = "answer"
				break
			}
		}
		bx := funsd.CornersOf(w.Box)
		a.Form = append(a.Form, funsd.Entity{ID: i, Label: label, Text: w.Text, Box: bx, Words: []funsd.Word{{Text: w.Text, Box: bx}}, Linking: [][2]int{}})
	}
	return funsd.WriteAnnotation(path, &a)
}

// EncodePNG encodes the document's image as a grey PNG with the best
// compression (slow: about 0.5 s for a noisy page; GenerateSet uses the
// default level, about 10 times faster and 6% larger).
func (d *Document) EncodePNG() ([]byte, error) { return d.encodePNG(png.BestCompression) }

func (d *Document) encodePNG(level png.CompressionLevel) ([]byte, error) {
	if d.Image == nil {
		return nil, errors.New("encode png: document has no image")
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: level}
	if err := enc.Encode(&buf, d.Image); err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	return buf.Bytes(), nil
}

// WritePNG writes the document's image to path atomically (best
// compression).
func (d *Document) WritePNG(path string) error { return d.writePNG(path, png.BestCompression) }

func (d *Document) writePNG(path string, level png.CompressionLevel) error {
	data, err := d.encodePNG(level)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return atomicfile.WriteBytes(path, data)
}

// SetSeed is the seed GenerateSet uses for document i of a set: a
// SplitMix64 mix of the set seed and the index, so that sets with nearby
// seeds share no pages.
func SetSeed(seed int64, i int) int64 {
	return int64(splitmix(uint64(seed) ^ splitmix(uint64(i)+0x9e3779b97f4a7c15)))
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// SetName is the image name of document i of kind k in a set.
func SetName(k Kind, i int) string { return fmt.Sprintf("images/%s-%05d.png", k, i) }

// GenerateSet writes n pages to dir/images/KIND-NNNNN.png with their labels
// in dir/pii.json (keys "images/KIND-NNNNN.png"), every word in
// dir/words.json and in FUNSD annotation files
// dir/annotations/KIND-NNNNN.json. Page i has kind kinds[i % len(kinds)] (all kinds when
// kinds is empty) and seed SetSeed(seed, i); three pages in four are
// degraded like scans (Noise), every fourth is clean. Every file is
// written atomically (temporary file and rename), the JSON files last.
func GenerateSet(dir string, n int, seed int64, kinds []Kind) error {
	if n < 0 {
		return fmt.Errorf("generate set: negative count %d", n)
	}
	if len(kinds) == 0 {
		kinds = Kinds
	}
	for _, k := range kinds {
		if _, err := ParseKind(string(k)); err != nil {
			return fmt.Errorf("generate set: %w", err)
		}
	}
	for _, sub := range []string{"images", "annotations"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return fmt.Errorf("generate set: %w", err)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), 4, max(n, 1))
	type result struct {
		name string
		d    *Document
		err  error
	}
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				k := kinds[i%len(kinds)]
				name := SetName(k, i)
				d, err := Generate(Options{Kind: k, Seed: SetSeed(seed, i), Noise: i%4 != 3})
				if err == nil {
					err = d.writePNG(filepath.Join(dir, filepath.FromSlash(name)), png.DefaultCompression)
				}
				if err == nil {
					err = WriteAnnotation(filepath.Join(dir, filepath.FromSlash(funsd.AnnotationPath(name))), d)
				}
				if d != nil {
					d.Image, d.graphics = nil, nil // keep only the labels
				}
				results <- result{name: name, d: d, err: err}
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	docs := make(map[string]*Document, n)
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.name, r.err))
			continue
		}
		docs[r.name] = r.d
	}
	if len(errs) > 0 {
		sort.Slice(errs, func(a, b int) bool { return errs[a].Error() < errs[b].Error() })
		return fmt.Errorf("generate set: %w", errors.Join(errs...))
	}
	if err := WriteWords(filepath.Join(dir, "words.json"), docs); err != nil {
		return fmt.Errorf("generate set: %w", err)
	}
	if err := WriteLabels(filepath.Join(dir, "pii.json"), docs); err != nil {
		return fmt.Errorf("generate set: %w", err)
	}
	return nil
}
