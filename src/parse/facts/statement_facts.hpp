#pragma once
#include "parse/facts/fact_text.hpp"
#include "parse/facts/triggers.hpp"

namespace clausecheck::parse {

// The statements that concern a whole document, wherever they stand (closing
// paragraph, last article, after an attachment): validity (有效期一年, 有效期至
// 2025年12月31日, 试行期两年), effect (自发布之日起实施, 自2023年5月1日起施行),
// continuation (原…继续有效) and repeal (…同时废止).
void scan_statements(ScanContext& context, FactSink& sink, const Triggers& triggers);

}  // namespace clausecheck::parse
