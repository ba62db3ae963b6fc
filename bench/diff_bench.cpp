// Diff speed on a whole gazette, against git's character diff, and the worst case.
//
//   bench_diff [RUNS]        run from the source tree; default 21 runs
//
// 1. The seed gazette against a revised whole gazette (~145 KB each): the seed
//    with the revised 若干措施 and 实施意见 of examples/revisions/ put in place
//    of the originals. Median of RUNS for diff_files alone, for parse + diff,
//    and for `git diff --no-index --word-diff-regex=. old new` (git's
//    character-level diff of the same two files, run through popen, output
//    read and dropped); the ratio of the two end-to-end figures.
// 2. The same for the largest revision pair of the laws corpus (人民检察院刑事诉讼规则
//    2012 → 2019), RUNS / 4 runs.
// 3. Worst case: two unrelated ~1 MB files (laws of $CLAUSECHECK_CORPUS_DIR/laws,
//    social law against Shanghai's local regulations), parse + diff, with the
//    peak resident memory of the process.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "law_files.hpp"
#include "diff/diff_files.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("revision block not found in the seed");
  text.replace(at, from.size(), to);
}

std::size_t changed_clauses(const diff::DocumentChange& d) {
  std::size_t n = 0;
  for (const auto& c : d.clauses) n += c.kind != diff::ClauseChangeKind::unchanged;
  for (const auto& a : d.attachments) n += changed_clauses(a);
  return n;
}

// CPU time (user + system) of this process, or of its finished children:
// the machine is shared, so wall time alone says little.
double cpu_ms(int who) {
  rusage u{};
  getrusage(who, &u);
  return clausecheck::bench::cpu_ms(u);
}

struct Timing {
  double wall = 0, cpu = 0;
};

// Runs a command, reads and drops its output.
Timing time_command(const std::string& command) {
  const auto t = Clock::now();
  const double cpu = cpu_ms(RUSAGE_CHILDREN);
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {-1, -1};
  char buffer[1 << 16];
  while (std::fread(buffer, 1, sizeof buffer, pipe) > 0) {
  }
  pclose(pipe);
  return {ms_since(t), cpu_ms(RUSAGE_CHILDREN) - cpu};
}

// Median of RUNS: diff_files alone, parse + diff, and git's character diff of
// the same two files; the ratio of the two end-to-end figures.
void against_git(const char* label, const fs::path& old_path, const fs::path& new_path, int runs) {
  const ParsedFile old_file = parse::parse_path(old_path), new_file = parse::parse_path(new_path);
  std::vector<double> diff_ms, total_ms, git_ms, diff_cpu, total_cpu, git_cpu;
  std::size_t changed = 0;
  for (int r = 0; r < runs; ++r) {
    auto t = Clock::now();
    double cpu = cpu_ms(RUSAGE_SELF);
    const diff::ChangeSet set = diff::diff_files(old_file, new_file);
    diff_ms.push_back(ms_since(t));
    diff_cpu.push_back(cpu_ms(RUSAGE_SELF) - cpu);
    if (r == 0)
      for (const auto& d : set.documents) changed += changed_clauses(d);
    t = Clock::now();
    cpu = cpu_ms(RUSAGE_SELF);
    const ParsedFile a = parse::parse_path(old_path), b = parse::parse_path(new_path);
    if (diff::diff_files(a, b).documents.size() != set.documents.size()) std::printf("unstable diff\n");
    total_ms.push_back(ms_since(t));
    total_cpu.push_back(cpu_ms(RUSAGE_SELF) - cpu);
    const Timing git =
        time_command("git diff --no-index --word-diff-regex=. '" + old_path.string() + "' '" + new_path.string() + "'");
    git_ms.push_back(git.wall);
    git_cpu.push_back(git.cpu);
  }
  std::printf("%s (%zu / %zu bytes, %d runs, medians)\n", label, fs::file_size(old_path), fs::file_size(new_path),
              runs);
  std::printf("  clauses not unchanged: %zu\n", changed);
  std::printf("                                    wall ms   cpu ms\n");
  std::printf("  diff_files (parsed models)      %8.2f %8.2f\n", bench::median(diff_ms), bench::median(diff_cpu));
  std::printf("  parse both + diff_files         %8.2f %8.2f\n", bench::median(total_ms), bench::median(total_cpu));
  std::printf("  git diff --word-diff-regex=.    %8.2f %8.2f\n", bench::median(git_ms), bench::median(git_cpu));
  std::printf("  ratio git / clausecheck, end to end: wall %.2f, cpu %.2f\n",
              bench::median(git_ms) / bench::median(total_ms), bench::median(git_cpu) / bench::median(total_cpu));
}

