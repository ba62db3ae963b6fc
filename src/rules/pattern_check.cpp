// kind: pattern — text that must not appear (an RE2 pattern), with exceptions.
#include "rules/kinds.hpp"
#include "rules/text_scan.hpp"

namespace clausecheck::rules {

namespace {
class PatternCheck : public Check {
 public:
  explicit PatternCheck(const RuleFields& f)
      : re_(regex_field(f, "pattern", f.text("pattern"))), group_(f.integer_or("group", 0)), requires_(f.text_or("requires", "")),
        exceptions_(f, "exceptions") {
    if (group_ < 0 || group_ > re_->NumberOfCapturingGroups()) f.fail("group", "没有这个捕获组 (no such capture group)");
  }

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      const std::string& text = file.source->text();
      for_each_region(file, scope, [&](Span region, Place place) {
        for_each_line_with(text, region, requires_, [&](Span lines) {
          for_each_match(*re_, text, lines, group_, [&](Span m, const std::vector<std::string>&) {
            if (exceptions_.excuse(text, m)) return;
            out.report(place, m, {{"match", text.substr(m.begin, m.end - m.begin)}});
          });
        });
      });
    }
  }

 private:
  std::shared_ptr<const RE2> re_;
  int group_;
  std::string requires_;  // a literal every match contains: only lines holding it are searched
  Exceptions exceptions_;
};
}  // namespace

KindSpec pattern_kind() {
  return {"pattern", {"pattern", "group", "requires", "exceptions"}, {Scope::gazette, Scope::document, Scope::clause}, {"match"},
          [](const RuleFields& f) { return std::make_shared<const PatternCheck>(f); }};
}

}  // namespace clausecheck::rules
