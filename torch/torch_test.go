package torch

import (
	"encoding/json"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// synth makes n text-like crops [n,1,h,w]: white paper with dark blocky
// pseudo-glyphs.
func synth(n, h, w int, seed int64) []float32 {
	r := rand.New(rand.NewSource(seed))
	out := make([]float32, n*h*w)
	for i := range out {
		out[i] = 1
	}
	top := (h - 10) / 2
	for i := 0; i < n; i++ {
		ink := float32(0.05 + 0.2*r.Float64())
		for x0 := 2; x0+6 <= w-2; x0 += 8 {
			bits := r.Uint32()
			for gy := 0; gy < 5; gy++ {
				for gx := 0; gx < 3; gx++ {
					if bits>>(gy*3+gx)&1 == 0 {
						continue
					}
					for dy := 0; dy < 2; dy++ {
						for dx := 0; dx < 2; dx++ {
							out[i*h*w+(top+gy*2+dy)*w+x0+gx*2+dx] = ink
						}
					}
				}
			}
		}
	}
	return out
}

func batch(n, h, w int, seed int64) Batch {
	masks := make([]float32, n*h*w)
	for i := 0; i < n; i++ {
		for y := 0; y < h; y++ {
			for x := w / 4; x < 3*w/4; x++ {
				masks[i*h*w+y*w+x] = 1
			}
		}
	}
	texts := []string{"Jane Doe", "Zoë Ünal", "+44 20 7946 0958", "ID 4921-ABC"}
	b := Batch{Images: synth(n, h, w, seed), Masks: masks, Glyphs: synth(n, h, w, seed+99), N: n, H: h, W: w}
	for i := 0; i < n; i++ {
		b.Texts = append(b.Texts, texts[i%len(texts)])
	}
	return b
}

func tiny(t *testing.T, seed uint64) *Model {
	t.Helper()
	m, err := NewModel(ModelConfig{Preset: "tiny"}, "cpu", seed)
	if err != nil {
		t.Fatalf("NewModel: %v", err)
	}
	t.Cleanup(func() { _ = m.Close() })
	return m
}

func equal(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestBuildInfo(t *testing.T) {
	info, err := GetBuildInfo()
	if err != nil {
		t.Fatal(err)
	}
	if info.Version != Version() || info.Torch == "" || info.Threads < 1 || info.ABI != ABIVersion {
		t.Fatalf("unexpected build info %+v", info)
	}
	if err := SetThreads(0); !errors.Is(err, ErrInvalid) {
		t.Fatalf("SetThreads(0) = %v, want ErrInvalid", err)
	}
}

func TestABICheck(t *testing.T) {
	if err := checkABI(ABIVersion, ABIVersion); err != nil {
		t.Fatalf("same ABI: %v", err)
	}
	err := checkABI(ABIVersion-1, ABIVersion)
	if !errors.Is(err, ErrABI) || errors.Is(err, ErrInvalid) {
		t.Fatalf("older library: %v, want ErrABI", err)
	}
	if !strings.Contains(err.Error(), "make build") {
		t.Fatalf("mismatch error does not say how to fix it: %v", err)
	}
}

func TestGeometryMatchesInfo(t *testing.T) {
	for _, preset := range []string{"tiny", "small"} {
		m, err := NewModel(ModelConfig{Preset: preset}, "cpu", 1)
		if err != nil {
			t.Fatal(err)
		}
		info, err := m.Info()
		if err != nil {
			t.Fatal(err)
		}
		g := m.Geometry()
		if g.Downsample != 4 || g.PixelMultiple != info.PixelMultiple || g.LatentChannels != info.LatentChannels ||
			g.Downsample != info.Downsample {
			t.Fatalf("%s: geometry %+v, info %+v", preset, g, info)
		}
		// Encode and Decode size their buffers from it.
		b := batch(1, 32, 64, 1)
		l, err := m.Encode(b.Images, 1, 32, 64, 0)
		if err != nil || l.C != g.LatentChannels || l.H != 32/g.Downsample || l.W != 64/g.Downsample ||
			len(l.Mean) != l.C*l.H*l.W {
			t.Fatalf("%s: latents %dx%dx%d (%d values), err %v", preset, l.C, l.H, l.W, len(l.Mean), err)
		}
		img, err := m.Decode(l.Mean, 1, l.H, l.W)
		if err != nil || len(img) != 32*64 {
			t.Fatalf("%s: decoded %d values, err %v", preset, len(img), err)
		}
		m.Close()
		if _, err := m.Encode(b.Images, 1, 32, 64, 0); !errors.Is(err, ErrClosed) {
			t.Fatalf("encode on a closed model: %v", err)
		}
		if _, err := m.Decode(l.Mean, 1, l.H, l.W); !errors.Is(err, ErrClosed) {
			t.Fatalf("decode on a closed model: %v", err)
		}
	}
	var nilModel *Model
	if _, err := nilModel.Encode(make([]float32, 16), 1, 4, 4, 0); !errors.Is(err, ErrClosed) {
		t.Fatalf("encode on a nil model: %v", err)
	}
}

func TestPresetInfo(t *testing.T) {
	var prev int64
	for _, preset := range []string{"tiny", "small", "base"} {
		m, err := NewModel(ModelConfig{Preset: preset}, "cpu", 1)
		if err != nil {
			t.Fatalf("%s: %v", preset, err)
		}
		info, err := m.Info()
		m.Close()
		if err != nil {
			t.Fatal(err)
		}
		p := info.Params
		t.Logf("%s: vae %d unet %d text %d total %d (%.1f MB fp32)", preset, p.VAE, p.UNet, p.Text, p.Total,
			float64(info.BytesFP32)/1e6)
		if p.VAE <= 0 || p.UNet <= 0 || p.Text <= 0 || p.Total != p.VAE+p.UNet+p.Text || p.Total <= prev {
			t.Fatalf("%s: bad parameter counts %+v", preset, p)
		}
		if preset == "small" && info.BytesFP32 > 20e6 {
			t.Fatalf("small preset is %d bytes, over the 20 MB budget", info.BytesFP32)
		}
		var cfg struct {
			Preset string `json:"preset"`
		}
		if err := json.Unmarshal(info.Config, &cfg); err != nil || cfg.Preset != preset {
			t.Fatalf("config %s: %v", info.Config, err)
		}
		prev = p.Total
	}
	if _, err := NewModel(ModelConfig{Preset: "tiny", Overrides: map[string]any{"unet": map[string]any{"chanels": 3}}}, "cpu", 1); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "unknown key") {
		t.Fatalf("unknown override key: got %v", err)
	}
}

func TestSampleDeterministic(t *testing.T) {
	m := tiny(t, 3)
	b := batch(3, 32, 64, 5)
	o := SampleOptions{Steps: 6, Eta: 0.3, Guidance: 2, Seed: 11}
	a, err := m.Sample(b, o)
	if err != nil {
		t.Fatal(err)
	}
	c, err := m.Sample(b, o)
	if err != nil {
		t.Fatal(err)
	}
	if !equal(a, c) {
		t.Fatal("same seed gave different samples")
	}
	o.Seed = 12
	d, err := m.Sample(b, o)
	if err != nil {
		t.Fatal(err)
	}
	if equal(a, d) {
		t.Fatal("different seeds gave identical samples")
	}
	for i, mk := range b.Masks {
		if mk == 0 && a[i] != b.Images[i] {
			t.Fatalf("pixel %d outside the mask changed", i)
		}
		if a[i] < 0 || a[i] > 1 {
			t.Fatalf("pixel %d out of range: %v", i, a[i])
		}
	}
}

func TestConcurrentSample(t *testing.T) {
	m := tiny(t, 4)
	b := batch(2, 32, 32, 6)
	o := SampleOptions{Steps: 4, Guidance: 1.5, Seed: 3}
	want, err := m.Sample(b, o)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			got, err := m.Sample(b, o)
			if err != nil {
				errs <- err
				return
			}
			if !equal(got, want) {
				errs <- errors.New("concurrent sample differs from serial one")
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func TestSaveLoadBitExact(t *testing.T) {
	m := tiny(t, 7)
	dir := filepath.Join(t.TempDir(), "ckpt")
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	l, err := LoadModel(dir, "cpu")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	b := batch(2, 32, 64, 8)
	o := SampleOptions{Steps: 3, Guidance: 1, Seed: 1}
	s1, err1 := m.Sample(b, o)
	s2, err2 := l.Sample(b, o)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !equal(s1, s2) {
		t.Fatal("loaded model samples differently")
	}
	e1, _ := m.Encode(b.Images, 2, 32, 64, 0)
	e2, err := l.Encode(b.Images, 2, 32, 64, 0)
	if err != nil || !equal(e1.Mean, e2.Mean) || !equal(e1.Z, e2.Z) || e2.C != 4 || e2.H != 8 || e2.W != 16 {
		t.Fatalf("encode differs after load (err %v)", err)
	}
	// Saving the loaded model gives byte-identical files.
	dir2 := filepath.Join(t.TempDir(), "again")
	if err := l.Save(dir2); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"model.safetensors", "config.json"} {
		a, _ := os.ReadFile(filepath.Join(dir, f))
		c, _ := os.ReadFile(filepath.Join(dir2, f))
		if len(a) == 0 || string(a) != string(c) {
			t.Fatalf("%s differs after a save/load round trip", f)
		}
	}
	dec, err := l.Decode(e2.Mean, 2, 8, 16)
	if err != nil || len(dec) != 2*32*64 {
		t.Fatalf("decode: %v", err)
	}
}

func TestCorruptCheckpoint(t *testing.T) {
	m := tiny(t, 9)
	dir := t.TempDir()
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	st := filepath.Join(dir, "model.safetensors")
	good, err := os.ReadFile(st)
	if err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "config.json")
	goodCfg, _ := os.ReadFile(cfgPath)
	cases := []struct {
		name, want string
		weights    []byte
		cfg        string
	}{
		{"truncated", "outside the data", good[:len(good)-64], ""},
		{"garbage header", "malformed header", append(append([]byte{}, good[:8]...), []byte(strings.Repeat("#", len(good)-8))...), ""},
		{"empty", "too short", []byte{}, ""},
		{"mismatched config", "expected shape", good, strings.Replace(string(goodCfg), `"ch": 16`, `"ch": 32`, 1)},
		{"bad config json", "config", good, `{"preset": `},
	}
	for _, c := range cases {
		if err := os.WriteFile(st, c.weights, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := string(goodCfg)
		if c.cfg != "" {
			cfg = c.cfg
		}
		if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		l, err := LoadModel(dir, "cpu")
		if err == nil {
			l.Close()
			t.Fatalf("%s: load succeeded", c.name)
		}
		if !errors.Is(err, ErrCheckpoint) || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("%s: got %v, want ErrCheckpoint containing %q", c.name, err, c.want)
		}
		t.Logf("%s: %.160s", c.name, err)
	}
	if _, err := LoadModel(filepath.Join(dir, "missing"), "cpu"); !errors.Is(err, ErrIO) {
		t.Fatalf("missing dir: %v", err)
	}
}

// Per-region seeds reach the core: a region sampled alone with its seed
// matches the same region in a batch, for both samplers.
func TestSampleSeedsPerRegion(t *testing.T) {
	m := tiny(t, 3)
	b := batch(3, 32, 64, 5)
	b.Seeds = []uint64{21, 22, 23}
	size := b.H * b.W
	one := Batch{Images: b.Images[size : 2*size], Masks: b.Masks[size : 2*size], Glyphs: b.Glyphs[size : 2*size],
		Texts: b.Texts[1:2], Seeds: []uint64{22}, N: 1, H: b.H, W: b.W}
	for _, s := range Samplers {
		o := SampleOptions{Sampler: s, Steps: 4, Guidance: 2}
		all, err := m.Sample(b, o)
		if err != nil {
			t.Fatal(err)
		}
		alone, err := m.Sample(one, o)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range alone {
			if d := v - all[size+i]; d > 1e-4 || d < -1e-4 {
				t.Fatalf("%s: pixel %d is %v alone, %v in the batch", s, i, v, all[size+i])
			}
		}
	}
	b.Seeds = b.Seeds[:2]
	if _, err := m.Sample(b, SampleOptions{Steps: 2}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("two seeds for three regions: %v", err)
	}
}

func TestArgumentErrors(t *testing.T) {
	m := tiny(t, 10)
	b := batch(2, 32, 64, 1)
	short := b
	short.Images = short.Images[:10]
	if _, err := m.Sample(short, SampleOptions{Steps: 2, Guidance: 1}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("short buffer: %v", err)
	}
	odd := batch(1, 32, 36, 1)
	if _, err := m.Sample(odd, SampleOptions{Steps: 2, Guidance: 1}); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "multiple of") {
		t.Fatalf("bad width: %v", err)
	}
	if _, err := m.Sample(b, SampleOptions{Steps: 0, Guidance: 1}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("zero steps: %v", err)
	}
	if _, err := m.Sample(b, SampleOptions{Sampler: "euler", Steps: 2}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("unknown sampler: %v", err)
	}
	if _, err := ParseSampler("euler"); !errors.Is(err, ErrInvalid) {
		t.Fatalf("parse unknown sampler: %v", err)
	}
	if _, err := m.Sample(b, SampleOptions{Sampler: DPMPP2M, Steps: 2, Eta: 0.5}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("DPM-Solver++ with eta: %v", err)
	}
	if strings.Contains(func() string { _, err := m.Sample(odd, SampleOptions{Steps: 2}); return err.Error() }(), "Jane") {
		t.Fatal("error message leaks the text")
	}
	if _, err := NewModel(ModelConfig{Preset: "tiny"}, "tpu", 1); !errors.Is(err, ErrInvalid) {
		t.Fatalf("bad device: %v", err)
	}
	m.Close()
	if _, err := m.Info(); !errors.Is(err, ErrClosed) {
		t.Fatalf("closed model: %v", err)
	}
}

