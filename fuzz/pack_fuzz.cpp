// Any bytes as a rule pack given by `--rules`: YAML syntax, every key and
// type check, the expressions, patterns and examples of each rule.
#include <string>

#include "fuzz/fuzz_input.hpp"
#include "model/input_error.hpp"
#include "rules/pack_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace clausecheck;
  try {
    (void)rules::load_pack("fuzz.yaml", std::string(fuzz::as_text(data, size)));
  } catch (const InputError&) {
  }
  return 0;
}
