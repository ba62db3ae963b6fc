#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace clausecheck::diff {

enum class Edit { common, deleted, inserted };

namespace edit_detail {

// The end of one snake of the search and the snake it continued (-1: none).
struct Point {
  std::int32_t x, y, prev;
};

// The search gives up after this many snakes (dtl's MAX_CORDINATES_SIZE): the
// rest is then one deletion and one insertion, never worse than a line diff.
inline constexpr std::size_t kMaxPoints = 2'000'000;

// The script along the path that ends at points[last], x running over the
// shorter sequence (a unless swapped), then whatever the path did not reach.
std::vector<Edit> record(const std::vector<Point>& points, std::int32_t last, std::ptrdiff_t m, std::ptrdiff_t n,
                         bool swapped);

}  // namespace edit_detail

// The shortest edit script from a to b, as a plain list of operations;
// positions are counted by the caller while walking it. The O(NP) algorithm of
// Wu, Manber and Myers as dtl implements it, step for step (the same script
// where several are shortest, and equal(a[i], b[j]) always in that order),
// without dtl's copies of the elements and of the script, nor its 24-byte
// path points: on a long rewritten article dtl spent more time growing its
// path and filling fresh pages than searching. Gives up after kMaxPoints
// snakes, which bounds time and memory on unrelated inputs (the script is then
// no longer minimal, which only costs unmatched elements, never wrong ones).
template <typename T, typename Equal = std::equal_to<T>>
std::vector<Edit> edit_script(const std::vector<T>& a, const std::vector<T>& b, const Equal& equal = Equal()) {
  const bool swapped = a.size() >= b.size();  // as dtl: x over the shorter one, equal lengths swapped
  const std::vector<T>& xs = swapped ? b : a;
  const std::vector<T>& ys = swapped ? a : b;
  const auto m = static_cast<std::ptrdiff_t>(xs.size()), n = static_cast<std::ptrdiff_t>(ys.size());
  const std::ptrdiff_t delta = n - m, offset = m + 1;
  std::vector<std::ptrdiff_t> fp(static_cast<std::size_t>(m + n + 3), -1);
  std::vector<std::int32_t> path(fp.size(), -1);
  std::vector<edit_detail::Point> points;
  const auto snake = [&](std::ptrdiff_t k) {
    const std::ptrdiff_t above = fp[static_cast<std::size_t>(k - 1 + offset)] + 1;
    const std::ptrdiff_t below = fp[static_cast<std::size_t>(k + 1 + offset)];
    const std::int32_t prev = path[static_cast<std::size_t>(k + (above > below ? -1 : 1) + offset)];
    std::ptrdiff_t y = above > below ? above : below, x = y - k;
    while (x >= 0 && x < m && y < n &&
           (swapped ? equal(ys[static_cast<std::size_t>(y)], xs[static_cast<std::size_t>(x)])
                    : equal(xs[static_cast<std::size_t>(x)], ys[static_cast<std::size_t>(y)])))
      ++x, ++y;
    path[static_cast<std::size_t>(k + offset)] = static_cast<std::int32_t>(points.size());
    points.push_back({static_cast<std::int32_t>(x), static_cast<std::int32_t>(y), prev});
    fp[static_cast<std::size_t>(k + offset)] = y;
  };
  for (std::ptrdiff_t p = 0;; ++p) {
    for (std::ptrdiff_t k = -p; k <= delta - 1; ++k) snake(k);
    for (std::ptrdiff_t k = delta + p; k >= delta + 1; --k) snake(k);
    snake(delta);
    if (fp[static_cast<std::size_t>(delta + offset)] == n || points.size() >= edit_detail::kMaxPoints) break;
  }
  return edit_detail::record(points, path[static_cast<std::size_t>(delta + offset)], m, n, swapped);
}

}  // namespace clausecheck::diff
