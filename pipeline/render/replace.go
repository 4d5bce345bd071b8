package render

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/rand/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// Options tune Replace.
type Options struct {
	// KeepOut are boxes (other words) that the result must not touch; the
	// part of a keep-out box inside the region itself is still replaced.
	KeepOut []doc.Box
	// Seed makes the synthetic paper noise deterministic.
	Seed uint64
	// MinCondense is how far text may be squeezed horizontally before it
	// overflows to the right (default 0.8); HardMinCondense how far when
	// there is no blank paper to overflow into (default 0.65).
	MinCondense, HardMinCondense float64
	// Plain draws the text without the style's ink spread and tone curve:
	// thinner, crisper letters that OCR reads back more reliably (use it to
	// retry a region whose read-back failed).
	Plain bool
}

// Result is a replacement ready to composite.
type Result struct {
	// Patch holds the new pixels over Region (page coordinates): an
	// *image.Gray for grey pages, an *image.RGBA otherwise.
	Patch draw.Image
	// Mask (bounds = Region) is 255 on every pixel the result owns: the
	// rebuilt background and the new text. Pixels with alpha 0 keep the
	// page's value.
	Mask *image.Alpha
	// Strokes (bounds = Region) marks the pixels that are not background:
	// the new text (coverage above 10%) and the kept form rules. It is the
	// stroke mask measure.BackgroundError expects.
	Strokes *image.Alpha
	// Background (bounds = Region) is the rebuilt background before the
	// text is drawn: the masked-image input of the diffusion generator.
	Background draw.Image
	// Glyph (bounds = Region) is the new text as plain coverage, black on
	// white, exactly where Patch draws it (no weight, blur, tone or noise):
	// the generator's glyph conditioning aligned with the page.
	Glyph *image.Gray
	// Region is the bounding box of Mask; it can be larger than the input
	// region (padding, longer text overflowing to the right) but does not
	// overlap keep-out boxes that stay clear of the input region.
	Region doc.Box
	// Condense is the horizontal squeeze and Shrink the font size scale
	// applied to fit the text (1 = none).
	Condense, Shrink float64
	// TextBox is the page box of the rendered text's ink.
	TextBox doc.Box
}

// minShrink is the smallest font size scale Replace uses to fit a text
// that has no room to overflow.
const minShrink = 0.85

// ErrNoRoom is returned when the text does not fit even condensed and with
// all the blank paper to the right of the region.
var ErrNoRoom = errors.New("render: replacement text does not fit")

// resolve fills in a style's defaults for a region.
func resolve(st Style, region doc.Box) (Style, *fontData, error) {
	if st.Family == nil {
		st.Family = fonts.ByClass(fonts.Sans, st.Bold)[0]
	}
	fd, err := loadFont(st.Family)
	if err != nil {
		return st, nil, err
	}
	if st.FontSize <= 0 {
		if st.CapHeight <= 0 {
			st.CapHeight = 0.7 * float64(region.Height)
		}
		st.FontSize = st.CapHeight / fd.capRatio
	}
	if st.CapHeight <= 0 {
		st.CapHeight = st.FontSize * fd.capRatio
	}
	if st.HScale <= 0 {
		st.HScale = 1
	}
	if st.Baseline == 0 && region.Height > 0 {
		st.Baseline = region.Top + int(math.Round(float64(region.Height)/2+st.CapHeight/2))
	}
	if st.Ink.A == 0 {
		st.Ink = color.RGBA{0, 0, 0, 255}
	}
	if st.Paper.A == 0 {
		st.Paper = color.RGBA{255, 255, 255, 255}
	}
	return st, fd, nil
}

// Measure returns the advance width in pixels of text drawn in style (its
// family, size and horizontal scale), as Replace draws it before any
// condensing. It returns 0 when the family cannot be loaded.
func Measure(style Style, text string) float64 {
	st, _, err := resolve(style, doc.Box{Height: 10})
	if err != nil {
		return 0
	}
	l, err := layout(st.Family, text)
	if err != nil {
		return 0
	}
	return l.adv*st.FontSize*st.HScale + st.Embolden
}

