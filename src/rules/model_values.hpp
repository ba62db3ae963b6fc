#pragma once
#include <string>
#include <vector>

#include "model/parsed_file.hpp"
#include "rules/expr_eval.hpp"
#include "rules/run_settings.hpp"

namespace clausecheck::rules {

// What an expression is evaluated about: a document, maybe one of its
// clauses, maybe one fact; and `other` for rules that relate two facts.
struct Subject {
  const Document* doc = nullptr;
  const Document* parent = nullptr;  // the notice carrying doc, for an attachment
  const Clause* clause = nullptr;
  const Fact* fact = nullptr;
  const Fact* other = nullptr;
  const RunSettings* settings = nullptr;
  const std::string* change = nullptr;  // the change kind, for `change` rules
};

// The field names expressions may read (docs/rules.md lists them).
const std::vector<std::string>& known_fields();

// Reads doc.*, validity.*, effective.*, clause.*, fact.*, other.*, as_of and profile.*.
Resolver make_resolver(const Subject& subject);

// True for the 行政规范性文件 that must state a validity period (RunSettings::normative_types).
bool is_normative(const Document& doc, const RunSettings& settings);

}  // namespace clausecheck::rules
