package render

import (
	"errors"
	"fmt"
	"image"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
)

// Glyph outlines are loaded once per family and rune at refPPEM pixels per em
// and kept in em units, so that any size, horizontal scale and slant is a
// plain affine transform of the cached outline.
const refPPEM = 1024

type segOp uint8

const (
	opMove segOp = iota
	opLine
	opQuad
	opCube
)

// seg is one outline segment in em units, y down, origin at the pen
// position on the baseline.
type seg struct {
	op   segOp
	args [3][2]float64
}

type glyphData struct {
	index sfnt.GlyphIndex
	segs  []seg
	adv   float64 // advance in em
	// ink bounds in em (y down); empty glyphs have minX > maxX.
	minX, minY, maxX, maxY float64
}

type fontData struct {
	mu     sync.Mutex
	fam    *fonts.Family
	font   *sfnt.Font
	buf    sfnt.Buffer
	glyphs map[rune]*glyphData
	kern   map[[2]sfnt.GlyphIndex]float64
	// capRatio and xRatio are the heights of "H" and "x" in em.
	capRatio, xRatio, descRatio float64
}

var (
	fontCacheMu sync.Mutex
	fontCache   = map[*fonts.Family]*fontData{}
)

// loadFont returns the cached outline data of a family.
func loadFont(f *fonts.Family) (*fontData, error) {
	if f == nil {
		return nil, errors.New("render: nil font family")
	}
	fontCacheMu.Lock()
	defer fontCacheMu.Unlock()
	if fd, ok := fontCache[f]; ok {
		return fd, nil
	}
	ft, err := f.Font()
	if err != nil {
		return nil, fmt.Errorf("render: load font %s: %w", f.Name, err)
	}
	fd := &fontData{fam: f, font: ft, glyphs: map[rune]*glyphData{}, kern: map[[2]sfnt.GlyphIndex]float64{}}
	h, err := fd.glyph('H')
	if err != nil {
		return nil, err
	}
	x, err := fd.glyph('x')
	if err != nil {
		return nil, err
	}
	p, err := fd.glyph('p')
	if err != nil {
		return nil, err
	}
	fd.capRatio, fd.xRatio, fd.descRatio = -h.minY, -x.minY, p.maxY
	if fd.capRatio <= 0 || fd.xRatio <= 0 {
		return nil, fmt.Errorf("render: font %s has no usable H/x glyphs", f.Name)
	}
	fontCache[f] = fd
	return fd, nil
}

// glyph returns the outline of r; the caller holds no lock (glyph locks).
func (fd *fontData) glyph(r rune) (*glyphData, error) {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if g, ok := fd.glyphs[r]; ok {
		return g, nil
	}
	idx, err := fd.font.GlyphIndex(&fd.buf, r)
	if err != nil {
		return nil, fmt.Errorf("render: glyph index in %s: %w", fd.fam.Name, err)
	}
	if idx == 0 && r != ' ' {
		// Missing glyph: fall back to '?' so that layout never fails on an
		// unusual character (the .notdef box would read as noise).
		if r != '?' {
			fd.mu.Unlock()
			g, err := fd.glyph('?')
			fd.mu.Lock()
			if err == nil {
				fd.glyphs[r] = g
			}
			return g, err
		}
	}
	ppem := fixed.Int26_6(refPPEM * 64)
	segs, err := fd.font.LoadGlyph(&fd.buf, idx, ppem, nil)
	if err != nil {
		return nil, fmt.Errorf("render: load glyph in %s: %w", fd.fam.Name, err)
	}
	adv, err := fd.font.GlyphAdvance(&fd.buf, idx, ppem, font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("render: glyph advance in %s: %w", fd.fam.Name, err)
	}
	g := &glyphData{index: idx, adv: float64(adv) / 64 / refPPEM, minX: math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1), maxY: math.Inf(-1)}
	for _, s := range segs {
		var o seg
		n := 1
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			o.op = opMove
		case sfnt.SegmentOpLineTo:
			o.op = opLine
		case sfnt.SegmentOpQuadTo:
			o.op, n = opQuad, 2
		case sfnt.SegmentOpCubeTo:
			o.op, n = opCube, 3
		}
		for i := 0; i < n; i++ {
			x := float64(s.Args[i].X) / 64 / refPPEM
			y := float64(s.Args[i].Y) / 64 / refPPEM
			o.args[i] = [2]float64{x, y}
			g.minX, g.maxX = math.Min(g.minX, x), math.Max(g.maxX, x)
			g.minY, g.maxY = math.Min(g.minY, y), math.Max(g.maxY, y)
		}
		g.segs = append(g.segs, o)
	}
	fd.glyphs[r] = g
	return g, nil
}

