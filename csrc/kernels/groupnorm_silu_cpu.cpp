// Fused GroupNorm+SiLU, CPU.
//
// Portable C++ that GCC/Clang auto-vectorise (built with -O3
// -fno-trapping-math, see CMakeLists.txt). On x86-64 with GCC/Clang the hot
// row functions are cloned for x86-64-v3 (AVX2+FMA) and baseline x86-64
// (SSE2) with target_clones; the loader picks the clone at run time, so the
// library runs on any x86-64. Other targets get the plain build.
//
// Per (n, g) group (a contiguous span of D*HW elements that fits in L2 at
// the UNet's shapes):
//   forward:  pass 1 statistics (shifted sum / sum of squares, float lanes
//             flushed to double every block), pass 2 per channel row
//             y = silu((x - mean)*a + beta) with a = rstd*gamma, written once.
//   backward: pass 1 per row (one loop): dz = dy * silu'(z), per channel
//             sums of dz and dz*xhat (double), gamma*dz kept in dx; pass 2
//             dx = rstd * (gamma*dz - mean_g(gamma*dz) - xhat*mean_g(gamma*dz*xhat)).
#include "groupnorm_silu_cpu.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#if (defined(__x86_64__) || defined(_M_X64)) && \
    (defined(__GNUC__) || defined(__clang__)) && !defined(ANON_NO_CLONES)
#define ANON_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#define ANON_HAVE_CLONES 1
#else
#define ANON_CLONES
#define ANON_HAVE_CLONES 0
#endif

