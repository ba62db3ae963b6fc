#include "parse/facts/extract_facts.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>

#include "model/document_statements.hpp"
#include "parse/facts/figure_facts.hpp"
#include "parse/facts/list_facts.hpp"
#include "parse/facts/statement_facts.hpp"

namespace clausecheck::parse {

namespace {

struct Walker {
  std::vector<Diagnostic>& diagnostics;
  Triggers triggers{};        // reused from paragraph to paragraph
  std::vector<Fact> found{};  // reused from clause to clause
  // order()'s buffers, reused likewise: a fact's place and index in one word, and the indices.
  std::vector<std::uint64_t> places{};
  std::vector<std::uint32_t> indices{};

  // The facts of one paragraph. Figures, lists, references and a clause's
  // own statements (证书有效期为三年) belong where the paragraph stands; the
  // document's statements (本办法自…起施行) go to the document.
  void scan(const Paragraph& p, ScanContext& ctx, const std::optional<DocNumber>& own, std::vector<Fact>& out,
            std::vector<Fact>& doc_facts) {
    find_triggers(p.text, triggers);
    FactSink sink{p, out, diagnostics};
    scan_figures(ctx, sink, triggers);
    scan_responsibility(sink, triggers);
    scan_references(sink, triggers, own);
    FactSink statements{p, doc_facts, diagnostics};
    StatementSinks sinks{statements, sink};
    scan_statements(ctx, sinks, triggers);
  }

  // A clause's facts are gathered in `found`, which keeps its capacity from
  // clause to clause, and moved into the clause at their exact count: a list
  // grown fact by fact moves every fact (two hundred bytes) at each growth.
  void clause(Clause& c, ScanContext ctx, const Document& doc, std::vector<Fact>& doc_facts) {
    found.clear();
    ctx.closing = ctx.closing || c.heading.find("附则") != std::string::npos;
    const std::size_t before = doc_facts.size();
    if (!c.heading_source.text.empty()) scan(c.heading_source, ctx, doc.number, found, doc_facts);
    for (const Paragraph& p : c.body) scan(p, ctx, doc.number, found, doc_facts);
    // Moved into the clause in text order: each fact moves once.
    c.facts.clear();
    c.facts.reserve(found.size());
    for (const std::uint32_t i : order(found)) c.facts.push_back(std::move(found[i]));
    // The document's statements read here (本办法有效期至…) settle the clause's facts too.
    settle_restated(c.facts, std::span<const Fact>(doc_facts).subspan(before));
    for (Clause& child : c.children) clause(child, ctx, doc, doc_facts);
  }

  void document(Document& d, int inherited_year, const Document* parent,
                std::optional<Date> inherited_signing = std::nullopt) {
    ScanContext ctx;
    ctx.document_year = d.number && d.number->year ? d.number->year
                        : d.signed_date            ? static_cast<int>(d.signed_date->ymd.year())
                                                   : inherited_year;
    ctx.signed_date = d.signed_date ? d.signed_date : inherited_signing;
    // A notice without clauses has all its facts here: gathered as a clause's.
    found.clear();
    ctx.closing = true;
    for (auto* part : {&d.preamble, &d.closing})
      for (const Paragraph& p : *part) scan(p, ctx, d.number, found, found);
    // Taken whole, not copied: one long paragraph of a notice may hold most of its facts.
    d.facts = std::move(found);
    found.clear();
    for (Clause& c : d.clauses) {
      ctx.closing = &c == &d.clauses.back();
      clause(c, ctx, d, d.facts);
    }
    sort(d.facts);
    settle_restated(d.facts, {});
    for (Document& a : d.attachments) document(a, ctx.document_year, &d, ctx.signed_date);
    // After the attachments: a notice's effect may be stated in the measures it carries.
    d.trial = d.trial || says_trial<facts::Effective>(d, parent) || says_trial<facts::Validity>(d, parent);
  }

  // 本办法自2024年1月1日起试行, 试行期两年: a trial whatever the title says, in
  // the statements the document's effect and validity are taken from
  // (statements_of: its own, its notice's, or its measures').
  template <class Kind>
  static bool says_trial(const Document& d, const Document* parent) {
    const std::vector<Fact>* facts = statements_of<Kind>(d, parent);
    return facts && std::any_of(facts->begin(), facts->end(), [](const Fact& f) {
             const auto* statement = std::get_if<Kind>(&f.value);
             return statement && statement->trial && is_document_statement(f);
           });
  }

