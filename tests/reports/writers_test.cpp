#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/in_language.hpp"
#include "text/code_points.hpp"
#include "text/utf8.hpp"
#include "reports/finding_region.hpp"
#include "reports/formats.hpp"
#include "reports/report.hpp"
#include "reports/sample_findings.hpp"
#include "rules/fingerprint.hpp"

using namespace clausecheck;
using namespace clausecheck::reports;
using clausecheck::testing::sample_findings;
using clausecheck::testing::sample_rules;
using clausecheck::testing::TempDir;

namespace {

// Through the format table, as `check` writes it.
std::string render(std::string_view format, std::vector<Finding> findings, const ReportContext& context) {
  ensure_fingerprints(findings);
  std::ostringstream out;
  const OutputFormat* row = find_format(format, Command::check);
  REQUIRE(row != nullptr);
  row->check(findings, context, out);
  return out.str();
}

ReportContext with_rules() { return ReportContext{sample_rules(), nullptr}; }

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("the end of a finding: given, or derived from the evidence in code points") {
  Finding f = sample_findings()[0];  // 统筹筹 at 120:7
  CHECK(end_of(f) == Location{120, 10});
  f.evidence = "第一行\n第二行末";
  CHECK(end_of(f) == Location{121, 5});
  f.end = Location{130, 2};
  CHECK(end_of(f) == Location{130, 2});
}

TEST_CASE("text: one clang-tidy style line per finding, evidence and fix below") {
  const InLanguage english(Lang::en);  // the English headings and counts
  const std::string text = render("text", sample_findings(), with_rules());
  CHECK(text.find("examples/seed.txt:120:7: warning: 疑似重复字“统筹筹” [typos.repeat]\n    统筹筹\n    ^~~~~~\n    "
                  "fix: 统筹\n") == 0);
  CHECK(text.find("drafts/wrong brackets.txt:3:1: error: 文号应使用六角括号〔〕：驻政[2023]9号 "
                  "[format.doc-number-brackets]\n") != std::string::npos);
  CHECK(text.find("3 findings (1 error, 1 warning, 1 info)\n") != std::string::npos);
}

TEST_CASE("text: the evidence is underlined in its line, in terminal columns (CJK two wide)") {
  auto findings = sample_findings();
  findings[0].before = "…我们抓城乡";  // "…" one column, five CJK characters ten
  findings[0].after = ", 发展";
  findings[2].evidence = "有效期\n一年";  // over two lines: the first is shown
  const std::string text = render("text", findings, with_rules());
  CHECK(text.find("    …我们抓城乡统筹筹, 发展\n" + std::string(15, ' ') + "^~~~~~\n") != std::string::npos);
  CHECK(text.find("    有效期\n    ^~~~~~\n") != std::string::npos);
  CHECK(text::display_width("驻政[2023]9号") == 13);
}

TEST_CASE("text with a baseline hides the findings already in it") {
  const InLanguage english(Lang::en);  // the English headings and counts
  auto findings = sample_findings();
  findings[0].in_baseline = true;
  BaselineComparison baseline{1, 2, {}};
  const std::string text = render("text", findings, ReportContext{sample_rules(), &baseline});
  CHECK(text.find("统筹筹") == std::string::npos);
  CHECK(text.find("2 findings (1 error, 0 warnings, 1 info); 1 in the baseline, 0 fixed since\n") != std::string::npos);
}

TEST_CASE("json: the findings@1 contract with byte offsets beside code-point columns") {
  const auto json = nlohmann::json::parse(render("json", sample_findings(), with_rules()));
  CHECK(json["schema"] == "clausecheck/findings@1");
  REQUIRE(json["findings"].size() == 3);
  const auto& f = json["findings"][0];
  CHECK(f["rule"] == "typos.repeat");
  CHECK(f["severity"] == "warning");
  CHECK(f["file"] == "examples/seed.txt");
  CHECK(f["line"] == 120);
  CHECK(f["column"] == 7);
  CHECK(f["end_column"] == 10);
  CHECK(f["offset"] == 4000);
  CHECK(f["end_offset"] == 4009);
  CHECK(f["evidence"] == "统筹筹");
  CHECK(f["fix"] == "统筹");
  CHECK(f["fingerprint"] == fingerprint_of(sample_findings()[0]));
  CHECK(json["findings"][1]["fix"].is_null());
  CHECK_FALSE(json.contains("absent"));
}

TEST_CASE("sarif: driver rules with help, code-point regions, fingerprints") {
  const auto log = nlohmann::json::parse(render("sarif", sample_findings(), with_rules()));
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const auto& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "clausecheck");
  CHECK(driver["version"] == CLAUSECHECK_VERSION);
  CHECK_FALSE(driver.contains("informationUri"));  // optional, and the project has no public home yet
  REQUIRE(driver["rules"].size() == 4);            // every rule that ran, also the silent one
  CHECK(driver["rules"][1]["id"] == "format.doc-number-brackets");
  CHECK(driver["rules"][1]["help"]["text"] == "GB/T 9704-2012 7.2.4：年份用六角括号〔〕括入。");
  CHECK(driver["rules"][1]["defaultConfiguration"]["level"] == "error");
  CHECK(driver["rules"][3]["help"]["text"] == "尚未施行");  // no docs: the summary stands in

