#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace clausecheck::parse {

// A set of Basic Multilingual Plane characters as an 8 KB bitmap: one
// lookup, small enough to stay in cache while a text is scanned.
class CharSet {
 public:
  constexpr explicit CharSet(std::u32string_view chars) {
    for (char32_t c : chars)
      if (c < 0x10000) bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
  constexpr bool contains(char32_t c) const { return c < 0x10000 && (bits_[c >> 6] >> (c & 63) & 1); }

 private:
  std::array<std::uint64_t, 1024> bits_{};
};

}  // namespace clausecheck::parse
