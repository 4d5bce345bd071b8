package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
)

// LabelSource is the "source" of every entity this package writes.
const LabelSource = "corpus"

// pageWord is a word of words.json: its text, box and role.
type pageWord struct {
	funsd.Word
	Role Role `json:"role,omitempty"`
}

// pageEntry is a page of words.json: every word drawn and the protected
// content as labels whose type is the role.
type pageEntry struct {
	Kind      Kind          `json:"kind"`
	Country   string        `json:"country"`
	Seed      int64         `json:"seed"`
	Width     int           `json:"width"`
	Height    int           `json:"height"`
	Words     []pageWord    `json:"words"`
	Protected []funsd.Label `json:"protected"`
}

// funsdLabel is the FUNSD label of each role in the annotation files.
var funsdLabel = map[Role]string{RolePII: "answer", RoleLabel: "question", RoleHeader: "header", RoleProse: "other", RoleOther: "other"}

// label is a span as a pii.json label; a protected span's type is its
// role.
func label(s Span) funsd.Label {
	typ := s.Type
	if s.Role != RolePII {
		typ = string(s.Role)
	}
	l := funsd.Label{Type: typ, Text: s.Text(), Box: funsd.CornersOf(s.Box()), Source: LabelSource, Words: make([]funsd.Word, len(s.Words))}
	for i, w := range s.Words {
		l.Words[i] = funsd.Word{Text: w.Text, Box: funsd.CornersOf(w.Box)}
	}
	return l
}

// pii is the page's personal entities as pii.json labels.
func (p *Page) pii() []funsd.Label {
	out := []funsd.Label{}
	for _, s := range p.Spans {
		if s.Role == RolePII && len(s.Words) > 0 {
			out = append(out, label(s))
		}
	}
	return out
}

// page is the page's words.json entry.
func (p *Page) page() pageEntry {
	b := p.Image.Bounds()
	pe := pageEntry{Kind: p.Kind, Country: p.Country, Seed: p.Seed, Width: b.Dx(), Height: b.Dy(), Protected: []funsd.Label{}}
	for _, w := range p.Words {
		pe.Words = append(pe.Words, pageWord{Word: funsd.Word{Text: w.Text, Box: funsd.CornersOf(w.Box)}, Role: w.Role})
	}
	for _, s := range p.Spans {
		if s.Role != RolePII && len(s.Words) > 0 {
			pe.Protected = append(pe.Protected, label(s))
		}
	}
	return pe
}

// annotation is every drawn word grouped by span, in the FUNSD layout.
func (p *Page) annotation() *funsd.Annotation {
	bySpan := map[int]int{}
	form := []funsd.Entity{}
	for i, w := range p.Words {
		si := p.spanOf[i]
		k, ok := bySpan[si]
		if !ok {
			k = len(form)
			bySpan[si] = k
			form = append(form, funsd.Entity{ID: k, Label: funsdLabel[p.Spans[si].Role], Linking: [][2]int{}})
		}
		e := &form[k]
		e.Words = append(e.Words, funsd.Word{Text: w.Text, Box: funsd.CornersOf(w.Box)})
		if e.Text != "" {
			e.Text += " "
		}
		e.Text += w.Text
		var b doc.Box
		if len(e.Words) > 1 {
			b = e.Box.Box()
		}
		e.Box = funsd.CornersOf(b.Union(w.Box))
	}
	return &funsd.Annotation{Form: form}
}

// Name is the image path of page i of a set.
func Name(k Kind, country string, i int) string {
	return fmt.Sprintf("images/%s-%s-%05d.png", k, country, i)
}

// Generate writes opts.N pages to dir (see the package comment for the
// files). Page i has the kind and country the Options describe and a seed
// mixed from opts.Seed and i.
func Generate(dir string, opts Options) error {
	if opts.N < 0 {
		return fmt.Errorf("corpus: negative page count %d", opts.N)
	}
	kinds, countries := opts.Kinds, opts.Countries
	if len(kinds) == 0 {
		kinds = Kinds
	}
	if len(countries) == 0 {
		countries = CountryCodes()
	}
	for _, k := range kinds {
		if _, ok := drawers[k]; !ok {
			return fmt.Errorf("corpus: unknown kind %q", k)
		}
	}
	for _, c := range countries {
		if _, ok := countryByCode(c); !ok {
			return fmt.Errorf("corpus: unknown country %q", c)
		}
	}
	for _, sub := range []string{"images", "annotations"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
	}
	names := make([]string, opts.N)
	pages := make([]pageEntry, opts.N)
	pii := make([][]funsd.Label, opts.N)
	errs := make([]error, opts.N)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), 4); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				k := kinds[i%len(kinds)]
				c := countries[(i/len(kinds))%len(countries)]
				names[i] = Name(k, c, i)
				p, err := Render(k, c, pageSeed(opts.Seed, i), opts.Clean)
				if err == nil {
					err = writePage(dir, names[i], p)
				}
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", names[i], err)
					continue
				}
				pages[i], pii[i] = p.page(), p.pii()
			}
		}()
	}
	for i := 0; i < opts.N; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	allWords := map[string]pageEntry{}
	allPII := map[string][]funsd.Label{}
	for i, n := range names {
		allWords[n], allPII[n] = pages[i], pii[i]
	}
	if err := writeJSON(filepath.Join(dir, "words.json"), allWords); err != nil {
		return err
	}
	return writeJSON(filepath.Join(dir, "pii.json"), allPII)
}

// pageSeed mixes the set seed and the page index (SplitMix64), so that
// nearby seeds share no pages.
func pageSeed(seed int64, i int) int64 {
	x := uint64(seed) ^ (uint64(i)+1)*0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return int64(x ^ (x >> 31))
}

// writePage writes the page's image and annotation file.
func writePage(dir, name string, p *Page) error {
	err := atomicfile.Write(filepath.Join(dir, filepath.FromSlash(name)), func(w io.Writer) error { return png.Encode(w, p.Image) })
	if err != nil {
		return fmt.Errorf("write image: %w", err)
	}
	return funsd.WriteAnnotation(filepath.Join(dir, filepath.FromSlash(funsd.AnnotationPath(name))), p.annotation())
}

// writeJSON writes v to path as compact JSON, atomically.
func writeJSON(path string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return atomicfile.WriteBytes(path, append(data, '\n'))
}
