// Any bytes as a `--baseline` file: the JSON reader, its schema and field
// checks, then the match against findings, one of which has a fingerprint
// the fuzzer may spell.
#include <vector>

#include "fuzz/fuzz_input.hpp"
#include "model/input_error.hpp"
#include "rules/baseline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace clausecheck;
  try {
    const auto entries = read_baseline(fuzz::write_input("baseline.json", data, size));
    std::vector<Finding> findings(2);
    findings[0].rule = "validity.expired";
    findings[0].fingerprint = "0123456789abcdef";
    findings[1].rule = "typos.repeated-char";
    findings[1].evidence = "驻驻";
    (void)compare_with_baseline(entries, findings);
  } catch (const InputError&) {
  }
  return 0;
}
