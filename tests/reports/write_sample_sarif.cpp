// Writes the SARIF of the sample findings, with a baseline applied so that all
// three baselineState values occur and one finding is suppressed, for validate_sarif.py to check against
// the SARIF Multitool.
#include <iostream>

#include "reports/formats.hpp"
#include "reports/report.hpp"
#include "reports/sample_findings.hpp"
#include "rules/fingerprint.hpp"

using namespace clausecheck;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write_sample_sarif OUT.sarif\n";
    return 2;
  }
  std::vector<Finding> findings = testing::sample_findings();
  findings[0].in_baseline = true;
  findings[1].end = Location{4, 2};                                                    // a region over two lines
  findings[2].suppressed = SuppressedBy{"历史文件，已废止", ".clausecheck.yaml:7:5"};  // SARIF suppressions
  const BaselineEntry gone{"00000000000000aa",     "validity.not-yet-effective",
                           Severity::warning,      "驻政〔2030〕1号 尚未施行",
                           "examples/old.txt",     {5, 2},
                           "自2030年1月1日起施行", "驻政〔2030〕1号"};
  const BaselineComparison baseline{1, 2, {gone}};
  reports::write_report(*reports::find_format("sarif", reports::Command::check), findings,
                        reports::ReportContext{testing::sample_rules(), &baseline}, argv[1]);
  return 0;
}
