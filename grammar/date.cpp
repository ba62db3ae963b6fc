#include "grammar/date_def.hpp"

#include "text/utf8.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)

date_type const& date() { return date_rule; }

// The first characters of year_number and small_number: arabic digits, the
// zero glyphs, the year digits and small_chinese's first characters. A switch,
// where a look along a string of them cost a hundred instructions a character.
bool may_start_date(std::string_view text) {
  if (text.empty()) return false;
  const char32_t c = text::decode_at(text, 0).value;
  if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return true;
  switch (c) {
    case U'〇':
    case U'○':
    case U'零':
    case U'O':
    case U'Ｏ':
    case U'一':
    case U'二':
    case U'两':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
      return true;
    default:
      return false;
  }
}

// Tried after every 自 and many figures, most of which start no date: the
// grammar's alternatives took some five hundred instructions to fail there.
std::optional<DateText> match_date(std::string_view text) {
  if (!may_start_date(text)) return std::nullopt;
  return match_start<DateText>(date_rule, text);
}

std::optional<DateText> match_signing_date(std::string_view text) {
  return match_start<DateText>(signing_date_rule, text);
}

namespace {
const auto opening = *(x3::lit("（") | x3::lit("(") | x3::lit("〔") | x3::lit("[") | x3::lit(" ") | x3::lit("\u3000"));
}  // namespace

std::optional<DateText> match_opening_date(std::string_view text) {
  const char* first = text.data();
  x3::parse(first, text.data() + text.size(), opening);  // zero or more: always succeeds
  const auto skipped = static_cast<std::size_t>(first - text.data());
  auto date = match_date(text.substr(skipped));
  if (date) date->length += skipped;
  return date;
}

std::optional<DateText> match_day_of_month(std::string_view text) { return match_start<DateText>(day_of_month, text); }

std::optional<DecadeText> match_decade(std::string_view text) { return match_start<DecadeText>(decade, text); }

std::optional<Date> calendar_date(const DateText& d, int year) {
  if (d.year) year = d.year;
  if (d.part == DateText::Part::year_end) return make_date(year, 12, 31);
  if (d.part == DateText::Part::month_end && d.month >= 1 && d.month <= 12) {
    using namespace std::chrono;
    const auto last = year_month_day_last{std::chrono::year{year}, month_day_last{month{unsigned(d.month)}}};
    return make_date(year, d.month, static_cast<int>(unsigned(last.day())));
  }
  return make_date(year, d.month, d.day);
}

}  // namespace clausecheck::grammar
