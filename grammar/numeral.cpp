#include "grammar/numeral_def.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

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

// 千克, 千米, 千瓦: a trailing 千 before these is the unit's, not the number's
// (五十千克 is 50 千克; 五千克 is 5 千克, the same weight as 5000 克).
bool kilo_unit_follows(std::string_view rest) {
  for (std::string_view unit : {"千克", "千米", "千瓦"})
    if (rest.starts_with(unit)) return true;
  return false;
}

// The tokens of the Chinese numeral at first, in a buffer reused from call to
// call: this runs at every Chinese numeral of a text and every clause number.
std::vector<int>* read_chinese_tokens(const char*& first, const char* last) {
  thread_local std::vector<int> tokens;
  tokens.clear();
  if (!x3::parse(first, last, chinese_tokens, tokens)) return nullptr;
  return &tokens;
}

}  // namespace

std::optional<long long> parse_chinese_integer(std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  const std::vector<int>* tokens = read_chinese_tokens(first, last);
  if (!tokens || first != last) return std::nullopt;
  return numeral_detail::evaluate(*tokens);
}

std::optional<long long> parse_chinese_digits(std::string_view text) {
  return parse_whole<chinese_digits_type, long long>(chinese_digits_rule, text);
}

std::optional<double> parse_arabic_number(std::string_view text) {
  return parse_whole<arabic_number_type, double>(arabic_number_rule, text);
}

std::optional<RangeStart> match_range_start(std::string_view text) {
  const auto sp = *(x3::lit(' ') | x3::lit("\u3000"));
  const auto mark = x3::lit("—") | x3::lit("－") | x3::lit('-') | x3::lit("–") | x3::lit("～") | x3::lit('~') |
                    x3::lit("至") | x3::lit("到");
  auto from = match_numeral(text);
  if (!from) return std::nullopt;
  const char* first = text.data() + from->length;
  if (!x3::parse(first, text.data() + text.size(), sp >> mark >> sp)) return std::nullopt;
  return RangeStart{*from, static_cast<std::size_t>(first - text.data())};
}

std::optional<Numeral> match_numeral(std::string_view text) {
  {
    const char* first = text.data();
    const char* last = first + text.size();
    double value = 0;
    if (x3::parse(first, last, arabic_number_rule, value))
      return Numeral{value, static_cast<std::size_t>(first - text.data()), false};
  }
  const char* first = text.data();
  std::vector<int>* read = read_chinese_tokens(first, text.data() + text.size());
  if (!read) return std::nullopt;
  std::vector<int>& tokens = *read;
  auto length = static_cast<std::size_t>(first - text.data());
  // A single trailing 万 or 亿 is the quantity's scale, not part of the integer:
  // 四十万元 is 40 with scale 万, as 40万元 is; a trailing 千 of 千克, 千米, 千瓦 is
  // the unit's (kilo_unit_follows). Every token is one 3-byte character.
  const bool scale_last = is_scale(tokens.back()) && std::count_if(tokens.begin(), tokens.end(), is_scale) == 1;
  if (scale_last || (tokens.back() == -3 && tokens.size() > 1 && kilo_unit_follows(text.substr(length - 3)))) {
    tokens.pop_back();
    length -= 3;
  }
  if (tokens.empty()) return std::nullopt;
  auto value = numeral_detail::evaluate(tokens);
  if (!value) return std::nullopt;
  Numeral out{static_cast<double>(*value), length, true};
  // 二点五, 六点四二万: a decimal read digit by digit after 点; a scale after
  // the integer (四十万点五) makes no decimal.
  if (length == static_cast<std::size_t>(first - text.data())) {
    thread_local std::vector<int> fraction;
    fraction.clear();
    const char* point = text.data() + length;
    if (x3::parse(point, text.data() + text.size(), chinese_fraction, fraction)) {
      // Read as the decimal it spells (6.42), not summed from tenths, so the value is the nearest double.
      std::string decimal = std::to_string(*value) + ".";
      for (int d : fraction) decimal += static_cast<char>('0' + d);
      std::from_chars(decimal.data(), decimal.data() + decimal.size(), out.value);
      out.length = static_cast<std::size_t>(point - text.data());
    }
  }
  return out;
}

}  // namespace clausecheck::grammar
