// Fused GroupNorm + SiLU: y = silu(group_norm(x, groups, weight, bias, eps)).
//
// x: [N, C, *] (any number of spatial dims, including none), C % groups == 0.
// weight, bias: [C] or undefined (no affine; either may be undefined alone).
// Devices: CPU (float32 and float64 native; bfloat16/float16 computed in
// float32 and cast back) and, when built with ANON_WITH_CUDA, CUDA (float32,
// float16, bfloat16 with float32 accumulation). Other cases throw c10::Error.
// Errors are thrown as c10::Error (TORCH_CHECK); the C API layer catches.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <tuple>

namespace anon::kernels {

// Differentiable fused op (a torch::autograd::Function): the forward saves
// the per-(n, group) mean and rstd; the backward is a fused kernel giving
// exact gradients for x, weight and bias. The backward itself is not
// differentiable (no double backward).
torch::Tensor group_norm_silu(const torch::Tensor& x, int64_t groups,
                              const torch::Tensor& weight,
                              const torch::Tensor& bias, double eps = 1e-5);

// Unfused reference: torch::silu(torch::group_norm(...)), for tests and
// benchmarks. Differentiable through libtorch's autograd.
torch::Tensor group_norm_silu_reference(const torch::Tensor& x, int64_t groups,
                                        const torch::Tensor& weight,
                                        const torch::Tensor& bias,
                                        double eps = 1e-5);

// Raw fused forward without autograd: returns (y, mean, rstd), mean/rstd of
// shape [N, groups] in the compute dtype (float32, or float64 for float64
// input on CPU).
std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> group_norm_silu_forward(
    const torch::Tensor& x, int64_t groups, const torch::Tensor& weight,
    const torch::Tensor& bias, double eps = 1e-5);

// Raw fused backward without autograd, from the forward's mean/rstd:
// returns (dx, dweight, dbias); dweight/dbias are undefined when the
// corresponding weight/bias is undefined.
std::tuple<torch::Tensor, torch::Tensor, torch::Tensor>
group_norm_silu_backward(const torch::Tensor& grad_out, const torch::Tensor& x,
                         const torch::Tensor& mean, const torch::Tensor& rstd,
                         int64_t groups, const torch::Tensor& weight,
                         const torch::Tensor& bias);

// True when this build has the CUDA kernels.
bool group_norm_silu_has_cuda();

// The CPU instruction set the float kernels use on this machine.
const char* group_norm_silu_cpu_isa();

}  // namespace anon::kernels
