#include "common/json.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace anon {
namespace {

// JSON's one-letter escapes: the letter after the backslash and the
// character it stands for. dump_string writes the first kWrittenEscapes
// characters this way, other control characters as \u00XX and '/' as it is.
constexpr char kEscapeLetters[] = "\"\\nrt/bf";
constexpr char kEscapedChars[] = "\"\\\n\r\t/\b\f";
constexpr size_t kEscapes = sizeof kEscapeLetters - 1;
constexpr size_t kWrittenEscapes = 5;

class Parser {
 public:
  explicit Parser(const std::string& s) : s_(s) {}

  Json parse_document() {
    Json v = parse_value(0);
    skip_ws();
    if (pos_ != s_.size()) fail("trailing characters");
    return v;
  }

 private:
  const std::string& s_;
  size_t pos_ = 0;

  [[noreturn]] void fail(const char* why) const {
    throw std::runtime_error(std::string("json: ") + why + " at byte " + std::to_string(pos_));
  }
  void skip_ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) ++pos_;
  }
  char peek() {
    skip_ws();
    if (pos_ >= s_.size()) fail("unexpected end");
    return s_[pos_];
  }
  void expect(char c) {
    if (peek() != c) fail("unexpected character");
    ++pos_;
  }
  bool consume_word(const char* w) {
    size_t n = std::char_traits<char>::length(w);
    if (s_.compare(pos_, n, w) == 0) {
      pos_ += n;
      return true;
    }
    return false;
  }

  Json parse_value(int depth) {
    if (depth > 64) fail("nesting too deep");
    char c = peek();
    if (c == '{') return parse_object(depth);
    if (c == '[') return parse_array(depth);
    if (c == '"') return Json(parse_string());
    if (c == 't' && consume_word("true")) return Json(true);
    if (c == 'f' && consume_word("false")) return Json(false);
    if (c == 'n' && consume_word("null")) return Json(nullptr);
    if (c == '-' || (c >= '0' && c <= '9')) return parse_number();
    fail("unexpected character");
  }

  // parse_items reads a bracketed, comma-separated sequence: the open
  // character, then item() for each element up to the close character.
  template <class Item>
  void parse_items(char open, char close, const char* bad_separator, Item item) {
    expect(open);
    if (peek() == close) {
      ++pos_;
      return;
    }
    while (true) {
      item();
      char c = peek();
      ++pos_;
      if (c == close) return;
      if (c != ',') fail(bad_separator);
    }
  }

  Json parse_object(int depth) {
    Json obj = Json::object();
    parse_items('{', '}', "expected , or }", [&] {
      if (peek() != '"') fail("expected key");
      std::string key = parse_string();
      expect(':');
      obj[key] = parse_value(depth + 1);
    });
    return obj;
  }

  Json parse_array(int depth) {
    Json arr = Json::array();
    parse_items('[', ']', "expected , or ]", [&] { arr.push_back(parse_value(depth + 1)); });
    return arr;
  }

  Json parse_number() {
    size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    while (pos_ < s_.size() && ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.' || s_[pos_] == 'e' ||
                                s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-'))
      ++pos_;
    std::string tok = s_.substr(start, pos_ - start);
    char* end = nullptr;
    double v = std::strtod(tok.c_str(), &end);
    if (end == tok.c_str() || *end != '\0' || !std::isfinite(v)) {
      pos_ = start;
      fail("bad number");
    }
    return Json(v);
  }

  static void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  uint32_t parse_hex4() {
    if (pos_ + 4 > s_.size()) fail("bad escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else fail("bad escape");
    }
    return v;
  }

  std::string parse_string() {
    expect('"');
    std::string out;
    while (true) {
      if (pos_ >= s_.size()) fail("unterminated string");
      char c = s_[pos_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= s_.size()) fail("bad escape");
      char e = s_[pos_++];
      if (e == 'u') {
        uint32_t cp = parse_hex4();
        if (cp >= 0xD800 && cp < 0xDC00 && pos_ + 6 <= s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u') {
          pos_ += 2;
          uint32_t lo = parse_hex4();
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        append_utf8(out, cp);
        continue;
      }
      const void* at = std::memchr(kEscapeLetters, e, kEscapes);
      if (at == nullptr) fail("bad escape");
      out += kEscapedChars[static_cast<const char*>(at) - kEscapeLetters];
    }
  }
};

void dump_string(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    if (const void* at = std::memchr(kEscapedChars, c, kWrittenEscapes)) {
      out += '\\';
      out += kEscapeLetters[static_cast<const char*>(at) - kEscapedChars];
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

}  // namespace

Json Json::parse(const std::string& text) { return Parser(text).parse_document(); }

std::string Json::dump(int indent) const {
  std::string out;
  dump_to(out, indent, 0);
  return out;
}

void Json::dump_to(std::string& out, int indent, int depth) const {
  auto newline = [&](int d) {
    if (indent < 0) return;
    out += '\n';
    out.append(static_cast<size_t>(indent * d), ' ');
  };
  switch (type_) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += b_ ? "true" : "false"; break;
    case Type::Number: {
      if (std::nearbyint(n_) == n_ && std::fabs(n_) < 9.0e15) {
        out += std::to_string(static_cast<int64_t>(n_));
      } else {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", n_);
        out += buf;
      }
      break;
    }
    case Type::String: dump_string(out, s_); break;
    case Type::Array: {
      out += '[';
      for (size_t i = 0; i < arr_.size(); ++i) {
        if (i) out += indent < 0 ? "," : ", ";
        arr_[i].dump_to(out, -1, depth + 1);  // arrays stay on one line
      }
      out += ']';
      break;
    }
    case Type::Object: {
      out += '{';
      bool first = true;
      for (const auto& kv : obj_) {
        if (!first) out += ',';
        first = false;
        newline(depth + 1);
        dump_string(out, kv.first);
        out += indent < 0 ? ":" : ": ";
        kv.second.dump_to(out, indent, depth + 1);
      }
      if (!obj_.empty()) newline(depth);
      out += '}';
      break;
    }
  }
}

bool Json::as_bool(const char* what) const {
  if (type_ != Type::Bool) throw std::runtime_error(std::string(what) + ": expected a boolean");
  return b_;
}
double Json::as_number(const char* what) const {
  if (type_ != Type::Number) throw std::runtime_error(std::string(what) + ": expected a number");
  return n_;
}
int64_t Json::as_int(const char* what) const {
  double v = as_number(what);
  if (std::nearbyint(v) != v || std::fabs(v) > 9.0e15)
    throw std::runtime_error(std::string(what) + ": expected an integer");
  return static_cast<int64_t>(v);
}
const std::string& Json::as_string(const char* what) const {
  if (type_ != Type::String) throw std::runtime_error(std::string(what) + ": expected a string");
  return s_;
}
size_t Json::size() const {
  if (type_ == Type::Array) return arr_.size();
  if (type_ == Type::Object) return obj_.size();
  return 0;
}
const Json& Json::at(size_t i) const {
  if (type_ != Type::Array || i >= arr_.size()) throw std::runtime_error("json: array index out of range");
  return arr_[i];
}
void Json::push_back(Json v) {
  if (type_ == Type::Null) type_ = Type::Array;
  if (type_ != Type::Array) throw std::runtime_error("json: push_back on non-array");
  arr_.push_back(std::move(v));
}
bool Json::contains(const std::string& key) const { return type_ == Type::Object && obj_.count(key) > 0; }
const Json& Json::at(const std::string& key) const {
  const Json* j = find(key);
  if (!j) throw std::runtime_error("json: missing key \"" + key + "\"");
  return *j;
}
const Json* Json::find(const std::string& key) const {
  if (type_ != Type::Object) return nullptr;
  auto it = obj_.find(key);
  return it == obj_.end() ? nullptr : &it->second;
}
Json& Json::operator[](const std::string& key) {
  if (type_ == Type::Null) type_ = Type::Object;
  if (type_ != Type::Object) throw std::runtime_error("json: key access on non-object");
  return obj_[key];
}

}  // namespace anon
