// kind: change — fires on a change between two versions where an expression
// holds (`change.kind == "modified" and fact.value > other.value`). The diff
// stage (issue 5) calls run_change_rules with its changes; `check` skips these rules.
#include "rules/expr_field.hpp"
#include "rules/kinds.hpp"
#include "rules/model_values.hpp"

namespace clausecheck::rules {

namespace {
class ChangeCheck : public Check {
 public:
  explicit ChangeCheck(const RuleFields& f) : when_(RuleExpression(f, "when")) {}

  void run(const RunInput&, Scope, Reporter&) const override {}

  void run_changes(const std::vector<Change>& changes, const RunSettings& settings, Reporter& out) const override {
    for (const auto& change : changes) {
      Subject s{change.doc,      nullptr,         change.new_clause ? change.new_clause : change.old_clause,
                change.new_fact, change.old_fact, &settings,
                &change.kind};
      if (!when_.evaluate(make_resolver(s)).truthy()) continue;
      out.report(Place{change.file, change.doc, s.clause, change.new_fact}, change.span, {{"change", change.kind}});
    }
  }

 private:
  RuleExpression when_;
};
}  // namespace

KindSpec change_kind() {
  return {"change", {"when"}, {Scope::change}, {"change"}, [](const RuleFields& f) {
            return std::make_shared<const ChangeCheck>(f);
          }};
}

}  // namespace clausecheck::rules
