#include "reports/baseline_writer.hpp"

#include <nlohmann/json.hpp>

#include "reports/output_file.hpp"
#include "rules/baseline.hpp"
#include "rules/fingerprint.hpp"
#include "text/escape_json.hpp"

namespace clausecheck {

namespace {

nlohmann::json entry_json(const Finding& f) {
  return {{"fingerprint", f.fingerprint}, {"rule", f.rule},         {"severity", to_string(f.severity)},
          {"message", f.message},         {"file", f.file},         {"line", f.location.line},
          {"column", f.location.column},  {"evidence", f.evidence}, {"anchor", f.anchor}};
}

}  // namespace

void write_baseline(const std::filesystem::path& path, std::vector<Finding>& findings,
                    const reports::ReadFiles& inputs) {
  ensure_fingerprints(findings);
  nlohmann::json list = nlohmann::json::array();
  for (const Finding& f : findings) list.push_back(entry_json(f));
  const nlohmann::json doc = {{"schema", kBaselineSchema}, {"findings", std::move(list)}};
  reports::write_output(path, text::dump_json(doc) + "\n", inputs);  // valid JSON whatever the file names
}

}  // namespace clausecheck
