#include "io/html_text_extractor.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <vector>

namespace vane::io {
namespace {

bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

std::string lower_without_spaces(std::string_view value) {
  std::string out;
  for (const char c : value) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

bool is_hidden(const GumboElement& element) {
  const GumboVector* attributes = &element.attributes;
  if (gumbo_get_attribute(attributes, "hidden") != nullptr) return true;
  if (const GumboAttribute* aria = gumbo_get_attribute(attributes, "aria-hidden")) {
    if (lower_without_spaces(aria->value) == "true") return true;
  }
  if (const GumboAttribute* style = gumbo_get_attribute(attributes, "style")) {
    const std::string css = lower_without_spaces(style->value);
    if (css.find("display:none") != std::string::npos || css.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Collapses whitespace the way a browser renders it (except inside <pre>)
// and turns block boundaries into paragraph breaks.
class TextCollector {
 public:
  void text(std::string_view chunk, bool preformatted) {
    for (const char c : chunk) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (!space) {
        flush_pending();
        out_.push_back(c);
      } else if (preformatted && c == '\n') {
        pending_break_ = std::max(pending_break_, 1);
      } else {
        pending_space_ = true;
      }
    }
  }
  void paragraph_break() { pending_break_ = 2; }
  void line_break() { pending_break_ = std::max(pending_break_, 1); }
  std::string take() { return std::move(out_); }

 private:
  void flush_pending() {
    if (!out_.empty()) {
      if (pending_break_ > 0) {
        out_.append(static_cast<std::size_t>(pending_break_), '\n');
      } else if (pending_space_) {
        out_.push_back(' ');
      }
    }
    pending_break_ = 0;
    pending_space_ = false;
  }
  std::string out_;
  int pending_break_ = 0;  // newlines owed before the next text: 0, 1 or 2
  bool pending_space_ = false;
};

struct Frame {
  const GumboNode* node;
  std::size_t next_child = 0;
  bool preformatted = false;
  bool in_section = false;  // inside article/section/main/aside/nav (for header/footer)
};

// An explicit stack rather than recursion: a page nested 100 000 levels deep
// must not overflow the reader thread's stack.
class Walker {
 public:
  std::string run(const GumboNode* root) {
    enter(root, false, false);
    while (!stack_.empty()) {
      Frame& top = stack_.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.next_child >= children.length) {
        if (is_block_tag(top.node->v.element.tag)) out_.paragraph_break();
        stack_.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[top.next_child++]);
      visit(child, top.preformatted, top.in_section);
    }
    return out_.take();
  }

 private:
  void visit(const GumboNode* node, bool preformatted, bool in_section) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        out_.text(node->v.text.text, preformatted);
        return;
      case GUMBO_NODE_ELEMENT:
        enter(node, preformatted, in_section);
        return;
      default:  // comments, documents, <template> contents
        return;
    }
  }

  void enter(const GumboNode* node, bool preformatted, bool in_section) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& element = node->v.element;
    const GumboTag tag = element.tag;
    if (is_skipped_tag(tag) || is_hidden(element)) return;
    if ((tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER) && !in_section) return;
    if (tag == GUMBO_TAG_BR) {
      out_.line_break();
      return;
    }
    if (is_block_tag(tag)) out_.paragraph_break();
    const bool sectioning = tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_MAIN;
    stack_.push_back(Frame{node, 0, preformatted || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA,
                           in_section || sectioning});
  }

  TextCollector out_;
  std::vector<Frame> stack_;
};

bool ends_itself(std::string_view name) {
  // Void elements never hold content; the others here end when a sibling
  // starts, so a page of 10 000 unclosed <p>s is not 10 000 deep.
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
      "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
      "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

}  // namespace

std::size_t html_nesting_upper_bound(std::string_view html) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::string name;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    std::size_t i = at + 1;
    const bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    name.clear();
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i])) != 0) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[i]))));
      ++i;
    }
    if (name.empty() || ends_itself(name)) continue;  // text, comments, doctype, void tags
    if (closing) {
      depth -= depth > 0 ? 1 : 0;
      continue;
    }
    const std::size_t end = html.find('>', i);
    if (end != std::string_view::npos && end > i && html[end - 1] == '/') continue;  // <x/>
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

std::string extract_visible_text(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  // Gumbo records each parse error with a copy of the open-element stack:
  // 10 000 unclosed tags cost 800 MB, 50 000 cost 20 GB. vane never reads
  // the errors, so it keeps none.
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return {};
  std::string text = Walker().run(output->root);
  gumbo_destroy_output(&options, output);
  return text;
}

}  // namespace vane::io