func (fd *fontData) kerning(a, b sfnt.GlyphIndex) float64 {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	key := [2]sfnt.GlyphIndex{a, b}
	if k, ok := fd.kern[key]; ok {
		return k
	}
	k, err := fd.font.Kern(&fd.buf, a, b, fixed.Int26_6(refPPEM*64), font.HintingNone)
	v := 0.0
	if err == nil {
		v = float64(k) / 64 / refPPEM
	}
	fd.kern[key] = v
	return v
}

// placed is one glyph of a laid-out line, pen position in em.
type placed struct {
	g *glyphData
	x float64
}

// line is a laid-out string in em units.
type line struct {
	fd     *fontData
	glyphs []placed
	adv    float64 // total advance in em
	// ink bounds in em (x along the pen line, y down from the baseline).
	minX, minY, maxX, maxY float64
}

func layout(fam *fonts.Family, text string) (*line, error) {
	fd, err := loadFont(fam)
	if err != nil {
		return nil, err
	}
	l := &line{fd: fd, minX: math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1), maxY: math.Inf(-1)}
	pen := 0.0
	var prev *glyphData
	for _, r := range text {
		g, err := fd.glyph(r)
		if err != nil {
			return nil, err
		}
		if prev != nil {
			pen += fd.kerning(prev.index, g.index)
		}
		l.glyphs = append(l.glyphs, placed{g: g, x: pen})
		if g.minX <= g.maxX {
			l.minX = math.Min(l.minX, pen+g.minX)
			l.maxX = math.Max(l.maxX, pen+g.maxX)
			l.minY = math.Min(l.minY, g.minY)
			l.maxY = math.Max(l.maxY, g.maxY)
		}
		pen += g.adv
		prev = g
	}
	l.adv = pen
	return l, nil
}

// hasInk reports whether the line has any outline.
func (l *line) hasInk() bool { return l.minX <= l.maxX }

// transform maps em coordinates of a line to pixels.
type transform struct {
	size   float64 // px per em
	hscale float64 // horizontal scale (condensing < 1)
	slant  float64 // x shift per px of height above the baseline
	ox, oy float64 // pixel position of the pen origin on the baseline
}

func (t transform) apply(x, y float64) (float32, float32) {
	py := y * t.size
	px := x*t.size*t.hscale - t.slant*py
	return float32(t.ox + px), float32(t.oy + py)
}

// rasterize draws the line's coverage (0..1) into a w*h float buffer whose
// pixel (0,0) is at page position origin. Coverage adds up (clamped to 1).
func (l *line) rasterize(t transform, cov []float32, w, h int) {
	if w <= 0 || h <= 0 || !l.hasInk() {
		return
	}
	// Rasterize with a margin so that outlines leaving the buffer are clipped
	// rather than clamped onto its border.
	const m = 4
	z := vector.NewRasterizer(w+2*m, h+2*m)
	t.ox += m
	t.oy += m
	for _, p := range l.glyphs {
		tt := t
		for _, s := range p.g.segs {
			x0, y0 := tt.apply(p.x+s.args[0][0], s.args[0][1])
			switch s.op {
			case opMove:
				z.ClosePath()
				z.MoveTo(x0, y0)
			case opLine:
				z.LineTo(x0, y0)
			case opQuad:
				x1, y1 := tt.apply(p.x+s.args[1][0], s.args[1][1])
				z.QuadTo(x0, y0, x1, y1)
			case opCube:
				x1, y1 := tt.apply(p.x+s.args[1][0], s.args[1][1])
				x2, y2 := tt.apply(p.x+s.args[2][0], s.args[2][1])
				z.CubeTo(x0, y0, x1, y1, x2, y2)
			}
		}
		z.ClosePath()
	}
	mask := image.NewAlpha(image.Rect(0, 0, w+2*m, h+2*m))
	z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
	for y := 0; y < h; y++ {
		row := mask.Pix[(y+m)*mask.Stride+m:]
		for x := 0; x < w; x++ {
			v := cov[y*w+x] + float32(row[x])/255
			if v > 1 {
				v = 1
			}
			cov[y*w+x] = v
		}
	}
}
