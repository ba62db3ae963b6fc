#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "model/messages.hpp"
#include "text/han.hpp"

using namespace clausecheck;

namespace {
std::size_t holes(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2)) ++n;
  return n;
}
}  // namespace

TEST_CASE("the catalogue: every message once, in order, in both languages, with the same arguments") {
  const auto& table = message_catalogue();
  REQUIRE(table.size() == static_cast<std::size_t>(Msg::count_));
  for (std::size_t i = 0; i < table.size(); ++i) {
    CAPTURE(i);
    CHECK(table[i].id == static_cast<Msg>(i));
    const std::string_view zh = table[i].zh, en = table[i].en;
    CAPTURE(en);
    CHECK(!zh.empty());
    CHECK(!en.empty());
    CHECK(holes(zh) == holes(en));
    CHECK(!clausecheck::text::holds_cjk(en));  // an English text that is still Chinese lacks its English side
    CHECK((clausecheck::text::holds_cjk(zh) || zh == en));
  }
}

TEST_CASE("msg: the run's language, arguments in order; the locale and --lang values") {
  set_language(Lang::zh);
  CHECK(msg(Msg::no_such_rule, {"a.b", ""}).starts_with("没有这条规则 'a.b'"));
  set_language(Lang::en);
  CHECK(msg(Msg::no_such_rule, {"a.b", " (x)"}).starts_with("no such rule 'a.b' (x);"));
  CHECK(msg(Msg::path_missing) == "no such file or directory");
  CHECK(lang_of_locale("zh_CN.UTF-8") == Lang::zh);
  CHECK(lang_of_locale("zh_TW") == Lang::zh);
  CHECK(lang_of_locale("C.UTF-8") == Lang::en);
  CHECK(lang_of_locale("en_US.UTF-8") == Lang::en);
  CHECK(parse_lang("zh") == Lang::zh);
  CHECK(!parse_lang("fr"));
}
