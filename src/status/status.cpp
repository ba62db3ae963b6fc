#include "status/status.hpp"

#include <ctime>

#include "model/messages.hpp"
#include "model/period_count.hpp"

namespace clausecheck::status {

const char* to_string(Status status) {
  switch (status) {
    case Status::in_force:
      return "in_force";
    case Status::expiring:
      return "expiring";
    case Status::expired:
      return "expired";
    case Status::not_yet_effective:
      return "not_yet_effective";
    case Status::no_validity:
      return "no_validity";
    case Status::repealed:
      return "repealed";
    case Status::suspended:
      return "suspended";
    case Status::partly_repealed:
      return "partly_repealed";
    case Status::amended:
      return "amended";
  }
  return "no_validity";
}

namespace {
// The labels stand in the catalogue in the order of Status, from status_in_force on.
const MessageText& label_text(Status status) {
  return message_catalogue()[static_cast<std::size_t>(Msg::status_in_force) + static_cast<std::size_t>(status)];
}
}  // namespace

const char* label_zh(Status status) { return label_text(status).zh; }

std::string label(Status status) { return language() == Lang::zh ? label_text(status).zh : label_text(status).en; }

std::chrono::year_month_day today() {
  // The user's calendar day, not UTC's: before 08:00 in China UTC is still on yesterday.
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::chrono::year{local.tm_year + 1900} / std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
         std::chrono::day{static_cast<unsigned>(local.tm_mday)};
}

Status classify(std::chrono::year_month_day as_of, std::optional<std::chrono::year_month_day> from,
                std::optional<std::chrono::year_month_day> through, int warn_days) {
  if (from && as_of < *from) return Status::not_yet_effective;
  if (!through) return Status::no_validity;
  const int left = days_between(as_of, *through);
  if (left < 0) return Status::expired;
  return left <= warn_days ? Status::expiring : Status::in_force;
}

}  // namespace clausecheck::status
