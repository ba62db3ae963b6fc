#include "parse/gazette_layout.hpp"

#include <array>
#include <string>

#include "grammar/masthead.hpp"
#include "parse/date_line.hpp"
#include "parse/text_shape.hpp"
#include "text/utf8.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kMastheadReach = 80;     // paragraphs searched for the masthead
constexpr std::size_t kMastheadLineMax = 120;  // bytes; masthead lines are short

// 第2号（总第124号）, brackets of either width.
bool read_issue_line(std::string_view text, int& issue, int& running) {
  const auto line = grammar::match_issue_line(text);
  if (!line) return false;
  issue = line->issue;
  running = line->running;
  return true;
}

// A year the masthead can carry: only such a year is taken, so a page's 3000 does not stop the
// search for it.
bool is_year_line(std::string_view text, int& year) {
  const auto value = grammar::parse_four_digits(text);
  if (!value || *value < 1949 || *value > 2100) return false;
  year = *value;
  return true;
}

// "/03" ends a contents entry; the number is the page. PDF extraction may glue
// it to the title line before it.
std::optional<int> page_suffix(std::string_view text, std::size_t& title_end) {
  const auto slash = text.rfind('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto page = grammar::parse_whole_number(text.substr(slash + 1));
  if (page) title_end = slash;
  return page;
}

bool is_category(std::string_view text) { return text.starts_with("【") && text.ends_with("】"); }

constexpr std::size_t kTitlePieceMax = 60;  // code points, squeezed

// A line that can be part of a title in the contents: not the editorial board,
// the circulation note or the English masthead that share its pages.
bool is_title_piece(std::string_view text) {
  if (text.empty() || find_any(text, {"：", ":"}) != std::string_view::npos) return false;
  if (text.starts_with("（") || text.starts_with("(")) return false;
  for (char c : text)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return false;
  int year = 0;
  return !is_year_line(text, year) && text::code_point_count(text) <= kTitlePieceMax;
}

constexpr std::array kColophonKeys = {"主办单位", "编辑出版", "出版日期", "通讯地址", "邮政编码",
                                      "联系电话", "印刷单位", "准印证号", "网址",     "传真",
                                      "电子邮箱", "承办单位", "刊号"};

bool is_colophon_line(std::string_view text) {
  for (std::string_view key : kColophonKeys)
    if (text.starts_with(key) && text.substr(key.size()).starts_with("：")) return true;
  return false;
}

// Whether squeeze(text) may be `squeezed`: its first and last bytes are.
bool same_ends(std::string_view text, std::string_view squeezed) {
  const std::string_view ends = squeeze_ends(text);
  return !ends.empty() && !squeezed.empty() && ends.front() == squeezed.front() && ends.back() == squeezed.back();
}

struct ContentsScan {
  std::vector<TocEntry> entries;
  std::size_t body_begin = 0;
};

// Reads the contents from 目录 on; the body starts at the first paragraph after
// the last page line that repeats the first title.
ContentsScan read_contents(const std::vector<Paragraph>& ps, std::size_t toc) {
  ContentsScan scan;
  std::string title;
  std::uint32_t title_begin = 0;  // where `title` starts, while it is not empty
  std::size_t last_page = toc;
  for (std::size_t i = toc + 1; i < ps.size(); ++i) {
    // The scan runs until the body repeats the first title, over hundreds of paragraphs of a gazette's
    // body when its first title is not found at once. One without '/' and longer than a title piece is
    // neither a page line nor a piece: it is squeezed only to ask whether it is the first title, and
    // only when it begins and ends with that title's bytes (squeezing drops only blanks and line breaks).
    const std::string_view raw = ps[i].text;
    if (raw.find('/') == std::string_view::npos && has_more_characters_than(raw, kTitlePieceMax) &&
        !(!scan.entries.empty() && i > last_page + 1 && same_ends(raw, scan.entries.front().title))) {
      title.clear();
      continue;
    }
    const std::string text = squeeze(raw);
    if (!scan.entries.empty() && i > last_page + 1 && text == scan.entries.front().title) {
      scan.body_begin = i;
      break;
    }
    std::size_t title_end = text.size();
    if (const auto page = page_suffix(text, title_end)) {
      if (title_end > 0) {
        if (title.empty()) title_begin = ps[i].source_span().begin;
        title += text.substr(0, title_end);
      }
      if (!title.empty()) scan.entries.push_back({title, *page, {title_begin, ps[i].source_span().end}});
      title.clear();
      last_page = i;
      continue;
    }
    if (is_category(text) || !is_title_piece(text)) {
      title.clear();
      continue;
    }
    if (title.empty()) title_begin = ps[i].source_span().begin;
    title += text;
  }
  if (scan.body_begin == 0) scan.body_begin = last_page + 1;
  return scan;
}

}  // namespace

std::optional<GazetteLayout> read_gazette(const std::vector<Paragraph>& ps) {
  GazetteLayout layout;
  Gazette& g = layout.gazette;
  std::optional<std::size_t> toc;
  bool issue_found = false;
  const std::size_t reach = std::min(ps.size(), kMastheadReach);
  for (std::size_t i = 0; i < reach; ++i) {
    if (ps[i].text.size() > kMastheadLineMax) continue;
    const std::string text = squeeze(ps[i].text);
    if (g.name.empty() && text.size() > 6 && text.ends_with("公报")) {
      g.name = text;
      g.span = ps[i].source_span();
      continue;
    }
    if (g.year == 0 && is_year_line(text, g.year)) continue;
    if (!issue_found) issue_found = read_issue_line(text, g.issue, g.running);
    if (!toc && text == "目录") toc = i;
  }
  if (!issue_found || g.name.empty()) return std::nullopt;

  layout.body_begin = 0;
  if (toc) {
    ContentsScan contents = read_contents(ps, *toc);
    g.toc = std::move(contents.entries);
    layout.body_begin = contents.body_begin;
  }
  layout.body_end = ps.size();
  while (layout.body_end > layout.body_begin && is_colophon_line(squeeze(ps[layout.body_end - 1].text))) {
    const std::string text = squeeze(ps[layout.body_end - 1].text);
    if (text.starts_with("出版日期"))
      g.published = parse_date_line(std::string_view(text).substr(std::string_view("出版日期：").size()));
    --layout.body_end;
  }
  return layout;
}

}  // namespace clausecheck::parse
