#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/fact.hpp"

namespace clausecheck::grammar {

// A document number (发文字号) at the start of text: 驻政〔2023〕9号, 豫财综〔2022〕77号,
// with the bracket forms found in practice ([] （） () 【】 ［］), stray spaces
// (武政〔2005〕32 号), a two-digit year and a 第 before the sequence; raw keeps
// the text as printed so the format rules can judge it.
struct DocNumberMatch {
  DocNumber number;
  std::uint32_t length = 0;
};
std::optional<DocNumberMatch> match_doc_number(std::string_view text);

// The whole text (spaces around allowed) is one document number.
std::optional<DocNumber> parse_doc_number(std::string_view text);

}  // namespace clausecheck::grammar
