#pragma once
#include <string>

#include "model/parsed_file.hpp"

namespace clausecheck::reports {

// A readable, indented tree of a parsed file: gazette, documents, clauses,
// with the line of each and how many facts it holds.
std::string outline(const ParsedFile& file);

}  // namespace clausecheck::reports
