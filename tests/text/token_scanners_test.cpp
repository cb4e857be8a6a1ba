// find_special_spans jumps from one 'h', 'w', '@' or '#' to the next; what
// comes before a candidate (an ASCII or non-ASCII letter, a mark, a space)
// still decides whether a span may start there.
#include "text/token_scanners.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

using vane::text::TokenKind;
using vane::text::detail::SpecialSpan;

std::vector<std::string> spans(const std::string& folded) {
  std::vector<SpecialSpan> out;
  vane::text::detail::find_special_spans(folded, out);
  std::vector<std::string> texts;
  for (const auto& s : out) {
    const char* kind = s.kind == TokenKind::url       ? "url:"
                       : s.kind == TokenKind::email   ? "email:"
                       : s.kind == TokenKind::hashtag ? "hashtag:"
                                                      : "mention:";
    texts.push_back(kind + folded.substr(s.begin, s.end - s.begin));
  }
  return texts;
}

}  // namespace

TEST_CASE("special spans start only where a word does", "[text][token_scanners]") {
  CHECK(spans("see www.example.com and #seo, @vane") ==
        std::vector<std::string>{"url:www.example.com", "hashtag:#seo", "mention:@vane"});
  CHECK(spans("mail info@x.it now") == std::vector<std::string>{"email:info@x.it"});
  CHECK(spans("«www.example.com»") == std::vector<std::string>{"url:www.example.com"});
  // After a letter, ASCII or not, or a combining mark, no span starts.
  CHECK(spans("abchttps://x.it").empty());
  CHECK(spans("caf\u00e9www.example.com").empty());
  CHECK(spans("cafe\u0301www.example.com").empty());
  CHECK(spans("caf\u00e9#seo").empty());
  // After other non-ASCII characters (dash, NBSP, emoji) one does.
  CHECK(spans("\u2014#seo") == std::vector<std::string>{"hashtag:#seo"});
  CHECK(spans("a\u00a0https://x.it/a") == std::vector<std::string>{"url:https://x.it/a"});
  CHECK(spans("\U0001F680@vane") == std::vector<std::string>{"mention:@vane"});
  // An e-mail's local part may end in a non-ASCII letter.
  CHECK(spans("caff\u00e8@bar.it") == std::vector<std::string>{"email:caff\u00e8@bar.it"});
  // Spans that follow one another: the scan resumes at the end of each.
  CHECK(spans("#a#b www.x.it#c") == std::vector<std::string>{"hashtag:#a", "url:www.x.it#c"});
  CHECK(spans("").empty());
  CHECK(spans("hhhh wwww @ #").empty());
}
