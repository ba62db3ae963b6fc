#include "rules/nearest_name.hpp"

#include <algorithm>
#include <numeric>

#include "model/messages.hpp"
#include "text/code_points.hpp"

namespace clausecheck::rules {

namespace {
std::size_t distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates) {
  const auto target = text::to_code_points(name);
  std::string best;
  std::size_t best_distance = target.size() / 2 + 1;  // beyond half the name it is not a misspelling
  for (const auto& candidate : candidates) {
    const std::size_t d = distance(target, text::to_code_points(candidate));
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string best = nearest_name(name, candidates);
  return best.empty() ? "" : msg(Msg::did_you_mean, {best});
}

}  // namespace clausecheck::rules
