package pagedraw

import (
	"errors"
	"image"
	"image/color"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
)

// solid is an alpha mask of r at coverage a.
func solid(r image.Rectangle, a uint8) *image.Alpha {
	m := image.NewAlpha(r)
	for i := range m.Pix {
		m.Pix[i] = a
	}
	return m
}

func TestPlace(t *testing.T) {
	c := New(40, 20)
	m := solid(image.Rect(5, 5, 10, 9), 255)
	m.Pix[0] = MinInk - 1 // too faint to draw
	i, ok := c.Place(image.Rect(5, 5, 10, 9), 30, m)
	if !ok || i != 0 || c.Err != nil {
		t.Fatalf("Place = %d, %v, err %v; want word 0", i, ok, c.Err)
	}
	if c.Owner[5*40+5] != 0 || c.Cov[5*40+5] != 0 {
		t.Errorf("faint pixel drawn: owner %d cov %d", c.Owner[5*40+5], c.Cov[5*40+5])
	}
	if c.Owner[6*40+6] != 1 || c.Cov[6*40+6] != 255 || c.Ink[6*40+6] != 30 {
		t.Errorf("pixel (6,6): owner %d cov %d ink %d, want 1 255 30", c.Owner[6*40+6], c.Cov[6*40+6], c.Ink[6*40+6])
	}
	if i, ok := c.Place(image.Rect(12, 5, 14, 9), 30, solid(image.Rect(12, 5, 14, 9), 255)); !ok || i != 1 {
		t.Fatalf("second word: %d, %v", i, ok)
	}
	if _, ok := c.Place(image.Rect(9, 8, 12, 12), 30, solid(image.Rect(9, 8, 12, 12), 255)); ok {
		t.Fatal("a word over another word was placed")
	}
	if !errors.Is(c.Err, ErrLayout) {
		t.Errorf("collision error %v does not match ErrLayout", c.Err)
	}
	if c.Owner[11*40+11] != 0 {
		t.Error("a refused word left ink")
	}
	edge := New(40, 20)
	if _, ok := edge.Place(image.Rect(0, 5, 3, 8), 0, solid(image.Rect(0, 5, 3, 8), 255)); ok || edge.Err == nil {
		t.Error("a word touching the page edge was placed")
	}
}

func TestInkBox(t *testing.T) {
	m := image.NewAlpha(image.Rect(10, 10, 20, 20))
	if !InkBox(m).Empty() {
		t.Error("blank mask has ink")
	}
	m.SetAlpha(12, 13, color.Alpha{A: 200})
	m.SetAlpha(15, 17, color.Alpha{A: MinInk})
	m.SetAlpha(19, 19, color.Alpha{A: MinInk - 1})
	if got, want := InkBox(m), image.Rect(12, 13, 16, 18); got != want {
		t.Errorf("InkBox = %v, want %v", got, want)
	}
}

func TestGraphics(t *testing.T) {
	c := New(30, 30)
	c.Frame(image.Rect(5, 5, 15, 15), 2, 40)
	for _, p := range []image.Point{{5, 5}, {6, 10}, {14, 14}, {10, 13}} {
		if c.Owner[p.Y*30+p.X] != -1 || c.Ink[p.Y*30+p.X] != 40 {
			t.Errorf("frame pixel %v: owner %d ink %d", p, c.Owner[p.Y*30+p.X], c.Ink[p.Y*30+p.X])
		}
	}
	if c.Owner[10*30+10] != 0 {
		t.Error("frame filled its inside")
	}
	if _, ok := c.Place(image.Rect(20, 20, 24, 24), 0, solid(image.Rect(20, 20, 24, 24), 255)); !ok {
		t.Fatal(c.Err)
	}
	c.HLine(18, 28, 22, 1, 0)
	if !errors.Is(c.Err, ErrLayout) {
		t.Errorf("a rule across a word gave %v, want a layout error", c.Err)
	}
}

