#pragma once
#include <vector>

#include "index/store.hpp"
#include "model/period_count.hpp"
#include "status/document_summary.hpp"

namespace clausecheck::index {

// Every document summary the index holds, in the order `status DIR` reads the
// files (ingest::path_less), each file's in its stored order: what
// build_register needs to give the register `status` gives for those files.
// Throws InputError when the index is not ours, too old or too new (schema.hpp),
// or a stored summary does not read back. The summaries are read back on
// `jobs` threads; the result is the same for every `jobs`.
std::vector<status::DocumentSummary> load_summaries(Store& store, unsigned jobs = 1);

// The day count (administrative, civil_code) the index's summaries were made
// with; InputError when files were indexed with different ones.
std::optional<status::DayCount> stored_day_count(Store& store);

}  // namespace clausecheck::index
