#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <span>
#include <vector>

#include "model/parsed_file.hpp"
#include "status/status.hpp"
#include "status/validity_window.hpp"

namespace clausecheck::status {

struct StatusOptions {
  DayCount count = DayCount::administrative;
  int warn_days = 90;  // `expiring` when the last day is at most this many days away
};

// The text an entry's dates were read from, and where it stands.
struct Evidence {
  std::string text;
  std::string file;
  Location location;
  std::uint32_t offset = 0;  // in the file's text, where location points
};

// One line of the register: a document, or a clause with its own window or deadline.
struct Entry {
  std::string document_number;  // 驻政〔2023〕9号; "" when the document has none
  std::string document_title;
  bool attachment = false;            // the document is carried by a 印发 notice
  std::optional<std::string> clause;  // the clause path ("十四", "二/（五）"); none for a document
  Status status = Status::no_validity;
  std::optional<std::chrono::year_month_day> effective_from;
  std::optional<std::chrono::year_month_day> expires_on;  // last day in force
  Evidence evidence;
  std::optional<ValidityConflict> conflict;
  bool signing_date_stood_in = false;  // see DocumentWindow
  std::vector<std::string> notes;      // in Chinese
};

struct Register {
  std::chrono::year_month_day as_of;
  std::vector<Entry> entries;  // in document order: each document, its clauses, then its attachments
};

Register build_register(std::span<const ParsedFile> files, std::chrono::year_month_day as_of,
                        const StatusOptions& options);

// The entries ordered for reading: by last day in force, open-ended last, then by place.
std::vector<const Entry*> by_expiry(const Register& reg);

}  // namespace clausecheck::status
