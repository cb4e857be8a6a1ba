// Interned key and cue classes (lexicon/entry_classes.hpp): the names map
// to their enums and nothing else does, and every entry a shipped plugin
// loads carries the class of its key and cue, so the engine's integer tests
// agree with the strings they replace.
#include "lexicon/entry_classes.hpp"

#include <catch2/catch.hpp>

#include "../test_paths.hpp"
#include "lexicon/analysis_lexicon.hpp"

using vane::lexicon::CueClass;
using vane::lexicon::cue_class;
using vane::lexicon::EntryKind;
using vane::lexicon::KeyClass;
using vane::lexicon::key_class;

TEST_CASE("class names map to their enums, anything else to other", "[lexicon][entry_classes]") {
  CHECK(key_class("increase") == KeyClass::increase);
  CHECK(key_class("negated_limiter") == KeyClass::negated_limiter);
  CHECK(key_class("cost") == KeyClass::cost);
  CHECK(key_class("change_to") == KeyClass::change_to);
  CHECK(key_class("none") == KeyClass::none);
  CHECK(key_class("share") == KeyClass::share);
  CHECK(key_class("month") == KeyClass::month);
  CHECK(key_class("weekday") == KeyClass::weekday);
  CHECK(key_class("period") == KeyClass::period);
  // Channel ids, currencies, other spellings and prefixes are not classes.
  CHECK(key_class("paid_social") == KeyClass::other);
  CHECK(key_class("EUR") == KeyClass::other);
  CHECK(key_class("Increase") == KeyClass::other);
  CHECK(key_class("increases") == KeyClass::other);
  CHECK(key_class("") == KeyClass::other);

  CHECK(cue_class("explicit") == CueClass::explicit_statement);
  CHECK(cue_class("mixed") == CueClass::mixed);
  CHECK(cue_class("generic_advertising") == CueClass::generic_advertising);
  CHECK(cue_class("channel:seo") == CueClass::other);
  CHECK(cue_class("inbound") == CueClass::other);
}

TEST_CASE("every loaded entry carries its key's and cue's class", "[lexicon][entry_classes]") {
  for (const char* code : {"en", "fr", "it", "nl"}) {
    INFO("plugin " << code);
    const auto data = vane::lexicon::load_language_data(vane::testing::source_dir() / "plugins" / code, code);
    REQUIRE(data);
    const auto lexicon = vane::lexicon::load_analysis_lexicon(*data);
    REQUIRE(lexicon);
    for (const auto& e : lexicon.value().entries) {
      INFO(e.source << " key " << e.key << " cue " << e.cue);
      CHECK(e.key_class == key_class(e.key));
      CHECK(e.cue_class == cue_class(e.cue));
      // The files whose key column is a fixed list: every value the loader
      // accepts there must be interned, or the engine would miss it.
      const bool listed_keys = e.kind == EntryKind::push_pull || e.kind == EntryKind::inbound_outbound ||
                               e.kind == EntryKind::roi || e.kind == EntryKind::polarity ||
                               e.kind == EntryKind::negation || e.kind == EntryKind::multiplier ||
                               e.kind == EntryKind::calendar;
      if (listed_keys) CHECK(e.key_class != KeyClass::other);
    }
  }
}
