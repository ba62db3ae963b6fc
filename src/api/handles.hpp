#pragma once
#include <vector>

#include "clausecheck/diff.hpp"
#include "clausecheck/rules.hpp"
#include "clausecheck/status.hpp"
#include "diff/change_set.hpp"
#include "rules/rule.hpp"
#include "status/register.hpp"

// What the public handles hold: the layers' own values, which the report
// writers take as they are, next to the public views made of them once.
namespace clausecheck {

struct Rules::Impl {
  std::vector<rules::Rule> rules;
};

struct Register::Impl {
  status::Register reg;
  std::vector<RegisterEntry> entries;
};

// Never moved once `changes` is made: the change set points into both files.
struct Diff::Impl {
  ParsedFile old_file;
  ParsedFile new_file;
  diff::ChangeSet changes;
  std::vector<DocumentDiff> documents;
};

}  // namespace clausecheck
