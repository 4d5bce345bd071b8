// Tests for the fused GroupNorm+SiLU op against libtorch's unfused
// group_norm + silu: forward and backward (x, weight, bias) at several shapes
// including odd ones, float32 / float64 / bfloat16, no-affine variants,
// non-contiguous input, and input validation. On a machine where this build
// has CUDA kernels and a GPU is visible, the same checks run on CUDA.
// Exits non-zero on any failure.
#include <torch/torch.h>

#include <cstdio>
#include <string>
#include <vector>

#include "groupnorm_silu.h"

namespace {

using anon::kernels::group_norm_silu;
using anon::kernels::group_norm_silu_reference;

int g_failures = 0;

void check(bool ok, const std::string& what) {
  if (!ok) {
    ++g_failures;
    std::printf("FAIL %s\n", what.c_str());
  }
}

double max_abs(const torch::Tensor& a, const torch::Tensor& b) {
  if (a.numel() == 0 && b.numel() == 0) return 0.0;
  return (a.to(torch::kDouble).cpu() - b.to(torch::kDouble).cpu())
      .abs()
      .max()
      .item<double>();
}

// Max abs error scaled by max(1, max|ref|): an absolute error for O(1)
// values, a relative one for the large weight/bias gradients (sums over
// N*H*W terms).
double scaled_err(const torch::Tensor& got, const torch::Tensor& ref) {
  if (ref.numel() == 0) return 0.0;
  const double scale =
      std::max(1.0, ref.to(torch::kDouble).abs().max().item<double>());
  return max_abs(got, ref) / scale;
}

struct Case {
  std::vector<int64_t> shape;
  int64_t groups;
  bool weight;
  bool bias;
  const char* name;
};

struct Errors {
  double fwd = 0, dx = 0, dw = 0, db = 0;
  double max() const { return std::max(std::max(fwd, dx), std::max(dw, db)); }
};

// Elementwise max of |got - ref| / max(1, |ref|): the error measure for
// bfloat16 results, whose rounding error is relative.
double rel_err(const torch::Tensor& got, const torch::Tensor& ref) {
  if (ref.numel() == 0) return 0.0;
  const auto r = ref.to(torch::kDouble).cpu();
  const auto d = (got.to(torch::kDouble).cpu() - r).abs();
  return (d / r.abs().clamp_min(1.0)).max().item<double>();
}

// Errors of `got` against `ref` (outputs of run() below): absolute for y
// and dx, scaled by max(1, max|ref|) for dweight/dbias; or all elementwise
// relative (rel_err) when `relative`.
Errors diff(const std::vector<torch::Tensor>& got,
            const std::vector<torch::Tensor>& ref, bool relative) {
  Errors e;
  e.fwd = relative ? rel_err(got[0], ref[0]) : max_abs(got[0], ref[0]);
  e.dx = relative ? rel_err(got[1], ref[1]) : max_abs(got[1], ref[1]);
  if (ref[2].defined()) {
    e.dw = relative ? rel_err(got[2], ref[2]) : scaled_err(got[2], ref[2]);
  }
  if (ref[3].defined()) {
    e.db = relative ? rel_err(got[3], ref[3]) : scaled_err(got[3], ref[3]);
  }
  return e;
}

struct Comparison {
  Errors fused;      // fused op in dtype vs exact (float64 reference)
  Errors reference;  // libtorch's unfused op in dtype vs exact
  Errors gap;        // fused vs libtorch's unfused op, both in dtype
};

// Runs the fused op and libtorch's unfused op in `dtype`, and the unfused
// op in float64 on the same (dtype-rounded) inputs as the exact answer.
// Gradients are those of sum(y * g).
Comparison compare(const Case& c, torch::ScalarType dtype, torch::Device dev,
                   double input_scale, double input_shift) {
  const auto opts = torch::TensorOptions().dtype(torch::kDouble);
  const int64_t C = c.shape[1];
  // Inputs rounded to dtype once, so all three runs see the same values.
  auto round = [&](const torch::Tensor& t) { return t.to(dtype).to(torch::kDouble); };
  const auto x0 = round(torch::randn(c.shape, opts) * input_scale + input_shift);
  const auto w0 = round(1.0 + 0.5 * torch::randn({C}, opts));
  const auto b0 = round(0.5 * torch::randn({C}, opts));
  const auto g0 = round(torch::randn(c.shape, opts));

  auto run = [&](bool fused, torch::ScalarType dt) {
    auto x = x0.to(dev, dt).detach().requires_grad_(true);
    auto w = c.weight ? w0.to(dev, dt).detach().requires_grad_(true)
                      : torch::Tensor();
    auto b = c.bias ? b0.to(dev, dt).detach().requires_grad_(true)
                    : torch::Tensor();
    auto y = fused ? group_norm_silu(x, c.groups, w, b, 1e-5)
                   : group_norm_silu_reference(x, c.groups, w, b, 1e-5);
    check(y.scalar_type() == dt && y.sizes() == x0.sizes(),
          std::string(c.name) + ": output dtype/shape");
    (y * g0.to(dev, dt)).sum().backward();
    return std::vector<torch::Tensor>{
        y.detach(), x.grad(), c.weight ? w.grad() : torch::Tensor(),
        c.bias ? b.grad() : torch::Tensor()};
  };
  const auto fused = run(true, dtype);
  const auto ref = run(false, dtype);
  const auto exact = run(false, torch::kDouble);
  const bool rel = dtype == torch::kBFloat16 || dtype == torch::kHalf;
  return {diff(fused, exact, rel), diff(ref, exact, rel), diff(fused, ref, rel)};
}

void report(const char* dev, const Case& c, const char* what,
            const Comparison& r, double tol) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "%s %-32s %-12s fused-vs-exact fwd %.1e dx %.1e dw %.1e db "
                "%.1e | libtorch-vs-exact %.1e | fused-vs-libtorch %.1e",
                dev, c.name, what, r.fused.fwd, r.fused.dx, r.fused.dw,
                r.fused.db, r.reference.max(), r.gap.max());
  std::printf("%s\n", buf);
  check(r.fused.max() <= tol, buf);
}

