#pragma once
#include <vector>

#include "model/paragraph.hpp"
#include "model/source_text.hpp"

namespace clausecheck::ingest {

// The logical paragraphs of a source: blank-line separated blocks, trimmed,
// with the artefacts of PDF extraction repaired (paragraphs and headings split
// by a page break rejoined, running heads and page numbers dropped, a line
// repeated across a page break dropped). Spans stay on the original text.
std::vector<Paragraph> split_paragraphs(const SourceText& source);

}  // namespace clausecheck::ingest
