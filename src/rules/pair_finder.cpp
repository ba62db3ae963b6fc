#include "rules/pair_finder.hpp"

#include <algorithm>

namespace clausecheck::rules {

namespace {
constexpr std::size_t kWidth = 6;  // a pair's bytes
constexpr std::size_t kBlock = 2;  // the bytes the shift is looked up by

std::size_t block_at(std::string_view text, std::size_t at) {
  return (std::size_t{static_cast<unsigned char>(text[at])} << 8) | static_cast<unsigned char>(text[at + 1]);
}
}  // namespace

std::uint64_t PairFinder::key_at(std::string_view text, std::size_t at) {
  std::uint64_t key = 0;
  for (std::size_t k = 0; k < kWidth; ++k) key = (key << 8) | static_cast<unsigned char>(text[at + k]);
  return key;
}

// A block seen at offset q of a pair moves the window by no more than puts
// that pair's own block under it; a block of no pair moves it past itself.
PairFinder::PairFinder(std::vector<std::uint64_t> pairs) : pairs_(std::move(pairs)) {
  std::sort(pairs_.begin(), pairs_.end());
  pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
  shift_.fill(kWidth - kBlock + 1);
  for (const std::uint64_t pair : pairs_)
    for (std::size_t q = 0; q + kBlock <= kWidth; ++q) {
      const auto block = static_cast<std::size_t>((pair >> (8 * (kWidth - kBlock - q))) & 0xFFFF);
      shift_[block] = std::min<std::uint8_t>(shift_[block], static_cast<std::uint8_t>(kWidth - kBlock - q));
    }
}

std::size_t PairFinder::find(std::string_view text, std::size_t from) const {
  for (std::size_t at = from; at + kWidth <= text.size();) {
    if (const std::size_t shift = shift_[block_at(text, at + kWidth - kBlock)]; shift != 0) {
      at += shift;
      continue;
    }
    if (std::binary_search(pairs_.begin(), pairs_.end(), key_at(text, at))) return at;
    ++at;
  }
  return std::string_view::npos;
}

}  // namespace clausecheck::rules
