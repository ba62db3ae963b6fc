// `clausecheck explain RULE`, `rules list --format json` and a rule's
// `docs_url`, run through the binary as a user runs them.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/run_cli.hpp"
#include "ingest/temp_dir.hpp"
#include "source_paths.hpp"

using namespace clausecheck::test;

namespace {

// A pack of one pattern rule, with `extra` lines added to the rule.
std::string pack(const std::string& extra) {
  return "pack: local\nrules:\n  - id: local.no-jiezhi-muqian\n    severity: warning\n    kind: pattern\n"
         "    pattern: 截止目前\n    message: 应为“截至目前”\n    docs: 截止 is an end, 截至 up to.\n" +
         extra +
         "    examples:\n      fires:\n        - \"截止目前，已完成。\"\n      passes:\n        - "
         "\"截至目前，已完成。\"\n";
}

}  // namespace

TEST_CASE("explain shows one rule whole; an unknown one is exit 2 with the nearest id") {
  const CliRun r = run_cli("explain validity.expired");
  REQUIRE(r.code == 0);
  CHECK(r.out.rfind("validity.expired\n", 0) == 0);
  CHECK(r.out.find("severity: error") != std::string::npos);
  CHECK(r.out.find("<builtin>/validity.yaml:") != std::string::npos);
  CHECK(r.out.find("国办发〔2018〕37号") != std::string::npos);  // the source its docs cite
  CHECK(r.out.find("\nfires on:\n  - ") != std::string::npos);
  CHECK(r.out.find("\npasses:\n  - ") != std::string::npos);
  CHECK(r.out.find(" \n") == std::string::npos);  // no trailing blanks on the example's empty lines

  const CliRun unknown = run_cli("explain validty.expird");
  CHECK(unknown.code == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err.find("是否应为 'validity.expired'") != std::string::npos);
  CHECK(run_cli("explain change.clause-deleted").code == 0);  // the diff's change rules too
}

TEST_CASE("rules list --format json holds every rule the text list holds") {
  const CliRun text = run_cli("rules list");
  const CliRun listed = run_cli("rules list --format json");
  REQUIRE(text.code == 0);
  REQUIRE(listed.code == 0);
  const auto doc = nlohmann::json::parse(listed.out);
  CHECK(doc.at("schema") == "clausecheck/rules@1");
  std::istringstream lines(text.out);
  std::string line;
  std::size_t i = 0;
  while (std::getline(lines, line)) {
    REQUIRE(i < doc.at("rules").size());
    const auto& rule = doc["rules"][i++];
    CAPTURE(line);
    CHECK(line.rfind(rule.at("id").get<std::string>() + "\t" + rule.at("severity").get<std::string>() + "\t", 0) == 0);
    CHECK(!rule.at("source").get<std::string>().empty());
    CHECK(!rule.at("examples").at("fires").empty());
  }
  CHECK(i == doc["rules"].size());
  CHECK(run_cli("rules list --format yaml").code == 2);
}

TEST_CASE("a rule's docs_url is its SARIF helpUri and explain's link; anything but http(s) is refused") {
  TempDir dir;
  const auto good = dir.write("good.yaml", pack("    docs_url: https://example.org/rules/jiezhi\n"));
  const CliRun sarif = run_cli("check --no-config-discovery --rules '" + good.string() +
                               "' --format sarif --fail-on never '" + kSeed + "'");
  REQUIRE(sarif.code == 0);
  const auto rules = nlohmann::json::parse(sarif.out)["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].at("helpUri") == "https://example.org/rules/jiezhi");
  const CliRun explain = run_cli("explain --rules '" + good.string() + "' local.no-jiezhi-muqian");
  CHECK(explain.code == 0);
  CHECK(explain.out.find("more:     https://example.org/rules/jiezhi") != std::string::npos);

  for (const std::string url : {"javascript:alert(1)", "file:///etc/passwd", "'https://a b'"}) {
    CAPTURE(url);
    const auto bad = dir.write("bad.yaml", pack("    docs_url: " + url + "\n"));
    const CliRun r = run_cli("rules list '" + bad.string() + "'");
    CHECK(r.code == 2);
    CHECK(r.err.find("bad.yaml:9:") != std::string::npos);  // file:line:column of the value
    CHECK(r.err.find("docs_url") != std::string::npos);
  }
}

TEST_CASE("after -o one line on stderr says what was written where; -q and stdout output say nothing") {
  TempDir dir;
  const std::string out = (dir.path() / "report.sarif").string();
  const CliRun r =
      run_cli("check --no-config-discovery --as-of 2026-11-28 --format sarif -o '" + out + "' '" + kSeed + "'");
  CHECK(r.code == 1);
  CHECK(r.err == "clausecheck: 共 19 个结果（3 个错误，8 个警告，8 个提示） → " + out + "\n");
  CHECK(run_cli("-q check --no-config-discovery --as-of 2026-11-28 -o '" + out + "' '" + kSeed + "'").err.empty());
  CHECK(run_cli("check --no-config-discovery --as-of 2026-11-28 '" + kSeed + "'").err.empty());
  const CliRun status = run_cli("status --no-config-discovery --as-of 2026-11-28 -o '" + out + "' '" + kSeed + "'");
  CHECK(status.err.find(" register entries → " + out) != std::string::npos);
}

// The repetition rule's second pass takes a UTF-8 file's bytes as they are
// read (BOM and CRLF kept) and decodes a GB18030 one: the counts are those of
// their texts. ，图幅 in another file excuses 地图图幅; 地图幅面 (a word's end) does not.
TEST_CASE("check: the cross-file pair count is the same over UTF-8 with BOM and CRLF and over GB18030") {
  const TempDir dir;
  dir.write("a.txt", "\xEF\xBB\xBF测试通知\r\n一、地图图幅面积，乡镇人民政府府应当加强管理。\r\n");
  // 测试通知\r\n一、按规定，图幅大小不变。\r\n in GB18030.
  dir.write("b.txt",
            "\xB2\xE2\xCA\xD4\xCD\xA8\xD6\xAA\x0D\x0A\xD2\xBB\xA1\xA2\xB0\xB4\xB9\xE6\xB6\xA8\xA3\xAC\xCD\xBC\xB7"
            "\xF9\xB4\xF3\xD0\xA1\xB2\xBB\xB1\xE4\xA1\xA3\x0D\x0A");
  dir.write("c.txt", "测试通知\r\n一、地图幅面较大，政府应当核实。\r\n");
  dir.write("d.txt", "\xEF\xBB\xBF测试通知\r\n一、按规定，图\r\n幅\r\n，图幅大小不变。\r\n");
  const auto evidence = [](const std::string& files) {
    std::string found;
    for (const char* jobs : {"1", "2"}) {
      std::string these;
      std::istringstream lines(run_cli("check " + files + " --format jsonl --jobs " + jobs).out);
      for (std::string line; std::getline(lines, line);)
        if (const auto finding = nlohmann::json::parse(line); finding.value("rule", "") == "typos.repeated-char")
          these += finding.value("evidence", "") + " ";
      if (found.empty()) found = these;
      CHECK(these == found);
    }
    return found;
  };
  const std::string a = (dir.path() / "a.txt").string() + " ";
  CHECK(evidence(a) == "图图 府府 ");
  CHECK(evidence(a + (dir.path() / "b.txt").string()) == "府府 ");
  CHECK(evidence(a + (dir.path() / "c.txt").string()) == "图图 府府 ");
  CHECK(evidence(a + (dir.path() / "d.txt").string()) == "府府 ");
}
