package render

import (
	"image"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// renderLine rasterizes a laid-out line into the page rectangle r with its
// ink starting at page x inkLeft and its baseline at page y baseline.
func renderLine(l *line, size, hscale, slant, inkLeft, baseline float64, r image.Rectangle) []float32 {
	cov := make([]float32, r.Dx()*r.Dy())
	if !l.hasInk() {
		return cov
	}
	t := transform{size: size, hscale: hscale, slant: slant,
		ox: inkLeft - l.minX*size*hscale - float64(r.Min.X),
		oy: baseline - float64(r.Min.Y)}
	l.rasterize(t, cov, r.Dx(), r.Dy())
	return cov
}

// inkColumns returns the first and last+1 columns (relative to the buffer)
// where some pixel is darker than 0.3.
func inkColumns(d []float32, w, h int) (int, int) {
	l, r := w, 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if d[y*w+x] > 0.3 {
				l = min(l, x)
				r = max(r, x+1)
			}
		}
	}
	return l, r
}

// ncc is the normalised cross-correlation of two equal-length buffers.
func ncc(a, b []float32) float64 {
	n := float64(len(a))
	if n == 0 {
		return 0
	}
	var sa, sb float64
	for i := range a {
		sa += float64(a[i])
		sb += float64(b[i])
	}
	ma, mb := sa/n, sb/n
	var cab, caa, cbb float64
	for i := range a {
		x, y := float64(a[i])-ma, float64(b[i])-mb
		cab += x * y
		caa += x * x
		cbb += y * y
	}
	if caa == 0 || cbb == 0 {
		return 0
	}
	return cab / math.Sqrt(caa*cbb)
}

