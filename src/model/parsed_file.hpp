#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "diagnostic.hpp"
#include "document.hpp"
#include "gazette.hpp"
#include "source_text.hpp"

namespace clausecheck {

// Everything clausecheck read from one file.
struct ParsedFile {
  std::shared_ptr<const SourceText> source;
  std::optional<Gazette> gazette;
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace clausecheck
