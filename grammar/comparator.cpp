#include "grammar/comparator_def.hpp"

#include <array>
#include <cstdint>

#include "text/utf8.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(comparator_before_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(comparator_after_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(change_word_type, iterator_type, context_type)

comparator_before_type const& comparator_before() { return comparator_before_rule; }
comparator_after_type const& comparator_after() { return comparator_after_rule; }

namespace {
template <typename Rule>
std::optional<ComparatorMatch> match_at(const Rule& rule, std::string_view text, std::size_t offset) {
  const char* first = text.data() + offset;
  const char* last = text.data() + text.size();
  Comparator op{};
  if (!x3::parse(first, last, rule, op)) return std::nullopt;
  return ComparatorMatch{op, offset, static_cast<std::size_t>(first - (text.data() + offset))};
}

// The first characters of the words before a figure, so the backward search
// runs the grammar only where a word can start; keep in step with the
// tables of comparator_def.hpp.
bool may_start_word(std::string_view text, std::size_t at) {
  static constexpr std::u32string_view leads = U"不最至控低超高大多突达提降增约接少小";
  // A filter on the low ten bits of the code point first: one test instead
  // of a walk through the list at nearly every character.
  static constexpr auto filter = [] {
    std::array<std::uint64_t, 16> bits{};
    for (char32_t c : leads) bits[(c >> 6) & 15] |= std::uint64_t{1} << (c & 63);
    return bits;
  }();
  if (at + 3 > text.size() || !text::leads_three_bytes(text[at])) return false;
  const char32_t c = text::decode_at(text, at).value;
  if (!(filter[(c >> 6) & 15] >> (c & 63) & 1)) return false;
  return leads.find(c) != std::u32string_view::npos;
}
}  // namespace

std::optional<ComparatorMatch> match_comparator_before(std::string_view text) {
  return match_at(comparator_before_rule, text, 0);
}

namespace {
// The word found may be the tail of a longer one: 超过 in 不得超过.
ComparatorMatch widen(std::string_view text, ComparatorMatch found) {
  const std::size_t end = found.offset + found.length;
  for (std::size_t back = 1; back <= 3 && found.offset >= 3 * back; ++back)
    if (auto m = match_at(comparator_before_rule, text, found.offset - 3 * back); m && m->offset + m->length >= end)
      found = *m;
  return found;
}
}  // namespace

std::optional<ComparatorMatch> find_comparator_before(std::string_view text) {
  // From the figure backwards: the nearest word binds it, except that a plain
  // 达到 yields to a bound written earlier (最高…达到).
  std::optional<ComparatorMatch> nearest;
  for (std::size_t at = text.size(); at-- > 0;) {
    if (text::is_continuation(text[at]) || !may_start_word(text, at)) continue;
    auto m = match_at(comparator_before_rule, text, at);
    if (!m) continue;
    *m = widen(text, *m);
    at = m->offset;
    if (m->op != Comparator::eq && m->op != Comparator::approx) return m;
    if (!nearest) nearest = m;
  }
  return nearest;
}

std::optional<int> match_change_before(std::string_view head) {
  // The words are two characters, with an optional 了 and spaces: the
  // few starts that can close the text are tried, longest first.
  std::size_t end = head.size();
  while (end > 0 && head[end - 1] == ' ') --end;
  // Every change word ends in one of these (or is followed by 了): most figures
  // follow none, and the grammar is not run for them. Told by the code point
  // of the last character, read from its three bytes.
  static constexpr std::u32string_view lasts = U"长加高升涨低降少跌落滑了";
  if (end < 6 || !text::leads_three_bytes(head[end - 3])) return std::nullopt;
  const char32_t last = text::decode_at(head, end - 3).value;
  if (lasts.find(last) == std::u32string_view::npos) return std::nullopt;
  for (const std::size_t back : {std::size_t{9}, std::size_t{6}}) {
    if (back > end) continue;
    const char* first = head.data() + end - back;
    int direction = 0;
    if (x3::parse(first, head.data() + head.size(), change_word_rule, direction)) return direction;
  }
  return std::nullopt;
}

std::optional<ComparatorMatch> match_comparator_after(std::string_view text) {
  return match_at(comparator_after_rule, text, 0);
}

}  // namespace clausecheck::grammar
