#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/parsed_file.hpp"

namespace clausecheck::rules {

// How findings and anchors name a document: its number as printed, else its title.
std::string document_label(const Document& doc);

// The last source byte a document covers: title, clauses, closing text, attachments.
std::uint32_t document_end(const Document& doc);

// Every document of a file, attachments after their carrier (passed as parent).
void for_each_document(const ParsedFile& file, const std::function<void(const Document&, const Document* parent)>& fn);

// Every clause of a document (not of its attachments), with the chain from
// the top-level clause down to it (the clause itself last).
void for_each_clause(const Document& doc,
                     const std::function<void(const Clause&, const std::vector<const Clause*>&)>& fn);

// The innermost document (attachments included) whose extent holds offset, or null.
const Document* document_at(const ParsedFile& file, std::uint32_t offset);

// The notice that carries `doc` as an attachment, or null.
const Document* parent_of(const ParsedFile& file, const Document& doc);

// The chain of clauses of doc holding offset, outermost first; empty outside any clause.
std::vector<const Clause*> clause_chain_at(const Document& doc, std::uint32_t offset);

// The source text of a span, cut to at most `max_bytes` on a character boundary.
std::string span_text(const SourceText& source, Span span, std::size_t max_bytes = 240);

}  // namespace clausecheck::rules
