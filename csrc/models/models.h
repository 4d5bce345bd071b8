// VAE, UNet and character-level text encoder (libtorch C++ frontend).
//
// Parameter names (the safetensors keys) are "<sub>.<module path>", e.g.
// "vae.enc_in.weight", "unet.down0_res0.conv1.weight", "text.tok_emb.weight".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <torch/torch.h>

#include "models/config.h"

namespace anon {

// GroupNorm (+ SiLU) parameters; the op itself is anon::group_norm_silu.
struct ResBlockImpl : torch::nn::Module {
  ResBlockImpl(int64_t in_ch, int64_t out_ch, int64_t temb_dim, int64_t groups);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& temb = {});

  int64_t groups;
  torch::nn::GroupNorm norm1{nullptr}, norm2{nullptr};
  torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, skip{nullptr};
  torch::nn::Linear temb_proj{nullptr};
};
TORCH_MODULE(ResBlock);

// Multi-head attention; keys from `ctx` (self-attention when ctx == x).
struct AttentionImpl : torch::nn::Module {
  AttentionImpl(int64_t dim, int64_t ctx_dim, int64_t heads);
  // x [B,L,D], ctx [B,S,Dc], key_mask [B,S] bool (true = valid) or undefined.
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& ctx, const torch::Tensor& key_mask = {});

  int64_t heads;
  torch::nn::Linear q{nullptr}, k{nullptr}, v{nullptr}, o{nullptr};
};
TORCH_MODULE(Attention);

// UNet spatial transformer: GroupNorm, self-attention, cross-attention to the
// text encoder output, feed-forward; residual; zero-initialised output.
struct SpatialTransformerImpl : torch::nn::Module {
  SpatialTransformerImpl(int64_t ch, int64_t ctx_dim, int64_t heads, int64_t groups);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& ctx, const torch::Tensor& ctx_mask);

  int64_t groups;
  torch::nn::GroupNorm norm{nullptr};
  torch::nn::Linear proj_in{nullptr}, proj_out{nullptr}, ff1{nullptr}, ff2{nullptr};
  torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr}, ln3{nullptr};
  Attention self_attn{nullptr}, cross_attn{nullptr};
};
TORCH_MODULE(SpatialTransformer);

struct TextLayerImpl : torch::nn::Module {
  TextLayerImpl(int64_t dim, int64_t heads, int64_t ff_mult);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask);

  torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr};
  Attention attn{nullptr};
  torch::nn::Linear ff1{nullptr}, ff2{nullptr};
};
TORCH_MODULE(TextLayer);

struct Tokens {
  torch::Tensor ids;    // [B,L] int64: bytes, PAD, BOS
  torch::Tensor roles;  // [B,L] int64: 0 special, 1 ASCII, 2 lead, 3 continuation
};

struct TextEncoderImpl : torch::nn::Module {
  explicit TextEncoderImpl(const TextConfig& cfg);
  // Tokenises on the CPU; the empty string is the null (unconditional) text.
  static Tokens tokenize(const std::vector<std::string>& texts, int64_t max_len);
  // Returns (context [B,L,D], mask [B,L] bool, true = real token).
  std::pair<torch::Tensor, torch::Tensor> forward(const Tokens& tokens);

  TextConfig cfg;
  torch::nn::Embedding tok_emb{nullptr}, role_emb{nullptr};
  std::vector<TextLayer> layers;
  torch::nn::LayerNorm ln_out{nullptr};
};
TORCH_MODULE(TextEncoder);

struct VaeImpl : torch::nn::Module {
  explicit VaeImpl(const VaeConfig& cfg);
  // x [B,1,H,W] in [-1,1] -> (mean, logvar) each [B,latent_ch,H/4,W/4].
  std::pair<torch::Tensor, torch::Tensor> encode(const torch::Tensor& x);
  // z [B,latent_ch,h,w] -> [B,1,4h,4w] (unclamped, ~[-1,1]).
  torch::Tensor decode(const torch::Tensor& z);

  VaeConfig cfg;
  torch::nn::Conv2d enc_in{nullptr}, enc_out{nullptr}, dec_in{nullptr}, dec_out{nullptr};
  std::vector<ResBlock> enc_res, dec_res;
  std::vector<torch::nn::Conv2d> enc_down, dec_up;
  ResBlock enc_mid{nullptr}, dec_mid{nullptr};
  torch::nn::GroupNorm enc_norm{nullptr}, dec_norm{nullptr};
};
TORCH_MODULE(Vae);

struct UnetImpl : torch::nn::Module {
  UnetImpl(const UnetConfig& cfg, int64_t latent_ch, int64_t ctx_dim);
  // x [B, 3*latent_ch+1, h, w] = cat(noisy latent, mask, masked-image latent,
  // glyph latent); t [B] float timesteps; ctx [B,L,D]; ctx_mask [B,L] bool.
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& ctx,
                        const torch::Tensor& ctx_mask);
  int64_t in_channels() const { return 3 * latent_ch + 1; }

  UnetConfig cfg;
  int64_t latent_ch;
  torch::nn::Linear time1{nullptr}, time2{nullptr};
  torch::nn::Conv2d conv_in{nullptr}, conv_out{nullptr};
  torch::nn::GroupNorm norm_out{nullptr};
  // down[level][i], with optional attention at the same index
  std::vector<std::vector<ResBlock>> down_res, up_res;
  std::vector<std::vector<SpatialTransformer>> down_attn, up_attn;
  std::vector<torch::nn::Conv2d> downsample, upsample;
  ResBlock mid1{nullptr}, mid2{nullptr};
  SpatialTransformer mid_attn{nullptr};
};
TORCH_MODULE(Unet);

// The three sub-models together; owns parameter naming.
struct ModelSetImpl : torch::nn::Module {
  explicit ModelSetImpl(const Config& cfg);
  Config cfg;
  Vae vae{nullptr};
  Unet unet{nullptr};
  TextEncoder text{nullptr};
};
TORCH_MODULE(ModelSet);

int64_t count_params(torch::nn::Module& m);
torch::Tensor timestep_embedding(const torch::Tensor& t, int64_t dim);

}  // namespace anon
