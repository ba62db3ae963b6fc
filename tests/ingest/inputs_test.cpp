#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>

#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "temp_dir.hpp"

using namespace clausecheck;

TEST_CASE("expand_inputs: directories to their documents, sorted, hidden ones skipped; files as given") {
  TempDir dir;
  dir.write("b.txt", "x");
  dir.write("a/z.md", "x");
  dir.write("a/y.yaml", "x");
  dir.write("a/y.pdf", "x");
  dir.write("c/page.HTML", "x");
  dir.write("c/scan.png", "x");  // a format not read is found, to be refused with a message of its own
  dir.write("c/word.docx", "x");
  dir.write(".git/notes.md", "x");
  dir.write("a/.#z.md", "x");
  const auto given = dir.write("notes.yaml", "x");
  const auto out = ingest::expand_inputs({dir.path().string(), given.string()});
  REQUIRE(out.size() == 7);
  CHECK(out[0] == dir.path() / "a/y.pdf");
  CHECK(out[1] == dir.path() / "a/z.md");
  CHECK(out[2] == dir.path() / "b.txt");
  CHECK(out[3] == dir.path() / "c/page.HTML");
  CHECK(out[4] == dir.path() / "c/scan.png");
  CHECK(out[5] == dir.path() / "c/word.docx");
  CHECK(out[6] == given);
}

TEST_CASE("expand_inputs: a missing path and a directory without documents are input errors") {
  TempDir dir;
  dir.write("only.yaml", "x");
  CHECK_THROWS_WITH_AS(
      ingest::expand_inputs({dir.path().string()}),
      (dir.path().string() + ": 目录中没有 .txt 或 .md 或 .docx 或 .ofd 或 .html 或 .htm 或 .pdf 文档").c_str(),
      InputError);
  const std::string missing = (dir.path() / "missing").string();
  CHECK_THROWS_WITH_AS(ingest::expand_inputs({missing}), (missing + ": 文件或目录不存在").c_str(), InputError);
}

namespace {
namespace fs = std::filesystem;

// The errors of find_inputs, as "file name: reason" with the directory left out.
std::vector<std::string> error_lines(const ingest::FoundInputs& found, const TempDir& dir) {
  std::vector<std::string> out;
  for (const InputError& e : found.errors) {
    std::string line = e.what();
    out.push_back(line.substr(dir.path().string().size() + 1));
  }
  return out;
}

bool has(const std::vector<std::string>& lines, const std::string& start, const std::string& part) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.starts_with(start) && l.find(part) != std::string::npos; });
}
}  // namespace

TEST_CASE(
    "find_inputs: FIFOs, sockets, dangling links and link loops are errors naming path and reason; the rest is found") {
  TempDir dir;
  dir.write("good.txt", "x");
  REQUIRE(::mkfifo((dir.path() / "fifo.txt").c_str(), 0600) == 0);
  fs::create_symlink(dir.path() / "missing.txt", dir.path() / "dangling.txt");
  fs::create_symlink(dir.path() / "loop-a.txt", dir.path() / "loop-b.txt");
  fs::create_symlink(dir.path() / "loop-b.txt", dir.path() / "loop-a.txt");
  fs::create_directories(dir.path() / "sub");
  fs::create_directory_symlink(dir.path(), dir.path() / "sub" / "up");
  const auto found = ingest::find_inputs({dir.path().string()});
  REQUIRE(found.files.size() == 1);
  CHECK(found.files[0] == dir.path() / "good.txt");
  const auto errors = error_lines(found, dir);
  CHECK(errors.size() == 5);
  CHECK(has(errors, "fifo.txt:", "FIFO"));
  CHECK(has(errors, "dangling.txt:", "符号链接的目标不存在"));
  CHECK(has(errors, "loop-a.txt:", "符号链接成环"));
  CHECK(has(errors, "loop-b.txt:", "符号链接成环"));
  CHECK(has(errors, "sub/up:", "成环"));
  // A FIFO whose name is no document's is no more a document than a .pdf.
  REQUIRE(::mkfifo((dir.path() / "control").c_str(), 0600) == 0);
  CHECK(ingest::find_inputs({dir.path().string()}).errors.size() == 5);
}

TEST_CASE("find_inputs: a symlink is followed inside the given directories, read once, and outside only when asked") {
  TempDir inside, outside;
  inside.write("a/real.txt", "x");
  fs::create_symlink(inside.path() / "a" / "real.txt", inside.path() / "z-link.txt");
  fs::create_directory_symlink(inside.path() / "a", inside.path() / "b-linked-dir");
  const auto secret = outside.write("secret.txt", "x");
  outside.write("dir/other.md", "x");
  fs::create_symlink(secret, inside.path() / "leak.txt");
  fs::create_directory_symlink(outside.path() / "dir", inside.path() / "leak-dir");

  const auto found = ingest::find_inputs({inside.path().string()});
  REQUIRE(found.files.size() == 1);
  CHECK(found.files[0] == inside.path() / "a" / "real.txt");  // under its own name, once
  const auto errors = error_lines(found, inside);
  REQUIRE(errors.size() == 2);
  CHECK(has(errors, "leak-dir:", "--follow-symlinks"));
  CHECK(has(errors, "leak.txt:", "--follow-symlinks"));

  // Both directories given: a link from one into the other stays inside the roots.
  CHECK(ingest::find_inputs({inside.path().string(), outside.path().string()}).errors.empty());

  const auto followed =
      ingest::find_inputs({inside.path().string()}, {.follow_symlinks = true, .include = {}, .exclude = {}});
  CHECK(followed.errors.empty());
  REQUIRE(followed.files.size() == 3);
  CHECK(followed.files[1] == inside.path() / "leak-dir" / "other.md");
  CHECK(followed.files[2] == inside.path() / "leak.txt");
}

TEST_CASE("find_inputs: a bad argument does not hide the good ones") {
  TempDir dir;
  const auto good = dir.write("good.txt", "x");
  const auto found = ingest::find_inputs({(dir.path() / "missing").string(), good.string()});
  REQUIRE(found.files.size() == 1);
  CHECK(found.files[0] == good);
  REQUIRE(found.errors.size() == 1);
  CHECK(std::string(found.errors[0].what()).ends_with("文件或目录不存在"));
}
