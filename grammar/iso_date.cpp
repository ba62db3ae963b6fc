#include "grammar/iso_date_def.hpp"

namespace clausecheck::grammar {

std::optional<Date> parse_iso_date(std::string_view text) {
  std::tuple<int, std::optional<int>, std::optional<int>> attr;
  const char* first = text.data();
  if (!boost::spirit::x3::parse(first, text.data() + text.size(), parser::iso_date, attr)) return std::nullopt;
  const auto& [year, month, day] = attr;
  // A month or day written 00 is none: make_date reads 0 as "not written".
  if (month == 0 || day == 0) return std::nullopt;
  return make_date(year, month.value_or(0), day.value_or(0));
}

}  // namespace clausecheck::grammar
