// Training steps for the VAE and for UNet + text encoder: own AdamW
// (decoupled weight decay on weights with >= 2 dims), gradient clipping,
// gradient accumulation, EMA of weights, bf16 autocast on CUDA, and exact
// resume (weights, EMA, AdamW moments, step and RNG state).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "common/json.h"
#include "diffusion/diffusion.h"
#include "io/safetensors.h"
#include "models/core.h"

namespace anon {

struct TrainOptions {
  double beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weight_decay = 0.01;
  double grad_clip = 1.0;  // max global L2 norm; <= 0 disables
  int64_t accum = 1;       // micro-batches per optimizer step
  double ema_decay = 0.999;
  bool bf16 = true;             // autocast to bf16 on CUDA (ignored on CPU)
  double cond_dropout = 0.1;    // UNet: P(null text + null glyph)
  double kl_weight = 1e-4;      // VAE: weight of the per-element mean KL
  double edge_weight = 0.5;     // VAE: weight of the Sobel-gradient L1 term
  double ink_weight = 4.0;      // VAE: extra L1 weight on dark (ink) pixels
  // UNet: on the first step, if the model's latent_scale is still 1 (never
  // calibrated), set it to 1/std of that batch's latents.
  bool calibrate_latent_scale = true;
  uint64_t seed = 0;

  static TrainOptions from_json(const Json& j);
  Json to_json() const;
};

struct StepStats {
  double loss = 0, recon = 0, kl = 0, edge = 0, grad_norm = 0;
  bool stepped = false;
  int64_t step = 0;  // optimizer steps done
};

struct VaeLossParts {
  torch::Tensor total, recon, kl, edge;
};

// x [N,1,H,W] in [-1,1] on the model device; eps for the posterior sample.
VaeLossParts vae_loss(ModelSetImpl& m, const torch::Tensor& x, const torch::Tensor& eps, const TrainOptions& o);

class Trainer {
 public:
  // kind: "vae" trains the VAE; "unet" trains UNet + text encoder (VAE frozen).
  Trainer(std::shared_ptr<ModelCore> core, const std::string& kind, const TrainOptions& o);

  // images/masks/glyphs: [N,1,H,W] CPU float in [0,1]; lr for this step.
  StepStats vae_step(const torch::Tensor& images, double lr);
  StepStats unet_step(const InpaintBatch& b, double lr);

  // Directory layout: config.json + model.safetensors (a loadable model),
  // ema.safetensors, optim.safetensors, trainer.json.
  void save(const std::string& dir);
  void load(const std::string& dir);
  // Inference checkpoint with EMA (use_ema) or raw weights.
  void export_model(const std::string& dir, bool use_ema);

  const std::string& kind() const { return kind_; }
  int64_t step() const { return step_; }

 private:
  StepStats finish_micro(const torch::Tensor& loss, double lr);
  void optimizer_step(double lr);

  std::shared_ptr<ModelCore> core_;
  std::string kind_;
  TrainOptions o_;
  NamedTensors params_;  // trainable parameters, by full name
  std::vector<torch::Tensor> m_, v_, ema_;
  int64_t step_ = 0, micro_ = 0;
  at::Generator gen_;
};

}  // namespace anon
