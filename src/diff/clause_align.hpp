#pragma once
#include <vector>

#include "diff/change_set.hpp"

namespace clausecheck::diff {

struct AlignOptions {
  // Below this similarity (Dice of character bigrams, labels stripped) two
  // clauses are never paired: one is deleted and the other inserted.
  double threshold = 0.5;
  // Threads that compare the pairs of documents of a file (a gazette's issues, an act and its
  // attachments) side by side; the outcome is the same for every number.
  unsigned jobs = 1;
};

// Aligns the clause trees of two versions of a document, at every level, by
// content with the numbering stripped:
//  1. dtl over the clauses in document order, equal when level and text are
//     equal, gives the clauses that kept their text and order;
//  2. equal texts left over elsewhere pair up (a moved clause);
//  3. the rest pair by similarity, best first, at the same level;
//  4. a pair is moved when its parents are not a pair, or when it breaks the
//     order of its siblings (the longest increasing run of them stays put).
// The result lists the new tree in pre-order with each deleted clause after
// the clause it followed; modified and edited moved clauses carry their
// redline and fact changes.
// A clause's own text as printed after its number, children aside:
// "heading。body", or the heading or the body alone. What clauses are compared
// by and what redlines and tables show.
std::string own_text(const Clause& clause);

std::vector<ClauseChange> align_clauses(const std::vector<Clause>& old_clauses, const std::vector<Clause>& new_clauses,
                                        const AlignOptions& options = {});

}  // namespace clausecheck::diff
