// kind: sequence — clause numbering as GB/T 9704-2012 sets it out: no gaps,
// no duplicates, levels in the order 一、→（一）→1.→（1）, full-width brackets,
// one bracket width within a list. One `check` per rule.
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>

#include "grammar/clause_number.hpp"
#include "grammar/line_shape.hpp"
#include "rules/kinds.hpp"
#include "rules/model_walk.hpp"
#include "text/chinese_number.hpp"
#include "model/messages.hpp"
#include "text/blank.hpp"

namespace clausecheck::rules {

namespace {
enum class What { gap, duplicate, order, mixed_width, half_width };

// The last value of each style in a document, 0 for a style not seen yet: one
// slot a style (a std::map was looked up three times a clause by each rule).
class LastValues {
 public:
  int& operator[](NumberStyle s) { return values_[static_cast<std::size_t>(s)]; }

 private:
  std::array<int, static_cast<std::size_t>(NumberStyle::arabic_paren) + 1> values_{};
};

bool statute(NumberStyle s) { return s <= NumberStyle::article; }

bool bracketed(NumberStyle s) { return s == NumberStyle::cn_paren || s == NumberStyle::arabic_paren; }

// The number as it should have been printed: （三）, 三、, 3., （3）.
std::string printed(NumberStyle style, int value) {
  const bool cn = style == NumberStyle::cn_dun || style == NumberStyle::cn_paren || style <= NumberStyle::article;
  std::string n = cn ? text::chinese_number(value) : std::to_string(value);
  switch (style) {
    case NumberStyle::cn_dun:
      return n + "、";
    case NumberStyle::cn_paren:
    case NumberStyle::arabic_paren:
      return "（" + n + "）";
    case NumberStyle::arabic_dot:
      return n + ".";
    case NumberStyle::part:
      return "第" + n + "编";
    case NumberStyle::chapter:
      return "第" + n + "章";
    case NumberStyle::section:
      return "第" + n + "节";
    case NumberStyle::article:
      return "第" + n + "条";
  }
  return n;
}

// The last number run in on a line, after a colon, a sentence's end (。；;), a
// space (not one after 、, inside a list of cited items) or a tab: a list's first item written on the line that names
// it (附件：1.…, 附件1.…, then 2.… on a line of its own), the cells of a table row
// (一、医疗质量<tab>（一）功能定位<tab>1.…, then 2.…), or items whose line breaks were lost (（四）…；（五）…, then
// （六）; 14．决水罪… 15．爆炸罪…, then 16．). The parser takes none of them for a clause.
// With `glued`, an article after a sentence's end may be glued to its text (…。 第十八条继续…):
// only where the article it would be is missing, never to reach past a clause's own number.
std::optional<ClauseNumber> last_run_in(std::string_view line, bool glued = false) {
  std::optional<ClauseNumber> last;
  std::size_t last_at = 0;
  const auto try_at = [&](std::size_t at, std::string_view mark) {
    // 第（三）、 （四）项: a space inside a list of cited items opens no item.
    if (line.substr(0, at).ends_with("、")) return;
    std::string_view rest = line.substr(at + mark.size());
    // Blanks: spaces, tabs, ideographic and no-break spaces (a copy's ;\u00a0(二)…).
    while (!rest.empty())
      if (const std::size_t n = text::blank_at(rest, 0)) rest.remove_prefix(n);
      else break;
    auto m = grammar::match_clause_number(rest);
    if (!m && glued && mark == "。") m = grammar::match_glued_article(rest);
    if (m && (!last || at >= last_at)) {
      last = m->number;
      last_at = at;
    }
  };
  // 附件1.… opens its line: looked for there only.
  if (line.starts_with("附件")) try_at(0, "附件");
  for (std::string_view mark : {"：", "；", ";", "。", " ", "　", "\t"})
    for (std::size_t at = line.find(mark); at != std::string_view::npos; at = line.find(mark, at + mark.size()))
      try_at(at, mark);
  return last;
}

// The line before `begin`, blank lines skipped.
std::string_view line_before(const std::string& text, std::uint32_t begin) {
  std::string_view before(text.data(), begin);
  while (!before.empty() && (before.back() == '\n' || before.back() == '\r' || before.back() == ' '))
    before.remove_suffix(1);
  return before.substr(before.rfind('\n') + 1);  // npos + 1: the first line
}

// A row of a table copied as text, its cells split by tabs (（二）质量安全<tab>8.…):
// the row's first cell continues a column whose earlier numbers stand in other
// cells (一、医疗质量<tab>（一）功能定位<tab>1.…), not a list the parser has seen,
// and the row stands under the row before it only as the parser nests lines.
bool table_row(const std::string& text, const Clause& clause) {
  const std::size_t eol = text.find('\n', clause.span.begin);
  return std::string_view(text).substr(clause.span.begin, eol - clause.span.begin).find('\t') != std::string_view::npos;
}

// The highest number of its list a clause's first line reaches: its own, or
// the last one of its style run in after it (14．决水罪… 35．… reaches 35).
int reach_of(const std::string& text, const Clause& clause) {
  const std::size_t from = clause.span.begin + clause.number.printed.size();
  const std::size_t eol = text.find('\n', from);
  const auto run_in =
      last_run_in(std::string_view(text).substr(from, (eol == std::string::npos ? text.size() : eol) - from));
  return run_in && run_in->style == clause.number.style && run_in->value > clause.number.value ? run_in->value
                                                                                               : clause.number.value;
}

// The quoted blocks of a text: a paragraph that opens with “, leaves it open and
// introduces a list (…修改为：/ “人民法院受理以下商标案件：) through the first paragraph, within
// kQuoteLines lines, that ends with ” (25.其他专利纠纷案件。”). The articles and
// items quoted are another text's numbering: a 决定 amending 司法解释 quotes their
// new articles, whose lists restart.
using Spans = std::vector<std::pair<std::size_t, std::size_t>>;
Spans quoted_blocks(const std::string& text) {
  constexpr std::string_view open = "“", close = "”";
  constexpr std::size_t kQuoteLines = 200;
  const auto count = [](std::string_view line, std::string_view mark) {
    std::size_t n = 0;
    for (std::size_t at = line.find(mark); at != std::string_view::npos; at = line.find(mark, at + mark.size())) ++n;
    return n;
  };
  const auto line_end = [&](std::size_t at) { return std::min(text.find('\n', at), text.size()); };
  // The last line before `at` with text in it ends with ： (blank lines between).
  const auto after_colon_line = [&](std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
    return std::string_view(text.data(), end).ends_with("：");
  };
  Spans out;
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + open.size())) {
    // Opening its paragraph: only spaces or tabs between the line's start and it (looked at
    // backwards from the mark, so a long line of quotes costs no more than its length).
    std::size_t lead = at;
    while (lead > 0 && (text[lead - 1] == ' ' || text[lead - 1] == '\t')) --lead;
    if (lead > 0 && text[lead - 1] != '\n') continue;
    const std::size_t end = line_end(at);
    const std::string_view first(text.data() + at, end - at);
    // Closed on its own line, or neither a list it introduces nor an instruction before it
    // that sets out new text (8.将第十一条修改为： / “委托鉴定书，…。 / 下列…事项： / (一)…): a copy
    // may drop a quote's closing mark (“有前款行为…。 with no ”), and the text goes on unquoted.
    if (count(first, close) >= count(first, open) || !(first.ends_with("：") || after_colon_line(lead))) continue;
    for (std::size_t from = end, n = 0; from < text.size() && n < kQuoteLines; ++n) {
      const std::size_t to = line_end(from + 1);
      std::string_view line(text.data() + from + 1, to - from - 1);
      while (line.ends_with(" ") || line.ends_with("\r")) line.remove_suffix(1);
      if (line.ends_with(close)) {
        out.emplace_back(at, to);
        at = to;
        break;
      }
      from = to;
    }
  }
  return out;
}

