package render

import (
	"errors"
	"fmt"
	"image"
	"image/draw"
	"math"
	"math/rand/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// scene is the analysis of a context window around a region: levels of
// paper and ink, which pixels are dark, and which belong to form rules
// (long horizontal or vertical dark runs) that must survive a rebuild.
type scene struct {
	p     *raster.Planes
	lum   []float32
	paper float32 // paper luminance
	ink   float32 // ink luminance
	thr   float32 // pixels darker than thr are ink
	// contrast is paper-ink; small values mean the window holds no text.
	contrast float32
	dark     []bool
	rule     []bool
}

// contextRect is the window analysed around region: wide enough for rules
// that cross the region to show their length.
func contextRect(region doc.Box, bounds image.Rectangle, extraRight int) image.Rectangle {
	h := max(region.Height, 8)
	r := image.Rect(region.Left-3*h, region.Top-2*h, region.Right()+3*h+extraRight, region.Bottom()+2*h)
	return r.Intersect(bounds)
}

// analyze builds a scene for ctx; focus is the area whose pixels decide the
// ink level (the region's words).
func analyze(img image.Image, ctx image.Rectangle, focus image.Rectangle) *scene {
	p := raster.ReadPlanes(img, ctx)
	s := &scene{p: p, lum: p.Lum()}
	focus = focus.Intersect(p.Rect)
	var fv []float32
	for y := focus.Min.Y; y < focus.Max.Y; y++ {
		for x := focus.Min.X; x < focus.Max.X; x++ {
			fv = append(fv, s.lum[p.Idx(x, y)])
		}
	}
	all := append([]float32(nil), s.lum...)
	t, sep := raster.OtsuValues(fv)
	if len(fv) == 0 || sep < 30 {
		// The focus has no clear ink: threshold on the whole window.
		t, sep = raster.OtsuValues(all)
	}
	var bright, darkv []float32
	for _, v := range all {
		if v > t {
			bright = append(bright, v)
		} else {
			darkv = append(darkv, v)
		}
	}
	if len(bright) == 0 {
		bright = all
	}
	s.paper = raster.Percentile(bright, 0.5)
	if sep < 30 || len(darkv) == 0 {
		// No text at all: anything clearly darker than the paper is ink.
		s.ink = s.paper - 128
		s.thr = s.paper - 40
	} else {
		s.ink = raster.Percentile(darkv, 0.1)
		s.thr = t
	}
	s.contrast = s.paper - s.ink
	s.dark = make([]bool, len(s.lum))
	for i, v := range s.lum {
		s.dark[i] = v < s.thr
	}
	return s
}

// findRules marks horizontal dark runs of at least minH pixels and vertical
// ones of at least minV pixels that cross the region, plus the faint rows or
// columns along them that belong to the same rule (its anti-aliased edge).
func (s *scene) findRules(region image.Rectangle, minH, minV int) {
	p := s.p
	w := p.W
	s.rule = make([]bool, len(s.lum))
	rx0, rx1 := region.Min.X-p.Rect.Min.X, region.Max.X-p.Rect.Min.X
	ry0, ry1 := region.Min.Y-p.Rect.Min.Y, region.Max.Y-p.Rect.Min.Y
	// A skewed rule steps by a row every so many pixels: runs are found on
	// the dark mask merged with its neighbours across the rule, and the
	// pixels of the row itself join the rule where they form segments of at
	// least segMin (letters resting on the rule make shorter ones).
	segMin := max(6, region.Dy()/2)
	horiz, vert := func(a, b int) int { return b*w + a }, func(a, b int) int { return a*w + b }
	h := p.Rect.Dy()
	s.markRuns(w, h, horiz, minH, segMin, rx0, rx1, ry0-2, ry1+2)
	s.markRuns(h, w, vert, minV, segMin, ry0, ry1, rx0-2, rx1+2)
	// Thick rules: the darker-than-paper pixels stacked on a rule run, up to the rule's
	// local thickness (the 25th percentile over 25 neighbouring positions of
	// how far the dark stack reaches, so that letters resting on the rule,
	// which reach further at some positions only, stay text).
	core := append([]bool(nil), s.rule...)
	faint := s.paper - 0.15*s.contrast
	s.thicken(core, faint, w, h, horiz)
	s.thicken(core, faint, h, w, vert)
	s.growRuleEdges(faint)
}

// markRuns marks the rule runs in one direction: a runs along the rule
// (0..n), b across it (0..m), at maps (a, b) to a plane offset. Runs of the
// dark mask merged with its neighbours across the rule, at least min0 long
// and reaching into [a0, a1), are searched on the lines b0..b1-1; their
// pixels on the line itself join the rule in segments of at least segMin,
// or the whole run.
func (s *scene) markRuns(n, m int, at func(a, b int) int, min0, segMin, a0, a1, b0, b1 int) {
	dk := func(a, b int) bool { return b >= 0 && b < m && s.dark[at(a, b)] }
	for b := 0; b < m; b++ {
		if b < b0 || b >= b1 {
			continue
		}
		for a := 0; a < n; {
			if !(dk(a, b) || dk(a, b-1) || dk(a, b+1)) {
				a++
				continue
			}
			e := a
			for e < n && (dk(e, b) || dk(e, b-1) || dk(e, b+1)) {
				e++
			}
			if e-a >= min0 && e > a0 && a < a1 {
				for i := a; i < e; {
					if !dk(i, b) {
						i++
						continue
					}
					j := i
					for j < e && dk(j, b) {
						j++
					}
					if j-i >= segMin || j-i == e-a {
						for k := i; k < j; k++ {
							s.rule[at(k, b)] = true
						}
					}
					i = j
				}
			}
			a = e
		}
	}
}

// thicken adds to the rules, in one direction (a along the rule, 0..n; b
// across it, 0..m), the pixels darker than faint stacked on the core rule
// runs of at least 8 pixels, up to the rule's local thickness.
func (s *scene) thicken(core []bool, faint float32, n, m int, at func(a, b int) int) {
	ext := make([]int, n)
	for b := 0; b < m; b++ {
		for a := 0; a < n; {
			if !core[at(a, b)] {
				a++
				continue
			}
			e := a
			for e < n && core[at(e, b)] {
				e++
			}
			if e-a < 8 {
				a = e
				continue
			}
			for _, dir := range []int{-1, 1} {
				for i := a; i < e; i++ {
					k := 0
					for bb := b + dir; bb >= 0 && bb < m && k < 4 && s.lum[at(i, bb)] < faint && !core[at(i, bb)]; bb += dir {
						k++
					}
					ext[i] = k
				}
				var win []float32
				for i := a; i < e; i++ {
					win = win[:0]
					for j := max(a, i-12); j < min(e, i+13); j++ {
						win = append(win, float32(ext[j]))
					}
					t := int(raster.Percentile(win, 0.25))
					for k, bb := 1, b+dir; k <= min(t, ext[i]); k, bb = k+1, bb+dir {
						s.rule[at(i, bb)] = true
					}
				}
			}
			a = e
		}
	}
}

// growRuleEdges adds the anti-aliased edges: a pixel next to a rule that
// is darker than faint, but not ink, joins the rule when most of its row
// (for a horizontal rule) is like it, so that a letter touching the rule
// does not.
func (s *scene) growRuleEdges(faint float32) {
	w, h := s.p.W, s.p.Rect.Dy()
	grow := make([]bool, len(s.rule))
	// mostlyFaint reports whether at least two thirds of the pixels within
	// 5 of (x, y) along its row (or its column) are darker than faint.
	mostlyFaint := func(x, y int, alongRow bool) bool {
		const rad, num, den = 5, 2, 3
		n, c := 0, 0
		if alongRow {
			for xx := max(0, x-rad); xx <= min(w-1, x+rad); xx++ {
				n++
				if s.lum[y*w+xx] < faint {
					c++
				}
			}
		} else {
			for yy := max(0, y-rad); yy <= min(h-1, y+rad); yy++ {
				n++
				if s.lum[yy*w+x] < faint {
					c++
				}
			}
		}
		return den*c >= num*n
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			if s.rule[i] || s.lum[i] >= faint || s.dark[i] {
				continue
			}
			if ((y > 0 && s.rule[i-w]) || (y+1 < h && s.rule[i+w])) && mostlyFaint(x, y, true) {
				grow[i] = true
			}
			if ((x > 0 && s.rule[i-1]) || (x+1 < w && s.rule[i+1])) && mostlyFaint(x, y, false) {
				grow[i] = true
			}
		}
	}
	for i, g := range grow {
		if g {
			s.rule[i] = true
		}
	}
}

