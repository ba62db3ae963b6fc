#include "parse/facts/triggers.hpp"

#include <array>

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

void find_triggers(std::string_view text, Triggers& out) {
  for (auto* v : {&out.figures, &out.from, &out.validity, &out.repeal, &out.titles, &out.brackets, &out.duty}) v->clear();
  const auto& table = kinds();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t at = 0; at < size;) {
    const unsigned char byte = bytes[at];
    char32_t c = byte;
    std::size_t length = 1;
    // Every trigger is ASCII or a three-byte character; others are only stepped over.
    if (byte >= 0xE0 && byte < 0xF0 && at + 2 < size) {
      c = (char32_t(byte & 0x0F) << 12) | (char32_t(bytes[at + 1] & 0x3F) << 6) | char32_t(bytes[at + 2] & 0x3F);
      length = 3;
    } else if (byte >= 0xF0) {
      c = 0;
      length = 4;
    } else if (byte >= 0xC0) {
      c = 0;
      length = 2;
    }
    const std::uint8_t k = table[c];
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
}

}  // namespace clausecheck::parse
