#include "diff/covering.hpp"

#include <algorithm>
#include <cmath>

#include "diff/similarity.hpp"

namespace clausecheck::diff {

RarityWeights::RarityWeights(const std::vector<const std::vector<std::uint64_t>*>& sets) {
  // Sized first: grown by doubling, the copies of this array (every bigram of
  // both versions) were a sixth of the page faults of a diff of two long laws.
  std::size_t total = 0;
  for (const std::vector<std::uint64_t>* s : sets) total += s->size();
  std::vector<std::uint64_t> all;
  all.reserve(total);
  for (const std::vector<std::uint64_t>* s : sets) all.insert(all.end(), s->begin(), s->end());
  std::sort(all.begin(), all.end());
  for (std::size_t k = 0; k < all.size();) {
    std::size_t end = k;
    while (end < all.size() && all[end] == all[k]) ++end;
    bigrams_.push_back(all[k]);
    holders_.push_back(static_cast<std::uint32_t>(end - k));
    k = end;
  }
  const double clauses = static_cast<double>(sets.size());
  by_holders_.resize(sets.size() + 1);
  // A bigram in every clause still weighs a little (+1): two texts of common
  // words alone are not wholly unrelated.
  for (std::size_t h = 0; h < by_holders_.size(); ++h)
    by_holders_[h] = std::log(1.0 + clauses / static_cast<double>(std::max<std::size_t>(h, 1)));
}

std::vector<double> RarityWeights::weights(const std::vector<std::uint64_t>& set) const {
  std::vector<double> out;
  out.reserve(set.size());
  const std::size_t n = bigrams_.size();
  for (std::uint64_t b : set) {
    // Bigram hashes are uniform (splitmix64): b's rank is near b / 2^64 of the
    // way along, so a search from there stays within a few pages, where a
    // binary search over the whole array missed the cache at every step.
    if (n == 0) {
      out.push_back(by_holders_[1]);
      continue;
    }
    const auto guess =
        static_cast<std::size_t>(static_cast<double>(b) / 18446744073709551616.0 * static_cast<double>(n));
    std::size_t lo = std::min(guess, n - 1), hi = lo, step = 1;
    while (lo > 0 && bigrams_[lo] > b) lo = lo > step ? lo - step : 0, step *= 2;
    step = 1;
    while (hi < n && bigrams_[hi] < b) hi = std::min(n, hi + step), step *= 2;
    const auto at = std::lower_bound(bigrams_.begin() + static_cast<std::ptrdiff_t>(lo),
                                     bigrams_.begin() + static_cast<std::ptrdiff_t>(hi), b);
    const bool held = at != bigrams_.end() && *at == b;
    out.push_back(by_holders_[held ? holders_[static_cast<std::size_t>(at - bigrams_.begin())] : 1]);
  }
  return out;
}

double contained(const std::vector<std::uint64_t>& x, const std::vector<double>& wx,
                 const std::vector<std::uint64_t>& z) {
  double found = 0, total = 0;
  std::size_t from = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    total += wx[k];
    from = gallop(z, from, x[k]);
    if (from < z.size() && z[from] == x[k]) found += wx[k];
  }
  return total > 0 ? found / total : 0.0;
}

}  // namespace clausecheck::diff
