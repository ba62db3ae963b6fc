#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/span.hpp"
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

// A document that repeals, amends, replaces or suspends an entry's document:
// which one, where it says so and from when (docs/status.md, "Lineage").
struct LineageLink {
  std::string document_title;
  std::string document_number;  // "" when it has none
  std::string file;
  std::optional<std::string> clause;                        // where in it the statement stands
  std::optional<std::chrono::year_month_day> takes_effect;  // none: unknown, taken as in effect
  Evidence evidence;
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
  std::vector<std::string> notes;      // in the language of the run that made them
  // Filled by build_register from the run's lineage statements (a document's entry only).
  std::vector<LineageLink> repealed_by;
  std::vector<LineageLink> amended_by;
  std::vector<LineageLink> replaced_by;
  std::vector<LineageLink> suspended_by;
};

}  // namespace clausecheck::status
