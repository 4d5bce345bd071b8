#include "models/models.h"

#include <cmath>
#include <limits>

#include "common/error.h"
#include "common/ops.h"

namespace anon {
namespace F = torch::nn::functional;
using torch::nn::Conv2d;
using torch::nn::Conv2dOptions;
using torch::nn::GroupNorm;
using torch::nn::GroupNormOptions;
using torch::nn::LayerNorm;
using torch::nn::LayerNormOptions;
using torch::nn::Linear;
using torch::nn::LinearOptions;

namespace {

Conv2d conv3(int64_t in, int64_t out, int64_t stride = 1) {
  return Conv2d(Conv2dOptions(in, out, 3).stride(stride).padding(1));
}

torch::Tensor gns(const GroupNorm& n, const torch::Tensor& x) {
  return group_norm_silu(x, n->options.num_groups(), n->weight, n->bias, n->options.eps());
}

torch::Tensor upsample2(const torch::Tensor& x) {
  return F::interpolate(x, F::InterpolateFuncOptions()
                               .scale_factor(std::vector<double>{2.0, 2.0})
                               .mode(torch::kNearest));
}

void zero_(torch::nn::Module& m) {
  torch::NoGradGuard ng;
  for (auto& p : m.parameters()) p.zero_();
}

}  // namespace

torch::Tensor timestep_embedding(const torch::Tensor& t, int64_t dim) {
  const int64_t half = dim / 2;
  auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(t.device());
  auto freqs = torch::exp(torch::arange(half, opts) * (-std::log(10000.0) / static_cast<double>(half)));
  auto args = t.to(torch::kFloat32).unsqueeze(1) * freqs.unsqueeze(0);
  auto emb = torch::cat({torch::cos(args), torch::sin(args)}, 1);
  if (dim % 2) emb = torch::cat({emb, torch::zeros({t.size(0), 1}, opts)}, 1);
  return emb;
}

int64_t count_params(torch::nn::Module& m) {
  int64_t n = 0;
  for (const auto& p : m.parameters()) n += p.numel();
  return n;
}

// ---------------------------------------------------------------- blocks

ResBlockImpl::ResBlockImpl(int64_t in_ch, int64_t out_ch, int64_t temb_dim, int64_t groups_) : groups(groups_) {
  norm1 = register_module("norm1", GroupNorm(GroupNormOptions(groups, in_ch)));
  conv1 = register_module("conv1", conv3(in_ch, out_ch));
  norm2 = register_module("norm2", GroupNorm(GroupNormOptions(groups, out_ch)));
  conv2 = register_module("conv2", conv3(out_ch, out_ch));
  if (temb_dim > 0) temb_proj = register_module("temb_proj", Linear(temb_dim, out_ch));
  if (in_ch != out_ch) skip = register_module("skip", Conv2d(Conv2dOptions(in_ch, out_ch, 1)));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& temb) {
  auto h = conv1(gns(norm1, x));
  if (temb_proj && temb.defined()) h = h + temb_proj(torch::silu(temb)).unsqueeze(-1).unsqueeze(-1);
  h = conv2(gns(norm2, h));
  return (skip ? skip(x) : x) + h;
}

AttentionImpl::AttentionImpl(int64_t dim, int64_t ctx_dim, int64_t heads_) : heads(heads_) {
  q = register_module("q", Linear(LinearOptions(dim, dim).bias(false)));
  k = register_module("k", Linear(LinearOptions(ctx_dim, dim).bias(false)));
  v = register_module("v", Linear(LinearOptions(ctx_dim, dim).bias(false)));
  o = register_module("o", Linear(dim, dim));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& ctx, const torch::Tensor& key_mask) {
  const int64_t B = x.size(0), L = x.size(1), S = ctx.size(1), D = q->options.out_features();
  const int64_t d = D / heads;
  auto qh = q(x).view({B, L, heads, d}).transpose(1, 2);
  auto kh = k(ctx).view({B, S, heads, d}).transpose(1, 2);
  auto vh = v(ctx).view({B, S, heads, d}).transpose(1, 2);
  auto scores = torch::matmul(qh, kh.transpose(-2, -1)) * (1.0 / std::sqrt(static_cast<double>(d)));
  if (key_mask.defined())
    scores = scores.masked_fill(key_mask.logical_not().view({B, 1, 1, S}), -std::numeric_limits<float>::infinity());
  auto p = torch::softmax(scores, -1);
  auto out = torch::matmul(p, vh).transpose(1, 2).reshape({B, L, D});
  return o(out);
}

SpatialTransformerImpl::SpatialTransformerImpl(int64_t ch, int64_t ctx_dim, int64_t heads, int64_t groups_)
    : groups(groups_) {
  norm = register_module("norm", GroupNorm(GroupNormOptions(groups, ch)));
  proj_in = register_module("proj_in", Linear(ch, ch));
  ln1 = register_module("ln1", LayerNorm(LayerNormOptions({ch})));
  self_attn = register_module("self_attn", Attention(ch, ch, heads));
  ln2 = register_module("ln2", LayerNorm(LayerNormOptions({ch})));
  cross_attn = register_module("cross_attn", Attention(ch, ctx_dim, heads));
  ln3 = register_module("ln3", LayerNorm(LayerNormOptions({ch})));
  ff1 = register_module("ff1", Linear(ch, 4 * ch));
  ff2 = register_module("ff2", Linear(4 * ch, ch));
  proj_out = register_module("proj_out", Linear(ch, ch));
  zero_(*proj_out);
}

torch::Tensor SpatialTransformerImpl::forward(const torch::Tensor& x, const torch::Tensor& ctx,
                                              const torch::Tensor& ctx_mask) {
  const int64_t B = x.size(0), C = x.size(1), H = x.size(2), W = x.size(3);
  auto h = norm(x).flatten(2).transpose(1, 2);  // [B,HW,C]
  h = proj_in(h);
  auto n1 = ln1(h);
  h = h + self_attn(n1, n1);
  h = h + cross_attn(ln2(h), ctx, ctx_mask);
  h = h + ff2(torch::gelu(ff1(ln3(h))));
  h = proj_out(h).transpose(1, 2).reshape({B, C, H, W});
  return x + h;
}

TextLayerImpl::TextLayerImpl(int64_t dim, int64_t heads, int64_t ff_mult) {
  ln1 = register_module("ln1", LayerNorm(LayerNormOptions({dim})));
  attn = register_module("attn", Attention(dim, dim, heads));
  ln2 = register_module("ln2", LayerNorm(LayerNormOptions({dim})));
  ff1 = register_module("ff1", Linear(dim, ff_mult * dim));
  ff2 = register_module("ff2", Linear(ff_mult * dim, dim));
}

torch::Tensor TextLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& mask) {
  auto n = ln1(x);
  auto h = x + attn(n, n, mask);
  return h + ff2(torch::gelu(ff1(ln2(h))));
}