  const auto& results = run["results"];
  REQUIRE(results.size() == 3);
  CHECK(results[0]["ruleId"] == "typos.repeat");
  CHECK(results[0]["ruleIndex"] == 0);
  CHECK(results[0]["level"] == "warning");
  CHECK(results[2]["level"] == "note");
  CHECK(results[0]["message"]["text"] == "疑似重复字“统筹筹”");
  const auto& region = results[0]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 120);
  CHECK(region["startColumn"] == 7);
  CHECK(region["endLine"] == 120);
  CHECK(region["endColumn"] == 10);
  CHECK(results[0]["partialFingerprints"]["clausecheck/v1"] == fingerprint_of(sample_findings()[0]));
  CHECK_FALSE(results[0].contains("baselineState"));
  CHECK(results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "统筹");
  // A space in a path is percent-encoded in the URI.
  CHECK(results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/wrong%20brackets.txt");
}

TEST_CASE("json, sarif and text: a finding's other places are its related locations, and only where it has some") {
  const InLanguage english(Lang::en);  // the English headings and counts
  std::vector<Finding> findings = sample_findings();
  findings[1].related = {{{5, 1}, {5, 4}, "(二)"}, {{7, 1}, {7, 4}, "(三)"}};
  const auto json = nlohmann::json::parse(render("json", findings, with_rules()));
  CHECK_FALSE(json["findings"][0].contains("related"));
  const auto& related = json["findings"][1]["related"];
  REQUIRE(related.size() == 2);
  CHECK(related[1]["line"] == 7);
  CHECK(related[1]["column"] == 1);
  CHECK(related[1]["end_column"] == 4);
  CHECK(related[1]["evidence"] == "(三)");

  const auto log = nlohmann::json::parse(render("sarif", findings, with_rules()));
  const auto& results = log["runs"][0]["results"];
  CHECK_FALSE(results[0].contains("relatedLocations"));
  const auto& places = results[1]["relatedLocations"];
  REQUIRE(places.size() == 2);
  CHECK(places[0]["id"] == 1);
  CHECK(places[1]["id"] == 2);
  CHECK(places[1]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/wrong%20brackets.txt");
  CHECK(places[1]["physicalLocation"]["region"]["startLine"] == 7);
  CHECK(places[1]["physicalLocation"]["region"]["endColumn"] == 4);
  CHECK(places[1]["message"]["text"] == "(三)");

  const std::string text = render("text", findings, with_rules());
  CHECK(text.find("[format.doc-number-brackets]\n    驻政[2023]9号\n") != std::string::npos);
  CHECK(text.find("    also at: 5:1 7:1\n") != std::string::npos);
  CHECK(count(text, "also at:") == 1);
}

TEST_CASE("sarif: rule tags are the pack and the kind, each once") {
  auto rules = sample_rules();
  rules[0].pack = "consistency";
  rules[0].kind = "consistency";
  const auto log = nlohmann::json::parse(render("sarif", sample_findings(), ReportContext{rules, nullptr}));
  const auto& descriptors = log["runs"][0]["tool"]["driver"]["rules"];
  CHECK(descriptors[0]["properties"]["tags"] == nlohmann::json::array({"consistency"}));
  CHECK(descriptors[1]["properties"]["tags"] == nlohmann::json::array({"format", "pattern"}));
}

TEST_CASE("sarif: a finding of an unlisted rule still gets a descriptor") {
  auto findings = sample_findings();
  findings[0].rule = "custom.rule";
  const auto log = nlohmann::json::parse(render("sarif", findings, with_rules()));
  const auto& rules = log["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 5);
  CHECK(rules[4]["id"] == "custom.rule");
  CHECK(log["runs"][0]["results"][0]["ruleIndex"] == 4);
}

TEST_CASE("sarif: baselineState new, unchanged and absent") {
  auto findings = sample_findings();
  findings[0].in_baseline = true;
  BaselineEntry gone{"00000000000000aa",     "validity.not-yet-effective",
                     Severity::warning,      "尚未施行",
                     "examples/old.txt",     {5, 2},
                     "自2030年1月1日起施行", ""};
  BaselineComparison baseline{1, 2, {gone}};
  const auto log = nlohmann::json::parse(render("sarif", findings, ReportContext{sample_rules(), &baseline}));
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 4);
  CHECK(results[0]["baselineState"] == "unchanged");
  CHECK(results[1]["baselineState"] == "new");
  CHECK(results[3]["baselineState"] == "absent");
  CHECK(results[3]["ruleIndex"] == 3);
  CHECK(results[3]["partialFingerprints"]["clausecheck/v1"] == "00000000000000aa");
}

TEST_CASE("junit: one suite per rule, a failure per finding at or above the fail level, XML escaped") {
  auto findings = sample_findings();
  findings[1].message = "a<b & \"c\"\x01";
  ReportContext every = with_rules();
  every.fail_level = Severity::info;  // --fail-on info: each of the three fails
  const std::string xml = render("junit", findings, every);
  CHECK(xml.rfind(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"clausecheck\" tests=\"4\" failures=\"3\"",
            0) == 0);
  CHECK(count(xml, "<testsuite ") == 4);
  CHECK(count(xml, "<failure ") == 3);
  CHECK(xml.find("message=\"a&lt;b &amp; &quot;c&quot;\\x01\"") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  // The class is the rule's id, which names its pack already.
  CHECK(xml.find("<testcase name=\"validity.not-yet-effective\" classname=\"validity.not-yet-effective\"/>") !=
        std::string::npos);
  CHECK(xml.find("validity.validity") == std::string::npos);
}

TEST_CASE("junit: below the fail level a finding is a passing case with its text, not a failure") {
  const auto findings = sample_findings();                                 // a warning, an error and an info
  const std::string by_default = render("junit", findings, with_rules());  // --fail-on error
  CHECK(count(by_default, "<failure ") == 1);
  CHECK(by_default.find("<failure message=\"文号应使用六角括号") != std::string::npos);
  CHECK(count(by_default, "<system-out>") == 2);
  CHECK(by_default.find("<system-out>info: examples/seed.txt:641:13: 驻政〔2023〕9号 已于2024-03-03失效") !=
        std::string::npos);
  CHECK(by_default.find("tests=\"4\" failures=\"1\"") != std::string::npos);

  ReportContext warning = with_rules();
  warning.fail_level = Severity::warning;
  CHECK(count(render("junit", findings, warning), "<failure ") == 2);
  ReportContext never = with_rules();
  never.fail_level = std::nullopt;  // --fail-on never
  const std::string none = render("junit", findings, never);
  CHECK(count(none, "<failure ") == 0);
  CHECK(count(none, "<system-out>") == 3);
}

TEST_CASE("junit: findings in the baseline are skipped, not failed") {
  auto findings = sample_findings();
  findings[0].in_baseline = true;
  BaselineComparison baseline{1, 2, {}};
  ReportContext context{sample_rules(), &baseline};
  context.fail_level = Severity::info;
  const std::string xml = render("junit", findings, context);
  CHECK(count(xml, "<failure ") == 2);
  CHECK(count(xml, "<skipped ") == 1);
  CHECK(xml.find("failures=\"2\" errors=\"0\" skipped=\"1\">") != std::string::npos);
}

TEST_CASE("github: workflow commands with %, CR, LF and property separators escaped") {
  auto findings = sample_findings();
  findings[1].message = "100% 错误\r\n第二行";
  findings[1].file = "drafts/a,b:c.txt";
  const std::string out = render("github", findings, with_rules());
  CHECK(out.find("::warning file=examples/seed.txt,line=120,col=7,endLine=120,endColumn=10,title=typos.repeat::"
                 "疑似重复字“统筹筹”%0A统筹筹\n") == 0);
  CHECK(out.find("::error file=drafts/a%2Cb%3Ac.txt,line=3,col=1,endLine=3,endColumn=11,"
                 "title=format.doc-number-brackets::100%25 错误%0D%0A第二行%0A驻政[2023]9号\n") != std::string::npos);
  CHECK(out.find("::notice file=examples/seed.txt,line=641") != std::string::npos);
  CHECK(count(out, "\n") == 3);
}

TEST_CASE("github: the full table goes to $GITHUB_STEP_SUMMARY, appended") {
  const InLanguage english(Lang::en);  // the English headings and counts
  TempDir dir;
  const auto summary = dir.path / "summary.md";
  {
    std::ofstream out(summary);
    out << "earlier step\n";
  }
  ::setenv("GITHUB_STEP_SUMMARY", summary.c_str(), 1);
  auto findings = sample_findings();
  write_report(*find_format("github", Command::check), findings, with_rules(), dir.path / "annotations.txt");
  ::unsetenv("GITHUB_STEP_SUMMARY");
  std::ifstream in(summary);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str().rfind("earlier step\n## clausecheck: 3 findings (1 error, 1 warning, 1 info)", 0) == 0);
  CHECK(count(text.str(), "\n| ") == 4);  // header and three rows
  CHECK(!findings[0].fingerprint.empty());
}

TEST_CASE("markdown: counts and a table row per finding, pipes escaped") {
  const InLanguage english(Lang::en);  // the English headings and counts
  auto findings = sample_findings();
  findings[2].evidence = "a|b";
  const std::string md = render("markdown", findings, with_rules());
  CHECK(md.rfind("## clausecheck: 3 findings (1 error, 1 warning, 1 info)\n\n| severity | rule | location | message | "
                 "evidence |",
                 0) == 0);
  CHECK(md.find("| error | `format.doc-number-brackets` | drafts/wrong brackets.txt:3:1 | "
                "文号应使用六角括号〔〕：驻政\\[2023\\]9号 | "
                "驻政\\[2023\\]9号 |") != std::string::npos);
  CHECK(md.find("a\\|b") != std::string::npos);
  CHECK(render("markdown", {}, with_rules()) == "## clausecheck: 0 findings (0 errors, 0 warnings, 0 info)\n\n");
}

namespace {
std::vector<Finding> with_suppressed_typo() {
  auto findings = sample_findings();
  findings[0].suppressed = SuppressedBy{"原文如此，已核对", ".clausecheck.yaml:4:5"};
  return findings;
}
}  // namespace

TEST_CASE("suppressed findings: hidden and counted in text, github and markdown unless asked for") {
  const InLanguage english(Lang::en);  // the English headings and counts
  const auto findings = with_suppressed_typo();
  const std::string text = render("text", findings, with_rules());
  CHECK(text.find("统筹筹") == std::string::npos);
  CHECK(text.find("2 findings (1 error, 0 warnings, 1 info); 1 suppressed\n") != std::string::npos);
  CHECK(render("github", findings, with_rules()).find("typos.repeat") == std::string::npos);
  CHECK(render("markdown", findings, with_rules()).find("typos.repeat") == std::string::npos);

  ReportContext show = with_rules();
  show.show_suppressed = true;
  const std::string shown_text = render("text", findings, show);
  CHECK(
      shown_text.find(
          "examples/seed.txt:120:7: warning: 疑似重复字“统筹筹” [typos.repeat]\n    统筹筹\n    ^~~~~~\n    fix: 统筹\n"
          "    suppressed: 原文如此，已核对 (.clausecheck.yaml:4:5)\n") == 0);
  CHECK(render("github", findings, show).find("::warning file=examples/seed.txt,line=120") == 0);
  CHECK(render("markdown", findings, show).find("| warning (suppressed) | `typos.repeat` |") != std::string::npos);
}

TEST_CASE("suppressed findings: JSON carries the reason, SARIF an external suppression, JUnit a skip") {
  const auto findings = with_suppressed_typo();
  const auto json = nlohmann::json::parse(render("json", findings, with_rules()));
  CHECK(json["findings"][0]["suppressed"]["reason"] == "原文如此，已核对");
  CHECK(json["findings"][0]["suppressed"]["origin"] == ".clausecheck.yaml:4:5");
  CHECK_FALSE(json["findings"][1].contains("suppressed"));

  const auto log = nlohmann::json::parse(render("sarif", findings, with_rules()));
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 3);
  REQUIRE(results[0]["suppressions"].size() == 1);
  CHECK(results[0]["suppressions"][0]["kind"] == "external");
  CHECK(results[0]["suppressions"][0]["status"] == "accepted");
  CHECK(results[0]["suppressions"][0]["justification"] == "原文如此，已核对");
  CHECK_FALSE(results[1].contains("suppressions"));

  ReportContext every = with_rules();
  every.fail_level = Severity::info;
  const std::string xml = render("junit", findings, every);
  CHECK(count(xml, "<failure ") == 2);
  CHECK(xml.find("<skipped message=\"suppressed: 原文如此，已核对\"/>") != std::string::npos);
}

