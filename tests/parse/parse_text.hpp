#pragma once
#include <memory>
#include <string>

#include "model/source_text.hpp"
#include "parse/parse_file.hpp"

// Parses a text written in the test, as if read from a file.
inline clausecheck::ParsedFile parse_text(std::string text, std::string path = "test.txt") {
  return clausecheck::parse::parse_source(std::make_shared<const clausecheck::SourceText>(path, std::move(text)));
}
