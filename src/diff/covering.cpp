#include "diff/covering.hpp"

#include <algorithm>
#include <cmath>

namespace clausecheck::diff {

RarityWeights::RarityWeights(const std::vector<const std::vector<std::uint64_t>*>& sets)
    : clauses_(static_cast<double>(sets.size())) {
  for (const std::vector<std::uint64_t>* s : sets)
    for (std::uint64_t b : *s) ++holders_[b];
}

double RarityWeights::weight(std::uint64_t bigram) const {
  const auto it = holders_.find(bigram);
  const double held = it == holders_.end() ? 1.0 : static_cast<double>(it->second);
  // A bigram in every clause still weighs a little (+1): two texts of common
  // words alone are not wholly unrelated.
  return std::log(1.0 + clauses_ / held);
}

double RarityWeights::contained(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& z) const {
  double found = 0, total = 0;
  for (std::uint64_t b : x) {
    const double w = weight(b);
    total += w;
    if (std::binary_search(z.begin(), z.end(), b)) found += w;
  }
  return total > 0 ? found / total : 0.0;
}

}  // namespace clausecheck::diff
