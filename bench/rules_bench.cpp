// Rules benchmark (never part of the test run):
//   1. `check` of the seed gazette with every built-in pack, in-process: the
//      rules alone (parse done once) and parse + rules; target median < 20 ms.
//   2. The laws corpus: the cost of the rules against the cost of the parse.
// Usage: rules_bench [SEED] [CORPUS_DIR] [MAX_FILES] [detail]
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "law_files.hpp"
#include "model/input_error.hpp"
#include "parse/parse_file.hpp"
#include "rules/engine.hpp"
#include "rules/pack_loader.hpp"

using namespace clausecheck;
namespace {
double ms_since(double start) { return bench::thread_cpu_ms() - start; }
}  // namespace

int main(int argc, char** argv) {
  const std::string root = CLAUSECHECK_SOURCE_DIR;
  const std::string seed = argc > 1 ? argv[1] : root + "/examples/zhumadian-gazette-2023-02.txt";
  const std::string corpus = argc > 2 ? argv[2] : clausecheck::bench::laws_dir().string();
  const std::size_t max_files = argc > 3 ? std::stoul(argv[3]) : 100000;
  const bool per_rule_detail = argc > 4;  // any fourth argument: time each rule on the corpus too

  rules::RunSettings settings;
  settings.as_of = *make_date(2026, 11, 28);
  const auto rules = rules::all_rules(rules::builtin_packs());

  std::vector<double> rule_ms, total_ms;
  std::size_t findings = 0;
  for (int i = 0; i < 31; ++i) {
    const auto start = bench::thread_cpu_ms();
    std::vector<ParsedFile> files;
    files.push_back(parse::parse_path(seed));
    const auto parsed = bench::thread_cpu_ms();
    findings = rules::run_rules(rules, files, settings).size();
    rule_ms.push_back(ms_since(parsed));
    total_ms.push_back(ms_since(start));
  }
  std::printf("seed: %zu rules, %zu findings; rules median %.2f ms, parse+rules median %.2f ms (target < 20 ms)\n",
              rules.size(), findings, bench::median(rule_ms), bench::median(total_ms));

  {  // where the time goes: each rule alone on the seed
    std::vector<ParsedFile> files;
    files.push_back(parse::parse_path(seed));
    for (const auto& rule : rules) {
      std::vector<double> ms;
      for (int i = 0; i < 5; ++i) {
        const auto start = bench::thread_cpu_ms();
        rules::run_rules({rule}, files, settings);
        ms.push_back(ms_since(start));
      }
      std::printf("  %-36s %7.2f ms\n", rule.meta.id.c_str(), bench::median(ms));
    }
  }

  std::vector<std::filesystem::path> paths = bench::law_files(corpus);
  if (paths.empty()) return 0;
  if (paths.size() > max_files) paths.resize(max_files);
  std::vector<double> per_rule(rules.size(), 0.0);
  double parse_total = 0, rules_total = 0;
  std::size_t corpus_findings = 0, skipped = 0;
  for (const auto& path : paths) {
    auto start = bench::thread_cpu_ms();
    std::vector<ParsedFile> files;
    try {
      files.push_back(parse::parse_path(path));
    } catch (const InputError&) {
      ++skipped;
      continue;
    }
    parse_total += ms_since(start);
    start = bench::thread_cpu_ms();
    corpus_findings += rules::run_rules(rules, files, settings).size();
    rules_total += ms_since(start);
    if (per_rule_detail)
      for (std::size_t i = 0; i < rules.size(); ++i) {
        const double t = bench::thread_cpu_ms();
        rules::run_rules({rules[i]}, files, settings);
        per_rule[i] += ms_since(t);
      }
  }
  if (per_rule_detail)
    for (std::size_t i = 0; i < rules.size(); ++i)
      std::printf("  %-36s %8.0f ms\n", rules[i].meta.id.c_str(), per_rule[i]);
  std::printf("corpus: %zu files (%zu unreadable); parse %.0f ms, rules %.0f ms (rules/parse %.2f); %zu findings\n",
              paths.size(), skipped, parse_total, rules_total, parse_total > 0 ? rules_total / parse_total : 0.0,
              corpus_findings);
  return 0;
}
