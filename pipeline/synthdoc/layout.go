package synthdoc

import (
	"image"
	"math"
	"strconv"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// page is the layout state of one page: the canvas, the values, the theme,
// the margins and y, the top of the free space.
type page struct {
	c                        *canvas
	v                        values
	th                       pagedraw.Theme
	left, right, top, bottom int
	y                        int
	// air scales the vertical gaps between blocks, so that pages differ in
	// density; used marks prose templates already on the page.
	air  float64
	used map[int]bool
	// k scales sizes and distances for pages wider than the default 1000
	// pixels (a 2000-pixel page is a 200-dpi scan: twice the text height).
	k float64
}

func newPage(c *canvas, v values, th pagedraw.Theme) *page {
	mx := int(float64(c.W) * (0.06 + 0.02*v.f.Float64()))
	my := int(float64(c.H) * (0.04 + 0.015*v.f.Float64()))
	return &page{c: c, v: v, th: th, left: mx, right: c.W - mx, top: my, bottom: c.H - my, y: my,
		air: 1 + 1.2*v.f.Float64(), used: map[int]bool{}, k: math.Max(1, float64(c.W)/DefaultWidth)}
}

// px scales a distance of the default page to this page.
func (p *page) px(n int) int { return int(math.Round(float64(n) * p.k)) }

// thick draws a rule thickness: 1 or 2 pixels on the default page.
func (p *page) thick() int { return max(1, p.px(1+p.v.f.IntN(2))) }

// minSize is the smallest text size: 14 px on the default page.
func (p *page) minSize() float64 { return 14 * p.k }

// gap moves p.y down by n pixels scaled by the page's air.
func (p *page) gap(n int) { p.y += int(float64(n) * p.air * p.k) }

func (p *page) width() float64 { return float64(p.right - p.left) }

// room reports whether h more pixels fit above the bottom margin.
func (p *page) room(h int) bool { return p.y+h <= p.bottom }

// size draws a font size in [lo, hi] pixels (half-pixel steps).
func (p *page) size(lo, hi float64) float64 {
	return (lo + float64(p.v.f.IntN(int((hi-lo)*2)+1))/2) * p.k
}

// st is the style of role at size pixels.
func (p *page) st(role pagedraw.FontRole, size float64) *style {
	fam, ink := p.th.Font(role)
	return p.c.Style(fam, size, ink)
}

// descBelow is how far ink may reach below a baseline, rounded up.
func descBelow(s *style) int { return int(math.Ceil(math.Max(s.Descent, 0.26*s.Size))) }

// textLine draws one line at p.y aligned within [x0, x1] and moves p.y
// below it. It returns the x where the line started.
func (p *page) textLine(s *style, x0, x1 int, a pagedraw.Align, ts []tok) float64 {
	x := a.Start(x0, x1, s.Measure(ts))
	p.c.line(s, x, s.Baseline(p.y), ts)
	p.y += int(lineHeight(s))
	return x
}

// fit shrinks a style until ts fits in w pixels (not below minSize); ok is
// false when even minSize is too wide.
func (p *page) fit(role pagedraw.FontRole, size float64, w float64, ts []tok) (*style, bool) {
	for {
		s := p.st(role, size)
		if s.Measure(ts) <= w {
			return s, true
		}
		if size <= p.minSize() {
			return s, false
		}
		size = math.Max(p.minSize(), size-1)
	}
}

// paragraph wraps ts across the text width (or [x0, x0+w]) from p.y.
func (p *page) paragraph(s *style, x0 int, w float64, ts []tok) {
	last := p.c.wrap(s, float64(x0), s.Baseline(p.y), w, ts)
	p.y = last - int(math.Ceil(s.Ascent)) + int(lineHeight(s))
}

// addrToks are an address as printed: the street line, then "City, ST"
// with the ZIP. The street and city/state form one ADDRESS entity, the ZIP
// its own ZIP entity.
func (p *page) addrToks(a address) (street, cityLine []tok) {
	id := p.c.newEnt("ADDRESS")
	mk := func(s string) []tok {
		var out []tok
		for _, w := range strings.Fields(s) {
			t := tok{Text: w, Span: id, Core1: len(w)}
			if strings.HasSuffix(w, ",") {
				t.Core1--
			}
			out = append(out, t)
		}
		return out
	}
	street = mk(a.Street)
	cityLine = pagedraw.Concat(mk(a.City+", "+a.State), p.c.pii("ZIP", a.Zip))
	return
}

// addrOneLine is "Street, City, ST ZIP".
func (p *page) addrOneLine(a address) []tok {
	st, cl := p.addrToks(a)
	return pagedraw.Concat(punct(st, "", ","), cl)
}

// letterhead draws an organisation's name, address and phone numbers and
// returns the organisation's e-mail domain.
func (p *page) letterhead(org string, a address, a0 pagedraw.Align) string {
	v := p.v
	dom := v.domain(org)
	hs := p.st(pagedraw.FontHead, p.size(22, 28))
	name := p.c.pii("ORGANIZATION", org)
	if s, ok := p.fit(pagedraw.FontHead, hs.Size, p.width(), name); ok {
		hs = s
	}
	p.textLine(hs, p.left, p.right, a0, name)
	p.y += p.px(2)
	ss := p.st(pagedraw.FontBody, p.size(14, 15.5))
	st, cl := p.addrToks(a)
	if v.chance(0.5) {
		p.textLine(ss, p.left, p.right, a0, st)
		p.textLine(ss, p.left, p.right, a0, cl)
	} else {
		p.textLine(ss, p.left, p.right, a0, pagedraw.Concat(punct(st, "", ","), cl))
	}
	tel := pagedraw.Concat(plain(v.pick([]string{"Telephone", "Tel.", "Phone", "Tel:"})), p.c.pii("PHONE", v.phone()))
	if v.chance(0.6) {
		tel = pagedraw.Concat(tel, plain(v.pick([]string{"Fax", "Fax:", "Telefax"})), p.c.pii("PHONE", v.phone()))
	}
	p.textLine(ss, p.left, p.right, a0, tel)
	if v.chance(0.5) {
		p.textLine(ss, p.left, p.right, a0, p.c.pii("URL", v.url(dom)))
	}
	p.y += p.px(6)
	p.c.HLine(p.left, p.right, p.y, p.thick(), p.th.Rule)
	p.gap(14)
	return dom
}

// signature draws a scribble over a rule with a caption under it, between
// x0 and x1, and moves p.y below it.
func (p *page) signature(x0, x1 int, caption string) {
	h := p.px(34 + p.v.f.IntN(14))
	p.c.scribble(image.Rect(x0+p.px(8), p.y, x0+p.px(8)+int(float64(x1-x0)*(0.45+0.3*p.v.f.Float64())), p.y+h), p.v, p.th.ValueInk)
	p.y += h + p.px(4)
	p.c.HLine(x0, x1, p.y, p.px(1), p.th.Rule)
	p.y += p.px(5)
	if caption != "" {
		p.textLine(p.st(pagedraw.FontBody, p.minSize()), x0, x1, pagedraw.AlignLeft, plain(caption))
	}
}

// table draws a ruled table of header and rows; cols are column widths
// as fractions of the text width; right[i] right-aligns column i.
func (p *page) table(head []string, rows [][]string, cols []float64, right []bool) {
	hs := p.st(pagedraw.FontBold, p.size(14, 16))
	bs := p.st(pagedraw.FontValue, p.size(14, 16))
	rh := int(math.Max(lineHeight(hs), lineHeight(bs))) + p.px(8)
	xs := []int{p.left}
	acc := 0.0
	for _, f := range cols {
		acc += f
		xs = append(xs, p.left+int(acc*p.width()))
	}
	xs[len(xs)-1] = p.right
	top := p.y
	t := p.thick()
	ink := p.th.Rule
	drawRow := func(s *style, cells []string) {
		p.c.HLine(p.left, p.right, p.y, t, ink)
		y := p.y + t + p.px(5)
		for i, cell := range cells {
			cw := float64(xs[i+1] - xs[i] - p.px(14))
			ts := plain(cell)
			cs, ok := p.fitStyle(s, cw, ts)
			if !ok {
				continue
			}
			x := float64(xs[i] + t + p.px(6))
			if right[i] {
				x = float64(xs[i+1]-p.px(7)) - cs.Measure(ts)
			}
			p.c.line(cs, x, cs.Baseline(y), ts)
		}
		p.y += rh
	}
	drawRow(hs, head)
	for _, r := range rows {
		drawRow(bs, r)
	}
	p.c.HLine(p.left, p.right, p.y, t, ink)
	for _, x := range xs {
		if x == p.right {
			x -= t
		}
		p.c.VLine(x, top, p.y+t, t, ink)
	}
	p.y += t
	p.gap(12)
}

// fitStyle shrinks s (same family and ink) until ts fits in w.
func (p *page) fitStyle(s *style, w float64, ts []tok) (*style, bool) {
	for size := s.Size; ; size-- {
		cs := p.c.Style(s.Fam, math.Max(p.minSize(), size), s.Ink)
		if cs.Measure(ts) <= w {
			return cs, true
		}
		if size <= p.minSize() {
			return cs, false
		}
	}
}

// items draws n order lines (description, quantity, unit price, total)
// and returns the sum.
func (p *page) items(n int) float64 {
	rows := make([][]string, 0, n)
	sum := 0.0
	seen := map[string]bool{}
	for i := 0; i < n; i++ {
		q := 1 + p.v.f.IntN(40)
		u := p.v.money(0.5, 120)
		sum += float64(q) * u
		d := p.v.product()
		for seen[d] {
			d = p.v.product()
		}
		seen[d] = true
		rows = append(rows, []string{d, itoa(q), fmtMoney(u), fmtMoney(float64(q) * u)})
	}
	p.table([]string{"Description", "Quantity", "Unit Price", "Total"}, rows, []float64{0.5, 0.15, 0.17, 0.18}, []bool{false, true, true, true})
	return sum
}

func itoa(n int) string { return strconv.Itoa(n) }

func rect(x0, y0, x1, y1 int) image.Rectangle { return image.Rect(x0, y0, x1, y1) }
