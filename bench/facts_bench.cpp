// What fact extraction adds to parsing, on the seed and on a corpus.
//
//   bench_facts [DIR_OR_FILE...]      default: $CLAUSECHECK_CORPUS_DIR/laws
//
// An A/B of parse_source with facts off and on, file by file: each file is
// parsed and its model dropped at once, as `clausecheck parse` does, so
// neither side pays for page faults of a heap holding the whole corpus. The
// two sides alternate on every file, so a change of machine load hits both.
// Dropping the model is timed with its parse (the facts' strings are freed
// there). The seed is timed as the median of 201 runs; the corpus as the
// median of five rounds. Times are the thread's CPU time, so other processes
// on a busy machine count less. Run from the repository root.
#include <cstdio>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "ingest/inputs.hpp"
#include "ingest/read_source.hpp"
#include "parse/parse_file.hpp"
#include "law_files.hpp"

using namespace clausecheck;

namespace {

using Sources = std::vector<std::shared_ptr<const SourceText>>;

struct Timing {
  double without = 0;  // parse_source with facts off, ms
  double with = 0;     // parse_source with facts on, ms
};

double time_parse(const std::shared_ptr<const SourceText>& source, bool facts) {
  const double start = bench::thread_cpu_ms();
  { const ParsedFile file = parse::parse_source(source, {.facts = facts}); }
  return bench::thread_cpu_ms() - start;
}

Timing time_round(const Sources& sources) {
  Timing t;
  for (const auto& s : sources) {
    t.without += time_parse(s, false);
    t.with += time_parse(s, true);
  }
  return t;
}

Timing median_of(const Sources& sources, int rounds) {
  std::vector<double> without, with;
  for (int r = 0; r < rounds; ++r) {
    const Timing t = time_round(sources);
    without.push_back(t.without);
    with.push_back(t.with);
  }
  return {bench::median(without), bench::median(with)};
}

void report(const char* what, double mb, Timing t) {
  std::printf("%s: %.1f MB\n", what, mb);
  std::printf("  parse, facts off    %8.2f ms\n", t.without);
  std::printf("  parse, facts on     %8.2f ms\n", t.with);
  std::printf("  facts add           %8.1f %%\n", 100 * (t.with - t.without) / t.without);
}

std::size_t bytes_of(const Sources& sources) {
  std::size_t bytes = 0;
  for (const auto& s : sources) bytes += s->text().size();
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() && !clausecheck::bench::laws_dir().empty()) args.push_back(clausecheck::bench::laws_dir().string());
  const Sources seed{ingest::read_source("examples/zhumadian-gazette-2023-02.txt")};
  report("seed (median of 201)", static_cast<double>(bytes_of(seed)) / 1e6, median_of(seed, 201));
  if (args.empty()) return std::printf("corpus: CLAUSECHECK_CORPUS_DIR not set, skipped\n"), 0;
  Sources corpus;
  for (const auto& f : ingest::expand_inputs(args)) corpus.push_back(ingest::read_source(f));
  char what[64];
  std::snprintf(what, sizeof what, "corpus (%zu files, median of 5)", corpus.size());
  report(what, static_cast<double>(bytes_of(corpus)) / 1e6, median_of(corpus, 5));
}
