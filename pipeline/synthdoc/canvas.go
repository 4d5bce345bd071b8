package synthdoc

import (
	"errors"
	"fmt"
	"image"
	"image/draw"
	"math"
	"sort"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
)

// inkThreshold is the smallest glyph coverage (of 255) that is drawn. Lower
// anti-aliasing coverage is dropped, so that every pixel a word owns visibly
// changes the page and the word's box is the tight box of visible ink.
const inkThreshold = 8

// errLayout marks a page whose layout did not fit or collided; Generate
// reports it with the kind and seed.
var errLayout = errors.New("layout")

// style is a face with its size and ink level.
type style struct {
	fam  *fonts.Family
	size float64
	face font.Face
	ink  uint8
	asc  float64 // ascent in pixels
	desc float64 // descent in pixels
	sp   float64 // width of a space
}

// lineHeight is the baseline-to-baseline distance for wrapped text.
func (s *style) lineHeight() float64 { return math.Ceil(s.size * 1.38) }

// tok is one word to draw. When ent >= 0 the bytes [core0, core1) of text
// belong to entity ent (the rest is punctuation such as a trailing comma).
type tok struct {
	text         string
	ent          int
	core0, core1 int
}

// entBuild collects an entity's words while the page is drawn.
type entBuild struct {
	typ   string
	words []Word
}

// canvas records ink coverage, ink level and the owner of every pixel: 0
// for paper, -1 for graphics (rules, boxes, marks) and i+1 for word i.
type canvas struct {
	w, h  int
	cov   []uint8
	ink   []uint8
	owner []int32
	words []Word
	ents  []entBuild
	faces map[string]font.Face
	err   error
}

func newCanvas(w, h int) *canvas {
	n := w * h
	return &canvas{w: w, h: h, cov: make([]uint8, n), ink: make([]uint8, n), owner: make([]int32, n), faces: map[string]font.Face{}}
}

// fail keeps the first layout error.
func (c *canvas) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf("%w: "+format, append([]any{errLayout}, args...)...)
	}
}

// style makes (or reuses) a face of family fam at size px.
func (c *canvas) style(fam *fonts.Family, size float64, ink uint8) *style {
	key := fmt.Sprintf("%s/%.2f", fam.Name, size)
	face, ok := c.faces[key]
	if !ok {
		var err error
		face, err = fam.Face(size)
		if err != nil {
			c.fail("face %s: %v", fam.Name, err)
			face = nil
		}
		c.faces[key] = face
	}
	s := &style{fam: fam, size: size, face: face, ink: ink}
	if face != nil {
		m := face.Metrics()
		s.asc = float64(m.Ascent) / 64
		s.desc = float64(m.Descent) / 64
		s.sp = float64(font.MeasureString(face, " ")) / 64
	}
	return s
}

// newEnt starts an entity of type typ and returns its index.
func (c *canvas) newEnt(typ string) int {
	c.ents = append(c.ents, entBuild{typ: typ})
	return len(c.ents) - 1
}

// plain splits non-personal text into words.
func plain(s string) []tok {
	var out []tok
	for _, w := range strings.Fields(s) {
		out = append(out, tok{text: w, ent: -1})
	}
	return out
}

// pii makes a new entity of type typ from value and returns its words.
func (c *canvas) pii(typ, value string) []tok {
	id := c.newEnt(typ)
	var out []tok
	for _, w := range strings.Fields(value) {
		out = append(out, tok{text: w, ent: id, core0: 0, core1: len(w)})
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
		if f.ent >= 0 {
			f.core0 += len(pre)
			f.core1 += len(pre)
		}
		f.text = pre + f.text
	}
	l := &out[len(out)-1]
	l.text += post
	return out
}

