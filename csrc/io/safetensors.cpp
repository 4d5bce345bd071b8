#include "io/safetensors.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "common/error.h"
#include "common/json.h"

namespace anon {
namespace {

struct DtypeInfo {
  const char* name;
  torch::ScalarType type;
  int64_t size;
};
const DtypeInfo kDtypes[] = {
    {"F32", torch::kFloat32, 4}, {"F16", torch::kFloat16, 2}, {"BF16", torch::kBFloat16, 2},
    {"F64", torch::kFloat64, 8}, {"I64", torch::kInt64, 8},   {"I32", torch::kInt32, 4},
    {"U8", torch::kUInt8, 1},    {"BOOL", torch::kBool, 1},
};

const DtypeInfo* by_type(torch::ScalarType t) {
  for (const auto& d : kDtypes)
    if (d.type == t) return &d;
  return nullptr;
}
const DtypeInfo* by_name(const std::string& n) {
  for (const auto& d : kDtypes)
    if (n == d.name) return &d;
  return nullptr;
}

std::string shape_str(torch::IntArrayRef s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) out += (i ? "," : "") + std::to_string(s[i]);
  return out + "]";
}

std::string dtype_str(torch::ScalarType t) {
  const DtypeInfo* d = by_type(t);
  return d ? d->name : std::string(c10::toString(t));
}

void write_file_atomic(const std::string& path, const std::string& head, const std::vector<torch::Tensor>& blobs) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) fail(Status::Io, "open " + tmp + " for writing: " + std::strerror(errno));
    f.write(head.data(), static_cast<std::streamsize>(head.size()));
    for (const auto& t : blobs)
      f.write(static_cast<const char*>(t.data_ptr()), static_cast<std::streamsize>(t.numel() * t.element_size()));
    f.flush();
    if (!f) {
      std::remove(tmp.c_str());
      fail(Status::Io, "write " + tmp + " failed");
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    fail(Status::Io, "rename " + tmp + ": " + std::strerror(errno));
  }
}

}  // namespace

void make_dirs(const std::string& dir) {
  if (dir.empty()) fail(Status::Invalid, "checkpoint directory is empty");
  std::string cur;
  std::stringstream ss(dir);
  std::string part;
  if (dir[0] == '/') cur = "/";
  while (std::getline(ss, part, '/')) {
    if (part.empty()) continue;
    cur += part + "/";
    if (::mkdir(cur.c_str(), 0755) != 0 && errno != EEXIST)
      fail(Status::Io, "create directory " + cur + ": " + std::strerror(errno));
  }
}

void write_text_file(const std::string& path, const std::string& text) {
  write_file_atomic(path, text, {});
}

std::string read_text_file(const std::string& path, size_t max_bytes) {
  std::ifstream f(path, std::ios::binary);
  if (!f) fail(Status::Io, "open " + path + ": " + std::strerror(errno));
  std::string s;
  char buf[65536];
  while (f.read(buf, sizeof buf) || f.gcount() > 0) {
    s.append(buf, static_cast<size_t>(f.gcount()));
    if (s.size() > max_bytes) fail(Status::Io, path + ": file too large");
  }
  return s;
}

