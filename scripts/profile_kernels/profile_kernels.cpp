// profile_kernels: times the fused GroupNorm+SiLU against libtorch's unfused
// group_norm + silu and prints tables; the LAST line is one JSON object whose
// "groupnorm_silu_speedup" is the geometric mean over shapes of
// reference_time / fused_time (CPU, float32, forward).
//
// Built by the top-level CMakeLists.txt (target profile_kernels, against the
// core's objects); run through scripts/profile_kernels/run.sh.
//
//   profile_kernels [--shapes N,C,H,W[,G];...] [--samples K] [--threads T]
//                   [--device cpu|cuda|all] [--quick] [--system-malloc]
//                   [--clock cpu|wall] [--unet PRESET|none]
//                   [--unet-batch N] [--unet-crop HxW]
//
// Default shapes: N=16, C in {32, 64, 128}, (H, W) in {(8,32), (16,64),
// (32,128)} (the tiny/small/base latent resolutions), groups = min(32, C).
// Each timing is the median of K interleaved samples (reference and fused
// alternate, so machine-load drift affects both alike); one sample repeats
// the op until it lasts at least ~4 ms.
//
// The UNet table (CPU) times the op at every call of one UNet forward of
// the preset's model (default small, on 32 latents: 16 regions of 32x128
// sampled with classifier-free guidance, which runs two passes in one
// batch) and sums the times per forward: "groupnorm_silu_fused_ms",
// "groupnorm_silu_unfused_ms" and their ratio "groupnorm_silu_unet_speedup".
#include <ATen/Parallel.h>
#include <torch/torch.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sstream>
#include <time.h>
#include <string>
#include <vector>

#ifdef ANON_WITH_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <cuda_runtime.h>
#endif

#include "groupnorm_silu.h"
#include "unet_shapes.h"

