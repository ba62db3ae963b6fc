#include "ingest/paragraphs.hpp"

#include <algorithm>

#include "ingest/markdown.hpp"
#include "ingest/page_breaks.hpp"
#include "ingest/page_furniture.hpp"
#include "ingest/source_lines.hpp"
#include "text/code_points.hpp"

namespace clausecheck::ingest {

namespace {

// How much narrower than a page's full line a line may be and still fill its column: a paragraph's first
// line is indented by two characters (four columns of printed_width); a heading two characters shorter
// than that is not full.
constexpr std::size_t kWrapSlack = 5;

// The width of a full line of a page: the most common width of its lines (most lines of running text fill
// their column), not the widest, which a line of digits and spaces, narrower on paper than printed_width
// counts them, can exceed. The widest of the most common wins a tie.
std::size_t full_width(std::vector<std::size_t> widths) {
  std::sort(widths.begin(), widths.end());
  std::size_t best = 0, best_count = 0;
  for (std::size_t i = 0; i < widths.size();) {
    std::size_t j = i;
    while (j < widths.size() && widths[j] == widths[i]) ++j;
    if (j - i >= best_count) {
      best = widths[i];
      best_count = j - i;
    }
    i = j;
  }
  return best;
}

// Whether a line of a paged text starts with the two spaces the PDF reader puts before an indented line.
bool starts_indented(std::string_view text, const Line& line) {
  const std::uint32_t b = line.begin;
  return b >= 2 && text.substr(b - 2, 2) == "  " && (b == 2 || text[b - 3] == '\n' || text[b - 3] == '\f');
}

// A paged text's (PDF) lines, each a block of its own, its page furniture left out. A PDF gives a line per
// printed line, without blank lines between paragraphs: a paragraph is made as a paragraph cut by a page
// break is (page_breaks.hpp), by joining a line to the next when it goes on, and a line goes on when it
// fills its column (Block::wrapped).
SourceLines page_lines(std::string_view text, const std::vector<std::uint32_t>& page_starts) {
  const SourceLines all = split_lines(text);
  const std::vector<bool> furniture = page_furniture(text, all.lines, page_starts);
  std::vector<std::size_t> widths(all.lines.size());
  std::vector<std::size_t> page_of(all.lines.size());
  std::vector<std::vector<std::size_t>> page_widths(page_starts.size());
  for (std::size_t i = 0, page = 0; i < all.lines.size(); ++i) {
    const Line& l = all.lines[i];
    while (page + 1 < page_starts.size() && l.begin >= page_starts[page + 1]) ++page;
    page_of[i] = page;
    // printed_width, not a terminal's display_width: a line of a heading with quotes (开展“红色公积金、服务暖人心”)
    // fills its column on paper and must read as full.
    widths[i] = text::printed_width(text.substr(l.begin, l.end - l.begin));
    if (!furniture[i]) page_widths[page].push_back(widths[i]);
  }
  std::vector<std::size_t> full(page_starts.size());
  for (std::size_t p = 0; p < full.size(); ++p) full[p] = full_width(std::move(page_widths[p]));
  SourceLines out;
  for (std::size_t i = 0; i < all.lines.size(); ++i) {
    if (furniture[i]) continue;
    // A line that fills its column goes on, unless it is a paragraph of one line: indented as a first line
    // is, and the next indented too (the PDF reader marks both, pdf_text.hpp), as a title of nearly the
    // column's width is. A line of running text before an indented one is left to the clean-up of page
    // breaks, which joins a paragraph the typesetter cut.
    std::size_t next = i + 1;
    while (next < all.lines.size() && furniture[next]) ++next;
    const bool one_line =
        starts_indented(text, all.lines[i]) && next < all.lines.size() && starts_indented(text, all.lines[next]);
    const bool wrapped = widths[i] + kWrapSlack >= full[page_of[i]] && !one_line;
    out.blocks.push_back({static_cast<std::uint32_t>(out.lines.size()), 1, 1, wrapped});
    out.lines.push_back(all.lines[i]);
  }
  return out;
}

}  // namespace

std::vector<Paragraph> split_paragraphs(const SourceText& source) {
  const std::string_view text = source.text();
  if (!source.page_starts().empty() && source.page_lines() == SourceText::PageLines::printed)
    return pdf_paragraphs(text, page_lines(text, source.page_starts()));
  const SourceLines lines = split_lines(text);
  return is_markdown(text, lines) ? markdown_paragraphs(text, lines) : pdf_paragraphs(text, lines);
}

}  // namespace clausecheck::ingest
