package train

import (
	"context"
	"image"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
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

func TestFinalValidationScoresTheExportedModel(t *testing.T) {
	c := tinyConfig(t, "unet")
	c.Steps = 2
	c.BatchSize = 2
	c.Data.AnnotatedWeight = 0
	c.NoFinalVal = false
	c.ValSize = 2
	c.ValSampleSteps = 2
	res, err := Run(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.LastVal == nil || res.LastVal.Step != 2 {
		t.Fatalf("last validation %+v, want one at step 2", res.LastVal)
	}
	m, ok := res.LastVal.UNet["synth"]
	if !ok || m.N != 2 || m.BackgroundErrorOrig <= 0 {
		t.Fatalf("synthetic set figures %+v", res.LastVal.UNet)
	}
	if _, err := os.Stat(res.LastVal.Grid); err != nil {
		t.Fatalf("sample grid: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(c.Out, "metrics.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "\n"); n != 3 {
		t.Fatalf("metrics lines %d, want 2 steps and 1 validation", n)
	}
}
