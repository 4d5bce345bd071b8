// C API implementation: every entry point catches everything and turns it
// into a status + thread-local message.
#include "anoncore.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include <torch/torch.h>
#include <torch/version.h>

#ifdef ANON_WITH_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#endif

#include "common/error.h"
#include "common/json.h"
#include "common/ops.h"
#include "diffusion/diffusion.h"
#include "io/safetensors.h"
#include "models/core.h"
#include "train/trainer.h"

struct anon_model {
  std::shared_ptr<anon::ModelCore> core;
};
struct anon_trainer {
  std::unique_ptr<anon::Trainer> trainer;
};

namespace anon {

torch::Device parse_device(const std::string& s) {
  if (s.empty() || s == "auto") return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::kCPU;
  if (s == "cpu") return torch::kCPU;
  if (s.rfind("cuda", 0) == 0) {
    if (!torch::cuda::is_available()) fail(Status::Invalid, "device " + s + " requested but CUDA is not available");
    torch::Device d(s);
    if (d.has_index() && d.index() >= static_cast<int>(torch::cuda::device_count()))
      fail(Status::Invalid, "device " + s + " does not exist");
    return d;
  }
  fail(Status::Invalid, "unknown device \"" + s + "\" (want cpu, cuda, cuda:N or auto)");
}

}  // namespace anon

namespace {

thread_local std::string g_last_error;
std::mutex g_seed_mu;  // torch::manual_seed is process-wide

int set_error(anon::Status code, const std::string& msg) {
  g_last_error = msg;
  return static_cast<int>(code);
}

template <typename F>
int guarded(const char* op, F&& f) {
  try {
    f();
    return ANON_OK;
  } catch (const anon::Error& e) {
    return set_error(e.code(), std::string(op) + ": " + e.what());
  } catch (const std::bad_alloc&) {
    return set_error(anon::Status::OutOfMemory, std::string(op) + ": out of memory");
  } catch (const c10::Error& e) {
    std::string m = e.what_without_backtrace();
    const bool oom = m.find("out of memory") != std::string::npos;
    return set_error(oom ? anon::Status::OutOfMemory : anon::Status::Runtime, std::string(op) + ": " + m);
  } catch (const std::exception& e) {
    return set_error(anon::Status::Runtime, std::string(op) + ": " + e.what());
  } catch (...) {
    return set_error(anon::Status::Runtime, std::string(op) + ": unknown error");
  }
}

void need(bool ok, const char* what) {
  if (!ok) anon::fail(anon::Status::Invalid, what);
}

char* dup_string(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) throw std::bad_alloc();
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

void check_dims(int64_t n, int64_t h, int64_t w) {
  need(n > 0 && h > 0 && w > 0, "n, h and w must be positive");
  need(n <= (1 << 16) && h <= (1 << 14) && w <= (1 << 14), "n, h or w too large");
}

// Wraps a caller buffer (no copy); cloned where the tensor outlives the call.
torch::Tensor wrap(const float* p, std::vector<int64_t> shape) {
  return torch::from_blob(const_cast<float*>(p), shape, torch::kFloat32);
}

void copy_out(const torch::Tensor& t, float* dst) {
  auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
  std::memcpy(dst, c.data_ptr<float>(), static_cast<size_t>(c.numel()) * sizeof(float));
}

std::vector<std::string> read_texts(const char* const* texts, int64_t n) {
  need(texts != nullptr, "texts is NULL");
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    need(texts[i] != nullptr, "a text is NULL");
    out.emplace_back(texts[i]);
  }
  return out;
}

// Wraps the caller's images, masks and glyphs (n*1*h*w each, no copy) and
// reads the n texts into one inpainting batch.
anon::InpaintBatch read_batch(const float* images, const float* masks, const float* glyphs,
                              const char* const* texts, int64_t n, int64_t h, int64_t w) {
  anon::InpaintBatch b;
  b.images = wrap(images, {n, 1, h, w});
  b.masks = wrap(masks, {n, 1, h, w});
  b.glyphs = wrap(glyphs, {n, 1, h, w});
  b.texts = read_texts(texts, n);
  return b;
}

