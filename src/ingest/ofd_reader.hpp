#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/zip_archive.hpp"

namespace clausecheck::ingest {

// An OFD document's text (GB/T 33190): OFD.xml → DocBody/DocRoot →
// Document.xml → Pages/Page BaseLoc → each page's Content.xml, whose
// TextObjects (Boundary) hold TextCodes placed at X/Y. A page's text codes are
// read top to bottom, left to right: codes on one baseline (within half the
// font size) make a line, a gap wider than a character between two codes a
// space, and a gap between lines of more than twice the font size a blank line
// (a paragraph's end, as in text). Pages follow one another with a line
// holding only a form feed, as pdftotext separates pages, so the PDF clean-up
// (running heads, page numbers, paragraphs cut by a page break) applies.
// Throws InputError for a package missing a part the chain needs, a part that
// is not well-formed XML, or a path in it that leaves the package.
struct OfdText {
  std::string text;
  // Where each page's first line starts in text, the first 0: a finding names the page and the line of it.
  std::vector<std::uint32_t> page_starts;
};
OfdText ofd_text(ZipArchive& zip);

}  // namespace clausecheck::ingest
