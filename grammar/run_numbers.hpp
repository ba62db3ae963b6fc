#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace clausecheck::grammar {

// The numbers a run is split and sized by: --shard and cgroup v2's cpu.max.

// "i/n" with 1 <= i <= n (whole text): which of n parts of the inputs a run takes.
struct ShardSpec {
  unsigned index = 1;  // 1-based
  unsigned count = 1;
};
std::optional<ShardSpec> match_shard(std::string_view text);

// cgroup v2's cpu.max, "QUOTA PERIOD" (a trailing newline allowed): the cores
// the quota buys, rounded up, at least 1; none for "max PERIOD" (no limit) or
// a text of another shape.
std::optional<unsigned> cpu_max_cores(std::string_view text);

}  // namespace clausecheck::grammar
