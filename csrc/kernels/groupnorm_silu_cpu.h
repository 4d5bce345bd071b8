// CPU kernels for the fused GroupNorm+SiLU op, on raw contiguous buffers.
//
// Layout: x is [N, C, HW] contiguous; group g of sample n is the contiguous
// span of D = C/G channels starting at (n*C + g*D)*HW. gamma/beta are [C] or
// nullptr (no affine). mean/rstd are [N*G]. All functions parallelise over
// (n, g) with at::parallel_for and are safe to call from any thread.
#pragma once

#include <cstdint>

namespace anon::kernels::cpu {

// The kernels exist for T = float and T = double (explicit instantiations in
// groupnorm_silu_cpu.cpp).
//
// y = silu(gamma * (x - mean) * rstd + beta), writing mean/rstd per group.
// Statistics use a shifted sum/sum-of-squares with double accumulation.
template <typename T>
void forward(const T* x, const T* gamma, const T* beta, T* y, T* mean,
             T* rstd, int64_t N, int64_t C, int64_t HW, int64_t G,
             double eps);

// Exact gradients of the forward above given dy. dx is [N, C, HW].
// dgamma_nc / dbeta_nc are per-(n, c) partial sums ([N*C], double) of
// dz * xhat and dz, where dz = dy * silu'(z); the caller reduces them over n.
// Both may be nullptr when not needed (gamma may still be non-null). A
// literal nullptr argument does not tell T: name it (forward<float>(...)).
template <typename T>
void backward(const T* dy, const T* x, const T* gamma, const T* beta,
              const T* mean, const T* rstd, T* dx, double* dgamma_nc,
              double* dbeta_nc, int64_t N, int64_t C, int64_t HW, int64_t G);

// The float kernels' instruction set on this machine, for benchmark tables
// (e.g. "x86-64 AVX2+FMA (8-wide)").
const char* isa();

}  // namespace anon::kernels::cpu
