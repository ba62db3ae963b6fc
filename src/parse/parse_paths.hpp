#pragma once
#include <filesystem>
#include <future>
#include <vector>

#include "ingest/read_source.hpp"
#include "model/parsed_file.hpp"

namespace clausecheck::parse {

// The number of hardware threads, at least 1: the default of --jobs.
unsigned default_jobs();

// parse_path for every path, on up to `jobs` threads (1: in the calling
// thread, one file after the other). Returns when all are done, one ready
// future per path in the order of `paths`: get() gives the model or rethrows
// what parsing that file threw (InputError for a bad file), so callers report
// files and errors in input order whatever `jobs` is.
// `blank` as for read_source.
std::vector<std::future<ParsedFile>> parse_paths(const std::vector<std::filesystem::path>& paths, unsigned jobs,
                                                 ingest::Blank blank = ingest::Blank::refuse);

}  // namespace clausecheck::parse
