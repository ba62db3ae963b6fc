#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace clausecheck::diff {

// The hashes of a text's character bigrams, sorted and unique (a text of one
// character: that character). The hashes are uniformly mixed, so the first
// kSketch of a set are a bottom-k MinHash sketch of it, made for free.
std::vector<std::uint64_t> bigram_set(const std::u32string& text);

// Dice coefficient of the bigram sets, 0…1 (two empty texts: 1).
double similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Whether a and b may reach `threshold`: the length ratio allows it and the
// bottom-k sketches (the first kSketch hashes of each set) do not rule it
// out, in constant time, so that comparing every unmatched clause with every
// other stays cheap on large, unrelated inputs. Never false for a pair that
// reaches it by more than the sketch's error.
bool may_reach(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b, double threshold);

}  // namespace clausecheck::diff
