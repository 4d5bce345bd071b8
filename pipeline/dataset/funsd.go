package dataset

import (
	"fmt"
	"hash/fnv"
	"image"
	_ "image/jpeg" // FUNSD-format folders may hold JPEG pages
	_ "image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// Split selects pages of an annotated folder: every page, or a fixed
// hash-based 90/10 division into training and held-out validation pages.
type Split string

// Splits.
const (
	SplitAll   Split = "all"
	SplitTrain Split = "train"
	SplitVal   Split = "val"
)

// Annotated gives self-supervised crops around the words of documents in
// the FUNSD layout: DIR/images/NAME.(png|jpg) and DIR/annotations/NAME.json
// ({"form": [{"words": [{"box": [x0,y0,x1,y1], "text": ...}]}]}), as
// written by FUNSD and by `anonymizer synth`. The masked word is the target.
type Annotated struct {
	dir   string
	pages []annPage
	mu    sync.Mutex
	cache map[int]*image.Gray
}

type annPage struct {
	image string
	words []annWord
}

type annWord struct {
	box  image.Rectangle
	text string
}

// MaxWordRunes bounds the length of target words taken from documents.
const MaxWordRunes = 24

// NewAnnotated indexes a FUNSD-format folder. A folder named testing_data
// is refused: FUNSD's test split is kept for evaluation.
func NewAnnotated(dir string, split Split) (*Annotated, error) {
	if filepath.Base(filepath.Clean(dir)) == "testing_data" {
		return nil, fmt.Errorf("dataset: %s: FUNSD testing_data is held out for evaluation, not for training", dir)
	}
	files, err := filepath.Glob(filepath.Join(dir, "annotations", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("dataset: %s: %w", dir, err)
	}
	sort.Strings(files)
	a := &Annotated{dir: dir, cache: map[int]*image.Gray{}}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		if !inSplit(name, split) {
			continue
		}
		img := ""
		for _, ext := range []string{".png", ".jpg", ".jpeg"} {
			p := filepath.Join(dir, "images", name+ext)
			if _, err := os.Stat(p); err == nil {
				img = p
				break
			}
		}
		if img == "" {
			continue
		}
		ann, err := funsd.ReadAnnotation(f)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		pg := annPage{image: img}
		for _, w := range ann.Words() {
			r := image.Rect(w.Box[0], w.Box[1], w.Box[2], w.Box[3])
			if usableWord(w.Text, r) {
				pg.words = append(pg.words, annWord{box: r, text: strings.TrimSpace(w.Text)})
			}
		}
		if len(pg.words) > 0 {
			a.pages = append(a.pages, pg)
		}
	}
	if len(a.pages) == 0 {
		return nil, fmt.Errorf("dataset: %s: no annotated pages with usable words (split %s)", dir, split)
	}
	return a, nil
}

func inSplit(name string, s Split) bool {
	if s == SplitAll || s == "" {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	val := h.Sum32()%10 == 0
	return val == (s == SplitVal)
}

func usableWord(text string, r image.Rectangle) bool {
	t := strings.TrimSpace(text)
	if t == "" || utf8.RuneCountInString(t) > MaxWordRunes || strings.ContainsAny(t, " \t\n") {
		return false
	}
	if r.Dy() < 7 || r.Dy() > 80 || r.Dx() < 3 {
		return false
	}
	for _, c := range t {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

// Name implements Source.
func (a *Annotated) Name() string { return "funsd" }

// Pages is the number of pages indexed; Words the number of usable words.
func (a *Annotated) Pages() int { return len(a.pages) }

// Words counts the usable words.
func (a *Annotated) Words() int {
	n := 0
	for _, p := range a.pages {
		n += len(p.words)
	}
	return n
}

func (a *Annotated) page(i int) (*image.Gray, error) {
	a.mu.Lock()
	g, ok := a.cache[i]
	a.mu.Unlock()
	if ok {
		return g, nil
	}
	f, err := os.Open(a.pages[i].image)
	if err != nil {
		return nil, fmt.Errorf("dataset: open page: %w", err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("dataset: decode page %s: %w", filepath.Base(a.pages[i].image), err)
	}
	g = raster.Gray(img)
	a.mu.Lock()
	a.cache[i] = g
	a.mu.Unlock()
	return g, nil
}

// Generate implements Source: a random word of a random page, scaled so
// that its box is 0.35..0.6 of the crop height, at a random horizontal
// offset, with the page around it as context.
func (a *Annotated) Generate(rng *rand.Rand, w, h int) (*Sample, error) {
	for try := 0; try < 30; try++ {
		pi := rng.IntN(len(a.pages))
		pg := a.pages[pi]
		wd := pg.words[rng.IntN(len(pg.words))]
		frac := 0.35 + 0.25*rng.Float64()
		xf := rng.Float64()
		pl, err := Place(wd.box, h, w, 16, w, frac, xf, 2)
		if err != nil {
			continue
		}
		page, err := a.page(pi)
		if err != nil {
			return nil, err
		}
		crop := pl.Crop(page, 255)
		box := pl.Box.Inset(-1).Intersect(crop.Rect)
		return &Sample{Image: crop, Mask: maskOf(w, h, box), Glyph: ScanGlyph(crop, box), Text: wd.text,
			Box: box, Source: a.Name()}, nil
	}
	return nil, fmt.Errorf("dataset: %s: no word fits a %dx%d crop", a.dir, w, h)
}
