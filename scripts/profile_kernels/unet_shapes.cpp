#include "unet_shapes.h"

#include <map>
#include <tuple>

#include "common/error.h"
#include "models/config.h"
#include "models/models.h"

namespace profile {

std::vector<UnetNorm> unet_groupnorm_shapes(const std::string& preset, int64_t n, int64_t crop_h,
                                            int64_t crop_w) {
  const anon::Config cfg = anon::Config::preset_config(preset);
  cfg.validate();
  const int64_t m = cfg.pixel_multiple();
  if (n < 1 || crop_h < m || crop_w < m || crop_h % m || crop_w % m)
    anon::fail(anon::Status::Invalid, "UNet shapes: want n >= 1 and crop sides that are multiples of " +
                                          std::to_string(m));
  const int64_t lh = crop_h / cfg.vae.downsample(), lw = crop_w / cfg.vae.downsample();
  anon::Unet unet(cfg.unet, cfg.vae.latent_ch, cfg.text.dim);
  // Level i runs at 1/2^i of the latent size. Ordered by size (largest
  // first), then channels.
  std::map<std::tuple<int64_t, int64_t, int64_t>, UnetNorm> calls;
  auto add = [&](const torch::nn::GroupNorm& gn, size_t level) {
    const int64_t c = gn->options.num_channels(), g = gn->options.num_groups();
    const int64_t h = lh >> level, w = lw >> level;
    auto it = calls.try_emplace({-h * w, c, g}, UnetNorm{n, c, h, w, g, 0}).first;
    it->second.count++;
  };
  auto add_block = [&](const anon::ResBlock& rb, size_t level) {
    add(rb->norm1, level);
    add(rb->norm2, level);
  };
  const size_t levels = unet->cfg.mult.size();
  for (size_t i = 0; i < levels; ++i) {
    for (const auto& rb : unet->down_res[i]) add_block(rb, i);
    for (const auto& rb : unet->up_res[i]) add_block(rb, i);
  }
  add_block(unet->mid1, levels - 1);
  add_block(unet->mid2, levels - 1);
  add(unet->norm_out, 0);
  std::vector<UnetNorm> out;
  for (const auto& kv : calls) out.push_back(kv.second);
  return out;
}

}  // namespace profile