int64_t rss_bytes() {
  std::ifstream f("/proc/self/statm");
  long pages = 0, resident = 0;
  if (!(f >> pages >> resident)) return 0;
  return static_cast<int64_t>(resident) * static_cast<int64_t>(sysconf(_SC_PAGESIZE));
}

anon::Json params_json(anon::ModelSetImpl& net) {
  anon::Json p = anon::Json::object();
  const int64_t v = anon::count_params(*net.vae), u = anon::count_params(*net.unet), t = anon::count_params(*net.text);
  p["vae"] = v;
  p["unet"] = u;
  p["text"] = t;
  p["total"] = v + u + t;
  return p;
}

}  // namespace

extern "C" {

const char* anon_last_error(void) { return g_last_error.c_str(); }
const char* anon_version(void) { return "0.1.0"; }
int anon_abi_version(void) { return ANON_ABI_VERSION; }
void anon_free(void* p) { std::free(p); }

int anon_build_info(char** json_out) {
  return guarded("build_info", [&] {
    need(json_out != nullptr, "json_out is NULL");
    anon::Json j = anon::Json::object();
    j["version"] = anon_version();
    j["abi"] = ANON_ABI_VERSION;
    j["torch"] = TORCH_VERSION;
#ifdef ANON_WITH_CUDA
    j["cuda_built"] = true;
#else
    j["cuda_built"] = false;
#endif
    const bool cuda = torch::cuda::is_available();
    j["cuda_available"] = cuda;
    j["cuda_devices"] = static_cast<int64_t>(cuda ? torch::cuda::device_count() : 0);
    j["threads"] = static_cast<int64_t>(at::get_num_threads());
    j["fused_kernels"] = anon::have_fused_kernels();
    *json_out = dup_string(j.dump());
  });
}

int anon_set_threads(int n) {
  return guarded("set_threads", [&] {
    need(n >= 1 && n <= 1024, "threads must be in [1, 1024]");
    at::set_num_threads(n);
  });
}

int anon_memory(int64_t* rss, int64_t* device) {
  return guarded("memory", [&] {
    if (rss) *rss = rss_bytes();
    if (device) {
      *device = 0;
#ifdef ANON_WITH_CUDA
      if (torch::cuda::is_available()) {
        for (int64_t d = 0; d < static_cast<int64_t>(torch::cuda::device_count()); ++d) {
          auto st = c10::cuda::CUDACachingAllocator::getDeviceStats(static_cast<int>(d));
          *device += st.allocated_bytes[0].current;
        }
      }
#endif
    }
  });
}

int anon_model_create(const char* config_json, const char* device, uint64_t seed, anon_model** out) {
  return guarded("model_create", [&] {
    need(out != nullptr, "out is NULL");
    *out = nullptr;
    anon::Json j = anon::Json::object();
    if (config_json && *config_json) {
      try {
        j = anon::Json::parse(config_json);
      } catch (const std::exception& e) {
        anon::fail(anon::Status::Invalid, std::string("config: ") + e.what());
      }
    }
    anon::Config cfg;
    try {
      cfg = anon::Config::from_json(j);
    } catch (const anon::Error&) {
      throw;
    } catch (const std::exception& e) {
      anon::fail(anon::Status::Invalid, std::string("config: ") + e.what());
    }
    const auto dev = anon::parse_device(device ? device : "");
    std::unique_ptr<anon_model> m(new anon_model);
    {
      std::lock_guard<std::mutex> lk(g_seed_mu);
      torch::manual_seed(seed);
      anon::ModelSet net(cfg);
      net->to(dev);
      m->core = std::make_shared<anon::ModelCore>(net, dev);
    }
    *out = m.release();
  });
}

int anon_model_load(const char* dir, const char* device, anon_model** out) {
  return guarded("model_load", [&] {
    need(out != nullptr && dir != nullptr, "dir or out is NULL");
    *out = nullptr;
    const auto dev = anon::parse_device(device ? device : "");
    std::unique_ptr<anon_model> m(new anon_model);
    m->core = std::make_shared<anon::ModelCore>(anon::load_checkpoint(dir, dev), dev);
    *out = m.release();
  });
}

int anon_model_save(anon_model* m, const char* dir) {
  return guarded("model_save", [&] {
    need(m != nullptr && dir != nullptr, "model or dir is NULL");
    std::shared_lock<std::shared_mutex> lk(m->core->mu);
    anon::save_checkpoint(*m->core->net, dir);
  });
}

void anon_model_destroy(anon_model* m) { delete m; }

int anon_model_info(anon_model* m, char** json_out) {
  return guarded("model_info", [&] {
    need(m != nullptr && json_out != nullptr, "model or json_out is NULL");
    std::shared_lock<std::shared_mutex> lk(m->core->mu);
    auto& net = *m->core->net;
    anon::Json j = anon::Json::object();
    j["config"] = net.cfg.to_json();
    j["params"] = params_json(net);
    j["bytes_fp32"] = j["params"].at("total").as_int() * 4;
    j["pixel_multiple"] = net.cfg.pixel_multiple();
    j["downsample"] = net.cfg.vae.downsample();
    j["latent_ch"] = net.cfg.vae.latent_ch;
    j["device"] = m->core->device.str();
    *json_out = dup_string(j.dump());
  });
}

int anon_vae_encode(anon_model* m, const float* images, int64_t n, int64_t h, int64_t w, uint64_t seed,
                    float* mean_out, float* logvar_out, float* z_out) {
  return guarded("vae_encode", [&] {
    need(m != nullptr && images != nullptr, "model or images is NULL");
    check_dims(n, h, w);
    std::shared_lock<std::shared_mutex> lk(m->core->mu);
    auto& net = *m->core->net;
    const int64_t f = net.cfg.vae.downsample();
    if (h % f != 0 || w % f != 0)
      anon::fail(anon::Status::Invalid, "h and w must be multiples of " + std::to_string(f));
    torch::NoGradGuard ng;
    auto x = wrap(images, {n, 1, h, w}).to(m->core->device) * 2 - 1;
    auto enc = net.vae->encode(x);
    if (mean_out) copy_out(enc.first, mean_out);
    if (logvar_out) copy_out(enc.second, logvar_out);
    if (z_out) {
      auto gen = at::detail::createCPUGenerator(seed);
      auto eps = torch::randn(enc.first.sizes(), gen, torch::TensorOptions().dtype(torch::kFloat32));
      copy_out(enc.first.to(torch::kCPU) + torch::exp(0.5 * enc.second.to(torch::kCPU)) * eps, z_out);
    }
  });
}

int anon_vae_decode(anon_model* m, const float* latents, int64_t n, int64_t lh, int64_t lw, float* images_out) {
  return guarded("vae_decode", [&] {
    need(m != nullptr && latents != nullptr && images_out != nullptr, "model, latents or images_out is NULL");
    check_dims(n, lh, lw);
    std::shared_lock<std::shared_mutex> lk(m->core->mu);
    torch::NoGradGuard ng;
    auto& net = *m->core->net;
    auto z = wrap(latents, {n, net.cfg.vae.latent_ch, lh, lw}).to(m->core->device);
    copy_out((net.vae->decode(z).clamp(-1, 1) + 1) / 2, images_out);
  });
}

int anon_sample(anon_model* m, const float* images, const float* masks, const float* glyphs, const char* const* texts,
                int64_t n, int64_t h, int64_t w, const anon_sample_opts* opts, float* out) {
  return guarded("sample", [&] {
    need(m && images && masks && glyphs && opts && out, "a required pointer is NULL");
    check_dims(n, h, w);
    anon::InpaintBatch b = read_batch(images, masks, glyphs, texts, n, h, w);
    anon::SampleOptions o;
    o.steps = opts->steps;
    o.eta = opts->eta;
    o.guidance = opts->guidance;
    o.seed = opts->seed;
    if (opts->seeds) o.seeds.assign(opts->seeds, opts->seeds + n);
    switch (opts->sampler) {
      case ANON_SAMPLER_DDIM:
        o.sampler = anon::Sampler::Ddim;
        break;
      case ANON_SAMPLER_DPMPP2M:
        o.sampler = anon::Sampler::DpmPP2M;
        break;
      default:
        anon::fail(anon::Status::Invalid, "unknown sampler " + std::to_string(opts->sampler));
    }
    std::shared_lock<std::shared_mutex> lk(m->core->mu);
    copy_out(anon::inpaint_sample(*m->core->net, b, o), out);
  });
}

int anon_trainer_create(anon_model* m, const char* kind, const char* opts_json, anon_trainer** out) {
  return guarded("trainer_create", [&] {
    need(m != nullptr && kind != nullptr && out != nullptr, "model, kind or out is NULL");
    *out = nullptr;
    anon::Json j;
    if (opts_json && *opts_json) {
      try {
        j = anon::Json::parse(opts_json);
      } catch (const std::exception& e) {
        anon::fail(anon::Status::Invalid, std::string("trainer options: ") + e.what());
      }
    }
    auto o = anon::TrainOptions::from_json(j);
    std::unique_ptr<anon_trainer> t(new anon_trainer);
    t->trainer = std::make_unique<anon::Trainer>(m->core, kind, o);
    *out = t.release();
  });
}

void anon_trainer_destroy(anon_trainer* t) { delete t; }

namespace {
void fill_stats(const anon::StepStats& s, anon_train_stats* out) {
  if (!out) return;
  out->loss = static_cast<float>(s.loss);
  out->recon = static_cast<float>(s.recon);
  out->kl = static_cast<float>(s.kl);
  out->edge = static_cast<float>(s.edge);
  out->grad_norm = static_cast<float>(s.grad_norm);
  out->stepped = s.stepped ? 1 : 0;
  out->step = s.step;
}
}  // namespace

int anon_trainer_vae_step(anon_trainer* t, const float* images, int64_t n, int64_t h, int64_t w, float lr,
                          anon_train_stats* out) {
  return guarded("trainer_vae_step", [&] {
    need(t != nullptr && images != nullptr, "trainer or images is NULL");
    check_dims(n, h, w);
    fill_stats(t->trainer->vae_step(wrap(images, {n, 1, h, w}), lr), out);
  });
}

int anon_trainer_unet_step(anon_trainer* t, const float* images, const float* masks, const float* glyphs,
                           const char* const* texts, int64_t n, int64_t h, int64_t w, float lr,
                           anon_train_stats* out) {
  return guarded("trainer_unet_step", [&] {
    need(t && images && masks && glyphs, "a required pointer is NULL");
    check_dims(n, h, w);
    anon::InpaintBatch b = read_batch(images, masks, glyphs, texts, n, h, w);
    fill_stats(t->trainer->unet_step(b, lr), out);
  });
}

int anon_trainer_save(anon_trainer* t, const char* dir) {
  return guarded("trainer_save", [&] {
    need(t != nullptr && dir != nullptr, "trainer or dir is NULL");
    t->trainer->save(dir);
  });
}

int anon_trainer_load(anon_trainer* t, const char* dir) {
  return guarded("trainer_load", [&] {
    need(t != nullptr && dir != nullptr, "trainer or dir is NULL");
    t->trainer->load(dir);
  });
}

int anon_trainer_export(anon_trainer* t, const char* dir, int use_ema) {
  return guarded("trainer_export", [&] {
    need(t != nullptr && dir != nullptr, "trainer or dir is NULL");
    t->trainer->export_model(dir, use_ema != 0);
  });
}

}  // extern "C"
