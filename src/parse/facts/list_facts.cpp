#include "parse/facts/list_facts.hpp"

#include "grammar/doc_number.hpp"
#include "text/utf8.hpp"

namespace clausecheck::parse {

// The word lists are string_view literals: built from character pointers, a
// list measured each of its words with strlen every time it was walked.
using namespace std::string_view_literals;

namespace {

// Views into the list: a bare bracket is kept only when every item names a
// unit, and most brackets hold something else.
std::vector<std::string_view> split_units(std::string_view list) {
  std::vector<std::string_view> units;
  units.reserve(16);  // a list of units runs to a dozen: grown one by one, it was reallocated four times
  std::size_t begin = 0;
  auto flush = [&](std::size_t end) {
    std::string_view unit = list.substr(begin, end - begin);
    while (unit.starts_with(" ")) unit.remove_prefix(1);
    while (unit.ends_with(" ")) unit.remove_suffix(1);
    if (!unit.empty()) units.emplace_back(unit);
  };
  // The separators are , 、 ， ；: a character is decoded only at their
  // first bytes. Stepped character by character: a list is Chinese, and
  // testing each of its bytes cost three times as much.
  static constexpr std::u32string_view separators = U",、，；";
  static constexpr text::ByteFilter separator_starts = text::first_bytes(separators);
  for (std::size_t at = 0; at < list.size();) {
    const auto lead = static_cast<unsigned char>(list[at]);
    if (separator_starts[lead]) {
      const auto c = text::decode_at(list, at);
      if (separators.find(c.value) != std::u32string_view::npos) {
        flush(at);
        begin = at + c.length;
      }
    }
    at += text::sequence_length(lead);
  }
  flush(list.size());
  return units;
}

// The closing bracket matching an opening one of either width, or npos.
std::size_t closing_bracket(std::string_view text, std::size_t from) {
  const auto full = text.find("）", from), half = text.find(')', from);
  return std::min(full, half);
}

// Just after the last opening bracket of either width before `end`, or 0.
// One pass back over the bytes: string_view::rfind of a three-byte word
// compares at every byte.
std::size_t after_open_bracket(std::string_view text, std::size_t end) {
  constexpr std::string_view full = "（";
  for (std::size_t at = end; at-- > 0;) {
    if (text[at] == '(') return at + 1;
    if (text[at] == full[2] && at >= 2 && text.substr(at - 2, 3) == full) return at + 1;
  }
  return 0;
}

bool looks_like_unit(std::string_view u) {
  for (std::string_view end : {"局"sv, "委"sv, "办"sv, "政府"sv, "管委会"sv, "厅"sv, "院"sv, "行"sv, "海关"sv, "段"sv,
                               "中心"sv, "部"sv, "会"sv, "室"sv, "所"sv, "队"sv, "司"sv})
    if (ends_in(u, end)) return true;
  return false;
}

// The list up to the end of its last item: no spaces or separators after it.
std::string_view without_trailing_separators(std::string_view list) {
  bool trimmed = true;
  while (trimmed) {
    trimmed = false;
    for (std::string_view tail : {" "sv, ","sv, "、"sv, "，"sv, "；"sv})
      if (list.ends_with(tail)) {
        list.remove_suffix(tail.size());
        trimmed = true;
      }
  }
  return list;
}

}  // namespace

void scan_responsibility(FactSink& sink, const Triggers& triggers) {
  const std::string_view text = sink.paragraph.text;
  bool labelled = false;
  for (const std::uint32_t at : triggers.duty) {
    if (!text.substr(at).starts_with("责任单位")) continue;
    labelled = true;
    std::size_t begin = at;
    if (at >= 3 && text.substr(at - 3, 3) == "（") begin = at - 3;
    else if (at >= 1 && text[at - 1] == '(') begin = at - 1;
    std::size_t p = at + std::string_view("责任单位").size();
    for (std::string_view colon : {"："sv, ":"sv})
      if (auto e = word_after(text, p, colon)) p = *e;
    std::size_t close = closing_bracket(text, p);
    const std::size_t list_end = close == std::string_view::npos ? text.size() : close;
    const std::size_t end = close == std::string_view::npos ? text.size() : close + (text[close] == ')' ? 1 : 3);
    const auto units = split_units(text.substr(p, list_end - p));
    if (!units.empty()) sink.add(facts::Responsibility{{units.begin(), units.end()}}, begin, end);
  }
  if (labelled) return;
  // A bare list in brackets at the end of the paragraph, every item a unit.
  std::string_view trimmed = text.substr(0, skip_spaces_back(text, text.size()));
  std::size_t close = trimmed.ends_with("）")  ? trimmed.size() - 3
                      : trimmed.ends_with(")") ? trimmed.size() - 1
                                               : std::string_view::npos;
  if (close == std::string_view::npos) return;
  const std::size_t open = after_open_bracket(trimmed, close);
  if (open == 0) return;
  // Most brackets at a paragraph's end hold something else: when the last
  // item names no unit, the list is not split at all.
  if (!looks_like_unit(without_trailing_separators(trimmed.substr(open, close - open)))) return;
  const auto units = split_units(trimmed.substr(open, close - open));
  if (units.size() < 2) return;
  for (std::string_view u : units)
    if (!looks_like_unit(u)) return;
  sink.add(facts::Responsibility{{units.begin(), units.end()}}, open - (text[open - 1] == '(' ? 1 : 3), trimmed.size());
}

namespace {

bool stops_agency(char32_t c) {
  return c < 0x80 || c == U'（' || c == U'，' || c == U'、' || c == U'《' || c == U'》' || c == U'。' || c == U'：' ||
         c == U'；' || c == U'“' || c == U'”' || c == U'和' || c == U'及' || c == U'与' ||
         // verbs and particles that lead in a citation: 参照, 根据, 按, 依, 见, 经, 于, 的
         c == U'照' || c == U'据' || c == U'按' || c == U'依' || c == U'见' || c == U'经' || c == U'于' || c == U'的' ||
         c == U'在' || c == U'将' || c == U'对' || c == U'由';
}

// The document number whose bracket opens at `bracket`: its agency stands just
// before, up to eight characters back.
std::optional<std::pair<std::size_t, grammar::DocNumberMatch>> number_at_bracket(std::string_view text,
                                                                                 std::size_t bracket) {
  std::vector<std::size_t> starts;
  std::size_t at = bracket;
  for (int n = 0; n < 8 && at > 0; ++n) {
    const auto cp = text::decode_before(text, at);
    if (stops_agency(cp.value)) break;
    at -= cp.length;
    starts.push_back(at);
  }
  for (auto it = starts.rbegin(); it != starts.rend(); ++it)
    if (auto m = grammar::match_doc_number(text.substr(*it)); m && m->number.year) return std::pair{*it, *m};
  return std::nullopt;
}

}  // namespace

void scan_references(FactSink& sink, const Triggers& triggers, const std::optional<DocNumber>& own) {
  const std::string_view text = sink.paragraph.text;
  std::vector<std::pair<std::size_t, std::size_t>> cited;  // numbers already attached to a title
  std::size_t resume = 0;
  for (const std::uint32_t at : triggers.titles) {
    if (at < resume) continue;  // a 《 nested in a title
    const std::size_t close = text.find("》", at);
    if (close == std::string_view::npos) break;
    facts::Reference ref{std::string(text.substr(at + 3, close - at - 3)), std::nullopt};
    std::size_t end = close + 3;
    for (std::string_view open : {"（"sv, "("sv})
      if (auto p = word_after(text, end, open)) {
        if (auto m = grammar::match_doc_number(text.substr(*p)); m && m->number.year) {
          ref.number = m->number;
          end = *p + m->length;
          const std::size_t c = closing_bracket(text, end);
          if (c != std::string_view::npos && c <= end + 1) end = c + (text[c] == ')' ? 1 : 3);
          cited.push_back({at, end});
        }
      }
    sink.add(std::move(ref), at, end);
    resume = close;
  }
  for (const std::uint32_t at : triggers.brackets) {
    auto found = number_at_bracket(text, at);
    if (!found) continue;
    const auto [begin, m] = *found;
    bool inside = false;
    for (auto [b, e] : cited) inside |= begin >= b && begin < e;
    if (inside || (own && m.number.agency == own->agency && m.number.year == own->year && m.number.seq == own->seq))
      continue;
    sink.add(facts::Reference{std::string(), m.number}, begin, begin + m.length);
  }
}

}  // namespace clausecheck::parse
