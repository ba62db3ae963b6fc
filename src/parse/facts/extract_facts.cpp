#include "parse/facts/extract_facts.hpp"

#include <algorithm>
#include <iterator>

#include "parse/facts/figure_facts.hpp"
#include "parse/facts/list_facts.hpp"
#include "parse/facts/statement_facts.hpp"

namespace clausecheck::parse {

namespace {

struct Walker {
  std::vector<Diagnostic>& diagnostics;
  Triggers triggers{};       // reused from paragraph to paragraph
  std::vector<Fact> found{};  // reused from clause to clause

  // The facts of one paragraph that belong where the paragraph stands.
  // Figures, lists and references belong where the paragraph stands;
  // statements about the whole document go to the document.
  void scan(const Paragraph& p, ScanContext& ctx, const std::optional<DocNumber>& own, std::vector<Fact>& out,
            std::vector<Fact>& doc_facts) {
    find_triggers(p.text, triggers);
    FactSink sink{p, out, diagnostics};
    scan_figures(ctx, sink, triggers);
    scan_responsibility(sink, triggers);
    scan_references(sink, triggers, own);
    FactSink statements{p, doc_facts, diagnostics};
    scan_statements(ctx, statements, triggers);
  }

  // A clause's facts are gathered in `found`, which keeps its capacity from
  // clause to clause, and moved into the clause at their exact count: a list
  // grown fact by fact moves every fact (two hundred bytes) at each growth.
  void clause(Clause& c, ScanContext ctx, const Document& doc, std::vector<Fact>& doc_facts) {
    found.clear();
    for (const Paragraph& p : c.body) scan(p, ctx, doc.number, found, doc_facts);
    sort(found);
    c.facts.assign(std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    for (Clause& child : c.children) clause(child, ctx, doc, doc_facts);
  }

  void document(Document& d, int inherited_year) {
    ScanContext ctx;
    ctx.document_year = d.number && d.number->year ? d.number->year
                        : d.signed_date            ? static_cast<int>(d.signed_date->ymd.year())
                                                   : inherited_year;
    // A notice without clauses has all its facts here: gathered as a clause's.
    found.clear();
    for (auto* part : {&d.preamble, &d.closing})
      for (const Paragraph& p : *part) scan(p, ctx, d.number, found, found);
    d.facts.assign(std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    for (Clause& c : d.clauses) clause(c, ctx, d, d.facts);
    sort(d.facts);
    drop_restated(d.facts);
    for (Document& a : d.attachments) document(a, ctx.document_year);
  }

  // Each scanner appends its facts in text order, so the list is usually in
  // order already; otherwise a merge sort keeps it n log n whatever the shape
  // (an insertion sort was quadratic on a paragraph of thousands of facts).
  static void sort(std::vector<Fact>& facts) {
    auto by_place = [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; };
    if (!std::is_sorted(facts.begin(), facts.end(), by_place)) std::stable_sort(facts.begin(), facts.end(), by_place);
  }

  // 有效期一年 is a validity; the duration 一年 read inside it says nothing more.
  // The facts are in text order, so one sweep keeps the furthest end of the
  // statements begun so far: a fact ending before it lies inside one of them.
  static void drop_restated(std::vector<Fact>& facts) {
    auto is_statement = [](const Fact& f) {
      return std::holds_alternative<facts::Validity>(f.value) || std::holds_alternative<facts::Effective>(f.value);
    };
    std::vector<Span> statements;
    for (const Fact& f : facts)
      if (is_statement(f)) statements.push_back(f.span);
    std::size_t begun = 0;
    std::uint32_t reach = 0;
    std::erase_if(facts, [&](const Fact& f) {
      for (; begun < statements.size() && statements[begun].begin <= f.span.begin; ++begun)
        reach = std::max(reach, statements[begun].end);
      return !is_statement(f) && begun > 0 && f.span.end <= reach;
    });
  }
};

}  // namespace

void extract_facts(ParsedFile& file) {
  Walker walker{file.diagnostics};
  const int gazette_year = file.gazette ? file.gazette->year : 0;
  for (Document& d : file.documents) walker.document(d, gazette_year);
}

}  // namespace clausecheck::parse
