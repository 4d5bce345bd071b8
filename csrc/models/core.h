// ModelCore: one loaded model set on one device, shared by the C API handle
// and any trainer built on it. Readers (encode, decode, sample, save) take
// the mutex shared; writers (train steps, trainer load) take it exclusive.
#pragma once

#include <memory>
#include <shared_mutex>

#include <torch/torch.h>

#include "models/models.h"

namespace anon {

struct ModelCore {
  ModelCore(ModelSet n, torch::Device d) : net(std::move(n)), device(d) {}
  ModelSet net;
  torch::Device device;
  std::shared_mutex mu;
};

// "cpu", "cuda", "cuda:N" or "auto"/"" (CUDA when available, else CPU).
torch::Device parse_device(const std::string& s);

}  // namespace anon