// ruleLengths are the minimum run lengths of rules for a region of height h.
func ruleLengths(h int) (minH, minV int) {
	return max(16, 2*h), max(20, 5*h/2)
}

// fill rebuilds the pixels where area is true (and that are not rules) from
// the paper around them: each is a distance-weighted mix of the nearest clean
// background on its row and its column (a median of three pixels each, so
// that one speck does not smear), plus Gaussian noise of the given stddev.
func (s *scene) fill(area []bool, noise float64, rng *rand.Rand) {
	p := s.p
	w, h := p.W, p.Rect.Dy()
	// The nearest source pixel in each direction, strictly beyond each
	// pixel (its coordinate along the row or column, -1 for none): one
	// sweep each, so that a wide area on a speckled page does not walk to
	// the region's edge for every pixel.
	sm := &sampler{near: nearestSources(s.fillSources(area), w, h), orig: p.Clone(), w: w, nc: len(p.Ch)}
	nc := sm.nc
	paper := make([]float32, nc)
	havePaper := false
	var vals [3]float32
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			if !area[i] || s.rule[i] {
				continue
			}
			var acc [3]float64
			var wsum float64
			for dir := 0; dir < 4; dir++ {
				v, dist, ok := sm.sample(x, y, dir)
				if !ok {
					continue
				}
				wt := 1 / float64(dist*dist)
				for c := 0; c < nc; c++ {
					acc[c] += wt * float64(v[c])
				}
				wsum += wt
			}
			n := 0.0
			if noise > 0 {
				n = rng.NormFloat64() * noise
			}
			if wsum == 0 && !havePaper {
				for c := range paper {
					paper[c] = s.paperChannel(c, sm.orig, area)
				}
				havePaper = true
			}
			for c := 0; c < nc; c++ {
				if wsum > 0 {
					vals[c] = float32(acc[c]/wsum + n)
				} else {
					vals[c] = paper[c] + float32(n)
				}
				p.Ch[c][i] = vals[c]
			}
			s.lum[i] = s.paper
			s.dark[i] = false
		}
	}
}