namespace {

// A finding whose every text field holds what an attacker would put in a file
// name or a document: ESC, BEL, an OSC-8 link, C1, RLO, a line break that would
// forge a finding line, bytes that are not UTF-8, XML's noncharacters, HTML,
// a Markdown link and a mention.
std::vector<Finding> hostile_findings() {
  const std::string hostile =
      "\x1b[31m\x07\x1b]8;;https://evil.example\x07x\x1b]8;;\x07\xc2\x9b\u202e\n"
      "x.txt:1:1: error: forged [typos.repeat]\r\xff\uffff\ufffe<b>&[a](https://evil.example) @octocat|";
  auto findings = sample_findings();
  for (Finding& f : findings) {
    f.file = "drafts/" + hostile + ".txt";
    f.message = "消息" + hostile;
    f.evidence = "证据" + hostile;
    f.before = hostile;
    f.after = hostile;
    f.anchor = hostile;
    f.fix = hostile;
  }
  findings[1].suppressed = SuppressedBy{hostile, hostile};
  return findings;
}

ReportContext showing_all() {
  ReportContext context = with_rules();
  context.show_suppressed = true;
  return context;
}

// No C0 control but TAB and LF, no DEL, no C1, no bidi control, no noncharacter, valid UTF-8.
void check_terminal_safe(const std::string& out) {
  CHECK(clausecheck::text::first_invalid_utf8(out) == std::string::npos);
  for (char c : out) {
    const auto b = static_cast<unsigned char>(c);
    CHECK_MESSAGE((b >= 0x20 || c == '\n' || c == '\t'), "control byte ", int(b));
    CHECK(b != 0x7F);
  }
  for (const char* raw : {"\u202e", "\xc2\x9b", "\uffff", "\ufffe"}) CHECK(out.find(raw) == std::string::npos);
}

}  // namespace

