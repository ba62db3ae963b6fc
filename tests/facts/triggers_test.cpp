#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/facts/fact_text.hpp"
#include "parse/facts/triggers.hpp"

using namespace clausecheck::parse;

namespace {
std::vector<std::uint32_t> at(std::initializer_list<std::uint32_t> places) { return places; }
}  // namespace

// The scan tells most characters apart by their last two bytes alone: every
// trigger must still be found, in any company, and the characters that share
// a trigger's last two bytes but not its first must not.
TEST_CASE("triggers are found by their place, and look-alike characters are not") {
  Triggers t;
  // 一 is E4 B8 80; 帀 (E5 B8 80) and 渀 (E6 B8 80) share its last two bytes.
  find_triggers("帀渀一", t);
  CHECK(t.figures == at({6}));
  // 有 is E6 9C 89; 霉 (E9 9C 89) shares its last two bytes.
  find_triggers("霉有", t);
  CHECK(t.validity == at({3}));
  CHECK(t.figures.empty());
  // Each kind in one text, after ASCII, two-byte and four-byte characters that shift the places.
  const std::string text = "a\u00e9\U0001F600每自施有试继废停《〔[【［责5５";
  find_triggers(text, t);
  CHECK(t.every == at({7}));
  CHECK(t.from == at({10, 13}));
  CHECK(t.validity == at({16, 19}));
  CHECK(t.repeal == at({22, 25, 28}));
  CHECK(t.titles == at({31}));
  CHECK(t.brackets == at({34, 37, 38, 41}));
  CHECK(t.duty == at({44}));
  CHECK(t.figures == at({47, 48}));
}

TEST_CASE("a trigger in the last two bytes of a text, and a text too short for a three-byte character") {
  Triggers t;
  find_triggers("ab5", t);
  CHECK(t.figures == at({2}));
  find_triggers("5", t);
  CHECK(t.figures == at({0}));
  find_triggers("", t);
  CHECK(t.figures.empty());
  find_triggers("x一", t);
  CHECK(t.figures == at({1}));
}

TEST_CASE("word_at and ends_in compare whole words only, within the text") {
  CHECK(word_at("力争到2025年", 0, "力争"));
  CHECK(word_at("力争到2025年", 6, "到"));
  CHECK_FALSE(word_at("力争", 3, "争取"));  // runs past the end
  CHECK_FALSE(word_at("力争", 7, "争"));    // starts past the end
  CHECK(word_at("力争", 6, ""));
  CHECK_FALSE(word_at("帀", 0, "一"));  // the same last two bytes
  CHECK(ends_in("市场监管局", "局"));
  CHECK_FALSE(ends_in("局", "监管局"));
  CHECK_FALSE(ends_in("市场监管局", "委"));
}
