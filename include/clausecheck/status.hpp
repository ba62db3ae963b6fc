#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/export.hpp"
#include "clausecheck/model.hpp"
#include "status/status.hpp"

namespace clausecheck {

// One line of the register (docs/status.md): a document, or a clause with a
// window or deadline of its own, and where it stands on the register's date.
struct RegisterEntry {
  std::string document_number;  // 驻政〔2023〕9号; "" when the document has none
  std::string document_title;
  bool attachment = false;            // carried by a 印发 notice
  std::optional<std::string> clause;  // the clause path ("二/（五）"); none for a document
  status::Status status = status::Status::no_validity;
  std::optional<std::chrono::year_month_day> effective_from;
  std::optional<std::chrono::year_month_day> expires_on;  // the last day in force
  std::string file;                                       // where the dates were read
  Location location;
  std::vector<std::string> notes;  // in Chinese
};

struct RegisterOptions {
  int warning_days = 90;          // `expiring` when the last day is at most this many days away
  bool civil_code_count = false;  // 民法典 第二百零一条: a period's first day does not count
};

// The register of what is in force on a date, as `clausecheck status` makes
// it. A handle: the report writers read the status layer's own register.
class CLAUSECHECK_API Register {
 public:
  std::chrono::year_month_day as_of() const;
  // In document order: each document, its clauses, then its attachments.
  const std::vector<RegisterEntry>& entries() const;

  // The library's side of the handle, complete only inside it.
  struct Impl;
  const Impl& impl() const { return *impl_; }
  explicit Register(std::shared_ptr<const Impl> impl);

 private:
  std::shared_ptr<const Impl> impl_;
};

CLAUSECHECK_API Register build_register(const std::vector<ParsedFile>& files, std::chrono::year_month_day as_of,
                                        const RegisterOptions& options = {});

}  // namespace clausecheck
