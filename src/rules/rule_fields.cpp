#include "rules/rule_fields.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "model/fact.hpp"
#include "model/input_error.hpp"
#include "rules/nearest_name.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

Location mark_location(const SourceText& pack, const YAML::Mark& mark) {
  if (mark.pos < 0) return {static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
  return pack.locate(static_cast<std::uint32_t>(mark.pos));
}

void fail_at(const SourceText& file, const YAML::Mark& mark, const std::string& message) {
  throw InputError(file.path(), mark_location(file, mark), message);
}

YAML::Node load_yaml(const SourceText& file) {
  try {
    return YAML::Load(file.text());
  } catch (const YAML::Exception& e) {  // ParserException, and DeepRecursion past yaml-cpp's depth limit
    fail_at(file, e.mark, msg(Msg::yaml_syntax, {e.msg}));
  }
}

namespace {
// The one place a scalar becomes a C++ value: yaml-cpp's conversion, its
// failure turned into an error at the node naming what was expected.
template <typename T>
T convert(const SourceText& file, const YAML::Node& node, const std::string& label, const std::string& expected) {
  if (node.IsScalar()) {
    try {
      return node.as<T>();
    } catch (const YAML::Exception&) {
    }
  }
  fail_at(file, node.Mark(), "'" + label + "': " + expected);
}
}  // namespace

std::string read_text(const SourceText& file, const YAML::Node& node, const std::string& label) {
  return convert<std::string>(file, node, label, msg(Msg::expected_string));
}

namespace {
const std::vector<std::string> kLanguages = {"zh", "en"};  // parse_lang's names

// The map {zh: …, en: …} of a text in both languages, its keys checked.
void check_language_keys(const SourceText& file, const YAML::Node& node, const std::string& label) {
  check_keys(file, node, kLanguages, "'" + label + "'");
}
}  // namespace

std::string read_localized(const SourceText& file, const YAML::Node& node, const std::string& label) {
  if (!node.IsMap()) return read_text(file, node, label);
  check_language_keys(file, node, label);
  const std::string& lang = kLanguages[language() == Lang::zh ? 0 : 1];
  if (!node[lang]) fail_at(file, node.Mark(), "'" + label + "': " + msg(Msg::translation_missing, {lang}));
  return read_text(file, node[lang], label + "." + lang);
}

std::vector<std::string> read_translations(const SourceText& file, const YAML::Node& node, const std::string& label) {
  if (!node.IsMap()) return {read_text(file, node, label)};
  check_language_keys(file, node, label);
  std::vector<std::string> out;
  for (const std::string& lang : kLanguages)
    if (node[lang]) out.push_back(read_text(file, node[lang], label + "." + lang));
  return out;
}

long long read_integer(const SourceText& file, const YAML::Node& node, const std::string& label, long long min,
                       long long max) {
  const std::string expected = msg(Msg::expected_integer_range, {std::to_string(min), std::to_string(max)});
  const auto value = convert<long long>(file, node, label, expected);
  if (value < min || value > max) fail_at(file, node.Mark(), "'" + label + "': " + expected);
  return value;
}

double read_number(const SourceText& file, const YAML::Node& node, const std::string& label) {
  const std::string expected = msg(Msg::expected_finite_number);
  const auto value = convert<double>(file, node, label, expected);
  if (!std::isfinite(value)) fail_at(file, node.Mark(), "'" + label + "': " + expected);
  return value;
}

bool read_boolean(const SourceText& file, const YAML::Node& node, const std::string& label) {
  return convert<bool>(file, node, label, msg(Msg::expected_boolean));
}

std::vector<YAML::Node> read_list(const SourceText& file, const YAML::Node& node, const std::string& label,
                                  const std::string& expected) {
  if (!node.IsSequence()) fail_at(file, node.Mark(), "'" + label + "': " + expected);
  return {node.begin(), node.end()};
}

std::vector<std::pair<std::string, YAML::Node>> read_map(const SourceText& file, const YAML::Node& node,
                                                         const std::string& label, const std::string& expected) {
  if (!node.IsMap()) fail_at(file, node.Mark(), "'" + label + "': " + expected);
  std::vector<std::pair<std::string, YAML::Node>> out;
  for (const auto& item : node) out.emplace_back(read_text(file, item.first, label), item.second);
  return out;
}

void check_keys(const SourceText& file, const YAML::Node& node, const std::vector<std::string>& valid,
                const std::string& what) {
  if (!node.IsMap()) fail_at(file, node.Mark(), msg(Msg::keys_not_mapping, {what}));
  for (const auto& item : node) {
    if (!item.first.IsScalar()) fail_at(file, item.first.Mark(), msg(Msg::key_not_string, {what}));
    const std::string key = item.first.Scalar();
    if (std::find(valid.begin(), valid.end(), key) == valid.end())
      fail_at(file, item.first.Mark(), msg(Msg::unknown_key, {what, key}) + did_you_mean(key, valid));
  }
}

RuleFields::RuleFields(const YAML::Node& node, std::shared_ptr<const SourceText> pack)
    : node_(node), pack_(std::move(pack)) {}

bool RuleFields::has(const std::string& key) const { return static_cast<bool>(node_[key]); }

YAML::Node RuleFields::node(const std::string& key) const { return node_[key]; }

void RuleFields::fail_at(const YAML::Mark& mark, const std::string& message) const {
  rules::fail_at(*pack_, mark, message);
}

void RuleFields::fail(const std::string& key, const std::string& message) const {
  const YAML::Node value = node_[key];
  fail_at(value ? value.Mark() : node_.Mark(), "'" + key + "': " + message);
}

std::string RuleFields::text(const std::string& key) const {
  const YAML::Node value = node_[key];
  if (!value) fail(key, msg(Msg::required_key_missing));
  return read_text(*pack_, value, key);
}

std::string RuleFields::text_or(const std::string& key, const std::string& fallback) const {
  return has(key) ? text(key) : fallback;
}

std::string RuleFields::localized(const std::string& key) const {
  const YAML::Node value = node_[key];
  if (!value) fail(key, msg(Msg::required_key_missing));
  return read_localized(*pack_, value, key);
}

std::string RuleFields::localized_or(const std::string& key, const std::string& fallback) const {
  return has(key) ? localized(key) : fallback;
}

std::vector<std::string> RuleFields::translations(const std::string& key) const {
  return has(key) ? read_translations(*pack_, node_[key], key) : std::vector<std::string>{};
}

std::vector<std::string> RuleFields::texts(const std::string& key) const {
  const YAML::Node value = node_[key];
  if (!value) return {};
  if (value.IsScalar()) return {value.Scalar()};
  std::vector<std::string> out;
  for (const auto& item : read_list(*pack_, value, key, msg(Msg::expected_string_list)))
    out.push_back(read_text(*pack_, item, key));
  return out;
}

std::map<std::string, std::string> RuleFields::text_map(const std::string& key) const {
  const YAML::Node value = node_[key];
  if (!value) return {};
  std::map<std::string, std::string> out;
  for (const auto& [name, item] : read_map(*pack_, value, key, msg(Msg::expected_string_map)))
    out[name] = read_text(*pack_, item, key);
  return out;
}

int RuleFields::integer_or(const std::string& key, int fallback, int min, int max) const {
  return has(key) ? static_cast<int>(read_integer(*pack_, node_[key], key, min, max)) : fallback;
}

double RuleFields::number_or(const std::string& key, double fallback) const {
  return has(key) ? read_number(*pack_, node_[key], key) : fallback;
}

bool RuleFields::boolean_or(const std::string& key, bool fallback) const {
  return has(key) ? read_boolean(*pack_, node_[key], key) : fallback;
}

std::vector<std::string> RuleFields::fact_kinds(const std::string& key) const {
  std::vector<std::string> out = texts(key);
  const auto& known = fact_kind_names();
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (std::find(known.begin(), known.end(), out[i]) != known.end()) continue;
    const YAML::Node value = node_[key];
    fail_at(value.IsSequence() ? value[i].Mark() : value.Mark(),
            "'" + key + "': " + msg(Msg::unknown_fact_kind, {out[i]}) + did_you_mean(out[i], known));
  }
  return out;
}

namespace {
template <std::size_t... I>
std::vector<std::string> kind_names(std::index_sequence<I...>) {
  return {kind_name(FactValue(std::in_place_index<I>))...};
}
}  // namespace

const std::vector<std::string>& fact_kind_names() {
  static const std::vector<std::string> names = kind_names(std::make_index_sequence<std::variant_size_v<FactValue>>{});
  return names;
}

}  // namespace clausecheck::rules
