package corpus

import (
	"image"
	"math"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

func (g *gen) family(c fonts.Class, bold bool) *fonts.Family {
	fs := pagedraw.Families(c, bold)
	if len(fs) == 0 {
		return fonts.Default()
	}
	return fs[g.r.IntN(len(fs))]
}

func (g *gen) theme() pagedraw.Theme {
	cls := []fonts.Class{fonts.Serif, fonts.Sans, fonts.Sans, fonts.Mono}[g.r.IntN(4)]
	t := pagedraw.Theme{
		Body: g.family(cls, false),
		Bold: g.family(cls, true),
		Head: g.family([]fonts.Class{fonts.Serif, fonts.Sans}[g.r.IntN(2)], true),
		Mono: g.family(fonts.Mono, false),
	}
	t.Value = t.Body
	if g.chance(0.4) {
		// Values typed in another face than the printed form.
		t.Value = g.family([]fonts.Class{fonts.Mono, fonts.Serif, fonts.Sans}[g.r.IntN(3)], false)
	}
	t.Ink = uint8(g.r.IntN(35))
	t.ValueInk = t.Ink
	if g.chance(0.3) {
		t.ValueInk = uint8(30 + g.r.IntN(30))
	}
	t.Rule = uint8(g.r.IntN(70))
	t.Paper = uint8(238 + g.r.IntN(18))
	return t
}

// sheet is the layout state of a page: the canvas, values, theme, margins
// and y, the top of the free space.
type sheet struct {
	c                        *canvas
	g                        *gen
	th                       pagedraw.Theme
	left, right, top, bottom int
	y                        int
	k                        float64 // sizes scale with the page width
	air                      float64 // vertical gaps scale with it
}

func newSheet(c *canvas, g *gen, th pagedraw.Theme) *sheet {
	k := float64(c.W) / 1240
	mx := int(float64(c.W) * (0.07 + 0.03*g.r.Float64()))
	my := int(float64(c.H) * (0.04 + 0.02*g.r.Float64()))
	return &sheet{c: c, g: g, th: th, left: mx, right: c.W - mx, top: my, bottom: c.H - my, y: my, k: k, air: 0.8 + 0.6*g.r.Float64()}
}

func (s *sheet) px(n float64) int { return int(math.Round(n * s.k)) }

func (s *sheet) width() int { return s.right - s.left }

// gap moves y down by n pixels scaled by the page's air.
func (s *sheet) gap(n float64) { s.y += int(n * s.k * s.air) }

// room reports whether h more pixels fit above the bottom margin.
func (s *sheet) room(h int) bool { return s.y+h <= s.bottom }

// size draws a text size between lo and hi (pixels at 150 dpi).
func (s *sheet) size(lo, hi float64) float64 { return (lo + (hi-lo)*s.g.r.Float64()) * s.k }

// st is the style of role at size pixels.
func (s *sheet) st(role pagedraw.FontRole, size float64) *style {
	fam, ink := s.th.Font(role)
	return s.c.style(fam, size, ink)
}

// words splits text into tokens of a new span of the role.
func (s *sheet) words(role Role, typ, text string) []tok {
	id := s.c.newSpan(role, typ)
	var out []tok
	for _, w := range strings.Fields(text) {
		t := tok{Text: w, Span: id, Core1: len(w)}
		if role == RolePII && len(w) > 1 && strings.HasSuffix(w, ",") {
			t.Core1-- // a comma after a value is not part of it
		}
		out = append(out, t)
	}
	return out
}

func (s *sheet) lbl(text string) []tok      { return s.words(RoleLabel, "", text) }
func (s *sheet) hdr(text string) []tok      { return s.words(RoleHeader, "", text) }
func (s *sheet) oth(text string) []tok      { return s.words(RoleOther, "", text) }
func (s *sheet) pii(typ, text string) []tok { return s.words(RolePII, typ, text) }
func (s *sheet) tr(key string) string       { return tr(s.g.c, key) }
func (s *sheet) colon(key string) []tok     { return s.lbl(s.tr(key) + ":") }
func (s *sheet) person(p person) []tok      { return s.pii("PERSON", s.g.name(p)) }

// addrLines turns an address into lines of tokens: one ADDRESS span for
// the street and town words, a ZIP span for the postcode.
func (s *sheet) addrLines(a address) [][]tok {
	id := s.c.newSpan(RolePII, "ADDRESS")
	var out [][]tok
	for _, l := range a.lines {
		var line []tok
		for _, p := range l {
			if p.zip {
				line = append(line, s.pii("ZIP", p.text)...)
				continue
			}
			for _, w := range strings.Fields(p.text) {
				t := tok{Text: w, Span: id, Core1: len(w)}
				if len(w) > 1 && strings.HasSuffix(w, ",") {
					t.Core1--
				}
				line = append(line, t)
			}
		}
		out = append(out, line)
	}
	return out
}

// oneLine joins address lines with commas.
func oneLine(lines [][]tok) []tok {
	var out []tok
	for i, l := range lines {
		if i < len(lines)-1 && len(l) > 0 && !strings.HasSuffix(l[len(l)-1].Text, ",") {
			l = append([]tok(nil), l...)
			l[len(l)-1].Text += ","
		}
		out = append(out, l...)
	}
	return out
}

// text draws one line at y aligned in [x0, x1], shrinking the style to
// fit, and moves y below it.
func (s *sheet) text(st *style, x0, x1 int, a pagedraw.Align, ts []tok) {
	st = s.fit(st, float64(x1-x0), ts)
	s.c.line(st, a.Start(x0, x1, st.Measure(ts)), st.Baseline(s.y), ts)
	s.y += lineHeight(st)
}

// fit shrinks st until ts fits in w pixels (not below 14 pixels).
func (s *sheet) fit(st *style, w float64, ts []tok) *style {
	for st.Size > 14 && st.Measure(ts) > w {
		st = s.c.style(st.Fam, st.Size-1, st.Ink)
	}
	return st
}

// para wraps ts in [x0, x0+w] from y and moves y below the last line.
// A personal value is not split across lines when it fits on one.
func (s *sheet) para(st *style, x0, w int, ts []tok) {
	for _, l := range s.breakLines(st, float64(w), ts) {
		s.c.line(st, float64(x0), st.Baseline(s.y), l)
		s.y += lineHeight(st)
	}
}

// breakLines splits ts into lines at most w wide; a personal value stays
// on one line when it fits on one.
func (s *sheet) breakLines(st *style, w float64, ts []tok) [][]tok {
	return st.BreakLines(w, ts, func(span int) bool { return s.c.spans[span].role == RolePII })
}

// linesHeight is the height para would use.
func (s *sheet) linesHeight(st *style, w int, ts []tok) int {
	return len(s.breakLines(st, float64(w), ts)) * lineHeight(st)
}

// field draws "label value" on one line at y: the label at x0, the value
// after it or at vx when vx > 0, and moves y below.
func (s *sheet) field(ls, vs *style, x0, vx, x1 int, label, value []tok) {
	lh := max(lineHeight(ls), lineHeight(vs))
	bl := s.y + int(math.Ceil(max(ls.Ascent, vs.Ascent)))
	end := s.c.line(ls, float64(x0), bl, label)
	x := end + ls.Space*1.5
	if vx > 0 && float64(vx) > x {
		x = float64(vx)
	}
	vs = s.fit(vs, float64(x1)-x, value)
	s.c.line(vs, x, bl, value)
	s.y += lh
}

// rule draws a horizontal rule across the text width at y and moves y.
func (s *sheet) rule(t int) {
	s.c.HLine(s.left, s.right, s.y, t, s.th.Rule)
	s.y += t
}

// sign draws a signature over a line between x0 and x1.
func (s *sheet) sign(x0, x1 int) {
	h := s.px(50 + float64(s.g.r.IntN(20)))
	s.c.signature(image.Rect(x0+s.px(10), s.y, x0+s.px(10)+int(float64(x1-x0)*(0.5+0.3*s.g.r.Float64())), s.y+h), s.g, s.th.ValueInk)
	s.y += h + s.px(4)
	s.c.HLine(x0, x1, s.y, 2, s.th.Rule)
	s.y += s.px(8)
}

// table draws a table: head (labels) and rows of cells; cols are column
// widths as shares of the text width, right right-aligns a column; ruled
// draws the grid, otherwise only rules under the head and at the end.
func (s *sheet) table(head []string, rows [][][]tok, cols []float64, right []bool, ruled bool) {
	hs := s.st(pagedraw.FontBold, s.size(18, 21))
	bs := s.st(pagedraw.FontValue, s.size(18, 21))
	rh := max(lineHeight(hs), lineHeight(bs)) + s.px(10)
	xs := []int{s.left}
	acc := 0.0
	for _, f := range cols {
		acc += f
		xs = append(xs, s.left+int(acc*float64(s.width())))
	}
	xs[len(xs)-1] = s.right
	top := s.y
	ink := s.th.Rule
	pad := s.px(8)
	drawRow := func(st *style, cells [][]tok) {
		if ruled || s.y == top {
			s.c.HLine(s.left, s.right, s.y, 2, ink)
		}
		y := s.y + 2 + s.px(6)
		for i, cell := range cells {
			cw := float64(xs[i+1] - xs[i] - 2*pad)
			cs := s.fit(st, cw, cell)
			x := float64(xs[i] + pad)
			if right[i] {
				x = float64(xs[i+1]-pad) - cs.Measure(cell)
			}
			s.c.line(cs, x, cs.Baseline(y), cell)
		}
		s.y += rh
	}
	hcells := make([][]tok, len(head))
	for i, h := range head {
		hcells[i] = s.lbl(h)
	}
	drawRow(hs, hcells)
	if !ruled {
		s.c.HLine(s.left, s.right, s.y, 2, ink)
	}
	for _, r := range rows {
		drawRow(bs, r)
	}
	s.c.HLine(s.left, s.right, s.y, 2, ink)
	if ruled {
		for _, x := range xs {
			if x == s.right {
				x -= 2
			}
			s.c.VLine(x, top, s.y+2, 2, ink)
		}
	}
	s.y += 2
	s.gap(16)
}
