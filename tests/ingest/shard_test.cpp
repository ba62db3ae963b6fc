// ingest::shard_of: N parts of a list take every file once, in order, as near equal ranges.
#include "ingest/shard.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using clausecheck::grammar::ShardSpec;
using clausecheck::ingest::shard_of;

TEST_CASE("shard_of: the parts, concatenated in order, are the list; sizes differ by at most one") {
  for (std::size_t files : {0u, 1u, 7u, 100u}) {
    std::vector<std::filesystem::path> all;
    for (std::size_t i = 0; i < files; ++i) all.emplace_back("f" + std::to_string(i));
    for (unsigned n : {1u, 2u, 3u, 8u, 150u}) {
      CAPTURE(files);
      CAPTURE(n);
      std::vector<std::filesystem::path> joined;
      std::size_t least = files, most = 0;
      for (unsigned i = 1; i <= n; ++i) {
        const auto part = shard_of(all, ShardSpec{i, n});
        joined.insert(joined.end(), part.begin(), part.end());
        least = std::min(least, part.size());
        most = std::max(most, part.size());
      }
      CHECK(joined == all);
      CHECK(most - least <= 1);
    }
  }
}
