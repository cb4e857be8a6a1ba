// The text a reader sees on an HTML page, as plain UTF-8 with a blank line
// between blocks, so that sentence segmentation finds headings, list items
// and paragraphs as units. Parsed with Gumbo (an HTML5 parser: broken markup
// is repaired the way browsers do, entities are decoded).
//
//   std::string text = vane::io::extract_visible_text("<p>Grow &amp; win</p><p>Now</p>");
//   // text == "Grow & win\n\nNow"
//
// Left out: script, style, noscript, template, svg, math, iframe, object,
// embed, canvas, audio, video, select, head (so <title> too: pages repeat it
// in their <h1>, and it often carries a site name), nav, aside, form,
// page-level header and footer (inside article, section or main they are
// that part's heading or byline and are kept: HTML-AAM maps only page-level
// ones to banner/contentinfo), and every element with the `hidden`
// attribute, aria-hidden="true", or an inline display:none/visibility:hidden.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vane::io {

// `html` must be UTF-8 (decode other charsets first).
std::string extract_visible_text(std::string_view html);

// Gumbo's tree building takes time quadratic in the nesting depth (50 000
// unclosed <div>s take 10 s), so readers refuse pages nested deeper than
// this before parsing. Real pages stay under a few hundred.
inline constexpr std::size_t kMaxHtmlNesting = 10000;

// An upper bound of how deep the page's elements nest, from a scan of its
// tags: start tags that need an end tag, minus end tags. Tags with optional
// end tags (p, li, td...) and void ones (br, img...) do not count.
std::size_t html_nesting_upper_bound(std::string_view html);

}  // namespace vane::io