// ---------------------------------------------------------------- text encoder

TextEncoderImpl::TextEncoderImpl(const TextConfig& c) : cfg(c) {
  tok_emb = register_module("tok_emb", torch::nn::Embedding(kVocab, cfg.dim));
  role_emb = register_module("role_emb", torch::nn::Embedding(4, cfg.dim));
  for (int64_t i = 0; i < cfg.layers; ++i)
    layers.push_back(register_module("layer" + std::to_string(i), TextLayer(cfg.dim, cfg.heads, cfg.ff_mult)));
  ln_out = register_module("ln_out", LayerNorm(LayerNormOptions({cfg.dim})));
}

Tokens TextEncoderImpl::tokenize(const std::vector<std::string>& texts, int64_t max_len) {
  const int64_t B = static_cast<int64_t>(texts.size());
  auto ids = torch::full({B, max_len}, kTokPad, torch::kInt64);
  auto roles = torch::zeros({B, max_len}, torch::kInt64);
  auto ia = ids.accessor<int64_t, 2>();
  auto ra = roles.accessor<int64_t, 2>();
  for (int64_t b = 0; b < B; ++b) {
    const std::string& s = texts[static_cast<size_t>(b)];
    size_t cut = std::min<size_t>(s.size(), static_cast<size_t>(max_len - 1));
    // Never split a UTF-8 sequence: back off over continuation bytes.
    if (cut < s.size())
      while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    ia[b][0] = kTokBos;
    for (size_t i = 0; i < cut; ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      ia[b][static_cast<int64_t>(i) + 1] = c;
      ra[b][static_cast<int64_t>(i) + 1] = c < 0x80 ? 1 : ((c & 0xC0) == 0x80 ? 3 : 2);
    }
  }
  return {ids, roles};
}

