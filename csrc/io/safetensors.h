// safetensors reader/writer (own implementation): 8-byte little-endian
// header length, JSON header {name: {dtype, shape, data_offsets}, and
// optional "__metadata__": {str: str}}, then the raw little-endian tensor
// bytes. Plus model checkpoints: <dir>/config.json + <dir>/model.safetensors.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <torch/torch.h>

#include "models/core.h"

namespace anon {

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// Writes atomically (temp file + rename). Supported dtypes: F32, F16, BF16,
// F64, I64, I32, U8, BOOL.
void write_safetensors(const std::string& path, const NamedTensors& tensors,
                       const std::map<std::string, std::string>& metadata = {});

// Reads and validates the whole file; throws Error(Checkpoint) naming the
// file and the offending tensor on any malformed content.
std::map<std::string, torch::Tensor> read_safetensors(const std::string& path,
                                                      std::map<std::string, std::string>* metadata = nullptr);

// Copies `src` into `dst` (same names) after checking that every name is
// present on both sides with equal shape and dtype. All problems are listed
// in one Error(Checkpoint): "<file>: tensor 'x': expected shape [..], got [..]".
// With copy == false it only checks.
void assign_checked(const std::string& file, const NamedTensors& dst, const std::map<std::string, torch::Tensor>& src,
                    bool copy = true);

NamedTensors named_parameters(torch::nn::Module& m);

// Checkpoint directory I/O (creates dir if missing).
// `overrides` replaces the named tensors (e.g. EMA weights) in the file.
void save_checkpoint(ModelSetImpl& m, const std::string& dir,
                     const std::map<std::string, torch::Tensor>* overrides = nullptr);
ModelSet load_checkpoint(const std::string& dir, torch::Device device);
Config read_config_file(const std::string& path);
void make_dirs(const std::string& dir);
void write_text_file(const std::string& path, const std::string& text);
std::string read_text_file(const std::string& path, size_t max_bytes = 64u << 20);

}  // namespace anon
