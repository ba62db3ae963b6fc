#include "grammar/clause_number_def.hpp"

#include <boost/range/iterator_range.hpp>
#include <charconv>
#include <tuple>

#include "grammar/numeral.hpp"

namespace clausecheck::grammar {

namespace {

namespace x3 = boost::spirit::x3;
using Iterator = std::string_view::const_iterator;
// What x3::raw hands back: the matched bytes in place, no string filled.
using Piece = boost::iterator_range<Iterator>;

std::string_view view(const Piece& piece) { return {piece.begin(), piece.end()}; }

std::optional<int> numeral_value(std::string_view text) {
  if (!text.empty() && text[0] >= '0' && text[0] <= '9') {
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  const auto value = parse_chinese_integer(text);
  if (!value || *value <= 0 || *value > 100000) return std::nullopt;
  return static_cast<int>(*value);
}

NumberStyle statute_style(std::string_view unit) {
  if (unit == "条") return NumberStyle::article;
  if (unit == "节") return NumberStyle::section;
  if (unit == "章") return NumberStyle::chapter;
  return NumberStyle::part;
}

// Skips the spaces after a number; an article number must be followed by one.
std::uint32_t skip_gap(std::string_view text, std::uint32_t at) {
  Iterator it = text.begin() + at;
  x3::parse(it, text.end(), *parser::gap);
  return static_cast<std::uint32_t>(it - text.begin());
}

template <typename Parser, typename Attribute>
std::optional<std::uint32_t> try_parse(std::string_view text, const Parser& p, Attribute& attr) {
  Iterator it = text.begin();
  if (!x3::parse(it, text.end(), p, attr)) return std::nullopt;
  return static_cast<std::uint32_t>(it - text.begin());
}

// The number's strings are made here, once a match is sure: constructed from
// the text, not assigned to empty strings.
ClauseNumberMatch finish(std::string_view text, ClauseNumber number, std::string label, std::uint32_t used) {
  number.label = std::move(label);
  number.printed = std::string(text.substr(0, used));
  return ClauseNumberMatch{std::move(number), skip_gap(text, used)};
}

// 第一百二十四 条 is labelled 第一百二十四条.
std::string gapless_label(std::string_view numeral, std::string_view unit, std::string_view sub) {
  constexpr std::string_view di = "第";
  std::string label;
  label.reserve(di.size() + numeral.size() + unit.size() + sub.size());
  label.append(di).append(numeral).append(unit).append(sub);
  return label;
}

std::optional<ClauseNumberMatch> match_statute(std::string_view text, bool glued = false) {
  std::tuple<Piece, Piece, Piece> attr;
  auto used = try_parse(text, parser::statute_number, attr);
  if (!used) return std::nullopt;
  const std::string_view numeral = view(std::get<0>(attr));
  const bool inner_gap = !std::get<1>(attr).empty();
  const std::string_view unit = view(std::get<2>(attr));
  const auto value = numeral_value(numeral);
  if (!value) return std::nullopt;
  ClauseNumber n;
  n.style = statute_style(unit);
  n.value = *value;
  std::string_view sub_text;  // 之一, as printed
  Piece sub;
  if (const auto sub_used = try_parse(text.substr(*used), parser::statute_sub, sub)) {
    const auto sub_value = numeral_value(view(sub));
    if (!sub_value) return std::nullopt;
    n.sub = *sub_value;
    sub_text = text.substr(*used, *sub_used);
    *used += *sub_used;
  }
  // 第三条规定的 cites an article; with a gap inside the number (no citation is
  // written so) the separator after it was moved, not missing.
  const std::uint32_t after = skip_gap(text, *used);
  Iterator heading = text.begin() + *used;
  if (!glued && n.style == NumberStyle::article && !inner_gap && after == *used && *used != text.size() &&
      !x3::parse(heading, text.end(), parser::article_heading_open))
    return std::nullopt;
  // A 编, 章 or 节 heading is a title, never a sentence: one glued to a sentence
  // (第七节相应改为第八节，…。, closing an amendment) speaks of the numbering, as
  // 第三条规定的 does. A copy may glue a real title (第一章总则), which ends no sentence.
  if (!glued && n.style != NumberStyle::article && !inner_gap && after == *used &&
      text.find("。", *used) != std::string_view::npos)
    return std::nullopt;
  // The label is the number as printed, but for a gap inside it.
  std::string label = inner_gap ? gapless_label(numeral, unit, sub_text) : std::string(text.substr(0, *used));
  return finish(text, std::move(n), std::move(label), *used);
}

std::optional<ClauseNumberMatch> match_dun(std::string_view text) {
  Piece numeral;
  const auto used = try_parse(text, parser::dun_number, numeral);
  if (!used) return std::nullopt;
  const auto value = numeral_value(view(numeral));
  if (!value) return std::nullopt;
  ClauseNumber n;
  n.style = NumberStyle::cn_dun;
  n.value = *value;
  return finish(text, std::move(n), std::string(view(numeral)), *used);
}

template <typename Parser>
std::optional<ClauseNumberMatch> match_paren(std::string_view text, const Parser& p, NumberStyle style) {
  std::tuple<Piece, Piece, Piece> attr;
  const auto used = try_parse(text, p, attr);
  if (!used) return std::nullopt;
  const auto value = numeral_value(view(std::get<1>(attr)));
  if (!value) return std::nullopt;
  ClauseNumber n;
  n.style = style;
  n.value = *value;
  n.half_width = view(std::get<0>(attr)) == "(" || view(std::get<2>(attr)) == ")";
  return finish(text, std::move(n), std::string(text.substr(0, *used)), *used);
}

std::optional<ClauseNumberMatch> match_dot(std::string_view text) {
  std::tuple<Piece, Piece> attr;
  const auto used = try_parse(text, parser::dot_number, attr);
  if (!used) return std::nullopt;
  const std::string_view digits = view(std::get<0>(attr));
  ClauseNumber n;
  n.style = NumberStyle::arabic_dot;
  n.value = *numeral_value(digits);
  n.half_width = view(std::get<1>(attr)) == ".";
  return finish(text, std::move(n), std::string(digits), *used);
}

}  // namespace

// The first character decides which form can match: this runs on every
// paragraph, so it tries one parser, not five.
std::optional<ClauseNumberMatch> match_clause_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (text.starts_with("第")) return match_statute(text);
  if (text.starts_with("（") || text.starts_with("(")) {
    if (auto m = match_paren(text, parser::paren_cn_number, NumberStyle::cn_paren)) return m;
    return match_paren(text, parser::paren_ar_number, NumberStyle::arabic_paren);
  }
  if (text[0] >= '0' && text[0] <= '9') return match_dot(text);
  return match_dun(text);
}

std::optional<ClauseNumberMatch> match_glued_article(std::string_view text) {
  if (!text.starts_with("第")) return std::nullopt;
  auto m = match_statute(text, true);
  if (m && m->number.style != NumberStyle::article) return std::nullopt;
  return m;
}

std::vector<IntroducedNumbers> numbers_introduced(std::string_view text) {
  std::vector<IntroducedNumbers> out;
  constexpr std::string_view cue = "作为";
  for (std::size_t at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + cue.size())) {
    const std::string_view rest = text.substr(at + cue.size());
    const auto first = match_statute(rest, true);
    if (!first) continue;
    IntroducedNumbers numbers{first->number.style, first->number.value, first->number.value};
    Iterator it = rest.begin() + static_cast<std::ptrdiff_t>(first->number.printed.size());
    if (x3::parse(it, rest.end(), parser::range_to)) {
      const auto last = match_statute(rest.substr(static_cast<std::size_t>(it - rest.begin())), true);
      if (last && last->number.style == numbers.style && last->number.value > numbers.first)
        numbers.last = last->number.value;
    }
    out.push_back(numbers);
  }
  return out;
}

}  // namespace clausecheck::grammar
