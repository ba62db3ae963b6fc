// The kind of each law of the laws corpus (法律, 行政法规, 地方性法规, 规章,
// 司法解释, 宪法) as the parser reads it from the text, against the level
// METADATA.tsv gives (docs/model.md, `kind`). Prints the score and every miss
// kind; holds the score to its floor.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "corpus.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;
namespace fs = std::filesystem;

namespace {

// Tab-separated fields of one METADATA.tsv line.
std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string f;
  while (std::getline(in, f, '\t')) out.push_back(f);
  return out;
}

}  // namespace

TEST_CASE("the laws corpus: each law's kind read from its text agrees with its level in METADATA.tsv") {
  const fs::path laws = testing::corpus_path("laws");
  std::ifstream in(laws / "METADATA.tsv");
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = fields(line);
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::size_t path_col = column("path"), level_col = column("level");
  REQUIRE(level_col < header.size());
  int total = 0, right = 0;
  std::map<std::string, int> misses;
  while (std::getline(in, line)) {
    const auto f = fields(line);
    if (f.size() <= level_col || f[level_col].empty()) continue;
    const std::string level = f[level_col] == "部门规章" ? "规章" : f[level_col];
    const ParsedFile file = parse::parse_path(laws / f[path_col]);
    const std::string kind = file.documents.empty() ? "" : file.documents.front().kind;
    ++total;
    if (kind == level) ++right;
    else ++misses[level + " → " + kind];
  }
  const double score = 100.0 * right / total;
  std::printf("kind: %d / %d = %.1f%%\n", right, total, score);
  for (const auto& [what, n] : misses) std::printf("  %s: %d\n", what.c_str(), n);
  CHECK(total == testing::expected("laws.kinds", 3417));  // the rows with a level
  CHECK(score >= testing::expected("laws.kinds.floor", 98.5));
}
