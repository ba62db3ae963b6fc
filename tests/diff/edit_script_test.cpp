// edit_script against dtl, whose O(NP) search it follows step for step: the
// same script (where several are shortest too) on random sequences with many
// ties, and the same give-up once the search passes its bound.
#include <doctest/doctest.h>

#include <algorithm>
#include <dtl/dtl.hpp>
#include <random>
#include <vector>

#include "diff/edit_script.hpp"

using namespace clausecheck::diff;

namespace {

std::vector<Edit> by_dtl(const std::vector<int>& a, const std::vector<int>& b) {
  dtl::Diff<int, std::vector<int>> d(a, b);
  d.onUnserious();
  d.compose();
  std::vector<Edit> out;
  for (const auto& element : d.getSes().getSequence())
    out.push_back(element.second.type == dtl::SES_COMMON   ? Edit::common
                  : element.second.type == dtl::SES_DELETE ? Edit::deleted
                                                           : Edit::inserted);
  return out;
}

std::vector<int> random_sequence(std::mt19937& rng, int max_length, int alphabet) {
  std::vector<int> out(static_cast<std::size_t>(std::uniform_int_distribution<int>(0, max_length)(rng)));
  for (int& x : out) x = std::uniform_int_distribution<int>(0, alphabet - 1)(rng);
  return out;
}

// Whether walking the script reads a and b whole, common elements equal.
bool walks(const std::vector<Edit>& script, const std::vector<int>& a, const std::vector<int>& b) {
  std::size_t i = 0, j = 0;
  for (Edit e : script) {
    if (e == Edit::common && (i >= a.size() || j >= b.size() || a[i++] != b[j++])) return false;
    if (e == Edit::deleted && i++ >= a.size()) return false;
    if (e == Edit::inserted && j++ >= b.size()) return false;
  }
  return i == a.size() && j == b.size();
}

}  // namespace

TEST_CASE("edit_script gives dtl's script on random sequences, longer or shorter, few or many symbols") {
  std::mt19937 rng(15);
  for (int round = 0; round < 3000; ++round) {
    const int alphabet = round % 3 == 0 ? 2 : round % 3 == 1 ? 5 : 40;
    const std::vector<int> a = random_sequence(rng, 60, alphabet), b = random_sequence(rng, 60, alphabet);
    const std::vector<Edit> ours = edit_script(a, b);
    CAPTURE(round);
    REQUIRE(ours == by_dtl(a, b));
    REQUIRE(walks(ours, a, b));
  }
  CHECK(edit_script(std::vector<int>{}, std::vector<int>{}).empty());
  CHECK(edit_script(std::vector<int>{}, std::vector<int>{1, 2}) == std::vector<Edit>{Edit::inserted, Edit::inserted});
  CHECK(edit_script(std::vector<int>{1, 2}, std::vector<int>{}) == std::vector<Edit>{Edit::deleted, Edit::deleted});
}

TEST_CASE("edit_script asks equal(a's element, b's element), whichever sequence is longer") {
  // a's elements even, b's odd: an equal called the other way round fails.
  const auto equal = [](int x, int y) {
    REQUIRE(x % 2 == 0);
    REQUIRE(y % 2 == 1);
    return x / 2 == y / 2;
  };
  const std::vector<int> shorter = {0, 2, 4}, longer = {1, 5, 3, 7, 9};
  const std::vector<Edit> ab = edit_script(shorter, longer, equal);
  CHECK(std::count(ab.begin(), ab.end(), Edit::common) == 2);
  const std::vector<int> longer_a = {0, 4, 2, 6, 8}, shorter_b = {1, 3, 5};
  const std::vector<Edit> ba = edit_script(longer_a, shorter_b, equal);
  CHECK(std::count(ba.begin(), ba.end(), Edit::common) == 2);
}

TEST_CASE("edit_script gives up as dtl does past two million snakes: the rest deleted, then inserted") {
  // 3,000 unrelated elements a side would take about 9 million snakes.
  std::vector<int> a(3000), b(3100);
  for (std::size_t k = 0; k < a.size(); ++k) a[k] = static_cast<int>(k);
  for (std::size_t k = 0; k < b.size(); ++k) b[k] = static_cast<int>(k % 7 == 0 ? k : 100000 + k);
  const std::vector<Edit> ours = edit_script(a, b);
  CHECK(ours == by_dtl(a, b));
  CHECK(walks(ours, a, b));
  CHECK(ours.back() == Edit::inserted);
  // The longest common subsequence is the 429 multiples of 7 under 3,000: given up, fewer are found.
  CHECK(std::count(ours.begin(), ours.end(), Edit::common) < 429);
}
