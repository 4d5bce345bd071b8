// Package render estimates the look of printed text in a scanned page and
// draws replacement text that matches it: the style estimate (ink and paper
// colour, text height, stroke width, slant, blur, noise and font class), the
// background rebuild under removed text (keeping form rules and underlines),
// the glyph image that conditions the diffusion generator, and the render
// fallback that composites a replacement onto the page. Pixels outside a
// result's mask are never changed.
package render

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// Style is the estimated look of a run of printed text. Lengths are in page
// pixels.
type Style struct {
	// Ink and Paper are the colours of the text and of the paper around it
	// (R=G=B on grey pages).
	Ink, Paper color.RGBA
	// CapHeight and XHeight are the heights of capitals and of lower-case
	// letters without ascenders.
	CapHeight, XHeight float64
	// StrokeWidth is the typical width of vertical stems.
	StrokeWidth float64
	// Slant is the horizontal shift per pixel of height (tan of the italic
	// angle); positive leans right.
	Slant float64
	// Family is the typeface that matched best; FontSize its em size in
	// pixels such that its cap height equals CapHeight.
	Family   *fonts.Family
	FontSize float64
	// HScale is how much wider (>1) or narrower (<1) the original is than
	// Family at FontSize; 0 means 1.
	HScale float64
	// Baseline is the page y coordinate of the baseline: the row just below
	// the bottom of letters without descenders.
	Baseline int
	// Blur is the sigma of the Gaussian that softens the text edges; Noise
	// the standard deviation of the paper's grey levels.
	Blur, Noise float64
	// Embolden is how much thicker (px) the original's stems are than
	// Family's at FontSize (ink spread of print and scan); Replace widens
	// the new strokes by it. It is 0 when Tone is matched: the tone curve
	// carries the spread.
	Embolden float64
	// Tone maps rendered coverage (at k/(len-1), k = 0..len-1) to ink
	// darkness so that the new text has the original's tonal spread (a
	// near-binary scan, a soft photo); nil means coverage is darkness.
	Tone []float64
	// Bold is true when a bold family matched best (or, without text to
	// match, when the strokes are thick for the height).
	Bold bool
	// Match is the normalised correlation (-1..1) between the original ink
	// and the chosen family rendered in its place; 0 when no text was given.
	Match float64
}

// ErrNoInk is returned when a region holds no text to measure.
var ErrNoInk = errors.New("render: no ink in region")

// inkMap is the darkness (0 = paper, 1 = ink) of a scene, with rules and
// their halo zeroed.
func (s *scene) inkMap() []float32 {
	d := make([]float32, len(s.lum))
	c := s.contrast
	if c < 1 {
		c = 1
	}
	w := s.p.W
	for i, v := range s.lum {
		if s.rule[i] {
			continue
		}
		x := (s.paper - v) / c
		if x < inkFloor {
			continue
		} else if x > 1 {
			x = 1
		}
		// The faint halo along a rule is the rule's, not the text's.
		if x < 0.5 && ((i >= w && s.rule[i-w]) || (i+w < len(s.rule) && s.rule[i+w]) ||
			(i%w > 0 && s.rule[i-1]) || (i%w < w-1 && s.rule[i+1])) {
			continue
		}
		d[i] = x
	}
	return d
}

// inkFloor is the darkness below which a pixel counts as paper (noise).
const inkFloor = 0.1

// EstimateStyle measures the style of the text in region (one line) of img.
// words are the OCR word boxes inside it (nil means the whole region is one
// word). text, when not empty, is the original text of the region; it is
// only used to pick the font family by rendering candidates in its place,
// and never leaves this function.
func EstimateStyle(img image.Image, region doc.Box, words []doc.Box, text string) (Style, error) {
	return EstimateStyleAmong(img, region, words, text, nil)
}

