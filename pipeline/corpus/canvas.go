package corpus

import (
	"image"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// style and tok are the shared drawing package's; every tok of a page
// belongs to a span.
type (
	style = pagedraw.Style
	tok   = pagedraw.Token
)

// lineHeight is the distance between baselines of wrapped lines.
func lineHeight(s *style) int { return int(math.Ceil(s.Size * 1.35)) }

// spanInfo is a span's role and entity type while the page is drawn.
type spanInfo struct {
	role Role
	typ  string
}

// canvas is the page being drawn with its words and spans. core marks the
// pixels of a word that belong to its span's part of the word.
type canvas struct {
	*pagedraw.Canvas
	core     []bool
	words    []Word
	spanOf   []int
	coreText []string
	spans    []spanInfo
}

func newCanvas(w, h int) *canvas {
	return &canvas{Canvas: pagedraw.New(w, h), core: make([]bool, w*h)}
}

// style makes (or reuses) a face of fam at size pixels, rounded to half a
// pixel.
func (c *canvas) style(fam *fonts.Family, size float64, ink uint8) *style {
	return c.Style(fam, math.Round(size*2)/2, ink)
}

// newSpan starts a span and returns its index.
func (c *canvas) newSpan(role Role, typ string) int {
	c.spans = append(c.spans, spanInfo{role: role, typ: typ})
	return len(c.spans) - 1
}

// line draws words on one baseline from x and returns the end x.
func (c *canvas) line(s *style, x float64, baseline int, ts []tok) float64 {
	return s.Line(x, baseline, ts, c.word)
}

// word draws one word with its dot at x on the baseline, records it with
// the tight box of its ink, and returns its advance. The word's part
// before, in and after its span's bytes is drawn as a piece of its own.
func (c *canvas) word(s *style, x float64, baseline int, t tok) float64 {
	if s.Face == nil || t.Text == "" {
		return 0
	}
	dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.I(baseline)}
	start := dot.X
	var pieces []*image.Alpha
	var core *image.Alpha
	parts := [3]string{t.Text[:t.Core0], t.Text[t.Core0:t.Core1], t.Text[t.Core1:]}
	for i, p := range parts {
		if p == "" {
			continue
		}
		b, adv := font.BoundString(s.Face, p)
		r := image.Rect((dot.X + b.Min.X).Floor(), (dot.Y + b.Min.Y).Floor(), (dot.X + b.Max.X).Ceil(), (dot.Y + b.Max.Y).Ceil())
		a := image.NewAlpha(r)
		d := font.Drawer{Dst: a, Src: image.Opaque, Face: s.Face, Dot: dot}
		d.DrawString(p)
		pieces = append(pieces, a)
		if i == 1 {
			core = a
		}
		dot.X += adv
	}
	advance := float64(dot.X-start) / 64
	var box image.Rectangle
	for _, p := range pieces {
		box = box.Union(pagedraw.InkBox(p))
	}
	if box.Empty() {
		return advance
	}
	if _, ok := c.Place(box, s.Ink, pieces...); !ok {
		return advance
	}
	if core != nil {
		c.markCore(core)
	}
	c.words = append(c.words, Word{Text: t.Text, Box: doc.BoxFromRect(box), Role: c.spans[t.Span].role})
	c.spanOf = append(c.spanOf, t.Span)
	c.coreText = append(c.coreText, t.Text[t.Core0:t.Core1])
	return advance
}

// markCore marks the inked pixels of a as span pixels.
func (c *canvas) markCore(a *image.Alpha) {
	r := a.Rect
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.Pix[(y-r.Min.Y)*a.Stride+x-r.Min.X] >= pagedraw.MinInk {
				c.core[y*c.W+x] = true
			}
		}
	}
}

// dash draws a dashed rule (receipts) of dashes d long.
func (c *canvas) dash(x0, x1, y, d int, ink uint8) {
	for x := x0; x < x1; x += 2 * d {
		c.HLine(x, min(x+d, x1), y, 2, ink)
	}
}

// signature draws a handwritten-looking loop line inside r.
func (c *canvas) signature(r image.Rectangle, g *gen, ink uint8) {
	n := 3 + g.r.IntN(5)
	w, h := float64(r.Dx()), float64(r.Dy())
	const steps = 200
	var px, py float64
	for i := 0; i <= steps; i++ {
		t := float64(i) / steps
		phi := t * float64(n) * 2 * math.Pi
		x := float64(r.Min.X) + 4 + (w-8)*t + w/float64(n)/7*math.Sin(phi)
		y := float64(r.Min.Y) + h/2 - math.Cos(phi)*(h/2-4)*(0.5+0.5*math.Sin(t*3))
		if i > 0 {
			c.Stroke(px, py, x, y, math.Max(1.6, h/22), ink)
		}
		px, py = x, y
	}
}
