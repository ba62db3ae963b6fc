#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace clausecheck::diff {

// The character bigrams of a text as a set of hashes, with a MinHash sketch
// of that set: the sketch estimates similarity in constant time, so that
// comparing every unmatched clause with every other stays cheap on large,
// unrelated inputs; only pairs the sketch finds close are compared exactly.
struct TextProfile {
  std::vector<std::uint64_t> bigrams;  // sorted, unique
  std::array<std::uint64_t, 32> sketch{};
  std::size_t length = 0;  // code points
};

// The hashes of a text's character bigrams, sorted and unique (a text of one
// character: that character): a profile without its sketch, for the passes
// that compare few pairs.
std::vector<std::uint64_t> bigram_set(const std::u32string& text);

TextProfile make_profile(const std::u32string& text);

// Dice coefficient of the bigram sets, 0…1 (two empty texts: 1).
double similarity(const TextProfile& a, const TextProfile& b);
double similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Whether a and b may reach `threshold`: the length ratio allows it and the
// sketch does not rule it out. Never false for a pair that reaches it by
// more than the sketch's error.
bool may_reach(const TextProfile& a, const TextProfile& b, double threshold);

}  // namespace clausecheck::diff
