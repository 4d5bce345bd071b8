package dataset

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"math/rand/v2"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// Synth generates synthetic text crops: a word of generated text in a
// random font, size, weight and ink on textured paper, with neighbouring
// words, form rules and underlines, then scan degradations (slight
// rotation, blur, noise, JPEG, binarisation).
type Synth struct {
	fams []*fonts.Family
}

// NewSynth returns the synthetic source over the given families (nil: every
// installed Debian family and Go's embedded fonts).
func NewSynth(fams []*fonts.Family) (*Synth, error) {
	if fams == nil {
		fams = fonts.All()
	}
	var ok []*fonts.Family
	for _, f := range fams {
		if _, err := f.Font(); err == nil {
			ok = append(ok, f)
		}
	}
	if len(ok) == 0 {
		return nil, fmt.Errorf("dataset: synth: no usable font")
	}
	return &Synth{fams: ok}, nil
}

// Name implements Source.
func (s *Synth) Name() string { return "synth" }

// fontMetrics are a face's cap height, ascent and descent in pixels.
type fontMetrics struct{ capH, ascent, descent float64 }

func metricsOf(face font.Face, size float64) fontMetrics {
	m := face.Metrics()
	capH := float64(m.CapHeight) / 64
	if capH <= 0 {
		capH = 0.7 * size
	}
	return fontMetrics{capH: capH, ascent: float64(m.Ascent) / 64, descent: float64(m.Descent) / 64}
}

// Generate implements Source.
func (s *Synth) Generate(rng *rand.Rand, w, h int) (*Sample, error) {
	if w < 16 || h < 8 {
		return nil, fmt.Errorf("dataset: synth: crop %dx%d too small", w, h)
	}
	for try := 0; try < 8; try++ {
		smp, err := s.generate(rng, w, h)
		if err != nil {
			return nil, err
		}
		if smp != nil {
			return smp, nil
		}
	}
	return nil, fmt.Errorf("dataset: synth: no sample fits %dx%d", w, h)
}

func (s *Synth) generate(rng *rand.Rand, w, h int) (*Sample, error) {
	fam := s.fams[rng.IntN(len(s.fams))]
	if _, err := fam.Font(); err != nil {
		return nil, fmt.Errorf("dataset: synth: %w", err)
	}
	// Cap height between 0.28 and 0.5 of the crop height.
	capTarget := float64(h) * (0.28 + 0.22*rng.Float64())
	maxRunes := max(2, int(float64(w-4)/(0.55*capTarget)))
	text, _ := RandomText(rng, maxRunes)
	if text == "" {
		return nil, nil
	}
	// Find a size at which the word fits.
	size := capTarget / 0.7
	var face font.Face
	var fm fontMetrics
	var adv float64
	var err error
	for k := 0; k < 12; k++ {
		face, err = fam.Face(size)
		if err != nil {
			return nil, fmt.Errorf("dataset: synth: face: %w", err)
		}
		fm = metricsOf(face, size)
		size *= capTarget / fm.capH
		face, err = fam.Face(size)
		if err != nil {
			return nil, fmt.Errorf("dataset: synth: face: %w", err)
		}
		fm = metricsOf(face, size)
		adv = float64(font.MeasureString(face, text)) / 64
		if adv <= float64(w-6) && fm.capH+fm.descent <= float64(h-4) {
			break
		}
		if capTarget > 0.24*float64(h) {
			capTarget *= 0.9
			continue
		}
		r := []rune(text)
		if len(r) <= 1 {
			return nil, nil
		}
		text = string(r[:len(r)-1])
	}
	if adv > float64(w-6) {
		return nil, nil
	}
	x := 3 + rng.Float64()*(float64(w-6)-adv)
	lo, hi := math.Ceil(fm.capH)+2, float64(h)-math.Ceil(fm.descent)-2
	if hi < lo {
		hi = lo
	}
	mid := (lo + hi) / 2
	baseline := math.Round(mid + (rng.Float64()-0.5)*(hi-lo)*0.8)

	word := image.NewAlpha(image.Rect(0, 0, w, h))
	drawText(word, face, text, x, baseline)
	ctx := neighbours(rng, word.Rect, face, size, x, adv, baseline)
	if rng.Float64() < 0.3 {
		ang := (rng.Float64()*2 - 1) * 1.8 * math.Pi / 180
		cx, cy := x+adv/2, baseline-fm.capH/2
		word = rotateAlpha(word, ang, cx, cy)
		ctx = rotateAlpha(ctx, ang, cx, cy)
	}
	box := inkBounds(word, 38)
	if box.Empty() || box.Dx() < 2 || box.Dy() < 3 {
		return nil, nil
	}
	box = box.Inset(-1).Intersect(word.Rect)

	// Paper with texture, rules, ink.
	paper := 200 + 55*math.Pow(rng.Float64(), 0.5)
	ink := 90 * math.Pow(rng.Float64(), 2)
	plane := paperPlane(rng, w, h, paper)
	drawRules(rng, plane, w, h, int(baseline), box, ink, paper)
	for i := range plane {
		a := math.Max(float64(word.Pix[i]), float64(ctx.Pix[i])) / 255
		if a > 0 {
			plane[i] = float32(float64(plane[i])*(1-a) + ink*a)
		}
	}
	degrade(rng, plane, w, h, paper, ink)
	img := planeToGray(plane, w, h)
	if rng.Float64() < 0.3 {
		img = jpegRoundTrip(img, 25+rng.IntN(66))
	}
	return &Sample{Image: img, Mask: maskOf(w, h, box), Glyph: InkGlyph(word, box), Text: text, Box: box,
		Source: s.Name()}, nil
}