std::pair<torch::Tensor, torch::Tensor> TextEncoderImpl::forward(const Tokens& tok) {
  auto dev = tok_emb->weight.device();
  auto ids = tok.ids.to(dev), roles = tok.roles.to(dev);
  auto mask = ids.ne(kTokPad);
  const int64_t L = ids.size(1);
  auto pos = timestep_embedding(torch::arange(L, torch::TensorOptions().device(dev)), cfg.dim);
  auto h = tok_emb(ids) + role_emb(roles) + pos.unsqueeze(0);
  for (auto& l : layers) h = l(h, mask);
  return {ln_out(h), mask};
}

// ---------------------------------------------------------------- VAE

VaeImpl::VaeImpl(const VaeConfig& c) : cfg(c) {
  const int64_t g = cfg.groups;
  int64_t cur = cfg.ch * cfg.mult[0];
  enc_in = register_module("enc_in", conv3(cfg.in_ch, cur));
  for (size_t i = 0; i < cfg.mult.size(); ++i) {
    const int64_t out = cfg.ch * cfg.mult[i];
    for (int64_t r = 0; r < cfg.num_res; ++r) {
      enc_res.push_back(register_module("enc" + std::to_string(i) + "_res" + std::to_string(r), ResBlock(cur, out, 0, g)));
      cur = out;
    }
    if (i + 1 < cfg.mult.size()) enc_down.push_back(register_module("enc" + std::to_string(i) + "_down", conv3(cur, cur, 2)));
  }
  enc_mid = register_module("enc_mid", ResBlock(cur, cur, 0, g));
  enc_norm = register_module("enc_norm", GroupNorm(GroupNormOptions(g, cur)));
  enc_out = register_module("enc_out", conv3(cur, 2 * cfg.latent_ch));

  dec_in = register_module("dec_in", conv3(cfg.latent_ch, cur));
  dec_mid = register_module("dec_mid", ResBlock(cur, cur, 0, g));
  for (size_t ii = cfg.mult.size(); ii-- > 0;) {
    const int64_t out = cfg.ch * cfg.mult[ii];
    for (int64_t r = 0; r < cfg.num_res; ++r) {
      dec_res.push_back(register_module("dec" + std::to_string(ii) + "_res" + std::to_string(r), ResBlock(cur, out, 0, g)));
      cur = out;
    }
    if (ii > 0) dec_up.push_back(register_module("dec" + std::to_string(ii) + "_up", conv3(cur, cur)));
  }
  dec_norm = register_module("dec_norm", GroupNorm(GroupNormOptions(g, cur)));
  dec_out = register_module("dec_out", conv3(cur, cfg.in_ch));
}

std::pair<torch::Tensor, torch::Tensor> VaeImpl::encode(const torch::Tensor& x) {
  auto h = enc_in(x);
  size_t r = 0;
  for (size_t i = 0; i < cfg.mult.size(); ++i) {
    for (int64_t k = 0; k < cfg.num_res; ++k) h = enc_res[r++](h);
    if (i + 1 < cfg.mult.size()) h = enc_down[i](h);
  }
  h = enc_out(gns(enc_norm, enc_mid(h)));
  auto parts = h.chunk(2, 1);
  return {parts[0], parts[1].clamp(-30.0, 20.0)};
}

torch::Tensor VaeImpl::decode(const torch::Tensor& z) {
  auto h = dec_mid(dec_in(z));
  size_t r = 0, u = 0;
  for (size_t ii = cfg.mult.size(); ii-- > 0;) {
    for (int64_t k = 0; k < cfg.num_res; ++k) h = dec_res[r++](h);
    if (ii > 0) h = dec_up[u++](upsample2(h));
  }
  return dec_out(gns(dec_norm, h));
}

// ---------------------------------------------------------------- UNet

