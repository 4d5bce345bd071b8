#include "models/config.h"

#include <set>

#include "common/error.h"

namespace anon {
namespace {

Json int_list(const std::vector<int64_t>& v) {
  Json a = Json::array();
  for (int64_t x : v) a.push_back(Json(x));
  return a;
}

std::vector<int64_t> read_list(const Json& j, const std::string& what) {
  if (!j.is_array()) fail(Status::Invalid, "config: " + what + " must be an array of integers");
  std::vector<int64_t> out;
  for (const auto& x : j.items()) out.push_back(x.as_int(what.c_str()));
  return out;
}

// Reads the keys of `j` into fields; unknown keys are reported.
class Reader {
 public:
  Reader(const Json& j, std::string section) : j_(j), section_(std::move(section)) {
    if (!j.is_object()) fail(Status::Invalid, "config: \"" + section_ + "\" must be an object");
  }
  void operator()(const char* key, int64_t& dst) {
    if (const Json* v = find(key)) dst = v->as_int(name(key).c_str());
  }
  void operator()(const char* key, double& dst) {
    if (const Json* v = find(key)) dst = v->as_number(name(key).c_str());
  }
  void operator()(const char* key, std::string& dst) {
    if (const Json* v = find(key)) dst = v->as_string(name(key).c_str());
  }
  void operator()(const char* key, std::vector<int64_t>& dst) {
    if (const Json* v = find(key)) dst = read_list(*v, name(key));
  }
  void finish() const {
    for (const auto& kv : j_.members())
      if (!seen_.count(kv.first)) fail(Status::Invalid, "config: unknown key \"" + name(kv.first.c_str()) + "\"");
  }

