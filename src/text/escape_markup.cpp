#include "text/escape_markup.hpp"

namespace clausecheck::text {

std::string escape_markup(std::string_view text, bool breaks_as_references) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += breaks_as_references ? "&#10;" : "\n";
        break;
      case '\r':
        out += breaks_as_references ? "&#13;" : "\r";
        break;
      case '\t':
        out += breaks_as_references ? "&#9;" : "\t";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace clausecheck::text