namespace anon::kernels::cpu {
namespace {

// Elements per float-lane accumulation block before flushing to double.
constexpr int64_t kBlock = 2048;
// Independent float lanes in reductions (two AVX2 registers).
constexpr int kLanes = 16;

// exp(x) for float, branch-free so loops containing it vectorise.
// Cody-Waite range reduction + degree-6 minimax polynomial (Cephes expf),
// relative error about 1 ulp on [-87.3, 88.3]; inputs are clamped to that
// range (exp(-87.3) ~ 1.2e-38, exp(88.3) ~ 2e38), NaN propagates.
inline float exp_f32(float x) {
  x = x < -87.3f ? -87.3f : x;
  x = x > 88.3f ? 88.3f : x;
  // Round x*log2(e) to nearest with the 1.5*2^23 trick (no libm call).
  float n = x * 1.44269504088896341f + 12582912.0f;
  n -= 12582912.0f;
  float r = x - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  const float e = p * r * r + r + 1.0f;
  const int32_t bits = (static_cast<int32_t>(n) + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof(scale));
  return e * scale;
}

inline double exp_any(double x) { return std::exp(x); }
inline float exp_any(float x) { return exp_f32(x); }

// ---- row primitives (templated cores, instantiated below) -------------------

// Shifted sums over p[0, n): s1 += sum(p - shift), s2 += sum((p - shift)^2).
template <typename T>
inline void sums_core(const T* __restrict p, int64_t n, T shift, double& s1,
                      double& s2) {
  int64_t i = 0;
  while (i < n) {
    const int64_t end = std::min(n, i + kBlock);
    T a[kLanes] = {};
    T b[kLanes] = {};
    for (; i + kLanes <= end; i += kLanes) {
      for (int j = 0; j < kLanes; ++j) {
        const T v = p[i + j] - shift;
        a[j] += v;
        b[j] += v * v;
      }
    }
    for (; i < end; ++i) {
      const double v = static_cast<double>(p[i] - shift);
      s1 += v;
      s2 += v * v;
    }
    for (int j = 0; j < kLanes; ++j) {
      s1 += a[j];
      s2 += b[j];
    }
  }
}

// y = silu((x - mean)*a + b). Subtracting the mean first (rather than
// folding it into b) keeps z exact when rstd is large (near-constant groups).
template <typename T>
inline void fwd_row_core(const T* __restrict x, T* __restrict y, int64_t n,
                         T mean, T a, T b) {
  for (int64_t i = 0; i < n; ++i) {
    const T z = (x[i] - mean) * a + b;
    y[i] = z / (T(1) + exp_any(-z));
  }
}

// dz = dy * silu'(z), z = gamma*xhat + beta, xhat = (x - mean)*rstd.
template <typename T>
inline void bwd_dz_core(const T* __restrict x, const T* __restrict dy,
                        T* __restrict dz, int64_t n, T mean, T rstd, T gamma,
                        T beta) {
  for (int64_t i = 0; i < n; ++i) {
    const T xh = (x[i] - mean) * rstd;
    const T z = gamma * xh + beta;
    const T s = T(1) / (T(1) + exp_any(-z));
    dz[i] = dy[i] * s * (T(1) + z * (T(1) - s));
  }
}

// sdz += sum(dz), sdzx += sum(dz * xhat); dz[i] is replaced by gamma*dz[i]
// (rounded to T once, so pass 2 subtracts exactly the values summed here).
template <typename T>
inline void bwd_sums_core(const T* __restrict x, T* __restrict dz, int64_t n,
                          T mean, T rstd, T gamma, double& sdz,
                          double& sdzx) {
  int64_t i = 0;
  while (i < n) {
    const int64_t end = std::min(n, i + kBlock);
    T a[kLanes] = {};
    T b[kLanes] = {};
    for (; i + kLanes <= end; i += kLanes) {
      for (int j = 0; j < kLanes; ++j) {
        const T d = dz[i + j];
        dz[i + j] = gamma * d;
        a[j] += d;
        b[j] += d * ((x[i + j] - mean) * rstd);
      }
    }
    for (; i < end; ++i) {
      const T d = dz[i];
      dz[i] = gamma * d;
      sdz += static_cast<double>(d);
      sdzx += static_cast<double>(d) * static_cast<double>((x[i] - mean) * rstd);
    }
    for (int j = 0; j < kLanes; ++j) {
      sdz += a[j];
      sdzx += b[j];
    }
  }
}

// dx = rstd * (gamma*dz - m1 - xhat*m2), gamma*dz read from dx in place.
template <typename T>
inline void bwd_dx_core(const T* __restrict x, T* __restrict dx, int64_t n,
                        T mean, T rstd, T m1, T m2) {
  for (int64_t i = 0; i < n; ++i) {
    const T xh = (x[i] - mean) * rstd;
    dx[i] = rstd * ((dx[i] - m1) - xh * m2);
  }
}

// ---- float32: explicit 8-wide vectors -------------------------------------
//
// GCC/Clang vector extensions: 8 floats per value, lowered to one AVX2
// register in the x86-64-v3 clone and to two SSE registers in the baseline
// clone (or NEON etc. elsewhere). Loops process 8 elements at a time; the
// tail goes through the same code on a padded stack copy, so every element
// is computed by the same instructions.
#if defined(__GNUC__) || defined(__clang__)
#define ANON_HAVE_VEC 1
#define ANON_INLINE inline __attribute__((always_inline))

typedef float v8f __attribute__((vector_size(32)));
typedef int32_t v8i __attribute__((vector_size(32)));
constexpr int kW = 8;

ANON_INLINE v8f load8(const float* p) {
  v8f v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
ANON_INLINE void store8(float* p, v8f v) { std::memcpy(p, &v, sizeof v); }
ANON_INLINE v8f splat(float a) { return v8f{} + a; }
// mask ? a : b, mask from a vector comparison (all ones / all zeros).
ANON_INLINE v8f select(v8i mask, v8f a, v8f b) {
  return reinterpret_cast<v8f>((reinterpret_cast<v8i>(a) & mask) |
                               (reinterpret_cast<v8i>(b) & ~mask));
}
ANON_INLINE double hsum(v8f v) {
  double s = 0.0;
  for (int j = 0; j < kW; ++j) s += static_cast<double>(v[j]);
  return s;
}

// Vector version of exp_f32 (same constants and steps).
ANON_INLINE v8f exp8(v8f x) {
  x = select(x < -87.3f, splat(-87.3f), x);
  x = select(x > 88.3f, splat(88.3f), x);
  v8f n = x * 1.44269504088896341f + 12582912.0f;
  n -= 12582912.0f;
  v8f r = x - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  v8f p = splat(1.9875691500e-4f);
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  const v8f e = p * r * r + r + 1.0f;
  const v8i bits = (__builtin_convertvector(n, v8i) + 127) << 23;
  return e * reinterpret_cast<v8f>(bits);
}

// Copies n < 8 elements into a padded vector.
ANON_INLINE v8f load_tail(const float* p, int64_t n, float pad) {
  float buf[kW];
  for (int j = 0; j < kW; ++j) buf[j] = j < n ? p[j] : pad;
  return load8(buf);
}
ANON_INLINE void store_tail(float* p, int64_t n, v8f v) {
  float buf[kW];
  store8(buf, v);
  for (int64_t j = 0; j < n; ++j) p[j] = buf[j];
}

ANON_CLONES void sums_f32(const float* p, int64_t n, float shift, double& s1,
                          double& s2) {
  const v8f sh = splat(shift);
  int64_t i = 0;
  while (i < n) {
    const int64_t end = std::min(n, i + kBlock);
    v8f a0{}, a1{}, b0{}, b1{};
    for (; i + 2 * kW <= end; i += 2 * kW) {
      const v8f v0 = load8(p + i) - sh;
      const v8f v1 = load8(p + i + kW) - sh;
      a0 += v0;
      b0 += v0 * v0;
      a1 += v1;
      b1 += v1 * v1;
    }
    for (; i < end; i += kW) {
      const v8f v = (end - i >= kW ? load8(p + i) : load_tail(p + i, end - i, shift)) - sh;
      a0 += v;
      b0 += v * v;
    }
    s1 += hsum(a0 + a1);
    s2 += hsum(b0 + b1);
  }
}

ANON_INLINE v8f silu8(v8f z) { return z / (1.0f + exp8(-z)); }

ANON_CLONES void fwd_row_f32(const float* x, float* y, int64_t n, float mean,
                             float a, float b) {
  int64_t i = 0;
  for (; i + kW <= n; i += kW) {
    store8(y + i, silu8((load8(x + i) - mean) * a + b));
  }
  if (i < n) {
    store_tail(y + i, n - i, silu8((load_tail(x + i, n - i, mean) - mean) * a + b));
  }
}

ANON_INLINE v8f dz8(v8f x, v8f dy, float mean, float rstd, float gamma,
                    float beta) {
  const v8f xh = (x - mean) * rstd;
  const v8f z = gamma * xh + beta;
  const v8f s = 1.0f / (1.0f + exp8(-z));
  return dy * s * (1.0f + z * (1.0f - s));
}

// Backward pass 1 over one channel row, one read of x and dy:
// dz = dy * silu'(z); out = gamma*dz (rounded to float once, exactly the
// values pass 2 reads); sdz += sum(dz), sdzx += sum(dz * xhat).
ANON_CLONES void bwd_pass1_f32(const float* x, const float* dy, float* out,
                               int64_t n, float mean, float rstd, float gamma,
                               float beta, double& sdz, double& sdzx) {
  int64_t i = 0;
  while (i < n) {
    const int64_t end = std::min(n, i + kBlock);
    v8f a0{}, b0{};
    for (; i < end; i += kW) {
      const int64_t t = std::min<int64_t>(kW, end - i);
      const v8f xv = t == kW ? load8(x + i) : load_tail(x + i, t, mean);
      const v8f dyv = t == kW ? load8(dy + i) : load_tail(dy + i, t, 0.0f);
      const v8f xh = (xv - mean) * rstd;
      const v8f z = gamma * xh + beta;
      const v8f sg = 1.0f / (1.0f + exp8(-z));
      const v8f d = dyv * sg * (1.0f + z * (1.0f - sg));
      const v8f gd = gamma * d;
      if (t == kW) {
        store8(out + i, gd);
      } else {
        store_tail(out + i, t, gd);
      }
      a0 += d;
      b0 += d * xh;
    }
    sdz += hsum(a0);
    sdzx += hsum(b0);
  }
}

ANON_CLONES void bwd_dx_f32(const float* x, float* dx, int64_t n, float mean,
                            float rstd, float m1, float m2) {
  int64_t i = 0;
  for (; i + kW <= n; i += kW) {
    const v8f xh = (load8(x + i) - mean) * rstd;
    store8(dx + i, rstd * ((load8(dx + i) - m1) - xh * m2));
  }
  for (; i < n; ++i) {
    const float xh = (x[i] - mean) * rstd;
    dx[i] = rstd * ((dx[i] - m1) - xh * m2);
  }
}
#else  // no vector extensions: the generic cores, auto-vectorised if at all.
ANON_CLONES void sums_f32(const float* p, int64_t n, float shift, double& s1,
                          double& s2) {
  sums_core<float>(p, n, shift, s1, s2);
}
ANON_CLONES void fwd_row_f32(const float* x, float* y, int64_t n, float mean,
                             float a, float b) {
  fwd_row_core<float>(x, y, n, mean, a, b);
}
ANON_CLONES void bwd_pass1_f32(const float* x, const float* dy, float* out,
                               int64_t n, float mean, float rstd, float gamma,
                               float beta, double& sdz, double& sdzx) {
  bwd_dz_core<float>(x, dy, out, n, mean, rstd, gamma, beta);
  bwd_sums_core<float>(x, out, n, mean, rstd, gamma, sdz, sdzx);
}
ANON_CLONES void bwd_dx_f32(const float* x, float* dx, int64_t n, float mean,
                            float rstd, float m1, float m2) {
  bwd_dx_core<float>(x, dx, n, mean, rstd, m1, m2);
}
#endif

// Overload set used by the generic drivers.
inline void sums(const float* p, int64_t n, float s, double& a, double& b) {
  sums_f32(p, n, s, a, b);
}
inline void sums(const double* p, int64_t n, double s, double& a, double& b) {
  sums_core<double>(p, n, s, a, b);
}
inline void fwd_row(const float* x, float* y, int64_t n, float m, float a,
                    float b) {
  fwd_row_f32(x, y, n, m, a, b);
}
inline void fwd_row(const double* x, double* y, int64_t n, double m, double a,
                    double b) {
  fwd_row_core<double>(x, y, n, m, a, b);
}
inline void bwd_pass1(const float* x, const float* dy, float* out, int64_t n,
                      float m, float r, float g, float b, double& s1,
                      double& s2) {
  bwd_pass1_f32(x, dy, out, n, m, r, g, b, s1, s2);
}
inline void bwd_pass1(const double* x, const double* dy, double* out,
                      int64_t n, double m, double r, double g, double b,
                      double& s1, double& s2) {
  bwd_dz_core<double>(x, dy, out, n, m, r, g, b);
  bwd_sums_core<double>(x, out, n, m, r, g, s1, s2);
}
inline void bwd_dx(const float* x, float* dx, int64_t n, float m, float r,
                   float m1, float m2) {
  bwd_dx_f32(x, dx, n, m, r, m1, m2);
}
inline void bwd_dx(const double* x, double* dx, int64_t n, double m, double r,
                   double m1, double m2) {
  bwd_dx_core<double>(x, dx, n, m, r, m1, m2);
}

// Groups per parallel task so that a task touches at least ~32K elements.
int64_t grain_for(int64_t group_elems) {
  constexpr int64_t kMinTaskElems = 32768;
  return std::max<int64_t>(1, kMinTaskElems / std::max<int64_t>(1, group_elems));
}

template <typename T>
void forward_impl(const T* x, const T* gamma, const T* beta, T* y, T* mean,
                  T* rstd, int64_t N, int64_t C, int64_t HW, int64_t G,
                  double eps) {
  const int64_t D = C / G;
  const int64_t M = D * HW;
  if (N * G == 0) return;
  at::parallel_for(0, N * G, grain_for(M), [&](int64_t begin, int64_t end) {
    for (int64_t ng = begin; ng < end; ++ng) {
      const int64_t g = ng % G;
      const T* xg = x + ng * M;
      T* yg = y + ng * M;
      double mu = 0.0;
      double var = 0.0;
      if (M > 0) {
        const T shift = xg[0];
        double s1 = 0.0;
        double s2 = 0.0;
        sums(xg, M, shift, s1, s2);
        const double m1 = s1 / static_cast<double>(M);
        var = std::max(0.0, s2 / static_cast<double>(M) - m1 * m1);
        mu = static_cast<double>(shift) + m1;
      }
      const double rs = 1.0 / std::sqrt(var + eps);
      mean[ng] = static_cast<T>(mu);
      rstd[ng] = static_cast<T>(rs);
      for (int64_t d = 0; d < D; ++d) {
        const int64_t c = g * D + d;
        const double gm = gamma ? static_cast<double>(gamma[c]) : 1.0;
        const double bt = beta ? static_cast<double>(beta[c]) : 0.0;
        fwd_row(xg + d * HW, yg + d * HW, HW, static_cast<T>(mu),
                static_cast<T>(rs * gm), static_cast<T>(bt));
      }
    }
  });
}

template <typename T>
void backward_impl(const T* dy, const T* x, const T* gamma, const T* beta,
                   const T* mean, const T* rstd, T* dx, double* dgamma_nc,
                   double* dbeta_nc, int64_t N, int64_t C, int64_t HW,
                   int64_t G) {
  const int64_t D = C / G;
  const int64_t M = D * HW;
  if (N * G == 0 || M == 0) return;
  at::parallel_for(0, N * G, grain_for(M), [&](int64_t begin, int64_t end) {
    std::vector<double> sdz(static_cast<size_t>(D));
    std::vector<double> sdzx(static_cast<size_t>(D));
    for (int64_t ng = begin; ng < end; ++ng) {
      const int64_t n = ng / G;
      const int64_t g = ng % G;
      const int64_t off = ng * M;
      const T mu = mean[ng];
      const T rs = rstd[ng];
      double m1 = 0.0;  // sum over the group of gamma*dz
      double m2 = 0.0;  // sum over the group of gamma*dz*xhat
      for (int64_t d = 0; d < D; ++d) {
        const int64_t c = g * D + d;
        const T gm = gamma ? gamma[c] : T(1);
        const T bt = beta ? beta[c] : T(0);
        const int64_t ro = off + d * HW;
        double a = 0.0;
        double b = 0.0;
        bwd_pass1(x + ro, dy + ro, dx + ro, HW, mu, rs, gm, bt, a, b);
        sdz[d] = a;
        sdzx[d] = b;
        m1 += static_cast<double>(gm) * a;
        m2 += static_cast<double>(gm) * b;
      }
      m1 /= static_cast<double>(M);
      m2 /= static_cast<double>(M);
      for (int64_t d = 0; d < D; ++d) {
        const int64_t c = g * D + d;
        const int64_t ro = off + d * HW;
        bwd_dx(x + ro, dx + ro, HW, mu, rs, static_cast<T>(m1),
               static_cast<T>(m2));
        if (dgamma_nc) dgamma_nc[n * C + c] = sdzx[d];
        if (dbeta_nc) dbeta_nc[n * C + c] = sdz[d];
      }
    }
  });
}

}  // namespace

void forward(const float* x, const float* gamma, const float* beta, float* y,
             float* mean, float* rstd, int64_t N, int64_t C, int64_t HW,
             int64_t G, double eps) {
  forward_impl<float>(x, gamma, beta, y, mean, rstd, N, C, HW, G, eps);
}
void forward(const double* x, const double* gamma, const double* beta,
             double* y, double* mean, double* rstd, int64_t N, int64_t C,
             int64_t HW, int64_t G, double eps) {
  forward_impl<double>(x, gamma, beta, y, mean, rstd, N, C, HW, G, eps);
}
void backward(const float* dy, const float* x, const float* gamma,
              const float* beta, const float* mean, const float* rstd,
              float* dx, double* dgamma_nc, double* dbeta_nc, int64_t N,
              int64_t C, int64_t HW, int64_t G) {
  backward_impl<float>(dy, x, gamma, beta, mean, rstd, dx, dgamma_nc,
                       dbeta_nc, N, C, HW, G);
}
void backward(const double* dy, const double* x, const double* gamma,
              const double* beta, const double* mean, const double* rstd,
              double* dx, double* dgamma_nc, double* dbeta_nc, int64_t N,
              int64_t C, int64_t HW, int64_t G) {
  backward_impl<double>(dy, x, gamma, beta, mean, rstd, dx, dgamma_nc,
                        dbeta_nc, N, C, HW, G);
}

const char* isa() {
#if ANON_HAVE_CLONES
  __builtin_cpu_init();
#if defined(__clang__)
  const bool v3 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  const bool v3 = __builtin_cpu_supports("x86-64-v3");
#endif
  return v3 ? "x86-64-v3 (AVX2+FMA)" : "x86-64 (SSE2)";
#else
  return "default";
#endif
}

}  // namespace anon::kernels::cpu
