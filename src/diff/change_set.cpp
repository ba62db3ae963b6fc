#include "diff/change_set.hpp"

#include <algorithm>

namespace clausecheck::diff {

const char* to_string(ClauseChangeKind kind) {
  switch (kind) {
    case ClauseChangeKind::unchanged:
      return "unchanged";
    case ClauseChangeKind::renumbered:
      return "renumbered";
    case ClauseChangeKind::modified:
      return "modified";
    case ClauseChangeKind::moved:
      return "moved";
    case ClauseChangeKind::inserted:
      return "inserted";
    case ClauseChangeKind::deleted:
      return "deleted";
    case ClauseChangeKind::merged:
      return "merged";
    case ClauseChangeKind::split:
      return "split";
  }
  return "unchanged";
}

const char* to_string(PassagePart part) {
  switch (part) {
    case PassagePart::preamble:
      return "preamble";
    case PassagePart::closing:
      return "closing";
    case PassagePart::text:
      return "text";
  }
  return "text";
}

const char* to_string(DocumentStatus status) {
  switch (status) {
    case DocumentStatus::unchanged:
      return "unchanged";
    case DocumentStatus::changed:
      return "changed";
    case DocumentStatus::added:
      return "added";
    case DocumentStatus::removed:
      return "removed";
  }
  return "unchanged";
}

bool has_changes(const DocumentChange& change) {
  if (change.status == DocumentStatus::added || change.status == DocumentStatus::removed) return true;
  if (!change.fields.empty() || !change.facts.empty() || !change.passages.empty()) return true;
  const bool clause_changed = std::any_of(change.clauses.begin(), change.clauses.end(), [](const ClauseChange& c) {
    return c.kind != ClauseChangeKind::unchanged || !c.facts.empty();
  });
  return clause_changed || std::any_of(change.attachments.begin(), change.attachments.end(), has_changes);
}

bool ChangeSet::empty() const {
  return toc.empty() && text.empty() && std::none_of(documents.begin(), documents.end(), has_changes);
}

}  // namespace clausecheck::diff
