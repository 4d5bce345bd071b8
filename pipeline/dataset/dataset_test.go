package dataset

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
)

func newSynth(t *testing.T) *Synth {
	t.Helper()
	s, err := NewSynth(nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSynthDeterministicForSeed(t *testing.T) {
	s := newSynth(t)
	cfg := LoaderConfig{Sources: []Weighted{{s, 1}}, Seed: 7, BatchSize: 6, Widths: []int{96, 128}, Workers: 2}
	a, err := NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Workers = 1
	b, _ := NewLoader(cfg)
	cfg.Seed = 8
	c, _ := NewLoader(cfg)
	defer a.Close()
	defer b.Close()
	for i := 0; i < 3; i++ {
		ba, err := a.Next()
		if err != nil {
			t.Fatal(err)
		}
		bb, err := b.Make(int64(i))
		if err != nil {
			t.Fatal(err)
		}
		if ba.W != bb.W || len(ba.Images) != len(bb.Images) {
			t.Fatalf("batch %d: sizes differ", i)
		}
		for j := range ba.Images {
			if ba.Images[j] != bb.Images[j] || ba.Masks[j] != bb.Masks[j] || ba.Glyphs[j] != bb.Glyphs[j] {
				t.Fatalf("batch %d: value %d differs between prefetch (2 workers) and direct (1 worker)", i, j)
			}
		}
		for j := range ba.Texts {
			if ba.Texts[j] != bb.Texts[j] {
				t.Fatalf("batch %d: text %d differs", i, j)
			}
		}
	}
	// Another seed gives other data.
	b0, _ := b.Make(0)
	c0, err := c.Make(0)
	if err != nil {
		t.Fatal(err)
	}
	same := b0.W == c0.W
	if same {
		for j := range b0.Images {
			if b0.Images[j] != c0.Images[j] {
				same = false
				break
			}
		}
	}
	if same {
		t.Fatal("seeds 7 and 8 gave the same batch")
	}
	// Resume: SetPosition continues with the same batches.
	a.SetPosition(1)
	r, err := a.Next()
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := b.Make(1)
	if r.Texts[0] != b1.Texts[0] || r.Images[100] != b1.Images[100] {
		t.Fatal("SetPosition(1) did not give batch 1")
	}
	if a.Position() != 2 {
		t.Fatalf("position %d, want 2", a.Position())
	}
}

func TestBatchLayoutAndRanges(t *testing.T) {
	s := newSynth(t)
	l, err := NewLoader(LoaderConfig{Sources: []Weighted{{s, 1}}, Seed: 1, BatchSize: 8, Height: 32, Widths: []int{128}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.Make(0)
	if err != nil {
		t.Fatal(err)
	}
	if b.N != 8 || b.H != 32 || b.W != 128 || len(b.Images) != 8*32*128 || len(b.Masks) != len(b.Images) ||
		len(b.Glyphs) != len(b.Images) || len(b.Texts) != 8 {
		t.Fatalf("bad shapes: N=%d H=%d W=%d len=%d", b.N, b.H, b.W, len(b.Images))
	}
	size := b.H * b.W
	for i, smp := range b.Samples {
		if smp.Text == "" {
			t.Fatalf("sample %d: empty text", i)
		}
		var inMask, inkIn, glyphInk, glyphOut int
		for y := 0; y < b.H; y++ {
			for x := 0; x < b.W; x++ {
				j := i*size + y*b.W + x
				for _, v := range []float32{b.Images[j], b.Masks[j], b.Glyphs[j]} {
					if v < 0 || v > 1 {
						t.Fatalf("value %v out of [0,1]", v)
					}
				}
				m := b.Masks[j]
				if m != 0 && m != 1 {
					t.Fatalf("mask value %v not 0 or 1", m)
				}
				in := (image.Point{x, y}).In(smp.Box)
				if (m == 1) != in {
					t.Fatalf("sample %d: mask at %d,%d = %v, box %v", i, x, y, m, smp.Box)
				}
				if in {
					inMask++
					if b.Images[j] < 0.5 {
						inkIn++
					}
					if b.Glyphs[j] < 0.5 {
						glyphInk++
					}
				} else if b.Glyphs[j] != 1 {
					glyphOut++
				}
			}
		}
		if inMask == 0 || inkIn == 0 || glyphInk == 0 {
			t.Fatalf("sample %d (%q): mask %d px, ink in mask %d, glyph ink %d", i, smp.Text, inMask, inkIn, glyphInk)
		}
		if glyphOut != 0 {
			t.Fatalf("sample %d: glyph has %d non-white pixels outside the box", i, glyphOut)
		}
	}
}

// writeFolder writes a tiny FUNSD-format folder with one page.
func writeFolder(t *testing.T, dir, name string) {
	t.Helper()
	for _, d := range []string{"images", "annotations"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	s := newSynth(t)
	// Render a word with the synthetic source onto a page.
	smp, err := s.Generate(SampleRNG(1, 0, 0), 128, 32)
	if err != nil {
		t.Fatal(err)
	}
	page := testimg.Flat(400, 300, 250)
	off := image.Pt(100, 120)
	for y := 0; y < 32; y++ {
		copy(page.Pix[(y+off.Y)*page.Stride+off.X:], smp.Image.Pix[y*smp.Image.Stride:y*smp.Image.Stride+128])
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, page); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "images", name+".png"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	bx := smp.Box.Add(off)
	ann := map[string]any{"form": []any{map[string]any{"words": []any{
		map[string]any{"box": []int{bx.Min.X, bx.Min.Y, bx.Max.X, bx.Max.Y}, "text": "Word"},
		map[string]any{"box": []int{1, 1, 3, 3}, "text": "x"}, // too small: skipped
	}}}}
	data, _ := json.Marshal(ann)
	if err := os.WriteFile(filepath.Join(dir, "annotations", name+".json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestAnnotatedCrops(t *testing.T) {
	dir := t.TempDir()
	writeFolder(t, dir, "p1")
	a, err := NewAnnotated(dir, SplitAll)
	if err != nil {
		t.Fatal(err)
	}
	if a.Pages() != 1 || a.Words() != 1 {
		t.Fatalf("pages %d words %d, want 1 and 1", a.Pages(), a.Words())
	}
	s1, err := a.Generate(SampleRNG(3, 0, 0), 128, 32)
	if err != nil {
		t.Fatal(err)
	}
	s2, _ := a.Generate(SampleRNG(3, 0, 0), 128, 32)
	if s1.Text != "Word" || !bytes.Equal(s1.Image.Pix, s2.Image.Pix) {
		t.Fatalf("text %q or crops not deterministic", s1.Text)
	}
	h := s1.Box.Dy()
	if h < 11 || h > 23 {
		t.Fatalf("box height %d outside the 0.35..0.6 range of 32", h)
	}
	// The crop holds ink inside the box (the page's word).
	ink := 0
	for y := s1.Box.Min.Y; y < s1.Box.Max.Y; y++ {
		for x := s1.Box.Min.X; x < s1.Box.Max.X; x++ {
			if s1.Image.Pix[y*s1.Image.Stride+x] < 128 {
				ink++
			}
		}
	}
	if ink == 0 {
		t.Fatal("no ink inside the word box of the crop")
	}
	if _, err := NewAnnotated(filepath.Join(dir, "testing_data"), SplitAll); err == nil {
		t.Fatal("testing_data folder accepted")
	}
}

func TestPlacePasteBackKeepsOutside(t *testing.T) {
	page := testimg.Pattern(200, 100, func(i int) uint8 { return uint8(i % 251) })
	orig := append([]uint8(nil), page.Pix...)
	region := image.Rect(50, 40, 110, 60)
	p, err := Place(region, 32, 0, 16, 512, 0.45, 0.5, 8)
	if err != nil {
		t.Fatal(err)
	}
	if p.W%16 != 0 || p.W < p.Box.Dx()+16 {
		t.Fatalf("width %d for box %v", p.W, p.Box)
	}
	crop := p.Crop(page, 255)
	black := image.NewGray(crop.Rect)
	p.PasteBack(page, black, region)
	for y := 0; y < 100; y++ {
		for x := 0; x < 200; x++ {
			i := y*page.Stride + x
			in := (image.Point{x, y}).In(region)
			if !in && page.Pix[i] != orig[i] {
				t.Fatalf("pixel %d,%d outside the region changed", x, y)
			}
			if in && page.Pix[i] != 0 {
				t.Fatalf("pixel %d,%d inside the region not pasted", x, y)
			}
		}
	}
}

func TestGridSize(t *testing.T) {
	g := Grid([][]*image.Gray{{image.NewGray(image.Rect(0, 0, 10, 5)), image.NewGray(image.Rect(0, 0, 4, 8))}}, 2)
	if g.Rect.Dx() != 2+10+2+4+2 || g.Rect.Dy() != 2+8+2 {
		t.Fatalf("grid %v", g.Rect)
	}
}

func TestScanGlyphKeepsLettersDropsRules(t *testing.T) {
	img := testimg.Flat(64, 32, 230)
	box := image.Rect(8, 6, 56, 26)
	for y := 8; y < 20; y++ { // a letter stroke
		img.Pix[y*img.Stride+20] = 30
		img.Pix[y*img.Stride+21] = 30
	}
	for x := 4; x < 60; x++ { // an underline crossing the box
		img.Pix[22*img.Stride+x] = 40
	}
	g := ScanGlyph(img, box)
	if v := g.Pix[12*g.Stride+20]; v > 20 {
		t.Fatalf("letter pixel %d, want near black", v)
	}
	if v := g.Pix[22*g.Stride+30]; v != 255 {
		t.Fatalf("rule pixel %d, want white", v)
	}
	if v := g.Pix[12*g.Stride+30]; v != 255 {
		t.Fatalf("paper pixel %d, want white", v)
	}
	if v := g.Pix[12*g.Stride+2]; v != 255 {
		t.Fatalf("pixel outside the box %d, want white", v)
	}
	flat := image.NewGray(img.Rect)
	for i := range flat.Pix {
		flat.Pix[i] = uint8(200 + i%20)
	}
	for _, v := range ScanGlyph(flat, box).Pix {
		if v != 255 {
			t.Fatal("a box without contrast gave ink")
		}
	}
}
