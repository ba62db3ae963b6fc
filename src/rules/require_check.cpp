// kind: require — a fact a document must state (a 规范性文件 states its validity period).
#include "rules/expr_field.hpp"
#include "rules/kinds.hpp"
#include "rules/model_values.hpp"
#include "rules/model_walk.hpp"

namespace clausecheck::rules {

namespace {
bool has_fact(const Document& doc, const std::string& kind) {
  const auto of_kind = [&](const std::vector<Fact>& facts) {
    return std::any_of(facts.begin(), facts.end(), [&](const Fact& f) { return kind == kind_name(f.value); });
  };
  if (of_kind(doc.facts)) return true;
  bool found = false;
  for_each_clause(doc, [&](const Clause& c, const std::vector<const Clause*>&) { found = found || of_kind(c.facts); });
  return found;
}

class RequireCheck : public Check {
 public:
  explicit RequireCheck(const RuleFields& f)
      : when_(f.has("when") ? RuleExpression(f, "when") : RuleExpression()), fact_(f.text("fact")) {
    f.fact_kinds("fact");  // one of them, or an error at it
  }

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      for_each_document(file, [&](const Document& doc, const Document* parent) {
        const Resolver resolve = make_resolver(Subject{&doc, parent, nullptr, nullptr, nullptr, &input.settings});
        if (when_ && !when_.evaluate(resolve).truthy()) return;
        // validity and effect may be printed in the carrying notice or an attachment
        if (fact_ == "validity" || fact_ == "effective") {
          if (!resolve(fact_)->is_null()) return;
        } else if (has_fact(doc, fact_)) {
          return;
        }
        out.report(Place{&file, &doc, nullptr, nullptr}, doc.span, {{"fact", fact_}});
      });
    }
  }

 private:
  RuleExpression when_;
  std::string fact_;
};
}  // namespace

KindSpec require_kind() {
  return {"require", {"when", "fact"}, {Scope::document}, {"fact"}, [](const RuleFields& f) {
            return std::make_shared<const RequireCheck>(f);
          }};
}

}  // namespace clausecheck::rules