// EstimateStyleAmong is EstimateStyle with the font families to try
// (nil: every installed family). A caller that has matched a page's first
// lines can pass the families found there: a document uses few typefaces,
// and each candidate costs a rendering.
func EstimateStyleAmong(img image.Image, region doc.Box, words []doc.Box, text string, families []*fonts.Family) (Style, error) {
	var st Style
	bounds := img.Bounds()
	rr := region.Clip(bounds)
	if rr.Empty() {
		return st, fmt.Errorf("estimate style: %w", ErrEmptyRegion)
	}
	var ws []doc.Box
	for _, w := range words {
		if w = w.Clip(bounds); !w.Empty() {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		ws = []doc.Box{rr}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].Left < ws[j].Left })
	union := rr
	for _, w := range ws {
		union = union.Union(w)
	}
	s := analyze(img, contextRect(union, bounds, 0), union.Rect())
	if s.contrast < 30 {
		return st, fmt.Errorf("estimate style: %w", ErrNoInk)
	}
	minH, minV := ruleLengths(rr.Height)
	s.findRules(union.Rect(), minH, minV)
	d := s.inkMap()
	p := s.p
	w := p.W

	// Which pixels belong to the words (boxes grown by a pixel).
	inWord := make([]bool, len(d))
	for _, b := range ws {
		r := b.Pad(1).Rect().Intersect(p.Rect)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				inWord[p.Idx(x, y)] = true
			}
		}
	}
	var inkTotal float32
	for i, v := range d {
		if inWord[i] {
			inkTotal += v
		}
	}
	if inkTotal < 4 {
		return st, fmt.Errorf("estimate style: %w", ErrNoInk)
	}

	st.Ink, st.Paper = s.colours(inWord)

	// Row profile of the ink over the words.
	ur := union.Pad(1).Rect().Intersect(p.Rect)
	prof := make([]float64, p.Rect.Dy())
	for y := ur.Min.Y; y < ur.Max.Y; y++ {
		for x := ur.Min.X; x < ur.Max.X; x++ {
			if i := p.Idx(x, y); inWord[i] {
				prof[y-p.Rect.Min.Y] += float64(d[i])
			}
		}
	}
	top, xTop, base := profileLines(prof)
	if base <= top {
		return st, fmt.Errorf("estimate style: %w", ErrNoInk)
	}
	inkH := float64(base - top)
	st.Baseline = base + p.Rect.Min.Y
	st.CapHeight = inkH
	st.XHeight = float64(base - xTop)
	st.StrokeWidth = strokeWidth(d, inWord, w, p.Rect.Dy(), inkH)
	st.Slant = estimateSlant(d, inWord, w, top, base)
	st.Blur = estimateBlur(d, inWord, w, p.Rect.Dy(), st.StrokeWidth)
	st.Noise = s.paperNoise(inWord)
	st.HScale = 1

	if strings.TrimSpace(text) != "" {
		if err := matchFamily(&st, s, d, ws, text, top, base, families); err != nil {
			return st, fmt.Errorf("estimate style: %w", err)
		}
		return st, nil
	}
	// No text: weight from stroke thickness, class unknown (sans).
	st.Bold = st.StrokeWidth/st.CapHeight > 0.17
	st.Family = fonts.ByClass(fonts.Sans, st.Bold)[0]
	fd, err := loadFont(st.Family)
	if err != nil {
		return st, fmt.Errorf("estimate style: %w", err)
	}
	st.FontSize = st.CapHeight / fd.capRatio
	return st, nil
}

// colours returns the ink colour (the mean of the darkest word pixels) and
// the paper colour (the median of clean pixels around the words).
func (s *scene) colours(inWord []bool) (ink, paper color.RGBA) {
	var dark []float32
	for i, v := range s.lum {
		if inWord[i] && !s.rule[i] && v < s.thr {
			dark = append(dark, v)
		}
	}
	cut := raster.Percentile(append([]float32(nil), dark...), 0.15)
	nc := len(s.p.Ch)
	var acc [3]float64
	n := 0
	for i, v := range s.lum {
		if inWord[i] && !s.rule[i] && v <= cut {
			for c := 0; c < nc; c++ {
				acc[c] += float64(s.p.Ch[c][i])
			}
			n++
		}
	}
	var pv [3][]float32
	for i, v := range s.lum {
		if !inWord[i] && !s.rule[i] && v >= s.paper-0.1*s.contrast {
			for c := 0; c < nc; c++ {
				pv[c] = append(pv[c], s.p.Ch[c][i])
			}
		}
	}
	var ic, pc [3]uint8
	for c := 0; c < nc; c++ {
		if n > 0 {
			ic[c] = raster.Quant(float32(acc[c] / float64(n)))
		} else {
			ic[c] = raster.Quant(s.ink)
		}
		if len(pv[c]) > 0 {
			pc[c] = raster.Quant(raster.Percentile(pv[c], 0.5))
		} else {
			pc[c] = raster.Quant(s.paper)
		}
	}
	if nc == 1 {
		ic[1], ic[2], pc[1], pc[2] = ic[0], ic[0], pc[0], pc[0]
	}
	return color.RGBA{ic[0], ic[1], ic[2], 255}, color.RGBA{pc[0], pc[1], pc[2], 255}
}

