// Status and Expected<T>: how fallible functions report failure (RE2/ICU style),
// so that errors are values that can become a document's error record.
//
//   vane::Expected<Config> load(std::string_view path);
//   auto cfg = load("x.json");
//   if (!cfg) return cfg.status();      // Status{code, message, offset}
//   use(*cfg);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace vane {

struct Status {
  std::string code;     // stable machine id, e.g. "invalid_utf8"; empty means ok
  std::string message;  // one human-readable sentence
  std::optional<std::size_t> offset;  // byte offset into the input, when one applies

  static Status ok() { return {}; }
  static Status error(std::string code, std::string message,
                      std::optional<std::size_t> offset = std::nullopt) {
    return Status{std::move(code), std::move(message), offset};
  }
  bool is_ok() const { return code.empty(); }
  explicit operator bool() const { return is_ok(); }
};

template <class T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Expected(Status status) : v_(std::move(status)) {}     // NOLINT: implicit by design

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Status& status() const { return std::get<1>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace vane
