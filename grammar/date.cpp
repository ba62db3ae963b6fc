#include "grammar/date_def.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)

date_type const& date() { return date_rule; }

std::optional<DateText> match_date(std::string_view text) { return match_start<DateText>(date_rule, text); }

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