void write_safetensors(const std::string& path, const NamedTensors& tensors,
                       const std::map<std::string, std::string>& metadata) {
  Json header = Json::object();
  std::vector<std::pair<std::string, torch::Tensor>> sorted(tensors.begin(), tensors.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<torch::Tensor> blobs;
  int64_t off = 0;
  for (size_t i = 0; i < sorted.size(); ++i) {
    const auto& name = sorted[i].first;
    if (name == "__metadata__" || (i && sorted[i - 1].first == name))
      fail(Status::Invalid, "safetensors: bad or duplicate tensor name '" + name + "'");
    auto t = sorted[i].second.detach().to(torch::kCPU).contiguous();
    const DtypeInfo* d = by_type(t.scalar_type());
    if (!d) fail(Status::Invalid, "safetensors: unsupported dtype for '" + name + "'");
    Json e = Json::object();
    e["dtype"] = d->name;
    Json shape = Json::array();
    for (auto s : t.sizes()) shape.push_back(Json(static_cast<int64_t>(s)));
    e["shape"] = shape;
    const int64_t n = t.numel() * d->size;
    Json offs = Json::array();
    offs.push_back(Json(off));
    offs.push_back(Json(off + n));
    e["data_offsets"] = offs;
    header[name] = e;
    off += n;
    blobs.push_back(t);
  }
  if (!metadata.empty()) {
    Json md = Json::object();
    for (const auto& kv : metadata) md[kv.first] = kv.second;
    header["__metadata__"] = md;
  }
  std::string h = header.dump();
  while ((h.size() + 8) % 8) h += ' ';
  std::string head(8, '\0');
  uint64_t n = h.size();
  for (int i = 0; i < 8; ++i) head[static_cast<size_t>(i)] = static_cast<char>((n >> (8 * i)) & 0xFF);
  write_file_atomic(path, head + h, blobs);
}

std::map<std::string, torch::Tensor> read_safetensors(const std::string& path,
                                                      std::map<std::string, std::string>* metadata) {
  auto bad = [&](const std::string& m) { fail(Status::Checkpoint, "checkpoint " + path + ": " + m); };
  std::ifstream f(path, std::ios::binary);
  if (!f) fail(Status::Io, "open " + path + ": " + std::strerror(errno));
  f.seekg(0, std::ios::end);
  const int64_t size = static_cast<int64_t>(f.tellg());
  f.seekg(0);
  if (size < 8) bad("file too short for a safetensors header");
  unsigned char lenb[8];
  f.read(reinterpret_cast<char*>(lenb), 8);
  uint64_t hlen = 0;
  for (int i = 0; i < 8; ++i) hlen |= static_cast<uint64_t>(lenb[i]) << (8 * i);
  if (hlen > static_cast<uint64_t>(size - 8) || hlen > (100u << 20)) bad("header length out of range");
  std::string h(hlen, '\0');
  f.read(&h[0], static_cast<std::streamsize>(hlen));
  if (!f) bad("cannot read header");
  Json header;
  try {
    header = Json::parse(h);
  } catch (const std::exception& e) {
    bad(std::string("malformed header: ") + e.what());
  }
  if (!header.is_object()) bad("header is not a JSON object");
  const int64_t data_size = size - 8 - static_cast<int64_t>(hlen);
  struct Entry {
    std::string name;
    const DtypeInfo* d;
    std::vector<int64_t> shape;
    int64_t begin, end;
  };
  std::vector<Entry> entries;
  for (const auto& kv : header.members()) {
    if (kv.first == "__metadata__") {
      if (!kv.second.is_object()) bad("__metadata__ is not an object");
      if (metadata)
        for (const auto& m : kv.second.members())
          if (m.second.is_string()) (*metadata)[m.first] = m.second.as_string();
      continue;
    }
    const std::string where = "tensor '" + kv.first + "': ";
    try {
      const Json& e = kv.second;
      Entry en;
      en.name = kv.first;
      en.d = by_name(e.at("dtype").as_string("dtype"));
      if (!en.d) bad(where + "unsupported dtype " + e.at("dtype").as_string());
      int64_t numel = 1;
      const Json& sh = e.at("shape");
      if (!sh.is_array()) bad(where + "shape is not an array");
      for (const auto& s : sh.items()) {
        int64_t v = s.as_int("shape");
        if (v < 0 || v > (int64_t{1} << 40)) bad(where + "negative or huge dimension");
        en.shape.push_back(v);
        numel *= v;
        if (numel > (int64_t{1} << 40)) bad(where + "tensor too large");
      }
      const Json& offs = e.at("data_offsets");
      if (!offs.is_array() || offs.size() != 2) bad(where + "data_offsets must be [begin, end]");
      en.begin = offs.at(0).as_int("data_offsets");
      en.end = offs.at(1).as_int("data_offsets");
      if (en.begin < 0 || en.end < en.begin || en.end > data_size)
        bad(where + "data_offsets [" + std::to_string(en.begin) + "," + std::to_string(en.end) +
            "] outside the data (" + std::to_string(data_size) + " bytes; file truncated?)");
      if (en.end - en.begin != numel * en.d->size)
        bad(where + "byte size " + std::to_string(en.end - en.begin) + " does not match dtype and shape " +
            shape_str(en.shape));
      entries.push_back(std::move(en));
    } catch (const Error&) {
      throw;
    } catch (const std::exception& ex) {
      bad(where + ex.what());
    }
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.begin < b.begin; });
  for (size_t i = 1; i < entries.size(); ++i)
    if (entries[i].begin < entries[i - 1].end)
      bad("tensors '" + entries[i - 1].name + "' and '" + entries[i].name + "' overlap");
  std::map<std::string, torch::Tensor> out;
  for (const auto& en : entries) {
    auto t = torch::empty(en.shape, torch::TensorOptions().dtype(en.d->type));
    f.seekg(static_cast<std::streamoff>(8 + hlen + static_cast<uint64_t>(en.begin)));
    f.read(static_cast<char*>(t.data_ptr()), static_cast<std::streamsize>(en.end - en.begin));
    if (!f) bad("tensor '" + en.name + "': read failed");
    out.emplace(en.name, t);
  }
  return out;
}

