#pragma once
#include <memory>
#include <string>
#include <vector>

#include "clausecheck/export.hpp"
#include "clausecheck/model.hpp"

namespace clausecheck {

// A clause that changed between two versions (docs/diff.md).
struct ClauseDiff {
  std::string kind;         // "unchanged", "renumbered", "modified", "moved", "inserted", "deleted", "merged", "split"
  std::string old_path;     // "二/（五）" as printed; empty when inserted
  std::string new_path;     // empty when deleted
  double similarity = 1.0;  // of the clauses' own texts, labels stripped
};

// A change of a document's own attribute, as display texts.
struct FieldDiff {
  std::string field;  // "number", "title", "signed", "trial", "validity", "effective"
  std::string old_value;
  std::string new_value;
};

// One document of the old file paired with one of the new.
struct DocumentDiff {
  std::string status;    // "unchanged", "changed", "added", "removed"
  std::string old_name;  // the document number, else the title; empty when added
  std::string new_name;  // empty when removed
  std::vector<FieldDiff> fields;
  std::vector<ClauseDiff> clauses;  // pre-order of the new tree, deleted clauses where they stood
  std::vector<DocumentDiff> attachments;
};

// What changed between two versions of a file, as `clausecheck diff` finds
// it (without change rules). A handle: it owns both parsed files, which the
// diff's own change set points into, and the report writers read that.
class CLAUSECHECK_API Diff {
 public:
  const std::vector<DocumentDiff>& documents() const;
  // No document, clause, field, fact or contents entry changed.
  bool empty() const;

  // The library's side of the handle, complete only inside it.
  struct Impl;
  const Impl& impl() const { return *impl_; }
  explicit Diff(std::shared_ptr<const Impl> impl);

 private:
  std::shared_ptr<const Impl> impl_;
};

CLAUSECHECK_API Diff compare(ParsedFile old_file, ParsedFile new_file);

}  // namespace clausecheck
