// --shard I/N on check and parse: the outputs of the N parts, concatenated in
// part order, are byte for byte the output of one run over all files, for any
// --jobs; every file is in exactly one part. The rules that read across files
// (consistency.abbreviation, typos.repeated-char's pair count) see only their
// part's files (docs/scale.md), so check's parts are compared with the packs
// whose rules read one file each, and the difference those two make is shown.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "cli/run_cli.hpp"
#include "source_paths.hpp"

using namespace clausecheck::test;

namespace {

// `command` over all files, then in `parts` shards (each with --jobs 2): the concatenation must be the whole.
void shards_concatenate(const std::string& command, int parts) {
  const CliRun whole = run_cli(command + " --jobs 1");
  REQUIRE(!whole.out.empty());
  std::string joined;
  for (int i = 1; i <= parts; ++i) {
    const CliRun part = run_cli(command + " --jobs 2 --shard " + std::to_string(i) + "/" + std::to_string(parts));
    CHECK(part.code <= 1);
    joined += part.out;
  }
  CAPTURE(parts);
  CHECK(joined == whole.out);
}

}  // namespace

const std::string kPerFilePacks = " --rules validity format";  // after the inputs: --rules takes every word

TEST_CASE("check --format jsonl: the shards' outputs concatenate to the whole run's") {
  for (int parts : {1, 2, 3, 5, 20})
    shards_concatenate("check --format jsonl --as-of 2024-01-01 " + kExampleInputs + kPerFilePacks, parts);
}

TEST_CASE("check: a pair that excuses a doubled character in another part is not seen by a part") {
  // 驻驻 in the seed and in revisions/gazette/new.txt, parts 2 and 1 of two: the pair it forms
  // is seen twice only in the two files together.
  const std::string command = "check --format jsonl --as-of 2024-01-01 " + kExampleInputs + " --rules typos";
  const CliRun whole = run_cli(command);
  std::string joined;
  for (const char* part : {"1/2", "2/2"}) joined += run_cli(command + " --shard " + part).out;
  CHECK(whole.out.find("\"evidence\":\"驻驻\"") == std::string::npos);
  CHECK(joined.find("\"evidence\":\"驻驻\"") != std::string::npos);
  CHECK(whole.out.find("\"evidence\":\"筹筹\"") != std::string::npos);  // a typo either way
}

TEST_CASE("parse --format jsonl and outline: the shards' outputs concatenate to the whole run's") {
  for (int parts : {2, 3, 14}) {
    shards_concatenate("parse --format jsonl " + kExampleInputs, parts);
    shards_concatenate("parse " + kExampleInputs, parts);
  }
}

TEST_CASE("parse --format jsonl holds one line per file, each the file's object of --format json") {
  const CliRun lines = run_cli("parse --format jsonl " + kExampleInputs);
  REQUIRE(lines.code == 0);
  CHECK(std::count(lines.out.begin(), lines.out.end(), '\n') == 14);
  CHECK(lines.out.starts_with("{\"diagnostics\":"));
}

TEST_CASE("--shard that is not I/N with 1 <= I <= N is a usage error (exit 2)") {
  for (const char* bad : {"0/2", "3/2", "1/0", "2", "a/b", "1/2/3", "-1/2"}) {
    CAPTURE(bad);
    const CliRun r = run_cli("check " + kExamples + "/drafts --shard " + std::string(bad));
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("--shard") != std::string::npos);
  }
}
