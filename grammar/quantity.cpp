#include "grammar/quantity_def.hpp"

#include "grammar/match_parser.hpp"

namespace clausecheck::grammar {

BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)

quantity_type const& quantity() { return quantity_rule; }

namespace {
bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

std::optional<QuantityMatch> match_quantity(std::string_view text) {
  auto found = match_start<QuantityMatch>(quantity_rule, text);
  if (!found) return std::nullopt;
  QuantityMatch& out = *found;
  // A letter glued to the unit makes it a name (5G, 3D), not a figure.
  if (out.length < text.size() && is_ascii_letter(text[out.length])) return std::nullopt;
  // The numeral as written with its scale: "40万", "1.2", "百分之三十".
  out.quantity.text = text.starts_with("百分之") ? std::string(text.substr(0, out.length))
                                                 : std::string(text.substr(0, out.numeral_length)) + out.quantity.scale;
  return out;
}

}  // namespace clausecheck::grammar
