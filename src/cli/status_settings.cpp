#include "cli/status_settings.hpp"

#include "model/input_error.hpp"
#include "model/messages.hpp"
#include "grammar/iso_date.hpp"

namespace clausecheck::cli {

std::chrono::year_month_day as_of_date(const std::string& as_of, const Config& config) {
  if (as_of.empty()) return config.as_of ? config.as_of->first_day() : status::today();
  const auto date = grammar::parse_iso_date(as_of);
  if (!date || date->precision != Precision::day) throw InputError("--as-of", msg(Msg::bad_date_option, {as_of}));
  return date->ymd;
}

status::StatusOptions status_options(std::optional<int> warn_days, const std::string& count, const Config& config) {
  status::StatusOptions options;
  options.warn_days = warn_days.value_or(config.settings.warning_days);
  options.count = config.settings.civil_code_count ? status::DayCount::civil_code : status::DayCount::administrative;
  if (!count.empty()) status::parse_day_count(count, options.count);
  return options;
}

}  // namespace clausecheck::cli
