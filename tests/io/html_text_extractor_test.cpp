#include "io/html_text_extractor.hpp"

#include <catch2/catch.hpp>

#include "input_test_support.hpp"

using vane::io::extract_visible_text;

TEST_CASE("the landing page fixture yields its visible text only", "[io][html]") {
  std::ifstream in(vane::testing::io_fixture("landing.html"), std::ios::binary);
  const std::string html(std::istreambuf_iterator<char>(in), {});
  const std::string text = extract_visible_text(html);
  CHECK(text ==
        "Content marketing that brings customers to you\n\n"
        "Our guides rank on Google & answer the questions your buyers ask\u00a0\u2014 so they find you first.\n\n"
        "Teams using Acme grew organic traffic by 40% in six months.\nNo cold calls needed.\n\n"
        "Free SEO audit\n\nWeekly newsletter\n\n"
        "Caf\u00e9 owners say: \u201cit pays for itself\u201d.");
  for (const char* hidden : {"SCRIPT", "STYLE", "HEADER TEXT", "NAV", "HIDDEN", "NOSCRIPT", "TEMPLATE", "SVG",
                             "ASIDE", "FORM", "FOOTER", "Acme Growth"}) {
    INFO(hidden);
    CHECK(text.find(hidden) == std::string::npos);
  }
}

TEST_CASE("blocks become paragraphs, inline elements do not", "[io][html]") {
  CHECK(extract_visible_text("<h2>Grow</h2><p>Our <b>blog</b> brings <a href=x>leads</a>.</p><div>Call us</div>") ==
        "Grow\n\nOur blog brings leads.\n\nCall us");
  CHECK(extract_visible_text("<table><tr><td>Email</td><td>+20%</td></tr></table>") == "Email\n\n+20%");
  CHECK(extract_visible_text("<p>one<br>two<br><br>three</p>") == "one\ntwo\nthree");
}

TEST_CASE("whitespace collapses except in pre", "[io][html]") {
  CHECK(extract_visible_text("<p>  Free \n\t trial   now </p>") == "Free trial now");
  CHECK(extract_visible_text("<pre>line 1\nline 2</pre>") == "line 1\nline 2");
}

TEST_CASE("page-level header and footer are dropped, sectional ones kept", "[io][html]") {
  CHECK(extract_visible_text("<header>Site menu</header><article><header><h1>Spring offer</h1></header>"
                             "<p>Save now.</p><footer>By the sales team</footer></article><footer>(c) Acme</footer>") ==
        "Spring offer\n\nSave now.\n\nBy the sales team");
}

TEST_CASE("broken markup, entities and empty pages", "[io][html]") {
  CHECK(extract_visible_text("<p>Unclosed <b>bold &euro;5 &#8364;5 &#x20AC;5") == "Unclosed bold €5 €5 €5");
  CHECK(extract_visible_text("").empty());
  CHECK(extract_visible_text("<script>only()</script>").empty());
  CHECK(extract_visible_text("plain text, no tags") == "plain text, no tags");
}

TEST_CASE("markup nested to the limit does not exhaust the stack", "[io][html]") {
  std::string html;
  for (std::size_t i = 0; i < vane::io::kMaxHtmlNesting; ++i) html += "<span>";
  html += "deep";
  CHECK(vane::io::html_nesting_upper_bound(html) == vane::io::kMaxHtmlNesting);
  CHECK(extract_visible_text(html) == "deep");
}

TEST_CASE("the nesting bound counts only tags that stay open", "[io][html]") {
  using vane::io::html_nesting_upper_bound;
  CHECK(html_nesting_upper_bound("<div><p>a<p>b<br><img src=x><span>c</span></div>") == 2);
  CHECK(html_nesting_upper_bound("<ul><li>one<li>two<li>three</ul>") == 1);
  CHECK(html_nesting_upper_bound("<div/><div/><!-- <div> --><div></div>") == 2);  // the comment's tag counts: an upper bound
  CHECK(html_nesting_upper_bound("a < b and c<d") == 1);
  CHECK(html_nesting_upper_bound("") == 0);
}
