#include "model/finding.hpp"

namespace clausecheck {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "warning";
}

bool parse_severity(const std::string& text, Severity& out) {
  if (text == "error") out = Severity::error;
  else if (text == "warning") out = Severity::warning;
  else if (text == "info") out = Severity::info;
  else return false;
  return true;
}

}  // namespace clausecheck