// candidates are the families tried by matchFamily: every system family
// (Times-, Arial- and Courier-like shapes all matter: typewritten forms are
// Courier, which only FreeMono resembles), and Go's embedded fonts where a
// class and weight has no system family.
func candidates() []*fonts.Family {
	var out []*fonts.Family
	for _, c := range fonts.Classes {
		for _, b := range []bool{false, true} {
			fs := fonts.ByClass(c, b)
			sys := 0
			for _, f := range fs {
				if f.Path != "" {
					sys++
				}
			}
			for _, f := range fs {
				if f.Class == c && (f.Path != "" || sys == 0) {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// widthPenalty weighs how far (in log ratio) the original's width is from a
// family's natural width at the matched height.
const widthPenalty = 0.5

// massPenalty weighs how far (in log ratio) the family's total ink, with
// its ink spread, is from the original's: correlation alone favours heavy
// faces, whose fat strokes forgive misalignment.
const massPenalty = 0.3

// matchFamily renders the original text in every candidate family in place
// of the original ink and keeps the family that correlates best, penalised
// by how much it had to be stretched to the original's width. It sets
// Family, Bold, FontSize, CapHeight, XHeight, HScale and Match.
func matchFamily(st *Style, s *scene, d []float32, ws []doc.Box, text string, top, base int, cands []*fonts.Family) error {
	if len(cands) == 0 {
		cands = candidates()
	}
	fields := strings.Fields(text)
	pairs := inkPairs(s.p, d, ws, fields)
	if len(pairs) == 0 {
		return ErrNoInk
	}
	m := familyMatch{st: st, p: s.p, d: d, inkH: float64(base - top), baseline: float64(base + s.p.Rect.Min.Y),
		sigma: math.Max(0.3, st.Blur)}
	whole := strings.Join(fields, " ")
	bestScore := math.Inf(-1)
	var bestCov [][]float32 // best family's renderings over the pairs' crops
	for _, fam := range cands {
		fd, err := loadFont(fam)
		if err != nil {
			return err
		}
		lw, err := layout(fam, whole)
		if err != nil {
			return err
		}
		if !lw.hasInk() || lw.minY >= 0 {
			continue
		}
		size, emb := m.familySize(lw)
		var corr, logr, mass, wsum float64
		var covs [][]float32
		for _, pr := range pairs {
			f, err := m.fitPair(fam, pr, size, emb)
			if err != nil {
				return err
			}
			covs = append(covs, f.cov)
			if !f.inked {
				continue
			}
			wt := pr.wm
			if f.sc > 0 && f.so > 0 {
				mass += wt * math.Log(f.sc/f.so)
			}
			corr += wt * f.corr
			logr += wt * math.Log(f.ratio)
			wsum += wt
		}
		if wsum == 0 {
			continue
		}
		corr /= wsum
		logr /= wsum
		mass /= wsum
		score := corr - widthPenalty*math.Abs(logr) - massPenalty*math.Abs(mass)
		if score > bestScore {
			bestScore = score
			st.Family, st.Bold, st.FontSize = fam, fam.Bold, size
			st.CapHeight, st.XHeight = size*fd.capRatio, size*fd.xRatio
			st.HScale = math.Max(0.75, math.Min(1.25, math.Exp(logr)))
			st.Match = corr
			st.Embolden = math.Round(emb*100) / 100
			bestCov = covs
		}
	}
	if st.Family == nil {
		return ErrNoInk
	}
	st.Tone = matchedTone(s.p, d, pairs, bestCov)
	if st.Tone != nil {
		// The tone curve was matched to renderings with the ink spread
		// and carries it: widening the new strokes as well counted it
		// twice, and replaced lines came out bolder than their
		// neighbours (docs/measurements.md).
		st.Embolden = 0
	}
	return nil
}

// inkPair is a piece of the original text with the crop of its ink.
type inkPair struct {
	text string
	r    image.Rectangle // crop (page)
	left float64         // measured ink left (page)
	wm   float64         // measured ink width
}

// inkPairs pairs the text's words with the word boxes ws when they match
// one to one and every box holds ink, else the whole text with the union
// of the boxes; pieces without ink are left out.
func inkPairs(p *raster.Planes, d []float32, ws []doc.Box, fields []string) []inkPair {
	var pairs []inkPair
	add := func(t string, b doc.Box) {
		r := b.Pad(2).Rect().Intersect(p.Rect)
		r.Min.Y = max(r.Min.Y, p.Rect.Min.Y)
		crop := cropBuf(d, p, r)
		l, rr := inkColumns(crop, r.Dx(), r.Dy())
		if rr <= l {
			return
		}
		pairs = append(pairs, inkPair{t, r, float64(r.Min.X + l), float64(rr - l)})
	}
	if len(fields) == len(ws) {
		for i, f := range fields {
			add(f, ws[i])
		}
	}
	if len(pairs) != len(fields) || len(fields) != len(ws) {
		pairs = pairs[:0]
		u := ws[0]
		for _, b := range ws {
			u = u.Union(b)
		}
		add(strings.Join(fields, " "), u)
	}
	return pairs
}

// familyMatch is what matching a family against the original ink needs:
// the style estimated so far, the planes and their darkness d, the ink
// height, the baseline (page) and the blur of the renderings.
type familyMatch struct {
	st                    *Style
	p                     *raster.Planes
	d                     []float32
	inkH, baseline, sigma float64
}

// familySize is the font size from the height of the tallest letters of
// the layout lw, corrected by measuring a rendering the way the original
// was measured; the same rendering gives the family's stem width, and emb
// is the ink spread the original has beyond it.
func (m *familyMatch) familySize(lw *line) (size, emb float64) {
	size = m.inkH / -lw.minY
	h := int(math.Ceil(size*(lw.maxY-lw.minY))) + 8
	wd := int(math.Ceil(size*(lw.maxX-lw.minX))) + 8
	r := image.Rect(0, 0, wd, h)
	bl := math.Ceil(size*-lw.minY) + 4
	cov := renderLine(lw, size, 1, m.st.Slant, 4, bl, r)
	blur(cov, wd, h, m.sigma)
	prof := make([]float64, h)
	for y := 0; y < h; y++ {
		for x := 0; x < wd; x++ {
			prof[y] += float64(cov[y*wd+x])
		}
	}
	t, _, b := profileLines(prof)
	if b > t {
		size *= m.inkH / float64(b-t)
	}
	all := make([]bool, len(cov))
	for i := range all {
		all[i] = true
	}
	sw := strokeWidth(cov, all, wd, h, m.inkH) * m.inkH / float64(max(1, b-t))
	return size, math.Max(0, math.Min(m.st.StrokeWidth-sw, maxSpread*m.st.StrokeWidth))
}

// pairFit is a family's rendering of one pair over the pair's crop,
// its correlation with the original, the stretch to the original's width,
// and the total ink of the rendering and the original; inked is false
// (and the rest zero) when the family draws no ink for the pair's text.
type pairFit struct {
	inked       bool
	cov         []float32
	corr, ratio float64
	sc, so      float64
}

// fitPair renders the pair's text in fam at size with ink spread emb,
// stretched to the original's width and at the best of the nine one-pixel
// shifts.
func (m *familyMatch) fitPair(fam *fonts.Family, pr inkPair, size, emb float64) (pairFit, error) {
	st := m.st
	l, err := layout(fam, pr.text)
	if err != nil || !l.hasInk() {
		return pairFit{}, err
	}
	// Natural width, measured on a rendering like the original.
	wd := int(math.Ceil(size*(l.maxX-l.minX)+math.Abs(st.Slant)*m.inkH+emb)) + 8
	r := image.Rect(0, pr.r.Min.Y, wd, pr.r.Max.Y)
	cov := renderLine(l, size, 1, st.Slant, 4+emb/2, m.baseline, r)
	embolden(cov, r.Dx(), r.Dy(), emb)
	blur(cov, r.Dx(), r.Dy(), m.sigma)
	cl, cr := inkColumns(cov, r.Dx(), r.Dy())
	if cr <= cl {
		return pairFit{}, nil
	}
	// Stretch the glyphs, not the spread, to the original width.
	ratio := math.Max(0.1, (pr.wm-emb)/math.Max(1, float64(cr-cl)-emb))
	// Render with a pixel of margin and keep the best of the nine
	// one-pixel shifts: scans are rarely aligned to the pixel.
	big := pr.r.Inset(-1)
	cov = renderLine(l, size, ratio, st.Slant, pr.left+emb/2, m.baseline, big)
	embolden(cov, big.Dx(), big.Dy(), emb)
	blur(cov, big.Dx(), big.Dy(), m.sigma)
	orig := cropBuf(m.d, m.p, pr.r)
	c := math.Inf(-1)
	var best []float32
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			win := cropBufRect(cov, big, pr.r.Add(image.Pt(dx, dy)))
			if v := ncc(win, orig); v > c {
				c, best = v, win
			}
		}
	}
	f := pairFit{inked: true, cov: best, corr: c, ratio: ratio}
	for i := range best {
		f.sc += float64(best[i])
		f.so += float64(orig[i])
	}
	return f, nil
}

// matchedTone maps the best rendering's coverage onto the original's
// darkness by matching their distributions over the pixels with some ink.
func matchedTone(p *raster.Planes, d []float32, pairs []inkPair, covs [][]float32) []float64 {
	var ren, org []float32
	for i, pr := range pairs {
		if covs[i] == nil {
			continue
		}
		o := cropBuf(d, p, pr.r)
		for j, v := range covs[i] {
			if v > toneFloor {
				ren = append(ren, v)
			}
			if o[j] > toneFloor {
				org = append(org, o[j])
			}
		}
	}
	return toneCurve(ren, org)
}

// maxSpread limits the ink spread added to a family's stems, as a share of
// the original's stem width: more closes the counters of small letters and
// costs OCR read-back (docs/measurements.md).
const maxSpread = 0.35

// maxToneShift limits how far a tone curve moves from the identity.
const maxToneShift = 0.2

// toneFloor is the coverage below which a pixel counts as paper when tone
// curves are fitted.
const toneFloor = 0.05

// toneSteps is the number of intervals of a tone curve.
const toneSteps = 16

// toneCurve matches the distribution of rendered coverage values onto the
// original darkness values: the result maps coverage k/toneSteps to
// darkness. It returns nil when there are too few pixels to tell.
func toneCurve(ren, org []float32) []float64 {
	if len(ren) < 30 || len(org) < 30 {
		return nil
	}
	slices.Sort(ren)
	slices.Sort(org)
	curve := make([]float64, toneSteps+1)
	for k := 1; k <= toneSteps; k++ {
		a := float32(k) / toneSteps
		if a <= toneFloor {
			continue
		}
		// Share of rendered ink pixels at or below a.
		q := float64(sort.Search(len(ren), func(i int) bool { return ren[i] > a })) / float64(len(ren))
		i := int(math.Round(q * float64(len(org)-1)))
		curve[k] = float64(org[max(0, min(len(org)-1, i))])
	}
	// Monotone, and near the identity: the curve corrects the tonal
	// spread, it must not turn the weight of the letters around.
	for k := 1; k <= toneSteps; k++ {
		a := float64(k) / toneSteps
		curve[k] = math.Max(a-maxToneShift, math.Min(a+maxToneShift, curve[k]))
		curve[k] = math.Max(curve[k], curve[k-1])
	}
	for k := range curve {
		curve[k] = math.Round(curve[k]*1000) / 1000
	}
	return curve
}

// applyTone maps coverage through a tone curve (nil: unchanged).
func applyTone(cov []float32, curve []float64) {
	if len(curve) < 2 {
		return
	}
	n := float64(len(curve) - 1)
	for i, a := range cov {
		if a <= 0 {
			continue
		}
		if float64(a) <= toneFloor {
			// Fade from 0 to the curve's value at the floor.
			f := float64(a) / toneFloor
			cov[i] = float32(f * interp(curve, toneFloor*n))
			continue
		}
		cov[i] = float32(interp(curve, float64(a)*n))
	}
}

func interp(c []float64, x float64) float64 {
	i := int(math.Floor(x))
	if i >= len(c)-1 {
		return c[len(c)-1]
	}
	if i < 0 {
		return c[0]
	}
	f := x - float64(i)
	return c[i]*(1-f) + c[i+1]*f
}

// embolden widens strokes horizontally by delta pixels: the coverage is the
// maximum of copies shifted across [-delta/2, delta/2].
func embolden(cov []float32, w, h int, delta float64) {
	if delta < 0.1 {
		return
	}
	steps := int(math.Ceil(delta / 0.25))
	src := append([]float32(nil), cov...)
	for j := 0; j <= steps; j++ {
		off := -delta/2 + delta*float64(j)/float64(steps)
		fo := math.Floor(off)
		fr := float32(off - fo)
		io := int(fo)
		for y := 0; y < h; y++ {
			row := src[y*w : (y+1)*w]
			for x := 0; x < w; x++ {
				// value at x - off, linear between x-io and x-io-1
				var a, b float32
				if xx := x - io; xx >= 0 && xx < w {
					a = row[xx]
				}
				if xx := x - io - 1; xx >= 0 && xx < w {
					b = row[xx]
				}
				v := a*(1-fr) + b*fr
				if v > cov[y*w+x] {
					cov[y*w+x] = v
				}
			}
		}
	}
}

// cropBuf copies the page rectangle r (inside p's window) out of a buffer
// laid out like p.
func cropBuf(d []float32, p *raster.Planes, r image.Rectangle) []float32 {
	out := make([]float32, r.Dx()*r.Dy())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		copy(out[(y-r.Min.Y)*r.Dx():(y-r.Min.Y+1)*r.Dx()], d[p.Idx(r.Min.X, y):])
	}
	return out
}

// cropBufRect copies rectangle r out of a buffer covering rectangle src.
func cropBufRect(buf []float32, src, r image.Rectangle) []float32 {
	out := make([]float32, r.Dx()*r.Dy())
	w := src.Dx()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if (image.Point{x, y}).In(src) {
				out[(y-r.Min.Y)*r.Dx()+x-r.Min.X] = buf[(y-src.Min.Y)*w+x-src.Min.X]
			}
		}
	}
	return out
}

// blur softens rendered coverage with the Gaussian of sigma (reaching 3
// sigma, zero outside the buffer), in place.
func blur(buf []float32, w, h int, sigma float64) {
	raster.Blur(buf, w, h, raster.GaussKernel(sigma, 3), raster.EdgeZero)
}
