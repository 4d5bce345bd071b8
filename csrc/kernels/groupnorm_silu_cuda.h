// CUDA kernels for the fused GroupNorm+SiLU op, on raw device buffers.
//
// This header and groupnorm_silu.cu include no torch header, so nvcc can
// compile the kernels without a CUDA build of libtorch
// (scripts/cuda_check.sh). groupnorm_silu.cpp is the thin torch launcher.
//
// Layout as in groupnorm_silu_cpu.h: x is [N, C, HW] contiguous, group g of
// sample n is the contiguous span of D = C/G channels at (n*C + g*D)*HW.
// gamma/beta are float [C] or nullptr; mean/rstd are float [N*G].
// Activations are fp32, fp16 or bf16; all arithmetic accumulates in fp32 and
// the statistics reductions in fp64.
#pragma once

#include <cstdint>

namespace anon::kernels::cuda {

enum class DType : int { kFloat32 = 0, kFloat16 = 1, kBFloat16 = 2 };

// Launch configuration and return codes are cudaError_t values cast to int
// (0 = success) so this header stays free of CUDA headers. `stream` is a
// cudaStream_t (nullptr = legacy default stream).

// Two kernels: statistics (one block per (n, g), warp-shuffle reduction),
// then the fused normalise+affine+SiLU (16-byte vector loads when HW and
// the pointers allow).
int forward(const void* x, const float* gamma, const float* beta, void* y,
            float* mean, float* rstd, int64_t N, int64_t C, int64_t HW,
            int64_t G, float eps, DType dtype, void* stream);

// One kernel, one block per (n, g): exact dx, plus per-(n, c) partial sums
// dgamma_nc = sum(dz * xhat), dbeta_nc = sum(dz) ([N*C] float, required),
// which the caller reduces over n.
int backward(const void* dy, const void* x, const float* gamma,
             const float* beta, const float* mean, const float* rstd,
             void* dx, float* dgamma_nc, float* dbeta_nc, int64_t N,
             int64_t C, int64_t HW, int64_t G, DType dtype, void* stream);

// cudaGetErrorString for a code returned above.
const char* error_string(int code);

}  // namespace anon::kernels::cuda
