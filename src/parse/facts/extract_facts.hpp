#pragma once
#include "model/parsed_file.hpp"

namespace clausecheck::parse {

// Fills the facts of every clause and document of a parsed file by running
// the grammars of grammar/ over their paragraphs. Malformed expressions
// (2023年13月) produce no fact but a Diagnostic.
void extract_facts(ParsedFile& file);

}  // namespace clausecheck::parse
