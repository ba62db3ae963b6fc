// Reading a PDF gazette: poppler's text per page, the clean-up and the parse, against the bound
// (a 100-page gazette under 1 s, memory under 10 times the file's size).
//
//   tests/data/inputs/make_pdfs.py . /tmp/pdf --repeat 4     (the seed four times over: 99 pages)
//   bench_pdf /tmp/pdf/seed-x4.pdf; bench_pdf tests/data/inputs/pdf/seed.pdf
//
// One file a run (the peak resident set only grows): pages, its size, the thread CPU time of reading (read_source:
// poppler) and of parsing (parse_path: reading, paragraphs, documents, facts), median of five runs, and the growth of
// the peak resident set over the first run (what reading and parsing that file took, the program's own start-up not
// counted), as a multiple of the file's size. Files of one layout at 1× and 4× show that the work grows linearly.
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "ingest/read_source.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;

namespace {

long peak_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bench_pdf FILE.pdf\n");
    return 2;
  }
  const std::string path = argv[1];
  const auto size = static_cast<double>(std::filesystem::file_size(path));
  const long before = peak_kb();
  std::size_t pages = 0;
  std::vector<double> read, parse;
  for (int run = 0; run < 5; ++run) {
    double t = bench::thread_cpu_ms();
    pages = ingest::read_source(path)->page_starts().size();
    read.push_back(bench::thread_cpu_ms() - t);
    t = bench::thread_cpu_ms();
    const ParsedFile file = parse::parse_path(path);
    parse.push_back(bench::thread_cpu_ms() - t);
  }
  const double grown = static_cast<double>(peak_kb() - before) * 1024.0;
  std::printf(
      "%s: %zu pages, %.0f KB; read (poppler) %.1f ms, parse (read included) %.1f ms; peak memory grew %.1fx "
      "the file's size\n",
      std::filesystem::path(path).filename().c_str(), pages, size / 1024, bench::median(read), bench::median(parse),
      grown / size);
  return 0;
}
