#include <doctest/doctest.h>

#include <boost/spirit/home/x3.hpp>
#include <string>
#include <string_view>

#include "grammar/code_point.hpp"

namespace x3 = boost::spirit::x3;
using clausecheck::grammar::code_point_in;

namespace {
// The bytes code_point_in(U"一二十〇") reads at the start of text, or -1.
long read_length(std::string_view text) {
  const char* first = text.data();
  char32_t value = 0;
  if (!x3::parse(first, text.data() + text.size(), code_point_in(U"一二十〇"), value)) return -1;
  return first - text.data();
}
}  // namespace

TEST_CASE("code_point_in reads one character of its set, whole") {
  CHECK(read_length("一条") == 3);
  CHECK(read_length("〇") == 3);
  CHECK(read_length("十") == 3);
  CHECK(read_length("三") == -1);  // a numeral outside the set
  CHECK(read_length("乀") == -1);  // U+4E40: 一's code point modulo 64, not in the set
  CHECK(read_length("1") == -1);
  CHECK(read_length("") == -1);
  CHECK(read_length("\xE4\xB8") == -1);  // the first two bytes of 一 only
}

TEST_CASE("code_point_in under + and raw reads the run of its characters") {
  const std::string text = "二十一条";
  const char* first = text.data();
  std::string run;
  REQUIRE(x3::parse(first, text.data() + text.size(), x3::raw[+code_point_in(U"一二十")], run));
  CHECK(run == "二十一");
}
