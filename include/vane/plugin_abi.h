/* vane plugin ABI: the only thing that crosses between the host and a plugin.
 *
 * A plugin is a shared library that exports one C function,
 * vane_plugin_info_v1(), returning a pointer to a static descriptor. The host
 * reads the descriptor, checks it, and from then on talks to the plugin only
 * through the C function pointers inside it. Everything else a plugin
 * contributes is data (lang.json and the TSV files in data/, next to the
 * library), read by the host.
 *
 * Rules (see docs/plugin-abi.md):
 *   - Only C types cross: no std::string, containers, exceptions or RTTI.
 *     Hooks never throw; they return a vane_status code.
 *   - The toolchain rule: because only C types cross, the one toolchain
 *     property that must agree is the platform C ABI (architecture, pointer
 *     width, byte order). The descriptor records it in `c_abi` and the host
 *     refuses a plugin whose value differs from its own VANE_C_ABI_ID. Any
 *     compiler or C++ standard library may build a plugin otherwise.
 *   - The struct may grow at the end: `size` says how much of it the plugin
 *     knows; the host reads a field only when `size` covers it.
 *   - VANE_PLUGIN_ABI is bumped when the layout or meaning of an existing
 *     field changes.
 *
 * Most authors do not write this by hand: include <vane/plugin.hpp> and use
 * VANE_PLUGIN(...), which builds the descriptor and wraps the hooks.
 */
#ifndef VANE_PLUGIN_ABI_H
#define VANE_PLUGIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VANE_PLUGIN_ABI 1u
#define VANE_PLUGIN_ENTRY_SYMBOL "vane_plugin_info_v1"

#if defined(_WIN32)
#define VANE_EXPORT __declspec(dllexport)
#else
#define VANE_EXPORT __attribute__((visibility("default")))
#endif

/* Platform C ABI id: architecture, pointer width in bits, byte order. */
#define VANE_ABI_STR2_(x) #x
#define VANE_ABI_STR_(x) VANE_ABI_STR2_(x)
#if defined(__x86_64__)
#define VANE_ABI_ARCH_ "x86_64"
#elif defined(__aarch64__)
#define VANE_ABI_ARCH_ "aarch64"
#elif defined(__i386__)
#define VANE_ABI_ARCH_ "i386"
#elif defined(__arm__)
#define VANE_ABI_ARCH_ "arm"
#else
#define VANE_ABI_ARCH_ "unknown"
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define VANE_ABI_ENDIAN_ "be"
#else
#define VANE_ABI_ENDIAN_ "le"
#endif
#define VANE_C_ABI_ID \
  VANE_ABI_ARCH_ "-ptr" VANE_ABI_STR_(__SIZEOF_POINTER__) "-" VANE_ABI_ENDIAN_

/* Capabilities: what the plugin's data and hooks provide. */
#define VANE_CAP_ELISION   (UINT64_C(1) << 0) /* lang.json lists elision prefixes */
#define VANE_CAP_COMPOUNDS (UINT64_C(1) << 1) /* closed compounds are split */
#define VANE_CAP_STOPWORDS (UINT64_C(1) << 2) /* data/stopwords.tsv for language ID */
#define VANE_CAP_ANALYSIS  (UINT64_C(1) << 3) /* data/ holds the analysis lexicons */

/* Status codes returned by hooks (ICU-style: 0 is success). */
typedef enum vane_status {
  VANE_OK = 0,
  VANE_ERR_INVALID_ARGUMENT = 1,
  VANE_ERR_BUFFER_TOO_SMALL = 2,
  VANE_ERR_DATA = 3,      /* the plugin's own data is missing or malformed */
  VANE_ERR_INTERNAL = 4,  /* a bug or an exception caught inside the plugin */
  VANE_ERR_NO_MEMORY = 5
} vane_status;

/* A word handed to a hook: UTF-8, NFC, case-folded, not NUL-terminated. */
typedef struct vane_word {
  const char *data;
  size_t len;
} vane_word;

/* A hook's result: byte offsets into the word where it splits, ascending,
 * each strictly between 0 and len. The host owns the buffer. */
typedef struct vane_cuts {
  size_t *offsets;
  size_t capacity;
  size_t count;
} vane_cuts;

typedef struct vane_plugin_info {
  uint32_t abi;                /* == VANE_PLUGIN_ABI */
  uint32_t size;               /* sizeof(vane_plugin_info) as the plugin saw it */
  const char *name;            /* "it": unique, [a-z0-9_-]+ */
  const char *version;         /* "1.2.0": semantic version */
  const char *const *langs;    /* ISO 639-1 codes served, NULL-terminated */
  uint64_t caps;               /* VANE_CAP_* bits */
  const char *data_dir;        /* holds lang.json and data/; relative to the library file */
  const char *c_abi;           /* VANE_C_ABI_ID the plugin was compiled for */

  /* Optional hooks (NULL when absent). Never throw; return a vane_status. */

  /* Called once after loading, before any other hook, with the absolute data
   * directory. On failure, writes a NUL-terminated reason into err. */
  int (*init)(const char *data_dir, char *err, size_t err_cap);

  /* Splits a closed compound ("zoekmachineoptimalisatie") into parts the
   * lexicons can match, for what lang.json's linker rules cannot express. */
  int (*split_compound)(vane_word word, vane_cuts *cuts);
} vane_plugin_info;

/* The one exported entry point. Must return the same pointer on every call. */
typedef const vane_plugin_info *(*vane_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* VANE_PLUGIN_ABI_H */
