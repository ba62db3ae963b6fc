#include "reports/markdown_cell.hpp"

#include <algorithm>

#include "text/escape_visible.hpp"

namespace clausecheck::reports {

namespace {

constexpr std::string_view kZeroWidthSpace = "&#8203;";  // what Dependabot and Renovate put after @ for the same reason

bool backslash_escaped(char c) {
  return c == '\\' || c == '`' || c == '*' || c == '_' || c == '~' || c == '[' || c == ']' || c == '|';
}

std::size_t longest_backtick_run(std::string_view text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace

std::string markdown_cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text::visible(text, text::Breaks::kept)) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '\n') out += "<br>";
    else if (c == '\r') continue;
    else if (backslash_escaped(c)) (out += '\\') += c;
    else if (c == '@' || c == '#') (out += c) += kZeroWidthSpace;
    else out += c;
  }
  return out;
}

std::string markdown_code(std::string_view text) {
  if (text.empty()) return {};
  const std::string shown = text::visible(text);
  const std::string fence(longest_backtick_run(shown) + 1, '`');
  // A space on both sides is stripped by the reader; it keeps a backtick at either end off the fence.
  const bool padded = shown.front() == '`' || shown.back() == '`';
  const std::string_view pad = padded ? " " : "";
  std::string out = fence;
  ((out += pad) += shown) += pad;
  return out += fence;
}

std::string markdown_code_cell(std::string_view text) {
  std::string out;
  for (char c : markdown_code(text)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace clausecheck::reports
