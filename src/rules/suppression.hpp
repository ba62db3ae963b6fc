#pragma once
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <vector>

#include "model/source_text.hpp"
#include "rules/finding.hpp"

namespace clausecheck {

// A finding the user has looked at and accepted. A published document cannot
// carry comments, so suppressions live beside it: in a sidecar file
// (.clausecheck-suppressions.yaml) or under `suppressions:` in the config.
//   - rule: typos.repeat        # required; "typos.*" names a whole pack
//     file: drafts/a.txt        # the finding's file ends with this path
//     anchor: 驻政〔2023〕9号/二  # the finding's anchor is this clause or one inside it
//     evidence: 驻驻             # the finding's evidence, whitespace ignored, contains this
//     fingerprint: 0123abcd…    # exactly this finding
//     reason: 原文如此，已核对     # required: why it is accepted
// Every key given must match.
struct Suppression {
  std::string rule;
  std::string file;
  std::string anchor;
  std::string evidence;
  std::string fingerprint;
  std::string reason;
  std::string origin;  // "file:line:column" of the entry, for messages
};

// The entries of a YAML sequence; InputError at file:line:column for a bad one
// (not a mapping, an unknown key, no rule, no reason).
std::vector<Suppression> parse_suppressions(const YAML::Node& list, const SourceText& file);

// A sidecar file holding `suppressions: [...]`; InputError when malformed.
std::vector<Suppression> load_suppressions(const std::filesystem::path& path);

bool suppresses(const Suppression& suppression, const Finding& finding);

// Removes the suppressed findings from `findings` and returns them.
std::vector<Finding> apply_suppressions(const std::vector<Suppression>& suppressions, std::vector<Finding>& findings);

}  // namespace clausecheck
