#include <nlohmann/json.hpp>

#include "reports/escape_json.hpp"
#include "reports/finding_region.hpp"
#include "reports/report.hpp"

namespace clausecheck::reports {

// {"schema":"clausecheck/findings@1","findings":[…]} (DESIGN.md): columns in
// code points, byte offsets beside them; lines and columns at least 1 and
// strings valid UTF-8 (escape_json.hpp), whatever a baseline or a file name held.
void write_json(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  nlohmann::json list = nlohmann::json::array();
  for (const Finding& f : findings) {
    const Location end = end_of(f);
    nlohmann::json j = {{"rule", f.rule},
                        {"severity", to_string(f.severity)},
                        {"message", f.message},
                        {"file", f.file},
                        {"line", json_position(f.location.line)},
                        {"column", json_position(f.location.column)},
                        {"end_line", json_position(end.line)},
                        {"end_column", json_position(end.column)},
                        {"offset", f.span.begin},
                        {"end_offset", f.span.end},
                        {"evidence", f.evidence},
                        {"anchor", f.anchor},
                        {"fix", f.fix ? nlohmann::json(*f.fix) : nlohmann::json()},
                        {"fingerprint", f.fingerprint}};
    if (context.baseline) j["baseline"] = f.in_baseline ? "unchanged" : "new";
    if (f.suppressed) j["suppressed"] = {{"reason", f.suppressed->reason}, {"origin", f.suppressed->origin}};
    list.push_back(std::move(j));
  }
  nlohmann::json doc = {{"schema", "clausecheck/findings@1"}, {"findings", std::move(list)}};
  if (context.baseline) {
    nlohmann::json absent = nlohmann::json::array();
    for (const BaselineEntry& e : context.baseline->absent)
      absent.push_back({{"rule", e.rule}, {"file", e.file}, {"line", json_position(e.location.line)},
                        {"column", json_position(e.location.column)}, {"evidence", e.evidence}, {"fingerprint", e.fingerprint}});
    doc["absent"] = std::move(absent);
  }
  out << dump_json(std::move(doc)) << '\n';
}

}  // namespace clausecheck::reports
