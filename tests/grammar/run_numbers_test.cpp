// --shard's I/N and cgroup v2's cpu.max (grammar/run_numbers.hpp).
#include "grammar/run_numbers.hpp"

#include <doctest/doctest.h>

using namespace clausecheck::grammar;

TEST_CASE("match_shard: I/N with 1 <= I <= N, the whole text") {
  const auto s = match_shard("3/8");
  REQUIRE(s);
  CHECK(s->index == 3);
  CHECK(s->count == 8);
  CHECK(match_shard("1/1"));
  for (const char* bad : {"0/2", "3/2", "1/0", "2", "1/2/3", "-1/2", "1/ 2", " 1/2", "1/2x", "", "99999999999/1"}) {
    CAPTURE(bad);
    CHECK(!match_shard(bad));
  }
}

TEST_CASE("cpu_max_cores: the cores a quota buys, rounded up; none without a limit") {
  CHECK(cpu_max_cores("200000 100000\n") == 2u);
  CHECK(cpu_max_cores("150000 100000") == 2u);
  CHECK(cpu_max_cores("50000 100000\n") == 1u);
  CHECK(cpu_max_cores("1 100000") == 1u);
  CHECK(!cpu_max_cores("max 100000\n"));
  CHECK(!cpu_max_cores("100000 0"));
  CHECK(!cpu_max_cores(""));
}