void gazette(const fs::path& dir, int runs) {
  std::string revised = slurp("examples/zhumadian-gazette-2023-02.txt");
  for (const char* name : {"measures", "opinions"})
    replace_once(revised, slurp(fs::path("examples/revisions") / name / "old.txt"),
                 slurp(fs::path("examples/revisions") / name / "new.txt"));
  const fs::path new_path = dir / "gazette-revised.txt";
  write(new_path, revised);
  against_git("seed gazette vs revised gazette", "examples/zhumadian-gazette-2023-02.txt", new_path, runs);
}

// The largest revision pair of the laws corpus: 人民检察院刑事诉讼规则, 试行 2012 → 2019
// (308 KB / 313 KB, 708 → 684 articles, rewritten throughout).
void largest_corpus_pair(int runs) {
  const fs::path laws = clausecheck::bench::laws_dir();
  if (laws.empty()) {
    std::printf("largest corpus pair: CLAUSECHECK_CORPUS_DIR not set, skipped\n");
    return;
  }
  against_git("人民检察院刑事诉讼规则 2012 → 2019", laws / "司法解释/人民检察院刑事诉讼规则（试行）(2012-11-22).md",
              laws / "司法解释/人民检察院刑事诉讼规则(2019-12-02).md", runs);
}

std::string laws_text(const fs::path& dir, std::size_t bytes) {
  std::string out;
  for (const auto& f : bench::law_files(dir)) {
    if (out.size() >= bytes) break;
    out += slurp(f) + "\n\n";
  }
  return out;
}

std::size_t clause_count(const std::vector<Clause>& clauses) {
  std::size_t n = clauses.size();
  for (const Clause& c : clauses) n += clause_count(c.children);
  return n;
}

std::size_t clause_count(const ParsedFile& file) {
  std::size_t n = 0;
  for (const Document& d : file.documents) {
    n += clause_count(d.clauses);
    for (const Document& a : d.attachments) n += clause_count(a.clauses);
  }
  return n;
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

void unrelated(const fs::path& dir) {
  const fs::path laws = clausecheck::bench::laws_dir();
  if (laws.empty()) {
    std::printf("unrelated files: CLAUSECHECK_CORPUS_DIR not set, skipped\n");
    return;
  }
  const fs::path a = dir / "unrelated-a.md", b = dir / "unrelated-b.md";
  write(a, laws_text(laws / "法律", 1'000'000));
  write(b, laws_text(laws / "地方性法规/上海", 1'000'000));
  const long rss_before = peak_rss_kb();
  const auto t = Clock::now();
  const ParsedFile fa = parse::parse_path(a), fb = parse::parse_path(b);
  const double parse_ms = ms_since(t);
  const auto t2 = Clock::now();
  const double cpu = cpu_ms(RUSAGE_SELF);
  const diff::ChangeSet set = diff::diff_files(fa, fb);
  const double diff_ms = ms_since(t2), diff_cpu = cpu_ms(RUSAGE_SELF) - cpu;
  std::size_t paired = 0;
  for (const auto& d : set.documents)
    paired += d.status == diff::DocumentStatus::changed || d.status == diff::DocumentStatus::unchanged;
  std::printf("unrelated files (%zu / %zu bytes, %zu / %zu documents, %zu / %zu clauses, %zu document pairs)\n",
              fs::file_size(a), fs::file_size(b), fa.documents.size(), fb.documents.size(), clause_count(fa),
              clause_count(fb), paired);
  std::printf("  parse both %8.1f ms, diff_files %8.1f ms (cpu %.1f ms), total %8.1f ms\n", parse_ms, diff_ms, diff_cpu,
              parse_ms + diff_ms);
  std::printf("  peak RSS %ld MB (before %ld MB)\n", peak_rss_kb() / 1024, rss_before / 1024);
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 21;
  const fs::path dir = fs::temp_directory_path() / "clausecheck-diff-bench";
  fs::create_directories(dir);
  gazette(dir, runs);
  largest_corpus_pair(std::max(1, runs / 4));
  unrelated(dir);
  fs::remove_all(dir);
}
