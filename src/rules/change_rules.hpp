#pragma once
#include <string>
#include <vector>

#include "diff/change_set.hpp"
#include "model/parsed_file.hpp"
#include "rules/check.hpp"
#include "model/finding.hpp"
#include "rules/pack_loader.hpp"
#include "rules/rule.hpp"

namespace clausecheck::diff {

// The ChangeSet as the rules engine's `change` rules read it (rules::Change):
//  - one change per clause that is not unchanged, kind inserted, deleted,
//    moved, renumbered or modified, spanning the clause;
//  - one change per fact change, with the clause's kind (a document-level
//    fact: "modified"), fact.* the new fact and other.* the old one;
//  - document changes: "document-added", "document-removed", "trial-removed"
//    (试行/暂行 dropped from the title), "trial-added".
// Spans point into the new file, or into the old one for what was deleted
// or removed.
std::vector<rules::Change> to_rule_changes(const ChangeSet& changes, const ParsedFile& old_file,
                                           const ParsedFile& new_file);

// The built-in pack rules/changes.yaml, embedded in the binary, loaded the first time it is asked for
// (rules::Use: with its examples or without).
const rules::Pack& builtin_changes_pack(rules::Use use = rules::Use::examples);

// Its name, "changes", known without loading it.
std::string builtin_changes_pack_name();

}  // namespace clausecheck::diff
