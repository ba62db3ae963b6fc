// Issue figures for the parse stage: the seed gazette in-process (median of
// many runs) and the whole laws corpus on one core (MB/s, peak memory).
// Usage: bench_parse [SEED] [LAWS_DIR]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "bench_clock.hpp"
#include "law_files.hpp"
#include "ingest/read_source.hpp"
#include "parse/parse_file.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

static double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

int main(int argc, char** argv) {
  const fs::path seed = argc > 1 ? argv[1] : CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt";
  const fs::path laws = argc > 2 ? argv[2] : clausecheck::bench::laws_dir();

  const auto source = clausecheck::ingest::read_source(seed);
  std::vector<double> runs;
  for (int i = 0; i < 51; ++i) {
    const auto t0 = Clock::now();
    const auto file = clausecheck::parse::parse_source(source);
    runs.push_back(ms_since(t0));
    if (file.documents.size() != 5) return 1;
  }
  std::sort(runs.begin(), runs.end());
  std::printf("seed: %zu bytes, parse median %.2f ms (min %.2f, max %.2f) over %zu runs\n", source->text().size(),
              runs[runs.size() / 2], runs.front(), runs.back(), runs.size());

  const std::vector<fs::path> files = clausecheck::bench::law_files(laws);
  std::size_t bytes = 0;
  const auto t0 = Clock::now();
  const double cpu0 = clausecheck::bench::thread_cpu_ms();
  for (const auto& path : files) bytes += clausecheck::parse::parse_path(path).source->text().size();
  const double ms = ms_since(t0);
  const double cpu = clausecheck::bench::thread_cpu_ms() - cpu0;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf(
      "laws corpus: %zu files, %.1f MB, read + parse + facts: %.0f ms wall (%.1f MB/s), %.0f ms CPU (%.1f MB/s), "
      "peak RSS %.0f MB\n",
      files.size(), mb, ms, mb / (ms / 1000), cpu, mb / (cpu / 1000), static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
