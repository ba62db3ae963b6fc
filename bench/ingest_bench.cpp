// Ingest throughput: decoding and paragraph splitting over a corpus.
//
//   bench_ingest [DIR_OR_FILE...]      default: $CLAUSECHECK_CORPUS_DIR/laws and examples/ seed
//
// Reports MB/s (1 MB = 10^6 bytes of input) for reading + decoding, for
// split_paragraphs, and for both, best of three rounds, on one core. Times are
// the thread's CPU time, so that a machine shared with other work does not
// distort them (kernel time of the reads included). The seed (plain text, the
// PDF clean-up path) is also measured, repeated to 20 MB.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "ingest/inputs.hpp"
#include "ingest/paragraphs.hpp"
#include "ingest/read_source.hpp"
#include "law_files.hpp"

using namespace clausecheck;
namespace {

double seconds_since(double t) { return (bench::thread_cpu_ms() / 1e3) - t; }

void corpus(const std::vector<std::string>& args) {
  const auto files = ingest::expand_inputs(args);
  double best_read = 1e9, best_split = 1e9;
  std::size_t bytes = 0, paragraphs = 0;
  for (int round = 0; round < 3; ++round) {
    std::vector<std::shared_ptr<const SourceText>> sources;
    sources.reserve(files.size());
    auto t = (bench::thread_cpu_ms() / 1e3);
    for (const auto& f : files) sources.push_back(ingest::read_source(f));
    best_read = std::min(best_read, seconds_since(t));
    bytes = paragraphs = 0;
    t = (bench::thread_cpu_ms() / 1e3);
    for (const auto& s : sources) {
      paragraphs += ingest::split_paragraphs(*s).size();
      bytes += s->text().size();
    }
    best_split = std::min(best_split, seconds_since(t));
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("corpus: %zu files, %.1f MB, %zu paragraphs\n", files.size(), mb, paragraphs);
  std::printf("  read+decode      %7.1f ms  %7.1f MB/s\n", best_read * 1e3, mb / best_read);
  std::printf("  split_paragraphs %7.1f ms  %7.1f MB/s\n", best_split * 1e3, mb / best_split);
  std::printf("  ingest total     %7.1f ms  %7.1f MB/s\n", (best_read + best_split) * 1e3,
              mb / (best_read + best_split));
}

void plain_text(const std::string& seed_path) {
  const auto seed = ingest::read_source(seed_path);
  std::string text;
  while (text.size() < 20'000'000) text += seed->text();
  double best_decode = 1e9, best_split = 1e9;
  std::size_t paragraphs = 0;
  for (int round = 0; round < 3; ++round) {
    auto t = (bench::thread_cpu_ms() / 1e3);
    const SourceText source = ingest::decode("seed-x.txt", text);
    best_decode = std::min(best_decode, seconds_since(t));
    t = (bench::thread_cpu_ms() / 1e3);
    paragraphs = ingest::split_paragraphs(source).size();
    best_split = std::min(best_split, seconds_since(t));
  }
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("seed repeated (plain text, PDF clean-up): %.1f MB, %zu paragraphs\n", mb, paragraphs);
  std::printf("  decode           %7.1f ms  %7.1f MB/s\n", best_decode * 1e3, mb / best_decode);
  std::printf("  split_paragraphs %7.1f ms  %7.1f MB/s\n", best_split * 1e3, mb / best_split);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() && !clausecheck::bench::laws_dir().empty()) args.push_back(clausecheck::bench::laws_dir().string());
  if (args.empty()) std::printf("corpus: CLAUSECHECK_CORPUS_DIR not set, skipped\n");
  else corpus(args);
  plain_text("examples/zhumadian-gazette-2023-02.txt");
}
