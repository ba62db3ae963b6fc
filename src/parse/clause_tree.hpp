#pragma once
#include <cstddef>
#include <vector>

#include "model/clause.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::parse {

// The body of a document split into what stands before the first clause,
// the clause tree, and the closing statements after it (本通知自…起实施).
struct ClauseTree {
  std::vector<Paragraph> preamble;
  std::vector<Clause> clauses;
  std::vector<Paragraph> closing;
};

// Builds the tree from paragraphs [begin, end), moving them out. Nesting follows the numbering
// styles, not indentation: a style already open in the current chain closes
// the clauses below it and starts a sibling; a new style starts a child.
ClauseTree build_clause_tree(std::vector<Paragraph>& ps, std::size_t begin, std::size_t end);

// 本通知/本办法/本意见…自…施行, 有效期…, …同时废止: a statement about the
// whole document, which ends its clause tree.
bool is_closing_statement(std::string_view text);

}  // namespace clausecheck::parse
