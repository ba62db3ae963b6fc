#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace clausecheck::ingest {

// The files named on the command line, directories expanded (recursively, to
// their .txt and .md files, sorted; hidden files and folders skipped). Throws InputError for a missing path or a
// directory that holds no document.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args);

}  // namespace clausecheck::ingest
