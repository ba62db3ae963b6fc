#include "parse/parse_paths.hpp"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>

#include "ingest/available_cores.hpp"
#include "parse/parse_file.hpp"

namespace clausecheck::parse {

namespace {

// Any exception is kept for the caller: one escaping a thread would terminate the process.
void parse_into(const std::filesystem::path& path, ingest::Blank blank, ParseResult& result) {
  try {
    result.file.emplace(parse_path(path, blank));
  } catch (...) {
    result.error = std::current_exception();
  }
}

}  // namespace

ParsedFile ParseResult::get() {
  if (error) std::rethrow_exception(error);
  return std::move(*file);
}

unsigned default_jobs() { return ingest::available_cores(); }

std::vector<ParseResult> parse_paths(const std::vector<std::filesystem::path>& paths, unsigned jobs,
                                     ingest::Blank blank, const std::function<void(std::size_t)>& on_done) {
  std::vector<ParseResult> results(paths.size());  // each thread writes only the results of the files it takes
  // Each thread takes the next file not yet taken: files differ in size by
  // orders of magnitude, so a fixed split would leave threads idle.
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      parse_into(paths[i], blank, results[i]);
      if (on_done) on_done(i);
    }
  };
  const std::size_t threads = std::min<std::size_t>(std::max(jobs, 1u), paths.size());
  {
    std::vector<std::jthread> helpers;
    try {
      for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
    } catch (const std::system_error&) {
      // Near the process's thread limit: the threads started, and this one, still parse every file.
    }
    work();  // the calling thread is one of the `jobs`
  }          // jthreads join here
  return results;
}

}  // namespace clausecheck::parse
