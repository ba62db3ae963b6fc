#include "parse/date_line.hpp"

#include "grammar/date.hpp"
#include "grammar/signature_line.hpp"
#include "parse/header_lines.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kDateLineMax = 64;      // bytes: 二〇二三年十二月三十一日 with spaces
constexpr std::size_t kSigningLineMax = 160;  // bytes: two issuers and a date

// A date written as a signing date can be: a year, perhaps with its month
// and day; 2023年底 and 2023年上半年 are spans.
bool is_point(const grammar::DateText& d) { return d.year != 0 && d.part == grammar::DateText::Part::whole; }

// The whole squeezed text is one date as written.
std::optional<grammar::DateText> whole_date(std::string_view text) {
  if (text.size() > kDateLineMax || text.find("年") == std::string_view::npos) return std::nullopt;
  const std::string squeezed = squeeze(text);
  const auto d = grammar::match_date(squeezed);
  if (!d || d->length != squeezed.size() || !is_point(*d)) return std::nullopt;
  return d;
}

}  // namespace

std::optional<Date> parse_date_line(std::string_view text) {
  const auto d = whole_date(text);
  return d ? make_date(d->year, d->month, d->day) : std::nullopt;
}

std::optional<SigningLine> parse_signing_line(std::string_view text) {
  if (const auto d = whole_date(text)) return SigningLine{{}, make_date(d->year, d->month, d->day)};
  if (text.size() > kSigningLineMax || !text.ends_with("日")) return std::nullopt;
  auto line = grammar::parse_signature_line(squeeze(text));
  if (!line || !names_organ(line->issuer) || line->date.part != grammar::DateText::Part::whole) return std::nullopt;
  const grammar::DateText& d = line->date;
  return SigningLine{std::move(line->issuer), make_date(d.year, d.month, d.day)};
}

}  // namespace clausecheck::parse
