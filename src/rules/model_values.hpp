#pragma once
#include <functional>
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

// One field expressions may read. The table of them (model_fields()) is the
// one list: the loader's known_fields(), the resolver and the Fields table of
// docs/rules.md (fields_markdown(), held to the docs by a test) come from it.
struct FieldReader;
struct ModelField {
  std::string name;     // doc.title, fact.role …
  std::string row;      // its row of the docs table: fields that share one are listed together
  bool of_doc = false;  // read about the document: null where there is none
  std::function<Value(const FieldReader&)> read;
};
const std::vector<ModelField>& model_fields();

// The field names expressions may read, in the table's order.
const std::vector<std::string>& known_fields();

// The Fields table of docs/rules.md, as Markdown.
std::string fields_markdown();

// The Fact fields table of docs/rules.md: per kind of fact (model/fact_kinds.hpp), the fields
// rules read and its JSON members, as Markdown.
std::string fact_fields_markdown();

// Reads doc.*, validity.*, effective.*, clause.*, fact.*, other.*, as_of and profile.*.
Resolver make_resolver(const Subject& subject);

// True for the 行政规范性文件 that must state a validity period (RunSettings::normative_types).
bool is_normative(const Document& doc, const RunSettings& settings);

}  // namespace clausecheck::rules
