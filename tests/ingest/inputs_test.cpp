#include <doctest/doctest.h>

#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "temp_dir.hpp"

using namespace clausecheck;

TEST_CASE("expand_inputs: directories to their .txt and .md files, sorted, hidden ones skipped; files as given") {
  TempDir dir;
  dir.write("b.txt", "x");
  dir.write("a/z.md", "x");
  dir.write("a/y.pdf", "x");
  dir.write(".git/notes.md", "x");
  dir.write("a/.#z.md", "x");
  const auto given = dir.write("notes.pdf", "x");
  const auto out = ingest::expand_inputs({dir.path().string(), given.string()});
  REQUIRE(out.size() == 3);
  CHECK(out[0] == dir.path() / "a/z.md");
  CHECK(out[1] == dir.path() / "b.txt");
  CHECK(out[2] == given);
}

TEST_CASE("expand_inputs: a missing path and a directory without documents are input errors") {
  TempDir dir;
  dir.write("only.pdf", "x");
  CHECK_THROWS_WITH_AS(ingest::expand_inputs({dir.path().string()}), (dir.path().string() + ": 目录中没有 .txt 或 .md 文档").c_str(),
                       InputError);
  const std::string missing = (dir.path() / "missing").string();
  CHECK_THROWS_WITH_AS(ingest::expand_inputs({missing}), (missing + ": 文件或目录不存在").c_str(), InputError);
}
