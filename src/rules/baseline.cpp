#include "rules/baseline.hpp"

#include <string_view>
#include <unordered_map>

#include "rules/fingerprint.hpp"

namespace clausecheck {

// A finding takes the first entry of its fingerprint not yet taken, in the
// baseline's order; a hash map keeps this linear in both sizes (300,000
// entries of one fingerprint were quadratic).
BaselineComparison compare_with_baseline(const std::vector<BaselineEntry>& baseline, std::vector<Finding>& findings) {
  ensure_fingerprints(findings);
  struct Entries {
    std::vector<std::size_t> at;  // indices into baseline, in order
    std::size_t taken = 0;
  };
  std::unordered_map<std::string_view, Entries> by_fingerprint;
  for (std::size_t i = 0; i < baseline.size(); ++i) by_fingerprint[baseline[i].fingerprint].at.push_back(i);
  std::vector<bool> matched(baseline.size(), false);
  BaselineComparison result;
  for (Finding& f : findings) {
    auto it = by_fingerprint.find(f.fingerprint);
    f.in_baseline = it != by_fingerprint.end() && it->second.taken < it->second.at.size();
    if (f.in_baseline) {
      matched[it->second.at[it->second.taken++]] = true;
      ++result.unchanged;
    } else {
      ++result.added;
    }
  }
  for (std::size_t i = 0; i < baseline.size(); ++i)
    if (!matched[i]) result.absent.push_back(baseline[i]);
  return result;
}

BaselineComparison apply_baseline(const std::filesystem::path& path, std::vector<Finding>& findings) {
  return compare_with_baseline(read_baseline(path), findings);
}

}  // namespace clausecheck
