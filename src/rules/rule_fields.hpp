#pragma once
#include <yaml-cpp/yaml.h>

#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/source_text.hpp"

namespace clausecheck::rules {

// Every loader (packs, config, suppressions) reads every YAML node through the
// functions below, so a value of the wrong type anywhere is an InputError at
// its file:line:column naming the expected type, never a yaml-cpp exception.
// `label` names the value in the message ("'severity'").

// The document of `file`; a syntax error (or nesting too deep for yaml-cpp) at its place.
YAML::Node load_yaml(const SourceText& file);

std::string read_text(const SourceText& file, const YAML::Node& node, const std::string& label);
long long read_integer(const SourceText& file, const YAML::Node& node, const std::string& label, long long min,
                       long long max);
double read_number(const SourceText& file, const YAML::Node& node, const std::string& label);  // finite only
bool read_boolean(const SourceText& file, const YAML::Node& node, const std::string& label);

// A text a person reads (a rule's message, its docs): one string, the same in
// every language, or a map {zh: …, en: …} of which the run's language is taken
// (model/messages.hpp); a map without it, or with another key, is an error at the map.
std::string read_localized(const SourceText& file, const YAML::Node& node, const std::string& label);
// Every text such a value holds: the one string, or each language's.
std::vector<std::string> read_translations(const SourceText& file, const YAML::Node& node, const std::string& label);

// The nodes of a sequence, the pairs of a mapping; `expected` completes the message when it is neither.
std::vector<YAML::Node> read_list(const SourceText& file, const YAML::Node& node, const std::string& label,
                                  const std::string& expected);
std::vector<std::pair<std::string, YAML::Node>> read_map(const SourceText& file, const YAML::Node& node,
                                                         const std::string& label, const std::string& expected);

// An unknown key of the mapping `node` (a text, or not one) is an error at it with the nearest valid one.
void check_keys(const SourceText& file, const YAML::Node& node, const std::vector<std::string>& valid,
                const std::string& what);

[[noreturn]] void fail_at(const SourceText& file, const YAML::Mark& mark, const std::string& message);

// One YAML mapping (a rule, a config, its profile), read key by key with the
// functions above: errors point at the key's value, or at the mapping when the key is absent.
class RuleFields {
 public:
  RuleFields(const YAML::Node& node, std::shared_ptr<const SourceText> pack);

  bool has(const std::string& key) const;
  std::string text(const std::string& key) const;  // required string
  std::string text_or(const std::string& key, const std::string& fallback) const;
  std::string localized(const std::string& key) const;  // required; read_localized
  std::string localized_or(const std::string& key, const std::string& fallback) const;
  std::vector<std::string> translations(const std::string& key) const;  // read_translations; [] if absent
  std::vector<std::string> texts(const std::string& key) const;  // a list of strings, or one string; [] if absent
  std::map<std::string, std::string> text_map(const std::string& key) const;  // string → string; {} if absent
  int integer_or(const std::string& key, int fallback, int min = std::numeric_limits<int>::min(),
                 int max = std::numeric_limits<int>::max()) const;
  double number_or(const std::string& key, double fallback) const;  // finite
  bool boolean_or(const std::string& key, bool fallback) const;
  // A list of fact kinds (date, period, deadline …); an unknown one is an error at it.
  std::vector<std::string> fact_kinds(const std::string& key) const;
  YAML::Node node(const std::string& key) const;

  // InputError at the key's value (or the rule itself when the key is absent).
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;
  [[noreturn]] void fail_at(const YAML::Mark& mark, const std::string& message) const;
  const SourceText& pack() const { return *pack_; }
  const std::shared_ptr<const SourceText>& pack_source() const { return pack_; }

 private:
  YAML::Node node_;
  std::shared_ptr<const SourceText> pack_;
};

// The 1-based line and code-point column of a yaml-cpp mark in the pack text.
Location mark_location(const SourceText& pack, const YAML::Mark& mark);

// The fact kinds a rule may name: the JSON "kind" of each fact (model/fact.hpp).
const std::vector<std::string>& fact_kind_names();

}  // namespace clausecheck::rules