// neighbours draws, at random, the context around a word at x (advance
// adv) on baseline: words to its left and right and parts of the lines
// above and below, em (the font size) apart.
func neighbours(rng *rand.Rand, r image.Rectangle, face font.Face, em, x, adv, baseline float64) *image.Alpha {
	ctx := image.NewAlpha(r)
	w := r.Dx()
	if rng.Float64() < 0.45 { // neighbour on the left
		t, _ := RandomText(rng, 12)
		a := float64(font.MeasureString(face, t)) / 64
		drawText(ctx, face, t, x-em*(0.35+0.5*rng.Float64())-a, baseline)
	}
	if rng.Float64() < 0.45 { // neighbour on the right
		t, _ := RandomText(rng, 12)
		drawText(ctx, face, t, x+adv+em*(0.35+0.5*rng.Float64()), baseline)
	}
	if rng.Float64() < 0.2 { // parts of the lines above and below
		t, _ := RandomText(rng, 30)
		drawText(ctx, face, t, rng.Float64()*float64(w)-float64(w)/2, baseline-em*1.35)
		t, _ = RandomText(rng, 30)
		drawText(ctx, face, t, rng.Float64()*float64(w)-float64(w)/2, baseline+em*1.35)
	}
	return ctx
}

func drawText(dst *image.Alpha, face font.Face, text string, x, baseline float64) {
	d := &font.Drawer{Dst: dst, Src: image.Opaque, Face: face,
		Dot: fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.I(int(baseline))}}
	d.DrawString(text)
}

// inkBounds is the bounding box of alpha values >= t.
func inkBounds(a *image.Alpha, t uint8) image.Rectangle {
	r := image.Rectangle{}
	w, h := a.Rect.Dx(), a.Rect.Dy()
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if a.Pix[y*a.Stride+x] >= t {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}

// rotateAlpha rotates a by ang radians about (cx, cy), bilinear.
func rotateAlpha(a *image.Alpha, ang, cx, cy float64) *image.Alpha {
	out := image.NewAlpha(a.Rect)
	w, h := a.Rect.Dx(), a.Rect.Dy()
	c, s := math.Cos(ang), math.Sin(ang)
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 0
		}
		return float64(a.Pix[y*a.Stride+x])
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			src := raster.RotationSource(x, y, s, c, cx, cy)
			x0, y0, fx, fy := src.X0, src.Y0, src.FX, src.FY
			v := at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
			out.Pix[y*out.Stride+x] = uint8(math.Min(255, v+0.5))
		}
	}
	return out
}

