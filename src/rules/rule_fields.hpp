#pragma once
#include <yaml-cpp/yaml.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/source_text.hpp"

namespace clausecheck::rules {

// One rule's YAML mapping, read with errors that point at the pack's
// file:line:column (columns in code points) and name the key.
class RuleFields {
 public:
  RuleFields(YAML::Node node, std::shared_ptr<const SourceText> pack);

  bool has(const std::string& key) const;
  std::string text(const std::string& key) const;  // required string
  std::string text_or(const std::string& key, const std::string& fallback) const;
  std::vector<std::string> texts(const std::string& key) const;  // a list of strings, or one string; [] if absent
  std::map<std::string, std::string> text_map(const std::string& key) const;  // string → string; {} if absent
  int integer_or(const std::string& key, int fallback) const;
  double number_or(const std::string& key, double fallback) const;
  bool boolean_or(const std::string& key, bool fallback) const;
  YAML::Node node(const std::string& key) const;

  // InputError at the key's value (or the rule itself when the key is absent).
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;
  [[noreturn]] void fail_at(const YAML::Mark& mark, const std::string& message) const;
  const SourceText& pack() const { return *pack_; }

 private:
  YAML::Node node_;
  std::shared_ptr<const SourceText> pack_;
};

// The 1-based line and code-point column of a yaml-cpp mark in the pack text.
Location mark_location(const SourceText& pack, const YAML::Mark& mark);

}  // namespace clausecheck::rules
