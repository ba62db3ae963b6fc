#include "parse/clause_heading.hpp"

#include "ingest/blank.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kHeadingMax = 40;  // code points of a heading sentence

bool is_statute_division(NumberStyle style) {
  return style == NumberStyle::part || style == NumberStyle::chapter || style == NumberStyle::section;
}

// The paragraph without the blanks at its start.
Paragraph trimmed_from(const Paragraph& p, std::uint32_t at) {
  std::size_t begin = at, end = p.text.size();
  ingest::trim_blanks(p.text, begin, end);
  return p.slice(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end));
}

}  // namespace

HeadingSplit split_heading(NumberStyle style, const Paragraph& rest) {
  HeadingSplit out;
  if (is_statute_division(style)) {
    out.heading = squeeze(rest.text);
    return out;
  }
  if (style == NumberStyle::article) {
    if (!rest.text.empty()) out.body.push_back(rest);
    return out;
  }
  // A line with no sentence end at all is a heading line (三、2023年重点工作安排).
  if (!rest.text.empty() && !ends_sentence(rest.text) && !has_sentence_end(rest.text)) {
    out.heading = rest.text;
    return out;
  }
  const std::size_t stop = rest.text.find("。");
  const std::string_view first(rest.text.data(), stop == std::string::npos ? 0 : stop);
  const bool short_plain = stop != std::string::npos && code_points(first) <= kHeadingMax &&
                           find_any(first, {"，", "；", "：", ","}) == std::string_view::npos;
  if (!short_plain) {
    if (!rest.text.empty()) out.body.push_back(rest);
    return out;
  }
  out.heading = std::string(first);
  Paragraph body = trimmed_from(rest, static_cast<std::uint32_t>(stop + std::string_view("。").size()));
  if (!body.text.empty()) out.body.push_back(std::move(body));
  return out;
}

}  // namespace clausecheck::parse
