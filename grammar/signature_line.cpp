#include "grammar/signature_line_def.hpp"

#include <tuple>

namespace clausecheck::grammar {

std::optional<SignatureLine> parse_signature_line(std::string_view text) {
  std::tuple<std::string, DateText> attr;
  const char* first = text.data();
  if (!x3::parse(first, text.data() + text.size(), parser::signature_line, attr)) return std::nullopt;
  auto& [issuer, date] = attr;
  if (date.year == 0 || date.day == 0) return std::nullopt;  // a signing date is written in full
  return SignatureLine{std::move(issuer), date};
}

bool is_issuer_line(std::string_view text) {
  const char* first = text.data();
  return x3::parse(first, text.data() + text.size(), parser::issuer_line);
}

}  // namespace clausecheck::grammar
