package train

import (
	"context"
	"errors"
	"image"
	"image/draw"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/torch"
)

func tinyConfig(t *testing.T, kind string) Config {
	c := DefaultConfig(kind)
	c.Preset = "tiny"
	c.Out = filepath.Join(t.TempDir(), kind)
	c.Threads = 2
	c.BatchSize = 6
	c.Data.Widths = []int{64}
	c.CheckpointEvery = 0
	c.ValEvery = 0
	c.NoFinalVal = true
	c.Warmup = 3
	return c
}

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func TestTinyVAELossFalls(t *testing.T) {
	c := tinyConfig(t, "vae")
	c.Steps = 40
	c.LR = 3e-3
	c.MinLR = 3e-4
	res, err := Run(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Step != 40 || len(res.Losses) != 40 || !finite(res.Losses) {
		t.Fatalf("step %d, %d losses", res.Step, len(res.Losses))
	}
	first, last := mean(res.Losses[:8]), mean(res.Losses[32:])
	t.Logf("vae loss: first 8 steps %.4f, last 8 steps %.4f, %.1f samples/s", first, last, res.SamplesPerSec)
	if !(last < 0.8*first) {
		t.Fatalf("loss did not fall: first %.4f last %.4f", first, last)
	}
	// The exported model loads and the metrics file has one line per step.
	if _, err := torch.LoadModel(res.Model, "cpu"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(c.Out, "metrics.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "\n"); n != 40 {
		t.Fatalf("metrics lines %d, want 40", n)
	}
}

// cancelAt cancels the context when the progress line reports step k.
type cancelAt struct {
	needle string
	cancel context.CancelFunc
}

func (c *cancelAt) Write(p []byte) (int, error) {
	if strings.Contains(string(p), c.needle) {
		c.cancel()
	}
	return len(p), nil
}

func TestUNetResumeIsExact(t *testing.T) {
	base := tinyConfig(t, "unet")
	base.Steps = 8
	base.Accum = 2
	base.BatchSize = 4
	base.Data.AnnotatedWeight = 0
	base.CheckpointEvery = 3
	base.KeepLast = 1

	full := base
	full.Out = filepath.Join(t.TempDir(), "full")
	want, err := Run(context.Background(), full, Options{})
	if err != nil {
		t.Fatal(err)
	}

	part := base
	part.Out = filepath.Join(t.TempDir(), "part")
	ctx, cancel := context.WithCancel(context.Background())
	got1, err := Run(ctx, part, Options{Progress: &cancelAt{needle: " 5/8 ", cancel: cancel}})
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	if !got1.Interrupted || got1.Step != 5 || got1.Model != "" {
		t.Fatalf("interrupted run: interrupted=%v step=%d model=%q", got1.Interrupted, got1.Step, got1.Model)
	}
	// keep-last 1: only the interrupt checkpoint is left.
	dirs, _ := filepath.Glob(filepath.Join(part.Out, "checkpoints", "step-*"))
	if len(dirs) != 1 || filepath.Base(dirs[0]) != "step-0000005" {
		t.Fatalf("checkpoints %v, want only step-0000005", dirs)
	}
	got2, err := Run(context.Background(), part, Options{Resume: true})
	if err != nil {
		t.Fatal(err)
	}
	seq := append(append([]float64{}, got1.Losses...), got2.Losses...)
	if len(seq) != len(want.Losses) {
		t.Fatalf("%d losses after resume, want %d", len(seq), len(want.Losses))
	}
	for i := range seq {
		if seq[i] != want.Losses[i] {
			t.Fatalf("step %d: loss %v after resume, %v uninterrupted (full %v, resumed %v)", i+1, seq[i],
				want.Losses[i], want.Losses, seq)
		}
	}
}

func TestLRSchedule(t *testing.T) {
	c := DefaultConfig("unet")
	c.Steps, c.Warmup, c.LR, c.MinLR = 100, 10, 1e-3, 1e-5
	if got := c.LRAt(5); math.Abs(got-5e-4) > 1e-12 {
		t.Fatalf("warm-up lr %v", got)
	}
	if got := c.LRAt(10); math.Abs(got-1e-3) > 1e-12 {
		t.Fatalf("peak lr %v", got)
	}
	if got := c.LRAt(55); math.Abs(got-(1e-5+(1e-3-1e-5)/2)) > 1e-9 {
		t.Fatalf("mid lr %v", got)
	}
	if got := c.LRAt(100); math.Abs(got-1e-5) > 1e-12 {
		t.Fatalf("final lr %v", got)
	}
	for s := 11; s < 100; s++ {
		if c.LRAt(s+1) > c.LRAt(s) {
			t.Fatalf("lr rises after warm-up at step %d", s)
		}
	}
}

func TestMetrics(t *testing.T) {
	a := image.NewGray(image.Rect(0, 0, 32, 16))
	for i := range a.Pix {
		a.Pix[i] = uint8(i * 7 % 256)
	}
	if PSNR(a, a) != 99 || math.Abs(SSIM(a, a)-1) > 1e-9 {
		t.Fatalf("identical images: psnr %v ssim %v", PSNR(a, a), SSIM(a, a))
	}
	b := image.NewGray(a.Rect)
	copy(b.Pix, a.Pix)
	for i := range b.Pix {
		if i%2 == 0 && b.Pix[i] < 245 {
			b.Pix[i] += 10
		}
	}
	p := PSNR(a, b)
	if p < 20 || p > 40 {
		t.Fatalf("psnr %v for +-10 noise on half the pixels", p)
	}
	if s := SSIM(a, b); s >= 1 || s <= 0 {
		t.Fatalf("ssim %v", s)
	}
	// Background error: a clean word on flat paper is ~0, stains raise it.
	clean := image.NewGray(image.Rect(0, 0, 64, 32))
	for i := range clean.Pix {
		clean.Pix[i] = 240
	}
	box := image.Rect(16, 8, 48, 24)
	for y := 12; y < 20; y++ {
		for x := 20; x < 44; x += 4 {
			clean.Pix[y*64+x] = 20
		}
	}
	if e := RegionBackgroundError(clean, box); e > 1 {
		t.Fatalf("background error %v for strokes on flat paper", e)
	}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if clean.Pix[y*64+x] == 240 {
				clean.Pix[y*64+x] = 200
			}
		}
	}
	if e := RegionBackgroundError(clean, box); e < 30 {
		t.Fatalf("background error %v for a grey region on white paper", e)
	}
}

