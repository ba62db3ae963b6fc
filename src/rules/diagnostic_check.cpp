// kind: diagnostic — what the parser read but could not accept (a date that
// does not exist: 2023年2月30日), reported as a finding wherever it stands,
// with or without `parse --strict`.
#include "rules/kinds.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

namespace {
class DiagnosticCheck : public Check {
 public:
  explicit DiagnosticCheck(const RuleFields& f) : code_(f.text("code")) {
    if (code_ != "invalid-date") f.fail("code", msg(Msg::unknown_diagnostic_code));
  }

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      for (const Diagnostic& d : file.diagnostics) {
        if (d.code != code_) continue;
        // The last top-level document starting before it holds it (documents follow in text order).
        const Document* doc = nullptr;
        for (const Document& candidate : file.documents)
          if (candidate.span.begin <= d.span.begin) doc = &candidate;
        const std::string& text = file.source->text();
        out.report(Place{&file, doc, nullptr, nullptr}, d.span,
                   {{"match", text.substr(d.span.begin, d.span.end - d.span.begin)}, {"problem", d.message}});
      }
    }
  }

 private:
  std::string code_;
};
}  // namespace

KindSpec diagnostic_kind() {
  return {"diagnostic", {"code"}, {Scope::document}, {"match", "problem"}, [](const RuleFields& f) {
            return std::make_shared<const DiagnosticCheck>(f);
          }};
}

}  // namespace clausecheck::rules
