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

// TrainerOptions configure AdamW, clipping, accumulation, EMA and the loss
// terms. Start from DefaultTrainerOptions; every field is sent to the core.
type TrainerOptions struct {
	Beta1       float64 `json:"beta1"`
	Beta2       float64 `json:"beta2"`
	Eps         float64 `json:"eps"`
	WeightDecay float64 `json:"weight_decay"` // decoupled, on weights with >= 2 dims
	GradClip    float64 `json:"grad_clip"`    // max global L2 norm; <= 0 disables
	Accum       int     `json:"accum"`        // micro-batches per optimizer step
	EMADecay    float64 `json:"ema_decay"`
	BF16        bool    `json:"bf16"`         // bf16 autocast on CUDA; ignored on CPU
	CondDropout float64 `json:"cond_dropout"` // UNet: P(null text and glyph)
	KLWeight    float64 `json:"kl_weight"`    // VAE
	EdgeWeight  float64 `json:"edge_weight"`  // VAE: Sobel-gradient L1
	InkWeight   float64 `json:"ink_weight"`   // VAE: extra L1 weight on ink
	// UNet: on the first step, if the model's latent scale is still 1 (never
	// calibrated), set it to 1/std of that batch's latents.
	CalibrateLatentScale bool   `json:"calibrate_latent_scale"`
	Seed                 uint64 `json:"seed"`
}

// DefaultTrainerOptions returns the core's defaults (csrc/train/trainer.h).
func DefaultTrainerOptions() TrainerOptions {
	return TrainerOptions{
		Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, WeightDecay: 0.01, GradClip: 1.0, Accum: 1,
		EMADecay: 0.999, BF16: true, CondDropout: 0.1, KLWeight: 1e-4, EdgeWeight: 0.5,
		InkWeight: 4.0, CalibrateLatentScale: true,
	}
}

// TrainStats are the results of one training call.
type TrainStats struct {
	Loss     float32 // total loss of this micro-batch
	Recon    float32 // VAE: ink-weighted L1
	KL       float32 // VAE: mean KL per latent element
	Edge     float32 // VAE: Sobel-gradient L1
	GradNorm float32 // global norm before clipping, when Stepped
	Stepped  bool    // an optimizer step ran (every Accum calls)
	Step     int64   // optimizer steps so far
}

// Trainer trains the VAE ("vae") or the UNet with the text encoder ("unet")
// of a model. Steps exclude concurrent use of the same model.
type Trainer struct {
	h    handle[*C.anon_trainer] // not shared: calls run one at a time
	kind string
}

// NewTrainer creates a trainer of the given kind on m.
func NewTrainer(m *Model, kind string, o TrainerOptions) (*Trainer, error) {
	js, err := json.Marshal(o)
	if err != nil {
		return nil, fmt.Errorf("torch: trainer_create: encode options: %w", err)
	}
	cjs, ckind := C.CString(string(js)), C.CString(kind)
	defer C.free(unsafe.Pointer(cjs))
	defer C.free(unsafe.Pointer(ckind))
	var p *C.anon_trainer
	err = m.use("trainer_create", func(mp *C.anon_model) C.int { return C.anon_trainer_create(mp, ckind, cjs, &p) })
	if err != nil {
		return nil, err
	}
	t := &Trainer{h: handle[*C.anon_trainer]{p: p}, kind: kind}
	runtime.SetFinalizer(t, func(t *Trainer) { _ = t.Close() })
	return t, nil
}

// Close frees the trainer. Idempotent.
func (t *Trainer) Close() error {
	if t == nil {
		return nil
	}
	if t.h.close(func(p *C.anon_trainer) { C.anon_trainer_destroy(p) }) {
		runtime.SetFinalizer(t, nil)
	}
	return nil
}

func (t *Trainer) use(op string, f func(p *C.anon_trainer) C.int) error {
	if t == nil {
		return &Error{Op: op, Code: codeClosed, Msg: "nil trainer"}
	}
	return t.h.use(op, "trainer", f)
}

func stats(s *C.anon_train_stats) TrainStats {
	return TrainStats{Loss: float32(s.loss), Recon: float32(s.recon), KL: float32(s.kl), Edge: float32(s.edge),
		GradNorm: float32(s.grad_norm), Stepped: s.stepped != 0, Step: int64(s.step)}
}

// VAEStep runs one VAE micro-batch on images [n,1,h,w] with learning rate lr.
func (t *Trainer) VAEStep(images []float32, n, h, w int, lr float32) (TrainStats, error) {
	const op = "trainer_vae_step"
	if err := checkLen(op, "images", images, n*h*w); err != nil {
		return TrainStats{}, err
	}
	var s C.anon_train_stats
	err := t.use(op, func(p *C.anon_trainer) C.int {
		return C.anon_trainer_vae_step(p, (*C.float)(&images[0]), C.int64_t(n), C.int64_t(h), C.int64_t(w),
			C.float(lr), &s)
	})
	return stats(&s), err
}

// UNetStep runs one diffusion micro-batch: b.Images are the clean target
// crops, b.Masks the regions to generate, b.Glyphs and b.Texts the
// conditions.
func (t *Trainer) UNetStep(b Batch, lr float32) (TrainStats, error) {
	const op = "trainer_unet_step"
	if err := b.check(op); err != nil {
		return TrainStats{}, err
	}
	texts, free := cStrings(b.Texts)
	defer free()
	var s C.anon_train_stats
	err := t.use(op, func(p *C.anon_trainer) C.int {
		return C.anon_trainer_unet_step(p, (*C.float)(&b.Images[0]), (*C.float)(&b.Masks[0]),
			(*C.float)(&b.Glyphs[0]), texts, C.int64_t(b.N), C.int64_t(b.H), C.int64_t(b.W), C.float(lr), &s)
	})
	return stats(&s), err
}

// Save writes the exact-resume state (weights, EMA, AdamW moments, step,
// RNG) into dir; dir is also loadable with LoadModel (raw weights).
func (t *Trainer) Save(dir string) error {
	cdir := C.CString(dir)
	defer C.free(unsafe.Pointer(cdir))
	return t.use("trainer_save", func(p *C.anon_trainer) C.int { return C.anon_trainer_save(p, cdir) })
}

// Load restores a state written by Save (same kind and architecture).
// Nothing is changed when the state does not match.
func (t *Trainer) Load(dir string) error {
	cdir := C.CString(dir)
	defer C.free(unsafe.Pointer(cdir))
	return t.use("trainer_load", func(p *C.anon_trainer) C.int { return C.anon_trainer_load(p, cdir) })
}

// Export writes an inference checkpoint (config.json + model.safetensors)
// with the EMA weights (ema) or the raw weights.
func (t *Trainer) Export(dir string, ema bool) error {
	cdir := C.CString(dir)
	defer C.free(unsafe.Pointer(cdir))
	e := C.int(0)
	if ema {
		e = 1
	}
	return t.use("trainer_export", func(p *C.anon_trainer) C.int { return C.anon_trainer_export(p, cdir, e) })
}