// fillSources marks the clean background pixels fill may copy from: not
// in area, not rules, not darker than faint paper, and with no dark pixel
// among their eight neighbours.
func (s *scene) fillSources(area []bool) []bool {
	w, h := s.p.W, s.p.Rect.Dy()
	faint := s.paper - 0.25*s.contrast
	src := make([]bool, len(area))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			if area[i] || s.rule[i] || s.lum[i] < faint {
				continue
			}
			ok := true
			for dy := -1; dy <= 1 && ok; dy++ {
				for dx := -1; dx <= 1; dx++ {
					xx, yy := x+dx, y+dy
					if xx >= 0 && xx < w && yy >= 0 && yy < h && s.dark[yy*w+xx] {
						ok = false
						break
					}
				}
			}
			src[i] = ok
		}
	}
	return src
}

// sampler reads the clean background around a pixel: near holds the
// nearest source pixels (see nearestSources) and orig the planes before
// the fill, w wide with nc channels.
type sampler struct {
	near  [4][]int32
	orig  *raster.Planes
	w, nc int
}

// sample is the median of up to three source pixels from (x, y) in
// direction dir (0 left, 1 right, 2 up, 3 down), the first at distance d
// and the others within 6 pixels of it.
func (sm *sampler) sample(x, y, dir int) (v [3]float32, d int, ok bool) {
	w := sm.w
	var got [3][3]float32
	pos, at := x, func(q int) int { return y*w + q }
	if dir >= 2 {
		pos, at = y, func(q int) int { return q*w + x }
	}
	origin := pos
	n := 0
	first := 0
	for n < 3 {
		q := int(sm.near[dir][at(pos)])
		if q < 0 {
			break
		}
		dist := q - origin
		if dist < 0 {
			dist = -dist
		}
		if n == 0 {
			first = dist
		} else if dist > first+6 {
			break
		}
		for c := 0; c < sm.nc; c++ {
			got[c][n] = sm.orig.Ch[c][at(q)]
		}
		n++
		pos = q
	}
	if n == 0 {
		return v, 0, false
	}
	for c := 0; c < sm.nc; c++ {
		v[c] = median3(got[c][:n])
	}
	return v, first, true
}

