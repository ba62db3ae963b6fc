#include "parse/parse_paths.hpp"

#include "ingest/available_cores.hpp"
#include "parse/parallel_for.hpp"
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
  std::vector<ParseResult> results(paths.size());  // each call writes only its file's result
  parallel_for(paths.size(), jobs, [&](std::size_t i) {
    parse_into(paths[i], blank, results[i]);
    if (on_done) on_done(i);
  });
  return results;
}

}  // namespace clausecheck::parse
