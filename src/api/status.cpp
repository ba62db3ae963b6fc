#include "clausecheck/status.hpp"

#include <utility>

#include "api/handles.hpp"

namespace clausecheck {

Register::Register(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

std::chrono::year_month_day Register::as_of() const { return impl_->reg.as_of; }

const std::vector<RegisterEntry>& Register::entries() const { return impl_->entries; }

Register build_register(const std::vector<ParsedFile>& files, std::chrono::year_month_day as_of,
                        const RegisterOptions& options) {
  status::StatusOptions status_options;
  status_options.count = options.civil_code_count ? status::DayCount::civil_code : status::DayCount::administrative;
  status_options.warn_days = options.warning_days;
  auto impl = std::make_shared<Register::Impl>();
  impl->reg = status::build_register(files, as_of, status_options);
  for (const status::Entry& e : impl->reg.entries)
    impl->entries.push_back({e.document_number, e.document_title, e.attachment, e.clause, e.status, e.effective_from,
                             e.expires_on, e.evidence.file, e.evidence.location, e.notes});
  return Register(std::move(impl));
}

}  // namespace clausecheck
