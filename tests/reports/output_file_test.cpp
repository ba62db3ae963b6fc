#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "model/input_error.hpp"
#include "reports/output_file.hpp"
#include "reports/sample_findings.hpp"

using namespace clausecheck;
using clausecheck::testing::TempDir;

namespace {
std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("an output file is replaced whole and no temporary is left") {
  TempDir dir;
  const auto path = dir.path / "report.sarif";
  reports::write_output(path, "first\n");
  reports::write_output(path, "second\n");
  CHECK(read(path) == "second\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path), std::filesystem::directory_iterator{}) == 1);
}

TEST_CASE("an output never overwrites an input, however it is spelled") {
  TempDir dir;
  const auto input = dir.path / "draft.txt";
  {
    std::ofstream out(input);
    out << "原文";
  }
  std::filesystem::create_symlink(input, dir.path / "link.txt");
  CHECK_THROWS_AS(reports::write_output(input, "x", {input}), InputError);
  CHECK_THROWS_AS(reports::write_output(dir.path / "." / "draft.txt", "x", {input}), InputError);
  CHECK_THROWS_AS(reports::write_output(dir.path / "link.txt", "x", {input}), InputError);
  CHECK(read(input) == "原文");
  reports::write_output(dir.path / "other.txt", "x", {input});
  CHECK(read(dir.path / "other.txt") == "x");
}

TEST_CASE("an output in a missing directory is an InputError") {
  TempDir dir;
  CHECK_THROWS_AS(reports::write_output(dir.path / "no" / "such" / "r.json", "x"), InputError);
}