func TestStrokeDoesNotDarkenItself(t *testing.T) {
	c := New(40, 20)
	c.Stroke(5, 10, 35, 10, 3, 0)
	if c.Cov[10*40+20] != 255 {
		t.Errorf("stroke centre coverage %d, want 255", c.Cov[10*40+20])
	}
	before := append([]uint8(nil), c.Cov...)
	c.Stroke(5, 10, 35, 10, 3, 0)
	for i := range before {
		if c.Cov[i] != before[i] {
			t.Fatalf("pixel %d: coverage %d after a second pass, %d after the first", i, c.Cov[i], before[i])
		}
	}
}

func TestCheckBox(t *testing.T) {
	for _, ticked := range []bool{false, true} {
		c := New(30, 30)
		c.CheckBox(5, 5, 16, 2, 0.25, ticked, 0)
		if got := c.Owner[13*30+13] == -1; got != ticked {
			t.Errorf("ticked %v: centre inked %v", ticked, got)
		}
		if c.Owner[5*30+12] != -1 {
			t.Errorf("ticked %v: no top side", ticked)
		}
	}
}

func TestBreakLinesKeepsSpanWhole(t *testing.T) {
	c := New(100, 100)
	s := c.Style(fonts.Default(), 20, 0)
	if c.Err != nil {
		t.Fatal(c.Err)
	}
	ts := []Token{{Text: "aaaa", Span: -1}, {Text: "bb", Span: 0}, {Text: "cc", Span: 0}}
	w := s.Measure(ts[:2]) + 1 // room for "aaaa bb" but not "aaaa bb cc"
	split := s.BreakLines(w, ts, func(int) bool { return false })
	whole := s.BreakLines(w, ts, func(span int) bool { return span >= 0 })
	if len(split) != 2 || len(split[0]) != 2 {
		t.Errorf("without whole spans: %v, want [aaaa bb] [cc]", split)
	}
	if len(whole) != 2 || len(whole[0]) != 1 {
		t.Errorf("with whole spans: %v, want [aaaa] [bb cc]", whole)
	}
	if s2 := c.Style(fonts.Default(), 20, 99); s2.Face != s.Face || s2.Ink != 99 {
		t.Error("a style of the same family and size did not reuse the face")
	}
}

// even is a w x h page of grey level v.
func even(w, h int, v float64) []float64 {
	f := make([]float64, w*h)
	for i := range f {
		f[i] = v
	}
	return f
}

func TestBlur3(t *testing.T) {
	const w, h = 5, 4
	for i, v := range Blur3(even(w, h, 200), w, h, 1) {
		if v != 200 {
			t.Fatalf("flat page pixel %d became %v", i, v)
		}
	}
	dot := even(w, h, 0)
	dot[1*w+2] = 16
	g := Blur3(dot, w, h, 1)
	if g[1*w+2] != 4 || g[1*w+1] != 2 || g[2*w+3] != 1 || g[3*w+2] != 0 {
		t.Errorf("blurred dot: centre %v, side %v, corner %v, two away %v; want 4 2 1 0", g[1*w+2], g[1*w+1], g[2*w+3], g[3*w+2])
	}
	if g := Blur3(dot, w, h, 0); g[1*w+2] != 16 || g[1*w+1] != 0 {
		t.Error("mix 0 changed the page")
	}
}

func TestSpeck(t *testing.T) {
	const w, h = 9, 9
	f := even(w, h, 240)
	Speck(f, w, h, 1, 4, 1, 100)
	if f[4*w+1] != 140 {
		t.Errorf("speck centre %v, want 140", f[4*w+1])
	}
	if f[4*w+4] != 240 || f[0] != 240 {
		t.Error("speck reached beyond its radius")
	}
}

func TestTheme(t *testing.T) {
	b, v := fonts.Default(), &fonts.Family{Name: "value"}
	th := Theme{Body: b, Bold: b, Head: b, Value: v, Mono: b, Ink: 10, ValueInk: 40}
	if f, ink := th.Font(FontValue); f != v || ink != 40 {
		t.Errorf("value font %v ink %d", f.Name, ink)
	}
	if f, ink := th.Font(FontBody); f != b || ink != 10 {
		t.Errorf("body font %v ink %d", f.Name, ink)
	}
	for _, c := range fonts.Classes {
		for _, f := range Families(c, false) {
			if thinFamilies[f.Name] {
				t.Errorf("Families(%s) lists the thin %s", c, f.Name)
			}
		}
	}
}
