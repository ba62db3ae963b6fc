#include "rules/message.hpp"

namespace clausecheck::rules {

const std::vector<std::string>& common_placeholders() {
  static const std::vector<std::string> names = {"doc.number",  "doc.title", "doc.type",  "doc.signed", "clause.label",
                                                 "clause.path", "fact.text", "fact.kind", "file",       "evidence"};
  return names;
}

namespace {
template <typename Fn>
void scan(const std::string& message, Fn on_name, std::string* out) {
  for (std::size_t i = 0; i < message.size();) {
    const std::size_t close = message[i] == '{' ? message.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      if (out) out->push_back(message[i]);
      ++i;
      continue;
    }
    const std::string name = message.substr(i + 1, close - i - 1);
    const std::string value = on_name(name);
    if (out) *out += value;
    i = close + 1;
  }
}
}  // namespace

std::vector<std::string> placeholders(const std::string& message) {
  std::vector<std::string> names;
  scan(
      message,
      [&](const std::string& name) {
        names.push_back(name);
        return std::string();
      },
      nullptr);
  return names;
}

std::string fill_message(const std::string& message, const std::map<std::string, std::string>& values) {
  std::string out;
  scan(
      message,
      [&](const std::string& name) {
        const auto it = values.find(name);
        return it == values.end() ? std::string() : it->second;
      },
      &out);
  return out;
}

}  // namespace clausecheck::rules
