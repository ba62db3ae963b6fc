#include "grammar/run_numbers_def.hpp"

#include <algorithm>
#include <tuple>

namespace clausecheck::grammar {

std::optional<ShardSpec> match_shard(std::string_view text) {
  std::tuple<unsigned, unsigned> attr;
  const char* first = text.data();
  if (!boost::spirit::x3::parse(first, text.data() + text.size(), parser::shard_spec, attr)) return std::nullopt;
  const auto [index, count] = attr;
  if (index < 1 || index > count) return std::nullopt;
  return ShardSpec{index, count};
}

std::optional<unsigned> cpu_max_cores(std::string_view text) {
  std::tuple<std::uint64_t, std::uint64_t> attr;
  const char* first = text.data();
  if (!boost::spirit::x3::parse(first, text.data() + text.size(), parser::cpu_max, attr)) return std::nullopt;
  const auto [quota, period] = attr;
  if (period == 0) return std::nullopt;
  const std::uint64_t cores = (quota + period - 1) / period;
  return static_cast<unsigned>(std::clamp<std::uint64_t>(cores, 1, 1u << 16));
}

}  // namespace clausecheck::grammar
