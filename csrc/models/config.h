// Model configuration: presets and JSON (de)serialisation. No torch here.
//
// Design choices (see also include/anoncore.h):
// - Images are grayscale, 1 channel, values in [0,1] at the C API (0 = ink
//   black, 1 = paper white) and [-1,1] inside the models.
// - Crops are 32 px high by default; widths are multiples of 16 (size buckets
//   chosen by Go). Any h, w divisible by Config::pixel_multiple() work.
// - VAE downsamples by 4 (three levels, two stride-2 convs); latent_ch = 4
//   (tiny) or 8 (small, base: 4 channels lost too much of small text).
// - Text encoder vocabulary: UTF-8 bytes 0..255, PAD = 256, BOS = 257; an
//   extra "byte role" embedding (ASCII / lead / continuation byte) makes it
//   UTF-8 aware; truncation happens only at character boundaries.
// - The UNet predicts v (v-prediction); see diffusion/diffusion.h for why.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/json.h"

namespace anon {

struct VaeConfig {
  int64_t in_ch = 1;
  int64_t ch = 32;
  std::vector<int64_t> mult = {1, 2, 2};  // three levels -> downsample 4
  int64_t num_res = 1;
  int64_t latent_ch = 4;
  int64_t groups = 8;

  // Image side / latent side: one stride-2 convolution between levels.
  int64_t downsample() const { return mult.empty() ? 1 : int64_t{1} << (mult.size() - 1); }
};

struct UnetConfig {
  int64_t ch = 48;
  std::vector<int64_t> mult = {1, 2, 2};
  std::vector<int64_t> attn = {0, 1, 1};  // per level: self+cross attention
  int64_t num_res = 1;
  int64_t heads = 4;
  int64_t groups = 16;
};

struct TextConfig {
  int64_t dim = 96;
  int64_t layers = 2;
  int64_t heads = 4;
  int64_t max_len = 48;  // tokens including BOS
  int64_t ff_mult = 4;
};

struct DiffusionConfig {
  std::string schedule = "cosine";  // "cosine" | "linear"
  int64_t timesteps = 1000;
  std::string prediction = "v";  // "v" | "eps"
  double beta_start = 0.00085;   // linear schedule only
  double beta_end = 0.012;
  double latent_scale = 1.0;  // z_unet = z_vae * latent_scale
};

struct Config {
  std::string preset = "small";
  VaeConfig vae;
  UnetConfig unet;
  TextConfig text;
  DiffusionConfig diffusion;

  // Crop sides must be multiples of this (vae.downsample() times 2^(UNet
  // levels - 1)).
  int64_t pixel_multiple() const;
  // Throws anon::Error(Invalid) describing the first inconsistency.
  void validate() const;

  Json to_json() const;
  // Full config or {"preset": name, <overrides>...}; unknown keys are errors.
  static Config from_json(const Json& j);
  static Config preset_config(const std::string& name);
};

constexpr int64_t kVocabBytes = 256;
constexpr int64_t kTokPad = 256;
constexpr int64_t kTokBos = 257;
constexpr int64_t kVocab = 258;

}  // namespace anon
