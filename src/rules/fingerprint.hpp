#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.hpp"

namespace clausecheck {

// Evidence as fingerprints compare it: whitespace (ASCII and U+3000) removed,
// since PDF extraction scatters spaces that are no part of the wording.
std::string normalize_evidence(std::string_view evidence);

// 16 hex digits of a 64-bit FNV-1a hash of (rule, anchor, normalized
// evidence). No line or column goes in, so a finding keeps its fingerprint
// when unrelated text above it moves.
std::string fingerprint_of(const Finding& finding);

// Fills the fingerprint of every finding that has none.
void ensure_fingerprints(std::vector<Finding>& findings);

}  // namespace clausecheck
