// Status and report benchmark (never part of the test run):
//   1. the register of the seed gazette (parse done once) and its JSON and text forms;
//   2. each report format for the seed's findings with every built-in pack;
//   3. the register of the laws corpus against the cost of its parse.
// Usage: status_bench [SEED] [CORPUS_DIR]
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "law_files.hpp"
#include "model/input_error.hpp"
#include "parse/parse_file.hpp"
#include "reports/formats.hpp"
#include "reports/report.hpp"
#include "rules/engine.hpp"
#include "rules/fingerprint.hpp"
#include "rules/pack_loader.hpp"
#include "reports/register_format.hpp"

using namespace clausecheck;

namespace {

// Thread CPU time: the build machine is shared, so wall time measures the neighbours too.
template <class Fn>
double median_ms(int runs, Fn&& fn) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const double start = bench::thread_cpu_ms();
    fn();
    ms.push_back(bench::thread_cpu_ms() - start);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const std::string root = CLAUSECHECK_SOURCE_DIR;
  const std::string seed = argc > 1 ? argv[1] : root + "/examples/zhumadian-gazette-2023-02.txt";
  const std::string corpus = argc > 2 ? argv[2] : clausecheck::bench::laws_dir().string();
  const auto as_of = std::chrono::year{2026} / 11 / 28;

  std::vector<ParsedFile> files;
  files.push_back(parse::parse_path(seed));
  std::size_t entries = 0;
  const double reg_ms = median_ms(101, [&] { entries = status::build_register(files, as_of, {}).entries.size(); });
  const status::Register reg = status::build_register(files, as_of, {});
  const double json_ms = median_ms(101, [&] { (void)status::to_json(reg).dump(); });
  const double text_ms = median_ms(101, [&] {
    std::ostringstream out;
    status::write_text(reg, out);
  });
  std::printf("seed register: %zu entries; build %.3f ms, json %.3f ms, text %.3f ms (median of 101)\n", entries,
              reg_ms, json_ms, text_ms);

  rules::RunSettings settings;
  settings.as_of = Date{as_of, Precision::day};
  const auto rules = rules::all_rules(rules::builtin_packs());
  std::vector<Finding> findings = rules::run_rules(rules, files, settings);
  reports::ReportContext context;
  for (const auto& rule : rules) context.rules.push_back(rule.meta);
  std::printf("seed findings: %zu; fingerprints %.3f ms\n", findings.size(), median_ms(101, [&] {
                for (Finding& f : findings) f.fingerprint = fingerprint_of(f);
              }));
  for (const reports::OutputFormat& format : reports::output_formats()) {
    if (!reports::offers(format, reports::Command::check)) continue;
    std::size_t bytes = 0;
    const double ms = median_ms(101, [&] {
      std::ostringstream out;
      format.check(findings, context, out);
      bytes = out.str().size();
    });
    std::printf("  %-9s %8zu bytes %7.3f ms\n", std::string(format.name).c_str(), bytes, ms);
  }

  const std::vector<std::filesystem::path> paths = bench::law_files(corpus);
  if (paths.empty()) return 0;
  std::vector<ParsedFile> laws;
  const double parse_start = bench::thread_cpu_ms();
  for (const auto& p : paths) {
    try {
      laws.push_back(parse::parse_path(p));
    } catch (const InputError&) {
    }
  }
  const double parse_ms = bench::thread_cpu_ms() - parse_start;
  std::size_t law_entries = 0;
  const double law_reg_ms = median_ms(5, [&] { law_entries = status::build_register(laws, as_of, {}).entries.size(); });
  std::printf("corpus: %zu files parsed in %.0f ms; register %zu entries in %.1f ms\n", laws.size(), parse_ms,
              law_entries, law_reg_ms);
  return 0;
}
