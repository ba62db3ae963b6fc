#pragma once
#include <filesystem>
#include <vector>

#include "grammar/run_numbers.hpp"

namespace clausecheck::ingest {

// The files a run of --shard i/n takes: the i-th of n contiguous ranges of
// `files` (files × (i−1)/n up to files × i/n), in their order. Decided by the
// list alone, so n runs over the same inputs take every file exactly once, and
// their outputs, concatenated in shard order, are the output of one run over
// all files when `files` is in the order that output lists them.
std::vector<std::filesystem::path> shard_of(const std::vector<std::filesystem::path>& files, grammar::ShardSpec spec);

}  // namespace clausecheck::ingest
