#include "diff/similarity.hpp"

#include <algorithm>

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
  out.reserve(text.size());
  if (text.size() == 1) out.push_back(mix(text[0]));
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    out.push_back(mix((static_cast<std::uint64_t>(text[i]) << 32) | text[i + 1]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  // Without branches: which set steps on is a coin toss on hashes, and its
  // mispredictions cost more than the whole comparison's instructions.
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    const std::uint64_t x = a[i], y = b[j];
    common += x == y;
    i += x <= y;
    j += y <= x;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

Sketch sketch_of(const std::vector<std::uint64_t>& bigrams) {
  Sketch out;
  out.bins.fill(Sketch::kEmpty);
  out.size = bigrams.size();
  for (std::uint64_t h : bigrams) {  // ascending: the first hash of a range is its smallest
    std::uint64_t& bin = out.bins[h >> 59];
    if (bin == Sketch::kEmpty) bin = h;
  }
  return out;
}

bool may_reach(const Sketch& a, const Sketch& b, double threshold) {
  const double na = static_cast<double>(a.size), nb = static_cast<double>(b.size);
  if (na == 0 || nb == 0) return na == nb;
  // Dice ≤ 2·min/(min+max): a short text cannot be similar to a long one.
  if (2.0 * std::min(na, nb) / (na + nb) < threshold) return false;
  // A range's smallest hash of the union is in both sets when both sketches
  // hold it: the share of such ranges among those not empty on both sides
  // estimates Jaccard (exactly, for small sets that share no range).
  std::size_t agree = 0, empty = 0;
  for (std::size_t k = 0; k < a.bins.size(); ++k) {
    const bool a_empty = a.bins[k] == Sketch::kEmpty, b_empty = b.bins[k] == Sketch::kEmpty;
    agree += static_cast<std::size_t>(a.bins[k] == b.bins[k]) & static_cast<std::size_t>(!a_empty);
    empty += static_cast<std::size_t>(a_empty) & static_cast<std::size_t>(b_empty);
  }
  const double estimate = static_cast<double>(agree) / static_cast<double>(a.bins.size() - empty);
  // 32 samples: standard error ≤ 0.09; allow a generous margin below the bar.
  return estimate >= jaccard_of_dice(threshold) - 0.25;
}

}  // namespace clausecheck::diff
