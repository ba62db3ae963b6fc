#include "rules/baseline.hpp"

#include <string_view>
#include <unordered_map>
#include <nlohmann/json.hpp>

#include "reports/escape_json.hpp"
#include "reports/output_file.hpp"
#include "rules/fingerprint.hpp"

namespace clausecheck {

namespace {

nlohmann::json entry_json(const Finding& f) {
  return {{"fingerprint", f.fingerprint}, {"rule", f.rule},       {"severity", to_string(f.severity)},
          {"message", f.message},         {"file", f.file},       {"line", f.location.line},
          {"column", f.location.column},  {"evidence", f.evidence}, {"anchor", f.anchor}};
}

}  // namespace

void write_baseline(const std::filesystem::path& path, std::vector<Finding>& findings,
                    const std::vector<std::filesystem::path>& inputs) {
  ensure_fingerprints(findings);
  nlohmann::json list = nlohmann::json::array();
  for (const Finding& f : findings) list.push_back(entry_json(f));
  const nlohmann::json doc = {{"schema", kBaselineSchema}, {"findings", std::move(list)}};
  reports::write_output(path, reports::dump_json(doc) + "\n", inputs);  // valid JSON whatever the file names
}

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
