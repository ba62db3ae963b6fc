// What fact extraction adds to parsing, on the seed and on a corpus.
//
//   bench_facts [DIR_OR_FILE...]      default: ../shared/corpus/laws
//
// parse_source runs the whole stage, facts included; extract_facts is then
// timed again on the same model with its facts cleared, so
//   parse without facts = parse_source − extract_facts.
// The seed is timed as the median of 51 runs; the corpus as the best of
// three rounds. Times are the thread's CPU time, so other processes on a
// busy machine count less. Run from the repository root.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "ingest/inputs.hpp"
#include "ingest/read_source.hpp"
#include "parse/facts/extract_facts.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;

namespace {

void clear_facts(Clause& c) {
  c.facts.clear();
  for (Clause& child : c.children) clear_facts(child);
}
void clear_facts(Document& d) {
  d.facts.clear();
  for (Clause& c : d.clauses) clear_facts(c);
  for (Document& a : d.attachments) clear_facts(a);
}
void clear_facts(ParsedFile& f) {
  f.diagnostics.clear();
  for (Document& d : f.documents) clear_facts(d);
}

struct Timing {
  double parse = 0;    // parse_source, facts included
  double extract = 0;  // extract_facts alone
};

Timing time_files(const std::vector<std::shared_ptr<const SourceText>>& sources) {
  Timing t;
  std::vector<ParsedFile> parsed;
  parsed.reserve(sources.size());
  double start = (bench::thread_cpu_ms() / 1e3);
  for (const auto& s : sources) parsed.push_back(parse::parse_source(s));
  t.parse = (bench::thread_cpu_ms() / 1e3) - start;
  for (ParsedFile& f : parsed) clear_facts(f);
  start = (bench::thread_cpu_ms() / 1e3);
  for (ParsedFile& f : parsed) parse::extract_facts(f);
  t.extract = (bench::thread_cpu_ms() / 1e3) - start;
  return t;
}

void report(const char* what, double mb, Timing t) {
  const double without = t.parse - t.extract;
  std::printf("%s: %.1f MB\n", what, mb);
  std::printf("  parse without facts %8.2f ms\n", without * 1e3);
  std::printf("  extract_facts       %8.2f ms\n", t.extract * 1e3);
  std::printf("  facts add           %8.1f %%\n", 100 * t.extract / without);
}

void seed(const std::string& path) {
  const auto source = ingest::read_source(path);
  std::vector<double> parse, extract;
  for (int run = 0; run < 51; ++run) {
    const Timing t = time_files({source});
    parse.push_back(t.parse);
    extract.push_back(t.extract);
  }
  report("seed (median of 51)", static_cast<double>(source->text().size()) / 1e6, {bench::median(parse), bench::median(extract)});
}

void corpus(const std::vector<std::string>& args) {
  std::vector<std::shared_ptr<const SourceText>> sources;
  std::size_t bytes = 0;
  for (const auto& f : ingest::expand_inputs(args)) {
    sources.push_back(ingest::read_source(f));
    bytes += sources.back()->text().size();
  }
  Timing best{1e9, 1e9};
  for (int round = 0; round < 3; ++round) {
    const Timing t = time_files(sources);
    if (t.parse < best.parse) best = t;
  }
  char what[64];
  std::snprintf(what, sizeof what, "corpus (%zu files, best of 3)", sources.size());
  report(what, static_cast<double>(bytes) / 1e6, best);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) args.push_back("../shared/corpus/laws");
  seed("examples/zhumadian-gazette-2023-02.txt");
  corpus(args);
}
