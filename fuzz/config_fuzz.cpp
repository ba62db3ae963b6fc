// Any bytes as a `.clausecheck.yaml`: load_config's checks, then the rule
// selection that resolves its disable: and severity: ids against the packs.
// Selection runs only when every pack named is a built-in one, so the fuzzer
// never makes the run read a file of the machine.
#include <algorithm>

#include "cli/config.hpp"
#include "fuzz/fuzz_input.hpp"
#include "model/input_error.hpp"
#include "rules/pack_loader.hpp"

namespace {
bool builtin_only(const std::vector<std::string>& packs) {
  const auto& builtin = clausecheck::rules::builtin_packs();
  return std::all_of(packs.begin(), packs.end(), [&](const std::string& name) {
    return std::any_of(builtin.begin(), builtin.end(), [&](const auto& pack) { return pack.name == name; });
  });
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace clausecheck;
  try {
    const cli::Config config = cli::load_config(fuzz::write_input(".clausecheck.yaml", data, size));
    if (builtin_only(config.packs)) (void)cli::select_rules(config, {}, rules::Use::run);
  } catch (const InputError&) {
  }
  return 0;
}
