#include <doctest/doctest.h>

#include <string>

#include "grammar/date.hpp"
#include "text/utf8.hpp"

using namespace clausecheck::grammar;
using Part = DateText::Part;

namespace {
// year, month, day of the date at the start of text; -1s when there is none.
std::tuple<int, int, int> ymd(std::string_view text) {
  auto d = match_date(text);
  if (!d) return {-1, -1, -1};
  return {d->year, d->month, d->day};
}
}  // namespace

TEST_CASE("dates written the Chinese way") {
  CHECK(ymd("2023年3月4日") == std::tuple{2023, 3, 4});
  CHECK(ymd("2023年4月") == std::tuple{2023, 4, 0});
  CHECK(ymd("2023年") == std::tuple{2023, 0, 0});
  CHECK(ymd("二〇二三年三月四日") == std::tuple{2023, 3, 4});
  CHECK(ymd("二○二三年十二月三十一日") == std::tuple{2023, 12, 31});
  CHECK(ymd("2023 年 1 月 4 日") == std::tuple{2023, 1, 4});
  CHECK(ymd("２０２３年１２月３１日") == std::tuple{2023, 12, 31});
  CHECK(ymd("2023年5月1日号") == std::tuple{2023, 5, 1});
  CHECK(ymd("5月1日起") == std::tuple{0, 5, 1});
}

TEST_CASE("numeric dates need all three parts") {
  CHECK(ymd("2023-03-04") == std::tuple{2023, 3, 4});
  CHECK(ymd("2023.3.4") == std::tuple{2023, 3, 4});
  CHECK(ymd("2023/12/31") == std::tuple{2023, 12, 31});
  CHECK(ymd("2023.3") == std::tuple{-1, -1, -1});
  CHECK(ymd("2023-2025年") == std::tuple{-1, -1, -1});
  CHECK(ymd("2023-3.4") == std::tuple{-1, -1, -1});          // one separator, used twice
  CHECK(ymd("２０２３－３－４") == std::tuple{-1, -1, -1});  // full-width hyphens separate no date
  CHECK(ymd("2023-03-041") == std::tuple{-1, -1, -1});
  CHECK(ymd("２０２３-03-04") == std::tuple{2023, 3, 4});
}

TEST_CASE("the length covers the date only") {
  CHECK(match_date("2023年12月31日前，")->length == std::string_view("2023年12月31日").size());
  CHECK(match_date("2023年6个月")->length == std::string_view("2023年").size());
}

TEST_CASE("a date opening a line after brackets, as a statute's 题注") {
  const auto half = match_opening_date("(2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过)");
  REQUIRE(half);
  CHECK(std::tuple{half->year, half->month, half->day} == std::tuple{2014, 11, 1});
  CHECK(half->length == std::string_view("(2014年11月1日").size());
  const auto full = match_opening_date("（　1996年3月17日第八届全国人民代表大会第四次会议通过）");
  REQUIRE(full);
  CHECK(full->year == 1996);
  CHECK(match_opening_date("2015年7月1日 第十二届全国人民代表大会常务委员会第十五次会议通过")->day == 1);
  CHECK_FALSE(match_opening_date("（根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议修正）"));
  CHECK_FALSE(match_opening_date("（（"));
}

TEST_CASE("year's end and halves") {
  CHECK(match_date("2023年底")->part == Part::year_end);
  CHECK(match_date("2023年末")->part == Part::year_end);
  CHECK(match_date("2023年上半年")->part == Part::first_half);
  CHECK(match_date("2023年下半年")->part == Part::second_half);
  CHECK(match_date("2023年3月")->part == Part::whole);
}

TEST_CASE("malformed dates are read as written, for the caller to report") {
  CHECK(ymd("2023年13月") == std::tuple{2023, 13, 0});
  CHECK(ymd("2月30日") == std::tuple{0, 2, 30});
}

TEST_CASE("what is not a date") {
  CHECK_FALSE(match_date("5000年"));
  CHECK_FALSE(match_date("五年规划"));
  CHECK_FALSE(match_date("6个月"));
  CHECK_FALSE(match_date("20230年"));
  CHECK_FALSE(match_date("18.3：42.3"));
}

TEST_CASE("how a date's year is written: numerals, digits and the zero's glyph") {
  const auto arabic = match_date("2023年3月4日");
  REQUIRE(arabic);
  CHECK_FALSE(arabic->written.chinese);
  CHECK(arabic->written.year_digits == 4);
  CHECK(arabic->written.zero == "0");
  const auto chinese = match_date("二〇二三年三月四日");
  REQUIRE(chinese);
  CHECK(chinese->written.chinese);
  CHECK(chinese->written.zero == "〇");
  CHECK(match_date("二○○五年三月四日")->written.zero == "○");
  CHECK(match_date("二零零五年三月四日")->written.zero == "零");
  // 0 and O are not Chinese numerals, but the year is: the first glyph other than 〇 is kept.
  const auto mixed = match_date("二〇O五年三月四日");
  REQUIRE(mixed);
  CHECK(mixed->written.chinese);
  CHECK(mixed->written.zero == "O");
  CHECK(match_date("二00五年十月十日")->written.zero == "0");
  CHECK(match_date("一九九八年")->written.zero.empty());
  const auto words = match_date("两千零五年");
  REQUIRE(words);
  CHECK(words->written.chinese);
  CHECK(words->written.year_digits == 4);
  CHECK(words->written.zero.empty());
}

TEST_CASE("a two-digit year is read only as a signing date, and in full") {
  CHECK_FALSE(match_date("23年3月4日"));
  const auto d = match_signing_date("23年3月4日");
  REQUIRE(d);
  CHECK(d->year == 23);
  CHECK(d->written.year_digits == 2);
  CHECK_FALSE(d->written.chinese);
  CHECK(d->length == std::string_view("23年3月4日").size());
  CHECK_FALSE(match_signing_date("3年3月4日"));
  CHECK_FALSE(match_signing_date("23年3月"));
  CHECK(match_signing_date("2023年3月4日")->written.year_digits == 4);
}

TEST_CASE("a text no date may start with is no date") {
  // Every character outside may_start_date's set, before the rest of dates of
  // each form, leaves the date grammar itself without a match: the filter
  // only spares the grammar work, it rejects nothing the grammar would read.
  const std::string_view rests[] = {"023年3月4日", "月1日", "二三年", "千零五年", "日", "OO五年", ""};
  int starts = 0;
  for (char32_t c = 1; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string lead;
    clausecheck::text::append_utf8(lead, c);
    if (may_start_date(lead)) {
      ++starts;
      continue;
    }
    for (std::string_view rest : rests) {
      const std::string text = lead + std::string(rest);
      const char* first = text.data();
      DateText out;
      CHECK_FALSE(boost::spirit::x3::parse(first, text.data() + text.size(), date(), out));
      CHECK_FALSE(match_date(text));
    }
  }
  CHECK(starts == 36);
  CHECK(may_start_date("2023年"));
  CHECK(may_start_date("二〇二三年"));
  CHECK_FALSE(may_start_date(""));
  CHECK_FALSE(may_start_date("自2023年"));
}
