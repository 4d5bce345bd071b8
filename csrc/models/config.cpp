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
  void i(const char* key, int64_t& dst) {
    seen_.insert(key);
    if (const Json* v = j_.find(key)) dst = v->as_int(name(key).c_str());
  }
  void d(const char* key, double& dst) {
    seen_.insert(key);
    if (const Json* v = j_.find(key)) dst = v->as_number(name(key).c_str());
  }
  void s(const char* key, std::string& dst) {
    seen_.insert(key);
    if (const Json* v = j_.find(key)) dst = v->as_string(name(key).c_str());
  }
  void l(const char* key, std::vector<int64_t>& dst) {
    seen_.insert(key);
    if (const Json* v = j_.find(key)) dst = read_list(*v, name(key));
  }
  void finish() const {
    for (const auto& kv : j_.members())
      if (!seen_.count(kv.first)) fail(Status::Invalid, "config: unknown key \"" + name(kv.first.c_str()) + "\"");
  }

 private:
  std::string name(const char* key) const { return section_.empty() ? key : section_ + "." + key; }
  const Json& j_;
  std::string section_;
  std::set<std::string> seen_;
};

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
  int64_t m = 4;
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
  Json v = Json::object();
  v["in_ch"] = vae.in_ch;
  v["ch"] = vae.ch;
  v["mult"] = int_list(vae.mult);
  v["num_res"] = vae.num_res;
  v["latent_ch"] = vae.latent_ch;
  v["groups"] = vae.groups;
  j["vae"] = v;
  Json u = Json::object();
  u["ch"] = unet.ch;
  u["mult"] = int_list(unet.mult);
  u["attn"] = int_list(unet.attn);
  u["num_res"] = unet.num_res;
  u["heads"] = unet.heads;
  u["groups"] = unet.groups;
  j["unet"] = u;
  Json t = Json::object();
  t["dim"] = text.dim;
  t["layers"] = text.layers;
  t["heads"] = text.heads;
  t["max_len"] = text.max_len;
  t["ff_mult"] = text.ff_mult;
  j["text"] = t;
  Json d = Json::object();
  d["schedule"] = diffusion.schedule;
  d["timesteps"] = diffusion.timesteps;
  d["prediction"] = diffusion.prediction;
  d["beta_start"] = diffusion.beta_start;
  d["beta_end"] = diffusion.beta_end;
  d["latent_scale"] = diffusion.latent_scale;
  j["diffusion"] = d;
  return j;
}

Config Config::from_json(const Json& j) {
  if (!j.is_object()) fail(Status::Invalid, "config: expected a JSON object");
  std::string preset = "small";
  if (const Json* p = j.find("preset")) preset = p->as_string("preset");
  Config c = preset_config(preset);
  if (const Json* v = j.find("vae")) {
    Reader r(*v, "vae");
    r.i("in_ch", c.vae.in_ch);
    r.i("ch", c.vae.ch);
    r.l("mult", c.vae.mult);
    r.i("num_res", c.vae.num_res);
    r.i("latent_ch", c.vae.latent_ch);
    r.i("groups", c.vae.groups);
    r.finish();
  }
  if (const Json* u = j.find("unet")) {
    Reader r(*u, "unet");
    r.i("ch", c.unet.ch);
    r.l("mult", c.unet.mult);
    r.l("attn", c.unet.attn);
    r.i("num_res", c.unet.num_res);
    r.i("heads", c.unet.heads);
    r.i("groups", c.unet.groups);
    r.finish();
  }
  if (const Json* t = j.find("text")) {
    Reader r(*t, "text");
    r.i("dim", c.text.dim);
    r.i("layers", c.text.layers);
    r.i("heads", c.text.heads);
    r.i("max_len", c.text.max_len);
    r.i("ff_mult", c.text.ff_mult);
    r.finish();
  }
  if (const Json* d = j.find("diffusion")) {
    Reader r(*d, "diffusion");
    r.s("schedule", c.diffusion.schedule);
    r.i("timesteps", c.diffusion.timesteps);
    r.s("prediction", c.diffusion.prediction);
    r.d("beta_start", c.diffusion.beta_start);
    r.d("beta_end", c.diffusion.beta_end);
    r.d("latent_scale", c.diffusion.latent_scale);
    r.finish();
  }
  for (const auto& kv : j.members()) {
    const std::string& k = kv.first;
    if (k != "preset" && k != "vae" && k != "unet" && k != "text" && k != "diffusion")
      fail(Status::Invalid, "config: unknown key \"" + k + "\"");
  }
  c.validate();
  return c;
}

}  // namespace anon
