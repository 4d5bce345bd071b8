// Self-checking tests of the native core. Usage: anoncore_test <case>.
// Each case exits non-zero with a message on failure (registered in ctest).
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "anoncore.h"
#include "common/error.h"
#include "common/ops.h"
#include "diffusion/diffusion.h"
#include "io/safetensors.h"
#include "models/core.h"
#include "models/models.h"
#include "train/trainer.h"

using namespace anon;

#define T_CHECK(cond)                                                             \
  do {                                                                          \
    if (!(cond)) {                                                              \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::exit(1);                                                             \
    }                                                                           \
  } while (0)

namespace {

double secs_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Text-like crops: white paper with dark 3x5 pseudo-glyphs scaled by 2.
torch::Tensor synth_text(int64_t n, int64_t h, int64_t w, uint32_t seed) {
  std::mt19937 rng(seed);
  auto img = torch::ones({n, 1, h, w});
  auto a = img.accessor<float, 4>();
  const int64_t top = (h - 10) / 2;
  for (int64_t i = 0; i < n; ++i) {
    const float ink = 0.05f + 0.2f * static_cast<float>(rng() % 100) / 100.0f;
    for (int64_t x0 = 2; x0 + 6 <= w - 2; x0 += 8) {
      const uint32_t bits = rng();
      for (int gy = 0; gy < 5; ++gy)
        for (int gx = 0; gx < 3; ++gx)
          if (bits >> (gy * 3 + gx) & 1)
            for (int dy = 0; dy < 2; ++dy)
              for (int dx = 0; dx < 2; ++dx) a[i][0][top + gy * 2 + dy][x0 + gx * 2 + dx] = ink;
    }
  }
  return img;
}

torch::Tensor center_mask(int64_t n, int64_t h, int64_t w) {
  auto m = torch::zeros({n, 1, h, w});
  m.index_put_({torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(),
                torch::indexing::Slice(w / 4, 3 * w / 4)},
               1.0);
  return m;
}

InpaintBatch make_batch(int64_t n, int64_t h, int64_t w, uint32_t seed) {
  InpaintBatch b;
  b.images = synth_text(n, h, w, seed);
  b.masks = center_mask(n, h, w);
  b.glyphs = synth_text(n, h, w, seed + 1000);
  const char* words[] = {"Jane Doe", "12 Rue de l'Église", "+44 20 7946 0958", "Zoë Ünal", "ID 4921-ABC", ""};
  for (int64_t i = 0; i < n; ++i) b.texts.push_back(words[i % 6]);
  return b;
}

std::shared_ptr<ModelCore> make_core(const std::string& preset, uint64_t seed) {
  torch::manual_seed(seed);
  return std::make_shared<ModelCore>(ModelSet(Config::preset_config(preset)), torch::kCPU);
}

std::string tmpdir(const std::string& name) {
  char buf[] = "/tmp/anoncore_test_XXXXXX";
  const char* d = mkdtemp(buf);
  T_CHECK(d != nullptr);
  return std::string(d) + "/" + name;
}

template <typename F>
Error expect_error(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  std::fprintf(stderr, "expected an anon::Error, got none\n");
  std::exit(1);
}

bool contains(const std::string& s, const std::string& sub) { return s.find(sub) != std::string::npos; }

// ------------------------------------------------------------------ cases

void test_shapes() {
  for (const char* preset : {"tiny", "small", "base"}) {
    auto t0 = std::chrono::steady_clock::now();
    auto core = make_core(preset, 1);
    auto& net = *core->net;
    const int64_t N = 2, H = 32, W = 64, lc = net.cfg.vae.latent_ch;
    auto b = make_batch(N, H, W, 7);
    auto x = b.images * 2 - 1;
    auto enc = net.vae->encode(x);
    T_CHECK(enc.first.sizes() == torch::IntArrayRef({N, lc, H / 4, W / 4}));
    T_CHECK(enc.second.sizes() == enc.first.sizes());
    auto dec = net.vae->decode(enc.first);
    T_CHECK(dec.sizes() == torch::IntArrayRef({N, 1, H, W}));
    (dec.pow(2).mean() + enc.second.mean()).backward();
    for (const auto& p : net.vae->named_parameters()) {
      T_CHECK(p.value().grad().defined());
      T_CHECK(p.value().grad().sizes() == p.value().sizes());
    }
    auto cond = condition_latents(net, x, b.masks, b.glyphs * 2 - 1);
    auto tok = TextEncoderImpl::tokenize(b.texts, net.cfg.text.max_len);
    auto ctx = net.text->forward(tok);
    T_CHECK(ctx.first.sizes() == torch::IntArrayRef({N, net.cfg.text.max_len, net.cfg.text.dim}));
    auto in = torch::cat({torch::randn({N, lc, H / 4, W / 4}), cond[0], cond[1], cond[2]}, 1);
    T_CHECK(in.size(1) == net.unet->in_channels());
    auto out = net.unet->forward(in, torch::tensor({10.f, 900.f}), ctx.first, ctx.second);
    T_CHECK(out.sizes() == torch::IntArrayRef({N, lc, H / 4, W / 4}));
    // conv_out and the attention proj_out are zero-initialised: perturb them
    // so that gradients reach every layer.
    {
      torch::NoGradGuard ng;
      for (auto& p : net.unet->parameters())
        if (p.dim() >= 2 && p.abs().sum().item<double>() == 0) p.normal_(0, 0.02);
    }
    out = net.unet->forward(in, torch::tensor({10.f, 900.f}), ctx.first, ctx.second);
    out.pow(2).mean().backward();
    int64_t nonzero = 0, total = 0;
    for (auto* mod : {static_cast<torch::nn::Module*>(net.unet.get()), static_cast<torch::nn::Module*>(net.text.get())})
      for (const auto& p : mod->named_parameters()) {
        T_CHECK(p.value().grad().defined());
        T_CHECK(p.value().grad().sizes() == p.value().sizes());
        ++total;
        nonzero += p.value().grad().abs().sum().item<double>() > 0;
      }
    std::printf("shapes %s: vae %lld unet %lld text %lld params, %lld/%lld unet+text grads non-zero, %.1fs\n", preset,
                (long long)count_params(*net.vae), (long long)count_params(*net.unet),
                (long long)count_params(*net.text), (long long)nonzero, (long long)total, secs_since(t0));
    T_CHECK(nonzero == total);
  }
}

void test_tokenize() {
  // "Zoë" = Z o C3 AB: the role embedding marks ASCII, lead and continuation.
  auto t = TextEncoderImpl::tokenize({"Zo\xC3\xAB", ""}, 8);
  auto ids = t.ids[0], roles = t.roles[0];
  T_CHECK(ids[0].item<int64_t>() == kTokBos && ids[1].item<int64_t>() == 'Z' && ids[3].item<int64_t>() == 0xC3 &&
          ids[4].item<int64_t>() == 0xAB && ids[5].item<int64_t>() == kTokPad);
  T_CHECK(roles[1].item<int64_t>() == 1 && roles[3].item<int64_t>() == 2 && roles[4].item<int64_t>() == 3 &&
          roles[5].item<int64_t>() == 0);
  // The null text is BOS alone.
  T_CHECK(t.ids[1][0].item<int64_t>() == kTokBos && t.ids[1][1].item<int64_t>() == kTokPad);
  // Truncation never splits a character: 3 byte slots cannot hold Z o C3 AB.
  auto c = TextEncoderImpl::tokenize({"Zo\xC3\xAB"}, 4);
  T_CHECK(c.ids[0][2].item<int64_t>() == 'o' && c.ids[0][3].item<int64_t>() == kTokPad);
  // Longer texts are cut to max_len - 1 bytes.
  auto l = TextEncoderImpl::tokenize({std::string(100, 'x')}, 16);
  T_CHECK(l.ids.size(1) == 16 && l.ids[0][15].item<int64_t>() == 'x');
  std::printf("tokenize ok\n");
}

void test_overfit_vae() {
  auto core = make_core("tiny", 2);
  TrainOptions o;
  o.ema_decay = 0.9;
  Trainer tr(core, "vae", o);
  auto images = synth_text(8, 32, 64, 3);
  auto t0 = std::chrono::steady_clock::now();
  double first = 0, last = 0;
  const int steps = 300;
  for (int s = 0; s < steps; ++s) {
    const double lr = 3e-3 * std::min(1.0, (s + 1) / 20.0);
    auto st = tr.vae_step(images, lr);
    T_CHECK(st.stepped && st.step == s + 1);
    if (s == 0) first = st.loss;
    if (s >= steps - 10) last += st.loss / 10;
  }
  std::printf("overfit_vae tiny: loss %.4f -> %.4f (x%.1f) in %d steps, %.1fs\n", first, last, first / last, steps,
              secs_since(t0));
  T_CHECK(first / last >= 10.0);
}

void test_overfit_unet() {
  auto core = make_core("tiny", 3);
  auto& net = *core->net;
  auto b = make_batch(8, 32, 64, 4);
  auto x = b.images * 2 - 1;
  torch::Tensor z0;
  std::vector<torch::Tensor> cond;
  {
    torch::NoGradGuard ng;
    z0 = net.vae->encode(x).first;
    net.cfg.diffusion.latent_scale = 1.0 / z0.std().item<double>();
    z0 = z0 * net.cfg.diffusion.latent_scale;
    cond = condition_latents(net, x, b.masks, b.glyphs * 2 - 1);
  }
  torch::manual_seed(5);
  auto t = torch::randint(0, 1000, {8}, torch::kInt64);
  auto noise = torch::randn(z0.sizes());
  auto drop = torch::zeros({8}, torch::kBool);
  std::vector<torch::Tensor> params;
  for (auto& p : net.unet->parameters()) params.push_back(p);
  for (auto& p : net.text->parameters()) params.push_back(p);
  torch::optim::Adam opt(params, torch::optim::AdamOptions(3e-3));
  auto t0 = std::chrono::steady_clock::now();
  double first = 0, last = 0;
  const int steps = 300;
  for (int s = 0; s < steps; ++s) {
    opt.zero_grad();
    auto loss = unet_loss(net, z0, cond, b.texts, t, noise, drop);
    loss.backward();
    opt.step();
    if (s == 0) first = loss.item<double>();
    if (s >= steps - 10) last += loss.item<double>() / 10;
  }
  std::printf("overfit_unet tiny (fixed t, noise): loss %.4f -> %.5f (x%.1f) in %d steps, %.1fs\n", first, last,
              first / last, steps, secs_since(t0));
  T_CHECK(first / last >= 10.0);
}

void test_checkpoint_roundtrip() {
  auto core = make_core("tiny", 4);
  const std::string dir = tmpdir("ckpt");
  save_checkpoint(*core->net, dir);
  auto loaded = load_checkpoint(dir, torch::kCPU);
  auto a = named_parameters(*core->net), bnt = named_parameters(*loaded);
  T_CHECK(a.size() == bnt.size());
  for (size_t i = 0; i < a.size(); ++i) {
    T_CHECK(a[i].first == bnt[i].first);
    T_CHECK(torch::equal(a[i].second, bnt[i].second));
  }
  T_CHECK(loaded->cfg.to_json().dump() == core->net->cfg.to_json().dump());

  // Raw safetensors with several dtypes, bit-exact.
  NamedTensors ts = {{"f32", torch::randn({3, 5})},
                     {"bf16", torch::randn({7}).to(torch::kBFloat16)},
                     {"i64", torch::arange(10)},
                     {"u8", torch::randint(0, 255, {4, 4}).to(torch::kUInt8)},
                     {"empty", torch::zeros({0, 3})}};
  write_safetensors(dir + "/x.safetensors", ts, {{"k", "v"}});
  std::map<std::string, std::string> md;
  auto back = read_safetensors(dir + "/x.safetensors", &md);
  T_CHECK(md["k"] == "v");
  for (const auto& kv : ts) {
    T_CHECK(back.count(kv.first));
    T_CHECK(back[kv.first].scalar_type() == kv.second.scalar_type());
    T_CHECK(torch::equal(back[kv.first], kv.second));
  }

  // Exact trainer resume: 3 steps, save, 3 steps; reload and redo the 3.
  TrainOptions o;
  o.seed = 9;
  o.accum = 2;
  auto run = [&](Trainer& tr, int n, uint32_t seed0) {
    std::vector<double> losses;
    for (int i = 0; i < n; ++i) {
      auto b = make_batch(4, 32, 64, seed0 + static_cast<uint32_t>(i));
      losses.push_back(tr.unet_step(b, 1e-3).loss);
    }
    return losses;
  };
  auto c1 = make_core("tiny", 5);
  Trainer t1(c1, "unet", o);
  run(t1, 4, 100);
  t1.save(dir + "/train");
  auto after1 = run(t1, 4, 200);
  auto c2 = make_core("tiny", 77);  // different init, overwritten by load
  Trainer t2(c2, "unet", o);
  t2.load(dir + "/train");
  T_CHECK(t2.step() == 2);
  auto after2 = run(t2, 4, 200);
  for (size_t i = 0; i < after1.size(); ++i) {
    std::printf("resume step %zu: %.9g vs %.9g\n", i, after1[i], after2[i]);
    T_CHECK(after1[i] == after2[i]);
  }
  auto p1 = named_parameters(*c1->net), p2 = named_parameters(*c2->net);
  for (size_t i = 0; i < p1.size(); ++i) T_CHECK(torch::equal(p1[i].second, p2[i].second));
  // Saving mid-accumulation is refused.
  auto b = make_batch(4, 32, 64, 1);
  t2.unet_step(b, 1e-3);
  T_CHECK(expect_error([&] { t2.save(dir + "/mid"); }).code() == Status::Invalid);
  // EMA export loads as a model.
  t1.export_model(dir + "/export", true);
  auto ex = load_checkpoint(dir + "/export", torch::kCPU);
  T_CHECK(ex->cfg.diffusion.latent_scale == c1->net->cfg.diffusion.latent_scale);
  // The first UNet step calibrated the latent scale; a new trainer on the
  // calibrated model keeps it.
  const double scale = c1->net->cfg.diffusion.latent_scale;
  T_CHECK(scale != 1.0 && scale > 0);
  Trainer t3(c1, "unet", o);
  t3.unet_step(make_batch(4, 32, 64, 5), 1e-3);
  T_CHECK(c1->net->cfg.diffusion.latent_scale == scale);
  std::printf("checkpoint_roundtrip ok (latent_scale %.4f)\n", scale);
}

void test_checkpoint_errors() {
  auto core = make_core("tiny", 6);
  const std::string dir = tmpdir("bad");
  save_checkpoint(*core->net, dir);
  const std::string f = dir + "/model.safetensors";
  std::string bytes = read_text_file(f);

  // Truncated file.
  write_text_file(f, bytes.substr(0, bytes.size() - 100));
  auto e = expect_error([&] { load_checkpoint(dir, torch::kCPU); });
  std::printf("truncated: %s\n", e.what());
  T_CHECK(e.code() == Status::Checkpoint && contains(e.what(), "outside the data"));
  // Garbage header.
  std::string g = bytes;
  for (size_t i = 8; i < 40; ++i) g[i] = '#';
  write_text_file(f, g);
  e = expect_error([&] { load_checkpoint(dir, torch::kCPU); });
  std::printf("garbage: %s\n", e.what());
  T_CHECK(e.code() == Status::Checkpoint && contains(e.what(), "malformed header"));
  // Huge header length.
  g = bytes;
  g[7] = '\x7f';
  write_text_file(f, g);
  e = expect_error([&] { load_checkpoint(dir, torch::kCPU); });
  T_CHECK(e.code() == Status::Checkpoint && contains(e.what(), "header length"));
  // Too short.
  write_text_file(f, "abc");
  e = expect_error([&] { load_checkpoint(dir, torch::kCPU); });
  T_CHECK(e.code() == Status::Checkpoint);
  // Mismatched architecture: tiny weights under a config with wider UNet.
  write_text_file(f, bytes);
  auto cfg = core->net->cfg;
  cfg.unet.ch = 32;
  cfg.unet.groups = 8;
  write_text_file(dir + "/config.json", cfg.to_json().dump(2));
  e = expect_error([&] { load_checkpoint(dir, torch::kCPU); });
  std::printf("mismatch: %.300s\n", e.what());
  T_CHECK(e.code() == Status::Checkpoint && contains(e.what(), "expected shape") && contains(e.what(), "unet."));
  // Bad config JSON and unknown keys.
  write_text_file(dir + "/config.json", "{\"preset\": \"tiny\", \"unet\": {\"chanels\": 3}}");
  e = expect_error([&] { load_checkpoint(dir, torch::kCPU); });
  T_CHECK(e.code() == Status::Checkpoint && contains(e.what(), "unknown key"));
  write_text_file(dir + "/config.json", "{\"preset\": ");
  e = expect_error([&] { load_checkpoint(dir, torch::kCPU); });
  T_CHECK(e.code() == Status::Checkpoint);
  // Missing directory is an I/O error.
  e = expect_error([&] { load_checkpoint(dir + "/nope", torch::kCPU); });
  T_CHECK(e.code() == Status::Io);
  std::printf("checkpoint_errors ok\n");
}

void test_ddim_deterministic() {
  auto core = make_core("tiny", 8);
  auto& net = *core->net;
  // Random conv_out so the sampler does something non-trivial.
  {
    torch::NoGradGuard ng;
    net.unet->conv_out->weight.normal_(0, 0.05);
  }
  auto b = make_batch(3, 32, 64, 11);
  SampleOptions o;
  o.steps = 8;
  o.guidance = 2.0;
  o.eta = 0.5;
  o.seed = 42;
  auto a = inpaint_sample(net, b, o);
  auto c = inpaint_sample(net, b, o);
  T_CHECK(a.sizes() == b.images.sizes());
  T_CHECK(torch::equal(a, c));
  o.seed = 43;
  auto d = inpaint_sample(net, b, o);
  T_CHECK(!torch::equal(a, d));
  // Outside the mask the input is kept exactly.
  auto keep = b.masks.lt(0.5);
  T_CHECK(torch::equal(a.masked_select(keep), b.images.masked_select(keep)));
  T_CHECK(a.min().item<float>() >= 0 && a.max().item<float>() <= 1);
  // Bad sizes are errors.
  auto bad = make_batch(1, 30, 64, 1);
  T_CHECK(expect_error([&] { inpaint_sample(net, bad, o); }).code() == Status::Invalid);
  std::printf("ddim_deterministic ok\n");
}

// Batch-independence (a region's output does not depend on its batch
// neighbours) and the DPM-Solver++(2M) sampler.
void test_sampler_regions() {
  auto core = make_core("tiny", 8);
  auto& net = *core->net;
  {
    torch::NoGradGuard ng;
    net.unet->conv_out->weight.normal_(0, 0.05);
  }
  auto b = make_batch(3, 32, 64, 11);
  for (auto sampler : {Sampler::Ddim, Sampler::DpmPP2M}) {
    SampleOptions o;
    o.steps = 6;
    o.guidance = 2.0;
    o.sampler = sampler;
    o.seeds = {5, 6, 7};
    auto all = inpaint_sample(net, b, o);
    InpaintBatch one{b.images.narrow(0, 1, 1), b.masks.narrow(0, 1, 1), b.glyphs.narrow(0, 1, 1), {b.texts[1]}};
    o.seeds = {6};
    auto alone = inpaint_sample(net, one, o);
    const float diff = (all.narrow(0, 1, 1) - alone).abs().max().item<float>();
    std::printf("sampler %d: region alone vs in a batch of 3: max diff %.2e\n", static_cast<int>(sampler), diff);
    T_CHECK(diff < 1e-4);
    // Without per-region seeds region i uses seed + i.
    o.seeds.clear();
    o.seed = 5;
    T_CHECK(torch::allclose(inpaint_sample(net, b, o), all, 0, 1e-4));
    auto keep = b.masks.lt(0.5);
    T_CHECK(torch::equal(all.masked_select(keep), b.images.masked_select(keep)));
    T_CHECK(all.min().item<float>() >= 0 && all.max().item<float>() <= 1);
  }
  SampleOptions bad;
  bad.sampler = Sampler::DpmPP2M;
  bad.eta = 0.5;
  T_CHECK(expect_error([&] { inpaint_sample(net, b, bad); }).code() == Status::Invalid);
  bad.eta = 0;
  bad.seeds = {1, 2};
  T_CHECK(expect_error([&] { inpaint_sample(net, b, bad); }).code() == Status::Invalid);
  std::printf("sampler_regions ok\n");
}

void test_capi() {
  T_CHECK(anon_abi_version() == ANON_ABI_VERSION);
  char* info = nullptr;
  T_CHECK(anon_build_info(&info) == ANON_OK);
  std::printf("build: %s\n", info);
  anon_free(info);
  anon_model* m = nullptr;
  T_CHECK(anon_model_create("{\"preset\":\"tiny\"}", "cpu", 1, &m) == ANON_OK && m);
  T_CHECK(anon_model_info(m, &info) == ANON_OK);
  T_CHECK(contains(info, "\"total\"") && contains(info, "\"downsample\":4"));
  anon_free(info);
  const int64_t n = 2, h = 32, w = 64;
  auto b = make_batch(n, h, w, 3);
  std::vector<const char*> texts;
  for (auto& s : b.texts) texts.push_back(s.c_str());
  std::vector<float> out(n * h * w);
  anon_sample_opts o{4, 0.0f, 1.5f, 7};
  T_CHECK(anon_sample(m, b.images.data_ptr<float>(), b.masks.data_ptr<float>(), b.glyphs.data_ptr<float>(), texts.data(),
                    n, h, w, &o, out.data()) == ANON_OK);
  // Bad shape -> status + message, no crash.
  T_CHECK(anon_sample(m, b.images.data_ptr<float>(), b.masks.data_ptr<float>(), b.glyphs.data_ptr<float>(), texts.data(),
                    n, h, 30, &o, out.data()) == ANON_ERR_INVALID);
  T_CHECK(contains(anon_last_error(), "multiple of"));
  anon_sample_opts bad_sampler = o;
  bad_sampler.sampler = 9;
  T_CHECK(anon_sample(m, b.images.data_ptr<float>(), b.masks.data_ptr<float>(), b.glyphs.data_ptr<float>(),
                      texts.data(), n, h, w, &bad_sampler, out.data()) == ANON_ERR_INVALID);
  T_CHECK(anon_model_create("{\"preset\":\"huge\"}", "cpu", 1, &m) == ANON_ERR_INVALID);
  T_CHECK(anon_model_load("/nonexistent/dir", "cpu", &m) == ANON_ERR_IO);
  std::vector<float> mean(n * 4 * (h / 4) * (w / 4)), img(n * h * w);
  anon_model* m2 = nullptr;
  T_CHECK(anon_model_create("{\"preset\":\"tiny\"}", "cpu", 1, &m2) == ANON_OK);
  T_CHECK(anon_vae_encode(m2, b.images.data_ptr<float>(), n, h, w, 0, mean.data(), nullptr, nullptr) == ANON_OK);
  T_CHECK(anon_vae_decode(m2, mean.data(), n, h / 4, w / 4, img.data()) == ANON_OK);
  T_CHECK(anon_vae_encode(m2, b.images.data_ptr<float>(), n, h, 30, 0, mean.data(), nullptr, nullptr) ==
          ANON_ERR_INVALID);
  T_CHECK(contains(anon_last_error(), "multiples of 4"));
  anon_trainer* t = nullptr;
  T_CHECK(anon_trainer_create(m2, "vae", "{\"accum\":1}", &t) == ANON_OK);
  anon_train_stats st{};
  T_CHECK(anon_trainer_vae_step(t, b.images.data_ptr<float>(), n, h, w, 1e-3f, &st) == ANON_OK);
  T_CHECK(st.stepped == 1 && st.step == 1 && st.loss > 0);
  T_CHECK(anon_trainer_unet_step(t, b.images.data_ptr<float>(), b.masks.data_ptr<float>(), b.glyphs.data_ptr<float>(),
                               texts.data(), n, h, w, 1e-3f, &st) == ANON_ERR_INVALID);
  anon_trainer* bad_t = nullptr;
  T_CHECK(anon_trainer_create(m2, "vae", "{\"acum\":1}", &bad_t) == ANON_ERR_INVALID && bad_t == nullptr);
  anon_model_destroy(m2);  // trainer keeps the model alive
  T_CHECK(anon_trainer_vae_step(t, b.images.data_ptr<float>(), n, h, w, 1e-3f, &st) == ANON_OK);
  anon_trainer_destroy(t);
  anon_model_destroy(m);
  std::printf("capi ok\n");
}

// The op the models call (common/ops.h: the fused kernel when it is built
// in) against the unfused libtorch reference, forward and backward.
void test_groupnorm_silu() {
  torch::manual_seed(5);
  auto x = torch::randn({2, 64, 8, 32});
  auto wt = 1 + 0.1 * torch::randn({64});
  auto bs = 0.1 * torch::randn({64});
  {
    torch::NoGradGuard ng;
    auto d = group_norm_silu(x, 16, wt, bs) - group_norm_silu_reference(x, 16, wt, bs);
    const double err = d.abs().max().item<double>();
    std::printf("groupnorm_silu: fused kernels %d, forward max abs err %.2g\n", have_fused_kernels() ? 1 : 0, err);
    T_CHECK(err < 1e-5);
  }
  auto gy = torch::randn_like(x);
  auto dx = [&](bool fused) {
    auto xg = x.clone().requires_grad_(true);
    auto y = fused ? group_norm_silu(xg, 16, wt, bs) : group_norm_silu_reference(xg, 16, wt, bs);
    return torch::autograd::grad({y}, {xg}, {gy})[0];
  };
  const double err_dx = (dx(true) - dx(false)).abs().max().item<double>();
  std::printf("groupnorm_silu: backward max abs err %.2g\n", err_dx);
  T_CHECK(err_dx < 1e-4);
  std::printf("groupnorm_silu ok\n");
}

void test_create_destroy() {
  auto rss = [] {
    int64_t r = 0;
    T_CHECK(anon_memory(&r, nullptr) == ANON_OK);
    return r;
  };
  auto cycle = [](int n) {
    for (int i = 0; i < n; ++i) {
      anon_model* m = nullptr;
      T_CHECK(anon_model_create("{\"preset\":\"tiny\"}", "cpu", static_cast<uint64_t>(i), &m) == ANON_OK);
      anon_model_destroy(m);
    }
  };
  cycle(100);  // warm up allocator caches
  const int64_t before = rss();
  auto t0 = std::chrono::steady_clock::now();
  cycle(1000);
  const int64_t after = rss();
  std::printf("create_destroy: 1000 tiny cycles in %.1fs, RSS %.1f MB -> %.1f MB (%+.2f MB)\n", secs_since(t0),
              before / 1e6, after / 1e6, (after - before) / 1e6);
  T_CHECK(after - before < 8 * 1000 * 1000);
}

}  // namespace

int main(int argc, char** argv) {
  const std::map<std::string, std::function<void()>> cases = {
      {"shapes", test_shapes},
      {"tokenize", test_tokenize},
      {"overfit_vae", test_overfit_vae},
      {"overfit_unet", test_overfit_unet},
      {"checkpoint_roundtrip", test_checkpoint_roundtrip},
      {"checkpoint_errors", test_checkpoint_errors},
      {"ddim_deterministic", test_ddim_deterministic},
      {"sampler_regions", test_sampler_regions},
      {"capi", test_capi},
      {"groupnorm_silu", test_groupnorm_silu},
      {"create_destroy", test_create_destroy},
  };
  if (argc != 2 || !cases.count(argv[1])) {
    std::fprintf(stderr, "usage: anoncore_test <case>; cases:");
    for (const auto& kv : cases) std::fprintf(stderr, " %s", kv.first.c_str());
    std::fprintf(stderr, "\n");
    return 2;
  }
  try {
    cases.at(argv[1])();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "unexpected exception: %s\n", e.what());
    return 1;
  }
  return 0;
}
