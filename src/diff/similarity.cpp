#include "diff/similarity.hpp"

#include <algorithm>
#include <limits>

namespace clausecheck::diff {

namespace {

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Dice = 2J / (1 + J), so J = D / (2 - D).
double jaccard_of_dice(double dice) { return dice / (2.0 - dice); }

}  // namespace

std::vector<std::uint64_t> bigram_set(const std::u32string& text) {
  std::vector<std::uint64_t> out;
  if (text.size() == 1) out.push_back(mix(text[0]));
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    out.push_back(mix((static_cast<std::uint64_t>(text[i]) << 32) | text[i + 1]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

TextProfile make_profile(const std::u32string& text) {
  TextProfile p;
  p.length = text.size();
  p.bigrams = bigram_set(text);
  p.sketch.fill(std::numeric_limits<std::uint64_t>::max());
  for (std::uint64_t h : p.bigrams)
    for (std::size_t k = 0; k < p.sketch.size(); ++k)
      p.sketch[k] = std::min(p.sketch[k], mix(h + k * 0x9e3779b97f4a7c15ULL));
  return p;
}

double similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::size_t common = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++common, ++i, ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

double similarity(const TextProfile& a, const TextProfile& b) { return similarity(a.bigrams, b.bigrams); }

bool may_reach(const TextProfile& a, const TextProfile& b, double threshold) {
  const double na = static_cast<double>(a.bigrams.size()), nb = static_cast<double>(b.bigrams.size());
  if (na == 0 || nb == 0) return na == nb;
  // Dice ≤ 2·min/(min+max): a short text cannot be similar to a long one.
  if (2.0 * std::min(na, nb) / (na + nb) < threshold) return false;
  std::size_t agree = 0;
  for (std::size_t k = 0; k < a.sketch.size(); ++k) agree += a.sketch[k] == b.sketch[k];
  const double estimate = static_cast<double>(agree) / static_cast<double>(a.sketch.size());
  // 32 samples: standard error ≤ 0.09; allow a generous margin below the bar.
  return estimate >= jaccard_of_dice(threshold) - 0.25;
}

}  // namespace clausecheck::diff
