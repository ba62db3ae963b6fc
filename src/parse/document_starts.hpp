#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/paragraph.hpp"

namespace clausecheck::parse {

// Where one document begins: its header from `begin` (masthead, index lines,
// a number printed before the title), its title paragraphs [title_begin,
// title_end) and, when it has one, the paragraph holding its document number.
// A 令 (`decree`) has its name as title and 第N号 as number (one line when
// printed as one: then the title is empty); the measure it publishes follows
// its signing date.
struct DocumentStart {
  std::size_t begin = 0;
  std::size_t title_begin = 0;
  std::size_t title_end = 0;
  std::optional<std::size_t> number_at;
  bool decree = false;
};

// Documents begin at a document-number line (the title stands just before
// it, or just after it when nothing before names a document), at a 令 and
// its number, or at a paragraph that repeats a title of the gazette's
// contents (a work report has no number). Without any, the body is one
// document.
std::vector<DocumentStart> find_document_starts(const std::vector<Paragraph>& ps, std::size_t begin, std::size_t end,
                                                const std::vector<std::string>& contents_titles);

}  // namespace clausecheck::parse
