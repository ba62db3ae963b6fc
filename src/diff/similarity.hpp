#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace clausecheck::diff {

// The hashes of a text's character bigrams, sorted and unique (a text of one
// character: that character).
std::vector<std::uint64_t> bigram_set(const std::u32string& text);

// Dice coefficient of the bigram sets, 0…1 (two empty texts: 1).
double similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// The first place at or after `from` in a sorted set whose hash is not below
// b: a few steps, then by galloping. Walking a set so for each bigram of
// another, in order, is linear where the sets are alike (the next place is
// near: no search to set up) and never more than a binary search per bigram
// where one set is huge.
inline std::size_t gallop(const std::vector<std::uint64_t>& set, std::size_t from, std::uint64_t b) {
  for (int walked = 0; walked < 4; ++walked, ++from)
    if (from == set.size() || set[from] >= b) return from;
  std::size_t step = 1;
  while (from + step <= set.size() && set[from + step - 1] < b) from += step, step *= 2;
  const auto first = set.begin() + static_cast<std::ptrdiff_t>(from);
  const auto last = set.begin() + static_cast<std::ptrdiff_t>(std::min(set.size(), from + step - 1));
  return static_cast<std::size_t>(std::lower_bound(first, last, b) - set.begin());
}

// A one-permutation MinHash sketch of a bigram set: the smallest hash in each
// of 32 equal ranges of hash values (kEmpty where the set has none), and the
// set's size. It estimates similarity in constant time, so that comparing
// every unmatched clause with every other stays cheap on large, unrelated
// inputs; only pairs the sketch finds close are compared exactly. The hashes
// are uniformly mixed and sorted: one pass makes it.
struct Sketch {
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  std::array<std::uint64_t, 32> bins{};
  std::size_t size = 0;
};

Sketch sketch_of(const std::vector<std::uint64_t>& bigrams);

// Whether a and b may reach `threshold`: the length ratio allows it and the
// sketch does not rule it out. Never false for a pair that reaches it by
// more than the sketch's error.
bool may_reach(const Sketch& a, const Sketch& b, double threshold);

}  // namespace clausecheck::diff
