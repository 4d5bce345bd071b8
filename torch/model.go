package torch

/*
#include <stdlib.h>
#include "anoncore.h"
*/
import "C"

import (
	"encoding/json"
	"fmt"
	"runtime"
	"unsafe"
)

// ModelConfig selects a preset ("tiny", "small", "base") and optional
// overrides merged into it, e.g. {"unet": {"ch": 96}}; see
// csrc/models/config.h for the keys.
type ModelConfig struct {
	Preset    string
	Overrides map[string]any
}

func (c ModelConfig) json() (string, error) {
	m := map[string]any{}
	for k, v := range c.Overrides {
		m[k] = v
	}
	if c.Preset != "" {
		m["preset"] = c.Preset
	}
	b, err := json.Marshal(m)
	return string(b), err
}

// Model is a VAE + UNet + text encoder set on one device.
type Model struct {
	h    handle[*C.anon_model] // shared: calls run concurrently
	geom Geometry              // read once at create/load; fixed for the model's life
}

// Geometry is the part of a model's info that fixes buffer shapes.
type Geometry struct {
	// PixelMultiple: crop sides must be multiples of it.
	PixelMultiple int
	// Downsample is the VAE's factor: latents are Downsample times smaller
	// than images on each side.
	Downsample     int
	LatentChannels int
}

// ParamCounts are parameter counts per sub-model.
type ParamCounts struct {
	VAE   int64 `json:"vae"`
	UNet  int64 `json:"unet"`
	Text  int64 `json:"text"`
	Total int64 `json:"total"`
}

// ModelInfo describes a model: resolved config, sizes and device.
type ModelInfo struct {
	Config         json.RawMessage `json:"config"`
	Params         ParamCounts     `json:"params"`
	BytesFP32      int64           `json:"bytes_fp32"`
	PixelMultiple  int             `json:"pixel_multiple"`
	Downsample     int             `json:"downsample"`
	LatentChannels int             `json:"latent_ch"`
	Device         string          `json:"device"`
}

// newModel wraps a new handle and reads its geometry; on failure the handle
// is freed.
func newModel(op string, p *C.anon_model) (*Model, error) {
	m := &Model{h: handle[*C.anon_model]{p: p, shared: true}}
	runtime.SetFinalizer(m, func(m *Model) { _ = m.Close() })
	info, err := m.Info()
	if err != nil {
		_ = m.Close()
		return nil, err
	}
	m.geom = Geometry{PixelMultiple: info.PixelMultiple, Downsample: info.Downsample,
		LatentChannels: info.LatentChannels}
	if m.geom.PixelMultiple < 1 || m.geom.Downsample < 1 || m.geom.LatentChannels < 1 {
		_ = m.Close()
		return nil, &Error{Op: op, Code: CodeRuntime, Msg: fmt.Sprintf("model info has no valid geometry: %+v", m.geom)}
	}
	return m, nil
}

// NewModel creates a randomly initialised model. device: "cpu", "cuda",
// "cuda:N" or "" (CUDA when available).
func NewModel(cfg ModelConfig, device string, seed uint64) (*Model, error) {
	js, err := cfg.json()
	if err != nil {
		return nil, fmt.Errorf("torch: model_create: encode config: %w", err)
	}
	cjs, cdev := C.CString(js), C.CString(device)
	defer C.free(unsafe.Pointer(cjs))
	defer C.free(unsafe.Pointer(cdev))
	var p *C.anon_model
	if err := call("model_create", func() C.int { return C.anon_model_create(cjs, cdev, C.uint64_t(seed), &p) }); err != nil {
		return nil, err
	}
	return newModel("model_create", p)
}

// LoadModel loads config.json + model.safetensors from dir. A corrupt or
// mismatched checkpoint is an error matching ErrCheckpoint.
func LoadModel(dir, device string) (*Model, error) {
	cdir, cdev := C.CString(dir), C.CString(device)
	defer C.free(unsafe.Pointer(cdir))
	defer C.free(unsafe.Pointer(cdev))
	var p *C.anon_model
	if err := call("model_load", func() C.int { return C.anon_model_load(cdir, cdev, &p) }); err != nil {
		return nil, err
	}
	return newModel("model_load", p)
}