TEST_CASE("text: hostile file names and texts are shown escaped, one line per finding") {
  const InLanguage english(Lang::en);  // the English headings and counts
  const std::string text = render("text", hostile_findings(), showing_all());
  check_terminal_safe(text);
  // File, message, before, after and fix of each finding (the evidence shows its first line), and the suppression.
  CHECK(count(text, "forged") == 3 * 5 + 2);
  // Lines not indented: the three findings' own, then the summary.
  std::istringstream lines(text);
  std::vector<std::string> unindented;
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("    ", 0) != 0) unindented.push_back(line);
  REQUIRE(unindented.size() == 4);
  for (std::size_t i = 0; i < 3; ++i) CHECK(unindented[i].rfind("drafts/", 0) == 0);
  CHECK(unindented[3] == "2 findings (0 errors, 1 warning, 1 info); 1 suppressed");
  CHECK(text.find(
            "drafts/\\x1b[31m\\x07\\x1b]8;;https://evil.example\\x07x\\x1b]8;;\\x07\\u009b\\u202e\\x0ax.txt:1:1: "
            "error: forged [typos.repeat]\\x0d\\xff\\uffff\\ufffe<b>&[a](https://evil.example) @octocat|.txt:120:7: "
            "warning: 消息") == 0);
}

TEST_CASE("text: the underline spans the evidence as shown, escapes included") {
  auto findings = sample_findings();
  findings[0].before = "\x1b";
  findings[0].evidence = "\u202e筹";
  const std::string text = render("text", findings, with_rules());
  CHECK(text.find("    \\x1b\\u202e筹\n        ^~~~~~~~\n") != std::string::npos);
}

