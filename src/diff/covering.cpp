#include "diff/covering.hpp"

#include <algorithm>
#include <cmath>

#include "diff/similarity.hpp"

namespace clausecheck::diff {

namespace {

// Every bigram of every set, sorted, repeats kept. The hashes are uniform, so
// placed first by their top bits into about one bucket per eight, each bucket
// holds a few and sorts by insertion: a sort of the whole array (人民检察院刑事
// 诉讼规则: 200,000 bigrams) spent 14 M instructions and mispredicted 600,000
// branches. Sized first: grown by doubling, the copies of this array were a
// sixth of the page faults of a diff of two long laws.
std::vector<std::uint64_t> all_sorted(const std::vector<const std::vector<std::uint64_t>*>& sets) {
  std::size_t total = 0;
  for (const std::vector<std::uint64_t>* s : sets) total += s->size();
  int bits = 0;
  while (bits < 24 && (std::size_t{8} << bits) < total) ++bits;
  const auto bucket = [bits](std::uint64_t h) { return bits == 0 ? std::size_t{0} : h >> (64 - bits); };
  std::vector<std::uint32_t> start((std::size_t{1} << bits) + 1, 0);
  for (const std::vector<std::uint64_t>* s : sets)
    for (std::uint64_t h : *s) ++start[bucket(h) + 1];
  for (std::size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  std::vector<std::uint64_t> all(total);
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (const std::vector<std::uint64_t>* s : sets)
    for (std::uint64_t h : *s) all[next[bucket(h)]++] = h;
  for (std::size_t b = 0; b + 1 < start.size(); ++b)
    std::sort(all.begin() + static_cast<std::ptrdiff_t>(start[b]),
              all.begin() + static_cast<std::ptrdiff_t>(start[b + 1]));
  return all;
}

}  // namespace

RarityWeights::RarityWeights(const std::vector<const std::vector<std::uint64_t>*>& sets) {
  const std::vector<std::uint64_t> all = all_sorted(sets);
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