// inkWidth is the width of a line's ink in pixels at a size and scale.
func inkWidth(l *line, size, hscale, slant, capH float64) float64 {
	if !l.hasInk() {
		return 0
	}
	return (l.maxX-l.minX)*size*hscale + math.Abs(slant)*capH
}

// Replace removes the text in region and draws text in its place with
// style: the background is rebuilt (rules kept), the text is drawn on the
// style's baseline, left-aligned with the original ink, blurred and with
// paper noise seeded by opts.Seed. Text wider than the region is condensed
// down to opts.MinCondense, then may overflow to the right into blank
// paper, then shrinks (to 85% of the size), then is condensed further down
// to opts.HardMinCondense; past that
// Replace returns ErrNoRoom. An empty text only erases.
func Replace(img image.Image, region doc.Box, text string, style Style, opts Options) (*Result, error) {
	bounds := img.Bounds()
	rr := region.Clip(bounds)
	if rr.Empty() {
		return nil, fmt.Errorf("replace: %w", ErrEmptyRegion)
	}
	st, _, err := resolve(style, rr)
	if err != nil {
		return nil, fmt.Errorf("replace: %w", err)
	}
	if opts.Plain {
		st.Embolden, st.Tone = 0, nil
	}
	if opts.MinCondense <= 0 {
		opts.MinCondense = 0.8
	}
	if opts.HardMinCondense <= 0 {
		opts.HardMinCondense = math.Min(0.65, opts.MinCondense)
	}
	l, err := layout(st.Family, text)
	if err != nil {
		return nil, fmt.Errorf("replace: %w", err)
	}
	capH := st.CapHeight
	natural := inkWidth(l, st.FontSize, st.HScale, st.Slant, capH)

	// Analyse a window wide enough for the text to overflow into.
	extra := int(math.Max(0, natural-float64(rr.Width))) + int(capH)
	ctx := contextRect(rr, bounds, extra)
	s := analyze(img, ctx, rr.Rect())
	minH, minV := ruleLengths(rr.Height)
	s.findRules(rr.Rect(), minH, minV)
	p := s.p
	w, h := p.W, p.Rect.Dy()

	// Original ink: its left edge anchors the new text; components that
	// belong to the region's letters are erased even where they stick out
	// of the region box.
	inkLeft := rr.Right()
	pad := 1 + int(math.Ceil(2*st.Blur))
	area := s.boxMask(rr.Pad(pad).Rect())
	s.claimInk(rr, capH, area, &inkLeft)
	if inkLeft >= rr.Right() {
		inkLeft = rr.Left
	}

	condense, size, right, err := s.fitText(rr, st, opts, natural+st.Embolden, inkLeft, pad)
	if err != nil {
		return nil, fmt.Errorf("replace: %w", err)
	}
	hs := st.HScale * condense
	ascent, descent := 0.0, 0.0
	if l.hasInk() {
		ascent, descent = -l.minY*size, l.maxY*size
	}
	textBox := doc.Box{Left: inkLeft, Top: st.Baseline - int(math.Ceil(ascent)),
		Width: int(math.Ceil(right)) - inkLeft, Height: int(math.Ceil(ascent) + math.Ceil(descent))}
	if l.hasInk() {
		tb := textBox.Pad(pad).Rect()
		for y := max(tb.Min.Y, p.Rect.Min.Y); y < min(tb.Max.Y, p.Rect.Max.Y); y++ {
			for x := max(tb.Min.X, p.Rect.Min.X); x < min(tb.Max.X, p.Rect.Max.X); x++ {
				area[p.Idx(x, y)] = true
			}
		}
	}
	keepClear(area, p, rr.Rect(), opts.KeepOut)

	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	s.fill(area, st.Noise, rng)

	// Rebuilt background and glyph image (plain coverage), for the
	// diffusion generator's conditioning.
	bg := p.Image()
	cov := renderLine(l, size, hs, st.Slant, float64(inkLeft)+st.Embolden/2, float64(st.Baseline), p.Rect)
	glyph := make([]float32, len(cov))
	copy(glyph, cov)
	// Text coverage, in the original's weight, blur and tone.
	embolden(cov, w, h, st.Embolden)
	blur(cov, w, h, st.Blur)
	applyTone(cov, st.Tone)
	bb := drawInk(p, cov, area, st.Ink)
	if bb.Empty() {
		return nil, fmt.Errorf("replace: %w", ErrEmptyRegion)
	}
	bb = bb.Add(p.Rect.Min)
	res := &Result{
		Patch:      cropImage(p.Image(), bb),
		Background: cropImage(bg, bb),
		Region:     doc.BoxFromRect(bb),
		Condense:   condense,
		Shrink:     size / st.FontSize,
		TextBox:    textBox,
	}
	res.Glyph, res.Mask, res.Strokes = s.resultMasks(bb, area, glyph, cov)
	return res, nil
}

