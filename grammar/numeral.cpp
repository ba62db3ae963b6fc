#include "grammar/numeral_def.hpp"

#include <algorithm>

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

bool is_scale(int token) { return token == -4 || token == -8; }

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
  // The token buffer is reused: this runs at every Chinese numeral of a text.
  thread_local std::vector<int> tokens;
  tokens.clear();
  const char* first = text.data();
  if (!x3::parse(first, text.data() + text.size(), chinese_tokens, tokens)) return std::nullopt;
  auto length = static_cast<std::size_t>(first - text.data());
  // A single trailing 万 or 亿 is the quantity's scale, not part of the integer:
  // 四十万元 is 40 with scale 万, as 40万元 is. Every token is one 3-byte character.
  if (is_scale(tokens.back()) && std::count_if(tokens.begin(), tokens.end(), is_scale) == 1) {
    tokens.pop_back();
    length -= 3;
  }
  if (tokens.empty()) return std::nullopt;
  if (auto value = numeral_detail::evaluate(tokens)) return Numeral{static_cast<double>(*value), length, true};
  return std::nullopt;
}

}  // namespace clausecheck::grammar
