#include <cctype>
#include <map>
#include <nlohmann/json.hpp>

#include "text/escape_json.hpp"
#include "reports/finding_region.hpp"
#include "reports/report.hpp"
#include "text/json_writer.hpp"

namespace clausecheck::reports {

namespace {

using nlohmann::json;

constexpr const char* kFingerprintKey = "clausecheck/v1";

const char* level(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "warning";
}

// A relative URI reference for a relative path, a file: URI for an absolute
// one; bytes outside the unreserved set are percent-encoded (UTF-8 names too).
std::string file_uri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (const char byte : path) {
    const auto c = static_cast<unsigned char>(byte);
    const bool plain = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain && c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

json rule_descriptor(const RuleMeta& rule) {
  const std::string summary = rule.summary.empty() ? rule.id : rule.summary;
  const std::string help = rule.docs.empty() ? summary : rule.docs;
  json tags = json::array();
  if (!rule.pack.empty()) tags.push_back(rule.pack);
  // SARIF wants unique tags; the consistency pack holds rules of the consistency kind.
  if (!rule.kind.empty() && rule.kind != rule.pack) tags.push_back(rule.kind);
  // No "name": SARIF wants it to differ from the id, and the id is already readable.
  json descriptor = {{"id", rule.id},
                     {"shortDescription", {{"text", summary}}},
                     {"fullDescription", {{"text", help}}},
                     {"help", {{"text", help}, {"markdown", help}}},
                     {"defaultConfiguration", {{"level", level(rule.severity)}}},
                     {"properties", {{"tags", tags}}}};
  if (!rule.docs_url.empty()) descriptor["helpUri"] = rule.docs_url;
  return descriptor;
}

// SARIF has no pages: a paged input's (PDF) page and line within it go in the region's property bag.
json region(Location start) {
  json out = {{"startLine", text::json_position(start.line)}, {"startColumn", text::json_position(start.column)}};
  if (start.page != 0) out["properties"] = {{"page", start.page}, {"pageLine", start.page_line}};
  return out;
}

json region(Location start, Location end) {
  json out = region(start);
  out["endLine"] = text::json_position(end.line);
  out["endColumn"] = text::json_position(end.column);
  return out;
}

json physical_location(const std::string& file, json region_json) {
  return {{"physicalLocation", {{"artifactLocation", {{"uri", file_uri(file)}}}, {"region", std::move(region_json)}}}};
}

class RuleTable {
 public:
  explicit RuleTable(const std::vector<RuleMeta>& rules) {
    for (const RuleMeta& rule : rules) add(rule);
  }
  // A finding of a rule the context does not list still gets a descriptor.
  std::size_t index_of(const std::string& id, Severity severity) {
    auto it = index_.find(id);
    if (it != index_.end()) return it->second;
    RuleMeta meta;
    meta.id = id;
    meta.severity = severity;
    return add(meta);
  }
  json descriptors() const { return descriptors_; }

 private:
  std::size_t add(const RuleMeta& rule) {
    if (auto it = index_.find(rule.id); it != index_.end()) return it->second;
    descriptors_.push_back(rule_descriptor(rule));
    return index_[rule.id] = descriptors_.size() - 1;
  }
  std::map<std::string, std::size_t> index_;
  json descriptors_ = json::array();
};

json result_of(const Finding& f, RuleTable& rules, bool with_baseline) {
  json region_json = region(f.location, end_of(f));
  region_json["snippet"] = {{"text", f.evidence}};
  json result = {{"ruleId", f.rule},
                 {"ruleIndex", rules.index_of(f.rule, f.severity)},
                 {"level", level(f.severity)},
                 {"message", {{"text", f.message}}},
                 {"locations", json::array({physical_location(f.file, region_json)})},
                 {"partialFingerprints", {{kFingerprintKey, f.fingerprint}}}};
  if (!f.anchor.empty()) result["properties"] = {{"anchor", f.anchor}};
  // One defect, one result: its other places (the other half-width items of a list).
  if (!f.related.empty()) {
    json related = json::array();
    for (std::size_t i = 0; i < f.related.size(); ++i) {
      json r_region = region(f.related[i].location, f.related[i].end);
      r_region["snippet"] = {{"text", f.related[i].evidence}};
      json place = physical_location(f.file, std::move(r_region));
      place["id"] = i + 1;
      place["message"] = {{"text", f.related[i].evidence}};
      related.push_back(std::move(place));
    }
    result["relatedLocations"] = std::move(related);
  }
  if (with_baseline) result["baselineState"] = f.in_baseline ? "unchanged" : "new";
  // Accepted outside the document (config or sidecar file): kind "external".
  if (f.suppressed)
    result["suppressions"] = json::array({{{"kind", "external"},
                                           {"status", "accepted"},
                                           {"justification", f.suppressed->reason},
                                           {"properties", {{"origin", f.suppressed->origin}}}}});
  if (f.fix) {
    json replacement = {{"deletedRegion", region(f.location, end_of(f))}, {"insertedContent", {{"text", *f.fix}}}};
    result["fixes"] =
        json::array({{{"description", {{"text", "改为“" + *f.fix + "”"}}},
                      {"artifactChanges", json::array({{{"artifactLocation", {{"uri", file_uri(f.file)}}},
                                                        {"replacements", json::array({replacement})}}})}}});
  }
  return result;
}

json absent_result(const BaselineEntry& e, RuleTable& rules) {
  return {{"ruleId", e.rule},
          {"ruleIndex", rules.index_of(e.rule, e.severity)},
          {"level", level(e.severity)},
          {"message", {{"text", e.message.empty() ? e.rule : e.message}}},
          {"locations", json::array({physical_location(e.file, region(e.location))})},
          {"partialFingerprints", {{kFingerprintKey, e.fingerprint}}},
          {"baselineState", "absent"}};
}

}  // namespace

// SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules that ran
// with their help, regions in code points (columnKind), partialFingerprints
// that survive unrelated edits, and baselineState when a baseline was applied.
void write_sarif(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  // Streamed a result at a time (keys in nlohmann's sorted order, json_writer.hpp), never one tree
  // of the whole log; "results" comes before "tool", so the rules a result names but the context
  // does not list are known by the time the driver is written.
  RuleTable rules(context.rules);
  std::string text;
  text::JsonWriter log(text, 2, text::drain_into(out), text::kStreamChunk);
  log.begin_object();
  log.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  log.key("runs");
  log.begin_array();
  log.begin_object();
  log.member("columnKind", "unicodeCodePoints");
  log.key("results");
  log.begin_array();
  for (const Finding& f : findings) log.value(result_of(f, rules, context.baseline != nullptr));
  if (context.baseline)
    for (const BaselineEntry& e : context.baseline->absent) log.value(absent_result(e, rules));
  log.end_array();
  log.key("tool");
  log.begin_object();
  log.key("driver");
  log.value(json{{"name", "clausecheck"},
                 {"version", CLAUSECHECK_VERSION},
                 {"semanticVersion", CLAUSECHECK_VERSION},
                 {"rules", rules.descriptors()}});
  log.end_object();
  log.end_object();
  log.end_array();
  log.member("version", "2.1.0");
  log.end_object();
  text += '\n';
  out << text;
}

}  // namespace clausecheck::reports
