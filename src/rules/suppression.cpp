#include "rules/suppression.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "model/input_error.hpp"
#include "rules/fingerprint.hpp"

namespace clausecheck {

namespace {

const std::vector<std::string> kKeys = {"rule", "file", "anchor", "evidence", "fingerprint", "reason"};

Location where(const SourceText& file, const YAML::Mark& mark) {
  return file.locate(static_cast<std::uint32_t>(std::max(mark.pos, 0)));
}

[[noreturn]] void fail(const SourceText& file, const YAML::Mark& mark, const std::string& message) {
  throw InputError(file.path(), where(file, mark), message);
}

std::string expected_keys() {
  std::string out;
  for (const std::string& key : kKeys) out += (out.empty() ? "" : ", ") + key;
  return out;
}

Suppression parse_one(const YAML::Node& node, const SourceText& file) {
  if (!node.IsMap()) fail(file, node.Mark(), "suppressions 的每一项应是映射（expected a mapping with rule and reason）");
  Suppression s;
  const Location at = where(file, node.Mark());
  s.origin = file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
  for (const auto& item : node) {
    const std::string key = item.first.as<std::string>();
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end())
      fail(file, item.first.Mark(), "未知的键 '" + key + "'（unknown key; expected one of " + expected_keys() + "）");
    if (!item.second.IsScalar()) fail(file, item.second.Mark(), "'" + key + "' 应是字符串（expected a string）");
    const std::string value = item.second.as<std::string>();
    if (key == "rule") s.rule = value;
    else if (key == "file") s.file = value;
    else if (key == "anchor") s.anchor = value;
    else if (key == "evidence") s.evidence = normalize_evidence(value);
    else if (key == "fingerprint") s.fingerprint = value;
    else s.reason = value;
  }
  if (s.rule.empty()) fail(file, node.Mark(), "缺少 'rule'（a suppression names the rule it silences）");
  if (s.reason.empty()) fail(file, node.Mark(), "缺少 'reason'（a suppression says why the finding is accepted）");
  return s;
}

bool rule_matches(const std::string& pattern, const std::string& rule) {
  if (pattern.size() >= 2 && pattern.compare(pattern.size() - 2, 2, ".*") == 0)
    return rule.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return pattern == rule;
}

bool path_ends_with(const std::string& path, const std::string& suffix) {
  if (suffix.size() > path.size() || path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0)
    return false;
  // Whole path components only: "a.txt" must not match "data.txt".
  return suffix.size() == path.size() || path[path.size() - suffix.size() - 1] == '/';
}

}  // namespace

std::vector<Suppression> parse_suppressions(const YAML::Node& list, const SourceText& file) {
  if (!list.IsSequence()) fail(file, list.Mark(), "suppressions 应是列表（expected a list）");
  std::vector<Suppression> out;
  for (const auto& node : list) out.push_back(parse_one(node, file));
  return out;
}

std::vector<Suppression> load_suppressions(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "无法读取（cannot read the suppressions file）");
  std::stringstream bytes;
  bytes << in.rdbuf();
  const SourceText file(path.string(), bytes.str());
  YAML::Node root;
  try {
    root = YAML::Load(file.text());
  } catch (const YAML::Exception& e) {
    fail(file, e.mark, "YAML 语法错误：" + e.msg);
  }
  if (root.IsNull()) return {};
  if (!root.IsMap() || !root["suppressions"])
    fail(file, root.Mark(), "应有顶层键 'suppressions'（expected a top-level 'suppressions' list）");
  return parse_suppressions(root["suppressions"], file);
}

bool suppresses(const Suppression& s, const Finding& f) {
  if (!rule_matches(s.rule, f.rule)) return false;
  if (!s.file.empty() && !path_ends_with(f.file, s.file)) return false;
  if (!s.anchor.empty() && f.anchor != s.anchor && f.anchor.rfind(s.anchor + "/", 0) != 0) return false;
  if (!s.evidence.empty() && normalize_evidence(f.evidence).find(s.evidence) == std::string::npos) return false;
  if (!s.fingerprint.empty() && (f.fingerprint.empty() ? fingerprint_of(f) : f.fingerprint) != s.fingerprint)
    return false;
  return true;
}

std::vector<Finding> apply_suppressions(const std::vector<Suppression>& suppressions, std::vector<Finding>& findings) {
  std::vector<Finding> suppressed;
  auto is_suppressed = [&](const Finding& f) {
    return std::any_of(suppressions.begin(), suppressions.end(), [&](const Suppression& s) { return suppresses(s, f); });
  };
  auto keep = std::stable_partition(findings.begin(), findings.end(), [&](const Finding& f) { return !is_suppressed(f); });
  std::move(keep, findings.end(), std::back_inserter(suppressed));
  findings.erase(keep, findings.end());
  return suppressed;
}

}  // namespace clausecheck
