// Noise schedule (DDPM, cosine or linear), the training objective and the
// inpainting samplers (DDIM, DPM-Solver++(2M)) with classifier-free guidance.
//
// Prediction target: v (v = sqrt(abar)*eps - sqrt(1-abar)*x0) by default.
// Why: inference runs few DDIM steps (about 20) that start at almost pure
// noise under the cosine schedule. There an eps-model's x0 estimate,
// (x_t - sqrt(1-abar)*eps)/sqrt(abar), multiplies its error by 1/sqrt(abar)
// (large at high noise), while the v-model's x0 = sqrt(abar)*x_t -
// sqrt(1-abar)*v is well conditioned at every noise level, so few-step
// samples are sharper and the loss is balanced across timesteps. "eps" is
// kept as a config option for comparison.
//
// Conditioning: UNet input = cat(noisy latent, mask (max-pooled to latent
// size), latent of the masked image, latent of the glyph image). The null
// condition for guidance (and for condition dropout in training) is the
// empty text plus a zero glyph latent; mask and masked image always stay.
#pragma once

#include <string>
#include <vector>

#include <torch/torch.h>

#include "models/models.h"

namespace anon {

class Schedule {
 public:
  explicit Schedule(const DiffusionConfig& cfg);
  int64_t timesteps() const { return T_; }
  double alpha_bar(int64_t t) const;  // t < 0 -> 1 (clean)
  // Per-sample coefficients, broadcastable to [B,C,H,W] on `like`'s device.
  torch::Tensor coef(const std::vector<double>& v, const torch::Tensor& like) const;
  torch::Tensor sqrt_ab(const torch::Tensor& t_cpu, const torch::Tensor& like) const;
  torch::Tensor sqrt_1m_ab(const torch::Tensor& t_cpu, const torch::Tensor& like) const;
  // Training target for x0/noise at timesteps t (v or eps).
  torch::Tensor target(const torch::Tensor& x0, const torch::Tensor& noise, const torch::Tensor& t_cpu) const;
  torch::Tensor q_sample(const torch::Tensor& x0, const torch::Tensor& noise, const torch::Tensor& t_cpu) const;
  bool v_prediction() const { return v_; }

 private:
  int64_t T_;
  bool v_;
  std::vector<double> ab_;
};

enum class Sampler {
  Ddim,     // DDIM (eta 0: deterministic), first order
  DpmPP2M,  // DPM-Solver++(2M): multistep, second order in the data prediction
};

struct SampleOptions {
  int64_t steps = 20;
  double eta = 0.0;       // DDIM only; DPM-Solver++(2M) needs 0
  double guidance = 1.0;  // 1 = no guidance (one UNet pass per step)
  uint64_t seed = 0;
  // Per-region seeds (one per region) or empty: region i then uses seed + i.
  // Each region draws its noise from its own generator, so its output does
  // not depend on which regions share its batch.
  std::vector<uint64_t> seeds;
  Sampler sampler = Sampler::Ddim;
};

// Pixel tensors are [N,1,H,W] float CPU in [0,1] (1 = paper); masks 1 = generate.
struct InpaintBatch {
  torch::Tensor images, masks, glyphs;
  std::vector<std::string> texts;
};

// Validates shapes (h, w multiples of cfg.pixel_multiple()).
void check_batch(const Config& cfg, const InpaintBatch& b, bool need_masks);

// Conditioning latents for the UNet: (mask_lat, masked_lat, glyph_lat).
// x and glyph in [-1,1] on the model device, mask in {0,1}. No grad.
std::vector<torch::Tensor> condition_latents(ModelSetImpl& m, const torch::Tensor& x, const torch::Tensor& mask,
                                             const torch::Tensor& glyph);

// Inpainting (DDIM or DPM-Solver++(2M)): generated crops [N,1,H,W] in [0,1] on the CPU; pixels
// outside the mask are copied from the input image.
torch::Tensor inpaint_sample(ModelSetImpl& m, const InpaintBatch& b, const SampleOptions& o);

// Diffusion loss for one batch with given timesteps t [N] (CPU int64), noise
// (latent shape, CPU or device) and per-sample condition-drop flags [N] bool.
// x0_latent is the VAE latent of the clean image times latent_scale. The
// MSE is weighted towards the masked latent cells (0.1 outside, 1 inside).
torch::Tensor unet_loss(ModelSetImpl& m, const torch::Tensor& x0_latent, const std::vector<torch::Tensor>& cond,
                        const std::vector<std::string>& texts, const torch::Tensor& t_cpu, const torch::Tensor& noise,
                        const torch::Tensor& drop_cpu);

}  // namespace anon
