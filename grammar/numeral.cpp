#include "grammar/numeral_def.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(chinese_integer_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(chinese_digits_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(arabic_number_type, iterator_type, context_type)

chinese_integer_type const& chinese_integer() { return chinese_integer_rule; }
chinese_digits_type const& chinese_digits() { return chinese_digits_rule; }
arabic_number_type const& arabic_number() { return arabic_number_rule; }

namespace {

template <typename Rule, typename Value>
std::optional<Value> parse_whole(const Rule& rule, std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  Value value{};
  if (x3::parse(first, last, rule, value) && first == last) return value;
  return std::nullopt;
}

// Bytes of the run of Chinese numeral characters at the start of text.
std::size_t chinese_run(std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  std::vector<int> tokens;
  x3::parse(first, last, chinese_tokens, tokens);
  return static_cast<std::size_t>(first - text.data());
}

bool ends_with_scale(std::string_view run) { return run.ends_with("万") || run.ends_with("亿"); }

int scale_count(std::string_view run) {
  int n = 0;
  for (std::size_t at = 0; at + 3 <= run.size(); at += 3) {
    const auto ch = run.substr(at, 3);
    if (ch == "万" || ch == "亿") ++n;
  }
  return n;
}

}  // namespace

std::optional<long long> parse_chinese_integer(std::string_view text) {
  return parse_whole<chinese_integer_type, long long>(chinese_integer_rule, text);
}

std::optional<long long> parse_chinese_digits(std::string_view text) {
  return parse_whole<chinese_digits_type, long long>(chinese_digits_rule, text);
}

std::optional<double> parse_arabic_number(std::string_view text) {
  return parse_whole<arabic_number_type, double>(arabic_number_rule, text);
}

std::optional<Numeral> match_numeral(std::string_view text) {
  {
    const char* first = text.data();
    const char* last = first + text.size();
    double value = 0;
    if (x3::parse(first, last, arabic_number_rule, value))
      return Numeral{value, static_cast<std::size_t>(first - text.data()), false};
  }
  std::string_view run = text.substr(0, chinese_run(text));
  if (run.empty()) return std::nullopt;
  // A single trailing 万 or 亿 is the quantity's scale, not part of the integer:
  // 四十万元 is 40 with scale 万, as 40万元 is.
  if (ends_with_scale(run) && scale_count(run) == 1) run.remove_suffix(3);
  if (auto value = parse_chinese_integer(run)) return Numeral{static_cast<double>(*value), run.size(), true};
  return std::nullopt;
}

}  // namespace clausecheck::grammar