func TestCreateDestroyRSSFlat(t *testing.T) {
	cycle := func(n int) {
		for i := 0; i < n; i++ {
			m, err := NewModel(ModelConfig{Preset: "tiny"}, "cpu", uint64(i))
			if err != nil {
				t.Fatal(err)
			}
			m.Close()
		}
	}
	cycle(100)
	before, _, err := Memory()
	if err != nil || before <= 0 {
		t.Fatalf("Memory: %d %v", before, err)
	}
	cycle(1000)
	after, _, _ := Memory()
	t.Logf("RSS %.1f MB -> %.1f MB over 1000 create/destroy cycles", float64(before)/1e6, float64(after)/1e6)
	if after-before > 8e6 {
		t.Fatalf("RSS grew by %d bytes over 1000 cycles", after-before)
	}
}

func TestTrainerResume(t *testing.T) {
	m := tiny(t, 11)
	o := DefaultTrainerOptions()
	o.Seed = 5
	tr, err := NewTrainer(m, "vae", o)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	imgs := synth(4, 32, 32, 2)
	var first, last float32
	for i := 0; i < 40; i++ {
		s, err := tr.VAEStep(imgs, 4, 32, 32, 3e-3)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Stepped || s.Step != int64(i+1) {
			t.Fatalf("step %d: %+v", i, s)
		}
		if i == 0 {
			first = s.Loss
		}
		last = s.Loss
	}
	if !(last < first/2) {
		t.Fatalf("VAE loss did not fall: %v -> %v", first, last)
	}
	dir := t.TempDir()
	if err := tr.Save(dir); err != nil {
		t.Fatal(err)
	}
	var want []float32
	for i := 0; i < 3; i++ {
		s, _ := tr.VAEStep(imgs, 4, 32, 32, 1e-3)
		want = append(want, s.Loss)
	}
	m2 := tiny(t, 99)
	tr2, err := NewTrainer(m2, "vae", o)
	if err != nil {
		t.Fatal(err)
	}
	defer tr2.Close()
	if err := tr2.Load(dir); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		s, err := tr2.VAEStep(imgs, 4, 32, 32, 1e-3)
		if err != nil || s.Loss != want[i] || s.Step != int64(41+i) {
			t.Fatalf("resumed step %d: %+v (%v), want loss %v", i, s, err, want[i])
		}
	}
	// A UNet trainer refuses the VAE state, and a corrupt state is an error.
	tu, err := NewTrainer(m2, "unet", o)
	if err != nil {
		t.Fatal(err)
	}
	defer tu.Close()
	if err := tu.Load(dir); !errors.Is(err, ErrCheckpoint) {
		t.Fatalf("kind mismatch: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "optim.safetensors"), []byte("garbage!garbage!"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := tr2.Load(dir); !errors.Is(err, ErrCheckpoint) {
		t.Fatalf("corrupt optimizer state: %v", err)
	}
	s, err := tu.UNetStep(batch(2, 32, 32, 3), 1e-3)
	if err != nil || s.Loss <= 0 || !s.Stepped {
		t.Fatalf("unet step: %+v %v", s, err)
	}
	if err := tu.Export(filepath.Join(dir, "export"), true); err != nil {
		t.Fatal(err)
	}
	if l, err := LoadModel(filepath.Join(dir, "export"), "cpu"); err != nil {
		t.Fatal(err)
	} else {
		l.Close()
	}
}

// Training and sampling on one model from different goroutines: the core's
// reader/writer lock serialises them; neither fails.
func TestTrainWhileSampling(t *testing.T) {
	m := tiny(t, 12)
	tr, err := NewTrainer(m, "unet", DefaultTrainerOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	b := batch(2, 32, 32, 4)
	done := make(chan error)
	go func() {
		for i := 0; i < 5; i++ {
			if _, err := m.Sample(b, SampleOptions{Steps: 2, Guidance: 1.5, Seed: uint64(i)}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for i := 0; i < 5; i++ {
		if _, err := tr.UNetStep(b, 1e-3); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	info, err := m.Info()
	if err != nil || info.PixelMultiple != 8 || info.LatentChannels != 4 || info.Device != "cpu" {
		t.Fatalf("info %+v %v", info, err)
	}
	if _, err := m.Decode(make([]float32, 10), 1, 8, 8); !errors.Is(err, ErrInvalid) {
		t.Fatalf("short latents: %v", err)
	}
	if _, err := m.Encode(make([]float32, 30*30), 1, 30, 30, 0); !errors.Is(err, ErrInvalid) {
		t.Fatalf("odd encode size: %v", err)
	}
}
