package render

import (
	"errors"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/measure"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

func grayCopy(src *image.Gray) *image.Gray {
	out := image.NewGray(src.Rect)
	copy(out.Pix, src.Pix)
	return out
}

// underlinedPage is a form line "Name: <answer>" with the answer on a rule
// that runs past both ends, and another word further right.
func underlinedPage(t *testing.T) (pg page, label, right doc.Box) {
	t.Helper()
	fam := first(t, fonts.Serif, false)
	pg = makePage(t, pageSpec{fam: fam, size: 16, ink: 15, paper: 245, text: "Name: Harold Jenkins", x: 20, base: 50, w: 420, h: 90, underline: true})
	// makePage's underline spans the whole text; the label "Name:" is the
	// first word, the answer the other two.
	label = pg.words[0]
	region := pg.words[1].Union(pg.words[2])
	pg.region = region
	pg.words = pg.words[1:]
	// A word far right that must not be touched.
	right = doc.Box{Left: 330, Top: 36, Width: 40, Height: 16}
	for y := right.Top + 3; y < right.Bottom()-3; y++ {
		for x := right.Left + 2; x < right.Right()-2; x += 3 {
			pg.img.SetGray(x, y, color.Gray{20})
		}
	}
	return pg, label, right
}

func TestReplaceUntouchedOutsideMask(t *testing.T) {
	pg, label, right := underlinedPage(t)
	st, err := EstimateStyle(pg.img, pg.region, pg.words, "Harold Jenkins")
	if err != nil {
		t.Fatal(err)
	}
	above := doc.Box{Left: pg.region.Left + 5, Top: pg.region.Top - 6, Width: 20, Height: 5}
	res, err := Replace(pg.img, pg.region, "Wu Li", st, Options{KeepOut: []doc.Box{label, right, above}, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	dst := grayCopy(pg.img)
	Composite(dst, res)
	changed := 0
	for y := 0; y < dst.Rect.Dy(); y++ {
		for x := 0; x < dst.Rect.Dx(); x++ {
			in := (image.Point{x, y}).In(res.Mask.Rect) && res.Mask.AlphaAt(x, y).A > 0
			a, b := pg.img.GrayAt(x, y).Y, dst.GrayAt(x, y).Y
			if !in && a != b {
				t.Fatalf("pixel (%d,%d) outside the mask changed: %d -> %d", x, y, a, b)
			}
			if a != b {
				changed++
			}
		}
	}
	if changed < 50 {
		t.Errorf("only %d pixels changed", changed)
	}
	for _, k := range []doc.Box{label, right, above} {
		if !k.Intersect(res.Region).Empty() && k.Intersect(pg.region).Empty() {
			t.Errorf("result box %v overlaps keep-out box %v", res.Region, k)
		}
		if !k.Intersect(res.Region).Empty() {
			for y := k.Top; y < k.Bottom(); y++ {
				for x := k.Left; x < k.Right(); x++ {
					if (image.Point{x, y}).In(res.Mask.Rect) && res.Mask.AlphaAt(x, y).A > 0 {
						t.Fatalf("mask covers keep-out box %v at (%d,%d)", k, x, y)
					}
				}
			}
		}
	}
	// The old text is gone: nothing dark remains right of the new text
	// above the rule inside the region.
	for y := pg.region.Top; y < pg.baseline; y++ {
		for x := res.TextBox.Right() + 2; x < pg.region.Right(); x++ {
			if v := dst.GrayAt(x, y).Y; v < 200 {
				t.Fatalf("old ink left at (%d,%d): %d", x, y, v)
			}
		}
	}
	// The new text starts where the old one did and has its height.
	if d := res.TextBox.Left - pg.region.Left; d < -1 || d > 1 {
		t.Errorf("text starts at %d, region at %d", res.TextBox.Left, pg.region.Left)
	}
	if e := measure.BackgroundError(dst, pg.region, res.Strokes); e > 6 {
		t.Errorf("background error %.2f > 6", e)
	}
	// The glyph image lies where the text was drawn, and the background
	// holds no text.
	var gl, pt []float32
	bgDark := 0
	bg := res.Background.(*image.Gray)
	for y := res.Region.Top; y < res.Region.Bottom(); y++ {
		for x := res.Region.Left; x < res.Region.Right(); x++ {
			gl = append(gl, 255-float32(res.Glyph.GrayAt(x, y).Y))
			pt = append(pt, 255-float32(res.Patch.(*image.Gray).GrayAt(x, y).Y))
			if y < pg.baseline-1 && bg.GrayAt(x, y).Y < 200 {
				bgDark++
			}
		}
	}
	if c := ncc(gl, pt); c < 0.6 {
		t.Errorf("glyph image correlates %.2f with the drawn text", c)
	}
	if bgDark > 0 {
		t.Errorf("%d dark pixels in the rebuilt background above the rule", bgDark)
	}
}

func TestRebuildKeepsUnderline(t *testing.T) {
	pg, _, _ := underlinedPage(t)
	ruleY := pg.baseline + int(math.Ceil(0.3*16))
	bg, err := RebuildBackground(pg.img, pg.region.Pad(1))
	if err != nil {
		t.Fatal(err)
	}
	g := bg.(*image.Gray)
	if g.Rect != pg.region.Pad(1).Rect() {
		t.Fatalf("bounds %v, want %v", g.Rect, pg.region.Pad(1).Rect())
	}
	// Extend the region down over the rule so that it is inside.
	box := pg.region
	box.Height = ruleY + 3 - box.Top
	bg, err = RebuildBackground(pg.img, box)
	if err != nil {
		t.Fatal(err)
	}
	g = bg.(*image.Gray)
	for x := box.Left; x < box.Right(); x++ {
		if v := g.GrayAt(x, ruleY).Y; v > 60 {
			t.Fatalf("rule lost at x=%d: %d", x, v)
		}
		for y := box.Top; y < ruleY-1; y++ {
			if v := g.GrayAt(x, y).Y; v < 235 {
				t.Fatalf("ink left at (%d,%d): %d", x, y, v)
			}
		}
	}
	// Background error of the rebuild, rule excluded as stroke.
	dst := grayCopy(pg.img)
	draw.Draw(dst, g.Rect, g, g.Rect.Min, draw.Src)
	strokes := image.NewAlpha(box.Rect())
	for x := box.Left; x < box.Right(); x++ {
		for y := ruleY - 1; y <= ruleY+1; y++ {
			strokes.SetAlpha(x, y, color.Alpha{255})
		}
	}
	if e := measure.BackgroundError(dst, box, strokes); e > 2 {
		t.Errorf("rebuild background error %.2f", e)
	}
	if e := measure.BackgroundError(pg.img, box, strokes); e < 10 {
		t.Errorf("original text should count as background error, got %.2f", e)
	}
}

func TestReplaceDeterministic(t *testing.T) {
	fam := first(t, fonts.Sans, false)
	pg := makePage(t, pageSpec{fam: fam, size: 18, ink: 30, paper: 220, text: "Okafor Janet", x: 30, base: 50})
	noisy := addNoise(pg.img, 5, 9)
	st, err := EstimateStyle(noisy, pg.region, pg.words, "Okafor Janet")
	if err != nil {
		t.Fatal(err)
	}
	if st.Noise < 3 {
		t.Fatalf("noise %.2f, want ~5", st.Noise)
	}
	run := func(seed uint64) *image.Gray {
		res, err := Replace(noisy, pg.region, "Brian Moss", st, Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		return res.Patch.(*image.Gray)
	}
	res, err := Replace(noisy, pg.region, "Brian Moss", st, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	dst := grayCopy(noisy)
	Composite(dst, res)
	// Per-pixel error against the surrounding paper level: noise of sd 5
	// alone gives about 0.8*5.
	if e := measure.BackgroundError(dst, pg.region, res.Strokes); e > 6 || e < 2 {
		t.Errorf("background error %.2f, want 2..6 on paper with noise 5", e)
	}
	a, b, c := run(1), run(1), run(2)
	if string(a.Pix) != string(b.Pix) {
		t.Error("same seed, different output")
	}
	if string(a.Pix) == string(c.Pix) {
		t.Error("different seeds, same noise")
	}
}

func TestReplaceOverflowAndNoRoom(t *testing.T) {
	fam := first(t, fonts.Sans, false)
	pg := makePage(t, pageSpec{fam: fam, size: 16, ink: 0, paper: 255, text: "Al Bo", x: 30, base: 40, w: 300, h: 70})
	st, err := EstimateStyle(pg.img, pg.region, pg.words, "Al Bo")
	if err != nil {
		t.Fatal(err)
	}
	long := "Maximilian Oberhauser"
	res, err := Replace(pg.img, pg.region, long, st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Condense < 0.8-1e-9 || res.Region.Right() <= pg.region.Right()+20 {
		t.Errorf("condense %.2f, region %v from %v: want overflow into blank paper", res.Condense, res.Region, pg.region)
	}
	if w := Measure(st, long); math.Abs(float64(res.TextBox.Width)-w*res.Condense) > 0.15*w {
		t.Errorf("text box width %d, measured %.1f*%.2f", res.TextBox.Width, w, res.Condense)
	}
	in, over, err := Room(pg.img, pg.region, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(in-float64(pg.region.Width)) > 2 || over < in+100 {
		t.Errorf("room %.0f / %.0f for a %d px region on an empty line", in, over, pg.region.Width)
	}
	// A word right after the region: no room.
	blocker := doc.Box{Left: pg.region.Right() + 4, Top: pg.region.Top, Width: 30, Height: pg.region.Height}
	if _, over, _ := Room(pg.img, pg.region, st, []doc.Box{blocker}); over > float64(blocker.Left-pg.region.Left) {
		t.Errorf("room %.0f runs into the blocker", over)
	}
	if _, err := Replace(pg.img, pg.region, long, st, Options{KeepOut: []doc.Box{blocker}}); !errors.Is(err, ErrNoRoom) {
		t.Errorf("blocked overflow: %v, want ErrNoRoom", err)
	}
	// Slightly too long text with a blocker: condensed further, still fits.
	res, err = Replace(pg.img, pg.region, "Al Box", st, Options{KeepOut: []doc.Box{blocker}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Region.Right() > blocker.Left {
		t.Errorf("region %v runs into the blocker %v", res.Region, blocker)
	}
}

func TestReplaceRGB(t *testing.T) {
	fam := first(t, fonts.Serif, false)
	pg := makePage(t, pageSpec{fam: fam, size: 20, ink: 0, paper: 255, text: "Margaret Lowell", x: 30, base: 50})
	// Blue ink on cream paper.
	ink, paper := color.RGBA{20, 40, 150, 255}, color.RGBA{250, 240, 215, 255}
	img := image.NewRGBA(pg.img.Rect)
	for i, v := range pg.img.Pix {
		a := 1 - float32(v)/255
		img.Pix[4*i] = raster.Quant(float32(paper.R)*(1-a) + float32(ink.R)*a)
		img.Pix[4*i+1] = raster.Quant(float32(paper.G)*(1-a) + float32(ink.G)*a)
		img.Pix[4*i+2] = raster.Quant(float32(paper.B)*(1-a) + float32(ink.B)*a)
		img.Pix[4*i+3] = 255
	}
	st, err := EstimateStyle(img, pg.region, pg.words, "Margaret Lowell")
	if err != nil {
		t.Fatal(err)
	}
	near := func(a, b uint8) bool { return math.Abs(float64(a)-float64(b)) <= 15 }
	if !near(st.Ink.R, ink.R) || !near(st.Ink.G, ink.G) || !near(st.Ink.B, ink.B) {
		t.Errorf("ink %v, want %v", st.Ink, ink)
	}
	if !near(st.Paper.R, paper.R) || !near(st.Paper.G, paper.G) || !near(st.Paper.B, paper.B) {
		t.Errorf("paper %v, want %v", st.Paper, paper)
	}
	res, err := Replace(img, pg.region, "Sam Ito", st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := res.Patch.(*image.RGBA); !ok {
		t.Fatalf("patch %T, want *image.RGBA", res.Patch)
	}
	dst := image.NewRGBA(img.Rect)
	copy(dst.Pix, img.Pix)
	Composite(dst, res)
	blue := 0
	for y := 0; y < img.Rect.Dy(); y++ {
		for x := 0; x < img.Rect.Dx(); x++ {
			o := dst.PixOffset(x, y)
			in := (image.Point{x, y}).In(res.Mask.Rect) && res.Mask.AlphaAt(x, y).A > 0
			if !in && string(dst.Pix[o:o+4]) != string(img.Pix[o:o+4]) {
				t.Fatalf("pixel (%d,%d) outside the mask changed", x, y)
			}
			if in && dst.Pix[o+2] > dst.Pix[o]+60 {
				blue++
			}
		}
	}
	if blue < 20 {
		t.Errorf("new text not drawn in the ink colour (%d blue pixels)", blue)
	}
}

func TestGlyph(t *testing.T) {
	fam := first(t, fonts.Serif, false)
	g := Glyph("Hello 42", 120, 32, Style{Family: fam})
	if g.Rect != image.Rect(0, 0, 120, 32) {
		t.Fatalf("bounds %v", g.Rect)
	}
	dark, minX, maxX, minY, maxY := 0, 999, -1, 999, -1
	for y := 0; y < 32; y++ {
		for x := 0; x < 120; x++ {
			if g.GrayAt(x, y).Y < 128 {
				dark++
				minX, maxX = min(minX, x), max(maxX, x)
				minY, maxY = min(minY, y), max(maxY, y)
			}
		}
	}
	if dark < 50 {
		t.Fatalf("glyph image nearly empty (%d dark pixels)", dark)
	}
	if minX > 3 || minY < 1 || maxY > 30 {
		t.Errorf("ink box x %d..%d y %d..%d", minX, maxX, minY, maxY)
	}
	if h := maxY - minY + 1; h < 14 || h > 22 {
		t.Errorf("cap height %d px, want about 0.6*32", h)
	}
	// A long text is condensed into the box, not cut.
	g2 := Glyph("A very long replacement string", 60, 20, Style{Family: fam})
	right := -1
	for y := 0; y < 20; y++ {
		for x := 0; x < 60; x++ {
			if g2.GrayAt(x, y).Y < 128 {
				right = max(right, x)
			}
		}
	}
	if right < 40 || right > 59 {
		t.Errorf("long text ends at x=%d", right)
	}
	if string(Glyph("Hello 42", 120, 32, Style{Family: fam}).Pix) != string(g.Pix) {
		t.Error("glyph image not deterministic")
	}
	if e := Glyph("x", 0, 10, Style{}); e.Rect.Dx() != 0 {
		t.Error("zero-width glyph image")
	}
}

func TestRedact(t *testing.T) {
	img := testimg.Flat(40, 30, 200)
	Redact(img, doc.Box{Left: 5, Top: 6, Width: 10, Height: 4}, color.Black)
	for y := 0; y < 30; y++ {
		for x := 0; x < 40; x++ {
			in := x >= 5 && x < 15 && y >= 6 && y < 10
			v := img.GrayAt(x, y).Y
			if in && v != 0 || !in && v != 200 {
				t.Fatalf("(%d,%d) = %d", x, y, v)
			}
		}
	}
}

func TestMeasure(t *testing.T) {
	fam := first(t, fonts.Mono, false)
	st := Style{Family: fam, FontSize: 20}
	w1 := Measure(st, "abcde")
	w2 := Measure(st, "abcdeabcde")
	if w1 <= 0 || math.Abs(w2-2*w1) > 0.01 {
		t.Errorf("mono widths %.2f, %.2f", w1, w2)
	}
	st.FontSize = 10
	if w := Measure(st, "abcde"); math.Abs(w-w1/2) > 0.01 {
		t.Errorf("half size: %.2f, want %.2f", w, w1/2)
	}
	st.HScale = 0.5
	if w := Measure(st, "abcde"); math.Abs(w-w1/4) > 0.01 {
		t.Errorf("half scale: %.2f, want %.2f", w, w1/4)
	}
}

func TestConcurrentUse(t *testing.T) {
	fam := first(t, fonts.Sans, false)
	pg := makePage(t, pageSpec{fam: fam, size: 18, ink: 30, paper: 220, text: "Okafor Janet", x: 30, base: 50})
	want := ""
	done := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func() {
			st, err := EstimateStyle(pg.img, pg.region, pg.words, "Okafor Janet")
			if err != nil {
				done <- "error: " + err.Error()
				return
			}
			res, err := Replace(pg.img, pg.region, "Brian Moss", st, Options{Seed: 5})
			if err != nil {
				done <- "error: " + err.Error()
				return
			}
			done <- string(res.Patch.(*image.Gray).Pix)
		}()
	}
	for i := 0; i < 4; i++ {
		got := <-done
		if strings.HasPrefix(got, "error: ") {
			t.Fatal(got)
		}
		if i == 0 {
			want = got
		} else if got != want {
			t.Error("concurrent runs differ")
		}
	}
}

func TestCompositeRespectsMask(t *testing.T) {
	r := image.Rect(5, 5, 25, 15)
	res := &Result{Patch: image.NewGray(r), Mask: image.NewAlpha(r), Region: doc.BoxFromRect(r)}
	p := res.Patch.(*image.Gray)
	for i := range p.Pix {
		p.Pix[i] = 7
	}
	// Mask: a full square, a half-alpha pixel, the rest 0.
	for y := 8; y < 12; y++ {
		for x := 10; x < 14; x++ {
			res.Mask.SetAlpha(x, y, color.Alpha{255})
		}
	}
	res.Mask.SetAlpha(20, 6, color.Alpha{128})
	for _, dst := range []draw.Image{image.NewGray(image.Rect(0, 0, 30, 20)), image.NewRGBA(image.Rect(0, 0, 30, 20))} {
		draw.Draw(dst, dst.Bounds(), image.NewUniform(color.Gray{201}), image.Point{}, draw.Src)
		Composite(dst, res)
		for y := 0; y < 20; y++ {
			for x := 0; x < 30; x++ {
				v := color.GrayModel.Convert(dst.At(x, y)).(color.Gray).Y
				switch {
				case x >= 10 && x < 14 && y >= 8 && y < 12:
					if v != 7 {
						t.Fatalf("%T (%d,%d) = %d inside the mask, want 7", dst, x, y, v)
					}
				case x == 20 && y == 6:
					if v < 100 || v > 108 {
						t.Fatalf("%T half alpha = %d, want ~104", dst, v)
					}
				default:
					if v != 201 {
						t.Fatalf("%T (%d,%d) = %d outside the mask", dst, x, y, v)
					}
				}
			}
		}
	}
}

// A line redrawn in its own estimated style carries about the original's
// ink: on a steep scan (spread ink, near-binary tones) the matched tone
// curve and the ink spread must not both thicken the new strokes.
func TestReplaceKeepsInkWeight(t *testing.T) {
	fam := first(t, fonts.Mono, false)
	const text = "Tel. 011 854 8725"
	pg := makePage(t, pageSpec{fam: fam, size: 19, ink: 30, paper: 235, text: text, x: 20, base: 60, sigma: 0.8, w: 400, h: 100})
	steep := grayCopy(pg.img)
	for i, v := range steep.Pix {
		d := math.Min(1, 1.7*float64(235-int(v))/205)
		steep.Pix[i] = uint8(235 - 205*d)
	}
	st, err := EstimateStyle(steep, pg.region, pg.words, text)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Replace(steep, pg.region, text, st, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	out := grayCopy(steep)
	Composite(out, res)
	ink := func(g *image.Gray) float64 {
		var s float64
		r := pg.region.Pad(3).Rect()
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				s += float64(235 - int(g.GrayAt(x, y).Y))
			}
		}
		return s
	}
	// Redrawn in the original's weight it gives 1.08; emboldened on top
	// of the tone, 1.13.
	if ratio := ink(out) / ink(steep); ratio < 0.9 || ratio > 1.1 {
		t.Errorf("the redrawn line has %.2f times the original's ink (embolden %.2f)", ratio, st.Embolden)
	}
}
