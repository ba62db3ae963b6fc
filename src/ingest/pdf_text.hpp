#pragma once
#include <string>
#include <string_view>

#include "model/source_text.hpp"

namespace clausecheck::ingest {

// Whether the bytes are a PDF: they start with its header "%PDF-" (readers accept junk before it, but a
// text that mentions the header is not a PDF).
bool is_pdf(std::string_view bytes);

// The text of a PDF through poppler, page by page, with the page table (SourceText::page_starts) that puts
// the page into every location. Each page's lines as poppler reads them in the order the content stream
// draws them (poppler's raw order: a typesetting program writes a column whole before the next, where
// poppler's reading-order analysis interleaves the blocks of two columns, and the physical layout puts them
// side by side on one line), each page ending with a line feed. Running heads and page numbers stay in the
// text (they are dropped when paragraphs are made: page_furniture.hpp), so that lines are the page's own.
// poppler is in a module of its own (pdf_module.cpp), loaded at the first PDF; without it, InputError (exit 2)
// naming the module.
// Throws InputError (exit 2) for a PDF poppler cannot open (broken cross-reference table, truncated), one
// locked by a password, and one without a text layer (a scan), with poppler's own complaint in the message
// rather than on stderr.
SourceText read_pdf(std::string path, const std::string& bytes);

}  // namespace clausecheck::ingest
