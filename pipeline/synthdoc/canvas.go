package synthdoc

import (
	"fmt"
	"image"
	"image/draw"
	"math"
	"sort"
	"strings"

	"golang.org/x/image/math/fixed"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// lineHeight is the baseline-to-baseline distance for wrapped text.
func lineHeight(s *style) float64 { return math.Ceil(s.Size * 1.38) }

// style and tok are the shared drawing package's; a tok's Span is the
// index of its entity, or -1 for a word of no entity.
type (
	style = pagedraw.Style
	tok   = pagedraw.Token
)

// entBuild collects an entity's words while the page is drawn.
type entBuild struct {
	typ   string
	words []Word
}

// canvas is the page being drawn with the words and entities drawn so far.
type canvas struct {
	*pagedraw.Canvas
	words []Word
	ents  []entBuild
}

func newCanvas(w, h int) *canvas { return &canvas{Canvas: pagedraw.New(w, h)} }

// newEnt starts an entity of type typ and returns its index.
func (c *canvas) newEnt(typ string) int {
	c.ents = append(c.ents, entBuild{typ: typ})
	return len(c.ents) - 1
}

// plain splits non-personal text into words.
func plain(s string) []tok {
	var out []tok
	for _, w := range strings.Fields(s) {
		out = append(out, tok{Text: w, Span: -1})
	}
	return out
}

// pii makes a new entity of type typ from value and returns its words.
func (c *canvas) pii(typ, value string) []tok {
	id := c.newEnt(typ)
	var out []tok
	for _, w := range strings.Fields(value) {
		out = append(out, tok{Text: w, Span: id, Core0: 0, Core1: len(w)})
	}
	return out
}

// punct attaches non-entity punctuation before the first and after the last
// word, as it is printed ("Orcutt:", "(614)" stays inside a phone entity).
func punct(ts []tok, pre, post string) []tok {
	if len(ts) == 0 {
		return ts
	}
	out := append([]tok(nil), ts...)
	f := &out[0]
	if pre != "" {
		if f.Span >= 0 {
			f.Core0 += len(pre)
			f.Core1 += len(pre)
		}
		f.Text = pre + f.Text
	}
	l := &out[len(out)-1]
	l.Text += post
	return out
}

// line draws words on one baseline from x and returns the end x.
func (c *canvas) line(s *style, x float64, baseline int, ts []tok) float64 {
	return s.Line(x, baseline, ts, c.word)
}

// wrap draws words left-aligned in a column of width w, starting with the
// baseline y, and returns the baseline of the last line drawn.
func (c *canvas) wrap(s *style, x float64, y int, w float64, ts []tok) int {
	lh := int(lineHeight(s))
	lines := breakLines(s, w, ts)
	for i, l := range lines {
		if i > 0 {
			y += lh
		}
		c.line(s, x, y, l)
	}
	return y
}

// wrapLines counts the lines wrap would use.
func wrapLines(s *style, w float64, ts []tok) int {
	return len(breakLines(s, w, ts))
}

// breakLines splits words into lines of at most w pixels; an entity's
// words stay on one line when they fit on a line at all.
func breakLines(s *style, w float64, ts []tok) [][]tok {
	return s.BreakLines(w, ts, func(ent int) bool { return ent >= 0 })
}

type glyphMask struct {
	r    image.Rectangle
	a    *image.Alpha
	core bool
}

// word draws one word with its left dot at x on the baseline and records it
// with the tight box of the ink it drew. It returns the advance width.
func (c *canvas) word(s *style, x float64, baseline int, t tok) float64 {
	if s.Face == nil || t.Text == "" {
		return 0
	}
	dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.I(baseline)}
	start := dot.X
	var glyphs []glyphMask
	var union image.Rectangle
	prev := rune(-1)
	pos := 0
	partial := t.Span >= 0 && (t.Core0 > 0 || t.Core1 < len(t.Text))
	for _, r := range t.Text {
		if prev >= 0 {
			dot.X += s.Face.Kern(prev, r)
		}
		dr, mask, mp, adv, ok := s.Face.Glyph(dot, r)
		if ok && !dr.Empty() {
			cp := image.NewAlpha(dr)
			draw.Draw(cp, dr, mask, mp, draw.Src)
			glyphs = append(glyphs, glyphMask{r: dr, a: cp, core: pos >= t.Core0 && pos < t.Core1})
			union = union.Union(dr)
		}
		dot.X += adv
		prev = r
		pos += len(string(r))
	}
	advance := float64(dot.X-start) / 64
	if union.Empty() {
		return advance
	}
	buf := image.NewAlpha(union)
	var core *image.Alpha
	if partial {
		core = image.NewAlpha(union)
	}
	for _, g := range glyphs {
		draw.Draw(buf, g.r, g.a, g.r.Min, draw.Over)
		if partial && g.core {
			draw.Draw(core, g.r, g.a, g.r.Min, draw.Over)
		}
	}
	box := pagedraw.InkBox(buf)
	if box.Empty() {
		return advance
	}
	if _, ok := c.Place(box, s.Ink, buf); !ok {
		return advance
	}
	c.words = append(c.words, Word{Text: t.Text, Box: doc.BoxFromRect(box)})
	if t.Span >= 0 {
		w := Word{Text: t.Text, Box: doc.BoxFromRect(box)}
		if partial {
			w.Text = t.Text[t.Core0:t.Core1]
			w.Box = doc.BoxFromRect(pagedraw.InkBox(core))
		}
		if !w.Box.Empty() {
			c.ents[t.Span].words = append(c.ents[t.Span].words, w)
		}
	}
	return advance
}

