#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "model/gazette.hpp"
#include "model/source_text.hpp"

namespace clausecheck {

// Everything clausecheck read from one file.
struct ParsedFile {
  std::shared_ptr<const SourceText> source;
  std::optional<Gazette> gazette;
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace clausecheck
