// kind: threshold — thresholds and targets whose subject matches a pattern must
// satisfy an expression (`fact.value <= 2`); fires where it does not hold.
#include "rules/expr_field.hpp"
#include "rules/kinds.hpp"
#include "rules/model_values.hpp"
#include "rules/model_walk.hpp"
#include "rules/text_scan.hpp"

namespace clausecheck::rules {

namespace {
class ThresholdCheck : public Check {
 public:
  explicit ThresholdCheck(const RuleFields& f)
      : subject_(regex_field(f, "subject", f.text("subject"))),
        unit_(f.text_or("unit", "")),
        require_(RuleExpression(f, "require")) {}

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      for_each_document(file, [&](const Document& doc, const Document* parent) {
        Subject s{&doc, parent, nullptr, nullptr, nullptr, &input.settings};
        for (const auto& fact : doc.facts) check(file, s, fact, out);
        for_each_clause(doc, [&](const Clause& clause, const std::vector<const Clause*>&) {
          Subject cs = s;
          cs.clause = &clause;
          for (const auto& fact : clause.facts) check(file, cs, fact, out);
        });
      });
    }
  }

 private:
  void check(const ParsedFile& file, Subject s, const Fact& fact, Reporter& out) const {
    std::string subject, unit;
    if (const auto* t = std::get_if<facts::Threshold>(&fact.value)) subject = t->subject, unit = t->quantity.unit;
    else if (const auto* g = std::get_if<facts::Target>(&fact.value)) subject = g->indicator, unit = g->quantity.unit;
    else return;
    if (!RE2::PartialMatch(subject, *subject_) || (!unit_.empty() && unit != unit_)) return;
    s.fact = &fact;
    const Resolver resolve = make_resolver(s);
    if (require_.evaluate(resolve).truthy()) return;
    out.report(Place{&file, s.doc, s.clause, &fact}, fact.span, {{"value", resolve("fact.value")->text()}});
  }

  std::shared_ptr<const RE2> subject_;
  std::string unit_;
  RuleExpression require_;
};
}  // namespace

KindSpec threshold_kind() {
  return {"threshold", {"subject", "unit", "require"}, {Scope::fact}, {"value"}, [](const RuleFields& f) {
            return std::make_shared<const ThresholdCheck>(f);
          }};
}

}  // namespace clausecheck::rules
