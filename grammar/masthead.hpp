#pragma once
#include <optional>
#include <string_view>

namespace clausecheck::grammar {

// The numbers of a gazette's masthead and contents (政府公报).

// 第2号（总第124号） or 第2号(总第124号) at the start of text: the issue and the running number.
struct IssueLine {
  int issue = 0;
  int running = 0;
};
std::optional<IssueLine> match_issue_line(std::string_view text);

// The whole text is four digits (the masthead's year, 2023), as their value.
std::optional<int> parse_four_digits(std::string_view text);

// The whole text is a whole number as C++ writes one (03, -1): a contents entry's page after its /.
std::optional<int> parse_whole_number(std::string_view text);

}  // namespace clausecheck::grammar
