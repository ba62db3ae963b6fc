#include "parse/date_line.hpp"

#include "grammar/date.hpp"
#include "grammar/signature_line.hpp"
#include "parse/header_lines.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kDateLineMax = 64;        // bytes: 二〇二三年十二月三十一日 with spaces
constexpr std::size_t kSigningLineMax = 160;    // bytes: two issuers and a date

// A date as written to a calendar date as precise as it was written; 2023年底
// and 2023年上半年 are spans, not signing dates.
std::optional<Date> calendar_date(const grammar::DateText& d) {
  if (d.year == 0 || d.part != grammar::DateText::Part::whole) return std::nullopt;
  return make_date(d.year, d.month, d.day);
}

}  // namespace

std::optional<Date> parse_date_line(std::string_view text) {
  if (text.size() > kDateLineMax || text.find("年") == std::string_view::npos) return std::nullopt;
  const std::string squeezed = squeeze(text);
  const auto d = grammar::match_date(squeezed);
  if (!d || d->length != squeezed.size()) return std::nullopt;
  return calendar_date(*d);
}

std::optional<SigningLine> parse_signing_line(std::string_view text) {
  if (auto date = parse_date_line(text)) return SigningLine{{}, *date};
  if (text.size() > kSigningLineMax || !text.ends_with("日")) return std::nullopt;
  auto line = grammar::parse_signature_line(squeeze(text));
  if (!line || !names_organ(line->issuer)) return std::nullopt;
  const auto date = calendar_date(line->date);
  if (!date) return std::nullopt;
  return SigningLine{std::move(line->issuer), *date};
}

}  // namespace clausecheck::parse