// fitText fits text of natural width (with emboldening) drawn from inkLeft
// into the region: condense a little, overflow into blank paper, shrink
// the size a little, condense more, or give up with ErrNoRoom. It returns
// the condensing, the font size and the right edge of the text.
func (s *scene) fitText(rr doc.Box, st Style, opts Options, natural float64, inkLeft, pad int) (condense, size, right float64, err error) {
	condense, size = 1.0, st.FontSize
	avail := float64(rr.Right() - inkLeft)
	right = float64(inkLeft) + natural
	if !(natural > avail && natural > 0) {
		return condense, size, right, nil
	}
	condense = math.Max(opts.MinCondense, avail/natural)
	right = float64(inkLeft) + natural*condense
	if !(right > float64(rr.Right())) {
		return condense, size, right, nil
	}
	free := s.freeRight(rr, st.Baseline, st.CapHeight, opts.KeepOut, pad)
	room := float64(rr.Right()+free) - float64(inkLeft)
	if !(natural*condense > room) {
		return condense, size, right, nil
	}
	shrink := math.Max(minShrink, room/(natural*condense))
	size *= shrink
	if natural*condense*shrink > room {
		condense = room / (natural * shrink)
		if condense < opts.HardMinCondense {
			return 0, 0, 0, fmt.Errorf("%w (needs %.0f px, has %.0f)", ErrNoRoom, natural*opts.HardMinCondense*shrink, room)
		}
	}
	return condense, size, float64(inkLeft) + room, nil
}

// keepClear keeps the area clear of keep-out boxes that do not overlap the
// region (cutting the side that loses least), and of every keep-out pixel
// outside the region itself.
func keepClear(area []bool, p *raster.Planes, region image.Rectangle, keepOut []doc.Box) {
	trimArea(area, p, region, keepOut)
	for _, k := range keepOut {
		kr := k.Rect().Intersect(p.Rect)
		for y := kr.Min.Y; y < kr.Max.Y; y++ {
			for x := kr.Min.X; x < kr.Max.X; x++ {
				if !(image.Point{x, y}).In(region) {
					area[p.Idx(x, y)] = false
				}
			}
		}
	}
}

// drawInk composites text coverage in ink colour over the planes inside
// area, zeroing the coverage outside it, and returns the bounds of area
// in plane coordinates (origin at the planes' corner).
func drawInk(p *raster.Planes, cov []float32, area []bool, inkColor color.RGBA) image.Rectangle {
	w, h := p.W, p.Rect.Dy()
	ink := [3]float32{float32(inkColor.R), float32(inkColor.G), float32(inkColor.B)}
	if len(p.Ch) == 1 {
		ink[0] = float32(color.GrayModel.Convert(inkColor).(color.Gray).Y)
	}
	var bb image.Rectangle
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			if !area[i] {
				cov[i] = 0
				continue
			}
			bb = bb.Union(image.Rect(x, y, x+1, y+1))
			a := cov[i]
			if a <= 0 {
				continue
			}
			for c := range p.Ch {
				p.Ch[c][i] = p.Ch[c][i]*(1-a) + ink[c]*a
			}
		}
	}
	return bb
}

