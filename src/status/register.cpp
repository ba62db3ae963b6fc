#include "status/register.hpp"

#include <algorithm>
#include <tuple>

namespace clausecheck::status {

Register build_register(std::span<const DocumentSummary> documents, std::chrono::year_month_day as_of,
                        const StatusOptions& options) {
  Register reg{as_of, {}};
  for (const DocumentSummary& doc : documents)
    for (const Entry& summarised : doc.entries) {
      Entry& entry = reg.entries.emplace_back(summarised);
      entry.status = classify(as_of, entry.effective_from, entry.expires_on, options.warn_days);
    }
  return reg;
}

Register build_register(std::span<const ParsedFile> files, std::chrono::year_month_day as_of,
                        const StatusOptions& options) {
  std::vector<DocumentSummary> documents;
  for (const ParsedFile& file : files) {
    std::vector<DocumentSummary> summaries = summarize(file, options);
    std::move(summaries.begin(), summaries.end(), std::back_inserter(documents));
  }
  return build_register(documents, as_of, options);
}

std::vector<const Entry*> by_expiry(const Register& reg) {
  std::vector<const Entry*> sorted;
  for (const Entry& entry : reg.entries) sorted.push_back(&entry);
  auto key = [](const Entry* e) {
    return std::make_tuple(!e->expires_on.has_value(), e->expires_on.value_or(std::chrono::year_month_day{}),
                           e->evidence.file, e->evidence.location.line, e->evidence.location.column);
  };
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Entry* a, const Entry* b) { return key(a) < key(b); });
  return sorted;
}

}  // namespace clausecheck::status
