#include "train/trainer.h"

#include <cmath>

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include "common/error.h"

namespace anon {
namespace {

// bf16 autocast on CUDA for the forward pass (thread-local state).
class AutocastGuard {
 public:
  explicit AutocastGuard(bool on) : on_(on) {
    if (!on_) return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
    at::autocast::set_autocast_enabled(at::kCUDA, true);
#else
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
    at::autocast::set_enabled(true);
#endif
  }
  ~AutocastGuard() {
    if (!on_) return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_enabled(at::kCUDA, false);
#else
    at::autocast::set_enabled(false);
#endif
    at::autocast::clear_cache();
  }
  AutocastGuard(const AutocastGuard&) = delete;
  AutocastGuard& operator=(const AutocastGuard&) = delete;

 private:
  bool on_;
};

torch::Tensor sobel(const torch::Tensor& x, bool vertical) {
  auto k = torch::tensor({-1.f, 0.f, 1.f, -2.f, 0.f, 2.f, -1.f, 0.f, 1.f}, x.options()).view({1, 1, 3, 3}) / 4.0;
  if (vertical) k = k.transpose(2, 3);
  return torch::conv2d(x, k, {}, 1, 1);
}

double num(const Json& j, const char* key, double def) {
  const Json* v = j.find(key);
  return v ? v->as_number(key) : def;
}

}  // namespace

TrainOptions TrainOptions::from_json(const Json& j) {
  TrainOptions o;
  if (j.is_null()) return o;
  if (!j.is_object()) fail(Status::Invalid, "trainer options: expected a JSON object");
  static const char* known[] = {"beta1", "beta2",       "eps",         "weight_decay", "grad_clip",
                                "accum", "ema_decay",   "bf16",        "cond_dropout", "kl_weight",
                                "edge_weight", "ink_weight", "calibrate_latent_scale", "seed"};
  for (const auto& kv : j.members()) {
    bool ok = false;
    for (const char* k : known) ok = ok || kv.first == k;
    if (!ok) fail(Status::Invalid, "trainer options: unknown key \"" + kv.first + "\"");
  }
  try {
    o.beta1 = num(j, "beta1", o.beta1);
    o.beta2 = num(j, "beta2", o.beta2);
    o.eps = num(j, "eps", o.eps);
    o.weight_decay = num(j, "weight_decay", o.weight_decay);
    o.grad_clip = num(j, "grad_clip", o.grad_clip);
    if (const Json* v = j.find("accum")) o.accum = v->as_int("accum");
    o.ema_decay = num(j, "ema_decay", o.ema_decay);
    if (const Json* v = j.find("bf16")) o.bf16 = v->as_bool("bf16");
    o.cond_dropout = num(j, "cond_dropout", o.cond_dropout);
    o.kl_weight = num(j, "kl_weight", o.kl_weight);
    o.edge_weight = num(j, "edge_weight", o.edge_weight);
    o.ink_weight = num(j, "ink_weight", o.ink_weight);
    if (const Json* v = j.find("calibrate_latent_scale")) o.calibrate_latent_scale = v->as_bool("calibrate_latent_scale");
    if (const Json* v = j.find("seed")) o.seed = static_cast<uint64_t>(v->as_int("seed"));
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    fail(Status::Invalid, std::string("trainer options: ") + e.what());
  }
  auto bad = [](const char* m) { fail(Status::Invalid, std::string("trainer options: ") + m); };
  if (!(o.beta1 >= 0 && o.beta1 < 1 && o.beta2 >= 0 && o.beta2 < 1)) bad("betas must be in [0,1)");
  if (!(o.eps > 0)) bad("eps must be positive");
  if (!(o.weight_decay >= 0)) bad("weight_decay must be >= 0");
  if (o.accum < 1 || o.accum > 4096) bad("accum must be in [1,4096]");
  if (!(o.ema_decay >= 0 && o.ema_decay < 1)) bad("ema_decay must be in [0,1)");
  if (!(o.cond_dropout >= 0 && o.cond_dropout <= 1)) bad("cond_dropout must be in [0,1]");
  if (!(o.kl_weight >= 0 && o.edge_weight >= 0 && o.ink_weight >= 0)) bad("loss weights must be >= 0");
  return o;
}

Json TrainOptions::to_json() const {
  Json j = Json::object();
  j["beta1"] = beta1;
  j["beta2"] = beta2;
  j["eps"] = eps;
  j["weight_decay"] = weight_decay;
  j["grad_clip"] = grad_clip;
  j["accum"] = accum;
  j["ema_decay"] = ema_decay;
  j["bf16"] = bf16;
  j["cond_dropout"] = cond_dropout;
  j["kl_weight"] = kl_weight;
  j["edge_weight"] = edge_weight;
  j["ink_weight"] = ink_weight;
  j["calibrate_latent_scale"] = calibrate_latent_scale;
  j["seed"] = static_cast<int64_t>(seed);
  return j;
}

VaeLossParts vae_loss(ModelSetImpl& m, const torch::Tensor& x, const torch::Tensor& eps, const TrainOptions& o) {
  auto enc = m.vae->encode(x);
  auto mean = enc.first.to(torch::kFloat32), logvar = enc.second.to(torch::kFloat32);
  auto z = mean + torch::exp(0.5 * logvar) * eps;
  auto xr = m.vae->decode(z).to(torch::kFloat32);
  auto ink = (1 - x) * 0.5;  // 1 on black ink, 0 on white paper
  VaeLossParts p;
  p.recon = ((1 + o.ink_weight * ink) * (xr - x).abs()).mean();
  p.kl = 0.5 * (mean.pow(2) + logvar.exp() - 1 - logvar).mean();
  p.edge = (sobel(xr, false) - sobel(x, false)).abs().mean() + (sobel(xr, true) - sobel(x, true)).abs().mean();
  p.total = p.recon + o.kl_weight * p.kl + o.edge_weight * p.edge;
  return p;
}

Trainer::Trainer(std::shared_ptr<ModelCore> core, const std::string& kind, const TrainOptions& o)
    : core_(std::move(core)), kind_(kind), o_(o), gen_(at::detail::createCPUGenerator(o.seed)) {
  if (kind_ != "vae" && kind_ != "unet") fail(Status::Invalid, "trainer kind must be \"vae\" or \"unet\"");
  std::unique_lock<std::shared_mutex> lk(core_->mu);
  auto& net = *core_->net;
  auto add = [&](torch::nn::Module& mod, const std::string& prefix) {
    for (const auto& p : mod.named_parameters(true)) params_.emplace_back(prefix + "." + p.key(), p.value());
  };
  if (kind_ == "vae") {
    add(*net.vae, "vae");
  } else {
    add(*net.unet, "unet");
    add(*net.text, "text");
  }
  torch::NoGradGuard ng;
  for (const auto& p : params_) {
    p.second.set_requires_grad(true);
    m_.push_back(torch::zeros_like(p.second));
    v_.push_back(torch::zeros_like(p.second));
    ema_.push_back(p.second.detach().clone());
  }
}

StepStats Trainer::vae_step(const torch::Tensor& images, double lr) {
  if (kind_ != "vae") fail(Status::Invalid, "vae_step on a " + kind_ + " trainer");
  std::unique_lock<std::shared_mutex> lk(core_->mu);
  auto& net = *core_->net;
  const int64_t f = net.cfg.vae.downsample();
  if (!images.defined() || images.dim() != 4 || images.size(1) != 1 || images.size(0) < 1 || images.size(2) % f ||
      images.size(3) % f || images.size(2) < f || images.size(3) < f)
    fail(Status::Invalid, "vae_step: images must be [N,1,H,W] with H, W multiples of " + std::to_string(f));
  const auto dev = core_->device;
  auto x = images.to(dev, torch::kFloat32) * 2 - 1;
  auto eps = torch::randn({images.size(0), net.cfg.vae.latent_ch, images.size(2) / f, images.size(3) / f}, gen_,
                          torch::TensorOptions().dtype(torch::kFloat32))
                 .to(dev);
  VaeLossParts parts;
  {
    AutocastGuard ag(dev.is_cuda() && o_.bf16);
    parts = vae_loss(net, x, eps, o_);
  }
  StepStats st = finish_micro(parts.total, lr);
  st.recon = parts.recon.item<double>();
  st.kl = parts.kl.item<double>();
  st.edge = parts.edge.item<double>();
  return st;
}

StepStats Trainer::unet_step(const InpaintBatch& b, double lr) {
  if (kind_ != "unet") fail(Status::Invalid, "unet_step on a " + kind_ + " trainer");
  std::unique_lock<std::shared_mutex> lk(core_->mu);
  auto& net = *core_->net;
  check_batch(net.cfg, b, true);
  const auto dev = core_->device;
  const int64_t N = b.images.size(0);
  auto x = b.images.to(dev, torch::kFloat32) * 2 - 1;
  auto mask = b.masks.to(dev, torch::kFloat32).gt(0.5).to(torch::kFloat32);
  auto glyph = b.glyphs.to(dev, torch::kFloat32) * 2 - 1;
  torch::Tensor z0;
  std::vector<torch::Tensor> cond;
  {
    torch::NoGradGuard ng;
    auto enc = net.vae->encode(x);
    auto eps = torch::randn(enc.first.sizes(), gen_, torch::TensorOptions().dtype(torch::kFloat32)).to(dev);
    auto z = enc.first + torch::exp(0.5 * enc.second) * eps;
    // Calibrate once, on a fresh trainer and an uncalibrated model (scale 1),
    // so that fine-tuning a trained UNet keeps the scale it was trained with.
    if (o_.calibrate_latent_scale && step_ == 0 && micro_ == 0 && net.cfg.diffusion.latent_scale == 1.0) {
      const double sd = z.to(torch::kFloat32).std().item<double>();
      if (sd > 1e-6 && std::isfinite(sd)) net.cfg.diffusion.latent_scale = 1.0 / sd;
    }
    z0 = z * net.cfg.diffusion.latent_scale;
    cond = condition_latents(net, x, mask, glyph);
  }
  auto t = torch::randint(0, net.cfg.diffusion.timesteps, {N}, gen_, torch::TensorOptions().dtype(torch::kInt64));
  auto noise = torch::randn(z0.sizes(), gen_, torch::TensorOptions().dtype(torch::kFloat32));
  auto drop = torch::rand({N}, gen_, torch::TensorOptions().dtype(torch::kFloat32)).lt(o_.cond_dropout);
  torch::Tensor loss;
  {
    AutocastGuard ag(dev.is_cuda() && o_.bf16);
    loss = unet_loss(net, z0, cond, b.texts, t, noise, drop);
  }
  return finish_micro(loss, lr);
}

StepStats Trainer::finish_micro(const torch::Tensor& loss, double lr) {
  if (!(lr >= 0) || !std::isfinite(lr)) fail(Status::Invalid, "learning rate must be finite and >= 0");
  StepStats st;
  st.loss = loss.item<double>();
  if (!std::isfinite(st.loss)) {
    for (auto& p : params_) p.second.mutable_grad() = torch::Tensor();
    micro_ = 0;
    fail(Status::Runtime, "non-finite loss; accumulated gradients dropped");
  }
  (loss / static_cast<double>(o_.accum)).backward();
  if (++micro_ >= o_.accum) {
    std::vector<torch::Tensor> grads;
    for (auto& p : params_)
      if (p.second.grad().defined()) grads.push_back(p.second);
    if (o_.grad_clip > 0) {
      st.grad_norm = torch::nn::utils::clip_grad_norm_(grads, o_.grad_clip);
    } else {
      double s = 0;
      for (auto& g : grads) s += g.grad().to(torch::kFloat64).pow(2).sum().item<double>();
      st.grad_norm = std::sqrt(s);
    }
    optimizer_step(lr);
    micro_ = 0;
    st.stepped = true;
  }
  st.step = step_;
  return st;
}

void Trainer::optimizer_step(double lr) {
  torch::NoGradGuard ng;
  ++step_;
  const double bc1 = 1 - std::pow(o_.beta1, static_cast<double>(step_));
  const double bc2 = 1 - std::pow(o_.beta2, static_cast<double>(step_));
  const double d = std::min(o_.ema_decay, (1.0 + static_cast<double>(step_)) / (10.0 + static_cast<double>(step_)));
  for (size_t i = 0; i < params_.size(); ++i) {
    auto& p = params_[i].second;
    auto g = p.grad();
    if (g.defined()) {
      g = g.to(torch::kFloat32);
      m_[i].mul_(o_.beta1).add_(g, 1 - o_.beta1);
      v_[i].mul_(o_.beta2).addcmul_(g, g, 1 - o_.beta2);
      if (p.dim() >= 2 && o_.weight_decay > 0) p.mul_(1 - lr * o_.weight_decay);
      auto denom = (v_[i] / bc2).sqrt_().add_(o_.eps);
      p.addcdiv_(m_[i], denom, -lr / bc1);
      p.mutable_grad() = torch::Tensor();
    }
    ema_[i].mul_(d).add_(p.detach(), 1 - d);
  }
}

void Trainer::save(const std::string& dir) {
  std::shared_lock<std::shared_mutex> lk(core_->mu);
  if (micro_ != 0) fail(Status::Invalid, "trainer save: in the middle of gradient accumulation; save after a step");
  save_checkpoint(*core_->net, dir);
  NamedTensors ema, opt;
  for (size_t i = 0; i < params_.size(); ++i) {
    ema.emplace_back(params_[i].first, ema_[i]);
    opt.emplace_back("m." + params_[i].first, m_[i]);
    opt.emplace_back("v." + params_[i].first, v_[i]);
  }
  opt.emplace_back("rng_state", gen_.get_state());
  write_safetensors(dir + "/ema.safetensors", ema);
  write_safetensors(dir + "/optim.safetensors", opt);
  Json j = Json::object();
  j["kind"] = kind_;
  j["step"] = step_;
  j["options"] = o_.to_json();
  write_text_file(dir + "/trainer.json", j.dump(2) + "\n");
}

void Trainer::load(const std::string& dir) {
  std::unique_lock<std::shared_mutex> lk(core_->mu);
  auto& net = *core_->net;
  const std::string tj = dir + "/trainer.json";
  Json j;
  try {
    j = Json::parse(read_text_file(tj, 1u << 20));
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    fail(Status::Checkpoint, "trainer state " + tj + ": " + e.what());
  }
  std::string kind;
  int64_t step = 0;
  try {
    kind = j.at("kind").as_string("kind");
    step = j.at("step").as_int("step");
  } catch (const std::exception& e) {
    fail(Status::Checkpoint, "trainer state " + tj + ": " + e.what());
  }
  if (kind != kind_) fail(Status::Checkpoint, "trainer state " + tj + ": kind is " + kind + ", this trainer is " + kind_);
  if (step < 0) fail(Status::Checkpoint, "trainer state " + tj + ": negative step");
  Config cfg = read_config_file(dir + "/config.json");
  const std::string mf = dir + "/model.safetensors", ef = dir + "/ema.safetensors", of = dir + "/optim.safetensors";
  auto model_t = read_safetensors(mf);
  auto ema_t = read_safetensors(ef);
  auto opt_t = read_safetensors(of);
  // Check everything before changing anything.
  const NamedTensors model_dst = named_parameters(net);
  assign_checked(mf, model_dst, model_t, false);
  NamedTensors ema_dst, opt_dst;
  for (size_t i = 0; i < params_.size(); ++i) {
    ema_dst.emplace_back(params_[i].first, ema_[i]);
    opt_dst.emplace_back("m." + params_[i].first, m_[i]);
    opt_dst.emplace_back("v." + params_[i].first, v_[i]);
  }
  auto rng_it = opt_t.find("rng_state");
  if (rng_it == opt_t.end()) fail(Status::Checkpoint, "checkpoint " + of + ": tensor 'rng_state': missing");
  auto rng = rng_it->second;
  opt_t.erase(rng_it);
  assign_checked(ef, ema_dst, ema_t, false);
  assign_checked(of, opt_dst, opt_t, false);
  auto probe = at::detail::createCPUGenerator(0);
  try {
    probe.set_state(rng);
  } catch (const std::exception&) {
    fail(Status::Checkpoint, "checkpoint " + of + ": tensor 'rng_state': not a CPU generator state");
  }
  assign_checked(mf, model_dst, model_t);
  assign_checked(ef, ema_dst, ema_t);
  assign_checked(of, opt_dst, opt_t);
  gen_.set_state(rng);
  net.cfg.diffusion.latent_scale = cfg.diffusion.latent_scale;
  step_ = step;
  micro_ = 0;
  for (auto& p : params_) p.second.mutable_grad() = torch::Tensor();
}

void Trainer::export_model(const std::string& dir, bool use_ema) {
  std::shared_lock<std::shared_mutex> lk(core_->mu);
  std::map<std::string, torch::Tensor> over;
  if (use_ema)
    for (size_t i = 0; i < params_.size(); ++i) over.emplace(params_[i].first, ema_[i]);
  save_checkpoint(*core_->net, dir, use_ema ? &over : nullptr);
}

}  // namespace anon
