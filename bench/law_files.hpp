#pragma once
// The files of a laws corpus folder every benchmark reads, in one order.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace clausecheck::bench {

// The laws/ folder of the corpus CLAUSECHECK_CORPUS_DIR names, as the corpus
// tests take it; empty when it is not set (the corpus part is then skipped).
inline std::filesystem::path laws_dir() {
  const char* root = std::getenv("CLAUSECHECK_CORPUS_DIR");
  return root && *root ? std::filesystem::path(root) / "laws" : std::filesystem::path();
}

// Every regular .md file below `dir` but its README, sorted by path; empty
// (and said on stdout) when `dir` is not a folder, so a benchmark skips its corpus part.
inline std::vector<std::filesystem::path> law_files(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::printf("corpus: %s not found, skipped\n", dir.c_str());
    return out;
  }
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".md" && e.path().filename() != "README.md")
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace clausecheck::bench
