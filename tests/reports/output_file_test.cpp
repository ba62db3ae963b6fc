#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>

#include "model/in_language.hpp"
#include "model/input_error.hpp"
#include "reports/output_file.hpp"
#include "reports/output_stream.hpp"
#include "reports/read_files.hpp"
#include "reports/sample_findings.hpp"

using namespace clausecheck;
using clausecheck::testing::TempDir;
namespace fs = std::filesystem;

namespace {
std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}));
}

struct stat stat_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  return st;
}
}  // namespace

TEST_CASE("an output file is replaced whole and no temporary is left") {
  TempDir dir;
  const auto path = dir.path / "report.sarif";
  reports::write_output(path, "first\n");
  reports::write_output(path, "second\n");
  CHECK(read(path) == "second\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("a report written in chunks replaces the old file only when committed") {
  TempDir dir;
  const auto path = dir.path / "model.json";
  write(path, "old\n");
  {
    reports::OutputFile out(path);
    out.write("new ");
    out.write("text\n");
    CHECK(read(path) == "old\n");  // nothing replaced before commit
    CHECK(entries(dir.path) == 2);
  }  // not committed: an error midway leaves the old report
  CHECK(read(path) == "old\n");
  CHECK(entries(dir.path) == 1);
  reports::OutputFile out(path);
  out.write("new ");
  out.write("text\n");
  out.commit();
  CHECK(read(path) == "new text\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("a new output gets the usual mode, a replaced one keeps its own") {
  TempDir dir;
  const mode_t mask = ::umask(022);
  reports::write_output(dir.path / "new.json", "x");
  CHECK((stat_of(dir.path / "new.json").st_mode & 07777) == 0644);  // not mkstemp's 0600
  write(dir.path / "kept.json", "old");
  ::chmod((dir.path / "kept.json").c_str(), 0640);
  reports::write_output(dir.path / "kept.json", "new");
  CHECK((stat_of(dir.path / "kept.json").st_mode & 07777) == 0640);
  ::umask(mask);
}

TEST_CASE("an output never overwrites an input, however it is spelled") {
  TempDir dir;
  const auto input = dir.path / "draft.txt";
  write(input, "原文");
  fs::create_symlink(input, dir.path / "link.txt");
  fs::create_hard_link(input, dir.path / "hard.txt");
  CHECK_THROWS_AS(reports::write_output(input, "x", {input}), InputError);
  CHECK_THROWS_AS(reports::write_output(dir.path / "." / "draft.txt", "x", {input}), InputError);
  CHECK_THROWS_AS(reports::write_output(dir.path / "link.txt", "x", {input}), InputError);
  CHECK_THROWS_WITH_AS(reports::refuse_overwrite(dir.path / "hard.txt", {input}, "-o"),
                       doctest::Contains("不能是本次运行读取的文件"), InputError);
  {
    const InLanguage english(Lang::en);  // the output named in the run's language, whatever named it
    CHECK_THROWS_WITH_AS(reports::write_output(input, "x", {input}),
                         doctest::Contains("the output cannot be a file this run reads"), InputError);
  }
  CHECK(read(input) == "原文");
  reports::write_output(dir.path / "other.txt", "x", {input});
  CHECK(read(dir.path / "other.txt") == "x");
}

TEST_CASE("a symlink as output stays a symlink: the file it leads to is replaced") {
  TempDir dir;
  fs::create_directories(dir.path / "real");
  write(dir.path / "real" / "report.json", "old");
  fs::create_symlink(dir.path / "real" / "report.json", dir.path / "report.json");
  reports::write_output(dir.path / "report.json", "new");
  CHECK(fs::is_symlink(dir.path / "report.json"));
  CHECK(read(dir.path / "real" / "report.json") == "new");
  CHECK(entries(dir.path / "real") == 1);
}

TEST_CASE("a dangling symlink as output is refused, not followed to create a file elsewhere") {
  const InLanguage english(Lang::en);
  TempDir dir;
  fs::create_directories(dir.path / "elsewhere");
  fs::create_symlink(dir.path / "elsewhere" / "planted.txt", dir.path / "report.json");
  CHECK_THROWS_WITH_AS(reports::write_output(dir.path / "report.json", "x"), doctest::Contains("dangling symlink"),
                       InputError);
  CHECK(entries(dir.path / "elsewhere") == 0);
  CHECK(fs::is_symlink(dir.path / "report.json"));
}

TEST_CASE("a symlink planted where the old fixed temporary name was is never followed") {
  TempDir dir;
  write(dir.path / "victim.txt", "keep me");
  // The name the writer used to build from the pid, predictable to anyone.
  fs::create_symlink(dir.path / "victim.txt", dir.path / (".report.json." + std::to_string(::getpid()) + ".tmp"));
  reports::write_output(dir.path / "report.json", "report");
  CHECK(read(dir.path / "victim.txt") == "keep me");
  CHECK(read(dir.path / "report.json") == "report");
}

TEST_CASE("a write that fails leaves the old file intact and no temporary behind") {
  TempDir dir;
  const auto path = dir.path / "report.json";
  write(path, "old report");
  // A file size limit makes write(2) fail (EFBIG) as a full disk would (ENOSPC).
  struct rlimit before {};
  ::getrlimit(RLIMIT_FSIZE, &before);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = before;
  small.rlim_cur = 16;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  CHECK_THROWS_WITH_AS(reports::write_output(path, std::string(4096, 'x')), doctest::Contains("写入失败"), InputError);
  ::setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  CHECK(read(path) == "old report");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("a FIFO is written in place and stays a FIFO") {
  TempDir dir;
  const auto fifo = dir.path / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = read(fifo); });
  reports::write_output(fifo, "through the pipe\n");
  reader.join();
  CHECK(got == "through the pipe\n");
  CHECK(S_ISFIFO(stat_of(fifo).st_mode));
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("device nodes are written in place, never replaced; a full one is an error") {
  TempDir dir;
  const auto null = dir.path / "null", full = dir.path / "full";
  if (::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 ||
      ::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
    MESSAGE("skipped: mknod needs CAP_MKNOD (run as root)");
    return;
  }
  const struct stat null_before = stat_of(null), full_before = stat_of(full);
  reports::write_output(null, "into the void\n");
  CHECK_THROWS_WITH_AS(reports::write_output(full, "x"), doctest::Contains("No space left on device"), InputError);
  for (const auto& [path, before] : {std::pair{null, null_before}, std::pair{full, full_before}}) {
    const struct stat after = stat_of(path);
    CHECK(S_ISCHR(after.st_mode));
    CHECK(after.st_rdev == before.st_rdev);
    CHECK(after.st_ino == before.st_ino);
    CHECK(after.st_mtim.tv_sec == before.st_mtim.tv_sec);
    CHECK(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);
  }
  CHECK(entries(dir.path) == 2);
}

TEST_CASE("the step summary is appended to, and refused when it is an input") {
  TempDir dir;
  const auto summary = dir.path / "summary.md";
  reports::append_output(summary, "one\n", {}, "GITHUB_STEP_SUMMARY");
  reports::append_output(summary, "two\n", {}, "GITHUB_STEP_SUMMARY");
  CHECK(read(summary) == "one\ntwo\n");
  CHECK_THROWS_AS(reports::append_output(summary, "three\n", {summary}, "GITHUB_STEP_SUMMARY"), InputError);
  fs::create_symlink(dir.path / "nowhere" / "x.md", dir.path / "dangling.md");
  CHECK_THROWS_AS(reports::append_output(dir.path / "dangling.md", "x", {}, "GITHUB_STEP_SUMMARY"), InputError);
  CHECK(!fs::exists(dir.path / "nowhere"));
  CHECK(read(summary) == "one\ntwo\n");
}

TEST_CASE("an output in a missing directory is an InputError") {
  TempDir dir;
  CHECK_THROWS_AS(reports::write_output(dir.path / "no" / "such" / "r.json", "x"), InputError);
}

TEST_CASE("a report printed onto an OutputStream reaches its file whole, in order, at finish") {
  TempDir dir;
  const auto path = dir.path / "report.jsonl";
  write(path, "old\n");
  // Pieces smaller and larger than the stream's buffer, and single characters between them.
  std::string expected;
  reports::OutputFile file(path);
  reports::OutputStream out(file);
  for (std::size_t size : {10U, 70000U, 1U, 65535U, 65536U, 200000U, 3U}) {
    const std::string piece(size, static_cast<char>('a' + size % 26));
    out << piece << '\n';
    expected += piece + '\n';
  }
  CHECK(read(path) == "old\n");  // nothing replaced before finish
  out.finish();
  CHECK(read(path) == expected);
}

TEST_CASE("a failed write throws out of the printing statement and leaves the old report") {
  TempDir dir;
  const auto path = dir.path / "report.json";
  write(path, "old\n");
  {
    reports::OutputFile file("/dev/full");  // written in place, where every write fails
    reports::OutputStream out(file);
    CHECK_THROWS_AS(out << std::string(100000, 'x'), InputError);
  }
  {
    reports::OutputFile file(path);
    reports::OutputStream out(file);
    out << "new\n";
  }  // no finish: an error midway
  CHECK(read(path) == "old\n");
}

TEST_CASE("the files a run reads are stat'ed at the first check and compared as they were then") {
  TempDir dir;
  const auto input = dir.path / "draft.txt";
  write(input, "原文");
  const struct stat before = stat_of(input);
  const reports::ReadFiles read_files{dir.path / "missing.txt", input};
  REQUIRE(read_files.find(before) != nullptr);
  CHECK(*read_files.find(before) == input.native());
  // The path now names another file: the one the run read is still the one refused.
  write(dir.path / "saved.txt", "新文");  // made while the old file stands: another inode
  fs::rename(dir.path / "saved.txt", input);
  const struct stat after = stat_of(input);
  CHECK(read_files.find(before) != nullptr);
  CHECK(read_files.find(after) == nullptr);
  // Taken at the first check, not when made.
  const reports::ReadFiles later{input};
  write(dir.path / "other.txt", "");
  CHECK(later.find(stat_of(dir.path / "other.txt")) == nullptr);
  CHECK(later.find(after) != nullptr);
  // A file added after a check is compared too.
  reports::ReadFiles more{input};
  CHECK(more.find(stat_of(dir.path / "other.txt")) == nullptr);
  more.add(dir.path / "other.txt");
  CHECK(more.find(stat_of(dir.path / "other.txt")) != nullptr);
}