func cat(parts ...[]tok) []tok {
	var out []tok
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// measure is the advance width of words joined by single spaces.
func (c *canvas) measure(s *style, ts []tok) float64 {
	if s.face == nil {
		return 0
	}
	w := 0.0
	for i, t := range ts {
		if i > 0 {
			w += s.sp
		}
		w += float64(font.MeasureString(s.face, t.text)) / 64
	}
	return w
}

// line draws words on one baseline from x and returns the end x.
func (c *canvas) line(s *style, x float64, baseline int, ts []tok) float64 {
	for i, t := range ts {
		if i > 0 {
			x += s.sp
		}
		x += c.word(s, x, baseline, t)
	}
	return x
}

// wrap draws words left-aligned in a column of width w, starting with the
// baseline y, and returns the baseline of the last line drawn.
func (c *canvas) wrap(s *style, x float64, y int, w float64, ts []tok) int {
	lh := int(s.lineHeight())
	lines := c.breakLines(s, w, ts)
	for i, l := range lines {
		if i > 0 {
			y += lh
		}
		c.line(s, x, y, l)
	}
	return y
}

// wrapLines counts the lines wrap would use.
func (c *canvas) wrapLines(s *style, w float64, ts []tok) int {
	return len(c.breakLines(s, w, ts))
}

// breakLines splits words into lines of at most w pixels (a single word
// wider than w gets a line of its own). An entity's words stay on one line
// when they fit on a line at all, so a phone number or a name is not split
// across lines.
func (c *canvas) breakLines(s *style, w float64, ts []tok) [][]tok {
	if s.face == nil || len(ts) == 0 {
		return nil
	}
	width := func(t tok) float64 { return float64(font.MeasureString(s.face, t.text)) / 64 }
	var lines [][]tok
	var cur []tok
	cx := 0.0
	for i, t := range ts {
		tw := width(t)
		need := tw
		if t.ent >= 0 && (i == 0 || ts[i-1].ent != t.ent) {
			// The whole entity, if it can fit on a line.
			gw := tw
			for j := i + 1; j < len(ts) && ts[j].ent == t.ent; j++ {
				gw += s.sp + width(ts[j])
			}
			if gw <= w {
				need = gw
			}
		}
		if len(cur) > 0 && cx+s.sp+need > w {
			lines = append(lines, cur)
			cur, cx = nil, 0
		}
		if len(cur) > 0 {
			cx += s.sp
		}
		cur = append(cur, t)
		cx += tw
	}
	return append(lines, cur)
}

type glyphMask struct {
	r    image.Rectangle
	a    *image.Alpha
	core bool
}

// word draws one word with its left dot at x on the baseline and records it
// with the tight box of the ink it drew. It returns the advance width.
func (c *canvas) word(s *style, x float64, baseline int, t tok) float64 {
	if s.face == nil || t.text == "" {
		return 0
	}
	dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.I(baseline)}
	start := dot.X
	var glyphs []glyphMask
	var union image.Rectangle
	prev := rune(-1)
	pos := 0
	partial := t.ent >= 0 && (t.core0 > 0 || t.core1 < len(t.text))
	for _, r := range t.text {
		if prev >= 0 {
			dot.X += s.face.Kern(prev, r)
		}
		dr, mask, mp, adv, ok := s.face.Glyph(dot, r)
		if ok && !dr.Empty() {
			cp := image.NewAlpha(dr)
			draw.Draw(cp, dr, mask, mp, draw.Src)
			glyphs = append(glyphs, glyphMask{r: dr, a: cp, core: pos >= t.core0 && pos < t.core1})
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
	box := inkBox(buf)
	if box.Empty() {
		return advance
	}
	if box.Min.X < 1 || box.Min.Y < 1 || box.Max.X > c.w-1 || box.Max.Y > c.h-1 {
		c.fail("word %d outside the page at %v", len(c.words), box)
		return advance
	}
	id := int32(len(c.words) + 1)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if o := c.owner[y*c.w+x]; o != 0 {
				c.fail("word %d box %v collides with owner %d", id-1, box, o)
				return advance
			}
		}
	}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			a := buf.AlphaAt(x, y).A
			if a < inkThreshold {
				continue
			}
			i := y*c.w + x
			c.cov[i] = over(c.cov[i], a)
			c.ink[i] = s.ink
			c.owner[i] = id
		}
	}
	c.words = append(c.words, Word{Text: t.text, Box: doc.BoxFromRect(box)})
	if t.ent >= 0 {
		w := Word{Text: t.text, Box: doc.BoxFromRect(box)}
		if partial {
			w.Text = t.text[t.core0:t.core1]
			w.Box = doc.BoxFromRect(inkBox(core))
		}
		if !w.Box.Empty() {
			c.ents[t.ent].words = append(c.ents[t.ent].words, w)
		}
	}
	return advance
}

// inkBox is the bounding box of the pixels at or above inkThreshold.
func inkBox(a *image.Alpha) image.Rectangle {
	b := a.Bounds()
	minX, minY, maxX, maxY := b.Max.X, b.Max.Y, b.Min.X, b.Min.Y
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := a.Pix[(y-b.Min.Y)*a.Stride:]
		for x := b.Min.X; x < b.Max.X; x++ {
			if row[x-b.Min.X] >= inkThreshold {
				minX, maxX = min(minX, x), max(maxX, x+1)
				minY, maxY = min(minY, y), max(maxY, y+1)
			}
		}
	}
	if minX >= maxX {
		return image.Rectangle{}
	}
	return image.Rect(minX, minY, maxX, maxY)
}

