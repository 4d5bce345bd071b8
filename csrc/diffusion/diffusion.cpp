#include "diffusion/diffusion.h"

#include <algorithm>
#include <cmath>

#include <ATen/CPUGeneratorImpl.h>

#include "common/error.h"

namespace anon {

Schedule::Schedule(const DiffusionConfig& cfg) : T_(cfg.timesteps), v_(cfg.prediction == "v") {
  std::vector<double> betas(static_cast<size_t>(T_));
  if (cfg.schedule == "cosine") {
    const double s = 0.008;
    auto f = [&](double t) {
      const double c = std::cos((t / static_cast<double>(T_) + s) / (1.0 + s) * M_PI / 2.0);
      return c * c;
    };
    for (int64_t t = 0; t < T_; ++t)
      betas[static_cast<size_t>(t)] = std::min(1.0 - f(static_cast<double>(t + 1)) / f(static_cast<double>(t)), 0.999);
  } else {
    for (int64_t t = 0; t < T_; ++t)
      betas[static_cast<size_t>(t)] =
          cfg.beta_start + (cfg.beta_end - cfg.beta_start) * static_cast<double>(t) / static_cast<double>(T_ - 1);
  }
  ab_.resize(betas.size());
  double prod = 1.0;
  for (size_t i = 0; i < betas.size(); ++i) {
    prod *= 1.0 - betas[i];
    ab_[i] = prod;
  }
}

double Schedule::alpha_bar(int64_t t) const {
  if (t < 0) return 1.0;
  return ab_[static_cast<size_t>(std::min<int64_t>(t, T_ - 1))];
}

torch::Tensor Schedule::coef(const std::vector<double>& v, const torch::Tensor& like) const {
  std::vector<float> f(v.begin(), v.end());
  auto t = torch::tensor(f, torch::kFloat32).view({static_cast<int64_t>(f.size()), 1, 1, 1});
  return t.to(like.device());
}

torch::Tensor Schedule::sqrt_ab(const torch::Tensor& t_cpu, const torch::Tensor& like) const {
  std::vector<double> v;
  auto t = t_cpu.to(torch::kInt64).contiguous();
  for (int64_t i = 0; i < t.numel(); ++i) v.push_back(std::sqrt(alpha_bar(t.data_ptr<int64_t>()[i])));
  return coef(v, like);
}

torch::Tensor Schedule::sqrt_1m_ab(const torch::Tensor& t_cpu, const torch::Tensor& like) const {
  std::vector<double> v;
  auto t = t_cpu.to(torch::kInt64).contiguous();
  for (int64_t i = 0; i < t.numel(); ++i) v.push_back(std::sqrt(1.0 - alpha_bar(t.data_ptr<int64_t>()[i])));
  return coef(v, like);
}

torch::Tensor Schedule::q_sample(const torch::Tensor& x0, const torch::Tensor& noise, const torch::Tensor& t) const {
  return sqrt_ab(t, x0) * x0 + sqrt_1m_ab(t, x0) * noise;
}

torch::Tensor Schedule::target(const torch::Tensor& x0, const torch::Tensor& noise, const torch::Tensor& t) const {
  if (!v_) return noise;
  return sqrt_ab(t, x0) * noise - sqrt_1m_ab(t, x0) * x0;
}

void check_batch(const Config& cfg, const InpaintBatch& b, bool need_masks) {
  auto bad = [](const std::string& m) { fail(Status::Invalid, m); };
  if (!b.images.defined() || b.images.dim() != 4 || b.images.size(1) != 1) bad("images must be [N,1,H,W]");
  const int64_t N = b.images.size(0), H = b.images.size(2), W = b.images.size(3);
  const int64_t m = cfg.pixel_multiple();
  if (N <= 0) bad("batch is empty");
  if (H <= 0 || W <= 0 || H % m || W % m)
    bad("crop size " + std::to_string(H) + "x" + std::to_string(W) + " must be a positive multiple of " +
        std::to_string(m));
  if (need_masks) {
    for (const auto* t : {&b.masks, &b.glyphs})
      if (!t->defined() || t->sizes() != b.images.sizes()) bad("masks and glyphs must have the images' shape");
    if (static_cast<int64_t>(b.texts.size()) != N) bad("need one text per region");
  }
}

std::vector<torch::Tensor> condition_latents(ModelSetImpl& m, const torch::Tensor& x, const torch::Tensor& mask,
                                             const torch::Tensor& glyph) {
  torch::NoGradGuard ng;
  const double scale = m.cfg.diffusion.latent_scale;
  auto mask_lat = torch::max_pool2d(mask, {4, 4}, {4, 4});
  auto masked_lat = m.vae->encode(x * (1 - mask)).first * scale;
  auto glyph_lat = m.vae->encode(glyph).first * scale;
  return {mask_lat, masked_lat, glyph_lat};
}

namespace {

std::vector<int64_t> ddim_timesteps(int64_t T, int64_t steps) {
  std::vector<int64_t> ts;
  if (steps == 1) return {T - 1};
  for (int64_t i = 0; i < steps; ++i)
    ts.push_back(std::llround(static_cast<double>(T - 1) * static_cast<double>(steps - 1 - i) /
                              static_cast<double>(steps - 1)));
  return ts;
}

// DPM-Solver++ timesteps: steps + 1 points evenly spaced over [0, T-1],
// the last (t = 0) dropped: the final step goes from ts.back() straight to
// the data prediction. DDIM's spacing would spend the last model call at
// t = 0 and, under the cosine schedule, make log-SNR steps so uneven (9.4,
// 1.1 and 4.5 at 4 steps) that the second-order term extrapolates 3*x0 -
// 2*x0_prev; this spacing keeps consecutive steps within a factor of about
// 10 and mostly equal.
std::vector<int64_t> dpm_timesteps(int64_t T, int64_t steps) {
  std::vector<int64_t> ts;
  for (int64_t i = 0; i < steps; ++i)
    ts.push_back(std::llround(static_cast<double>(T - 1) * static_cast<double>(steps - i) / static_cast<double>(steps)));
  return ts;
}

}  // namespace

namespace {

// One CPU generator per region: region i's noise is the same whatever
// regions share its batch.
class RegionNoise {
 public:
  RegionNoise(const SampleOptions& o, int64_t n, torch::Device dev) : dev_(dev) {
    if (!o.seeds.empty() && static_cast<int64_t>(o.seeds.size()) != n)
      fail(Status::Invalid, "need one seed per region or none");
    for (int64_t i = 0; i < n; ++i)
      gens_.push_back(at::detail::createCPUGenerator(o.seeds.empty() ? o.seed + static_cast<uint64_t>(i)
                                                                     : o.seeds[static_cast<size_t>(i)]));
  }
  // Standard normal noise of like's shape [N,...], row i from generator i.
  torch::Tensor operator()(const torch::Tensor& like) {
    auto sizes = like.sizes().vec();
    sizes[0] = 1;
    std::vector<torch::Tensor> rows;
    for (auto& g : gens_) rows.push_back(torch::randn(sizes, g, torch::TensorOptions().dtype(torch::kFloat32)));
    return torch::cat(rows, 0).to(dev_);
  }

