// Fuzz-style test of the safetensors reader: truncated and corrupted copies
// of a small file must each give an error (anon::Error from
// read_safetensors, a non-zero status from the C API's anon_model_load),
// or, where the damage left a well-formed file, tensors that match their
// header; never a crash or another exception. Usage: fuzz_safetensors
// [random cases, default 4000].
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "anoncore.h"
#include "common/error.h"
#include "io/safetensors.h"

using namespace anon;

namespace {

int failures = 0;

void failf(const std::string& what) {
  std::fprintf(stderr, "FAIL: %s\n", what.c_str());
  if (++failures > 20) std::exit(1);
}

std::string scratch(const std::string& name) {
  char tmpl[] = "/tmp/fuzz_safetensors_XXXXXX";
  const char* d = mkdtemp(tmpl);
  if (!d) {
    std::perror("mkdtemp");
    std::exit(1);
  }
  return std::string(d) + "/" + name;
}

struct Tally {
  int errors = 0, ok = 0;
};

// read checks one damaged copy: must_fail says that no well-formed file can
// be left (a truncation).
void read(const std::string& path, const std::string& bytes, bool must_fail, const std::string& what, Tally& t) {
  write_text_file(path, bytes);
  try {
    std::map<std::string, std::string> meta;
    auto tensors = read_safetensors(path, &meta);
    if (must_fail) failf(what + ": read without an error");
    for (const auto& kv : tensors)
      if (!kv.second.defined() || kv.second.numel() * kv.second.element_size() > static_cast<int64_t>(bytes.size()))
        failf(what + ": tensor '" + kv.first + "' larger than the file");
    ++t.ok;
  } catch (const Error& e) {
    if (e.code() != Status::Checkpoint && e.code() != Status::Io)
      failf(what + ": error of status " + std::to_string(static_cast<int>(e.code())) + ": " + e.what());
    ++t.errors;
  } catch (const std::exception& e) {
    failf(what + ": exception that is not an anon::Error: " + e.what());
  }
}

std::string small_file(const std::string& path) {
  NamedTensors ts = {
      {"a.weight", torch::arange(6, torch::kFloat32).reshape({2, 3})},
      {"b", torch::arange(4, torch::kInt64)},
      {"c", torch::arange(5, torch::kUInt8)},
      {"d", torch::ones({3}, torch::kBFloat16)},
      {"e", torch::ones({2}, torch::kBool)},
      {"empty", torch::zeros({0, 4}, torch::kFloat16)},
  };
  write_safetensors(path, ts, {{"format", "pt"}});
  return read_text_file(path);
}

void fuzz_reader(int random_cases) {
  const std::string path = scratch("small.safetensors");
  const std::string good = small_file(path);
  Tally t;
  read(path, good, false, "the intact file", t);
  if (t.ok != 1) failf("the intact file does not read");
  uint64_t hlen = 0;
  for (int i = 0; i < 8; ++i) hlen |= static_cast<uint64_t>(static_cast<unsigned char>(good[i])) << (8 * i);

  Tally trunc;
  for (size_t n = 0; n < good.size(); ++n)
    read(path, good.substr(0, n), true, "truncated to " + std::to_string(n) + " bytes", trunc);

  Tally bytes;
  const unsigned char values[] = {0x00, 0xff, '"', '{', '}', '[', ']', ',', ':', '-', '9', 'e', '\\', 'x'};
  for (size_t i = 0; i < good.size(); ++i) {
    for (unsigned char v : values) {
      std::string b = good;
      b[i] = static_cast<char>(v);
      read(path, b, false, "byte " + std::to_string(i) + " set to " + std::to_string(v), bytes);
    }
    std::string b = good;
    b[i] = static_cast<char>(b[i] ^ 0x80);
    read(path, b, false, "byte " + std::to_string(i) + " bit 7 flipped", bytes);
  }

  // A header length one byte short can still hold the whole JSON (the
  // header is padded with spaces), so it may read; the others cannot.
  Tally lens;
  const std::pair<uint64_t, bool> lengths[] = {{0, true},
                                               {1, true},
                                               {hlen - 1, false},
                                               {hlen + 1, false},
                                               {good.size() - 8, true},
                                               {good.size() - 7, true},
                                               {1ull << 63, true},
                                               {~0ull, true}};
  for (const auto& [l, must_fail] : lengths) {
    std::string b = good;
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((l >> (8 * i)) & 0xff);
    read(path, b, must_fail, "header length " + std::to_string(l), lens);
  }

  Tally rnd;
  std::mt19937_64 rng(20261202);
  for (int c = 0; c < random_cases; ++c) {
    std::string b = good;
    const int edits = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < edits; ++k) b[rng() % b.size()] = static_cast<char>(rng() & 0xff);
    if (rng() % 4 == 0) b.resize(rng() % b.size());
    read(path, b, false, "random case " + std::to_string(c), rnd);
  }
  std::printf("reader: %zu-byte file (%llu-byte header); truncations %d errors %d read; byte edits %d errors %d read; "
              "header lengths %d errors %d read; random %d errors %d read\n",
              good.size(), static_cast<unsigned long long>(hlen), trunc.errors, trunc.ok, bytes.errors, bytes.ok,
              lens.errors, lens.ok, rnd.errors, rnd.ok);
}

