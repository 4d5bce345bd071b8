// The group_norm_silu calls of one UNet forward, read from the core's model
// (csrc/models), so that profile_kernels times the op at the shapes and
// counts the diffusion sampler sees.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace profile {

struct UnetNorm {
  int64_t n, c, h, w, groups;
  int count;  // calls per UNet forward
};

// The distinct inputs of group_norm_silu (two per residual block, one before
// the output convolution) in a forward of preset's UNet on n latents of
// crop_h x crop_w crops, largest spatial size first. Throws anon::Error on
// an unknown preset or a crop size that is not a multiple of the model's
// pixel multiple.
std::vector<UnetNorm> unet_groupnorm_shapes(const std::string& preset, int64_t n, int64_t crop_h,
                                            int64_t crop_w);

}  // namespace profile
