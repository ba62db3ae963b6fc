#include "parse/clause_heading.hpp"

#include "text/blank.hpp"
#include "parse/clause_tree.hpp"
#include "parse/text_shape.hpp"
#include "text/utf8.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kHeadingMax = 40;                                 // code points of a heading sentence
constexpr std::size_t kBracketHeadingMin = 2, kBracketHeadingMax = 16;  // code points of 目的和依据

bool is_statute_division(NumberStyle style) {
  return style == NumberStyle::part || style == NumberStyle::chapter || style == NumberStyle::section;
}

// The paragraph from `at` on without the blanks around it, cut from p itself.
Paragraph trimmed_from(Paragraph p, std::uint32_t at) {
  std::size_t begin = at, end = p.text.size();
  text::trim_blanks(p.text, begin, end);
  return std::move(p).slice(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end));
}

// 第一条（目的和依据）为了…: an article headed in brackets, as Shanghai's rules
// print them: the heading and where the bracket ends. A one-character bracket
// is text (（镇）土地利用总体规划), one with punctuation a note or a citation.
struct BracketHeading {
  std::string_view inner;
  std::size_t end = 0;
};
std::optional<BracketHeading> bracket_heading(std::string_view text) {
  const std::size_t open = text.starts_with("（") ? 3 : text.starts_with("(") ? 1 : 0;
  if (!open) return std::nullopt;
  const std::size_t close = find_any(text, {"）", ")"});
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view inner = text.substr(open, close - open);
  const std::size_t length = text::code_point_count(inner);
  if (length < kBracketHeadingMin || length > kBracketHeadingMax || has_sentence_end(inner) ||
      find_any(inner, {"，", "、", "《", "（", "("}) != std::string_view::npos)
    return std::nullopt;
  return BracketHeading{inner, close + (text.substr(close).starts_with("）") ? 3 : 1)};
}

}  // namespace

HeadingSplit split_heading(NumberStyle style, Paragraph rest) {
  HeadingSplit out;
  if (is_statute_division(style)) {
    out.heading = squeeze(rest.text);
    return out;
  }
  if (style == NumberStyle::article) {
    if (const auto bracket = bracket_heading(rest.text)) {
      out.heading = bracket->inner;
      Paragraph body = trimmed_from(std::move(rest), static_cast<std::uint32_t>(bracket->end));
      if (!body.text.empty()) out.body.push_back(std::move(body));
      return out;
    }
    if (!rest.text.empty()) out.body.push_back(std::move(rest));
    return out;
  }
  // A line with no sentence end at all is a heading line (三、2023年重点工作安排).
  if (!rest.text.empty() && !ends_sentence(rest.text) && !has_sentence_end(rest.text)) {
    out.heading = rest.text;
    out.heading_source = std::move(rest);
    return out;
  }
  const std::size_t stop = rest.text.find("。");
  const std::string_view first(rest.text.data(), stop == std::string::npos ? 0 : stop);
  // 五、本通知自2023年1月1日起执行。 is the document's closing statement, not a heading.
  const bool short_plain = stop != std::string::npos && text::code_point_count(first) <= kHeadingMax &&
                           find_any(first, {"，", "；", "：", ","}) == std::string_view::npos &&
                           !is_closing_statement(first);
  if (!short_plain) {
    if (!rest.text.empty()) out.body.push_back(std::move(rest));
    return out;
  }
  out.heading = std::string(first);
  out.heading_source = rest.slice(0, static_cast<std::uint32_t>(stop));
  Paragraph body = trimmed_from(std::move(rest), static_cast<std::uint32_t>(stop + std::string_view("。").size()));
  if (!body.text.empty()) out.body.push_back(std::move(body));
  return out;
}

}  // namespace clausecheck::parse
