// parse::parse_paths: files parsed on several threads come back in input order,
// each the model or the error it raised, the same as one after the other.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "ingest/temp_dir.hpp"
#include "model/input_error.hpp"
#include "model/model_json.hpp"
#include "parse/parse_paths.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kExampleDir = fs::path(CLAUSECHECK_SOURCE_DIR) / "examples";

// The model of each file as JSON, or "error: <message>" where parsing threw InputError.
std::vector<std::string> outcomes(const std::vector<fs::path>& paths, unsigned jobs) {
  std::vector<std::string> out;
  for (auto& result : clausecheck::parse::parse_paths(paths, jobs)) {
    try {
      out.push_back(clausecheck::model_json(result.get()));
    } catch (const clausecheck::InputError& e) {
      out.push_back(std::string("error: ") + e.what());
    }
  }
  return out;
}

}  // namespace

TEST_CASE("parse_paths keeps input order and puts each error in its file's place") {
  TempDir dir;
  const fs::path empty = dir.write("empty.txt", "");
  const fs::path missing = dir.path() / "missing.txt";
  const std::vector<fs::path> paths = {kExampleDir / "drafts/numbering-gap.txt", empty,
                                       kExampleDir / "zhumadian-gazette-2023-02.txt", missing,
                                       kExampleDir / "drafts/wrong-brackets.txt"};
  auto results = clausecheck::parse::parse_paths(paths, 3);
  REQUIRE(results.size() == paths.size());
  CHECK(results[0].get().source->path() == paths[0].string());
  CHECK_THROWS_WITH_AS(results[1].get(), doctest::Contains(empty.string().c_str()), clausecheck::InputError);
  const clausecheck::ParsedFile seed = results[2].get();
  CHECK(seed.source->path() == paths[2].string());
  CHECK(seed.documents.size() == 5);
  CHECK_THROWS_WITH_AS(results[3].get(), doctest::Contains("文件不存在"), clausecheck::InputError);
  CHECK(results[4].get().source->path() == paths[4].string());
}

TEST_CASE("parse_paths gives the same models and errors with 1, 2 and more threads than files") {
  TempDir dir;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::recursive_directory_iterator(kExampleDir))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  paths.insert(paths.begin() + 3, dir.write("latin1.txt", "caf\xe9 \xff\xfe\xfd abc\n"));
  REQUIRE(paths.size() > 10);
  const std::vector<std::string> sequential = outcomes(paths, 1);
  CHECK(sequential[3].starts_with("error: "));
  CHECK(sequential[4].starts_with("{"));
  CHECK(outcomes(paths, 2) == sequential);
  CHECK(outcomes(paths, static_cast<unsigned>(paths.size()) + 5) == sequential);
}

TEST_CASE("parse_paths of no file is empty; default_jobs is at least 1") {
  CHECK(clausecheck::parse::parse_paths({}, 4).empty());
  CHECK(clausecheck::parse::default_jobs() >= 1);
}
