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
  // The numeral as written with its sign and scale: "40万", "1.2", "-22.2", "百分之三十".
  if (out.whole_figure) {
    out.quantity.text = std::string(text.substr(0, out.length));
    return out;
  }
  auto numeral_at = static_cast<std::size_t>(out.numeral_at - text.data());
  if (out.negative) numeral_at -= text.substr(0, numeral_at).ends_with('-') ? 1 : 3;
  const auto numeral_end = static_cast<std::size_t>(out.numeral_at - text.data()) + out.numeral_length;
  out.quantity.text = std::string(text.substr(numeral_at, numeral_end - numeral_at)) + out.quantity.scale;
  return out;
}

}  // namespace clausecheck::grammar
