// kind: substitution — a wrong form and the form to write instead (RE2 → rewrite with \1).
#include <algorithm>
#include <optional>

#include "rules/kinds.hpp"
#include "rules/text_scan.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

namespace {
struct Swap {
  std::shared_ptr<const RE2> re;
  std::string rewrite;
  int group = 0;  // its group in the combined pattern
};

class SubstitutionCheck : public Check {
 public:
  explicit SubstitutionCheck(const RuleFields& f) : requires_(f.text_or("requires", "")), exceptions_(f, "exceptions") {
    for (const auto& [pattern, rewrite] : f.text_map("swap")) {
      auto re = regex_field(f, "swap", pattern);
      std::string error;
      if (!re->CheckRewriteString(rewrite, &error)) f.fail("swap", msg(Msg::bad_rewrite, {rewrite, error}));
      swaps_.push_back({re, rewrite, 0});
    }
    if (swaps_.empty()) f.fail("swap", msg(Msg::needs_swap));
    // One pass over the text for all the swaps: (p1)|(p2)|…
    std::string combined;
    int group = 1;
    for (auto& swap : swaps_) {
      combined += (combined.empty() ? "(" : "|(") + swap.re->pattern() + ")";
      swap.group = group;
      group += 1 + swap.re->NumberOfCapturingGroups();
    }
    filter_.emplace(combined);
    if (!filter_->regex()) regex_field(f, "swap", combined);  // fails at the field, with RE2's error
  }

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      const std::string& text = file.source->text();
      for_each_region(file, scope, [&](Span region, Place place) {
        if (!filter_->may_match(text, region)) return;
        for_each_line_with(text, region, requires_, [&](Span lines) {
          for_each_match(*filter_->regex(), text, lines, 0, [&](Span m, const std::vector<std::string>& groups) {
            if (exceptions_.excuse(text, m)) return;
            const auto swap = std::find_if(swaps_.begin(), swaps_.end(), [&](const Swap& s) {
              return !groups[static_cast<std::size_t>(s.group)].empty();
            });
            if (swap == swaps_.end()) return;
            std::string match = text.substr(m.begin, m.end - m.begin);
            std::string fix = match;
            RE2::Replace(&fix, *swap->re, swap->rewrite);
            out.report(place, m, {{"match", match}}, fix);
          });
        });
      });
    }
  }

 private:
  std::vector<Swap> swaps_;
  // The swaps' combined pattern, searched only where it may match: most texts hold none of a list of typos.
  std::optional<LiteralFilter> filter_;
  std::string requires_;  // a literal every match contains: only lines holding it are searched
  Exceptions exceptions_;
};
}  // namespace

KindSpec substitution_kind() {
  return {"substitution",
          {"swap", "requires", "exceptions"},
          {Scope::gazette, Scope::document, Scope::clause},
          {"match", "fix"},
          [](const RuleFields& f) { return std::make_shared<const SubstitutionCheck>(f); }};
}

}  // namespace clausecheck::rules
