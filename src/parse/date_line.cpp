#include "parse/date_line.hpp"

#include "grammar/date.hpp"
#include "grammar/signature_line.hpp"
#include "parse/header_lines.hpp"
#include "parse/text_shape.hpp"
#include "text/blank.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kDateLineMax = 64;      // bytes: 二〇二三年十二月三十一日 with spaces
constexpr std::size_t kSigningLineMax = 160;  // bytes: two issuers and a date

// A date written as a signing date can be: a year, perhaps with its month
// and day; 2023年底 and 2023年上半年 are spans.
bool is_point(const grammar::DateText& d) { return d.year != 0 && d.part == grammar::DateText::Part::whole; }

// The whole squeezed text is one date as written, read by match (a date, or a signing date).
template <typename Match>
std::optional<grammar::DateText> whole_date(std::string_view text, const Match& match) {
  if (text.size() > kDateLineMax || text.find("年") == std::string_view::npos) return std::nullopt;
  const std::string squeezed = squeeze(text);
  auto d = match(squeezed);
  if (!d || d->length != squeezed.size() || !is_point(*d)) return std::nullopt;
  return d;
}

// The day a signing date names: none for a two-digit year, which names no century.
std::optional<Date> signing_day(const grammar::DateText& d) {
  return d.written.year_digits == 2 ? std::nullopt : make_date(d.year, d.month, d.day);
}

}  // namespace

std::optional<Date> parse_date_line(std::string_view text) {
  const auto d = whole_date(text, grammar::match_date);
  return d ? make_date(d->year, d->month, d->day) : std::nullopt;
}

std::optional<SigningLine> parse_signing_line(std::string_view text) {
  if (const auto d = whole_date(text, grammar::match_signing_date))
    return SigningLine{{}, signing_day(*d), squeeze(text), d->written};
  if (text.size() > kSigningLineMax || !text.ends_with("日")) return std::nullopt;
  const std::string squeezed = squeeze(text);
  auto line = grammar::parse_signature_line(squeezed);
  if (!line || !names_organ(line->issuer) || line->date.part != grammar::DateText::Part::whole) return std::nullopt;
  const grammar::DateText& d = line->date;
  std::size_t begin = line->issuer.size();  // the date follows its issuer, blanks between
  std::size_t end = squeezed.size();
  text::trim_blanks(squeezed, begin, end);
  return SigningLine{std::move(line->issuer), signing_day(d), squeezed.substr(begin, end - begin), d.written};
}

SigningDate signing_date(const Paragraph& line, const SigningLine& signing) {
  std::size_t begin = 0;
  std::size_t end = line.text.size();
  text::trim_blanks(line.text, begin, end);
  const std::string_view trimmed = std::string_view(line.text).substr(begin, end - begin);
  if (trimmed.ends_with(signing.written_date)) begin = end - signing.written_date.size();
  return {line.source_span(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)), signing.written};
}

}  // namespace clausecheck::parse
