#include "rules/suppression.hpp"

#include <algorithm>
#include <limits>

#include "ingest/read_file.hpp"
#include "model/input_error.hpp"
#include "rules/config_warning.hpp"
#include "rules/fingerprint.hpp"
#include "rules/nearest_name.hpp"
#include "rules/rule_fields.hpp"
#include "model/messages.hpp"

namespace clausecheck {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kKeys = {"rule", "file", "anchor", "evidence", "line", "fingerprint", "reason"};

using rules::fail_at;

// A line number as written: a positive integer, at most what a Location holds.
std::uint32_t line_number(const YAML::Node& value, const SourceText& file) {
  return static_cast<std::uint32_t>(
      rules::read_integer(file, value, "line", 1, std::numeric_limits<std::int32_t>::max()));
}

Suppression parse_one(const YAML::Node& node, const SourceText& file) {
  if (!node.IsMap()) fail_at(file, node.Mark(), msg(Msg::suppression_not_mapping));
  rules::check_keys(file, node, kKeys, msg(Msg::what_suppression));
  Suppression s;
  s.origin_file = file.path();
  s.origin_at = rules::mark_location(file, node.Mark());
  for (const auto& [key, item] : rules::read_map(file, node, "suppress", "")) {
    if (key == "line") {
      s.line = line_number(item, file);
      continue;
    }
    const std::string value = rules::read_text(file, item, key);
    if (key == "rule") {
      s.rule = value;
      s.rule_at = rules::mark_location(file, item.Mark());
      const auto begin = static_cast<std::uint32_t>(std::max(item.Mark().pos, 0));
      s.rule_span = {begin, begin + static_cast<std::uint32_t>(value.size())};
    } else if (key == "file") s.file = value;
    else if (key == "anchor") s.anchor = value;
    else if (key == "evidence") s.evidence = normalize_evidence(value);
    else if (key == "fingerprint") s.fingerprint = value;
    else s.reason = value;
  }
  if (s.rule.empty()) fail_at(file, node.Mark(), msg(Msg::suppression_no_rule));
  if (s.reason.empty()) fail_at(file, node.Mark(), msg(Msg::suppression_no_reason));
  return s;
}

bool is_pack_pattern(const std::string& rule) { return rule.size() >= 2 && rule.ends_with(".*"); }

bool path_ends_with(const std::string& path, const std::string& suffix) {
  if (!path.ends_with(suffix)) return false;
  // Whole path components only: "a.txt" must not match "data.txt".
  return suffix.size() == path.size() || path[path.size() - suffix.size() - 1] == '/';
}

bool below(const fs::path& file, const fs::path& dir) {
  std::error_code ec;
  const fs::path f = fs::absolute(file, ec).lexically_normal();
  return std::mismatch(dir.begin(), dir.end(), f.begin(), f.end()).first == dir.end();
}

}  // namespace

std::string Suppression::origin() const {
  return origin_file + ":" + std::to_string(origin_at.line) + ":" + std::to_string(origin_at.column);
}

std::vector<Suppression> parse_suppressions(const YAML::Node& list, const SourceText& file) {
  std::vector<Suppression> out;
  for (const auto& node : rules::read_list(file, list, "suppress", msg(Msg::expected_list)))
    out.push_back(parse_one(node, file));
  return out;
}

std::vector<Suppression> load_suppressions(const fs::path& path) {
  const SourceText file(path.string(), ingest::read_file(path, msg(Msg::what_suppressions)));
  const YAML::Node root = rules::load_yaml(file);
  if (root.IsNull()) return {};
  if (!root.IsMap()) fail_at(file, root.Mark(), msg(Msg::suppress_key_missing));
  rules::check_keys(file, root, {"suppress"}, msg(Msg::what_suppressions));
  if (!root["suppress"]) fail_at(file, root.Mark(), msg(Msg::suppress_key_missing));
  std::vector<Suppression> out = parse_suppressions(root["suppress"], file);
  std::error_code ec;
  const fs::path scope = fs::absolute(path, ec).lexically_normal().parent_path();
  for (Suppression& s : out) s.scope = scope;
  return out;
}

bool names_rule(const Suppression& s, const std::string& id) {
  if (is_pack_pattern(s.rule)) return id.starts_with(std::string_view(s.rule).substr(0, s.rule.size() - 1));
  return s.rule == id;
}

void check_rule_ids(const std::vector<Suppression>& suppressions, const std::vector<std::string>& known_ids) {
  for (const Suppression& s : suppressions) {
    if (std::any_of(known_ids.begin(), known_ids.end(), [&](const std::string& id) { return names_rule(s, id); }))
      continue;
    std::vector<std::string> candidates = known_ids;
    if (is_pack_pattern(s.rule))
      for (const std::string& id : known_ids) candidates.push_back(id.substr(0, id.find('.')) + ".*");
    throw InputError(s.origin_file, s.rule_at,
                     msg(Msg::config_unknown_rule, {s.rule, rules::did_you_mean(s.rule, candidates)}));
  }
}

bool suppresses(const Suppression& s, const Finding& f) {
  if (!names_rule(s, f.rule)) return false;
  if (!s.scope.empty() && !below(f.file, s.scope)) return false;
  if (!s.file.empty() && !path_ends_with(f.file, s.file)) return false;
  if (!s.anchor.empty() && f.anchor != s.anchor && !f.anchor.starts_with(s.anchor + "/")) return false;
  if (!s.evidence.empty() && normalize_evidence(f.evidence).find(s.evidence) == std::string::npos) return false;
  if (s.line != 0 && f.location.line != s.line) return false;
  if (!s.fingerprint.empty() && (f.fingerprint.empty() ? fingerprint_of(f) : f.fingerprint) != s.fingerprint)
    return false;
  return true;
}

std::vector<const Suppression*> apply_suppressions(const std::vector<Suppression>& suppressions,
                                                   std::vector<Finding>& findings) {
  std::vector<bool> used(suppressions.size(), false);
  for (Finding& f : findings) {
    for (std::size_t i = 0; i < suppressions.size(); ++i) {
      if (!suppresses(suppressions[i], f)) continue;
      used[i] = true;
      if (!f.suppressed) f.suppressed = SuppressedBy{suppressions[i].reason, suppressions[i].origin()};
    }
  }
  std::vector<const Suppression*> unused;
  for (std::size_t i = 0; i < suppressions.size(); ++i)
    if (!used[i]) unused.push_back(&suppressions[i]);
  return unused;
}

RuleMeta unused_suppression_rule() {
  return config_rule(
      kUnusedSuppressionRule, "未使用的抑制：没有 {evidence} 的结果与之匹配",
      "A suppression entry that accepted no finding (stale)",
      "A suppression entry (config `suppress:` or .clausecheck-suppressions.yaml) matched no finding of a "
      "rule that ran: the text was fixed or the entry names the wrong place. Remove or correct it, as with "
      "clang-tidy's unused NOLINT.",
      "suppression");
}

Finding unused_suppression(const Suppression& s) {
  Finding f =
      config_warning(kUnusedSuppressionRule, s.origin_file, s.rule_at, s.rule,
                     "未使用的抑制：没有 " + s.rule + " 的结果与之匹配（stale suppression: it accepts no finding）");
  f.span = s.rule_span;
  return f;
}

}  // namespace clausecheck