  // The indices of `facts` in text order, ties in the order found. Each
  // scanner appends its facts in text order, but a paragraph's scanners one
  // after the other, so a clause's list is rarely in order. Sorting the
  // places rather than the facts moves each fact once, where a merge sort of
  // the facts themselves (two hundred bytes each) moved them log n times and
  // took an eighth of the extraction on the seed. Still n log n whatever the
  // shape (an insertion sort was quadratic on a paragraph of thousands of facts).
  const std::vector<std::uint32_t>& order(const std::vector<Fact>& facts) {
    places.clear();
    for (std::size_t i = 0; i < facts.size(); ++i)
      places.push_back(std::uint64_t{facts[i].span.begin} << 32 | static_cast<std::uint32_t>(i));
    std::sort(places.begin(), places.end());  // the index breaks ties: stable
    indices.clear();
    for (const std::uint64_t p : places) indices.push_back(static_cast<std::uint32_t>(p));
    return indices;
  }

  void sort(std::vector<Fact>& facts) {
    auto by_place = [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; };
    if (std::is_sorted(facts.begin(), facts.end(), by_place)) return;
    std::vector<Fact> sorted;
    sorted.reserve(facts.size());
    for (const std::uint32_t i : order(facts)) sorted.push_back(std::move(facts[i]));
    facts = std::move(sorted);
  }

  // 有效期一年 is a validity; the duration 一年 and the deadline 至2025年12月31日
  // read inside it say nothing more. The date of 自2023年5月1日起施行 stays, as
  // the document's effective date (role effective).
  // `elsewhere` holds statements read from the same text but kept elsewhere.
  // Both lists are in text order, so one sweep keeps the furthest end of the
  // validity and of the effect statements begun so far: a fact ending before
  // one of them lies inside such a statement (a scan of every statement per
  // fact was quadratic on a paragraph of thousands).
  static void settle_restated(std::vector<Fact>& facts, std::span<const Fact> elsewhere) {
    std::vector<std::pair<Span, bool>> statements;  // with whether it is an effect
    for (auto list : {std::span<const Fact>(facts), elsewhere})
      for (const Fact& f : list)
        if (is_statement(f)) statements.emplace_back(f.span, std::holds_alternative<facts::Effective>(f.value));
    if (statements.empty()) return;
    std::sort(statements.begin(), statements.end(),
              [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    std::size_t begun = 0;
    std::uint32_t validity_reach = 0, effect_reach = 0;
    std::erase_if(facts, [&](Fact& f) {
      for (; begun < statements.size() && statements[begun].first.begin <= f.span.begin; ++begun)
        (statements[begun].second ? effect_reach : validity_reach) =
            std::max(statements[begun].second ? effect_reach : validity_reach, statements[begun].first.end);
      if (is_statement(f) || begun == 0) return false;
      if (f.span.end <= validity_reach) return true;
      if (f.span.end > effect_reach) return false;
      facts::DateRole* role = date_role(f.value);
      if (!role) return true;
      *role = facts::DateRole::effective;
      return false;
    });
  }

  static bool is_statement(const Fact& f) {
    return std::holds_alternative<facts::Validity>(f.value) || std::holds_alternative<facts::Effective>(f.value);
  }

  static facts::DateRole* date_role(FactValue& v) {
    if (auto* d = std::get_if<facts::DateFact>(&v)) return &d->role;
    if (auto* p = std::get_if<facts::Period>(&v)) return &p->role;
    if (auto* d = std::get_if<facts::Deadline>(&v)) return &d->role;
    if (auto* r = std::get_if<facts::Recurring>(&v)) return &r->role;
    return nullptr;
  }
};

}  // namespace

void extract_facts(ParsedFile& file) {
  Walker walker{file.diagnostics};
  const int gazette_year = file.gazette ? file.gazette->year : 0;
  for (Document& d : file.documents) walker.document(d, gazette_year, nullptr);
}

}  // namespace clausecheck::parse
