#pragma once
#include <cstdint>
#include <vector>

namespace clausecheck::diff {

// How much of one clause's text is found in another, each character bigram
// weighted by its rarity in the two versions (log(1 + clauses / clauses that
// hold it)). The phrases every article of a law repeats (行政复议机关,
// 公民、法人或者其他组织) then count for little, and the words that make an
// article what it is count most: an article split into several, or grown
// by new paragraphs, still has most of its weight in its successor.
class RarityWeights {
 public:
  // sets: the bigram sets (sorted, unique) of every clause of both versions.
  explicit RarityWeights(const std::vector<const std::vector<std::uint64_t>*>& sets);

  // The weight of each bigram of a set, in its order: made once per clause,
  // so that comparing it with many others looks nothing up again.
  std::vector<double> weights(const std::vector<std::uint64_t>& set) const;

 private:
  std::vector<std::uint64_t> bigrams_;  // sorted, unique: a sorted array, not a hash map (cache misses dominated)
  std::vector<std::uint32_t> holders_;  // clauses that hold bigrams_[k]
  std::vector<double> by_holders_;      // the weight of a bigram held by h clauses, h = 0…clauses
};

// The share of x's weight (wx: RarityWeights::weights of x) whose bigrams are in z, 0…1.
double contained(const std::vector<std::uint64_t>& x, const std::vector<double>& wx,
                 const std::vector<std::uint64_t>& z);

}  // namespace clausecheck::diff
