// kind: substitution — a wrong form and the form to write instead (RE2 → rewrite with \1).
#include "rules/kinds.hpp"
#include "rules/text_scan.hpp"

namespace clausecheck::rules {

namespace {
struct Swap {
  std::shared_ptr<const RE2> re;
  std::string rewrite;
};

class SubstitutionCheck : public Check {
 public:
  explicit SubstitutionCheck(const RuleFields& f) : exceptions_(f, "exceptions") {
    for (const auto& [pattern, rewrite] : f.text_map("swap")) {
      auto re = regex_field(f, "swap", pattern);
      std::string error;
      if (!re->CheckRewriteString(rewrite, &error)) f.fail("swap", "替换文本无效 (bad rewrite) '" + rewrite + "': " + error);
      swaps_.push_back({re, rewrite});
    }
    if (swaps_.empty()) f.fail("swap", "至少需要一项替换 (needs at least one pattern: replacement)");
  }

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      const std::string& text = file.source->text();
      for_each_region(file, scope, [&](Span region, Place place) {
        for (const auto& swap : swaps_) {
          for_each_match(*swap.re, text, region, 0, [&](Span m, const std::vector<std::string>&) {
            if (exceptions_.excuse(text, m)) return;
            std::string match = text.substr(m.begin, m.end - m.begin);
            std::string fix = match;
            RE2::Replace(&fix, *swap.re, swap.rewrite);
            out.report(place, m, {{"match", match}}, fix);
          });
        }
      });
    }
  }

 private:
  std::vector<Swap> swaps_;
  Exceptions exceptions_;
};
}  // namespace

KindSpec substitution_kind() {
  return {"substitution", {"swap", "exceptions"}, {Scope::gazette, Scope::document, Scope::clause}, {"match", "fix"},
          [](const RuleFields& f) { return std::make_shared<const SubstitutionCheck>(f); }};
}

}  // namespace clausecheck::rules