NamedTensors named_parameters(torch::nn::Module& m) {
  NamedTensors out;
  for (const auto& p : m.named_parameters(true)) out.emplace_back(p.key(), p.value());
  for (const auto& b : m.named_buffers(true)) out.emplace_back(b.key(), b.value());
  return out;
}

void assign_checked(const std::string& file, const NamedTensors& dst, const std::map<std::string, torch::Tensor>& src,
                    bool copy) {
  std::vector<std::string> problems;
  std::map<std::string, bool> wanted;
  for (const auto& kv : dst) {
    wanted[kv.first] = true;
    auto it = src.find(kv.first);
    if (it == src.end()) {
      problems.push_back("tensor '" + kv.first + "': missing (expected " + dtype_str(kv.second.scalar_type()) + " " +
                         shape_str(kv.second.sizes()) + ")");
      continue;
    }
    if (it->second.sizes() != kv.second.sizes())
      problems.push_back("tensor '" + kv.first + "': expected shape " + shape_str(kv.second.sizes()) + ", got " +
                         shape_str(it->second.sizes()));
    else if (it->second.scalar_type() != kv.second.scalar_type())
      problems.push_back("tensor '" + kv.first + "': expected dtype " + dtype_str(kv.second.scalar_type()) +
                         ", got " + dtype_str(it->second.scalar_type()));
  }
  for (const auto& kv : src)
    if (!wanted.count(kv.first)) problems.push_back("tensor '" + kv.first + "': unexpected");
  if (!problems.empty()) {
    std::string msg = "checkpoint " + file + ": " + std::to_string(problems.size()) + " problem(s): ";
    for (size_t i = 0; i < problems.size() && i < 8; ++i) msg += (i ? "; " : "") + problems[i];
    if (problems.size() > 8) msg += "; ...";
    fail(Status::Checkpoint, msg);
  }
  if (!copy) return;
  torch::NoGradGuard ng;
  for (const auto& kv : dst) kv.second.copy_(src.at(kv.first));
}

Config read_config_file(const std::string& path) {
  const std::string text = read_text_file(path, 1u << 20);
  try {
    return Config::from_json(Json::parse(text));
  } catch (const Error& e) {
    fail(Status::Checkpoint, "config " + path + ": " + e.what());
  } catch (const std::exception& e) {
    fail(Status::Checkpoint, "config " + path + ": " + e.what());
  }
}

void save_checkpoint(ModelSetImpl& m, const std::string& dir, const std::map<std::string, torch::Tensor>* overrides) {
  make_dirs(dir);
  NamedTensors tensors = named_parameters(m);
  if (overrides)
    for (auto& kv : tensors) {
      auto it = overrides->find(kv.first);
      if (it != overrides->end()) kv.second = it->second;
    }
  // Weights first, config last: a directory with a config is complete.
  write_safetensors(dir + "/model.safetensors", tensors,
                    {{"format", "anonymizer"}, {"preset", m.cfg.preset}});
  write_text_file(dir + "/config.json", m.cfg.to_json().dump(2) + "\n");
}

ModelSet load_checkpoint(const std::string& dir, torch::Device device) {
  Config cfg = read_config_file(dir + "/config.json");
  ModelSet net(cfg);
  const std::string file = dir + "/model.safetensors";
  assign_checked(file, named_parameters(*net), read_safetensors(file));
  net->to(device);
  return net;
}


}  // namespace anon