TEST_CASE("github: controls made visible, breaks percent-encoded, one command per finding") {
  const std::string out = render("github", hostile_findings(), showing_all());
  check_terminal_safe(out);
  CHECK(count(out, "\n") == 3);
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) CHECK(line.rfind("::", 0) == 0);
  CHECK(out.find(
            "::warning file=drafts/\\x1b[31m\\x07\\x1b]8;;https%3A//evil.example\\x07x\\x1b]8;;\\x07\\u009b\\u202e%0A"
            "x.txt%3A1%3A1%3A error%3A forged [typos.repeat]%0D\\xff\\uffff\\ufffe<b>&[a](https%3A//evil.example) "
            "@octocat|.txt,line=120") == 0);
}

TEST_CASE("junit: well-formed XML whatever the names and texts hold") {
  const std::string xml = render("junit", hostile_findings(), showing_all());
  check_terminal_safe(xml);
  CHECK(xml.find("<b>") == std::string::npos);
  CHECK(xml.find("&lt;b&gt;&amp;[a]") != std::string::npos);
  CHECK(xml.find("\\xff\\uffff\\ufffe") != std::string::npos);
  CHECK(count(xml, "<testcase ") == 4);
}

TEST_CASE("markdown: hostile cells render as their text: no HTML, link, mention or extra row") {
  const std::string md = render("markdown", hostile_findings(), showing_all());
  check_terminal_safe(md);
  CHECK(md.find("<b>") == std::string::npos);
  CHECK(md.find("](") == md.find("\\](") + 1);  // every ]( escaped
  CHECK(md.find("@octocat") == std::string::npos);
  CHECK(md.find("@&#8203;octocat") != std::string::npos);
  std::istringstream lines(md);
  std::size_t rows = 0;
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("| ", 0) == 0) {
      ++rows;
      CHECK(line.back() == '|');
      CHECK(count(line, " | ") == 4);  // five cells: the pipes inside them are escaped
    }
  CHECK(rows == 1 + 3);
}

