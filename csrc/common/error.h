// Error type used inside the core. The C API maps it to a status code and
// thread-local message; nothing throws across the C boundary.
#pragma once

#include <stdexcept>
#include <string>

namespace anon {

// Mirrors anon_status in include/anoncore.h.
enum class Status : int { Ok = 0, Invalid = 1, Io = 2, Checkpoint = 3, Runtime = 4, OutOfMemory = 5, Busy = 6 };

class Error : public std::runtime_error {
 public:
  Error(Status code, const std::string& msg) : std::runtime_error(msg), code_(code) {}
  Status code() const { return code_; }

 private:
  Status code_;
};

[[noreturn]] inline void fail(Status code, const std::string& msg) { throw Error(code, msg); }

}  // namespace anon