// paperPlane is a paper tone with low-frequency mottling.
func paperPlane(rng *rand.Rand, w, h int, paper float64) []float32 {
	amp := 10 * rng.Float64()
	gw, gh := w/16+2, h/16+2
	grid := make([]float64, gw*gh)
	for i := range grid {
		grid[i] = (rng.Float64()*2 - 1) * amp
	}
	p := make([]float32, w*h)
	for y := 0; y < h; y++ {
		gy := float64(y) / 16
		y0 := int(gy)
		fy := gy - float64(y0)
		for x := 0; x < w; x++ {
			gx := float64(x) / 16
			x0 := int(gx)
			fx := gx - float64(x0)
			v := grid[y0*gw+x0]*(1-fx)*(1-fy) + grid[y0*gw+x0+1]*fx*(1-fy) + grid[(y0+1)*gw+x0]*(1-fx)*fy +
				grid[(y0+1)*gw+x0+1]*fx*fy
			p[y*w+x] = float32(math.Min(255, paper+v))
		}
	}
	return p
}

// drawRules adds form rules: an underline below the baseline, a field box,
// or a dotted leader line.
func drawRules(rng *rand.Rand, p []float32, w, h, baseline int, box image.Rectangle, ink, paper float64) {
	tone := float32(ink + (paper-ink)*0.4*rng.Float64())
	hline := func(y, x0, x1, thick int, dotted bool) {
		for t := 0; t < thick; t++ {
			yy := y + t
			if yy < 0 || yy >= h {
				continue
			}
			for x := max(0, x0); x < min(w, x1); x++ {
				if dotted && x%3 != 0 {
					continue
				}
				p[yy*w+x] = tone
			}
		}
	}
	vline := func(x, y0, y1 int) {
		if x < 0 || x >= w {
			return
		}
		for y := max(0, y0); y < min(h, y1); y++ {
			p[y*w+x] = tone
		}
	}
	switch r := rng.Float64(); {
	case r < 0.25: // underline
		y := max(baseline+2, box.Max.Y+rng.IntN(2))
		hline(y, 0, w, 1+rng.IntN(2), false)
	case r < 0.35: // dotted leader
		hline(max(baseline+2, box.Max.Y), 0, w, 1, true)
	case r < 0.45: // field box
		top, bot := box.Min.Y-2-rng.IntN(3), box.Max.Y+1+rng.IntN(3)
		hline(top, 0, w, 1, false)
		hline(bot, 0, w, 1, false)
		if box.Min.X > 3 {
			vline(box.Min.X-2-rng.IntN(max(1, box.Min.X-2)), top, bot+1)
		}
	}
}

// degrade applies blur, sensor noise and occasionally binarisation.
func degrade(rng *rand.Rand, p []float32, w, h int, paper, ink float64) {
	if rng.Float64() < 0.5 {
		k := raster.GaussKernel(0.3+0.9*rng.Float64(), 2.5)
		raster.Blur(p, w, h, k, raster.EdgeClamp)
	}
	if sigma := 6 * rng.Float64() * rng.Float64(); sigma > 0.2 {
		for i := range p {
			p[i] += float32(rng.NormFloat64() * sigma)
		}
	}
	if rng.Float64() < 0.1 {
		t := float32((paper + ink) / 2)
		for i, v := range p {
			if v < t {
				p[i] = float32(ink)
			} else {
				p[i] = float32(paper)
			}
		}
	}
}

func planeToGray(p []float32, w, h int) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i, v := range p {
		g.Pix[i] = uint8(math.Max(0, math.Min(255, float64(v)+0.5)))
	}
	return g
}

func jpegRoundTrip(g *image.Gray, q int) *image.Gray {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, g, &jpeg.Options{Quality: q}); err != nil {
		return g
	}
	d, err := jpeg.Decode(&buf)
	if err != nil {
		return g
	}
	return raster.Gray(d)
}