TEST_CASE("json and sarif: file names that are not UTF-8 are escaped, the output parses") {
  const auto findings = hostile_findings();
  const auto json = nlohmann::json::parse(render("json", findings, with_rules()));
  CHECK(json["findings"][0]["file"].get<std::string>().find("\\xff\uffff") != std::string::npos);
  CHECK(json["findings"][0]["message"].get<std::string>().find("\x1b[31m") !=
        std::string::npos);  // data kept, JSON-escaped

  const auto log = nlohmann::json::parse(render("sarif", findings, with_rules()));
  const auto& location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  const std::string uri = location["artifactLocation"]["uri"];
  CHECK(uri.find("%1B%5B31m%07") != std::string::npos);  // the real bytes, percent-encoded
  CHECK(uri.find("%FF") != std::string::npos);
}

TEST_CASE("json and sarif: a line or column of 0 or wrapped from a negative baseline value becomes 1") {
  auto findings = sample_findings();
  findings[0].location = {0, 0};
  BaselineEntry gone{"00000000000000aa",
                     "validity.expired",
                     Severity::info,
                     "已失效",
                     "old.txt",
                     {static_cast<std::uint32_t>(-5), static_cast<std::uint32_t>(-1)},
                     "x",
                     ""};
  BaselineComparison baseline{0, 3, {gone}};
  const ReportContext context{sample_rules(), &baseline};
  const auto json = nlohmann::json::parse(render("json", findings, context));
  CHECK(json["findings"][0]["line"] == 1);
  CHECK(json["findings"][0]["column"] == 1);
  CHECK(json["absent"][0]["line"] == 1);
  CHECK(json["absent"][0]["column"] == 1);
  const auto log = nlohmann::json::parse(render("sarif", findings, context));
  const auto& results = log["runs"][0]["results"];
  CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
  CHECK(results[3]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
  CHECK(results[3]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 1);
}

TEST_CASE("the step summary is cut after whole rows under GitHub's 1 MiB, with a note of what was left out") {
  std::string table = "| 级别 | 规则 | 位置 | 说明 |\n|---|---|---|---|\n";
  std::size_t rows = 0;
  while (table.size() < 3 * kStepSummaryLimit) {
    table += "| warning | `typos.repeated-char` | seed.txt:" + std::to_string(++rows) + " | 疑似重复字“筹筹” |\n";
  }
  const std::string fitted = fit_step_summary(table);
  CHECK(fitted.size() <= kStepSummaryLimit);
  const std::size_t note = fitted.find("\n> 摘要超过 GitHub 的 1 MiB 上限，其余 ");
  REQUIRE(note != std::string::npos);
  CHECK(table.compare(0, note, fitted, 0, note) == 0);  // a prefix of the table, ending a row
  CHECK(fitted[note - 1] == '\n');
  std::size_t kept = 0;
  for (std::size_t at = fitted.find("| warning"); at < note; at = fitted.find("| warning", at + 1)) ++kept;
  CHECK(fitted.find("其余 " + std::to_string(rows - kept) + " 行未显示") != std::string::npos);
  const std::string small = "| a |\n";
  CHECK(fit_step_summary(small) == small);
}

TEST_CASE("jsonl: one compact line per finding, each the object json lists") {
  const auto findings = sample_findings();
  const std::string lines = render("jsonl", findings, with_rules());
  const auto whole = nlohmann::json::parse(render("json", findings, with_rules()));
  std::istringstream in(lines);
  std::string line;
  std::size_t i = 0;
  while (std::getline(in, line)) {
    REQUIRE(i < whole["findings"].size());
    CHECK(nlohmann::json::parse(line) == whole["findings"][i++]);
  }
  CHECK(i == findings.size());
}

TEST_CASE("gitlab: a Code Quality report of the findings shown, severities in GitLab's terms") {
  auto findings = with_suppressed_typo();  // the typo suppressed, the other two shown
  const auto report = nlohmann::json::parse(render("gitlab", findings, with_rules()));
  REQUIRE(report.is_array());
  REQUIRE(report.size() == 2);
  CHECK(report[0]["check_name"] == "format.doc-number-brackets");
  CHECK(report[0]["severity"] == "major");
  CHECK(report[1]["severity"] == "info");
  CHECK(report[0]["location"]["path"] == "drafts/wrong brackets.txt");
  CHECK(report[0]["location"]["positions"]["begin"]["line"] == 3);
  CHECK(report[0]["location"]["positions"]["begin"]["column"] == 1);
  CHECK(report[0]["description"] == findings[1].message);
  CHECK(report[0]["fingerprint"] != report[1]["fingerprint"]);
}

// A finding in a PDF knows its page and the line within it; every format shows them beside the decoded text's
// file:line:column, which stays first and parsable. A text input's finding (page 0) shows none.
TEST_CASE("a paged input's finding shows its page and line in every format; a text input's shows none") {
  std::vector<Finding> paged = sample_findings();
  paged[0].location.page = 4;
  paged[0].location.page_line = 17;
  const ReportContext context = with_rules();
  CHECK(render("text", paged, context)
            .find("examples/seed.txt:120:7: warning: 疑似重复字“统筹筹” "
                  "[typos.repeat] (page 4, line 17)\n") != std::string::npos);
  const auto json = nlohmann::json::parse(render("json", paged, context));
  CHECK(json["findings"][0]["page"] == 4);
  CHECK(json["findings"][0]["page_line"] == 17);
  CHECK_FALSE(json["findings"][1].contains("page"));
  const auto sarif = nlohmann::json::parse(render("sarif", paged, context));
  const auto& region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["properties"]["page"] == 4);
  CHECK(region["properties"]["pageLine"] == 17);
  CHECK(render("junit", paged, context).find("examples/seed.txt:120:7 (page 4, line 17)") != std::string::npos);
  CHECK(render("github", paged, context).find("疑似重复字“统筹筹” (page 4, line 17)") != std::string::npos);
  CHECK(render("markdown", paged, context).find("examples/seed.txt:120:7 (page 4, line 17)") != std::string::npos);
  CHECK(render("gitlab", paged, context).find("(page 4, line 17)") != std::string::npos);
  for (const std::string& name : format_names(Command::check))
    CHECK(count(render(name, sample_findings(), context), "page") == 0);
}
