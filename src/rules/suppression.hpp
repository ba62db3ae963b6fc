#pragma once
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <vector>

#include "model/source_text.hpp"
#include "model/finding.hpp"
#include "rules/rule_meta.hpp"

namespace clausecheck {

// A finding the user has looked at and accepted. A published document cannot
// carry comments, so suppressions live beside it (docs/config.md): under
// `suppress:` in the config, or in a sidecar file (kSidecarName) in the
// checked file's folder or a folder above it.
//   - rule: typos.repeated-char   # required; "typos.*" names a whole pack
//     file: drafts/a.txt          # the finding's file ends with this path
//     anchor: 驻政〔2023〕9号/二    # the finding's anchor is this clause or one inside it
//     evidence: 驻驻               # the finding's evidence, whitespace ignored, contains this
//     line: 120                   # the finding starts on this line
//     fingerprint: 0123abcd…      # exactly this finding
//     reason: 原文如此，已核对       # required: why it is accepted
// Every key given must match.
struct Suppression {
  std::string rule;
  std::string file;
  std::string anchor;
  std::string evidence;    // normalized (normalize_evidence)
  std::uint32_t line = 0;  // 0: any line
  std::string fingerprint;
  std::string reason;
  std::string origin_file;  // the YAML file holding the entry
  Location origin_at;       // where the entry starts in it
  Location rule_at;         // where its rule id is, for errors and the stale-entry warning
  Span rule_span;           // its bytes in the YAML file
  // A sidecar's folder: its entries apply to the files below it only. Empty
  // for the config's entries, which apply to every file of the run.
  std::filesystem::path scope;

  std::string origin() const;  // "file:line:column"
};

inline constexpr const char* kSidecarName = ".clausecheck-suppressions.yaml";

// The entries of a YAML sequence; InputError at file:line:column for a bad one
// (not a mapping, an unknown key with the nearest valid one, no rule, no reason).
std::vector<Suppression> parse_suppressions(const YAML::Node& list, const SourceText& file);

// A sidecar file holding `suppress: [...]`, its entries scoped to the file's
// folder; InputError when malformed.
std::vector<Suppression> load_suppressions(const std::filesystem::path& path);

// Whether the entry's rule (an id or "pack.*") names the rule `id`.
bool names_rule(const Suppression& suppression, const std::string& id);

// InputError at the entry's rule when it names no rule of `known_ids`
// (every rule of every pack loaded, whether it runs or not).
void check_rule_ids(const std::vector<Suppression>& suppressions, const std::vector<std::string>& known_ids);

bool suppresses(const Suppression& suppression, const Finding& finding);

// Marks each finding an entry accepts (Finding::suppressed, from the first
// such entry) and returns the entries that accepted no finding.
std::vector<const Suppression*> apply_suppressions(const std::vector<Suppression>& suppressions,
                                                   std::vector<Finding>& findings);

// The warning for an entry that accepted nothing (a stale suppression, like
// clang-tidy's unused NOLINT), placed at the entry's rule id.
inline constexpr const char* kUnusedSuppressionRule = "suppression.unused";
Finding unused_suppression(const Suppression& suppression);
RuleMeta unused_suppression_rule();

}  // namespace clausecheck
