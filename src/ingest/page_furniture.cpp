#include "ingest/page_furniture.hpp"

#include <algorithm>
#include <unordered_map>

namespace clausecheck::ingest {

namespace {

// How many lines at a page's head and at its foot may be furniture: a running head and a rule or a
// second head line; a page number and a foot line.
constexpr std::size_t kEdgeLines = 2;

struct PageLines {
  std::size_t first = 0;  // index of the page's first line in `lines`
  std::size_t count = 0;
};

}  // namespace

std::string repeat_key(std::string_view line) {
  std::string key;
  for (const char c : line) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c != ' ' && c != '\t') {
      key += c;
    }
  }
  return key;
}

std::vector<bool> page_furniture(std::string_view text, const std::vector<Line>& lines,
                                 const std::vector<std::uint32_t>& page_starts) {
  std::vector<bool> furniture(lines.size(), false);
  if (page_starts.size() < 2) return furniture;
  // The lines of each page, in one pass: lines and pages are both in text order.
  std::vector<PageLines> pages(page_starts.size());
  for (std::size_t i = 0, page = 0; i < lines.size(); ++i) {
    while (page + 1 < page_starts.size() && lines[i].begin >= page_starts[page + 1]) pages[++page].first = i;
    if (pages[page].count == 0) pages[page].first = i;
    ++pages[page].count;
  }
  const auto key_of = [&](std::size_t i) {
    return repeat_key(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
  };
  const auto edge_line = [&](const PageLines& p, std::size_t k, bool head) {
    return head ? p.first + k : p.first + p.count - 1 - k;
  };
  // On how many pages each key stands at the head, and at the foot: once a page however often it does.
  std::unordered_map<std::string, std::size_t> counts[2];
  for (const PageLines& p : pages)
    for (const bool head : {true, false}) {
      std::vector<std::string> seen;
      for (std::size_t k = 0; k < std::min(kEdgeLines, p.count); ++k) {
        std::string key = key_of(edge_line(p, k, head));
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        ++counts[head][key];
        seen.push_back(std::move(key));
      }
    }
  for (const PageLines& p : pages)
    for (const bool head : {true, false})
      for (std::size_t k = 0; k < std::min(kEdgeLines, p.count); ++k) {
        const std::size_t i = edge_line(p, k, head);
        const std::size_t n = counts[head][key_of(i)];
        furniture[i] = furniture[i] || (n >= 2 && 2 * n >= pages.size());
      }
  return furniture;
}

}  // namespace clausecheck::ingest
