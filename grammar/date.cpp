#include "grammar/date_def.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)

date_type const& date() { return date_rule; }

std::optional<DateText> match_date(std::string_view text) { return match_start<DateText>(date_rule, text); }

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
