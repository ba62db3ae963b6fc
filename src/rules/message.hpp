#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::rules {

// The placeholders every rule may use; kinds add their own (KindSpec::vars).
const std::vector<std::string>& common_placeholders();

// The {names} in a message template, in order of appearance.
std::vector<std::string> placeholders(const std::string& message);

// A message template read once into its texts and its {name}s: a rule fills
// it for every finding, and reading it anew each time (a string made of each
// name, a map of the values looked up) cost more than the filling.
class MessageTemplate {
 public:
  explicit MessageTemplate(std::string_view message);
  // The placeholders' names, one a slot, in order of appearance.
  const std::vector<std::string>& names() const { return names_; }
  // The template with each slot replaced by value(i) ("" for a name without a value).
  template <typename Value>
  std::string fill(Value value) const {
    std::string out = texts_.front();
    for (std::size_t i = 0; i < names_.size(); ++i) {
      out += value(i);
      out += texts_[i + 1];
    }
    return out;
  }

 private:
  std::vector<std::string> texts_;  // the text before each slot and the text after the last
  std::vector<std::string> names_;
};

}  // namespace clausecheck::rules