 private:
  torch::Device dev_;
  std::vector<at::Generator> gens_;
};

// log(alpha/sigma) at ab = alpha^2, sigma^2 = 1 - ab.
double log_snr(double ab) { return 0.5 * (std::log(ab) - std::log1p(-ab)); }

}  // namespace

torch::Tensor inpaint_sample(ModelSetImpl& m, const InpaintBatch& b, const SampleOptions& o) {
  check_batch(m.cfg, b, true);
  if (o.steps < 1 || o.steps > m.cfg.diffusion.timesteps) fail(Status::Invalid, "steps out of range");
  if (!(o.eta >= 0 && o.eta <= 1)) fail(Status::Invalid, "eta must be in [0,1]");
  if (o.sampler == Sampler::DpmPP2M && o.eta != 0) fail(Status::Invalid, "DPM-Solver++(2M) is deterministic: eta must be 0");
  if (!(o.guidance >= 0 && o.guidance < 100)) fail(Status::Invalid, "guidance scale out of range");
  c10::InferenceMode inference;  // no autograd bookkeeping at all
  const Schedule sched(m.cfg.diffusion);
  const double scale = m.cfg.diffusion.latent_scale;
  const auto dev = m.unet->conv_in->weight.device();
  const int64_t N = b.images.size(0);
  RegionNoise randn(o, N, dev);
  auto img = b.images.to(dev, torch::kFloat32);
  auto mask = b.masks.to(dev, torch::kFloat32).gt(0.5).to(torch::kFloat32);
  auto x = img * 2 - 1;
  // One VAE pass for the masked image, the glyph image and the full image
  // (the same computation as condition_latents, batched).
  auto lat = m.vae->encode(torch::cat({x * (1 - mask), b.glyphs.to(dev, torch::kFloat32) * 2 - 1, x}, 0))
                 .first.mul(scale)
                 .chunk(3, 0);
  const auto mlat = torch::max_pool2d(mask, {4, 4}, {4, 4});
  const std::vector<torch::Tensor> cond = {mlat, lat[0], lat[1]};
  const auto known = lat[2];

  const bool cfg_on = o.guidance != 1.0;
  std::vector<std::string> texts = b.texts;
  if (cfg_on) texts.resize(static_cast<size_t>(2 * N));  // second half: null text
  auto enc = m.text->forward(TextEncoderImpl::tokenize(texts, m.cfg.text.max_len));
  auto ctx = enc.first, ctx_mask = enc.second;
  auto cond_in = torch::cat({cond[0], cond[1], cond[2]}, 1);
  if (cfg_on) cond_in = torch::cat({cond_in, torch::cat({cond[0], cond[1], torch::zeros_like(cond[2])}, 1)}, 0);

  // The model's (x0, eps) estimate at timestep t.
  auto predict = [&](const torch::Tensor& z, int64_t t) {
    auto zin = cfg_on ? torch::cat({z, z}, 0) : z;
    auto tt = torch::full({zin.size(0)}, static_cast<float>(t), torch::TensorOptions().device(dev));
    auto out = m.unet->forward(torch::cat({zin, cond_in}, 1), tt, ctx, ctx_mask).to(torch::kFloat32);
    if (cfg_on) {
      auto parts = out.chunk(2, 0);
      out = parts[1] + o.guidance * (parts[0] - parts[1]);
    }
    const double ab = sched.alpha_bar(t);
    if (sched.v_prediction())
      return std::make_pair(std::sqrt(ab) * z - std::sqrt(1 - ab) * out, std::sqrt(1 - ab) * z + std::sqrt(ab) * out);
    return std::make_pair((z - std::sqrt(1 - ab) * out) / std::sqrt(ab), out);
  };

  auto z = randn(known);
  const auto ts = o.sampler == Sampler::Ddim ? ddim_timesteps(sched.timesteps(), o.steps)
                                             : dpm_timesteps(sched.timesteps(), o.steps);
  torch::Tensor x0_prev;  // DPM-Solver++(2M): the previous step's x0
  double h_prev = 0;
  for (size_t i = 0; i < ts.size(); ++i) {
    const int64_t t = ts[i], tp = i + 1 < ts.size() ? ts[i + 1] : -1;
    const double ab = sched.alpha_bar(t), abp = sched.alpha_bar(tp);
    auto [x0, eps] = predict(z, t);
    if (o.sampler == Sampler::Ddim) {
      const double sigma = o.eta * std::sqrt((1 - abp) / (1 - ab)) * std::sqrt(std::max(0.0, 1 - ab / abp));
      z = std::sqrt(abp) * x0 + std::sqrt(std::max(0.0, 1 - abp - sigma * sigma)) * eps;
      if (sigma > 0) z = z + sigma * randn(z);
    } else if (tp < 0) {
      z = x0;  // the last step lands on the data prediction (first order)
    } else {
      // Data-prediction multistep update in log-SNR time (Lu et al. 2022,
      // DPM-Solver++ Alg. 2); the first step is first order (DDIM).
      const double h = log_snr(abp) - log_snr(ab);
      auto d = x0;
      if (x0_prev.defined()) {
        const double r = h_prev / h;
        d = (1 + 0.5 / r) * x0 - (0.5 / r) * x0_prev;
      }
      z = std::sqrt((1 - abp) / (1 - ab)) * z - std::sqrt(abp) * std::expm1(-h) * d;
      h_prev = h;
    }
    x0_prev = x0;
    // Keep the latent outside the mask on the known image's trajectory.
    auto known_t = tp >= 0 ? std::sqrt(abp) * known + std::sqrt(1 - abp) * randn(known) : known;
    z = mlat * z + (1 - mlat) * known_t;
  }
  auto gen_img = (m.vae->decode(z / scale).to(torch::kFloat32).clamp(-1, 1) + 1) / 2;
  return (mask * gen_img + (1 - mask) * img).to(torch::kCPU).contiguous();
}

torch::Tensor unet_loss(ModelSetImpl& m, const torch::Tensor& x0, const std::vector<torch::Tensor>& cond,
                        const std::vector<std::string>& texts, const torch::Tensor& t_cpu, const torch::Tensor& noise,
                        const torch::Tensor& drop_cpu) {
  const Schedule sched(m.cfg.diffusion);
  const auto dev = x0.device();
  const int64_t N = x0.size(0);
  auto n = noise.to(dev, torch::kFloat32);
  auto xt = sched.q_sample(x0, n, t_cpu);
  auto target = sched.target(x0, n, t_cpu);
  auto drop_acc = drop_cpu.to(torch::kBool).contiguous();
  std::vector<std::string> tx = texts;
  for (int64_t i = 0; i < N; ++i)
    if (drop_acc.data_ptr<bool>()[i]) tx[static_cast<size_t>(i)].clear();
  auto keep = (1 - drop_acc.to(torch::kFloat32)).view({N, 1, 1, 1}).to(dev);
  auto enc = m.text->forward(TextEncoderImpl::tokenize(tx, m.cfg.text.max_len));
  auto in = torch::cat({xt, cond[0], cond[1], cond[2] * keep}, 1);
  auto pred = m.unet->forward(in, t_cpu.to(dev, torch::kFloat32), enc.first, enc.second);
  // The sampler keeps the known latents outside the mask, so only the
  // masked cells matter at inference: they carry nine tenths of the weight
  // (outside cells keep a little, so the model stays consistent there).
  auto w = (0.1 + 0.9 * cond[0]).expand_as(target);
  return ((pred.to(torch::kFloat32) - target).pow(2) * w).sum() / w.sum();
}

}  // namespace anon
