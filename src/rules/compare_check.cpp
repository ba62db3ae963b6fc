// kind: compare — fires where an expression over the model holds
// (`doc.trial and validity.duration > profile.trial_cap`). Its message may
// name any model field the expression can read (`{profile.trial_cap}`), so a
// finding shows the figures it compared, not only where to look them up.
#include "rules/expr_field.hpp"
#include "rules/kinds.hpp"
#include "rules/message.hpp"
#include "rules/model_values.hpp"
#include "rules/model_walk.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

namespace {
const Fact* fact_of_kind(const std::vector<Fact>& facts, const char* kind) {
  for (const auto& f : facts)
    if (std::string_view(kind_name(f.value)) == kind) return &f;
  return nullptr;
}

class CompareCheck : public Check {
 public:
  explicit CompareCheck(const RuleFields& f)
      : when_(RuleExpression(f, "when")),
        show_(f.has("show") ? RuleExpression(f, "show") : RuleExpression()),
        at_(f.text_or("at", "title")),
        facts_(f.fact_kinds("facts")),
        shown_fields_(model_fields_in(f.localized("message"))) {
    static const std::vector<std::string> places = {"title", "validity", "effective", "number", "signed"};
    if (std::find(places.begin(), places.end(), at_) == places.end()) f.fail("at", msg(Msg::compare_expected_at));
  }

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      for_each_document(file, [&](const Document& doc, const Document* parent) {
        Subject s{&doc, parent, nullptr, nullptr, nullptr, &input.settings};
        if (scope == Scope::document) {
          evaluate_at(file, s, document_span(doc, parent), out);
          return;
        }
        if (scope == Scope::fact)
          for (const auto& fact : doc.facts) fact_subject(file, s, fact, out);
        for_each_clause(doc, [&](const Clause& clause, const std::vector<const Clause*>&) {
          Subject cs = s;
          cs.clause = &clause;
          if (scope == Scope::clause) evaluate_at(file, cs, clause.span, out);
          else
            for (const auto& fact : clause.facts) fact_subject(file, cs, fact, out);
        });
      });
    }
  }

 private:
  void fact_subject(const ParsedFile& file, Subject s, const Fact& fact, Reporter& out) const {
    if (!facts_.empty() && std::find(facts_.begin(), facts_.end(), kind_name(fact.value)) == facts_.end()) return;
    s.fact = &fact;
    evaluate_at(file, s, fact.span, out);
  }

  // Where a document finding points: at the signing date or the fact the rule is about, else the title.
  Span document_span(const Document& doc, const Document* parent) const {
    if (at_ == "signed") return doc.signing ? doc.signing->span : doc.span;
    const char* kind = at_ == "validity" ? "validity" : at_ == "effective" ? "effective" : nullptr;
    if (kind) {
      if (const Fact* f = fact_of_kind(doc.facts, kind)) return f->span;
      if (parent)
        if (const Fact* f = fact_of_kind(parent->facts, kind)) return f->span;
      for (const auto& attachment : doc.attachments)  // 本办法自…施行，有效期… printed in the attachment
        if (const Fact* f = fact_of_kind(attachment.facts, kind)) return f->span;
    }
    return doc.span;
  }

  void evaluate_at(const ParsedFile& file, const Subject& s, Span span, Reporter& out) const {
    const Resolver resolve = make_resolver(s);
    if (!when_.evaluate(resolve).truthy()) return;
    std::map<std::string, std::string> vars;
    if (show_) vars["value"] = show_.evaluate(resolve).display();
    vars["match"] = file.source->text().substr(span.begin, span.end - span.begin);
    for (const std::string& field : shown_fields_) vars[field] = resolve(field).value_or(Value{}).display();
    out.report(Place{&file, s.doc, s.clause, s.fact}, span, std::move(vars));
  }

  // The placeholders of `message` that are model fields the reporter does not fill itself.
  static std::vector<std::string> model_fields_in(const std::string& message) {
    std::vector<std::string> out;
    const auto& common = common_placeholders();
    for (const std::string& name : placeholders(message))
      if (std::find(common.begin(), common.end(), name) == common.end() &&
          std::find(known_fields().begin(), known_fields().end(), name) != known_fields().end())
        out.push_back(name);
    return out;
  }

  RuleExpression when_;
  RuleExpression show_;
  std::string at_;
  std::vector<std::string> facts_;
  std::vector<std::string> shown_fields_;
};
}  // namespace

KindSpec compare_kind() {
  std::vector<std::string> vars = known_fields();
  vars.push_back("value");
  vars.push_back("match");
  return {"compare",
          {"when", "show", "at", "facts"},
          {Scope::document, Scope::clause, Scope::fact},
          std::move(vars),
          [](const RuleFields& f) { return std::make_shared<const CompareCheck>(f); }};
}

}  // namespace clausecheck::rules
