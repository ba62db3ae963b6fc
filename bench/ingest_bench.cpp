// Ingest throughput: decoding and paragraph splitting over a corpus.
//
//   bench_ingest [DIR_OR_FILE...]      default: ../shared/corpus/laws and examples/ seed
//
// Reports MB/s (1 MB = 10^6 bytes of input) for reading + decoding, for
// split_paragraphs, and for both, best of three rounds, on one core. The seed
// (plain text, the PDF clean-up path) is also measured, repeated to 20 MB.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/inputs.hpp"
#include "ingest/paragraphs.hpp"
#include "ingest/read_source.hpp"

using namespace clausecheck;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

void corpus(const std::vector<std::string>& args) {
  const auto files = ingest::expand_inputs(args);
  double best_read = 1e9, best_split = 1e9;
  std::size_t bytes = 0, paragraphs = 0;
  for (int round = 0; round < 3; ++round) {
    std::vector<std::shared_ptr<const SourceText>> sources;
    sources.reserve(files.size());
    auto t = Clock::now();
    for (const auto& f : files) sources.push_back(ingest::read_source(f));
    best_read = std::min(best_read, seconds_since(t));
    bytes = paragraphs = 0;
    t = Clock::now();
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
  std::printf("  ingest total     %7.1f ms  %7.1f MB/s\n", (best_read + best_split) * 1e3, mb / (best_read + best_split));
}

void plain_text(const std::string& seed_path) {
  const auto seed = ingest::read_source(seed_path);
  std::string text;
  while (text.size() < 20'000'000) text += seed->text();
  double best_decode = 1e9, best_split = 1e9;
  std::size_t paragraphs = 0;
  for (int round = 0; round < 3; ++round) {
    auto t = Clock::now();
    const SourceText source = ingest::decode("seed-x.txt", text);
    best_decode = std::min(best_decode, seconds_since(t));
    t = Clock::now();
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
  if (args.empty()) args.push_back("../shared/corpus/laws");
  corpus(args);
  plain_text("examples/zhumadian-gazette-2023-02.txt");
}
