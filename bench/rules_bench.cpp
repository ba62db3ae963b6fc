// Rules benchmark (never part of the test run):
//   1. `check` of the seed gazette with every built-in pack, in-process: the
//      rules alone (parse done once) and parse + rules; target median < 20 ms.
//   2. The laws corpus: the cost of the rules against the cost of the parse.
// Usage: rules_bench [SEED] [CORPUS_DIR] [MAX_FILES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "model/input_error.hpp"
#include "parse/parse_file.hpp"
#include "rules/engine.hpp"
#include "rules/pack_loader.hpp"

using namespace clausecheck;
using Clock = std::chrono::steady_clock;

namespace {
double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
  const std::string root = CLAUSECHECK_SOURCE_DIR;
  const std::string seed = argc > 1 ? argv[1] : root + "/examples/zhumadian-gazette-2023-02.txt";
  const std::string corpus = argc > 2 ? argv[2] : root + "/../shared/corpus/laws";
  const std::size_t max_files = argc > 3 ? std::stoul(argv[3]) : 100000;

  rules::RunSettings settings;
  settings.as_of = *make_date(2026, 11, 28);
  const auto rules = rules::all_rules(rules::builtin_packs());

  std::vector<double> rule_ms, total_ms;
  std::size_t findings = 0;
  for (int i = 0; i < 31; ++i) {
    const auto start = Clock::now();
    std::vector<ParsedFile> files;
    files.push_back(parse::parse_path(seed));
    const auto parsed = Clock::now();
    findings = rules::run_rules(rules, files, settings).size();
    rule_ms.push_back(ms_since(parsed));
    total_ms.push_back(ms_since(start));
  }
  std::printf("seed: %zu rules, %zu findings; rules median %.2f ms, parse+rules median %.2f ms (target < 20 ms)\n",
              rules.size(), findings, median(rule_ms), median(total_ms));

  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(corpus, ec)) {
    std::printf("corpus: %s not found, skipped\n", corpus.c_str());
    return 0;
  }
  std::vector<fs::path> paths;
  for (const auto& e : fs::recursive_directory_iterator(corpus))
    if (e.path().extension() == ".md") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  if (paths.size() > max_files) paths.resize(max_files);
  double parse_total = 0, rules_total = 0;
  std::size_t corpus_findings = 0, skipped = 0;
  for (const auto& path : paths) {
    auto start = Clock::now();
    std::vector<ParsedFile> files;
    try {
      files.push_back(parse::parse_path(path));
    } catch (const InputError&) {
      ++skipped;
      continue;
    }
    parse_total += ms_since(start);
    start = Clock::now();
    corpus_findings += rules::run_rules(rules, files, settings).size();
    rules_total += ms_since(start);
  }
  std::printf("corpus: %zu files (%zu unreadable); parse %.0f ms, rules %.0f ms (rules/parse %.2f); %zu findings\n",
              paths.size(), skipped, parse_total, rules_total, parse_total > 0 ? rules_total / parse_total : 0.0,
              corpus_findings);
  return 0;
}
