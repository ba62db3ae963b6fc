#include "rules/message.hpp"

namespace clausecheck::rules {

const std::vector<std::string>& common_placeholders() {
  static const std::vector<std::string> names = {"doc.number",  "doc.title", "doc.type",  "doc.signed", "clause.label",
                                                 "clause.path", "fact.text", "fact.kind", "file",       "evidence"};
  return names;
}

// A '{' opens a name up to the next '}'; one without a '}' after it is text.
MessageTemplate::MessageTemplate(std::string_view message) : texts_(1) {
  for (std::size_t i = 0; i < message.size();) {
    const std::size_t close = message[i] == '{' ? message.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      texts_.back() += message[i];
      ++i;
      continue;
    }
    names_.emplace_back(message.substr(i + 1, close - i - 1));
    texts_.emplace_back();
    i = close + 1;
  }
}

std::vector<std::string> placeholders(const std::string& message) { return MessageTemplate(message).names(); }

}  // namespace clausecheck::rules
