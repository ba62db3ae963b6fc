#include "clausecheck/diff.hpp"

#include <utility>

#include "api/handles.hpp"
#include "diff/diff_files.hpp"

namespace clausecheck {
namespace {

DocumentDiff view_of(const diff::DocumentChange& change) {
  DocumentDiff out{diff::to_string(change.status), change.old_name, change.new_name, {}, {}, {}};
  for (const diff::FieldChange& f : change.fields) out.fields.push_back({f.field, f.old_value, f.new_value});
  for (const diff::ClauseChange& c : change.clauses)
    out.clauses.push_back({diff::to_string(c.kind), c.old_path, c.new_path, c.similarity});
  for (const diff::DocumentChange& attachment : change.attachments) out.attachments.push_back(view_of(attachment));
  return out;
}

}  // namespace

Diff::Diff(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

const std::vector<DocumentDiff>& Diff::documents() const { return impl_->documents; }

bool Diff::empty() const { return impl_->changes.empty(); }

Diff compare(ParsedFile old_file, ParsedFile new_file) {
  auto impl = std::make_shared<Diff::Impl>();
  impl->old_file = std::move(old_file);
  impl->new_file = std::move(new_file);
  impl->changes = diff::diff_files(impl->old_file, impl->new_file);
  for (const diff::DocumentChange& change : impl->changes.documents) impl->documents.push_back(view_of(change));
  return Diff(std::move(impl));
}

}  // namespace clausecheck
