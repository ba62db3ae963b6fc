#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/clause_number.hpp"

namespace clausecheck::grammar {

// The clause number at the start of a paragraph: 第十七条之一, 一、, （一）,
// (一), 1. 1． 1、, （1）, 第一章, 第一节, 第一编. `length` covers the number,
// its punctuation and the spaces after it, so text.substr(length) is the rest.
struct ClauseNumberMatch {
  ClauseNumber number;
  std::uint32_t length = 0;
};
std::optional<ClauseNumberMatch> match_clause_number(std::string_view text);

// 第十八条继续教育实行登记制度: an article number glued to its text, as a copy that
// lost a line break writes it after the sentence before (…。 第十八条继续…). Not a
// paragraph's number (第三条规定的 is a cross-reference there): only where an
// article is known to stand.
std::optional<ClauseNumberMatch> match_glued_article(std::string_view text);

// The numbers an amendment gives to the text it inserts, in the order written:
// 增加一节，作为第七节 gives 第七节; 分别作为第一百二十三条至第一百二十七条 the articles
// 123 to 127. Text set out after such a paragraph carries those numbers, not the
// amendment's own.
struct IntroducedNumbers {
  NumberStyle style = NumberStyle::article;
  int first = 0;
  int last = 0;  // == first for one number
  bool operator==(const IntroducedNumbers&) const = default;
};
std::vector<IntroducedNumbers> numbers_introduced(std::string_view text);

}  // namespace clausecheck::grammar