void run_suite(torch::Device dev, const std::vector<Case>& cases) {
  const char* dn = dev.is_cuda() ? "cuda" : "cpu";
  for (const auto& c : cases) {
    // float32: the acceptance bound, max abs error <= 1e-5.
    report(dn, c, "f32", compare(c, torch::kFloat, dev, 1.0, 0.0), 1e-5);
    report(dn, c, "f32 x*3+5", compare(c, torch::kFloat, dev, 3.0, 5.0), 1e-5);
    if (!dev.is_cuda()) {
      report(dn, c, "f64", compare(c, torch::kDouble, dev, 1.0, 0.0), 1e-10);
    }
    // bfloat16: computed in float32 and rounded once to bf16; half an ulp is
    // at most 2^-8 relative, allow one ulp (2^-7). libtorch's unfused op
    // rounds twice and is reported for comparison.
    report(dn, c, "bf16", compare(c, torch::kBFloat16, dev, 1.0, 0.0),
           1.0 / 128.0);
  }
}

template <typename F>
bool throws(F&& f) {
  try {
    f();
  } catch (const c10::Error&) {
    return true;
  }
  return false;
}

void validation_tests() {
  const auto x = torch::randn({2, 6, 4, 4});
  const auto w = torch::ones({6});
  const auto b = torch::zeros({6});
  check(throws([&] { group_norm_silu(x, 4, w, b); }),
        "groups not dividing C must throw");
  check(throws([&] { group_norm_silu(x, 0, w, b); }), "groups=0 must throw");
  check(throws([&] { group_norm_silu(x, 3, torch::ones({5}), b); }),
        "weight of wrong size must throw");
  check(throws([&] { group_norm_silu(torch::randn({6}), 3, w, b); }),
        "1-D input must throw");
  check(throws([&] {
          group_norm_silu(torch::randint(0, 5, {2, 6, 4}), 3, w, b);
        }),
        "integer input must throw");
}

void noncontiguous_test() {
  // Channels-last style input (a permuted view) must give the same result.
  auto base = torch::randn({2, 5, 7, 12});  // N, H, W, C
  auto x = base.permute({0, 3, 1, 2});      // N, C=12, H, W, non-contiguous
  auto w = torch::randn({12});
  auto b = torch::randn({12});
  const double err = max_abs(group_norm_silu(x, 4, w, b),
                             group_norm_silu_reference(x, 4, w, b));
  std::printf("cpu non-contiguous f32: fwd %.2e\n", err);
  check(err <= 1e-5, "non-contiguous input");
}

