// Fused GroupNorm+SiLU, CPU.
//
// Portable C++: float32 row kernels written with GCC/Clang vector
// extensions (see "float32: explicit vectors" below), built with -O3
// -fno-trapping-math (CMakeLists.txt). On x86-64 each float kernel exists
// twice, 8-wide for AVX2+FMA and 4-wide for baseline SSE2, chosen at run
// time from the CPU's features, so the library runs on any x86-64. Other
// targets get the 4-wide build; compilers without vector extensions the
// scalar template cores (which also serve float64).
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
#include <cstdlib>
#include <cstring>
#include <vector>

#if (defined(__x86_64__) || defined(_M_X64)) && \
    (defined(__GNUC__) || defined(__clang__)) && !defined(ANON_NO_DISPATCH)
// float kernels are compiled twice: 8-wide for AVX2+FMA (x86-64-v3) and
// 4-wide for baseline x86-64 (SSE2); the CPU picks at run time.
#define ANON_X86_DISPATCH 1
#else
#define ANON_X86_DISPATCH 0
#endif

#if defined(__GNUC__) || defined(__clang__)
#define ANON_INLINE inline __attribute__((always_inline))
#else
#define ANON_INLINE inline
#endif

namespace anon::kernels::cpu {
namespace {

// Elements per float-lane accumulation block before flushing to double:
// each float lane then sums at most 32 values (16 with 16 lanes), keeping
// the relative rounding error of the sums near 1e-7.
constexpr int64_t kBlock = 256;
// Independent float lanes in reductions (two AVX2 registers).
constexpr int kLanes = 16;

// The steps exp_f32 and vexp share, for a float or a vector of floats F:
// n = x*log2(e) rounded to nearest (the 1.5*2^23 trick, no libm call) and
// the return value exp(x - n*ln(2)) by the Cephes polynomial, so that
// exp(x) = return value * 2^n.
template <typename F>
ANON_INLINE F exp_reduced(F x, F& n) {
  n = x * 1.44269504088896341f + 12582912.0f;
  n -= 12582912.0f;
  F r = x - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  F p = F{} + 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  return p * r * r + r + 1.0f;
}

// exp(x) for float, branch-free so loops containing it vectorise.
// Cody-Waite range reduction + degree-6 minimax polynomial (Cephes expf),
// relative error about 1 ulp on [-87.3, 88.3]; inputs are clamped to that
// range (exp(-87.3) ~ 1.2e-38, exp(88.3) ~ 2e38), NaN propagates.
inline float exp_f32(float x) {
  x = x < -87.3f ? -87.3f : x;
  x = x > 88.3f ? 88.3f : x;
  float n;
  const float e = exp_reduced(x, n);
  const int32_t bits = (static_cast<int32_t>(n) + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof(scale));
  return e * scale;
}

inline double exp_any(double x) { return std::exp(x); }
inline float exp_any(float x) { return exp_f32(x); }

// ---- row primitives (templated cores, instantiated below) -------------------

// blocked_sums adds two sums over [0, n) into s1 and s2, in blocks of
// kBlock elements: whole groups of kLanes elements go through
// lane(i, a, b) into per-lane T accumulators (which vectorise), the rest of
// a block through tail(i, s1, s2) straight into the doubles, and each
// block's lane accumulators are then added to s1 and s2.
template <typename T, typename Lane, typename Tail>
inline void blocked_sums(int64_t n, double& s1, double& s2, Lane lane,
                         Tail tail) {
  int64_t i = 0;
  while (i < n) {
    const int64_t end = std::min(n, i + kBlock);
    T a[kLanes] = {};
    T b[kLanes] = {};
    for (; i + kLanes <= end; i += kLanes) {
      for (int j = 0; j < kLanes; ++j) {
        lane(i + j, a[j], b[j]);
      }
    }
    for (; i < end; ++i) {
      tail(i, s1, s2);
    }
    for (int j = 0; j < kLanes; ++j) {
      s1 += a[j];
      s2 += b[j];
    }
  }
}

// Shifted sums over p[0, n): s1 += sum(p - shift), s2 += sum((p - shift)^2).
template <typename T>
inline void sums_core(const T* __restrict p, int64_t n, T shift, double& s1,
                      double& s2) {
  blocked_sums<T>(
      n, s1, s2,
      [p, shift](int64_t i, T& a, T& b) {
        const T v = p[i] - shift;
        a += v;
        b += v * v;
      },
      [p, shift](int64_t i, double& t1, double& t2) {
        const double v = static_cast<double>(p[i] - shift);
        t1 += v;
        t2 += v * v;
      });
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
  blocked_sums<T>(
      n, sdz, sdzx,
      [x, dz, mean, rstd, gamma](int64_t i, T& a, T& b) {
        const T d = dz[i];
        dz[i] = gamma * d;
        a += d;
        b += d * ((x[i] - mean) * rstd);
      },
      [x, dz, mean, rstd, gamma](int64_t i, double& t1, double& t2) {
        const T d = dz[i];
        dz[i] = gamma * d;
        t1 += static_cast<double>(d);
        t2 += static_cast<double>(d) * static_cast<double>((x[i] - mean) * rstd);
      });
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

// ---- float32: explicit vectors --------------------------------------------
//
// GCC/Clang vector extensions, W floats per value: W = 8 (one AVX2 register)
// in the AVX2+FMA instantiation, W = 4 (one SSE/NEON register) otherwise.
// Loops process W elements at a time; the tail goes through the same code
// on a padded stack copy, so every element is computed by the same steps.
#if defined(__GNUC__) || defined(__clang__)

template <int W>
struct Vec;
template <>
struct Vec<8> {
  typedef float F __attribute__((vector_size(32)));
  typedef int32_t I __attribute__((vector_size(32)));
};
template <>
struct Vec<4> {
  typedef float F __attribute__((vector_size(16)));
  typedef int32_t I __attribute__((vector_size(16)));
};

template <int W>
ANON_INLINE typename Vec<W>::F vload(const float* p) {
  typename Vec<W>::F v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <int W>
ANON_INLINE void vstore(float* p, typename Vec<W>::F v) {
  std::memcpy(p, &v, sizeof v);
}
template <int W>
ANON_INLINE typename Vec<W>::F splat(float a) {
  return typename Vec<W>::F{} + a;
}
// mask ? a : b, mask from a vector comparison (all ones / all zeros).
template <int W>
ANON_INLINE typename Vec<W>::F select(typename Vec<W>::I mask,
                                      typename Vec<W>::F a,
                                      typename Vec<W>::F b) {
  using I = typename Vec<W>::I;
  using F = typename Vec<W>::F;
  return reinterpret_cast<F>((reinterpret_cast<I>(a) & mask) |
                             (reinterpret_cast<I>(b) & ~mask));
}
template <int W>
ANON_INLINE double hsum(typename Vec<W>::F v) {
  double s = 0.0;
  for (int j = 0; j < W; ++j) s += static_cast<double>(v[j]);
  return s;
}

// Vector version of exp_f32 (same constants and steps).
template <int W>
ANON_INLINE typename Vec<W>::F vexp(typename Vec<W>::F x) {
  using F = typename Vec<W>::F;
  using I = typename Vec<W>::I;
  x = select<W>(x < -87.3f, splat<W>(-87.3f), x);
  x = select<W>(x > 88.3f, splat<W>(88.3f), x);
  F n;
  const F e = exp_reduced(x, n);
  const I bits = (__builtin_convertvector(n, I) + 127) << 23;
  return e * reinterpret_cast<F>(bits);
}

// Copies n < W elements into a padded vector and back.
template <int W>
ANON_INLINE typename Vec<W>::F load_tail(const float* p, int64_t n, float pad) {
  float buf[W];
  for (int j = 0; j < W; ++j) buf[j] = j < n ? p[j] : pad;
  return vload<W>(buf);
}
template <int W>
ANON_INLINE void store_tail(float* p, int64_t n, typename Vec<W>::F v) {
  float buf[W];
  vstore<W>(buf, v);
  for (int64_t j = 0; j < n; ++j) p[j] = buf[j];
}

template <int W>
ANON_INLINE void sums_vec(const float* p, int64_t n, float shift, double& s1,
                          double& s2) {
  using F = typename Vec<W>::F;
  int64_t i = 0;
  while (i < n) {
    const int64_t end = std::min(n, i + kBlock);
    F a0{}, a1{}, b0{}, b1{};
    for (; i + 2 * W <= end; i += 2 * W) {
      const F v0 = vload<W>(p + i) - shift;
      const F v1 = vload<W>(p + i + W) - shift;
      a0 += v0;
      b0 += v0 * v0;
      a1 += v1;
      b1 += v1 * v1;
    }
    for (; i < end; i += W) {
      const F v = (end - i >= W ? vload<W>(p + i)
                                : load_tail<W>(p + i, end - i, shift)) -
                  shift;
      a0 += v;
      b0 += v * v;
    }
    s1 += hsum<W>(a0 + a1);
    s2 += hsum<W>(b0 + b1);
  }
}

template <int W>
ANON_INLINE typename Vec<W>::F vsilu(typename Vec<W>::F z) {
  return z / (1.0f + vexp<W>(-z));
}

template <int W>
ANON_INLINE void fwd_row_vec(const float* x, float* y, int64_t n, float mean,
                             float a, float b) {
  int64_t i = 0;
  for (; i + W <= n; i += W) {
    vstore<W>(y + i, vsilu<W>((vload<W>(x + i) - mean) * a + b));
  }
  if (i < n) {
    store_tail<W>(y + i, n - i,
                  vsilu<W>((load_tail<W>(x + i, n - i, mean) - mean) * a + b));
  }
}

// Backward pass 1 over one channel row, one read of x and dy:
// dz = dy * silu'(z); out = gamma*dz (rounded to float once, exactly the
// values pass 2 reads); sdz += sum(dz), sdzx += sum(dz * xhat).
template <int W>
ANON_INLINE void bwd_pass1_vec(const float* x, const float* dy, float* out,
                               int64_t n, float mean, float rstd, float gamma,
                               float beta, double& sdz, double& sdzx) {
  using F = typename Vec<W>::F;
  int64_t i = 0;
  while (i < n) {
    const int64_t end = std::min(n, i + kBlock);
    F a0{}, b0{};
    for (; i < end; i += W) {
      const int64_t t = std::min<int64_t>(W, end - i);
      const F xv = t == W ? vload<W>(x + i) : load_tail<W>(x + i, t, mean);
      const F dyv = t == W ? vload<W>(dy + i) : load_tail<W>(dy + i, t, 0.0f);
      const F xh = (xv - mean) * rstd;
      const F z = gamma * xh + beta;
      const F sg = 1.0f / (1.0f + vexp<W>(-z));
      const F d = dyv * sg * (1.0f + z * (1.0f - sg));
      const F gd = gamma * d;
      if (t == W) {
        vstore<W>(out + i, gd);
      } else {
        store_tail<W>(out + i, t, gd);
      }
      a0 += d;
      b0 += d * xh;
    }
    sdz += hsum<W>(a0);
    sdzx += hsum<W>(b0);
  }
}

template <int W>
ANON_INLINE void bwd_dx_vec(const float* x, float* dx, int64_t n, float mean,
                            float rstd, float m1, float m2) {
  using F = typename Vec<W>::F;
  int64_t i = 0;
  for (; i + W <= n; i += W) {
    const F xh = (vload<W>(x + i) - mean) * rstd;
    vstore<W>(dx + i, rstd * ((vload<W>(dx + i) - m1) - xh * m2));
  }
  for (; i < n; ++i) {
    const float xh = (x[i] - mean) * rstd;
    dx[i] = rstd * ((dx[i] - m1) - xh * m2);
  }
}

#if ANON_X86_DISPATCH
#define ANON_V3 __attribute__((target("avx2,fma")))
// ANON_KERNELS_BASELINE=1 in the environment forces the 4-wide baseline
// kernels (tests run both).
bool use_v3() {
  static const bool v = [] {
    const char* force = std::getenv("ANON_KERNELS_BASELINE");
    if (force != nullptr && force[0] != '\0' && force[0] != '0') return false;
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  }();
  return v;
}
#define ANON_DISPATCH(name, args)  \
  if (use_v3()) {                  \
    name##_v3 args;                \
  } else {                         \
    name##_vec<4> args;            \
  }
ANON_V3 void sums_v3(const float* p, int64_t n, float shift, double& s1,
                     double& s2) {
  sums_vec<8>(p, n, shift, s1, s2);
}
ANON_V3 void fwd_row_v3(const float* x, float* y, int64_t n, float mean,
                        float a, float b) {
  fwd_row_vec<8>(x, y, n, mean, a, b);
}
ANON_V3 void bwd_pass1_v3(const float* x, const float* dy, float* out,
                          int64_t n, float mean, float rstd, float gamma,
                          float beta, double& sdz, double& sdzx) {
  bwd_pass1_vec<8>(x, dy, out, n, mean, rstd, gamma, beta, sdz, sdzx);
}
ANON_V3 void bwd_dx_v3(const float* x, float* dx, int64_t n, float mean,
                       float rstd, float m1, float m2) {
  bwd_dx_vec<8>(x, dx, n, mean, rstd, m1, m2);
}
#else
bool use_v3() { return false; }
#define ANON_DISPATCH(name, args) name##_vec<4> args;
#endif

void sums_f32(const float* p, int64_t n, float shift, double& s1,
              double& s2) {
  ANON_DISPATCH(sums, (p, n, shift, s1, s2))
}
void fwd_row_f32(const float* x, float* y, int64_t n, float mean, float a,
                 float b) {
  ANON_DISPATCH(fwd_row, (x, y, n, mean, a, b))
}
void bwd_pass1_f32(const float* x, const float* dy, float* out, int64_t n,
                   float mean, float rstd, float gamma, float beta,
                   double& sdz, double& sdzx) {
  ANON_DISPATCH(bwd_pass1, (x, dy, out, n, mean, rstd, gamma, beta, sdz, sdzx))
}
void bwd_dx_f32(const float* x, float* dx, int64_t n, float mean, float rstd,
                float m1, float m2) {
  ANON_DISPATCH(bwd_dx, (x, dx, n, mean, rstd, m1, m2))
}
#else  // no vector extensions: the generic cores, auto-vectorised if at all.
bool use_v3() { return false; }
void sums_f32(const float* p, int64_t n, float shift, double& s1,
              double& s2) {
  sums_core<float>(p, n, shift, s1, s2);
}
void fwd_row_f32(const float* x, float* y, int64_t n, float mean, float a,
                 float b) {
  fwd_row_core<float>(x, y, n, mean, a, b);
}
void bwd_pass1_f32(const float* x, const float* dy, float* out, int64_t n,
                   float mean, float rstd, float gamma, float beta,
                   double& sdz, double& sdzx) {
  bwd_dz_core<float>(x, dy, out, n, mean, rstd, gamma, beta);
  bwd_sums_core<float>(x, out, n, mean, rstd, gamma, sdz, sdzx);
}
void bwd_dx_f32(const float* x, float* dx, int64_t n, float mean, float rstd,
                float m1, float m2) {
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

}  // namespace

template <typename T>
void forward(const T* x, const T* gamma, const T* beta, T* y, T* mean,
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
        // Shift by the mean of the first few elements, so the shifted
        // values are centred and their float sums stay small.
        const int64_t k = std::min<int64_t>(M, 8);
        double sh = 0.0;
        for (int64_t i = 0; i < k; ++i) sh += static_cast<double>(xg[i]);
        const T shift = static_cast<T>(sh / static_cast<double>(k));
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
void backward(const T* dy, const T* x, const T* gamma, const T* beta,
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

// The two instantiations the header promises.
template void forward<float>(const float*, const float*, const float*, float*,
                             float*, float*, int64_t, int64_t, int64_t,
                             int64_t, double);
template void forward<double>(const double*, const double*, const double*,
                              double*, double*, double*, int64_t, int64_t,
                              int64_t, int64_t, double);
template void backward<float>(const float*, const float*, const float*,
                              const float*, const float*, const float*,
                              float*, double*, double*, int64_t, int64_t,
                              int64_t, int64_t);
template void backward<double>(const double*, const double*, const double*,
                               const double*, const double*, const double*,
                               double*, double*, double*, int64_t, int64_t,
                               int64_t, int64_t);

const char* isa() {
#if ANON_X86_DISPATCH
  return use_v3() ? "x86-64 AVX2+FMA (8-wide)" : "x86-64 SSE2 (4-wide)";
#elif defined(__GNUC__) || defined(__clang__)
  return "generic 4-wide vectors";
#else
  return "scalar";
#endif
}

}  // namespace anon::kernels::cpu