// nearestSources returns, for directions left, right, up and down, each
// pixel's nearest source pixel strictly beyond it in that direction: its x
// (left, right) or y (up, down), or -1 where there is none.
func nearestSources(src []bool, w, h int) [4][]int32 {
	var near [4][]int32
	for d := range near {
		near[d] = make([]int32, w*h)
	}
	for y := 0; y < h; y++ {
		row := func(k int) int { return y*w + k }
		sweep(near[0], src, w, row, false)
		sweep(near[1], src, w, row, true)
	}
	for x := 0; x < w; x++ {
		col := func(k int) int { return k*w + x }
		sweep(near[2], src, h, col, false)
		sweep(near[3], src, h, col, true)
	}
	return near
}

// sweep walks the n pixels at(0) .. at(n-1), backwards when asked, and
// records at each the position k of the last source pixel passed (-1
// before the first).
func sweep(near []int32, src []bool, n int, at func(k int) int, backward bool) {
	last := int32(-1)
	for i := 0; i < n; i++ {
		k := i
		if backward {
			k = n - 1 - i
		}
		near[at(k)] = last
		if src[at(k)] {
			last = int32(k)
		}
	}
}

// paperChannel is the median of channel c over clean paper pixels outside
// the area being filled.
func (s *scene) paperChannel(c int, orig *raster.Planes, area []bool) float32 {
	var v []float32
	for i, l := range s.lum {
		if !area[i] && !s.dark[i] && l >= s.paper-0.1*s.contrast {
			v = append(v, orig.Ch[c][i])
		}
	}
	if len(v) == 0 {
		return s.paper
	}
	return raster.Percentile(v, 0.5)
}

func median3(v []float32) float32 {
	switch len(v) {
	case 1:
		return v[0]
	case 2:
		return (v[0] + v[1]) / 2
	}
	a, b, c := v[0], v[1], v[2]
	return max(min(a, b), min(max(a, b), c))
}

// boxMask returns a mask over the scene's window that is true inside r.
func (s *scene) boxMask(r image.Rectangle) []bool {
	m := make([]bool, len(s.lum))
	r = r.Intersect(s.p.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			m[s.p.Idx(x, y)] = true
		}
	}
	return m
}

// ErrEmptyRegion is returned for a region outside the image or of zero area.
var ErrEmptyRegion = errors.New("render: empty region")

// hasInk reports whether r holds a dark pixel that is not part of a rule.
func (s *scene) hasInk(r image.Rectangle) bool {
	r = r.Intersect(s.p.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := s.p.Idx(x, y)
			if s.dark[i] && !s.rule[i] {
				return true
			}
		}
	}
	return false
}

