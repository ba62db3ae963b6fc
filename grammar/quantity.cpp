#include "grammar/quantity_def.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)

quantity_type const& quantity() { return quantity_rule; }

namespace {
bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

std::optional<QuantityMatch> match_quantity(std::string_view text) {
  const char* first = text.data();
  const char* last = first + text.size();
  QuantityMatch out;
  if (!x3::parse(first, last, quantity_rule, out)) return std::nullopt;
  const auto length = static_cast<std::size_t>(first - text.data());
  if (length < text.size() && is_ascii_letter(text[length])) return std::nullopt;
  // The numeral as written with its scale: "40万", "1.2", "百分之三十".
  out.quantity.text = text.starts_with("百分之") ? std::string(text.substr(0, length))
                                                 : std::string(text.substr(0, out.length)) + out.quantity.scale;
  out.length = length;
  return out;
}

}  // namespace clausecheck::grammar
