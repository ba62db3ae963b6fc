#include "ingest/markdown.hpp"

#include "text/blank.hpp"

namespace clausecheck::ingest {

bool is_markdown(std::string_view text, const SourceLines& lines) {
  if (lines.lines.empty()) return false;
  const Line& first = lines.lines.front();
  if (text.substr(first.begin, first.end - first.begin).starts_with("# ")) return true;
  return text.find("<!-- INFO END -->") != std::string_view::npos;
}

namespace {

// Byte length of a heading marker "## " at the start of a line, 0 if none.
std::size_t heading_marker(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && n < 7 && line[n] == '#') ++n;
  if (n == 0 || n > 6) return 0;
  if (n == line.size()) return n;
  std::size_t end = n;
  std::size_t e = line.size();
  text::trim_blanks(line, end, e);
  return end > n ? end : 0;
}

}  // namespace

std::vector<Paragraph> markdown_paragraphs(std::string_view text, const SourceLines& lines) {
  std::vector<Paragraph> out;
  out.reserve(lines.blocks.size());  // a block is a paragraph, but for its headings and comments
  bool in_comment = false;
  for (const Block& block : lines.blocks) {
    std::uint32_t run = 0;  // lines of running text waiting in [i - run, i)
    const auto flush = [&](std::uint32_t end) {
      if (run > 0) out.push_back(lines_paragraph(text, &lines.lines[block.first + end - run], run));
      run = 0;
    };
    for (std::uint32_t i = 0; i < block.count; ++i) {
      const Line& l = lines.lines[block.first + i];
      const std::string_view line = text.substr(l.begin, l.end - l.begin);
      if (in_comment || line.starts_with("<!--")) {
        flush(i);
        in_comment = line.find("-->") == std::string_view::npos;
        continue;
      }
      if (const std::size_t marker = heading_marker(line)) {
        flush(i);
        if (marker < line.size())
          out.push_back(make_paragraph(std::string(line.substr(marker)), l.begin + static_cast<std::uint32_t>(marker)));
        continue;
      }
      ++run;
    }
    flush(block.count);
  }
  return out;
}

}  // namespace clausecheck::ingest
