// Package samples defines the demo pages bundled in testdata/samples and
// writes them. `go generate ./pipeline/synthdoc` runs it.
package samples

import (
	"fmt"
	"path/filepath"

	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

// MaxBytes is the size limit of one bundled sample image.
const MaxBytes = 300 << 10

// Sample is one bundled page: its file name and options.
type Sample struct {
	Name string
	Opts synthdoc.Options
}

// All are the bundled samples.
var All = []Sample{
	{Name: "form.png", Opts: synthdoc.Options{Kind: synthdoc.Form, Seed: 1993, Noise: true}},
	{Name: "letter.png", Opts: synthdoc.Options{Kind: synthdoc.Letter, Seed: 1993, Noise: true}},
}

// Write generates the samples into dir with pii.json and words.json next
// to them (keys are the file names). It refuses images over MaxBytes.
func Write(dir string) error {
	docs := map[string]*synthdoc.Document{}
	for _, s := range All {
		d, err := synthdoc.Generate(s.Opts)
		if err != nil {
			return fmt.Errorf("sample %s: %w", s.Name, err)
		}
		data, err := d.EncodePNG()
		if err != nil {
			return fmt.Errorf("sample %s: %w", s.Name, err)
		}
		if len(data) > MaxBytes {
			return fmt.Errorf("sample %s: %d bytes, over the %d-byte limit", s.Name, len(data), MaxBytes)
		}
		if err := d.WritePNG(filepath.Join(dir, s.Name)); err != nil {
			return fmt.Errorf("sample %s: %w", s.Name, err)
		}
		docs[s.Name] = d
	}
	if err := synthdoc.WriteWords(filepath.Join(dir, "words.json"), docs); err != nil {
		return err
	}
	return synthdoc.WriteLabels(filepath.Join(dir, "pii.json"), docs)
}