// Close frees the model (after calls in flight finish). Idempotent.
func (m *Model) Close() error {
	if m == nil {
		return nil
	}
	if m.h.close(func(p *C.anon_model) { C.anon_model_destroy(p) }) {
		runtime.SetFinalizer(m, nil)
	}
	return nil
}

// use runs f with the live handle under the read lock.
func (m *Model) use(op string, f func(p *C.anon_model) C.int) error {
	if m == nil {
		return &Error{Op: op, Code: codeClosed, Msg: "nil model"}
	}
	return m.h.use(op, "model", f)
}

// geometry is the model's geometry, or ErrClosed for a nil model (a closed
// one fails in the call that follows).
func (m *Model) geometry(op string) (Geometry, error) {
	if m == nil {
		return Geometry{}, &Error{Op: op, Code: codeClosed, Msg: "nil model"}
	}
	return m.geom, nil
}

// Save writes config.json and model.safetensors into dir (created if needed).
func (m *Model) Save(dir string) error {
	cdir := C.CString(dir)
	defer C.free(unsafe.Pointer(cdir))
	return m.use("model_save", func(p *C.anon_model) C.int { return C.anon_model_save(p, cdir) })
}

// Geometry returns the model's shape constants without a call into the
// core (zero for a nil model).
func (m *Model) Geometry() Geometry {
	g, _ := m.geometry("geometry")
	return g
}

// Info returns the resolved config, parameter counts and device. The config
// is read now: training may have changed it since the model was loaded.
func (m *Model) Info() (ModelInfo, error) {
	var info ModelInfo
	var s string
	err := m.use("model_info", func(p *C.anon_model) C.int {
		var out *C.char
		rc := C.anon_model_info(p, &out)
		if rc == C.ANON_OK {
			s = C.GoString(out)
			C.anon_free(unsafe.Pointer(out))
		}
		return rc
	})
	if err != nil {
		return info, err
	}
	if err := json.Unmarshal([]byte(s), &info); err != nil {
		return info, fmt.Errorf("torch: model_info: decode: %w", err)
	}
	return info, nil
}

// Latents are VAE posterior parameters and a sample, each [N,C,H,W].
type Latents struct {
	Mean, LogVar, Z []float32
	N, C, H, W      int
}

// Encode runs the VAE encoder on images [n,1,h,w] (h, w multiples of
// Geometry().Downsample); Z = Mean + exp(LogVar/2) * noise(seed).
func (m *Model) Encode(images []float32, n, h, w int, seed uint64) (Latents, error) {
	const op = "vae_encode"
	if err := checkLen(op, "images", images, n*h*w); err != nil {
		return Latents{}, err
	}
	g, err := m.geometry(op)
	if err != nil {
		return Latents{}, err
	}
	if h%g.Downsample != 0 || w%g.Downsample != 0 {
		return Latents{}, invalid(op, "h and w must be multiples of %d, got %dx%d", g.Downsample, h, w)
	}
	l := Latents{N: n, C: g.LatentChannels, H: h / g.Downsample, W: w / g.Downsample}
	size := l.N * l.C * l.H * l.W
	l.Mean, l.LogVar, l.Z = make([]float32, size), make([]float32, size), make([]float32, size)
	err = m.use(op, func(p *C.anon_model) C.int {
		return C.anon_vae_encode(p, (*C.float)(&images[0]), C.int64_t(n), C.int64_t(h), C.int64_t(w),
			C.uint64_t(seed), (*C.float)(&l.Mean[0]), (*C.float)(&l.LogVar[0]), (*C.float)(&l.Z[0]))
	})
	return l, err
}