namespace {

using anon::kernels::group_norm_silu;
using anon::kernels::group_norm_silu_reference;

struct Shape {
  int64_t N, C, H, W, G;
  std::string str() const {
    char b[64];
    std::snprintf(b, sizeof b, "%ldx%ldx%ldx%ld/g%ld", static_cast<long>(N),
                  static_cast<long>(C), static_cast<long>(H),
                  static_cast<long>(W), static_cast<long>(G));
    return b;
  }
  int64_t numel() const { return N * C * H * W; }
};

struct Options {
  std::vector<Shape> shapes;
  int samples = 9;
  int threads = 0;
  bool cpu = true;
  bool cuda = true;
  bool system_malloc = false;
  std::string unet = "small";  // "none" skips the UNet table
  int64_t unet_batch = 32;
  int64_t unet_h = 32, unet_w = 128;
};

std::vector<Shape> default_shapes() {
  std::vector<Shape> s;
  for (int64_t c : {32, 64, 128}) {
    for (auto hw : {std::pair<int64_t, int64_t>{8, 32}, {16, 64}, {32, 128}}) {
      s.push_back({16, c, hw.first, hw.second, std::min<int64_t>(32, c)});
    }
  }
  return s;
}

bool parse_shapes(const std::string& spec, std::vector<Shape>& out) {
  std::stringstream ss(spec);
  std::string item;
  while (std::getline(ss, item, ';')) {
    if (item.empty()) continue;
    std::vector<int64_t> v;
    std::stringstream is(item);
    std::string num;
    while (std::getline(is, num, ',')) {
      char* end = nullptr;
      const long long x = std::strtoll(num.c_str(), &end, 10);
      if (end == num.c_str() || *end != '\0' || x <= 0) return false;
      v.push_back(x);
    }
    if (v.size() != 4 && v.size() != 5) return false;
    const int64_t g = v.size() == 5 ? v[4] : std::min<int64_t>(32, v[1]);
    if (v[1] % g != 0) return false;
    out.push_back({v[0], v[1], v[2], v[3], g});
  }
  return !out.empty();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double geomean(const std::vector<double>& v) {
  if (v.empty()) return 0.0;
  double s = 0.0;
  for (double x : v) s += std::log(x);
  return std::exp(s / static_cast<double>(v.size()));
}

// Process CPU time (all threads) or wall time, in milliseconds. CPU time
// is the default: on a shared machine a descheduled process inflates wall
// time at random, while the CPU time of the op stays put.
bool g_cpu_clock = true;
double now_ms() {
  if (g_cpu_clock) {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
  }
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Milliseconds per call of each function: median over `samples`
// interleaved samples; `iters` calls per sample, chosen so a sample of the
// slowest function lasts >= 4 ms. `sync` runs after each sample (CUDA).
std::vector<double> time_interleaved(
    const std::vector<std::function<void()>>& fns, int samples,
    const std::function<void()>& sync = [] {}) {
  // Warm-up and calibration.
  double slowest = 0.0;
  for (const auto& f : fns) {
    f();
    sync();
    const double t0 = now_ms();
    f();
    sync();
    slowest = std::max(slowest, now_ms() - t0);
  }
  const int iters =
      std::max(1, static_cast<int>(std::ceil(4.0 / std::max(slowest, 1e-3))));
  std::vector<std::vector<double>> t(fns.size());
  for (int s = 0; s < samples; ++s) {
    for (size_t i = 0; i < fns.size(); ++i) {
      sync();
      const double t0 = now_ms();
      for (int k = 0; k < iters; ++k) fns[i]();
      sync();
      t[i].push_back((now_ms() - t0) / iters);
    }
  }
  std::vector<double> out;
  for (auto& v : t) out.push_back(median(v));
  return out;
}

struct CpuResult {
  double ref_fwd, fused_fwd, ref_train, fused_train, err_fwd, err_dx;
};

CpuResult run_cpu(const Shape& s, int samples) {
  torch::manual_seed(7);
  const auto x = torch::randn({s.N, s.C, s.H, s.W});
  const auto w = 1.0 + 0.5 * torch::randn({s.C});
  const auto b = 0.5 * torch::randn({s.C});
  const auto gy = torch::randn({s.N, s.C, s.H, s.W});
  CpuResult r{};
  {
    const torch::NoGradGuard ng;
    const auto yr = group_norm_silu_reference(x, s.G, w, b);
    const auto yf = group_norm_silu(x, s.G, w, b);
    r.err_fwd = (yr - yf).abs().max().item<double>();
    const auto t = time_interleaved(
        {[&] { group_norm_silu_reference(x, s.G, w, b); },
         [&] { group_norm_silu(x, s.G, w, b); }},
        samples);
    r.ref_fwd = t[0];
    r.fused_fwd = t[1];
  }
  // Training step: forward + backward for x, weight, bias.
  const auto xg = x.clone().requires_grad_(true);
  const auto wg = w.clone().requires_grad_(true);
  const auto bg = b.clone().requires_grad_(true);
  auto train = [&](bool fused) {
    const auto y = fused ? group_norm_silu(xg, s.G, wg, bg)
                         : group_norm_silu_reference(xg, s.G, wg, bg);
    return torch::autograd::grad({y}, {xg, wg, bg}, {gy});
  };
  r.err_dx = (train(true)[0] - train(false)[0]).abs().max().item<double>();
  const auto t = time_interleaved({[&] { train(false); }, [&] { train(true); }},
                                  samples);
  r.ref_train = t[0];
  r.fused_train = t[1];
  return r;
}

// Per UNet forward: the op's time summed over its calls, and the largest
// difference between fused and reference outputs.
struct UnetResult {
  double ref_ms = 0, fused_ms = 0, err = 0;
};

// Times the op at every call of one UNet forward of o.unet's model (see
// unet_shapes.h), one row per distinct shape.
UnetResult run_unet(const Options& o) {
  const auto calls =
      profile::unet_groupnorm_shapes(o.unet, o.unet_batch, o.unet_h, o.unet_w);
  std::printf(
      "\nUNet forward: preset %s, %lld latents of %lldx%lld crops (CPU "
      "float32 forward, ms per call)\n",
      o.unet.c_str(), static_cast<long long>(o.unet_batch),
      static_cast<long long>(o.unet_h), static_cast<long long>(o.unet_w));
  std::printf("%-20s %6s | %8s %8s %6s | %8s\n", "shape", "count", "ref fwd",
              "fused", "x", "err fwd");
  torch::manual_seed(7);
  const torch::NoGradGuard ng;
  UnetResult u;
  for (const auto& c : calls) {
    const Shape s{c.n, c.c, c.h, c.w, c.groups};
    const auto x = torch::randn({s.N, s.C, s.H, s.W});
    const auto w = 1.0 + 0.1 * torch::randn({s.C});
    const auto b = 0.1 * torch::randn({s.C});
    const double err = (group_norm_silu_reference(x, s.G, w, b) -
                        group_norm_silu(x, s.G, w, b))
                           .abs()
                           .max()
                           .item<double>();
    const auto t = time_interleaved(
        {[&] { group_norm_silu_reference(x, s.G, w, b); },
         [&] { group_norm_silu(x, s.G, w, b); }},
        o.samples);
    u.ref_ms += t[0] * c.count;
    u.fused_ms += t[1] * c.count;
    u.err = std::max(u.err, err);
    std::printf("%-20s %6d | %8.3f %8.3f %6.2f | %8.1e\n", s.str().c_str(),
                c.count, t[0], t[1], t[0] / t[1], err);
    std::fflush(stdout);
  }
  std::printf(
      "per UNet forward: fused %.2f ms, unfused %.2f ms, speedup %.2fx\n",
      u.fused_ms, u.ref_ms, u.ref_ms / u.fused_ms);
  return u;
}

#ifdef ANON_WITH_CUDA
struct CudaResult {
  double ref_ms, fused_ms, gbps, err, ref_train_ms, fused_train_ms;
};

// cudaEvent timing of `iters` back-to-back calls, median over samples.
double cuda_time_ms(const std::function<void()>& f, int samples) {
  cudaEvent_t a, b;
  cudaEventCreate(&a);
  cudaEventCreate(&b);
  for (int i = 0; i < 3; ++i) f();
  cudaDeviceSynchronize();
  constexpr int kIters = 20;
  std::vector<double> v;
  for (int s = 0; s < samples; ++s) {
    cudaEventRecord(a, at::cuda::getCurrentCUDAStream().stream());
    for (int k = 0; k < kIters; ++k) f();
    cudaEventRecord(b, at::cuda::getCurrentCUDAStream().stream());
    cudaEventSynchronize(b);
    float ms = 0.0f;
    cudaEventElapsedTime(&ms, a, b);
    v.push_back(ms / kIters);
  }
  cudaEventDestroy(a);
  cudaEventDestroy(b);
  return median(v);
}

CudaResult run_cuda(const Shape& s, torch::ScalarType dt, int samples) {
  const auto opts = torch::TensorOptions().device(torch::kCUDA).dtype(dt);
  const auto x = torch::randn({s.N, s.C, s.H, s.W}, opts);
  const auto w = (1.0 + 0.5 * torch::randn({s.C}, opts.dtype(torch::kFloat)));
  const auto b = 0.5 * torch::randn({s.C}, opts.dtype(torch::kFloat));
  const torch::NoGradGuard ng;
  CudaResult r{};
  // libtorch's group_norm wants weight in the input dtype.
  const auto wd = w.to(dt);
  const auto bd = b.to(dt);
  r.err = (group_norm_silu(x, s.G, w, b).to(torch::kFloat) -
           group_norm_silu_reference(x.to(torch::kFloat), s.G, w, b))
              .abs()
              .max()
              .item<double>();
  r.ref_ms = cuda_time_ms([&] { group_norm_silu_reference(x, s.G, wd, bd); },
                          samples);
  r.fused_ms = cuda_time_ms([&] { group_norm_silu(x, s.G, w, b); }, samples);
  {
    // Forward + backward (x, weight, bias) through autograd.
    const torch::AutoGradMode grad_on(true);
    const auto gy = torch::randn_like(x);
    const auto xg = x.detach().requires_grad_(true);
    const auto wf = w.detach().requires_grad_(true);
    const auto bf = b.detach().requires_grad_(true);
    const auto wr = wd.detach().requires_grad_(true);
    const auto br = bd.detach().requires_grad_(true);
    r.ref_train_ms = cuda_time_ms(
        [&] {
          torch::autograd::grad({group_norm_silu_reference(xg, s.G, wr, br)},
                                {xg, wr, br}, {gy});
        },
        samples);
    r.fused_train_ms = cuda_time_ms(
        [&] {
          torch::autograd::grad({group_norm_silu(xg, s.G, wf, bf)},
                                {xg, wf, bf}, {gy});
        },
        samples);
  }
  // Minimum traffic: read x twice (stats + apply), write y once.
  const double bytes = 3.0 * static_cast<double>(x.numel()) * x.element_size();
  r.gbps = bytes / (r.fused_ms * 1e-3) / 1e9;
  return r;
}

double cuda_peak_gbps() {
  int dev = 0, clock_khz = 0, bus_bits = 0;
  cudaGetDevice(&dev);
  cudaDeviceGetAttribute(&clock_khz, cudaDevAttrMemoryClockRate, dev);
  cudaDeviceGetAttribute(&bus_bits, cudaDevAttrGlobalMemoryBusWidth, dev);
  return 2.0 * clock_khz * 1e3 * (bus_bits / 8.0) / 1e9;
}
#endif

void usage() {
  std::fprintf(stderr,
               "usage: profile_kernels [--shapes N,C,H,W[,G];...] "
               "[--samples K] [--threads T] [--device cpu|cuda|all] "
               "[--quick] [--system-malloc] [--clock cpu|wall] "
               "[--unet PRESET|none] [--unet-batch N] [--unet-crop HxW]\n");
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        usage();
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--shapes") {
      if (!parse_shapes(next(), o.shapes)) {
        std::fprintf(stderr, "profile_kernels: bad --shapes\n");
        return 2;
      }
    } else if (a == "--samples") {
      o.samples = std::max(1, std::atoi(next().c_str()));
    } else if (a == "--threads") {
      o.threads = std::atoi(next().c_str());
    } else if (a == "--device") {
      const std::string d = next();
      o.cpu = d == "cpu" || d == "all";
      o.cuda = d == "cuda" || d == "all";
      if (!o.cpu && !o.cuda) {
        usage();
        return 2;
      }
    } else if (a == "--clock") {
      const std::string c = next();
      if (c != "cpu" && c != "wall") {
        usage();
        return 2;
      }
      g_cpu_clock = c == "cpu";
    } else if (a == "--unet") {
      o.unet = next();
    } else if (a == "--unet-batch") {
      o.unet_batch = std::atoll(next().c_str());
    } else if (a == "--unet-crop") {
      long long h = 0, w = 0;
      if (std::sscanf(next().c_str(), "%lldx%lld", &h, &w) != 2) {
        usage();
        return 2;
      }
      o.unet_h = h;
      o.unet_w = w;
    } else if (a == "--system-malloc") {
      o.system_malloc = true;
    } else if (a == "--quick") {
      o.samples = 3;
      o.shapes = {{16, 32, 8, 32, 32}, {16, 64, 16, 64, 32},
                  {16, 128, 32, 128, 32}};
    } else {
      usage();
      return 2;
    }
  }
  if (o.shapes.empty()) o.shapes = default_shapes();
#ifdef __GLIBC__
  if (!o.system_malloc) {
    // glibc serves blocks above its mmap threshold (dynamic, at most 32 MB)
    // with fresh mmaps, so a tensor allocated per call pays for page faults
    // and zeroing on every call, differently for each variant depending on
    // how its frees moved the threshold. Keeping large blocks in the heap
    // makes the table compare the kernels, not the allocator's state.
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
  }
#endif
  if (o.threads > 0) at::set_num_threads(o.threads);

  std::printf(
      "group_norm_silu profile: cpu isa %s, %d threads, %d samples, %s "
      "clock, malloc %s\n",
      anon::kernels::group_norm_silu_cpu_isa(), at::get_num_threads(),
      o.samples, g_cpu_clock ? "process-CPU-time" : "wall",
      o.system_malloc ? "system default" : "no mmap for large blocks");
  std::string json = "{";
  auto field = [&](const std::string& k, double v) {
    char b[64];
    std::snprintf(b, sizeof b, "%.4g", v);
    json += (json.size() > 1 ? ", \"" : "\"") + k + "\": " + b;
  };
  auto sfield = [&](const std::string& k, const std::string& v) {
    json += (json.size() > 1 ? ", \"" : "\"") + k + "\": \"" + v + "\"";
  };
  try {
    if (o.cpu) {
      std::printf(
          "\nCPU float32 (ms per call; fwd = inference forward, train = "
          "forward+backward)\n");
      std::printf("%-20s %7s | %8s %8s %6s %7s | %8s %8s %6s | %8s %8s\n",
                  "shape", "MB", "ref fwd", "fused", "x", "GB/s", "ref trn",
                  "fused", "x", "err fwd", "err dx");
      std::vector<double> sp_fwd, sp_train;
      double max_err = 0.0;
      for (const auto& s : o.shapes) {
        const CpuResult r = run_cpu(s, o.samples);
        const double mb = s.numel() * 4.0 / 1e6;
        const double gbps = 2.0 * mb / 1e3 / (r.fused_fwd * 1e-3);
        sp_fwd.push_back(r.ref_fwd / r.fused_fwd);
        sp_train.push_back(r.ref_train / r.fused_train);
        max_err = std::max({max_err, r.err_fwd, r.err_dx});
        std::printf(
            "%-20s %7.2f | %8.3f %8.3f %6.2f %7.2f | %8.3f %8.3f %6.2f | "
            "%8.1e %8.1e\n",
            s.str().c_str(), mb, r.ref_fwd, r.fused_fwd, sp_fwd.back(), gbps,
            r.ref_train, r.fused_train, sp_train.back(), r.err_fwd, r.err_dx);
        std::fflush(stdout);
      }
      const double g = geomean(sp_fwd);
      const double gt = geomean(sp_train);
      std::printf("geometric mean speedup: forward %.3fx, forward+backward %.3fx\n",
                  g, gt);
      field("groupnorm_silu_speedup", g);
      field("groupnorm_silu_speedup_fwd_bwd", gt);
      field("groupnorm_silu_max_abs_err_vs_reference", max_err);
      field("cpu_threads", at::get_num_threads());
      sfield("cpu_isa", anon::kernels::group_norm_silu_cpu_isa());
      sfield("malloc", o.system_malloc ? "system" : "no-mmap");
      sfield("clock", g_cpu_clock ? "cpu" : "wall");
      field("shapes", static_cast<double>(o.shapes.size()));
      if (o.unet != "none") {
        const UnetResult u = run_unet(o);
        sfield("groupnorm_silu_unet_preset", o.unet);
        field("groupnorm_silu_fused_ms", u.fused_ms);
        field("groupnorm_silu_unfused_ms", u.ref_ms);
        field("groupnorm_silu_unet_speedup", u.ref_ms / u.fused_ms);
        field("groupnorm_silu_max_abs_err", u.err);
      }
    }
#ifdef ANON_WITH_CUDA
    if (o.cuda && torch::cuda::is_available()) {
      const double peak = cuda_peak_gbps();
      std::printf("\nCUDA (cudaEvent ms per call; forward GB/s = 3 x tensor "
                  "bytes / time; device peak %.0f GB/s; trn = forward+backward)\n",
                  peak);
      std::printf("%-20s %-5s | %8s %8s %6s %8s %6s | %8s %8s %6s | %8s\n",
                  "shape", "dtype", "ref", "fused", "x", "GB/s", "%peak",
                  "ref trn", "fused", "x", "err");
      for (auto dt : {torch::kFloat, torch::kBFloat16}) {
        std::vector<double> sp, bw, spt;
        const char* dn = dt == torch::kFloat ? "fp32" : "bf16";
        for (const auto& s : o.shapes) {
          const CudaResult r = run_cuda(s, dt, o.samples);
          sp.push_back(r.ref_ms / r.fused_ms);
          spt.push_back(r.ref_train_ms / r.fused_train_ms);
          bw.push_back(r.gbps);
          std::printf(
              "%-20s %-5s | %8.4f %8.4f %6.2f %8.1f %6.1f | %8.4f %8.4f %6.2f "
              "| %8.1e\n",
              s.str().c_str(), dn, r.ref_ms, r.fused_ms, sp.back(), r.gbps,
              100.0 * r.gbps / peak, r.ref_train_ms, r.fused_train_ms,
              spt.back(), r.err);
        }
        field(std::string("groupnorm_silu_cuda_speedup_") + dn, geomean(sp));
        field(std::string("groupnorm_silu_cuda_speedup_fwd_bwd_") + dn,
              geomean(spt));
        field(std::string("groupnorm_silu_cuda_gbps_max_") + dn,
              *std::max_element(bw.begin(), bw.end()));
      }
      field("cuda_peak_gbps", peak);
    } else if (o.cuda) {
      std::printf("\nCUDA: no device visible, skipped\n");
    }
#else
    if (o.cuda) std::printf("\nCUDA: this build has no CUDA kernels, skipped\n");
#endif
  } catch (const c10::Error& e) {
    std::fprintf(stderr, "profile_kernels: %s\n", e.what_without_backtrace());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "profile_kernels: %s\n", e.what());
    return 1;
  }
  json += "}";
  std::printf("%s\n", json.c_str());
  return 0;
}
