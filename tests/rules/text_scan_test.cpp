#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/text_scan.hpp"
#include "text/code_points.hpp"
#include "text/utf8.hpp"

using namespace clausecheck;
using clausecheck::rules::for_each_line_with;

namespace {
// The lines for_each_line_with hands over, as text.
std::vector<std::string> lines_with(const std::string& text, const std::string& literal, Span region) {
  std::vector<std::string> out;
  for_each_line_with(text, region, literal, [&](Span s) { out.push_back(text.substr(s.begin, s.end - s.begin)); });
  return out;
}
std::vector<std::string> lines_with(const std::string& text, const std::string& literal) {
  return lines_with(text, literal, Span{0, static_cast<std::uint32_t>(text.size())});
}
}  // namespace

TEST_CASE("only the lines that hold the literal are searched, each once") {
  const std::string text = "号召大家\n驻政〔2023〕9号，豫政〔2021〕27号\n第三条\n文号";
  CHECK(lines_with(text, "号") == std::vector<std::string>{"号召大家", "驻政〔2023〕9号，豫政〔2021〕27号", "文号"});
  CHECK(lines_with(text, "第三").size() == 1);
}

TEST_CASE("a character sharing the literal's last byte is no match") {
  // 号 is E5 8F B7; 鷷 (E9 B7 B7) ends in the same byte, twice.
  const std::string text = "鷷鷷\n七号";
  CHECK(lines_with(text, "号") == std::vector<std::string>{"七号"});
  // 揷 (E6 8F B7) ends in 号's last two bytes: its first one still tells them apart.
  CHECK(lines_with("揷\n七号\n揷号揷", "号") == std::vector<std::string>{"七号", "揷号揷"});
  CHECK(lines_with("号", "号") == std::vector<std::string>{"号"});
  CHECK(lines_with("第", "第三").empty());
}

TEST_CASE("the search stays within the region") {
  const std::string text = "一号\n二号\n三号";
  const auto second = static_cast<std::uint32_t>(text.find("二"));
  const auto third = static_cast<std::uint32_t>(text.find("三"));
  CHECK(lines_with(text, "号", Span{second, third - 1}) == std::vector<std::string>{"二号"});
  CHECK(lines_with(text, "号", Span{second, second + 3}).empty());  // 号 would end past the region
  CHECK(lines_with(text, "", Span{second, third - 1}) == std::vector<std::string>{"二号"});
}

TEST_CASE("an empty match is stepped past, never handed over; the matches after it still are") {
  const RE2 re("x*");
  const std::string text = "一xx二x";
  std::vector<std::string> found;
  rules::for_each_match(
      re, text, Span{0, static_cast<std::uint32_t>(text.size())}, 0,
      [&](Span m, const std::vector<std::string>&) { found.push_back(text.substr(m.begin, m.end - m.begin)); });
  CHECK(found == std::vector<std::string>{"xx", "x"});
}

namespace {
std::vector<std::string> matches(const std::string& pattern, const std::string& text) {
  const RE2 re(pattern);
  std::vector<std::string> found;
  rules::for_each_match(
      re, text, Span{0, static_cast<std::uint32_t>(text.size())}, 0,
      [&](Span m, const std::vector<std::string>&) { found.push_back(text.substr(m.begin, m.end - m.begin)); });
  return found;
}
std::string repeated(const std::string& unit, int times) {
  std::string out;
  for (int k = 0; k < times; ++k) out += unit;
  return out;
}
}  // namespace

// Past a few empty matches the bytes no match that holds a character can start
// at are passed over unsearched: the matches after them are all still found.
TEST_CASE("after many empty matches, a match that holds a character is still found wherever it starts") {
  const std::string chinese = repeated("中文，", 20);
  CHECK(matches("x*", chinese + "xx" + chinese + "x") == std::vector<std::string>{"xx", "x"});
  CHECK(matches("(?i)x*", chinese + "X1x") == std::vector<std::string>{"X", "x"});
  CHECK(matches("[a-c]*d?", chinese + "ad" + chinese + "d") == std::vector<std::string>{"ad", "d"});
  CHECK(matches("中|x*", chinese) == std::vector<std::string>(20, "中"));
  // \B holds between y and z, not at the start of a text, where RE2 works out the
  // bytes a match can start with: z must not be passed over.
  CHECK(matches("(?:\\Bz|a)*", chinese + "yz") == std::vector<std::string>{"z"});
  CHECK(matches("x*", chinese).empty());
}

namespace {
bool may_match(const std::string& pattern, const std::string& text, Span region) {
  return rules::LiteralFilter(pattern).may_match(text, region);
}
bool may_match(const std::string& pattern, const std::string& text) {
  return may_match(pattern, text, Span{0, static_cast<std::uint32_t>(text.size())});
}
}  // namespace

TEST_CASE("a region that holds none of the literals a match needs may not match; one that holds any may") {
  const std::string typos = "(截止目前)|(截止到)|(按装)";
  CHECK_FALSE(may_match(typos, "截至目前已安装完毕。"));
  CHECK_FALSE(may_match(typos, "截止日期为6月1日，到期"));  // the words of a literal apart
  CHECK(may_match(typos, "一、截止到6月1日"));
  CHECK(may_match(typos, "按装"));
  // Each of a pattern's needs: 号 and a bracket's year are both required.
  CHECK_FALSE(may_match("[\\p{Han}]{1,4}〔(\\d{4})〕\\d+号", "驻政〔2023〕9"));
  CHECK(may_match("[\\p{Han}]{1,4}〔(\\d{4})〕\\d+号", "驻政〔2023〕9号"));
}

TEST_CASE("the literals are looked for within the region only") {
  const std::string text = "按装\n安装";
  const auto second = static_cast<std::uint32_t>(text.find("安"));
  CHECK(may_match("按装", text, Span{0, second}));
  CHECK_FALSE(may_match("按装", text, Span{second, static_cast<std::uint32_t>(text.size())}));
  CHECK_FALSE(may_match("按装", text, Span{0, 5}));  // 装 would end past the region
}

TEST_CASE("where the prefilter cannot tell, every region may match") {
  // Classes only: no literal a match must hold.
  CHECK(may_match("[\\p{Han}]{1,12}\\d+", "一二三"));
  // RE2 lowercases the literals it tells: a cased one would miss ABC in the text.
  CHECK(may_match("ABC", "ABC"));
  CHECK(may_match("Ｆｕｌｌ", "Ｆｕｌｌ"));
  CHECK(may_match("(?i)号码abc", "号码ABC"));
}

// What the filter trusts is_caseless for: RE2 folds no other character onto one of them.
TEST_CASE("a caseless character has no other case RE2 would match") {
  for (char32_t c = 1; c < 0x10000; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || !text::is_caseless(c)) continue;
    std::string s;
    text::append_utf8(s, c);
    const RE2 folded("(?i)" + RE2::QuoteMeta(s));
    std::string min, max;
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(folded.PossibleMatchRange(&min, &max, 8));
    REQUIRE(min == s);
    REQUIRE(max == s);
  }
}

TEST_CASE("the filter hands over the pattern it compiled, or none for a bad one") {
  const rules::LiteralFilter typo("(截止到)|(按装)");
  REQUIRE(typo.regex() != nullptr);
  CHECK(RE2::PartialMatch("一、按装完毕", *typo.regex()));
  CHECK(rules::LiteralFilter("(截止").regex() == nullptr);
}
