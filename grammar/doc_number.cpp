#include "grammar/doc_number_def.hpp"

#include <string>
#include <tuple>

namespace clausecheck::grammar {

std::optional<DocNumberMatch> match_doc_number(std::string_view text) {
  std::tuple<std::string, std::string, std::string> attr;
  auto it = text.begin();
  if (!boost::spirit::x3::parse(it, text.end(), parser::doc_number, attr)) return std::nullopt;
  const auto length = static_cast<std::uint32_t>(it - text.begin());
  auto& [agency, year, seq] = attr;
  DocNumber n;
  n.raw = std::string(text.substr(0, length));
  n.agency = agency;
  n.year = std::stoi(year);
  n.seq = std::stoi(seq);
  return DocNumberMatch{std::move(n), length};
}

std::optional<DocNumber> parse_doc_number(std::string_view text) {
  auto trimmed = text;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
  auto m = match_doc_number(trimmed);
  if (!m || m->length != trimmed.size()) return std::nullopt;
  return std::move(m->number);
}

}  // namespace clausecheck::grammar