// scribble draws a handwritten-looking signature inside r: a run of
// cursive loops (a prolate cycloid) with a varying height.
func (c *canvas) scribble(r image.Rectangle, v values, ink uint8) {
	n := 4 + v.f.IntN(5) // loops
	w, h := float64(r.Dx()), float64(r.Dy())
	yc := float64(r.Min.Y) + h/2
	amp := make([]float64, n+2)
	for i := range amp {
		amp[i] = 0.45 + 0.55*v.f.Float64()
	}
	loopR := w / float64(n) / (2 * math.Pi) * (1.3 + 0.8*v.f.Float64())
	slant := 0.15 + 0.25*v.f.Float64()
	const steps = 240
	var px, py float64
	for i := 0; i <= steps; i++ {
		t := float64(i) / steps
		phi := t * float64(n) * 2 * math.Pi
		k := int(t * float64(n))
		a := amp[k] + (amp[k+1]-amp[k])*(t*float64(n)-float64(k))
		dy := -math.Cos(phi) * a * (h/2 - 3)
		x := float64(r.Min.X) + 3 + (w-6-2*loopR)*t + loopR*(1-math.Sin(phi)) - slant*dy
		y := yc + dy
		x = math.Max(float64(r.Min.X)+2, math.Min(float64(r.Max.X)-2, x))
		if i > 0 {
			c.Stroke(px, py, x, y, math.Max(1.7, h/24), ink)
		}
		px, py = x, y
	}
}

// verify checks the ground truth: word boxes are pairwise disjoint and no
// other word's or graphic's ink lies inside a word's box.
func (c *canvas) verify() error {
	if c.Err != nil {
		return c.Err
	}
	idx := make([]int, len(c.words))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return c.words[idx[a]].Box.Left < c.words[idx[b]].Box.Left })
	for a := 0; a < len(idx); a++ {
		ba := c.words[idx[a]].Box
		for b := a + 1; b < len(idx); b++ {
			bb := c.words[idx[b]].Box
			if bb.Left >= ba.Right() {
				break
			}
			if !ba.Intersect(bb).Empty() {
				return fmt.Errorf("%w: word boxes %d and %d overlap", pagedraw.ErrLayout, idx[a], idx[b])
			}
		}
	}
	for i, w := range c.words {
		for y := w.Box.Top; y < w.Box.Bottom(); y++ {
			for x := w.Box.Left; x < w.Box.Right(); x++ {
				if o := c.Owner[y*c.W+x]; o != 0 && o != int32(i+1) {
					return fmt.Errorf("%w: foreign ink (owner %d) inside word %d's box", pagedraw.ErrLayout, o, i)
				}
			}
		}
	}
	return nil
}