 private:
  const Json* find(const char* key) {
    seen_.insert(key);
    return j_.find(key);
  }
  std::string name(const char* key) const { return section_.empty() ? key : section_ + "." + key; }
  const Json& j_;
  std::string section_;
  std::set<std::string> seen_;
};

// Writes fields as the keys of a JSON object, in the order they come.
struct Writer {
  Json j = Json::object();
  void operator()(const char* key, int64_t v) { j[key] = v; }
  void operator()(const char* key, double v) { j[key] = v; }
  void operator()(const char* key, const std::string& v) { j[key] = v; }
  void operator()(const char* key, const std::vector<int64_t>& v) { j[key] = int_list(v); }
};

// Each section's fields, listed once for reading and writing, in the order
// the JSON holds them. C is the section (const when writing); F is a Reader
// or a Writer.
template <class C, class F>
void vae_fields(C& c, F& f) {
  f("in_ch", c.in_ch);
  f("ch", c.ch);
  f("mult", c.mult);
  f("num_res", c.num_res);
  f("latent_ch", c.latent_ch);
  f("groups", c.groups);
}

template <class C, class F>
void unet_fields(C& c, F& f) {
  f("ch", c.ch);
  f("mult", c.mult);
  f("attn", c.attn);
  f("num_res", c.num_res);
  f("heads", c.heads);
  f("groups", c.groups);
}

template <class C, class F>
void text_fields(C& c, F& f) {
  f("dim", c.dim);
  f("layers", c.layers);
  f("heads", c.heads);
  f("max_len", c.max_len);
  f("ff_mult", c.ff_mult);
}

template <class C, class F>
void diffusion_fields(C& c, F& f) {
  f("schedule", c.schedule);
  f("timesteps", c.timesteps);
  f("prediction", c.prediction);
  f("beta_start", c.beta_start);
  f("beta_end", c.beta_end);
  f("latent_scale", c.latent_scale);
}

// write_section is the JSON object of section c with the given fields.
template <class C, class Fields>
Json write_section(const C& c, Fields fields) {
  Writer w;
  fields(c, w);
  return w.j;
}

// read_section reads the object under key in j, if there is one, into c.
template <class C, class Fields>
void read_section(const Json& j, const char* key, C& c, Fields fields) {
  const Json* v = j.find(key);
  if (!v) return;
  Reader r(*v, key);
  fields(c, r);
  r.finish();
}

}  // namespace

Config Config::preset_config(const std::string& name) {
  Config c;
  c.preset = name;
  if (name == "tiny") {
    c.vae = VaeConfig{1, 8, {1, 2, 2}, 1, 4, 4};
    c.unet = UnetConfig{16, {1, 2}, {0, 1}, 1, 2, 4};
    c.text = TextConfig{32, 1, 2, 32, 2};
  } else if (name == "small") {
    c.vae = VaeConfig{1, 32, {1, 2, 2}, 1, 8, 8};
    c.unet = UnetConfig{48, {1, 2, 2}, {0, 1, 1}, 1, 4, 16};
    c.text = TextConfig{96, 2, 4, 48, 4};
  } else if (name == "base") {
    c.vae = VaeConfig{1, 64, {1, 2, 4}, 2, 8, 32};
    c.unet = UnetConfig{128, {1, 2, 4}, {0, 1, 1}, 2, 8, 32};
    c.text = TextConfig{256, 4, 8, 64, 4};
  } else {
    fail(Status::Invalid, "config: unknown preset \"" + name + "\" (want tiny, small or base)");
  }
  return c;
}

int64_t Config::pixel_multiple() const {
  int64_t m = vae.downsample();
  for (size_t i = 1; i < unet.mult.size(); ++i) m *= 2;
  return m;
}

void Config::validate() const {
  auto bad = [](const std::string& m) { fail(Status::Invalid, "config: " + m); };
  if (vae.in_ch != 1) bad("vae.in_ch must be 1 (grayscale)");
  if (vae.mult.size() != 3) bad("vae.mult must have 3 levels (downsampling 4)");
  if (vae.ch <= 0 || vae.latent_ch <= 0 || vae.num_res <= 0 || vae.groups <= 0) bad("vae sizes must be positive");
  for (int64_t m : vae.mult)
    if (m <= 0 || (vae.ch * m) % vae.groups != 0) bad("vae.ch*mult must be positive and divisible by vae.groups");
  if (unet.mult.empty() || unet.mult.size() > 4) bad("unet.mult must have 1..4 levels");
  if (unet.attn.size() != unet.mult.size()) bad("unet.attn must have one entry per unet.mult level");
  if (unet.ch <= 0 || unet.num_res <= 0 || unet.heads <= 0 || unet.groups <= 0) bad("unet sizes must be positive");
  for (int64_t m : unet.mult) {
    if (m <= 0 || (unet.ch * m) % unet.groups != 0) bad("unet.ch*mult must be positive and divisible by unet.groups");
    if ((unet.ch * m) % unet.heads != 0) bad("unet.ch*mult must be divisible by unet.heads");
  }
  if (text.dim <= 0 || text.layers < 0 || text.heads <= 0 || text.dim % text.heads != 0)
    bad("text.dim must be positive and divisible by text.heads");
  if (text.max_len < 2 || text.max_len > 1024) bad("text.max_len must be in [2, 1024]");
  if (text.ff_mult <= 0) bad("text.ff_mult must be positive");
  if (diffusion.schedule != "cosine" && diffusion.schedule != "linear") bad("diffusion.schedule must be cosine or linear");
  if (diffusion.prediction != "v" && diffusion.prediction != "eps") bad("diffusion.prediction must be v or eps");
  if (diffusion.timesteps < 2 || diffusion.timesteps > 100000) bad("diffusion.timesteps out of range");
  if (!(diffusion.beta_start > 0 && diffusion.beta_end > diffusion.beta_start && diffusion.beta_end < 1))
    bad("diffusion betas must satisfy 0 < beta_start < beta_end < 1");
  if (!(diffusion.latent_scale > 0)) bad("diffusion.latent_scale must be positive");
}

Json Config::to_json() const {
  Json j = Json::object();
  j["preset"] = preset;
  j["vae"] = write_section(vae, [](const VaeConfig& c, Writer& w) { vae_fields(c, w); });
  j["unet"] = write_section(unet, [](const UnetConfig& c, Writer& w) { unet_fields(c, w); });
  j["text"] = write_section(text, [](const TextConfig& c, Writer& w) { text_fields(c, w); });
  j["diffusion"] = write_section(diffusion, [](const DiffusionConfig& c, Writer& w) { diffusion_fields(c, w); });
  return j;
}

Config Config::from_json(const Json& j) {
  if (!j.is_object()) fail(Status::Invalid, "config: expected a JSON object");
  std::string preset = "small";
  if (const Json* p = j.find("preset")) preset = p->as_string("preset");
  Config c = preset_config(preset);
  read_section(j, "vae", c.vae, [](VaeConfig& s, Reader& r) { vae_fields(s, r); });
  read_section(j, "unet", c.unet, [](UnetConfig& s, Reader& r) { unet_fields(s, r); });
  read_section(j, "text", c.text, [](TextConfig& s, Reader& r) { text_fields(s, r); });
  read_section(j, "diffusion", c.diffusion, [](DiffusionConfig& s, Reader& r) { diffusion_fields(s, r); });
  for (const auto& kv : j.members()) {
    const std::string& k = kv.first;
    if (k != "preset" && k != "vae" && k != "unet" && k != "text" && k != "diffusion")
      fail(Status::Invalid, "config: unknown key \"" + k + "\"");
  }
  c.validate();
  return c;
}

}  // namespace anon