UnetImpl::UnetImpl(const UnetConfig& c, int64_t lc, int64_t ctx_dim) : cfg(c), latent_ch(lc) {
  const int64_t g = cfg.groups, temb = 4 * cfg.ch;
  const size_t levels = cfg.mult.size();
  time1 = register_module("time1", Linear(cfg.ch, temb));
  time2 = register_module("time2", Linear(temb, temb));
  int64_t cur = cfg.ch;
  conv_in = register_module("conv_in", conv3(in_channels(), cur));
  std::vector<int64_t> skip_ch{cur};
  down_res.resize(levels);
  down_attn.resize(levels);
  for (size_t i = 0; i < levels; ++i) {
    const int64_t out = cfg.ch * cfg.mult[i];
    for (int64_t r = 0; r < cfg.num_res; ++r) {
      const std::string n = "down" + std::to_string(i) + "_";
      down_res[i].push_back(register_module(n + "res" + std::to_string(r), ResBlock(cur, out, temb, g)));
      cur = out;
      if (cfg.attn[i])
        down_attn[i].push_back(
            register_module(n + "attn" + std::to_string(r), SpatialTransformer(cur, ctx_dim, cfg.heads, g)));
      skip_ch.push_back(cur);
    }
    if (i + 1 < levels) {
      downsample.push_back(register_module("down" + std::to_string(i) + "_ds", conv3(cur, cur, 2)));
      skip_ch.push_back(cur);
    }
  }
  mid1 = register_module("mid1", ResBlock(cur, cur, temb, g));
  mid_attn = register_module("mid_attn", SpatialTransformer(cur, ctx_dim, cfg.heads, g));
  mid2 = register_module("mid2", ResBlock(cur, cur, temb, g));
  up_res.resize(levels);
  up_attn.resize(levels);
  for (size_t ii = levels; ii-- > 0;) {
    const int64_t out = cfg.ch * cfg.mult[ii];
    for (int64_t r = 0; r <= cfg.num_res; ++r) {
      const std::string n = "up" + std::to_string(ii) + "_";
      const int64_t sc = skip_ch.back();
      skip_ch.pop_back();
      up_res[ii].push_back(register_module(n + "res" + std::to_string(r), ResBlock(cur + sc, out, temb, g)));
      cur = out;
      if (cfg.attn[ii])
        up_attn[ii].push_back(
            register_module(n + "attn" + std::to_string(r), SpatialTransformer(cur, ctx_dim, cfg.heads, g)));
    }
    if (ii > 0) upsample.push_back(register_module("up" + std::to_string(ii) + "_us", conv3(cur, cur)));
  }
  norm_out = register_module("norm_out", GroupNorm(GroupNormOptions(g, cur)));
  conv_out = register_module("conv_out", conv3(cur, latent_ch));
  zero_(*conv_out);
}

torch::Tensor UnetImpl::forward(const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& ctx,
                                const torch::Tensor& ctx_mask) {
  const size_t levels = cfg.mult.size();
  auto temb = time2(torch::silu(time1(timestep_embedding(t, cfg.ch))));
  auto h = conv_in(x);
  std::vector<torch::Tensor> skips{h};
  for (size_t i = 0; i < levels; ++i) {
    for (size_t r = 0; r < down_res[i].size(); ++r) {
      h = down_res[i][r](h, temb);
      if (!down_attn[i].empty()) h = down_attn[i][r](h, ctx, ctx_mask);
      skips.push_back(h);
    }
    if (i + 1 < levels) {
      h = downsample[i](h);
      skips.push_back(h);
    }
  }
  h = mid2(mid_attn(mid1(h, temb), ctx, ctx_mask), temb);
  size_t u = 0;
  for (size_t ii = levels; ii-- > 0;) {
    for (size_t r = 0; r < up_res[ii].size(); ++r) {
      h = up_res[ii][r](torch::cat({h, skips.back()}, 1), temb);
      skips.pop_back();
      if (!up_attn[ii].empty()) h = up_attn[ii][r](h, ctx, ctx_mask);
    }
    if (ii > 0) h = upsample[u++](upsample2(h));
  }
  return conv_out(gns(norm_out, h));
}

// ---------------------------------------------------------------- bundle

ModelSetImpl::ModelSetImpl(const Config& c) : cfg(c) {
  cfg.validate();
  vae = register_module("vae", Vae(cfg.vae));
  unet = register_module("unet", Unet(cfg.unet, cfg.vae.latent_ch, cfg.text.dim));
  text = register_module("text", TextEncoder(cfg.text));
}

}  // namespace anon
