#pragma once
#include <filesystem>
#include <exception>
#include <functional>
#include <optional>
#include <vector>

#include "ingest/read_source.hpp"
#include "model/parsed_file.hpp"

namespace clausecheck::parse {

// The cores available to the process (ingest::available_cores): the default of --jobs.
unsigned default_jobs();

// What parsing one file gave: its model, or what parsing it threw.
struct ParseResult {
  std::optional<ParsedFile> file;
  std::exception_ptr error;
  // The model (moved out), or rethrows what parsing the file threw (InputError for a bad file).
  ParsedFile get();
};

// parse_path for every path, on up to `jobs` threads (1: in the calling
// thread, one file after the other). Returns when all are done, one result
// per path in the order of `paths`, so callers report files and errors in
// input order whatever `jobs` is. (Plain results, not futures: a promise's
// shared state and the wake-up of its waiters were an allocation and a
// system call per file in a check of 100,000 small files.) `blank` as for
// read_source. `on_done(i)`, when given, is called as path i is done, from the
// thread that parsed it (the CLI's progress meter).
std::vector<ParseResult> parse_paths(const std::vector<std::filesystem::path>& paths, unsigned jobs,
                                     ingest::Blank blank = ingest::Blank::refuse,
                                     const std::function<void(std::size_t)>& on_done = {});

}  // namespace clausecheck::parse
