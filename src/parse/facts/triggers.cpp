#include "parse/facts/triggers.hpp"

#include <array>

#include "ingest/utf8.hpp"

namespace clausecheck::parse {

namespace {

enum Kind : std::uint8_t { figure = 1, from = 2, validity = 4, repeal = 8, title = 16, bracket = 32, duty = 64 };

// A kind for every code point of the Basic Multilingual Plane.
const std::array<std::uint8_t, 0x10000>& kinds() {
  static const auto table = [] {
    std::array<std::uint8_t, 0x10000> t{};
    for (char32_t c : std::u32string_view(U"0123456789０１２３４５６７８９〇○零一二两三四五六七八九十百千万亿半")) t[c] |= figure;
    t[U'自'] |= from;
    t[U'有'] |= validity;
    t[U'试'] |= validity;
    for (char32_t c : std::u32string_view(U"继废停")) t[c] |= repeal;
    t[U'《'] |= title;
    for (char32_t c : std::u32string_view(U"〔[【［")) t[c] |= bracket;
    t[U'责'] |= duty;
    return t;
  }();
  return table;
}

}  // namespace

Triggers find_triggers(std::string_view text) {
  const auto& table = kinds();
  Triggers out;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    char32_t c = byte;
    std::uint32_t length = 1;
    if (byte >= 0x80) {
      const auto cp = ingest::decode_at(text, at);
      c = cp.value;
      length = cp.length ? cp.length : 1;
    }
    const std::uint8_t k = c < 0x10000 ? table[c] : 0;
    if (k) {
      const auto pos = static_cast<std::uint32_t>(at);
      if (k & figure) out.figures.push_back(pos);
      if (k & from) out.from.push_back(pos);
      if (k & validity) out.validity.push_back(pos);
      if (k & repeal) out.repeal.push_back(pos);
      if (k & title) out.titles.push_back(pos);
      if (k & bracket) out.brackets.push_back(pos);
      if (k & duty) out.duty.push_back(pos);
    }
    at += length;
  }
  return out;
}

}  // namespace clausecheck::parse
