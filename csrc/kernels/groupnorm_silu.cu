// Fused GroupNorm+SiLU, CUDA. Torch-free: see groupnorm_silu_cuda.h.
#include "groupnorm_silu_cuda.h"

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>

namespace anon::kernels::cuda {
namespace {

// ---- element conversions ----------------------------------------------------

__device__ __forceinline__ float to_f32(float v) { return v; }
__device__ __forceinline__ float to_f32(__half v) { return __half2float(v); }
__device__ __forceinline__ float to_f32(__nv_bfloat16 v) {
  return __bfloat162float(v);
}

template <typename T>
__device__ __forceinline__ T from_f32(float v);
template <>
__device__ __forceinline__ float from_f32<float>(float v) {
  return v;
}
template <>
__device__ __forceinline__ __half from_f32<__half>(float v) {
  return __float2half_rn(v);
}
template <>
__device__ __forceinline__ __nv_bfloat16 from_f32<__nv_bfloat16>(float v) {
  return __float2bfloat16_rn(v);
}

// V elements of T loaded/stored as one access (16 bytes when V*sizeof(T)=16).
template <typename T, int V>
struct alignas(sizeof(T) * V) Pack {
  T v[V];
};

template <typename T, int V>
__device__ __forceinline__ Pack<T, V> load(const T* p, int64_t i) {
  return reinterpret_cast<const Pack<T, V>*>(p)[i];
}
template <typename T, int V>
__device__ __forceinline__ void store(T* p, int64_t i, const Pack<T, V>& v) {
  reinterpret_cast<Pack<T, V>*>(p)[i] = v;
}

__device__ __forceinline__ float silu(float z) { return z / (1.0f + expf(-z)); }

// d silu(z) / dz.
__device__ __forceinline__ float silu_grad(float z) {
  const float s = 1.0f / (1.0f + expf(-z));
  return s * (1.0f + z * (1.0f - s));
}

// ---- reductions -------------------------------------------------------------

__device__ __forceinline__ double warp_sum(double v) {
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
  return v;
}

// Sums a and b over the block; the result is valid in thread 0.
// smem must hold 2*32 doubles. Ends with a barrier so smem can be reused.
template <int BLOCK>
__device__ __forceinline__ void block_sum2(double& a, double& b,
                                           double* smem) {
  static_assert(BLOCK % 32 == 0 && BLOCK <= 1024, "block size");
  constexpr int kWarps = BLOCK / 32;
  a = warp_sum(a);
  b = warp_sum(b);
  const int lane = threadIdx.x & 31;
  const int warp = threadIdx.x >> 5;
  if (lane == 0) {
    smem[warp] = a;
    smem[32 + warp] = b;
  }
  __syncthreads();
  if (warp == 0) {
    a = lane < kWarps ? smem[lane] : 0.0;
    b = lane < kWarps ? smem[32 + lane] : 0.0;
    a = warp_sum(a);
    b = warp_sum(b);
  }
  __syncthreads();
}

// ---- forward ----------------------------------------------------------------

// One block per (n, g): mean and rstd of the M = D*HW contiguous elements.
// Shifted sums (shift = first element) in fp32 per vector, fp64 across.
template <typename T, int V, int BLOCK>
__global__ void __launch_bounds__(BLOCK)
    stats_kernel(const T* __restrict__ x, float* __restrict__ mean,
                 float* __restrict__ rstd, int64_t M, float eps) {
  __shared__ double smem[64];
  const int64_t ng = blockIdx.x;
  const T* xg = x + ng * M;
  const float shift = to_f32(xg[0]);
  double s1 = 0.0;
  double s2 = 0.0;
  const int64_t nvec = M / V;
  for (int64_t i = threadIdx.x; i < nvec; i += BLOCK) {
    const Pack<T, V> p = load<T, V>(xg, i);
    float a = 0.0f;
    float b = 0.0f;
#pragma unroll
    for (int j = 0; j < V; ++j) {
      const float v = to_f32(p.v[j]) - shift;
      a += v;
      b += v * v;
    }
    s1 += a;
    s2 += b;
  }
  block_sum2<BLOCK>(s1, s2, smem);
  if (threadIdx.x == 0) {
    const double m1 = s1 / static_cast<double>(M);
    double var = s2 / static_cast<double>(M) - m1 * m1;
    var = var > 0.0 ? var : 0.0;
    mean[ng] = static_cast<float>(static_cast<double>(shift) + m1);
    rstd[ng] = static_cast<float>(rsqrt(var + static_cast<double>(eps)));
  }
}

// grid.x = N*C rows, grid.y splits a row;
// y = silu((x - mean)*rstd*gamma + beta) per channel.
template <typename T, int V>
__global__ void apply_kernel(const T* __restrict__ x,
                             const float* __restrict__ gamma,
                             const float* __restrict__ beta,
                             const float* __restrict__ mean,
                             const float* __restrict__ rstd, T* __restrict__ y,
                             int64_t C, int64_t HW, int64_t G) {
  const int64_t row = blockIdx.x;  // n*C + c
  const int64_t c = row % C;
  const int64_t n = row / C;
  const int64_t ng = n * G + c / (C / G);
  const float gm = gamma ? gamma[c] : 1.0f;
  const float bt = beta ? beta[c] : 0.0f;
  const float a = rstd[ng] * gm;
  const float mu = mean[ng];
  const T* xr = x + row * HW;
  T* yr = y + row * HW;
  const int64_t nvec = HW / V;
  const int64_t stride = static_cast<int64_t>(blockDim.x) * gridDim.y;
  for (int64_t i = static_cast<int64_t>(blockIdx.y) * blockDim.x + threadIdx.x;
       i < nvec; i += stride) {
    const Pack<T, V> p = load<T, V>(xr, i);
    Pack<T, V> o;
#pragma unroll
    for (int j = 0; j < V; ++j) {
      // (x - mean) first: exact z when rstd is large (near-constant group).
      o.v[j] = from_f32<T>(silu((to_f32(p.v[j]) - mu) * a + bt));
    }
    store<T, V>(yr, i, o);
  }
}

// ---- backward ---------------------------------------------------------------

// One block per (n, g).
// Pass 1, per channel: dz = dy * silu'(z); block sums of dz and dz*xhat ->
//   dbeta_nc, dgamma_nc; group sums m1 = sum(gamma*dz), m2 = sum(gamma*dz*xhat).
// Pass 2: dx = rstd * (gamma*dz - m1/M - xhat*m2/M), dz recomputed (the
//   group's data is in L2 from pass 1).
template <typename T, int V, int BLOCK>
__global__ void __launch_bounds__(BLOCK)
    backward_kernel(const T* __restrict__ dy, const T* __restrict__ x,
                    const float* __restrict__ gamma,
                    const float* __restrict__ beta,
                    const float* __restrict__ mean,
                    const float* __restrict__ rstd, T* __restrict__ dx,
                    float* __restrict__ dgamma_nc, float* __restrict__ dbeta_nc,
                    int64_t C, int64_t HW, int64_t G) {
  __shared__ double smem[64];
  __shared__ float coef[2];
  const int64_t ng = blockIdx.x;
  const int64_t n = ng / G;
  const int64_t g = ng % G;
  const int64_t D = C / G;
  const int64_t M = D * HW;
  const float mu = mean[ng];
  const float rs = rstd[ng];
  const int64_t off = ng * M;
  const int64_t vec_per_row = HW / V;

  double m1 = 0.0;  // meaningful in thread 0 only
  double m2 = 0.0;
  for (int64_t d = 0; d < D; ++d) {
    const int64_t c = g * D + d;
    const float gm = gamma ? gamma[c] : 1.0f;
    const float bt = beta ? beta[c] : 0.0f;
    const T* xr = x + off + d * HW;
    const T* dyr = dy + off + d * HW;
    double sdz = 0.0;
    double sdzx = 0.0;
    for (int64_t i = threadIdx.x; i < vec_per_row; i += BLOCK) {
      const Pack<T, V> px = load<T, V>(xr, i);
      const Pack<T, V> pd = load<T, V>(dyr, i);
      float a = 0.0f;
      float b = 0.0f;
#pragma unroll
      for (int j = 0; j < V; ++j) {
        const float xh = (to_f32(px.v[j]) - mu) * rs;
        const float dz = to_f32(pd.v[j]) * silu_grad(gm * xh + bt);
        a += dz;
        b += dz * xh;
      }
      sdz += a;
      sdzx += b;
    }
    block_sum2<BLOCK>(sdz, sdzx, smem);
    if (threadIdx.x == 0) {
      dbeta_nc[n * C + c] = static_cast<float>(sdz);
      dgamma_nc[n * C + c] = static_cast<float>(sdzx);
      m1 += static_cast<double>(gm) * sdz;
      m2 += static_cast<double>(gm) * sdzx;
    }
  }
  if (threadIdx.x == 0) {
    coef[0] = static_cast<float>(m1 / static_cast<double>(M));
    coef[1] = static_cast<float>(m2 / static_cast<double>(M));
  }
  __syncthreads();
  const float c1 = coef[0];
  const float c2 = coef[1];
  const T* xg = x + off;
  const T* dyg = dy + off;
  T* dxg = dx + off;
  // 32-bit index and division (64-bit division is a long instruction
  // sequence on GPUs); the launcher guarantees M < 2^31.
  const uint32_t nvec = static_cast<uint32_t>(M / V);
  const uint32_t vpr = static_cast<uint32_t>(vec_per_row);
  for (uint32_t i = threadIdx.x; i < nvec; i += BLOCK) {
    const int64_t c = g * D + i / vpr;
    const float gm = gamma ? gamma[c] : 1.0f;
    const float bt = beta ? beta[c] : 0.0f;
    const Pack<T, V> px = load<T, V>(xg, i);
    const Pack<T, V> pd = load<T, V>(dyg, i);
    Pack<T, V> o;
#pragma unroll
    for (int j = 0; j < V; ++j) {
      const float xh = (to_f32(px.v[j]) - mu) * rs;
      const float dz = to_f32(pd.v[j]) * silu_grad(gm * xh + bt);
      // __fmul_rn: gamma*dz rounded as in c1's sum (no FMA contraction),
      // so a one-element group gives exactly 0.
      o.v[j] = from_f32<T>(rs * ((__fmul_rn(gm, dz) - c1) - xh * c2));
    }
    store<T, V>(dxg, i, o);
  }
}

// ---- launchers --------------------------------------------------------------

bool aligned16(const void* p) {
  return (reinterpret_cast<uintptr_t>(p) & 15u) == 0;
}

template <typename T, int V>
cudaError_t forward_t(const T* x, const float* gamma, const float* beta, T* y,
                      float* mean, float* rstd, int64_t N, int64_t C,
                      int64_t HW, int64_t G, float eps, cudaStream_t s) {
  const int64_t M = (C / G) * HW;
  const int64_t nvec = M / V;
  const unsigned groups = static_cast<unsigned>(N * G);
  if (nvec <= 512) {
    stats_kernel<T, V, 128><<<groups, 128, 0, s>>>(x, mean, rstd, M, eps);
  } else if (nvec <= 2048) {
    stats_kernel<T, V, 256><<<groups, 256, 0, s>>>(x, mean, rstd, M, eps);
  } else {
    stats_kernel<T, V, 512><<<groups, 512, 0, s>>>(x, mean, rstd, M, eps);
  }
  cudaError_t err = cudaGetLastError();
  if (err != cudaSuccess) return err;
  const int64_t row_vecs = HW / V;
  const int threads = row_vecs >= 256 ? 256 : (row_vecs >= 128 ? 128 : 64);
  int64_t split = (row_vecs + threads * 4 - 1) / (threads * 4);  // ~4 vec/thread
  if (split < 1) split = 1;
  if (split > 65535) split = 65535;
  const dim3 grid(static_cast<unsigned>(N * C), static_cast<unsigned>(split));
  apply_kernel<T, V><<<grid, threads, 0, s>>>(x, gamma, beta, mean, rstd, y,
                                               C, HW, G);
  return cudaGetLastError();
}

template <typename T, int V>
cudaError_t backward_t(const T* dy, const T* x, const float* gamma,
                       const float* beta, const float* mean, const float* rstd,
                       T* dx, float* dgamma_nc, float* dbeta_nc, int64_t N,
                       int64_t C, int64_t HW, int64_t G, cudaStream_t s) {
  const unsigned groups = static_cast<unsigned>(N * G);
  backward_kernel<T, V, 256><<<groups, 256, 0, s>>>(
      dy, x, gamma, beta, mean, rstd, dx, dgamma_nc, dbeta_nc, C, HW, G);
  return cudaGetLastError();
}

// Runs f.template operator()<T, V>() with the widest V the layout allows.
template <typename T, typename F>
cudaError_t with_vec(int64_t HW, bool aligned, F&& f) {
  constexpr int kV = 16 / static_cast<int>(sizeof(T));
  if (aligned && HW % kV == 0) return f.template operator()<T, kV>();
  return f.template operator()<T, 1>();
}

cudaError_t check_shape(int64_t N, int64_t C, int64_t HW, int64_t G) {
  if (N < 0 || C <= 0 || HW < 0 || G <= 0 || C % G != 0) {
    return cudaErrorInvalidValue;
  }
  // Grid sizes, and 32-bit indices within one group.
  if (N * G > 0x7fffffffLL || N * C > 0x7fffffffLL ||
      (C / G) * HW > 0x7fffffffLL) {
    return cudaErrorInvalidConfiguration;
  }
  return cudaSuccess;
}

struct ForwardCall {
  const void* x;
  const float* gamma;
  const float* beta;
  void* y;
  float* mean;
  float* rstd;
  int64_t N, C, HW, G;
  float eps;
  cudaStream_t s;
  template <typename U, int V>
  cudaError_t operator()() const {
    return forward_t<U, V>(static_cast<const U*>(x), gamma, beta,
                           static_cast<U*>(y), mean, rstd, N, C, HW, G, eps,
                           s);
  }
};

struct BackwardCall {
  const void* dy;
  const void* x;
  const float* gamma;
  const float* beta;
  const float* mean;
  const float* rstd;
  void* dx;
  float* dgamma_nc;
  float* dbeta_nc;
  int64_t N, C, HW, G;
  cudaStream_t s;
  template <typename U, int V>
  cudaError_t operator()() const {
    return backward_t<U, V>(static_cast<const U*>(dy),
                            static_cast<const U*>(x), gamma, beta, mean, rstd,
                            static_cast<U*>(dx), dgamma_nc, dbeta_nc, N, C, HW,
                            G, s);
  }
};

}  // namespace

int forward(const void* x, const float* gamma, const float* beta, void* y,
            float* mean, float* rstd, int64_t N, int64_t C, int64_t HW,
            int64_t G, float eps, DType dtype, void* stream) {
  cudaError_t err = check_shape(N, C, HW, G);
  if (err != cudaSuccess) return static_cast<int>(err);
  if (N == 0 || HW == 0) return 0;
  const auto s = static_cast<cudaStream_t>(stream);
  const bool al = aligned16(x) && aligned16(y);
  switch (dtype) {
    case DType::kFloat32:
      err = with_vec<float>(HW, al, ForwardCall{x, gamma, beta, y, mean,
                                                       rstd, N, C, HW, G, eps,
                                                       s});
      break;
    case DType::kFloat16:
      err = with_vec<__half>(HW, al, ForwardCall{x, gamma, beta, y,
                                                         mean, rstd, N, C, HW,
                                                         G, eps, s});
      break;
    case DType::kBFloat16:
      err = with_vec<__nv_bfloat16>(
          HW, al,
          ForwardCall{x, gamma, beta, y, mean, rstd, N, C, HW,
                                     G, eps, s});
      break;
    default:
      err = cudaErrorInvalidValue;
  }
  return static_cast<int>(err);
}

int backward(const void* dy, const void* x, const float* gamma,
             const float* beta, const float* mean, const float* rstd,
             void* dx, float* dgamma_nc, float* dbeta_nc, int64_t N,
             int64_t C, int64_t HW, int64_t G, DType dtype, void* stream) {
  cudaError_t err = check_shape(N, C, HW, G);
  if (err != cudaSuccess) return static_cast<int>(err);
  if (dgamma_nc == nullptr || dbeta_nc == nullptr) {
    return static_cast<int>(cudaErrorInvalidValue);
  }
  if (N == 0) return 0;
  if (HW == 0) {
    // Empty groups: no dx elements; the per-channel sums are zero.
    err = cudaMemsetAsync(dgamma_nc, 0, sizeof(float) * N * C,
                          static_cast<cudaStream_t>(stream));
    if (err == cudaSuccess) {
      err = cudaMemsetAsync(dbeta_nc, 0, sizeof(float) * N * C,
                            static_cast<cudaStream_t>(stream));
    }
    return static_cast<int>(err);
  }
  const auto s = static_cast<cudaStream_t>(stream);
  const bool al = aligned16(dy) && aligned16(x) && aligned16(dx);
  switch (dtype) {
    case DType::kFloat32:
      err = with_vec<float>(
          HW, al,
          BackwardCall{dy, x, gamma, beta, mean, rstd, dx, dgamma_nc,
                              dbeta_nc, N, C, HW, G, s});
      break;
    case DType::kFloat16:
      err = with_vec<__half>(
          HW, al,
          BackwardCall{dy, x, gamma, beta, mean, rstd, dx, dgamma_nc,
                               dbeta_nc, N, C, HW, G, s});
      break;
    case DType::kBFloat16:
      err = with_vec<__nv_bfloat16>(
          HW, al,
          BackwardCall{dy, x, gamma, beta, mean, rstd, dx,
                                      dgamma_nc, dbeta_nc, N, C, HW, G, s});
      break;
    default:
      err = cudaErrorInvalidValue;
  }
  return static_cast<int>(err);
}

const char* error_string(int code) {
  return cudaGetErrorString(static_cast<cudaError_t>(code));
}

}  // namespace anon::kernels::cuda