// resultMasks builds a Result's glyph image, mask and stroke mask over bb
// (page coordinates) from the area the result owns, the plain glyph
// coverage and the drawn text coverage.
func (s *scene) resultMasks(bb image.Rectangle, area []bool, glyph, cov []float32) (*image.Gray, *image.Alpha, *image.Alpha) {
	g, mask, strokes := image.NewGray(bb), image.NewAlpha(bb), image.NewAlpha(bb)
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	for y := bb.Min.Y; y < bb.Max.Y; y++ {
		for x := bb.Min.X; x < bb.Max.X; x++ {
			i := s.p.Idx(x, y)
			if !area[i] {
				continue
			}
			g.Pix[g.PixOffset(x, y)] = raster.Quant(255 * (1 - glyph[i]))
			mask.Pix[mask.PixOffset(x, y)] = 255
			if cov[i] > 0.1 || s.rule[i] {
				strokes.Pix[strokes.PixOffset(x, y)] = 255
			}
		}
	}
	return g, mask, strokes
}

// claimInk adds to area the dark connected components (not rules) that
// touch the region and stay within half a cap height of it, and lowers
// inkLeft to the leftmost ink column inside the region.
func (s *scene) claimInk(rr doc.Box, capH float64, area []bool, inkLeft *int) {
	p := s.p
	w, h := p.W, p.Rect.Dy()
	lim := rr.Pad(int(math.Ceil(capH / 2))).Rect()
	seen := make([]bool, len(s.dark))
	var stack, comp []int
	r := rr.Rect().Intersect(p.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i0 := p.Idx(x, y)
			if !s.dark[i0] || s.rule[i0] || seen[i0] {
				continue
			}
			stack = append(stack[:0], i0)
			comp = comp[:0]
			seen[i0] = true
			inside := true
			for len(stack) > 0 {
				i := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				comp = append(comp, i)
				cx, cy := i%w, i/w
				if pt := (image.Point{cx + p.Rect.Min.X, cy + p.Rect.Min.Y}); pt.In(r) {
					*inkLeft = min(*inkLeft, pt.X)
				}
				if !(image.Point{cx + p.Rect.Min.X, cy + p.Rect.Min.Y}).In(lim) {
					inside = false
				}
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						nx, ny := cx+dx, cy+dy
						if nx < 0 || nx >= w || ny < 0 || ny >= h {
							continue
						}
						j := ny*w + nx
						if !seen[j] && s.dark[j] && !s.rule[j] {
							seen[j] = true
							stack = append(stack, j)
						}
					}
				}
			}
			if !inside {
				continue
			}
			for _, i := range comp {
				cx, cy := i%w, i/w
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						nx, ny := cx+dx, cy+dy
						if nx >= 0 && nx < w && ny >= 0 && ny < h {
							area[ny*w+nx] = true
						}
					}
				}
			}
		}
	}
}

// freeRight is how many pixels of blank paper (no ink other than rules, no
// keep-out box) lie right of the region on the text's rows, keeping a gap of
// about half a cap height before the next ink.
func (s *scene) freeRight(rr doc.Box, baseline int, capH float64, keep []doc.Box, pad int) int {
	p := s.p
	y0 := max(p.Rect.Min.Y, min(rr.Top, baseline-int(math.Ceil(capH*1.1)))-pad)
	y1 := min(p.Rect.Max.Y, max(rr.Bottom(), baseline+int(math.Ceil(capH*0.3)))+pad)
	gap := int(math.Ceil(capH/2)) + pad
	x := rr.Right()
	for ; x < p.Rect.Max.X; x++ {
		blocked := false
		for y := y0; y < y1 && !blocked; y++ {
			i := p.Idx(x, y)
			if s.dark[i] && !s.rule[i] {
				blocked = true
			}
		}
		col := doc.Box{Left: x, Top: y0, Width: 1, Height: y1 - y0}
		for _, k := range keep {
			if !k.Intersect(col).Empty() && k.Intersect(rr).Empty() {
				blocked = true
			}
		}
		if blocked {
			return max(0, x-rr.Right()-gap)
		}
	}
	// The window ends: the image edge or the end of what was analysed.
	return max(0, x-rr.Right()-pad)
}

