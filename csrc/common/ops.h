// Small ops shared by the models. group_norm_silu dispatches to the fused
// kernel library (csrc/kernels, target anon_kernels) when it is built in
// (ANON_HAVE_KERNELS), otherwise to the unfused libtorch reference.
#pragma once

#include <torch/torch.h>

#ifdef ANON_HAVE_KERNELS
#include "kernels/groupnorm_silu.h"
#endif

namespace anon {

// Unfused libtorch reference: silu(group_norm(x)).
inline torch::Tensor group_norm_silu_reference(const torch::Tensor& x, int64_t groups, const torch::Tensor& weight,
                                               const torch::Tensor& bias, double eps = 1e-5) {
  return torch::silu(torch::group_norm(x, groups, weight, bias, eps));
}

inline torch::Tensor group_norm_silu(const torch::Tensor& x, int64_t groups, const torch::Tensor& weight,
                                     const torch::Tensor& bias, double eps = 1e-5) {
#ifdef ANON_HAVE_KERNELS
  return anon::kernels::group_norm_silu(x, groups, weight, bias, eps);
#else
  return group_norm_silu_reference(x, groups, weight, bias, eps);
#endif
}

inline constexpr bool have_fused_kernels() {
#ifdef ANON_HAVE_KERNELS
  return true;
#else
  return false;
#endif
}

}  // namespace anon
