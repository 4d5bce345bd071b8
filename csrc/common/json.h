// Minimal JSON value, parser and writer for configs and safetensors headers.
// Plain C++17, no torch dependency.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace anon {

class Json {
 public:
  enum class Type { Null, Bool, Number, String, Array, Object };

  Json() = default;
  Json(std::nullptr_t) {}
  Json(bool b) : type_(Type::Bool), b_(b) {}
  Json(int v) : type_(Type::Number), n_(v) {}
  Json(int64_t v) : type_(Type::Number), n_(static_cast<double>(v)) {}
  Json(uint64_t v) : type_(Type::Number), n_(static_cast<double>(v)) {}
  Json(double v) : type_(Type::Number), n_(v) {}
  Json(const char* s) : type_(Type::String), s_(s) {}
  Json(std::string s) : type_(Type::String), s_(std::move(s)) {}

  static Json array() { Json j; j.type_ = Type::Array; return j; }
  static Json object() { Json j; j.type_ = Type::Object; return j; }

  // Parses text; throws std::runtime_error with position on malformed input.
  static Json parse(const std::string& text);
  // Compact serialisation (indent < 0) or pretty with the given indent.
  std::string dump(int indent = -1) const;

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::Null; }
  bool is_bool() const { return type_ == Type::Bool; }
  bool is_number() const { return type_ == Type::Number; }
  bool is_string() const { return type_ == Type::String; }
  bool is_array() const { return type_ == Type::Array; }
  bool is_object() const { return type_ == Type::Object; }

  // Typed accessors throw std::runtime_error naming `what` on type mismatch.
  bool as_bool(const char* what = "value") const;
  double as_number(const char* what = "value") const;
  int64_t as_int(const char* what = "value") const;
  const std::string& as_string(const char* what = "value") const;

  // Arrays.
  size_t size() const;
  const Json& at(size_t i) const;
  void push_back(Json v);
  const std::vector<Json>& items() const { return arr_; }

  // Objects (keys kept sorted, which makes dumps deterministic).
  bool contains(const std::string& key) const;
  const Json& at(const std::string& key) const;  // throws if missing
  const Json* find(const std::string& key) const;  // nullptr if missing
  Json& operator[](const std::string& key);       // inserts (object or null)
  const std::map<std::string, Json>& members() const { return obj_; }

 private:
  Type type_ = Type::Null;
  bool b_ = false;
  double n_ = 0;
  std::string s_;
  std::vector<Json> arr_;
  std::map<std::string, Json> obj_;

  void dump_to(std::string& out, int indent, int depth) const;
};

}  // namespace anon
