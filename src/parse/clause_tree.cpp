#include "parse/clause_tree.hpp"

#include <array>

#include "grammar/clause_number.hpp"
#include "parse/clause_heading.hpp"
#include "parse/document_type.hpp"
#include "parse/header_lines.hpp"

namespace clausecheck::parse {

namespace {

// The chain of open clauses, root first. Pointers stay valid: only the last
// clause's children grow, and nothing below a popped clause is kept.
class OpenChain {
 public:
  explicit OpenChain(std::vector<Clause>& roots) : roots_(roots) {}

  // The new clause is made in its place among its siblings, for the caller to fill: not built
  // aside and moved there.
  Clause& open(ClauseNumber number, Span span) {
    chain_.resize(sibling_place(number));
    auto& siblings = chain_.empty() ? roots_ : chain_.back()->children;
    Clause& clause = siblings.emplace_back();
    clause.number = std::move(number);
    clause.level = static_cast<int>(chain_.size()) + 1;
    clause.span = span;
    chain_.push_back(&clause);
    extend(span.end);
    return clause;
  }

  bool empty() const { return chain_.empty(); }
  // Statutes carry their closing statements inside articles (第五十六条 本条例自…施行),
  // so a 款 starting 本条例… is part of its article, not a closing.
  bool in_statute() const { return !chain_.empty() && (chain_.front()->number.style <= NumberStyle::article); }

  void add_body(Paragraph p) {
    const auto end = p.source_span().end;
    chain_.back()->body.push_back(std::move(p));
    extend(end);
  }

 private:
  void extend(std::uint32_t end) {
    for (Clause* c : chain_) c->span.end = std::max(c->span.end, end);
  }

  // How many open clauses stay open above a new one numbered `number`: it is
  // the sibling of the innermost open clause of its style that it continues
  // (（二） after （一）), else of the innermost of its style; but a list
  // restarting at 1 right inside an article (第四十五条's own （一） under a
  // section （一） of the same style, as 司法解释 are laid out) is the
  // article's. A section heading after it (（二）不动产抵押) then continues
  // the outer list. Elsewhere a restart stays a sibling: a duplicate to report.
  std::size_t sibling_place(const ClauseNumber& number) const {
    std::size_t same = chain_.size();
    for (std::size_t i = chain_.size(); i-- > 0;) {
      if (chain_[i]->number.style != number.style) continue;
      if (chain_[i]->number.value + 1 == number.value) return i;
      if (same == chain_.size()) same = i;
    }
    const bool restart_inside = same + 1 < chain_.size() && number.value == 1 && chain_[same]->number.value >= 1 &&
                                chain_.back()->number.style == NumberStyle::article;
    return restart_inside ? chain_.size() : same;
  }

  std::vector<Clause>& roots_;
  std::vector<Clause*> chain_;
};

constexpr std::array kClosingVerbs = {"施行", "实施", "试行", "实行", "生效", "有效", "废止", "解释", "执行"};

}  // namespace

bool is_closing_statement(std::string_view text) {
  if (!self_name_length(text)) return false;
  for (std::string_view verb : kClosingVerbs)
    if (text.find(verb) != std::string_view::npos) return true;
  return false;
}

ClauseTree build_clause_tree(std::vector<Paragraph>& ps, std::size_t begin, std::size_t end) {
  ClauseTree tree;
  OpenChain chain(tree.clauses);
  for (std::size_t i = begin; i < end; ++i) {
    Paragraph& p = ps[i];
    auto number = grammar::match_clause_number(p.text);
    // The record (抄送, 印发 line) closes a statute's articles too.
    if (!number &&
        (!tree.closing.empty() || is_record_line(p.text) || (!chain.in_statute() && is_closing_statement(p.text)))) {
      tree.closing.push_back(std::move(p));
      continue;
    }
    if (!number) {
      if (chain.empty()) tree.preamble.push_back(std::move(p));
      else chain.add_body(std::move(p));
      continue;
    }
    Clause& clause = chain.open(std::move(number->number), p.source_span());
    const auto size = static_cast<std::uint32_t>(p.text.size());
    HeadingSplit split = split_heading(clause.number.style, std::move(p).slice(number->length, size));
    clause.heading = std::move(split.heading);
    clause.heading_source = std::move(split.heading_source);
    clause.body = std::move(split.body);
  }
  return tree;
}

}  // namespace clausecheck::parse
