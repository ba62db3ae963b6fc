#pragma once
// What the status tests share: calendar days written as numbers, and the seed
// gazette parsed once per test program.
#include <chrono>
#include <string>
#include <vector>

#include "model/parsed_file.hpp"
#include "parse/parse_file.hpp"
#include "source_paths.hpp"

namespace clausecheck::test {

inline std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
  return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

inline const std::vector<ParsedFile>& seed() {
  static const std::vector<ParsedFile> files = {parse::parse_path(kSeed)};
  return files;
}

}  // namespace clausecheck::test
