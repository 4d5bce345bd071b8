// Fused GroupNorm+SiLU: torch-facing launcher, autograd Function, reference.
#include "groupnorm_silu.h"

#include <torch/torch.h>

#include "groupnorm_silu_cpu.h"

#ifdef ANON_WITH_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDAGuard.h>

#include "groupnorm_silu_cuda.h"
#endif

namespace anon::kernels {
namespace {

struct Geometry {
  int64_t N = 0;
  int64_t C = 0;
  int64_t HW = 1;
  int64_t G = 0;
};

Geometry check_inputs(const torch::Tensor& x, int64_t groups,
                      const torch::Tensor& weight, const torch::Tensor& bias) {
  TORCH_CHECK(x.defined(), "group_norm_silu: input is undefined");
  TORCH_CHECK(x.dim() >= 2,
              "group_norm_silu: input must be [N, C, *], got ", x.dim(),
              " dims");
  Geometry g;
  g.N = x.size(0);
  g.C = x.size(1);
  for (int64_t d = 2; d < x.dim(); ++d) g.HW *= x.size(d);
  g.G = groups;
  TORCH_CHECK(groups > 0 && g.C % groups == 0,
              "group_norm_silu: channels (", g.C,
              ") must be a positive multiple of groups (", groups, ")");
  for (const auto* t : {&weight, &bias}) {
    if (!t->defined()) continue;
    TORCH_CHECK(t->numel() == g.C, "group_norm_silu: weight/bias must have ",
                g.C, " elements, got ", t->numel());
    TORCH_CHECK(t->device() == x.device(),
                "group_norm_silu: weight/bias on ", t->device(),
                " but input on ", x.device());
  }
  return g;
}

// CPU compute dtype: float64 stays float64, other floating types use float32.
torch::ScalarType cpu_compute_type(torch::ScalarType t) {
  switch (t) {
    case torch::kDouble:
      return torch::kDouble;
    case torch::kFloat:
    case torch::kHalf:
    case torch::kBFloat16:
      return torch::kFloat;
    default:
      TORCH_CHECK(false, "group_norm_silu: unsupported CPU dtype ", t);
  }
}

torch::Tensor as_contig(const torch::Tensor& t, torch::ScalarType st) {
  if (!t.defined()) return t;
  return t.to(st).contiguous();
}

template <typename T>
const T* ptr_or_null(const torch::Tensor& t) {
  return t.defined() ? t.data_ptr<T>() : nullptr;
}

// The backward result: dx with the weight and bias gradients summed over
// the batch from their per-(sample, channel) parts dw_nc and db_nc, each
// undefined when its parameter is.
std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> with_param_grads(
    const torch::Tensor& dx, const torch::Tensor& dw_nc,
    const torch::Tensor& db_nc, const torch::Tensor& weight,
    const torch::Tensor& bias) {
  torch::Tensor dw, db;
  if (weight.defined()) {
    dw = dw_nc.sum(0).to(weight.scalar_type()).view(weight.sizes());
  }
  if (bias.defined()) {
    db = db_nc.sum(0).to(bias.scalar_type()).view(bias.sizes());
  }
  return {dx, dw, db};
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> forward_cpu(
    const torch::Tensor& x, const Geometry& g, const torch::Tensor& weight,
    const torch::Tensor& bias, double eps) {
  const auto ct = cpu_compute_type(x.scalar_type());
  const auto xc = as_contig(x, ct);
  const auto w = as_contig(weight, ct);
  const auto b = as_contig(bias, ct);
  auto y = torch::empty(xc.sizes(), xc.options());
  auto mean = torch::empty({g.N, g.G}, xc.options());
  auto rstd = torch::empty({g.N, g.G}, xc.options());
  if (ct == torch::kDouble) {
    cpu::forward(xc.data_ptr<double>(), ptr_or_null<double>(w),
                 ptr_or_null<double>(b), y.data_ptr<double>(),
                 mean.data_ptr<double>(), rstd.data_ptr<double>(), g.N, g.C,
                 g.HW, g.G, eps);
  } else {
    cpu::forward(xc.data_ptr<float>(), ptr_or_null<float>(w),
                 ptr_or_null<float>(b), y.data_ptr<float>(),
                 mean.data_ptr<float>(), rstd.data_ptr<float>(), g.N, g.C,
                 g.HW, g.G, eps);
  }
  if (y.scalar_type() != x.scalar_type()) y = y.to(x.scalar_type());
  return {y, mean, rstd};
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> backward_cpu(
    const torch::Tensor& dy, const torch::Tensor& x, const torch::Tensor& mean,
    const torch::Tensor& rstd, const Geometry& g, const torch::Tensor& weight,
    const torch::Tensor& bias) {
  const auto ct = cpu_compute_type(x.scalar_type());
  const auto xc = as_contig(x, ct);
  const auto dyc = as_contig(dy, ct);
  const auto mc = as_contig(mean, ct);
  const auto rc = as_contig(rstd, ct);
  const auto w = as_contig(weight, ct);
  const auto b = as_contig(bias, ct);
  auto dx = torch::empty(xc.sizes(), xc.options());
  const auto nc_opts = xc.options().dtype(torch::kDouble);
  torch::Tensor dw_nc =
      weight.defined() ? torch::zeros({g.N, g.C}, nc_opts) : torch::Tensor();
  torch::Tensor db_nc =
      bias.defined() ? torch::zeros({g.N, g.C}, nc_opts) : torch::Tensor();
  double* dwp = dw_nc.defined() ? dw_nc.data_ptr<double>() : nullptr;
  double* dbp = db_nc.defined() ? db_nc.data_ptr<double>() : nullptr;
  if (ct == torch::kDouble) {
    cpu::backward(dyc.data_ptr<double>(), xc.data_ptr<double>(),
                  ptr_or_null<double>(w), ptr_or_null<double>(b),
                  mc.data_ptr<double>(), rc.data_ptr<double>(),
                  dx.data_ptr<double>(), dwp, dbp, g.N, g.C, g.HW, g.G);
  } else {
    cpu::backward(dyc.data_ptr<float>(), xc.data_ptr<float>(),
                  ptr_or_null<float>(w), ptr_or_null<float>(b),
                  mc.data_ptr<float>(), rc.data_ptr<float>(),
                  dx.data_ptr<float>(), dwp, dbp, g.N, g.C, g.HW, g.G);
  }
  if (dx.scalar_type() != x.scalar_type()) dx = dx.to(x.scalar_type());
  return with_param_grads(dx, dw_nc, db_nc, weight, bias);
}

#ifdef ANON_WITH_CUDA
cuda::DType cuda_dtype(torch::ScalarType t) {
  switch (t) {
    case torch::kFloat:
      return cuda::DType::kFloat32;
    case torch::kHalf:
      return cuda::DType::kFloat16;
    case torch::kBFloat16:
      return cuda::DType::kBFloat16;
    default:
      TORCH_CHECK(false, "group_norm_silu: unsupported CUDA dtype ", t,
                  " (float32, float16, bfloat16)");
  }
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> forward_cuda(
    const torch::Tensor& x, const Geometry& g, const torch::Tensor& weight,
    const torch::Tensor& bias, double eps) {
  const auto dt = cuda_dtype(x.scalar_type());
  const c10::cuda::CUDAGuard guard(x.device());
  const auto xc = x.contiguous();
  const auto w = as_contig(weight, torch::kFloat);
  const auto b = as_contig(bias, torch::kFloat);
  auto y = torch::empty(xc.sizes(), xc.options());
  const auto f32 = xc.options().dtype(torch::kFloat);
  auto mean = torch::zeros({g.N, g.G}, f32);
  auto rstd = torch::zeros({g.N, g.G}, f32);
  if (xc.numel() == 0) return {y, mean, rstd};
  const int rc = cuda::forward(
      xc.data_ptr(), ptr_or_null<float>(w), ptr_or_null<float>(b),
      y.data_ptr(), mean.data_ptr<float>(), rstd.data_ptr<float>(), g.N, g.C,
      g.HW, g.G, static_cast<float>(eps), dt,
      at::cuda::getCurrentCUDAStream().stream());
  TORCH_CHECK(rc == 0, "group_norm_silu: CUDA forward failed: ",
              cuda::error_string(rc));
  return {y, mean, rstd};
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> backward_cuda(
    const torch::Tensor& dy, const torch::Tensor& x, const torch::Tensor& mean,
    const torch::Tensor& rstd, const Geometry& g, const torch::Tensor& weight,
    const torch::Tensor& bias) {
  const auto dt = cuda_dtype(x.scalar_type());
  const c10::cuda::CUDAGuard guard(x.device());
  const auto xc = x.contiguous();
  const auto dyc = dy.to(x.scalar_type()).contiguous();
  const auto mc = as_contig(mean, torch::kFloat);
  const auto rc_ = as_contig(rstd, torch::kFloat);
  const auto w = as_contig(weight, torch::kFloat);
  const auto b = as_contig(bias, torch::kFloat);
  auto dx = torch::empty(xc.sizes(), xc.options());
  const auto f32 = xc.options().dtype(torch::kFloat);
  auto dw_nc = torch::zeros({g.N, g.C}, f32);
  auto db_nc = torch::zeros({g.N, g.C}, f32);
  if (xc.numel() > 0) {
    const int rc = cuda::backward(
        dyc.data_ptr(), xc.data_ptr(), ptr_or_null<float>(w),
        ptr_or_null<float>(b), mc.data_ptr<float>(), rc_.data_ptr<float>(),
        dx.data_ptr(), dw_nc.data_ptr<float>(), db_nc.data_ptr<float>(), g.N,
        g.C, g.HW, g.G, dt, at::cuda::getCurrentCUDAStream().stream());
    TORCH_CHECK(rc == 0, "group_norm_silu: CUDA backward failed: ",
                cuda::error_string(rc));
  }
  return with_param_grads(dx, dw_nc, db_nc, weight, bias);
}
#endif  // ANON_WITH_CUDA

[[noreturn]] void no_device(const torch::Tensor& x) {
  TORCH_CHECK(false, "group_norm_silu: no kernel for device ", x.device(),
              x.is_cuda() ? " (this build has no CUDA kernels: it was "
                            "configured without a CUDA toolkit and a CUDA "
                            "libtorch)"
                          : "");
}

class GroupNormSiLUFunction
    : public torch::autograd::Function<GroupNormSiLUFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx,
                               const torch::Tensor& x, int64_t groups,
                               const c10::optional<torch::Tensor>& weight_opt,
                               const c10::optional<torch::Tensor>& bias_opt,
                               double eps) {
    const torch::Tensor weight = weight_opt.value_or(torch::Tensor());
    const torch::Tensor bias = bias_opt.value_or(torch::Tensor());
    auto out = group_norm_silu_forward(x, groups, weight, bias, eps);
    ctx->save_for_backward({x, weight, bias, std::get<1>(out),
                            std::get<2>(out)});
    ctx->saved_data["groups"] = groups;
    return std::get<0>(out);
  }

  static torch::autograd::variable_list backward(
      torch::autograd::AutogradContext* ctx,
      torch::autograd::variable_list grad_outputs) {
    const auto saved = ctx->get_saved_variables();
    const int64_t groups = ctx->saved_data["groups"].toInt();
    auto grads = group_norm_silu_backward(grad_outputs[0], saved[0], saved[3],
                                          saved[4], groups, saved[1],
                                          saved[2]);
    return {std::get<0>(grads), torch::Tensor(), std::get<1>(grads),
            std::get<2>(grads), torch::Tensor()};
  }
};

}  // namespace

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> group_norm_silu_forward(
    const torch::Tensor& x, int64_t groups, const torch::Tensor& weight,
    const torch::Tensor& bias, double eps) {
  const Geometry g = check_inputs(x, groups, weight, bias);
  TORCH_CHECK(eps >= 0.0, "group_norm_silu: eps must be >= 0");
  const torch::NoGradGuard no_grad;
  if (x.is_cpu()) return forward_cpu(x, g, weight, bias, eps);
#ifdef ANON_WITH_CUDA
  if (x.is_cuda()) return forward_cuda(x, g, weight, bias, eps);
#endif
  no_device(x);
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor>
group_norm_silu_backward(const torch::Tensor& grad_out, const torch::Tensor& x,
                         const torch::Tensor& mean, const torch::Tensor& rstd,
                         int64_t groups, const torch::Tensor& weight,
                         const torch::Tensor& bias) {
  const Geometry g = check_inputs(x, groups, weight, bias);
  TORCH_CHECK(grad_out.defined() && grad_out.sizes() == x.sizes(),
              "group_norm_silu: grad_out must have the input's shape");
  TORCH_CHECK(mean.defined() && rstd.defined() &&
                  mean.numel() == g.N * g.G && rstd.numel() == g.N * g.G,
              "group_norm_silu: mean/rstd must have N*groups elements");
  TORCH_CHECK(grad_out.device() == x.device() &&
                  mean.device() == x.device() && rstd.device() == x.device(),
              "group_norm_silu: grad_out/mean/rstd must be on the input's "
              "device");
  const torch::NoGradGuard no_grad;
  if (x.is_cpu()) return backward_cpu(grad_out, x, mean, rstd, g, weight, bias);
#ifdef ANON_WITH_CUDA
  if (x.is_cuda()) {
    return backward_cuda(grad_out, x, mean, rstd, g, weight, bias);
  }
#endif
  no_device(x);
}

torch::Tensor group_norm_silu(const torch::Tensor& x, int64_t groups,
                              const torch::Tensor& weight,
                              const torch::Tensor& bias, double eps) {
  // libtorch's custom Function takes undefined tensors only as empty
  // optionals (they are then not autograd inputs).
  auto opt = [](const torch::Tensor& t) {
    return t.defined() ? c10::optional<torch::Tensor>(t) : c10::nullopt;
  };
  return GroupNormSiLUFunction::apply(x, groups, opt(weight), opt(bias), eps);
}

torch::Tensor group_norm_silu_reference(const torch::Tensor& x, int64_t groups,
                                        const torch::Tensor& weight,
                                        const torch::Tensor& bias,
                                        double eps) {
  // libtorch 1.13's group_norm backward fails ("tensor does not have a
  // device") with a bias but no weight; a constant unit weight is the same
  // function.
  const torch::Tensor w = (!weight.defined() && bias.defined())
                              ? torch::ones_like(bias).detach()
                              : weight;
  return torch::silu(torch::group_norm(x, groups, w, bias, eps));
}

bool group_norm_silu_has_cuda() {
#ifdef ANON_WITH_CUDA
  return true;
#else
  return false;
#endif
}

const char* group_norm_silu_cpu_isa() { return cpu::isa(); }

}  // namespace anon::kernels
