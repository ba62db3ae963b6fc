#pragma once
#include "model/fact.hpp"
#include "model/source_text.hpp"
#include "text/json_writer.hpp"

namespace clausecheck {

// {"kind","text","span":{"line","column","offset","end"}, …the kind's own fields}
// {"raw","agency","year","seq"}, or null.
void write_doc_number(text::JsonWriter& out, const std::optional<DocNumber>& number);
void write_fact(text::JsonWriter& out, const Fact& fact, const SourceText& source);

}  // namespace clausecheck