// The clauses an amendment sets out after announcing their numbers (宪法修正案: 增加一节，
// 作为第七节…；增加五条，分别作为第一百二十三条至第一百二十七条。内容如下：, then 第七节 and
// its articles, unquoted): the amended law's numbering, not the amendment's. The set
// runs from the announcing clause through the clauses carrying the announced numbers,
// in document order, and ends at the first that does not.
class IntroducedClauses {
 public:
  explicit IntroducedClauses(const std::vector<Clause>& roots) { visit(roots); }
  bool contains(const Clause& c) const { return found_.contains(&c); }

 private:
  void visit(const std::vector<Clause>& list) {
    for (const auto& clause : list) {
      if (announced(clause.number)) {  // its own items are the inserted text too
        found_.insert(&clause);
        continue;
      }
      pending_.clear();
      if (!clause.body.empty() && clause.body.back().text.ends_with("："))
        for (const auto& n : grammar::numbers_introduced(clause.text())) pending_[{n.style, n.first}] = n.last;
      visit(clause.children);
    }
  }

  // Within a range announced last (keyed by style and first number, mapped to the last).
  bool announced(const ClauseNumber& n) const {
    const auto it = pending_.upper_bound({n.style, n.value});
    return it != pending_.begin() && std::prev(it)->first.first == n.style && n.value <= std::prev(it)->second;
  }

