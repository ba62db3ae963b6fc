#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "rules/pair_finder.hpp"

using clausecheck::rules::PairFinder;

namespace {
// Every offset where one of `pairs` stands, by comparing the six bytes at each.
std::vector<std::size_t> every_offset(const std::string& text, const std::vector<std::string>& pairs) {
  std::vector<std::size_t> found;
  for (std::size_t at = 0; at + 6 <= text.size(); ++at)
    for (const auto& pair : pairs)
      if (text.compare(at, 6, pair) == 0) {
        found.push_back(at);
        break;
      }
  return found;
}

std::vector<std::size_t> found_by(const PairFinder& finder, const std::string& text) {
  std::vector<std::size_t> found;
  for (std::size_t at = finder.find(text, 0); at != std::string::npos; at = finder.find(text, at + 1))
    found.push_back(at);
  return found;
}

PairFinder finder_of(const std::vector<std::string>& pairs) {
  std::vector<std::uint64_t> keys;
  keys.reserve(pairs.size());
  for (const auto& pair : pairs) keys.push_back(PairFinder::key_at(pair, 0));
  return PairFinder(keys);
}
}  // namespace

TEST_CASE("PairFinder finds each pair where it stands, overlapping ones and those at either end included") {
  const std::vector<std::string> pairs = {"图幅", "图图", "府应"};
  const std::string text = "图幅，图图图幅面积，府应当地图幅";
  CHECK(found_by(finder_of(pairs), text) == every_offset(text, pairs));
  CHECK(found_by(finder_of(pairs), text).size() == 6);
  CHECK(found_by(finder_of({}), text).empty());
  CHECK(found_by(finder_of(pairs), "图幅").size() == 1);
  CHECK(found_by(finder_of(pairs), "图").empty());
}

// Texts of a few characters (so that pairs recur and share bytes) and of any bytes.
TEST_CASE("PairFinder finds what a comparison at every offset finds, on random text and random bytes") {
  const std::vector<std::string> alphabet = {"图", "幅", "面", "府", "应", "，", "a", "\n", "地", "国"};
  std::mt19937 random(17);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> pairs;
    for (int k = 0, n = 1 + round % 5; k < n; ++k) {
      const std::string& a = alphabet[random() % 5];
      const std::string& b = alphabet[random() % 5];
      pairs.push_back(a + b);
    }
    std::string text;
    for (int k = 0, n = static_cast<int>(random() % 200); k < n; ++k) {
      if (round % 3 == 0) text += static_cast<char>(random() & 0xFF);
      else text += alphabet[random() % alphabet.size()];
    }
    if (round % 3 == 0) text += pairs[0];  // random bytes hold a pair at least once
    CAPTURE(round);
    CHECK(found_by(finder_of(pairs), text) == every_offset(text, pairs));
  }
}
