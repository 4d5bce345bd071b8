// Runs the CUDA kernels of groupnorm_silu.cu under the host emulation in
// cuda_emu.h and checks them against a float64 reference written out here
// (no torch): forward y/mean/rstd and backward dx, dweight, dbias, for
// fp32 (16-byte vector and scalar paths, misaligned input, no affine,
// one-element groups, split rows), fp16 and bf16.
//
// Built and run by scripts/cuda_check.sh, which first rewrites the .cu's
// `kernel<<<grid, block, 0, s>>>(args)` launches as
// `::emu::launch(grid, block, &kernel, args)` into gn_emu.inc. Exits
// non-zero on any failure.
#include "cuda_emu.h"
// clang-format off
#include "gn_emu.inc"
// clang-format on

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>

namespace {

using anon::kernels::cuda::DType;

int g_failures = 0;

struct Case {
  int64_t N, C, HW, G;
  bool affine;
  DType dtype;
  bool misaligned;
  const char* name;
};

float to_float(float v) { return v; }
float to_float(__half v) { return __half2float(v); }
float to_float(__nv_bfloat16 v) { return __bfloat162float(v); }
template <typename T>
T from_float(float v);
template <>
float from_float<float>(float v) {
  return v;
}
template <>
__half from_float<__half>(float v) {
  return __float2half_rn(v);
}
template <>
__nv_bfloat16 from_float<__nv_bfloat16>(float v) {
  return __float2bfloat16_rn(v);
}

struct Reference {
  std::vector<double> y, dx, dw, db, mean, rstd;
};

// Exact forward and backward in double from the (already rounded) inputs.
Reference reference(const std::vector<double>& x, const std::vector<double>& dy,
                    const std::vector<double>& w, const std::vector<double>& b,
                    int64_t N, int64_t C, int64_t HW, int64_t G, double eps) {
  const int64_t D = C / G;
  const int64_t M = D * HW;
  Reference r;
  r.y.resize(x.size());
  r.dx.resize(x.size());
  r.dw.assign(C, 0.0);
  r.db.assign(C, 0.0);
  for (int64_t ng = 0; ng < N * G; ++ng) {
    const int64_t g = ng % G;
    const double* xg = x.data() + ng * M;
    double mu = 0.0;
    for (int64_t i = 0; i < M; ++i) mu += xg[i];
    mu /= static_cast<double>(M);
    double var = 0.0;
    for (int64_t i = 0; i < M; ++i) var += (xg[i] - mu) * (xg[i] - mu);
    var /= static_cast<double>(M);
    const double rs = 1.0 / std::sqrt(var + eps);
    r.mean.push_back(mu);
    r.rstd.push_back(rs);
    double m1 = 0.0, m2 = 0.0;
    std::vector<double> gdz(M), xh(M);
    for (int64_t i = 0; i < M; ++i) {
      const int64_t c = g * D + i / HW;
      xh[i] = (xg[i] - mu) * rs;
      const double z = w[c] * xh[i] + b[c];
      const double s = 1.0 / (1.0 + std::exp(-z));
      r.y[ng * M + i] = z * s;
      const double dz = dy[ng * M + i] * s * (1.0 + z * (1.0 - s));
      r.db[c] += dz;
      r.dw[c] += dz * xh[i];
      gdz[i] = w[c] * dz;
      m1 += gdz[i];
      m2 += gdz[i] * xh[i];
    }
    m1 /= static_cast<double>(M);
    m2 /= static_cast<double>(M);
    for (int64_t i = 0; i < M; ++i) {
      r.dx[ng * M + i] = rs * (gdz[i] - m1 - xh[i] * m2);
    }
  }
  return r;
}

// Max |got - ref| / max(floor, |ref|) elementwise (floor = 1: absolute for
// small values), or scaled by max(1, max|ref|) when `scaled`.
template <typename G>
double err(const G& got, const std::vector<double>& ref, bool scaled) {
  double e = 0.0, mx = 1.0;
  for (double v : ref) mx = std::max(mx, std::fabs(v));
  for (size_t i = 0; i < ref.size(); ++i) {
    const double d = std::fabs(static_cast<double>(got[i]) - ref[i]);
    e = std::max(e, scaled ? d / mx : d / std::max(1.0, std::fabs(ref[i])));
  }
  return e;
}

template <typename T>
void run_case(const Case& k, std::mt19937& rng) {
  const int64_t n_el = k.N * k.C * k.HW;
  std::normal_distribution<double> nd(0.0, 1.0);
  // Inputs rounded to T once; the reference sees the rounded values.
  const int64_t off = k.misaligned ? 1 : 0;
  std::vector<T> xbuf(n_el + off), dybuf(n_el + off);
  std::vector<double> x(n_el), dy(n_el), w(k.C, 1.0), b(k.C, 0.0);
  for (int64_t i = 0; i < n_el; ++i) {
    xbuf[off + i] = from_float<T>(static_cast<float>(2.0 * nd(rng) + 0.5));
    dybuf[off + i] = from_float<T>(static_cast<float>(nd(rng)));
    x[i] = to_float(xbuf[off + i]);
    dy[i] = to_float(dybuf[off + i]);
  }
  std::vector<float> wf(k.C), bf(k.C);
  for (int64_t c = 0; c < k.C; ++c) {
    if (k.affine) {
      wf[c] = static_cast<float>(1.0 + 0.5 * nd(rng));
      bf[c] = static_cast<float>(0.5 * nd(rng));
    } else {
      wf[c] = 1.0f;
      bf[c] = 0.0f;
    }
    w[c] = wf[c];
    b[c] = bf[c];
  }
  const double eps = 1e-5;
  const Reference ref = reference(x, dy, w, b, k.N, k.C, k.HW, k.G, eps);

  std::vector<T> ybuf(n_el + off), dxbuf(n_el + off);
  std::vector<float> mean(k.N * k.G), rstd(k.N * k.G);
  std::vector<float> dw_nc(k.N * k.C), db_nc(k.N * k.C);
  const float* gp = k.affine ? wf.data() : nullptr;
  const float* bp = k.affine ? bf.data() : nullptr;
  int rc = anon::kernels::cuda::forward(
      xbuf.data() + off, gp, bp, ybuf.data() + off, mean.data(), rstd.data(),
      k.N, k.C, k.HW, k.G, static_cast<float>(eps), k.dtype, nullptr);
  if (rc == 0) {
    rc = anon::kernels::cuda::backward(
        dybuf.data() + off, xbuf.data() + off, gp, bp, mean.data(),
        rstd.data(), dxbuf.data() + off, dw_nc.data(), db_nc.data(), k.N, k.C,
        k.HW, k.G, k.dtype, nullptr);
  }
  if (rc != 0) {
    ++g_failures;
    std::printf("FAIL %s: %s\n", k.name, anon::kernels::cuda::error_string(rc));
    return;
  }
  std::vector<double> y(n_el), dx(n_el), dw(k.C, 0.0), db(k.C, 0.0);
  for (int64_t i = 0; i < n_el; ++i) {
    y[i] = to_float(ybuf[off + i]);
    dx[i] = to_float(dxbuf[off + i]);
  }
  for (int64_t n = 0; n < k.N; ++n) {
    for (int64_t c = 0; c < k.C; ++c) {
      dw[c] += dw_nc[n * k.C + c];
      db[c] += db_nc[n * k.C + c];
    }
  }
  const double e_y = err(y, ref.y, false);
  const double e_dx = err(dx, ref.dx, false);
  const double e_dw = k.affine ? err(dw, ref.dw, true) : 0.0;
  const double e_db = k.affine ? err(db, ref.db, true) : 0.0;
  const double e_mean = err(mean, ref.mean, false);
  const double e_rstd = err(rstd, ref.rstd, false);
  // fp32: the 1e-5 bound. fp16/bf16 outputs are rounded once: one ulp
  // (2^-10 / 2^-7 relative); the weight/bias sums stay in fp32.
  const double tol = k.dtype == DType::kFloat32   ? 1e-5
                     : k.dtype == DType::kFloat16 ? 1.0 / 1024
                                                  : 1.0 / 128;
  const bool ok = e_y <= tol && e_dx <= tol && e_dw <= 1e-5 && e_db <= 1e-5 &&
                  e_mean <= 1e-6 && e_rstd <= 1e-6;
  std::printf("%s %-40s y %.1e dx %.1e dw %.1e db %.1e mean %.1e rstd %.1e\n",
              ok ? "ok  " : "FAIL", k.name, e_y, e_dx, e_dw, e_db, e_mean,
              e_rstd);
  if (!ok) ++g_failures;
}

}  // namespace

