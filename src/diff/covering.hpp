#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace clausecheck::diff {

// How much of one clause's text is found in another, each character bigram
// weighted by its rarity in the two versions (log of clauses / clauses that
// hold it). The phrases every article of a law repeats (行政复议机关,
// 公民、法人或者其他组织) then count for little, and the words that make an
// article what it is count most: an article split into several, or grown
// by new paragraphs, still has most of its weight in its successor.
class RarityWeights {
 public:
  // sets: the bigram sets (sorted, unique) of every clause of both versions.
  explicit RarityWeights(const std::vector<const std::vector<std::uint64_t>*>& sets);

  // The share of x's weight whose bigrams are in z (sorted, unique), 0…1.
  double contained(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& z) const;

 private:
  double weight(std::uint64_t bigram) const;
  std::unordered_map<std::uint64_t, unsigned> holders_;  // bigram → clauses that hold it
  double clauses_ = 0;
};

}  // namespace clausecheck::diff
