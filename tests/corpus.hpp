#pragma once
// Where the corpus tests find the real documents: CLAUSECHECK_CORPUS_DIR, the
// folder holding laws/, policies/ and seed/. See corpus_main.cpp.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

namespace clausecheck::testing {

constexpr int kSkipped = 77;  // ctest's SKIP_RETURN_CODE for these tests

inline std::optional<std::filesystem::path> corpus_root() {
  const char* dir = std::getenv("CLAUSECHECK_CORPUS_DIR");
  if (!dir || !*dir) return std::nullopt;
  return std::filesystem::path(dir);
}

// One part of the corpus (laws, policies, seed). Once the variable is set, a
// missing part is an error of the set-up, not a reason to skip.
inline std::filesystem::path corpus_path(const std::string& part) {
  const auto root = corpus_root();
  const std::filesystem::path dir = root ? *root / part : std::filesystem::path(part);
  if (!root || !std::filesystem::is_directory(dir))
    throw std::runtime_error("CLAUSECHECK_CORPUS_DIR has no folder " + part + ": " + dir.string());
  return dir;
}

// A figure a test expects of the corpus it reads (how many files, articles…):
// the sample in tests/data/corpus-sample states its own in EXPECTED.tsv
// (name, tab, value); the full corpus has no such file and gets `full_corpus`.
inline double expected(const std::string& name, double full_corpus) {
  const auto root = corpus_root();
  std::ifstream in(root ? *root / "EXPECTED.tsv" : std::filesystem::path());
  for (std::string line; std::getline(in, line);)
    if (line.starts_with(name + "\t")) return std::stod(line.substr(name.size() + 1));
  return full_corpus;
}

}  // namespace clausecheck::testing
