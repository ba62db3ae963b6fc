#include "ingest/shard.hpp"

namespace clausecheck::ingest {

std::vector<std::filesystem::path> shard_of(const std::vector<std::filesystem::path>& files, grammar::ShardSpec spec) {
  const std::size_t n = files.size();
  const std::size_t from = n * (spec.index - 1) / spec.count;
  const std::size_t to = n * spec.index / spec.count;
  return {files.begin() + static_cast<std::ptrdiff_t>(from), files.begin() + static_cast<std::ptrdiff_t>(to)};
}

}  // namespace clausecheck::ingest