  std::map<std::pair<NumberStyle, int>, int> pending_;
  std::set<const Clause*> found_;
};

// Where a statute's own attachments begin (附件1：查处酒后驾驶操作规程, then 一、…) or the notes
// under a table (说明：, then 一、…): the parser keeps them in the text, under the item
// before, but their lists are their own. Offsets of the labels' paragraphs, in text order.
std::vector<std::uint32_t> part_labels(const Document& doc) {
  std::vector<std::uint32_t> out;
  for_each_clause(doc, [&](const Clause& clause, const std::vector<const Clause*>&) {
    for (const auto& p : clause.body)
      if (grammar::is_attachment_label_line(p.text) || grammar::is_notes_label_line(p.text))
        out.push_back(p.source_span().begin);
  });
  std::sort(out.begin(), out.end());
  return out;
}

// A label between the parent's number and the clause: the clause is no item of it.
bool label_between(const std::vector<std::uint32_t>& labels, std::uint32_t from, std::uint32_t to) {
  const auto it = std::upper_bound(labels.begin(), labels.end(), from);
  return it != labels.end() && *it < to;
}

bool inside(const Spans& blocks, std::size_t at) {
  const auto it = std::upper_bound(blocks.begin(), blocks.end(), std::make_pair(at, std::size_t(-1)));
  return it != blocks.begin() && at < std::prev(it)->second;
}

