#pragma once
#include <vector>

#include "diff/change_set.hpp"
#include "diff/clause_align.hpp"

namespace clausecheck::diff {

// Pairs the documents of two versions and diffs each pair. Documents pair by
// document number; then, when each side holds exactly one document, those two
// (one file per version of a document, whatever their numbers); then by
// similarity of title (试行 markers aside) and content, best first, never below
// options.threshold. Unpaired documents are removed or added.
std::vector<DocumentChange> diff_documents(const std::vector<Document>& old_docs, const std::vector<Document>& new_docs,
                                           const AlignOptions& options = {});

// The changes between two versions of one document: its own fields, its
// document-level facts, its clauses and its attachments.
DocumentChange diff_document(const Document& old_doc, const Document& new_doc, const AlignOptions& options = {});

// The document number as printed, else the title.
std::string document_name(const Document& doc);

}  // namespace clausecheck::diff