int main() {
  std::mt19937 rng(1234);
  const Case cases[] = {
      {2, 8, 64, 4, true, DType::kFloat32, false, "f32 2x8x64 G4 (float4)"},
      {2, 6, 35, 3, true, DType::kFloat32, false, "f32 2x6x35 G3 (scalar)"},
      {2, 8, 64, 4, true, DType::kFloat32, true, "f32 2x8x64 G4 misaligned"},
      {1, 8, 4096, 2, true, DType::kFloat32, false, "f32 1x8x4096 G2 (512 thr)"},
      {1, 4, 2048, 1, true, DType::kFloat32, false, "f32 1x4x2048 G1 (256 thr)"},
      {1, 2, 8192, 1, true, DType::kFloat32, false, "f32 1x2x8192 (split rows)"},
      {2, 7, 1, 7, true, DType::kFloat32, false, "f32 2x7x1 G=C (1-elem groups)"},
      {3, 8, 1, 2, true, DType::kFloat32, false, "f32 3x8x1 G2 (HW=1)"},
      {2, 4, 24, 2, false, DType::kFloat32, false, "f32 2x4x24 G2 no affine"},
      {2, 8, 64, 4, true, DType::kBFloat16, false, "bf16 2x8x64 G4 (8-wide)"},
      {2, 6, 12, 3, true, DType::kBFloat16, false, "bf16 2x6x12 G3 (scalar)"},
      {2, 8, 40, 4, true, DType::kFloat16, false, "f16 2x8x40 G4 (8-wide)"},
  };
  for (const Case& k : cases) {
    switch (k.dtype) {
      case DType::kFloat32:
        run_case<float>(k, rng);
        break;
      case DType::kFloat16:
        run_case<__half>(k, rng);
        break;
      case DType::kBFloat16:
        run_case<__nv_bfloat16>(k, rng);
        break;
    }
  }
  // Invalid shape: groups not dividing channels.
  float dummy[4] = {};
  float st[2];
  if (anon::kernels::cuda::forward(dummy, nullptr, nullptr, dummy, st, st, 1,
                                   3, 1, 2, 1e-5f, DType::kFloat32,
                                   nullptr) == 0) {
    ++g_failures;
    std::printf("FAIL invalid shape accepted\n");
  }
  if (g_failures) {
    std::printf("%d emulated CUDA check(s) failed\n", g_failures);
    return 1;
  }
  std::printf("all emulated CUDA checks passed\n");
  return 0;
}
