// Package synthdoc renders synthetic document pages (forms, letters,
// invoices) with planted fake personal data and exact ground truth: every
// word drawn, with the tight box of its ink, and the PII entities among
// them. The project's tests, its demo and its training data use these pages.
//
// Generation is deterministic: the same Options give a pixel-identical
// image. Fake values come from gofakeit seeded with Options.Seed.
//
// The bundled demo samples in testdata/samples are regenerated with
//
//	go generate ./pipeline/synthdoc
package synthdoc

//go:generate go run ./internal/gensamples -out ../../testdata/samples

import (
	"errors"
	"fmt"
	"image"
	"strings"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// Kind is a document layout.
type Kind string

// The kinds Generate can draw.
const (
	Form    Kind = "form"
	Letter  Kind = "letter"
	Invoice Kind = "invoice"
)

// Kinds lists every kind in a stable order.
var Kinds = []Kind{Form, Letter, Invoice}

// ParseKind accepts a kind name case-insensitively.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	for _, x := range Kinds {
		if x == k {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown document kind %q (want form, letter or invoice)", s)
}

// ParseKinds parses a comma-separated list of kinds ("form,letter"); an
// empty string means every kind.
func ParseKinds(s string) ([]Kind, error) {
	if strings.TrimSpace(s) == "" {
		return append([]Kind(nil), Kinds...), nil
	}
	var out []Kind
	for _, part := range strings.Split(s, ",") {
		k, err := ParseKind(part)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, nil
}

// Default and minimum page sizes in pixels (about 100 dpi for US letter).
const (
	DefaultWidth  = 1000
	DefaultHeight = 1300
	MinWidth      = 800
	MinHeight     = 1040
)

// Options select what Generate draws.
type Options struct {
	// Kind is the layout; "" means Form.
	Kind Kind
	// Seed fixes every random choice: values, fonts, layout and noise.
	Seed int64
	// Width and Height are the page size in pixels; 0 means the default
	// 1000x1300. Pages smaller than MinWidth x MinHeight are refused.
	Width, Height int
	// Noise degrades the page like a scan: uneven paper tone, slight blur,
	// gaussian noise and a few specks away from the words. Rotation is not
	// applied, because it would make the axis-aligned ground-truth boxes
	// inexact. Word boxes are the tight boxes of the ink as drawn, before
	// the blur (which spreads ink by at most one pixel).
	Noise bool
}

// Word is one drawn word and the tight bounding box of its ink, in image
// pixels.
type Word struct {
	Text string
	Box  doc.Box
}

// Entity is one planted piece of personal data. Type uses the strings of
// entity.Type (PERSON, DATE, PHONE, ...). Words are its words in drawing order;
// where punctuation that is not part of the value touches a word ("Orcutt:"),
// the entity's word holds only the value's part and its box only that
// part's ink. Text is the words' texts joined by single spaces.
type Entity struct {
	Type  string
	Text  string
	Words []Word
}

// Box is the union of the entity's word boxes.
func (e Entity) Box() doc.Box {
	return doc.UnionOf(e.Words, func(w Word) doc.Box { return w.Box })
}

// Document is one generated page.
type Document struct {
	Kind  Kind
	Seed  int64
	Image *image.Gray
	// Entities are the planted personal data, in drawing order.
	Entities []Entity
	// Words are all words drawn, personal or not, in drawing order. Word
	// boxes are pairwise disjoint.
	Words []Word

	// paper is the clean page's paper grey level; graphics marks the
	// pixels of rules, boxes and marks (for tests).
	paper         uint8
	graphics      []bool
	width, height int
}

// Generate draws one page.
func Generate(opts Options) (*Document, error) {
	if opts.Kind == "" {
		opts.Kind = Form
	}
	if opts.Width == 0 {
		opts.Width = DefaultWidth
	}
	if opts.Height == 0 {
		opts.Height = DefaultHeight
	}
	if opts.Width < MinWidth || opts.Height < MinHeight {
		return nil, fmt.Errorf("synthdoc: page %dx%d is smaller than the minimum %dx%d", opts.Width, opts.Height, MinWidth, MinHeight)
	}
	if opts.Width > 8000 || opts.Height > 8000 {
		return nil, fmt.Errorf("synthdoc: page %dx%d is too large", opts.Width, opts.Height)
	}
	c := newCanvas(opts.Width, opts.Height)
	// The kind is mixed into the seed so that a form and a letter with the
	// same seed share no values.
	seed := splitmix(uint64(opts.Seed) ^ kindSalt(opts.Kind))
	v := values{f: gofakeit.New(seed)}
	th := newTheme(v)
	switch opts.Kind {
	case Form:
		drawForm(c, v, th)
	case Letter:
		drawLetter(c, v, th)
	case Invoice:
		drawInvoice(c, v, th)
	default:
		return nil, fmt.Errorf("synthdoc: unknown kind %q", opts.Kind)
	}
	if err := c.verify(); err != nil {
		if errors.Is(err, pagedraw.ErrLayout) {
			return nil, fmt.Errorf("synthdoc: %s seed %d at %dx%d: %w", opts.Kind, opts.Seed, opts.Width, opts.Height, err)
		}
		return nil, err
	}
	d := &Document{Kind: opts.Kind, Seed: opts.Seed, Words: c.words, paper: th.Paper, width: c.W, height: c.H}
	for _, e := range c.ents {
		if len(e.words) == 0 {
			continue
		}
		texts := make([]string, len(e.words))
		for i, w := range e.words {
			texts[i] = w.Text
		}
		d.Entities = append(d.Entities, Entity{Type: e.typ, Text: strings.Join(texts, " "), Words: e.words})
	}
	d.graphics = make([]bool, len(c.Owner))
	for i, o := range c.Owner {
		d.graphics[i] = o < 0
	}
	d.Image = render(c, th.Paper, opts.Noise, splitmix(seed))
	return d, nil
}

// kindSalt is a 64-bit FNV-1a hash of the kind's name.
func kindSalt(k Kind) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	return h
}

func pickFamily(v values, c fonts.Class, bold bool) *fonts.Family {
	fs := pagedraw.Families(c, bold)
	if len(fs) == 0 {
		fs = fonts.ByClass(fonts.Sans, bold)
	}
	if len(fs) == 0 {
		return fonts.Default()
	}
	return fs[v.f.IntN(len(fs))]
}

func newTheme(v values) pagedraw.Theme {
	cls := []fonts.Class{fonts.Serif, fonts.Sans, fonts.Sans, fonts.Mono}[v.f.IntN(4)]
	t := pagedraw.Theme{
		Body: pickFamily(v, cls, false),
		Bold: pickFamily(v, cls, true),
		Head: pickFamily(v, []fonts.Class{fonts.Serif, fonts.Sans}[v.f.IntN(2)], true),
	}
	// Values are often typed in another face than the printed labels.
	if v.chance(0.5) {
		t.Value = pickFamily(v, []fonts.Class{fonts.Mono, fonts.Serif, fonts.Sans}[v.f.IntN(3)], false)
	} else {
		t.Value = t.Body
	}
	t.Ink = uint8(v.f.IntN(30))
	t.ValueInk = t.Ink
	if v.chance(0.35) {
		t.ValueInk = uint8(25 + v.f.IntN(25)) // dark blue, as grey
	}
	t.Rule = uint8(v.f.IntN(60))
	t.Paper = uint8(240 + v.f.IntN(16))
	return t
}
