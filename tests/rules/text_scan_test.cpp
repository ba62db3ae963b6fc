#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/text_scan.hpp"

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
