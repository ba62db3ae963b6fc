// kind: complement — an upper and a lower bound on the same base in one clause
// must add up (不得超过…资金额度的30% and 不得低于…资金额度的70% make 100).
//
// Two bounds share a base when the few characters before their numbers agree
// (…资金额度的30% / …资金额度的70%), which keeps unrelated percentages of one
// clause apart. They split one whole only within one sentence, with no 其中
// between them and neither above the whole: 高于平均工资300%…低于平均工资60% is a
// band on one figure (工伤保险条例 第六十四条), 不少于…25%，其中…不得超过…10% a part of a
// part, and 至少占成员总数的百分之八十。…不得超过成员总数的百分之五 bound two groups.
#include <cmath>

#include "parse/facts/fact_text.hpp"
#include "rules/kinds.hpp"
#include "rules/model_walk.hpp"
#include "text/utf8.hpp"

namespace clausecheck::rules {

namespace {
struct Bound {
  const Fact* fact;
  const facts::Threshold* threshold;
  std::string base;
};

bool is_upper(Comparator op) { return op == Comparator::le || op == Comparator::lt; }
bool is_lower(Comparator op) { return op == Comparator::ge || op == Comparator::gt; }

// The last `count` characters before the quantity's text in the fact's source text.
std::string base_before_number(const SourceText& source, const Fact& fact, const Quantity& q, int count) {
  const std::string text = span_text(source, fact.span, 4096);
  std::size_t at = q.text.empty() ? std::string::npos : text.rfind(q.text);
  if (at == std::string::npos) return "";
  std::size_t begin = at;
  for (int n = 0; n < count && begin > 0; ++n) {
    do --begin;
    while (begin > 0 && text::is_continuation(text[begin]));
  }
  return text.substr(begin, at - begin);
}

class ComplementCheck : public Check {
 public:
  explicit ComplementCheck(const RuleFields& f)
      : unit_(f.text_or("unit", "%")),
        total_(f.number_or("total", 100)),
        base_chars_(f.integer_or("base_chars", 4, 1, 64)) {}

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      for_each_document(file, [&](const Document& doc, const Document*) {
        for_each_clause(doc, [&](const Clause& clause, const std::vector<const Clause*>&) {
          check_clause(file, doc, clause, out);
        });
      });
    }
  }

 private:
  void check_clause(const ParsedFile& file, const Document& doc, const Clause& clause, Reporter& out) const {
    std::vector<Bound> upper, lower;
    for (const auto& fact : clause.facts) {
      const auto* t = std::get_if<facts::Threshold>(&fact.value);
      if (!t || t->quantity.unit != unit_) continue;
      Bound b{&fact, t, base_before_number(*file.source, fact, t->quantity, base_chars_)};
      if (b.base.empty()) continue;
      if (is_upper(t->op)) upper.push_back(b);
      else if (is_lower(t->op)) lower.push_back(b);
    }
    for (const auto& u : upper) {
      for (const auto& l : lower) {
        if (u.base != l.base || !split_one_whole(*file.source, u, l)) continue;
        const double sum = u.threshold->quantity.value + l.threshold->quantity.value;
        if (std::fabs(sum - total_) < 1e-9) continue;
        const Fact* later = u.fact->span.begin > l.fact->span.begin ? u.fact : l.fact;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", total_);
        out.report(Place{&file, &doc, &clause, later}, later->span,
                   {{"value", u.threshold->quantity.text + unit_ + " + " + l.threshold->quantity.text + unit_},
                    {"expected", std::string(buf) + unit_}});
      }
    }
  }

  bool split_one_whole(const SourceText& source, const Bound& u, const Bound& l) const {
    if (u.threshold->quantity.value > total_ || l.threshold->quantity.value > total_) return false;
    const Span first = u.fact->span.begin < l.fact->span.begin ? u.fact->span : l.fact->span;
    const Span second = u.fact->span.begin < l.fact->span.begin ? l.fact->span : u.fact->span;
    if (second.begin <= first.end) return true;
    const std::string between = span_text(source, Span{first.end, second.begin}, 4096);
    return between.find("其中") == std::string::npos && parse::sentence_end(between, 0) == between.size();
  }

  std::string unit_;
  double total_;
  int base_chars_;
};
}  // namespace

KindSpec complement_kind() {
  return {
      "complement", {"unit", "total", "base_chars"}, {Scope::clause}, {"value", "expected"}, [](const RuleFields& f) {
        return std::make_shared<const ComplementCheck>(f);
      }};
}

}  // namespace clausecheck::rules
