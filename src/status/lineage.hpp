#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "status/document_summary.hpp"

namespace clausecheck::status {

// A title as documents are matched by: no 《》〈〉 or spaces, brackets of one
// width, no leading 中华人民共和国, and 试行/暂行 however written kept as one mark
// (《…暂行办法》 and 《…办法（试行）》 match; a trial text never matches its final one).
std::string normalized_title(std::string_view title);
// A document number as matched: no spaces, 〔〕 for every bracket pair around the year.
std::string normalized_number(std::string_view number);

// One statement resolved: `source` says so of `target` (indices into the summaries).
struct LineageEdge {
  std::size_t source = 0;
  std::size_t target = 0;
  const LineageStatement* statement = nullptr;
};

// A statement whose target no document matched, or several documents that are
// not versions of one text did: kept and listed, never guessed.
struct UnresolvedTarget {
  std::size_t source = 0;
  const LineageStatement* statement = nullptr;
  std::vector<std::size_t> candidates;  // empty: nothing matched; else the ambiguous ones
};

// A citation as a basis (依据《…》) resolved to a document of the run.
struct CitationEdge {
  std::size_t source = 0;
  std::size_t target = 0;
  const Citation* citation = nullptr;
};

struct Lineage {
  std::vector<LineageEdge> edges;
  std::vector<UnresolvedTarget> unresolved;
  std::vector<CitationEdge> citations;  // basis citations only; one not resolved is no lineage and not listed
};

// Resolves every statement of `documents` among them: by number first (a
// notice's number names its attachments too), then by normalised title. A
// document never acts on itself nor on one dated after it; a revision (target
// its own title) acts on the earlier versions of its title. Linear in the
// statements and documents, apart from the candidates each matches. Basis
// citations are resolved the same way.
Lineage resolve_lineage(std::span<const DocumentSummary> documents);

}  // namespace clausecheck::status
