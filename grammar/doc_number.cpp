#include "grammar/doc_number_def.hpp"

#include <string>
#include <tuple>

namespace clausecheck::grammar {

namespace {

constexpr double kSeqMax = 99999;  // as many as five digits, as a 发文字号's sequence

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

}  // namespace

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
  const auto trimmed = trim_spaces(text);
  auto m = match_doc_number(trimmed);
  if (!m || m->length != trimmed.size()) return std::nullopt;
  return std::move(m->number);
}

std::optional<DocNumber> parse_decree_number(std::string_view text) {
  const auto trimmed = trim_spaces(text);
  std::tuple<std::string, Numeral> attr;
  auto it = trimmed.begin();
  if (!boost::spirit::x3::parse(it, trimmed.end(), parser::decree_number, attr) || it != trimmed.end())
    return std::nullopt;
  auto& [name, seq] = attr;
  // A sequence is a whole number (第1.5号 is none).
  if (seq.value < 1 || seq.value > kSeqMax || seq.value != static_cast<int>(seq.value)) return std::nullopt;
  DocNumber n;
  n.raw = std::string(trimmed);
  n.agency = std::move(name);
  n.seq = static_cast<int>(seq.value);
  return n;
}

}  // namespace clausecheck::grammar