class SequenceCheck : public Check {
 public:
  explicit SequenceCheck(const RuleFields& f) {
    const std::string check = f.text("check");
    static const std::map<std::string, What> names = {{"gap", What::gap},
                                                      {"duplicate", What::duplicate},
                                                      {"order", What::order},
                                                      {"mixed-width", What::mixed_width},
                                                      {"half-width", What::half_width}};
    const auto it = names.find(check);
    if (it == names.end()) f.fail("check", msg(Msg::sequence_expected_check));
    what_ = it->second;
  }

  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope, Reporter& out) const override {
    for (const auto& file : input.files) {
      const Spans quoted = quoted_blocks(file.source->text());
      for_each_document(file, [&](const Document& doc, const Document*) {
        LastValues last;
        const IntroducedClauses introduced(doc.clauses);
        const std::vector<std::uint32_t> labels =
            what_ == What::order ? part_labels(doc) : std::vector<std::uint32_t>{};
        walk(file, doc, doc.clauses, nullptr, last, {quoted, introduced, labels}, out);
      });
    }
  }

 private:
  // What is another text's numbering: quoted, or set out after an amendment announced it.
  struct Foreign {
    const Spans& quoted;
    const IntroducedClauses& introduced;
    const std::vector<std::uint32_t>& part_labels;  // for `order` only
  };

  void walk(const ParsedFile& file, const Document& doc, const std::vector<Clause>& list, const Clause* parent,
            LastValues& last, const Foreign& foreign, Reporter& out) const {
    const Clause* prev = nullptr;
    int prev_reach = 0;           // the number the item before reaches, items run in on its line counted
    bool prev_duplicate = false;  // the item before repeats the number of the one before it
    bool width_reported = false;
    bool half_width_reported = false;  // the list's half-width items are one finding
    for (const auto& clause : list) {
      if (inside(foreign.quoted, clause.span.begin) || foreign.introduced.contains(clause)) continue;
      const ClauseNumber& n = clause.number;
      const Place place{&file, &doc, &clause, nullptr};
      const Span at{clause.span.begin, clause.span.begin + static_cast<std::uint32_t>(n.printed.size())};
      const bool same_style = prev && prev->number.style == n.style;
      // A list may restart at 1 under each parent or run on across parents (（三） under 二、).
      const int expected = same_style ? prev_reach + 1 : (n.value == 1 ? 1 : last[n.style] + 1);
      // A list may start again at 1 (a second 款 of one article); a statute excerpt
      // may open at any article (物权编 starts at 第二百零五条).
      const bool restart = n.value == 1 || (statute(n.style) && last[n.style] == 0);
      // A line that runs on past its own number (## 第一章 总则 第二章 任免范围 … 第六章 附则)
      // is a table of contents: the 第一章 after it begins the text, not a duplicate.
      const bool after_contents = same_style && n.value == 1 && prev->number.value == 1 && what_ == What::duplicate &&
                                  reach_of(file.source->text(), *prev) > 1;
      const bool duplicate =
          same_style && n.value == prev->number.value && n.sub == prev->number.sub && !after_contents;
      if (what_ == What::duplicate && duplicate)
        out.report(place, at, {{"value", n.printed}, {"expected", printed(n.style, expected)}});
      // One defect, one finding: after 第三条 twice, 第五条 is where the duplicate left it.
      const bool after_duplicate = same_style && prev_duplicate && n.value == prev->number.value + 2;
      const bool gap = what_ == What::gap && n.sub == 0 && n.value != expected && !restart &&
                       !(same_style && n.value == prev->number.value) && !after_duplicate;
      const auto run_in = gap ? last_run_in(line_before(file.source->text(), clause.span.begin), true) : std::nullopt;
      if (gap && !(run_in && run_in->style == n.style && run_in->value + 1 == n.value) &&
          !table_row(file.source->text(), clause))
        out.report(place, at, {{"value", n.printed}, {"expected", printed(n.style, expected)}});
      // Only the GB/T 9704 levels: 编/章/节/条 are headings whose nesting the parser decides.
      if (what_ == What::order && parent && !statute(n.style) && n.style <= parent->number.style &&
          !table_row(file.source->text(), clause) &&
          !label_between(foreign.part_labels, parent->span.begin, clause.span.begin))
        out.report(place, at, {{"value", n.printed}, {"expected", style_name(parent->number.style)}});
      // One finding per list, at its first half-width item, naming the others.
      if (what_ == What::half_width && bracketed(n.style) && n.half_width && !half_width_reported) {
        half_width_reported = true;
        std::vector<Span> others;
        for (const Clause* c = &clause + 1; c != list.data() + list.size(); ++c)
          if (bracketed(c->number.style) && c->number.half_width)
            others.push_back({c->span.begin, c->span.begin + static_cast<std::uint32_t>(c->number.printed.size())});
        out.report(place, at,
                   {{"value", n.printed},
                    {"expected", printed(n.style, n.value)},
                    {"count", std::to_string(others.size() + 1)}},
                   printed(n.style, n.value), others);
      }
      if (what_ == What::mixed_width && !width_reported && bracketed(n.style) && !list.empty() &&
          bracketed(list.front().number.style) && n.half_width != list.front().number.half_width) {
        width_reported = true;
        out.report(place, at, {{"value", n.printed}, {"expected", list.front().number.printed}});
      }
      const int reach = what_ == What::gap ? reach_of(file.source->text(), clause) : n.value;
      if (n.sub == 0) last[n.style] = reach;
      walk(file, doc, clause.children, &clause, last, foreign, out);
      prev_duplicate = duplicate;
      prev_reach = reach;
      prev = &clause;
    }
  }

  What what_ = What::gap;
};
}  // namespace

KindSpec sequence_kind() {
  return {"sequence", {"check"}, {Scope::document}, {"value", "expected", "count"}, [](const RuleFields& f) {
            return std::make_shared<const SequenceCheck>(f);
          }};
}

}  // namespace clausecheck::rules
