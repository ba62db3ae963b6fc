#pragma once
#include "parse/facts/fact_text.hpp"
#include "parse/facts/triggers.hpp"

namespace clausecheck::parse {

// Where a paragraph's statements go: the document's own (本通知自发布之日起实施，
// 有效期一年, wherever it stands) to the document, a clause's (证书有效期为三年)
// to the clause the paragraph is in.
struct StatementSinks {
  FactSink& document;
  FactSink& clause;
  FactSink& of(facts::Scope scope) { return scope == facts::Scope::document ? document : clause; }
};

// The statements of validity (有效期一年, 有效期至2025年12月31日, 试行期两年),
// effect (自发布之日起实施, 自2023年5月1日起施行) with whose they are
// (docs/facts.md, "Whose validity"), continuation (原…继续有效) and repeal
// (…同时废止, always the document's).
void scan_statements(ScanContext& context, StatementSinks& sinks, const Triggers& triggers);

}  // namespace clausecheck::parse
