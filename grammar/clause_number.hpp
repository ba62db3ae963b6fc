#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

}  // namespace clausecheck::grammar
