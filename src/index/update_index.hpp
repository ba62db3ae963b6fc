#pragma once
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "index/store.hpp"
#include "model/input_error.hpp"
#include "status/entry.hpp"

namespace clausecheck::index {

struct IndexOptions {
  std::chrono::year_month_day as_of;  // the findings' status date (as `check --as-of`)
  status::StatusOptions status;       // how summaries count a stated duration
  unsigned jobs = 1;                  // files parsed at once
  std::size_t batch = 256;            // files per transaction
};

// What one `index` run did.
struct IndexRun {
  std::size_t files = 0;           // found on disk
  std::size_t unchanged = 0;       // same size and mtime: not read
  std::size_t touched = 0;         // size or mtime changed, same content hash: not parsed, stat updated
  std::size_t parsed = 0;          // new or changed: parsed and written anew
  std::size_t removed = 0;         // in the index under a root given, no longer on disk
  std::vector<InputError> errors;  // files that could not be read or parsed (their old rows removed)
};

// Brings the index up to date with `files` (what find_inputs found under
// `roots`): a file whose size and mtime are those stored is not read; one whose
// content hash (64-bit FNV-1a of its bytes) is the stored one is not parsed;
// the others are parsed, summarised and checked with the built-in packs, and
// their rows replaced, `options.batch` files per transaction. A file stored
// under one of `roots` that is not among `files` is removed.
IndexRun update_index(Store& store, const std::vector<std::filesystem::path>& files,
                      const std::vector<std::string>& roots, const IndexOptions& options);

}  // namespace clausecheck::index