// profileLines finds, in a row profile of ink, the top of the tallest
// letters, the x-height line and the baseline (exclusive row indices: ink
// occupies rows top..base-1).
func profileLines(prof []float64) (top, xTop, base int) {
	mx := 0.0
	for _, v := range prof {
		mx = math.Max(mx, v)
	}
	if mx == 0 {
		return 0, 0, 0
	}
	base = -1
	for y := len(prof) - 1; y >= 0; y-- {
		if prof[y] >= 0.5*mx {
			base = y + 1
			break
		}
	}
	top, xTop = base, base
	for y := 0; y < base; y++ {
		if prof[y] >= 0.12*mx {
			top = y
			break
		}
	}
	for y := 0; y < base; y++ {
		if prof[y] >= 0.5*mx {
			xTop = y
			break
		}
	}
	// Refine the baseline by the partial coverage of the row below: a
	// baseline between rows leaves a half-covered row.
	return top, xTop, base
}

// strokeWidth is the median width of ink runs along rows (stems), measured
// as the summed darkness of each run so that anti-aliased edges count in
// part; runs longer than a third of the text height (bars) are skipped.
func strokeWidth(d []float32, in []bool, w, h int, inkH float64) float64 {
	var runs []float32
	maxLen := int(math.Max(3, inkH/3))
	for y := 0; y < h; y++ {
		for x := 0; x < w; {
			i := y*w + x
			if !in[i] || d[i] <= 0.15 {
				x++
				continue
			}
			e := x
			var sum, peak float32
			for e < w && in[y*w+e] && d[y*w+e] > 0.15 {
				sum += d[y*w+e]
				peak = max(peak, d[y*w+e])
				e++
			}
			if peak >= 0.6 && e-x <= maxLen {
				runs = append(runs, sum)
			}
			x = e
		}
	}
	if len(runs) == 0 {
		return math.Max(1, inkH/10)
	}
	return float64(raster.Percentile(runs, 0.5))
}

// estimateSlant finds the shear that makes the ink's column profile
// sharpest (vertical stems line up): x' = x - s*(base-y).
func estimateSlant(d []float32, in []bool, w, top, base int) float64 {
	score := func(sl float64) float64 {
		cols := make([]float64, 3*w)
		for y := top; y < base; y++ {
			off := sl * (float64(base-y) - 0.5)
			for x := 0; x < w; x++ {
				i := y*w + x
				if !in[i] || d[i] == 0 {
					continue
				}
				fx := float64(x) - off + float64(w)
				ix := int(math.Floor(fx))
				fr := fx - float64(ix)
				if ix >= 0 && ix+1 < len(cols) {
					cols[ix] += float64(d[i]) * (1 - fr)
					cols[ix+1] += float64(d[i]) * fr
				}
			}
		}
		var s float64
		for _, c := range cols {
			s += c * c
		}
		return s
	}
	best, bestS := 0.0, score(0)
	s0 := bestS
	for sl := -0.4; sl <= 0.401; sl += 0.02 {
		if v := score(sl); v > bestS {
			best, bestS = sl, v
		}
	}
	// Keep upright unless a shear is clearly better.
	if math.Abs(best) < 0.05 || bestS < 1.02*s0 {
		return 0
	}
	return math.Round(best*100) / 100
}

// estimateBlur measures the width of ink edges (pixels between 10% and 90%
// darkness on a monotonic rise from paper to full ink, along rows and
// columns) and converts it to a Gaussian sigma, allowing for the one-pixel
// box of the sensor (10-90% width = 2.563*sqrt(sigma^2 + 1/12)).
func estimateBlur(d []float32, in []bool, w, h int, stroke float64) float64 {
	var sum float64
	n := 0
	edge := func(get func(k int) (float32, bool)) {
		// get(0) is paper (<= 0.1), get(1) > 0.1; walk up to full ink.
		cnt := 0
		prev := float32(0.1)
		for k := 1; k < 12; k++ {
			v, ok := get(k)
			if !ok || v < prev-0.05 {
				return
			}
			if v >= 0.9 {
				sum += float64(cnt)
				n++
				return
			}
			cnt++
			prev = v
		}
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			if !in[i] || d[i] > 0.1 {
				continue
			}
			at := func(xx, yy int) (float32, bool) {
				if xx < 0 || xx >= w || yy < 0 || yy >= h || !in[yy*w+xx] {
					return 0, false
				}
				return d[yy*w+xx], true
			}
			for _, dir := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				if v, ok := at(x+dir[0], y+dir[1]); ok && v > 0.1 {
					edge(func(k int) (float32, bool) { return at(x+k*dir[0], y+k*dir[1]) })
				}
			}
		}
	}
	if n < 6 {
		return math.Max(0, stroke/3)
	}
	wd := sum / float64(n) / 2.563
	return math.Round(math.Sqrt(math.Max(0, wd*wd-1.0/12))*100) / 100
}