// Composite copies res.Patch into dst where res.Mask is set; only pixels
// inside the mask change (partial alpha blends).
func Composite(dst draw.Image, res *Result) {
	if res == nil || res.Patch == nil || res.Mask == nil {
		return
	}
	r := res.Mask.Bounds().Intersect(dst.Bounds())
	dg, dgOK := dst.(*image.Gray)
	pg, pgOK := res.Patch.(*image.Gray)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			a := res.Mask.Pix[res.Mask.PixOffset(x, y)]
			if a == 0 {
				continue
			}
			if dgOK && pgOK && a == 255 {
				dg.Pix[dg.PixOffset(x, y)] = pg.Pix[pg.PixOffset(x, y)]
				continue
			}
			src := res.Patch.At(x, y)
			if a == 255 {
				dst.Set(x, y, src)
				continue
			}
			sr, sg, sb, _ := src.RGBA()
			dr, dg2, db, _ := dst.At(x, y).RGBA()
			f := uint32(a) * 0x101
			mix := func(s, d uint32) uint16 { return uint16((s*f + d*(0xffff-f)) / 0xffff) }
			dst.Set(x, y, color.RGBA64{mix(sr, dr), mix(sg, dg2), mix(sb, db), 0xffff})
		}
	}
}

// Redact fills region of dst with a solid colour.
func Redact(dst draw.Image, region doc.Box, c color.Color) {
	r := region.Rect().Intersect(dst.Bounds())
	draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Src)
}

// Glyph is the canonical glyph image that conditions the diffusion model:
// text in style's family, black on white, no blur or noise, in a w*h box.
// Capitals are CapHeight tall (0.6*h when unset, never more than fits),
// the baseline sits so that capitals and descenders are centred, the text
// starts at x = 1 and is condensed (down to half width, then shrunk) to fit.
func Glyph(text string, w, h int, style Style) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, max(w, 0), max(h, 0)))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	if w <= 0 || h <= 0 {
		return img
	}
	st := style
	st.Baseline = 1
	if st.CapHeight <= 0 && st.FontSize <= 0 {
		st.CapHeight = 0.6 * float64(h)
	}
	st, fd, err := resolve(st, doc.Box{Width: w, Height: h})
	if err != nil {
		return img
	}
	size := st.FontSize
	// Capitals plus descenders must fit the height.
	if tall := size * (fd.capRatio + fd.descRatio); tall > float64(h)-2 {
		size *= (float64(h) - 2) / tall
	}
	l, err := layout(st.Family, text)
	if err != nil || !l.hasInk() {
		return img
	}
	hs := st.HScale
	if iw := inkWidth(l, size, hs, st.Slant, size*fd.capRatio); iw > float64(w)-2 {
		c := (float64(w) - 2) / iw
		if c < 0.5 {
			size *= c / 0.5
			c = 0.5
		}
		hs *= c
	}
	capH, desc := size*fd.capRatio, size*fd.descRatio
	baseline := math.Round((float64(h)-capH-desc)/2 + capH)
	cov := renderLine(l, size, hs, st.Slant, 1, baseline, img.Rect)
	for i, a := range cov {
		img.Pix[i] = raster.Quant(255 * (1 - a))
	}
	return img
}

