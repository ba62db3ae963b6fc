// The real corpus through the binary: check's JSONL byte-identical for every
// --jobs (every rule) and for the concatenation of its --shard parts (the
// packs whose rules read one file each: docs/scale.md).
#include <doctest/doctest.h>

#include <string>

#include "cli/run_cli.hpp"
#include "corpus.hpp"

using clausecheck::testing::corpus_path;

TEST_CASE("policies and laws: check --format jsonl the same for --jobs 1 and 2, and for the union of 3 shards") {
  for (const char* part : {"policies", "laws"}) {
    CAPTURE(part);
    const std::string command = "check --format jsonl --as-of 2024-01-01 " + corpus_path(part).string();
    const CliRun one = run_cli(command + " --jobs 1");
    const CliRun two = run_cli(command + " --jobs 2");
    REQUIRE(one.code <= 1);  // the sample's policies hold no finding: the laws' do
    CHECK(two.code == one.code);
    CHECK(two.err == one.err);
    CHECK(two.out == one.out);
    std::string joined;
    const std::string per_file = command + " --rules validity format --jobs 2";
    for (const char* shard : {"1/3", "2/3", "3/3"}) joined += run_cli(per_file + " --shard " + shard).out;
    CHECK(joined == run_cli(per_file).out);
  }
}
