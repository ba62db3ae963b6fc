#pragma once
// A config written back as YAML: `check --print-config` shows the one a run
// uses, `clausecheck init` writes the defaults with a comment on each key.
// Both come from the Config the loader fills, so they name every key it takes
// and its default, and what they write loads again.
#include <string>
#include <vector>

#include "cli/config.hpp"

namespace clausecheck::cli {

// `config` as YAML; `packs` are the packs the run uses (config.packs, else every built-in).
// With `comments`, each key has a line saying what it does (for init).
std::string config_yaml(const Config& config, const std::vector<std::string>& packs, bool comments);

}  // namespace clausecheck::cli