// InkBox returns the bounding box of the ink (dark pixels that are not part
// of a form rule) in region of img outside the exclude boxes; it is empty
// when there is none.
func InkBox(img image.Image, region doc.Box, exclude []doc.Box) doc.Box {
	var box doc.Box
	rr := region.Clip(img.Bounds())
	if rr.Empty() {
		return box
	}
	s := analyze(img, contextRect(rr, img.Bounds(), 0), rr.Rect())
	if s.contrast < 30 {
		return box
	}
	minH, minV := ruleLengths(rr.Height)
	s.findRules(rr.Rect(), minH, minV)
	r := rr.Rect().Intersect(s.p.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
	next:
		for x := r.Min.X; x < r.Max.X; x++ {
			i := s.p.Idx(x, y)
			if !s.dark[i] || s.rule[i] {
				continue
			}
			pt := image.Pt(x, y)
			for _, e := range exclude {
				if pt.In(e.Rect()) {
					continue next
				}
			}
			box = box.Union(doc.Box{Left: x, Top: y, Width: 1, Height: 1})
		}
	}
	return box
}

// RebuildBackground returns new pixels for region with its text removed:
// ink is replaced by the paper around it (row/column interpolation plus
// matched noise, with a fixed seed) while horizontal and vertical form rules
// that cross the region are kept; a region with nothing but paper and
// rules gives ErrNoInk. The result has the region's page bounds
// and is an *image.Gray for grey images, an *image.RGBA otherwise.
func RebuildBackground(img image.Image, region doc.Box) (draw.Image, error) {
	rr := region.Clip(img.Bounds())
	if rr.Empty() {
		return nil, fmt.Errorf("rebuild background: %w", ErrEmptyRegion)
	}
	s := analyze(img, contextRect(rr, img.Bounds(), 0), rr.Rect())
	minH, minV := ruleLengths(rr.Height)
	s.findRules(rr.Rect(), minH, minV)
	if !s.hasInk(rr.Rect()) {
		return nil, fmt.Errorf("rebuild background: %w", ErrNoInk)
	}
	noise := s.paperNoise(s.boxMask(rr.Rect()))
	s.fill(s.boxMask(rr.Rect()), noise, rand.New(rand.NewPCG(1, 2)))
	out := s.p.Image()
	return cropImage(out, rr.Rect()), nil
}

// paperNoise is a robust stddev (1.4826 MAD) of clean paper outside
// exclude, in grey levels.
func (s *scene) paperNoise(exclude []bool) float64 {
	var v []float32
	for i, l := range s.lum {
		if !exclude[i] && !s.dark[i] && !s.rule[i] && l >= s.paper-0.25*s.contrast {
			v = append(v, l)
		}
	}
	if len(v) < 16 {
		return 0
	}
	med := raster.Percentile(v, 0.5)
	for i := range v {
		v[i] = float32(math.Abs(float64(v[i] - med)))
	}
	return math.Min(30, 1.4826*float64(raster.Percentile(v, 0.5)))
}

// cropImage returns the sub-image r of an *image.Gray or *image.RGBA as a
// copy with bounds r.
func cropImage(img draw.Image, r image.Rectangle) draw.Image {
	switch m := img.(type) {
	case *image.Gray:
		out := image.NewGray(r)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			copy(out.Pix[out.PixOffset(r.Min.X, y):out.PixOffset(r.Max.X, y)], m.Pix[m.PixOffset(r.Min.X, y):])
		}
		return out
	case *image.RGBA:
		out := image.NewRGBA(r)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			copy(out.Pix[out.PixOffset(r.Min.X, y):out.PixOffset(r.Max.X, y)], m.Pix[m.PixOffset(r.Min.X, y):])
		}
		return out
	}
	out := image.NewRGBA(r)
	draw.Draw(out, r, img, r.Min, draw.Src)
	return out
}