// Room reports how wide (in pixels of ink) a replacement for region can be:
// inRegion from the original ink's left edge to the region's right edge,
// withOverflow including the blank paper right of it (no ink, no keep-out
// box). Replace draws text of natural width w (Measure) unchanged when
// w <= inRegion, condensed down to MinCondense when w*MinCondense <=
// inRegion, and fails with ErrNoRoom when w*HardMinCondense*0.85 >
// withOverflow. Surrogate generators use it to pick values that fit.
func Room(img image.Image, region doc.Box, style Style, keepOut []doc.Box) (inRegion, withOverflow float64, err error) {
	rr := region.Clip(img.Bounds())
	if rr.Empty() {
		return 0, 0, fmt.Errorf("room: %w", ErrEmptyRegion)
	}
	st, _, err := resolve(style, rr)
	if err != nil {
		return 0, 0, fmt.Errorf("room: %w", err)
	}
	// Look as far right as a region's worth of text could go.
	s := analyze(img, contextRect(rr, img.Bounds(), 2*rr.Width), rr.Rect())
	minH, minV := ruleLengths(rr.Height)
	s.findRules(rr.Rect(), minH, minV)
	pad := 1 + int(math.Ceil(2*st.Blur))
	inkLeft := rr.Right()
	s.claimInk(rr, st.CapHeight, s.boxMask(rr.Pad(pad).Rect()), &inkLeft)
	if inkLeft >= rr.Right() {
		inkLeft = rr.Left
	}
	free := s.freeRight(rr, st.Baseline, st.CapHeight, keepOut, pad)
	return float64(rr.Right() - inkLeft), float64(rr.Right() + free - inkLeft), nil
}

// trimArea cuts the area's bounding box back from every keep-out box that
// does not overlap the region, on the side (above, below, left or right of
// the region) that removes the fewest area pixels.
func trimArea(area []bool, p *raster.Planes, region image.Rectangle, keep []doc.Box) {
	bbox := func() image.Rectangle {
		var bb image.Rectangle
		for i, a := range area {
			if a {
				x, y := i%p.W+p.Rect.Min.X, i/p.W+p.Rect.Min.Y
				bb = bb.Union(image.Rect(x, y, x+1, y+1))
			}
		}
		return bb
	}
	count := func(r image.Rectangle) int {
		n := 0
		r = r.Intersect(p.Rect)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				if area[p.Idx(x, y)] {
					n++
				}
			}
		}
		return n
	}
	bb := bbox()
	for _, k := range keep {
		kr := k.Rect()
		if kr.Empty() || kr.Overlaps(region) || !kr.Overlaps(bb) {
			continue
		}
		// Candidate cuts: the part of bb to drop.
		var cuts []image.Rectangle
		if kr.Max.Y <= region.Min.Y {
			cuts = append(cuts, image.Rect(bb.Min.X, bb.Min.Y, bb.Max.X, kr.Max.Y))
		}
		if kr.Min.Y >= region.Max.Y {
			cuts = append(cuts, image.Rect(bb.Min.X, kr.Min.Y, bb.Max.X, bb.Max.Y))
		}
		if kr.Max.X <= region.Min.X {
			cuts = append(cuts, image.Rect(bb.Min.X, bb.Min.Y, kr.Max.X, bb.Max.Y))
		}
		if kr.Min.X >= region.Max.X {
			cuts = append(cuts, image.Rect(kr.Min.X, bb.Min.Y, bb.Max.X, bb.Max.Y))
		}
		best, loss := image.Rectangle{}, -1
		for _, c := range cuts {
			if n := count(c); loss < 0 || n < loss {
				best, loss = c, n
			}
		}
		best = best.Intersect(p.Rect)
		for y := best.Min.Y; y < best.Max.Y; y++ {
			for x := best.Min.X; x < best.Max.X; x++ {
				area[p.Idx(x, y)] = false
			}
		}
		if !best.Empty() {
			bb = bbox()
		}
	}
}