// Decode runs the VAE decoder on latents [n,latent_ch,lh,lw] and returns
// images [n,1,d*lh,d*lw] in [0,1], d = Geometry().Downsample.
func (m *Model) Decode(latents []float32, n, lh, lw int) ([]float32, error) {
	const op = "vae_decode"
	g, err := m.geometry(op)
	if err != nil {
		return nil, err
	}
	if err := checkLen(op, "latents", latents, n*g.LatentChannels*lh*lw); err != nil {
		return nil, err
	}
	out := make([]float32, n*g.Downsample*lh*g.Downsample*lw)
	err = m.use(op, func(p *C.anon_model) C.int {
		return C.anon_vae_decode(p, (*C.float)(&latents[0]), C.int64_t(n), C.int64_t(lh), C.int64_t(lw),
			(*C.float)(&out[0]))
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Batch is a batch of N same-size regions [N,1,H,W]: the original crops,
// the masks (1 = generate), the glyph images (surrogate text rendered in
// place, dark on white) and the surrogate strings. Seeds, when set, holds
// one noise seed per region; without it region i uses SampleOptions.Seed+i.
// A region's output depends on its own seed and inputs only, not on the
// other regions of the batch.
type Batch struct {
	Images, Masks, Glyphs []float32
	Texts                 []string
	Seeds                 []uint64
	N, H, W               int
}

func (b *Batch) check(op string) error {
	size := b.N * b.H * b.W
	for _, x := range []struct {
		name string
		buf  []float32
	}{{"images", b.Images}, {"masks", b.Masks}, {"glyphs", b.Glyphs}} {
		if err := checkLen(op, x.name, x.buf, size); err != nil {
			return err
		}
	}
	if len(b.Texts) != b.N {
		return invalid(op, "have %d texts for %d regions", len(b.Texts), b.N)
	}
	if b.Seeds != nil && len(b.Seeds) != b.N {
		return invalid(op, "have %d seeds for %d regions", len(b.Seeds), b.N)
	}
	return nil
}

// Sampler names a sampling algorithm of the core.
type Sampler string

// Samplers: DDIM (first order; "" means DDIM too) and DPM-Solver++(2M)
// (multistep, second order, deterministic).
const (
	DDIM    Sampler = "ddim"
	DPMPP2M Sampler = "dpmpp2m"
)

// Samplers lists the sampler names, the default first.
var Samplers = []Sampler{DDIM, DPMPP2M}

// ParseSampler checks a sampler name ("" is DDIM).
func ParseSampler(name string) (Sampler, error) {
	if name == "" {
		return DDIM, nil
	}
	for _, s := range Samplers {
		if string(s) == name {
			return s, nil
		}
	}
	return "", invalid("sample", "unknown sampler %q (want ddim or dpmpp2m)", name)
}

func (s Sampler) code(op string) (C.int32_t, error) {
	switch s {
	case "", DDIM:
		return C.ANON_SAMPLER_DDIM, nil
	case DPMPP2M:
		return C.ANON_SAMPLER_DPMPP2M, nil
	}
	return 0, invalid(op, "unknown sampler %q (want ddim or dpmpp2m)", string(s))
}

// SampleOptions control sampling.
type SampleOptions struct {
	Sampler  Sampler // DDIM ("" too) or DPMPP2M
	Steps    int     // sampler steps, e.g. 20
	Eta      float32 // DDIM only: 0 = deterministic
	Guidance float32 // classifier-free guidance scale; 1 = off
	Seed     uint64  // same seed, inputs and threads give the same output on CPU
}

// Sample inpaints all regions of the batch in one call and returns the
// generated crops [N,1,H,W] in [0,1]; pixels outside the masks are the input.
func (m *Model) Sample(b Batch, o SampleOptions) ([]float32, error) {
	const op = "sample"
	if err := b.check(op); err != nil {
		return nil, err
	}
	sampler, err := o.Sampler.code(op)
	if err != nil {
		return nil, err
	}
	texts, free := cStrings(b.Texts)
	defer free()
	out := make([]float32, b.N*b.H*b.W)
	opts := C.anon_sample_opts{steps: C.int32_t(o.Steps), eta: C.float(o.Eta), guidance: C.float(o.Guidance),
		seed: C.uint64_t(o.Seed), sampler: sampler}
	if b.Seeds != nil {
		// C memory: opts, a Go value passed to C, may not point into Go memory.
		seeds := (*C.uint64_t)(C.malloc(C.size_t(8 * b.N)))
		defer C.free(unsafe.Pointer(seeds))
		for i, s := range b.Seeds {
			unsafe.Slice(seeds, b.N)[i] = C.uint64_t(s)
		}
		opts.seeds = seeds
	}
	err = m.use(op, func(p *C.anon_model) C.int {
		return C.anon_sample(p, (*C.float)(&b.Images[0]), (*C.float)(&b.Masks[0]), (*C.float)(&b.Glyphs[0]),
			texts, C.int64_t(b.N), C.int64_t(b.H), C.int64_t(b.W), &opts, (*C.float)(&out[0]))
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
