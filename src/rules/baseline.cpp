#include "rules/baseline.hpp"

#include <fstream>
#include <string_view>
#include <unordered_map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/read_file.hpp"
#include "model/input_error.hpp"
#include "model/source_text.hpp"
#include "reports/escape_json.hpp"
#include "reports/output_file.hpp"
#include "rules/fingerprint.hpp"
#include "rules/rule_meta.hpp"

namespace clausecheck {

namespace {

constexpr const char* kSchema = "clausecheck/baseline@1";

nlohmann::json entry_json(const Finding& f) {
  return {{"fingerprint", f.fingerprint}, {"rule", f.rule},       {"severity", to_string(f.severity)},
          {"message", f.message},         {"file", f.file},       {"line", f.location.line},
          {"column", f.location.column},  {"evidence", f.evidence}, {"anchor", f.anchor}};
}

BaselineEntry entry_of(const nlohmann::json& j) {
  BaselineEntry e;
  e.fingerprint = j.at("fingerprint").get<std::string>();
  e.rule = j.at("rule").get<std::string>();
  if (!parse_severity(j.value("severity", "warning"), e.severity)) e.severity = Severity::warning;
  e.message = j.value("message", "");
  e.file = j.value("file", "");
  e.location = {j.value("line", 1u), j.value("column", 1u)};
  e.evidence = j.value("evidence", "");
  e.anchor = j.value("anchor", "");
  return e;
}

}  // namespace

void write_baseline(const std::filesystem::path& path, std::vector<Finding>& findings,
                    const std::vector<std::filesystem::path>& inputs) {
  ensure_fingerprints(findings);
  nlohmann::json list = nlohmann::json::array();
  for (const Finding& f : findings) list.push_back(entry_json(f));
  const nlohmann::json doc = {{"schema", kSchema}, {"findings", std::move(list)}};
  reports::write_output(path, reports::dump_json(doc) + "\n", inputs);  // valid JSON whatever the file names
}

std::vector<BaselineEntry> read_baseline(const std::filesystem::path& path) {
  const std::string text = ingest::read_file(path, "基线文件");
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const SourceText source(path.string(), text);
    const auto offset = static_cast<std::uint32_t>(e.byte > 0 ? e.byte - 1 : 0);
    throw InputError(path.string(), source.locate(offset), "基线文件不是有效的 JSON（invalid JSON）");
  } catch (const nlohmann::json::out_of_range&) {  // a number beyond double (1e999), found by fuzz_baseline
    throw InputError(path.string(), "基线文件中的数超出范围（a number out of range）");
  }
  // Compared as JSON: value("schema", "") threw when the schema was no string.
  if (!doc.is_object() || !doc.contains("schema") || doc["schema"] != kSchema || !doc.contains("findings") ||
      !doc["findings"].is_array())
    throw InputError(path.string(), std::string("不是 ") + kSchema + " 基线文件（not a baseline file）");
  std::vector<BaselineEntry> entries;
  for (std::size_t i = 0; i < doc["findings"].size(); ++i) {
    try {
      entries.push_back(entry_of(doc["findings"][i]));
    } catch (const nlohmann::json::exception&) {
      throw InputError(path.string(), "findings[" + std::to_string(i) + "]: 缺少 fingerprint 或 rule，或类型不对");
    }
  }
  return entries;
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
