#pragma once
#include <string_view>
#include <vector>

#include "ingest/source_lines.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::ingest {

// The paragraphs of PDF-extracted plain text, page-break artefacts repaired:
// a paragraph cut by a page break is rejoined (without separator, as Chinese
// text has no spaces), page numbers inside running text and repeated running
// heads are dropped, and a fragment repeated across the break is joined once.
std::vector<Paragraph> pdf_paragraphs(std::string_view text, const SourceLines& lines);

// Bytes at the start of `next` that repeat the end of `prev` and should be
// dropped when the two are joined: a repeat of 8 characters or more (a line
// printed on both pages), or a shorter one only for a short closing fragment
// (区管委会) whose joined form occurs elsewhere in the document and whose
// doubled form does not.
std::size_t repeated_overlap(std::string_view prev, std::string_view next, std::string_view document);

}  // namespace clausecheck::ingest
