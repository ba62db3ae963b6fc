#include "rules/rule_fields.hpp"

#include "model/input_error.hpp"

namespace clausecheck::rules {

Location mark_location(const SourceText& pack, const YAML::Mark& mark) {
  if (mark.pos < 0) return {static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
  return pack.locate(static_cast<std::uint32_t>(mark.pos));
}

RuleFields::RuleFields(YAML::Node node, std::shared_ptr<const SourceText> pack) : node_(std::move(node)), pack_(std::move(pack)) {}

bool RuleFields::has(const std::string& key) const { return static_cast<bool>(node_[key]); }

YAML::Node RuleFields::node(const std::string& key) const { return node_[key]; }

void RuleFields::fail_at(const YAML::Mark& mark, const std::string& message) const {
  throw InputError(pack_->path(), mark_location(*pack_, mark), message);
}

void RuleFields::fail(const std::string& key, const std::string& message) const {
  const YAML::Node value = node_[key];
  fail_at(value ? value.Mark() : node_.Mark(), "'" + key + "': " + message);
}

std::string RuleFields::text(const std::string& key) const {
  const YAML::Node value = node_[key];
  if (!value) fail(key, "缺少必填字段 (required key missing)");
  if (!value.IsScalar()) fail(key, "应为字符串 (expected a string)");
  return value.as<std::string>();
}

std::string RuleFields::text_or(const std::string& key, const std::string& fallback) const {
  return has(key) ? text(key) : fallback;
}

std::vector<std::string> RuleFields::texts(const std::string& key) const {
  const YAML::Node value = node_[key];
  if (!value) return {};
  if (value.IsScalar()) return {value.as<std::string>()};
  if (!value.IsSequence()) fail(key, "应为字符串列表 (expected a list of strings)");
  std::vector<std::string> out;
  for (const auto& item : value) {
    if (!item.IsScalar()) fail_at(item.Mark(), "'" + key + "': 应为字符串 (expected a string)");
    out.push_back(item.as<std::string>());
  }
  return out;
}

std::map<std::string, std::string> RuleFields::text_map(const std::string& key) const {
  const YAML::Node value = node_[key];
  if (!value) return {};
  if (!value.IsMap()) fail(key, "应为映射 (expected a mapping of strings)");
  std::map<std::string, std::string> out;
  for (const auto& item : value) {
    if (!item.first.IsScalar()) fail_at(item.first.Mark(), "'" + key + "': 键应为字符串 (expected a string key)");
    if (!item.second.IsScalar()) fail_at(item.second.Mark(), "'" + key + "': 应为字符串 (expected a string)");
    out[item.first.as<std::string>()] = item.second.as<std::string>();
  }
  return out;
}

namespace {
// A scalar of type T at `key`, the fallback when absent, an error naming `what` when it is not one.
template <typename T>
T scalar_or(const RuleFields& fields, const std::string& key, T fallback, const char* what) {
  if (!fields.has(key)) return fallback;
  try {
    return fields.node(key).as<T>();
  } catch (const YAML::Exception&) {
    fields.fail(key, what);
  }
}
}  // namespace

int RuleFields::integer_or(const std::string& key, int fallback) const {
  return scalar_or(*this, key, fallback, "应为整数 (expected an integer)");
}

double RuleFields::number_or(const std::string& key, double fallback) const {
  return scalar_or(*this, key, fallback, "应为数字 (expected a number)");
}

bool RuleFields::boolean_or(const std::string& key, bool fallback) const {
  return scalar_or(*this, key, fallback, "应为 true 或 false (expected true or false)");
}

}  // namespace clausecheck::rules
