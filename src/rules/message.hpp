#pragma once
#include <map>
#include <string>
#include <vector>

namespace clausecheck::rules {

// The placeholders every rule may use; kinds add their own (KindSpec::vars).
const std::vector<std::string>& common_placeholders();

// The {names} in a message template, in order of appearance.
std::vector<std::string> placeholders(const std::string& message);

// The template with each {name} replaced by its value ("" for names without one).
std::string fill_message(const std::string& message, const std::map<std::string, std::string>& values);

}  // namespace clausecheck::rules
