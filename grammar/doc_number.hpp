#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/fact.hpp"

namespace clausecheck::grammar {

// A document number (发文字号) at the start of text: 驻政〔2023〕9号, 豫财综〔2022〕77号,
// with the bracket forms found in practice ([] （） () 【】 ［］), stray spaces
// (武政〔2005〕32 号), a two-digit year, a 第 before the sequence and 號 for 号; raw keeps
// the text as printed so the format rules can judge it.
struct DocNumberMatch {
  DocNumber number;
  std::uint32_t length = 0;
};
std::optional<DocNumberMatch> match_doc_number(std::string_view text);

// The whole text (spaces around allowed) is one document number.
std::optional<DocNumber> parse_doc_number(std::string_view text);

// The whole text is a 令's name and number: 长沙市人民政府令第158号 (第一百五十八号) → agency
// 长沙市人民政府令, year 0, seq 158.
std::optional<DocNumber> parse_decree_number(std::string_view text);

}  // namespace clausecheck::grammar
