#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/span.hpp"
#include "rules/rule_meta.hpp"

namespace clausecheck::rules {

class Check;

// What a rule looks at; a kind walks the model at this level.
enum class Scope { gazette, document, clause, fact, change };
const char* to_string(Scope scope);

// A document text that the rule must fire on (fires) or stay silent on (passes).
// An example of a `change` rule holds two versions: `old` and `text` (the new one).
struct Example {
  std::string text;
  Location where;                  // in the pack, for `rules test` failures
  std::optional<std::string> old;  // change rules only: the version before
};

struct Rule {
  RuleMeta meta;
  Scope scope = Scope::document;
  std::shared_ptr<const Check> check;
  std::vector<Example> fires;
  std::vector<Example> passes;
};

struct Pack {
  std::string name;    // validity
  std::string origin;  // the file it came from ("<builtin>/validity.yaml" for embedded packs)
  std::vector<Rule> rules;
};

}  // namespace clausecheck::rules