func TestFindModel(t *testing.T) {
	dir := t.TempDir()
	if _, err := FindModel(dir); !errors.Is(err, ErrNoModel) {
		t.Fatalf("empty dir: %v", err)
	}
	m, err := torch.NewModel(torch.ModelConfig{Preset: "tiny"}, "cpu", 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	if d, err := FindModel(dir); err != nil || d != dir {
		t.Fatalf("FindModel(%s) = %s, %v", dir, d, err)
	}
	// Corrupt weights: a clear error from LoadModel.
	if err := os.WriteFile(filepath.Join(dir, "model.safetensors"), []byte("not a checkpoint"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadModel(dir, "cpu"); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("corrupt model: %v", err)
	}
}

func TestGenerateRegionShapesAndPaste(t *testing.T) {
	m, err := torch.NewModel(torch.ModelConfig{Preset: "tiny"}, "cpu", 3)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	page := image.NewGray(image.Rect(0, 0, 300, 120))
	for i := range page.Pix {
		page.Pix[i] = uint8(200 + i%50)
	}
	orig := append([]uint8(nil), page.Pix...)
	res, err := render.Replace(page, doc.Box{Left: 40, Top: 50, Width: 120, Height: 24}, "Mark Ellis",
		render.Style{CapHeight: 14}, render.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	region := res.Region.Rect()
	g, err := GenerateRegion(m, page, res, "Mark Ellis", torch.SampleOptions{Steps: 2, Guidance: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	// The glyph carries the render path's letters inside the mask only.
	dark := 0
	for y := 0; y < g.Glyph.Rect.Dy(); y++ {
		for x := 0; x < g.Glyph.Rect.Dx(); x++ {
			v := g.Glyph.Pix[y*g.Glyph.Stride+x]
			if !(image.Point{x, y}).In(g.Placement.Box.Inset(-1)) && v != 255 {
				t.Fatalf("glyph pixel %d,%d outside the mask is %d", x, y, v)
			}
			if v < 128 {
				dark++
			}
		}
	}
	if dark == 0 {
		t.Fatal("glyph has no letters")
	}
	if g.Output.Rect.Dy() != 32 || g.Output.Rect.Dx()%16 != 0 || g.Output.Rect != g.Input.Rect {
		t.Fatalf("crop %v, input %v", g.Output.Rect, g.Input.Rect)
	}
	// Outside the box the sampler keeps the input crop.
	box := g.Placement.Box.Inset(-1)
	for y := 0; y < g.Output.Rect.Dy(); y++ {
		for x := 0; x < g.Output.Rect.Dx(); x++ {
			if (image.Point{x, y}).In(box) {
				continue
			}
			d := int(g.Output.Pix[y*g.Output.Stride+x]) - int(g.Input.Pix[y*g.Input.Stride+x])
			if d > 1 || d < -1 {
				t.Fatalf("crop pixel %d,%d outside the mask changed by %d", x, y, d)
			}
		}
	}
	if g.Patch.Rect != region {
		t.Fatalf("patch %v, region %v", g.Patch.Rect, region)
	}
	draw.Draw(page, region, g.Patch, region.Min, draw.Src)
	changed := 0
	for y := 0; y < 120; y++ {
		for x := 0; x < 300; x++ {
			i := y*page.Stride + x
			if !(image.Point{x, y}).In(region) && page.Pix[i] != orig[i] {
				t.Fatalf("page pixel %d,%d outside the region changed", x, y)
			}
			if page.Pix[i] != orig[i] {
				changed++
			}
		}
	}
	if changed == 0 {
		t.Fatal("nothing generated inside the region")
	}
	res.Region = doc.Box{Left: 400, Top: 400, Width: 20, Height: 20}
	if _, err := GenerateRegion(m, page, res, "x", torch.SampleOptions{Steps: 1}); err == nil {
		t.Fatal("region outside the page accepted")
	}
	if _, err := GenerateRegion(m, page, nil, "x", torch.SampleOptions{Steps: 1}); err == nil {
		t.Fatal("missing layout accepted")
	}
}

// finite reports whether all losses are finite.
func finite(xs []float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

func TestLayoutGlyphInkInsideBoxOnly(t *testing.T) {
	synth, err := dataset.NewSynth(nil)
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < 4; k++ {
		s, err := synth.Generate(dataset.SampleRNG(5, 0, k), 128, 32)
		if err != nil {
			t.Fatal(err)
		}
		g := dataset.LayoutGlyph(s.Image, s.Box, s.Text)
		if g.Rect != s.Image.Rect {
			t.Fatalf("glyph %v, crop %v", g.Rect, s.Image.Rect)
		}
		ink := 0
		for y := 0; y < g.Rect.Dy(); y++ {
			for x := 0; x < g.Rect.Dx(); x++ {
				v := g.Pix[y*g.Stride+x]
				if !(image.Point{x, y}).In(s.Box) && v != 255 {
					t.Fatalf("crop %d: glyph pixel %d,%d outside box %v is %d", k, x, y, s.Box, v)
				}
				if v < 128 {
					ink++
				}
			}
		}
		if ink == 0 {
			t.Fatalf("crop %d (%q): glyph has no ink", k, s.Text)
		}
	}
}

func TestMatchToneMapsPaperAndInk(t *testing.T) {
	orig := image.NewGray(image.Rect(0, 0, 64, 32))
	gen := image.NewGray(orig.Rect)
	box := image.Rect(16, 8, 48, 24)
	for y := 0; y < 32; y++ {
		for x := 0; x < 64; x++ {
			i := y*64 + x
			orig.Pix[i], gen.Pix[i] = 250, 250
			if (image.Point{x, y}).In(box) {
				gen.Pix[i] = 220 // paler paper
				if x%4 == 0 {
					orig.Pix[i], gen.Pix[i] = 20, 120 // ink, paler in gen
				}
			}
		}
	}
	MatchTone(gen, orig, box)
	if v := gen.Pix[10*64+17]; v < 245 {
		t.Errorf("paper inside box %d, want about 250", v)
	}
	if v := gen.Pix[10*64+16]; v > 30 {
		t.Errorf("ink inside box %d, want about 20", v)
	}
	if v := gen.Pix[2*64+2]; v != 250 {
		t.Errorf("pixel outside box changed to %d", v)
	}
}