void stats_test() {
  // Saved statistics equal the group mean and 1/sqrt(var + eps).
  auto x = torch::randn({3, 8, 5, 5}, torch::kDouble) * 2.0 + 1.0;
  auto out = anon::kernels::group_norm_silu_forward(x, 4, {}, {}, 1e-5);
  auto xg = x.view({3, 4, -1});
  auto mean = xg.mean(-1);
  auto rstd = 1.0 / torch::sqrt(xg.var(-1, /*unbiased=*/false) + 1e-5);
  const double em = max_abs(std::get<1>(out), mean);
  const double er = max_abs(std::get<2>(out), rstd);
  std::printf("cpu stats f64: mean %.2e rstd %.2e\n", em, er);
  check(em <= 1e-12 && er <= 1e-10, "saved mean/rstd");
}

void no_grad_inputs_test() {
  // Only the weight requires grad: dx is not needed, dweight must match.
  auto x = torch::randn({2, 8, 3, 3});
  auto w1 = torch::randn({8}).requires_grad_(true);
  auto w2 = w1.detach().clone().requires_grad_(true);
  auto b = torch::randn({8});
  group_norm_silu(x, 2, w1, b).sum().backward();
  group_norm_silu_reference(x, 2, w2, b).sum().backward();
  const double err = scaled_err(w1.grad(), w2.grad());
  std::printf("cpu weight-only grad: dw %.2e\n", err);
  check(err <= 1e-5, "weight-only grad");
}

}  // namespace

int main() {
  torch::manual_seed(1234);
  std::printf("group_norm_silu tests: cpu isa %s, cuda kernels %s\n",
              anon::kernels::group_norm_silu_cpu_isa(),
              anon::kernels::group_norm_silu_has_cuda() ? "yes" : "no");
  const std::vector<Case> cases = {
      {{2, 64, 16, 16}, 32, true, true, "N2 C64 16x16 G32"},
      {{16, 32, 8, 32}, 32, true, true, "N16 C32 8x32 G32 (unet tiny)"},
      {{3, 6, 5, 7}, 3, true, true, "N3 C6 5x7 G3 (odd)"},
      {{2, 7, 1, 1}, 7, true, true, "N2 C7 1x1 G=C (one-element groups)"},
      {{2, 8, 1, 1}, 2, true, true, "N2 C8 1x1 G2 (HW=1)"},
      {{2, 6, 4, 5}, 6, true, true, "N2 C6 4x5 G=C"},
      {{2, 12, 9, 11}, 1, true, true, "N2 C12 9x11 G1"},
      {{4, 10, 33}, 5, true, true, "N4 C10 L33 G5 (1-D)"},
      {{3, 8}, 4, true, true, "N3 C8 (no spatial)"},
      {{2, 9, 17, 3}, 3, false, false, "N2 C9 17x3 G3 no affine"},
      {{2, 4, 6, 6}, 2, true, false, "N2 C4 6x6 G2 weight only"},
      {{2, 4, 6, 6}, 2, false, true, "N2 C4 6x6 G2 bias only"},
      {{1, 128, 32, 32}, 32, true, true, "N1 C128 32x32 G32"},
  };
  try {
    run_suite(torch::kCPU, cases);
    validation_tests();
    noncontiguous_test();
    stats_test();
    no_grad_inputs_test();
    if (anon::kernels::group_norm_silu_has_cuda() &&
        torch::cuda::is_available()) {
      run_suite(torch::Device(torch::kCUDA, 0), cases);
    } else {
      std::printf("cuda: skipped (no CUDA kernels in this build or no GPU)\n");
    }
  } catch (const c10::Error& e) {
    std::printf("FAIL unexpected error: %s\n", e.what_without_backtrace());
    return 1;
  }
  if (g_failures > 0) {
    std::printf("%d check(s) failed\n", g_failures);
    return 1;
  }
  std::printf("all group_norm_silu checks passed\n");
  return 0;
}
