#pragma once
#include <cstddef>
#include <vector>

#include "model/document.hpp"
#include "model/paragraph.hpp"
#include "parse/document_starts.hpp"

namespace clausecheck::parse {

// Builds one document from its paragraphs [start.title_begin, end): title,
// number, addressees, signing date, clause tree, and the document a 印发
// notice carries after its signing date. Moves the body paragraphs out of ps.
Document build_document(std::vector<Paragraph>& ps, const DocumentStart& start, std::size_t end);

}  // namespace clausecheck::parse
