// C++ helper for writing a vane plugin: derive from vane::sdk::Analyzer,
// override what your language needs, and declare the plugin with VANE_PLUGIN.
// The macro builds the C descriptor of plugin_abi.h and wraps every hook so
// that no exception ever crosses into the host.
//
//   #include <vane/plugin.hpp>
//
//   class Dutch final : public vane::sdk::Analyzer {
//    public:
//     std::vector<std::size_t> split_compound(std::string_view w) const override;
//   };
//
//   VANE_PLUGIN(Dutch, "nl", "1.0.0", VANE_CAP_COMPOUNDS | VANE_CAP_STOPWORDS, "nl")
//
// The analyzer object is created on first use and lives as long as the
// library; the host never unloads a library during a run.
#ifndef VANE_PLUGIN_HPP
#define VANE_PLUGIN_HPP

#include <vane/plugin_abi.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <exception>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vane::sdk {

// Thrown by an analyzer to refuse initialisation with a reason.
class InitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The analyzer interface. The host does the analysis from the plugin's data;
// an analyzer adds only what data cannot say.
class Analyzer {
 public:
  virtual ~Analyzer() = default;

  // Checks the plugin's own data directory; throw InitError to refuse.
  virtual void init(const std::string& /*data_dir*/) {}

  // Byte offsets where a closed compound splits; empty if it does not.
  virtual std::vector<std::size_t> split_compound(std::string_view /*word*/) const { return {}; }
};

// Throws InitError unless every file exists under data_dir: the usual init
// check, so that a broken install fails at load time with the file's name.
inline void require_data_files(const std::string& data_dir,
                               std::initializer_list<const char*> files) {
  for (const char* file : files) {
    const std::string path = data_dir + "/" + file;
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
      std::fclose(f);
    } else {
      throw InitError("missing data file " + path);
    }
  }
}

namespace detail {

inline void copy_message(const char* message, char* err, std::size_t err_cap) {
  if (err == nullptr || err_cap == 0) return;
  const std::size_t n = std::min(std::strlen(message), err_cap - 1);
  std::memcpy(err, message, n);
  err[n] = '\0';
}

template <class A>
A& instance() {
  static A analyzer;
  return analyzer;
}

template <class A>
int init_hook(const char* data_dir, char* err, std::size_t err_cap) noexcept {
  try {
    instance<A>().init(data_dir != nullptr ? data_dir : "");
    return VANE_OK;
  } catch (const InitError& e) {
    copy_message(e.what(), err, err_cap);
    return VANE_ERR_DATA;
  } catch (const std::exception& e) {
    copy_message(e.what(), err, err_cap);
    return VANE_ERR_INTERNAL;
  } catch (...) {
    copy_message("unknown exception in init", err, err_cap);
    return VANE_ERR_INTERNAL;
  }
}

template <class A>
int split_compound_hook(vane_word word, vane_cuts* cuts) noexcept {
  if (cuts == nullptr || (word.data == nullptr && word.len != 0)) return VANE_ERR_INVALID_ARGUMENT;
  try {
    const auto parts = instance<A>().split_compound(std::string_view(word.data, word.len));
    if (parts.size() > cuts->capacity) return VANE_ERR_BUFFER_TOO_SMALL;
    std::size_t n = 0;
    for (std::size_t cut : parts) {
      if (cut == 0 || cut >= word.len) return VANE_ERR_INTERNAL;
      cuts->offsets[n++] = cut;
    }
    cuts->count = n;
    return VANE_OK;
  } catch (const std::bad_alloc&) {
    return VANE_ERR_NO_MEMORY;
  } catch (...) {
    return VANE_ERR_INTERNAL;
  }
}

}  // namespace detail
}  // namespace vane::sdk

// Declares the plugin: analyzer class, plugin name, version, capability bits,
// then the language codes it serves. Use once per library, at namespace scope.
#define VANE_PLUGIN(AnalyzerClass, NAME, VERSION, CAPS, ...)                        \
  namespace {                                                                        \
  const char* const vane_plugin_langs_[] = {__VA_ARGS__, nullptr};                   \
  const vane_plugin_info vane_plugin_info_ = {                                       \
      VANE_PLUGIN_ABI,                                                               \
      static_cast<uint32_t>(sizeof(vane_plugin_info)),                               \
      NAME,                                                                          \
      VERSION,                                                                       \
      vane_plugin_langs_,                                                            \
      (CAPS),                                                                        \
      ".",                                                                           \
      VANE_C_ABI_ID,                                                                 \
      &::vane::sdk::detail::init_hook<AnalyzerClass>,                                \
      &::vane::sdk::detail::split_compound_hook<AnalyzerClass>,                      \
  };                                                                                 \
  }                                                                                  \
  extern "C" VANE_EXPORT const vane_plugin_info* vane_plugin_info_v1(void) {         \
    return &vane_plugin_info_;                                                       \
  }

#endif  // VANE_PLUGIN_HPP