func over(dst, src uint8) uint8 {
	return uint8(int(src) + int(dst)*(255-int(src))/255)
}

// paint lays graphics coverage a at pixel (x, y).
func (c *canvas) paint(x, y int, a uint8, ink uint8) {
	if x < 0 || y < 0 || x >= c.w || y >= c.h || a < inkThreshold {
		return
	}
	i := y*c.w + x
	if c.owner[i] > 0 {
		c.fail("graphics at (%d,%d) hit word %d", x, y, c.owner[i]-1)
		return
	}
	c.cov[i] = over(c.cov[i], a)
	c.ink[i] = ink
	c.owner[i] = -1
}

// fill draws a solid rectangle of graphics.
func (c *canvas) fill(r image.Rectangle, ink uint8) {
	r = r.Intersect(image.Rect(0, 0, c.w, c.h))
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c.paint(x, y, 255, ink)
		}
	}
}

// hline draws a horizontal rule of thickness t with its top at y.
func (c *canvas) hline(x0, x1, y, t int, ink uint8) { c.fill(image.Rect(x0, y, x1, y+t), ink) }

// vline draws a vertical rule of thickness t with its left edge at x.
func (c *canvas) vline(x, y0, y1, t int, ink uint8) { c.fill(image.Rect(x, y0, x+t, y1), ink) }

// frame draws a rectangle outline of thickness t inside r.
func (c *canvas) frame(r image.Rectangle, t int, ink uint8) {
	c.hline(r.Min.X, r.Max.X, r.Min.Y, t, ink)
	c.hline(r.Min.X, r.Max.X, r.Max.Y-t, t, ink)
	c.vline(r.Min.X, r.Min.Y+t, r.Max.Y-t, t, ink)
	c.vline(r.Max.X-t, r.Min.Y+t, r.Max.Y-t, t, ink)
}

// stroke draws an anti-aliased line of width wd from (x0,y0) to (x1,y1).
func (c *canvas) stroke(x0, y0, x1, y1, wd float64, ink uint8) {
	minX, maxX := int(math.Floor(min(x0, x1)-wd)), int(math.Ceil(max(x0, x1)+wd))
	minY, maxY := int(math.Floor(min(y0, y1)-wd)), int(math.Ceil(max(y0, y1)+wd))
	dx, dy := x1-x0, y1-y0
	l2 := dx*dx + dy*dy
	for y := minY; y <= maxY; y++ {
		for x := minX; x <= maxX; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5
			u := 0.0
			if l2 > 0 {
				u = math.Max(0, math.Min(1, ((px-x0)*dx+(py-y0)*dy)/l2))
			}
			ex, ey := px-(x0+u*dx), py-(y0+u*dy)
			d := math.Sqrt(ex*ex+ey*ey) - wd/2
			a := math.Max(0, math.Min(1, 0.5-d))
			if a > 0 {
				i := y*c.w + x
				if x >= 0 && y >= 0 && x < c.w && y < c.h && c.owner[i] == -1 && c.cov[i] >= uint8(a*255) {
					continue
				}
				c.paint(x, y, uint8(a*255+0.5), ink)
			}
		}
	}
}

// checkbox draws a square box of side n with lines t thick at (x, y),
// ticked with an X.
func (c *canvas) checkbox(x, y, n, t int, ticked bool, ink uint8) {
	c.frame(image.Rect(x, y, x+n, y+n), t, ink)
	if ticked {
		m := float64(n) * 0.22
		fx, fy, fn := float64(x), float64(y), float64(n)
		c.stroke(fx+m, fy+m, fx+fn-m, fy+fn-m, 1.1*float64(t), ink)
		c.stroke(fx+fn-m, fy+m, fx+m, fy+fn-m, 1.1*float64(t), ink)
	}
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
			c.stroke(px, py, x, y, math.Max(1.7, h/24), ink)
		}
		px, py = x, y
	}
}

// verify checks the ground truth: word boxes are pairwise disjoint and no
// other word's or graphic's ink lies inside a word's box.
func (c *canvas) verify() error {
	if c.err != nil {
		return c.err
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
				return fmt.Errorf("%w: word boxes %d and %d overlap", errLayout, idx[a], idx[b])
			}
		}
	}
	for i, w := range c.words {
		for y := w.Box.Top; y < w.Box.Bottom(); y++ {
			for x := w.Box.Left; x < w.Box.Right(); x++ {
				if o := c.owner[y*c.w+x]; o != 0 && o != int32(i+1) {
					return fmt.Errorf("%w: foreign ink (owner %d) inside word %d's box", errLayout, o, i)
				}
			}
		}
	}
	return nil
}