// fuzz_capi loads damaged copies of a tiny model through the C API.
void fuzz_capi() {
  anon_model* m = nullptr;
  if (anon_model_create("{\"preset\": \"tiny\"}", "cpu", 1, &m) != ANON_OK) {
    failf(std::string("create a tiny model: ") + anon_last_error());
    return;
  }
  const std::string dir = scratch("model");
  if (anon_model_save(m, dir.c_str()) != ANON_OK) failf(std::string("save: ") + anon_last_error());
  anon_model_destroy(m);
  const std::string file = dir + "/model.safetensors";
  const std::string good = read_text_file(file);
  int errors = 0, loaded = 0;
  auto load = [&](const std::string& bytes, bool must_fail, const std::string& what) {
    write_text_file(file, bytes);
    anon_model* out = nullptr;
    const int st = anon_model_load(dir.c_str(), "cpu", &out);
    if (st == ANON_OK) {
      if (must_fail) failf("C API: " + what + ": loaded without an error");
      anon_model_destroy(out);
      ++loaded;
      return;
    }
    if (out != nullptr) failf("C API: " + what + ": a handle with an error status");
    const char* msg = anon_last_error();
    if (msg == nullptr || *msg == '\0') failf("C API: " + what + ": an error status without a message");
    ++errors;
  };
  for (int k = 0; k < 40; ++k) {
    const size_t n = good.size() * static_cast<size_t>(k) / 40;
    load(good.substr(0, n), true, "truncated to " + std::to_string(n) + " bytes");
  }
  uint64_t hlen = 0;
  for (int i = 0; i < 8; ++i) hlen |= static_cast<uint64_t>(static_cast<unsigned char>(good[i])) << (8 * i);
  std::mt19937_64 rng(7);
  for (int k = 0; k < 40; ++k) {
    std::string b = good;
    b[8 + rng() % hlen] = static_cast<char>(rng() & 0xff);
    load(b, false, "header byte corrupted, case " + std::to_string(k));
  }
  load(good, false, "the intact file");
  std::printf("C API: %zu-byte model file; %d loads failed with a status, %d loaded\n", good.size(), errors, loaded);
}

}  // namespace

int main(int argc, char** argv) {
  const int random_cases = argc > 1 ? std::atoi(argv[1]) : 4000;
  try {
    fuzz_reader(random_cases);
    fuzz_capi();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "FAIL: unexpected exception: %s\n", e.what());
    return 1;
  }
  if (failures > 0) return 1;
  std::printf("fuzz_safetensors ok\n");
  return 0;
}
