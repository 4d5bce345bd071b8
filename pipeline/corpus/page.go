package corpus

import (
	"errors"
	"fmt"
	"image"
	"math/rand/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// Page sizes in pixels at 150 dpi.
const (
	a4W, a4H         = 1240, 1754
	letterW, letterH = 1275, 1650
	receiptMaxH      = 2600
)

// attempts is how many seeds Render tries before it gives up on a page
// whose layout collides.
const attempts = 12

// Render draws one page of the kind in the country's conventions. The same
// arguments give the same page. Clean turns scan damage off.
func Render(kind Kind, countryCode string, seed int64, clean bool) (*Page, error) {
	c, ok := countryByCode(countryCode)
	if !ok {
		return nil, fmt.Errorf("corpus: unknown country %q", countryCode)
	}
	all, err := locales()
	if err != nil {
		return nil, err
	}
	d, ok := all[c.locale]
	if !ok {
		return nil, fmt.Errorf("corpus: no data for locale %s", c.locale)
	}
	draw, ok := drawers[kind]
	if !ok {
		return nil, fmt.Errorf("corpus: unknown kind %q", kind)
	}
	var last error
	for a := 0; a < attempts; a++ {
		p, err := renderOnce(kind, c, d, draw, seed, uint64(a), clean)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, pagedraw.ErrLayout) {
			return nil, err
		}
		last = err
	}
	return nil, fmt.Errorf("corpus: %s %s seed %d: %w", kind, c.code, seed, last)
}

// drawers draw each kind on a sheet.
var drawers = map[Kind]func(*sheet){
	Receipt: drawReceipt, Invoice: drawInvoice, Medical: drawMedical,
	Letter: drawLetter, Form: drawForm, Statement: drawStatement,
}

func renderOnce(kind Kind, c *country, d *localeData, draw func(*sheet), seed int64, attempt uint64, clean bool) (*Page, error) {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), 0xc0de5eed+attempt)), c: c, d: d}
	w, h := letterW, letterH
	if c.a4 {
		w, h = a4W, a4H
	}
	k := 1.0
	if kind == Receipt {
		w, h = 600+g.r.IntN(120), receiptMaxH
		k = float64(w) / 640
	}
	cv := newCanvas(w, h)
	th := g.theme()
	s := newSheet(cv, g, th)
	if kind == Receipt {
		s.k = k
		s.left, s.right = s.px(30), w-s.px(30)
		s.top, s.y, s.bottom = s.px(40), s.px(40), h-s.px(40)
	}
	draw(s)
	if cv.Err != nil {
		return nil, cv.Err
	}
	if s.y > s.bottom {
		return nil, fmt.Errorf("%w: page overflows (%d > %d)", pagedraw.ErrLayout, s.y, s.bottom)
	}
	if kind == Receipt {
		cv.crop(min(h, s.y+s.px(60)))
	}
	dm := g.damage(clean)
	r := render(cv, th.Paper, dm, g.r)
	return assemble(kind, c, seed, cv, r), nil
}

// crop keeps the top h rows of the canvas.
func (c *canvas) crop(h int) {
	c.Crop(h)
	c.core = c.core[:c.W*h]
}

// assemble builds the page's words and spans from the inked page's ownership
// maps: each word's box is the tight box of its ink as rendered, and its
// span part's box the tight box of the part's ink.
func assemble(kind Kind, c *country, seed int64, cv *canvas, r inked) *Page {
	n := len(cv.words)
	boxes := make([]image.Rectangle, n)
	cores := make([]image.Rectangle, n)
	for y := 0; y < cv.H; y++ {
		for x := 0; x < cv.W; x++ {
			o := r.owner[y*cv.W+x]
			if o <= 0 {
				continue
			}
			px := image.Rect(x, y, x+1, y+1)
			boxes[o-1] = boxes[o-1].Union(px)
			if r.core[y*cv.W+x] {
				cores[o-1] = cores[o-1].Union(px)
			}
		}
	}
	p := &Page{Kind: kind, Country: c.code, Seed: seed, Image: r.img, Spans: make([]Span, len(cv.spans))}
	for i, si := range cv.spans {
		p.Spans[i] = Span{Role: si.role, Type: si.typ}
	}
	for i, w := range cv.words {
		if boxes[i].Empty() {
			continue
		}
		w.Box = doc.BoxFromRect(boxes[i])
		p.Words = append(p.Words, w)
		p.spanOf = append(p.spanOf, cv.spanOf[i])
		if !cores[i].Empty() {
			sp := &p.Spans[cv.spanOf[i]]
			sp.Words = append(sp.Words, Word{Text: cv.coreText[i], Box: doc.BoxFromRect(cores[i]), Role: sp.Role})
		}
	}
	return p
}
