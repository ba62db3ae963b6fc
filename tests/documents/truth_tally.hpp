#pragma once
#include <cstdio>
#include <map>
#include <string>
#include <vector>

// Right and total per scored field, and every miss in words, so that a run
// tells the helpers working on parse what to fix.
class TruthTally {
 public:
  void score(const std::string& field, bool right, const std::string& miss) {
    Count& c = counts_[field];
    ++c.total;
    if (right) ++c.right;
    else misses_.push_back(field + ": " + miss);
  }

  // Right / total over the given fields together, in percent (0 when none).
  double percent(const std::vector<std::string>& fields) const {
    int right = 0, total = 0;
    for (const std::string& f : fields) {
      if (auto it = counts_.find(f); it != counts_.end()) right += it->second.right, total += it->second.total;
    }
    return total == 0 ? 0.0 : 100.0 * right / total;
  }

  int total(const std::string& field) const {
    auto it = counts_.find(field);
    return it == counts_.end() ? 0 : it->second.total;
  }

  void print(std::FILE* out) const {
    std::fprintf(out, "%-20s %6s %6s %7s\n", "field", "right", "total", "%");
    for (const auto& [field, c] : counts_)
      std::fprintf(out, "%-20s %6d %6d %6.1f%%\n", field.c_str(), c.right, c.total, 100.0 * c.right / c.total);
    std::fprintf(out, "misses (%zu):\n", misses_.size());
    for (const std::string& m : misses_) std::fprintf(out, "  %s\n", m.c_str());
  }

 private:
  struct Count {
    int right = 0;
    int total = 0;
  };
  std::map<std::string, Count> counts_;
  std::vector<std::string> misses_;
};
