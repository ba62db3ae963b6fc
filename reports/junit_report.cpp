#include <map>
#include <sstream>

#include "text/escape_markup.hpp"
#include "text/escape_visible.hpp"
#include "reports/report.hpp"
#include "model/page_suffix.hpp"

namespace clausecheck::reports {

namespace {

// XML 1.0 attribute and text content. What XML cannot carry at all (C0 but
// TAB, LF and CR, U+FFFE, U+FFFF, bytes that are not UTF-8, lone surrogates
// among them) and the controls a CI page would pass on raw are made visible
// (\x1b, \xff, \ufffe); the five special characters are escaped, and line
// breaks and tabs written as references so that attribute values keep them.
std::string xml(std::string_view text) { return text::escape_markup(text::visible(text, text::Breaks::kept), true); }

std::string place(const Finding& f) {
  return f.file + ":" + std::to_string(f.location.line) + ":" + std::to_string(f.location.column) +
         page_suffix(f.location);
}

// The place, message, rule and evidence of a finding, as a failure's text.
std::string detail(const Finding& f) { return place(f) + ": " + f.message + " [" + f.rule + "]\n" + f.evidence; }

struct Suite {
  std::string pack;
  std::vector<const Finding*> findings;
};

}  // namespace

// One <testsuite> per rule: a passing <testcase> when the rule found nothing,
// else one <testcase> per finding: failed when it is at or above the fail
// level, passing with its text in <system-out> below it, skipped when it is in
// the baseline or suppressed. CI systems then show each finding with its place and evidence.
void write_junit(const std::vector<Finding>& findings, const ReportContext& context, std::ostream& out) {
  std::map<std::string, Suite> suites;
  for (const RuleMeta& rule : context.rules) suites[rule.id].pack = rule.pack;
  for (const Finding& f : findings) suites[f.rule].findings.push_back(&f);

  std::size_t tests = 0, failures = 0, skipped = 0;
  std::ostringstream body;
  for (const auto& [rule, suite] : suites) {
    std::size_t suite_failures = 0, suite_skipped = 0;
    std::ostringstream cases;
    // A rule's id already starts with its pack (validity.expired): the class is the id, not validity.validity.expired.
    const bool prefixed = suite.pack.empty() || rule.starts_with(suite.pack + ".");
    const std::string classname = prefixed ? rule : suite.pack + "." + rule;
    if (suite.findings.empty())
      cases << "    <testcase name=\"" << xml(rule) << "\" classname=\"" << xml(classname) << "\"/>\n";
    for (const Finding* f : suite.findings) {
      cases << "    <testcase name=\"" << xml(place(*f)) << "\" classname=\"" << xml(classname) << "\" file=\""
            << xml(f->file) << "\" line=\"" << f->location.line << "\">\n";
      if (f->in_baseline || f->suppressed) {
        const std::string why = f->suppressed ? "suppressed: " + f->suppressed->reason : "in baseline";
        cases << "      <skipped message=\"" << xml(why) << "\"/>\n";
        ++suite_skipped;
      } else if (context.fail_level && f->severity >= *context.fail_level) {
        cases << "      <failure message=\"" << xml(f->message) << "\" type=\"" << to_string(f->severity) << "\">"
              << xml(detail(*f)) << "</failure>\n";
        ++suite_failures;
      } else {
        // Below --fail-on: shown, as the run shows it, but it fails nothing.
        cases << "      <system-out>" << xml(std::string(to_string(f->severity)) + ": " + detail(*f))
              << "</system-out>\n";
      }
      cases << "    </testcase>\n";
    }
    const std::size_t suite_tests = std::max<std::size_t>(1, suite.findings.size());
    body << "  <testsuite name=\"" << xml(rule) << "\" tests=\"" << suite_tests << "\" failures=\"" << suite_failures
         << "\" errors=\"0\" skipped=\"" << suite_skipped << "\">\n"
         << cases.str() << "  </testsuite>\n";
    tests += suite_tests;
    failures += suite_failures;
    skipped += suite_skipped;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"clausecheck\" tests=\"" << tests << "\" failures=\"" << failures
      << "\" errors=\"0\" skipped=\"" << skipped << "\">\n"
      << body.str() << "</testsuites>\n";
}

}  // namespace clausecheck::reports
