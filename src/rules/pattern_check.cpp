// kind: pattern — text that must not appear (an RE2 pattern), with exceptions,
// in the documents `when` holds for (成文日期 in Chinese numerals is a defect only
// after GB/T 9704-2012 took effect).
#include <algorithm>

#include "rules/expr_field.hpp"
#include "rules/kinds.hpp"
#include "rules/model_values.hpp"
#include "rules/model_walk.hpp"
#include "rules/text_scan.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

namespace {
class PatternCheck : public Check {
 public:
  explicit PatternCheck(const RuleFields& f)
      : group_(f.integer_or("group", 0)),
        re_(f, "pattern", f.text("pattern"), group_),
        requires_(f.text_or("requires", "")),
        exceptions_(f, "exceptions"),
        when_(f.has("when") ? RuleExpression(f, "when") : RuleExpression()) {}

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      const std::string& text = file.source->text();
      for_each_region(file, scope, [&](Span region, Place place) {
        for_each_line_with(text, region, requires_, [&](Span lines) {
          for_each_match(re_.get(), text, lines, group_, [&](Span m, const std::vector<std::string>&) {
            if (exceptions_.excuse(text, m) || (when_ && !applies(file, place, m, input.settings))) return;
            out.report(place, m, {{"match", text.substr(m.begin, m.end - m.begin)}});
          });
        });
      });
    }
  }

 private:
  int group_;
  LazyRegex re_;
  // `when` about the document the match stands in (in the gazette scope too),
  // or else the last one before it: a signing date closes its document.
  bool applies(const ParsedFile& file, const Place& place, Span match, const RunSettings& settings) const {
    const Document* doc = place.doc ? place.doc : document_at(file, match.begin);
    if (!doc) {  // documents lie in text order: the last to begin before the match
      const auto after = std::upper_bound(file.documents.begin(), file.documents.end(), match.begin,
                                          [](std::uint32_t at, const Document& d) { return at < d.span.begin; });
      if (after != file.documents.begin()) doc = &*std::prev(after);
    }
    const Document* parent = doc ? parent_of(file, *doc) : nullptr;
    return when_.evaluate(make_resolver(Subject{doc, parent, place.clause, nullptr, nullptr, &settings})).truthy();
  }

  std::string requires_;  // a literal every match contains: only lines holding it are searched
  Exceptions exceptions_;
  RuleExpression when_;
};
}  // namespace

KindSpec pattern_kind() {
  return {"pattern",
          {"pattern", "group", "requires", "exceptions", "when"},
          {Scope::gazette, Scope::document, Scope::clause},
          {"match"},
          [](const RuleFields& f) { return std::make_shared<const PatternCheck>(f); }};
}

}  // namespace clausecheck::rules
