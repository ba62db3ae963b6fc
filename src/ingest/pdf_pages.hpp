#pragma once
// What the PDF module (pdf_module.cpp, a shared library of its own) hands back: poppler and the dozens of
// libraries it links are loaded the first time a PDF is read (pdf_text.cpp), not at every start.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::ingest {

// A PDF's text as the module read it, or why it could not.
struct PdfPages {
  enum class Outcome : std::uint8_t { read, unopenable, locked, no_pages, bad_page, too_much_text };
  Outcome outcome = Outcome::read;
  int pages = 0;                           // how many the document has (once opened)
  int bad_page = 0;                        // the 0-based page that could not be read (bad_page)
  std::string complaint;                   // poppler's first complaint about the file, if any
  std::string text;                        // each page's lines, each page ending with a line feed
  std::vector<std::uint32_t> page_starts;  // where each page starts in `text`
};

// The module's one entry point, looked up by this name; both sides are built together, by the same compiler.
using ReadPdfPages = void (*)(std::string_view bytes, PdfPages& out);
inline constexpr const char* kReadPdfPagesSymbol = "clausecheck_read_pdf_pages";

}  // namespace clausecheck::ingest
