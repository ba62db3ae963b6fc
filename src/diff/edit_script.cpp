#include "diff/edit_script.hpp"

#include <algorithm>
#include <utility>

namespace clausecheck::diff::edit_detail {

std::vector<Edit> record(const std::vector<Point>& points, std::int32_t last, std::ptrdiff_t m, std::ptrdiff_t n,
                         bool swapped) {
  std::vector<std::pair<std::ptrdiff_t, std::ptrdiff_t>> ends;  // the path's snake ends, last first
  for (std::int32_t r = last; r != -1; r = points[static_cast<std::size_t>(r)].prev)
    ends.emplace_back(points[static_cast<std::size_t>(r)].x, points[static_cast<std::size_t>(r)].y);
  const Edit x_step = swapped ? Edit::inserted : Edit::deleted, y_step = swapped ? Edit::deleted : Edit::inserted;
  std::vector<Edit> out;
  out.reserve(static_cast<std::size_t>(m + n));
  std::ptrdiff_t px = 0, py = 0;
  for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
    const auto [x, y] = *end;
    while (px < x || py < y) {
      if (y - x > py - px) out.push_back(y_step), ++py;
      else if (y - x < py - px) out.push_back(x_step), ++px;
      else out.push_back(Edit::common), ++px, ++py;
    }
  }
  // Where the search gave up: the rest of x, then the rest of y (as dtl).
  if (px < m || py < n) {
    out.insert(out.end(), static_cast<std::size_t>(std::max<std::ptrdiff_t>(m - px, 0)), x_step);
    out.insert(out.end(), static_cast<std::size_t>(std::max<std::ptrdiff_t>(n - py, 0)), y_step);
  }
  return out;
}

}  // namespace clausecheck::diff::edit_detail
