#pragma once
#include <vector>

#include "diff/change_set.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::diff {

// The paragraphs of one part outside the clauses (a document's 引言 or 印发语,
// its closing lines, or a whole file) aligned: equal paragraphs in order are
// left out; between two of them, old and new paragraphs pair in order as
// modified (with a redline), the rest are deleted or inserted.
std::vector<PassageChange> align_passages(const std::vector<Paragraph>& old_paragraphs,
                                          const std::vector<Paragraph>& new_paragraphs, PassagePart part);

}  // namespace clausecheck::diff
