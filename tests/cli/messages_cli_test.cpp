// One language per run, from the catalogue: the binary is run on each mistake
// of the message groups below in --lang en and --lang zh, and every line it
// writes on stderr must be a message of the catalogue (src/model/messages.cpp)
// in that run's language. A message written in one language in the code, or as
// a "中文 (English)" pair, fails here. The groups covered are the ones listed
// (docs/cli.md, "Language", says which are left).
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/temp_dir.hpp"
#include "model/messages.hpp"
#include "run_cli.hpp"
#include "text/han.hpp"

using clausecheck::Lang;

namespace {

// A catalogue text as a regular expression: each {} any text.
std::string text_pattern(std::string_view text) {
  static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
  std::string pattern;
  std::size_t from = 0;
  for (std::size_t hole = text.find("{}"); from <= text.size(); hole = text.find("{}", from)) {
    const std::string literal(text.substr(from, hole == std::string_view::npos ? std::string_view::npos : hole - from));
    pattern += std::regex_replace(literal, special, R"(\$&)");
    if (hole == std::string_view::npos) break;
    pattern += ".*";
    from = hole + 2;
  }
  return pattern;
}

std::string_view in(const clausecheck::MessageText& m, Lang lang) { return lang == Lang::zh ? m.zh : m.en; }

// Each catalogue text in one language as a whole stderr line: after the error
// prefix and the places and keys it is about ("file:3:5: 'as_of': "), and
// before the values a choice takes and the nearest name ("did you mean") a
// message may end with. A text that is only holes says nothing of its own
// (its words come from elsewhere) and matches no line.
std::vector<std::regex> catalogue_patterns(Lang lang) {
  const auto& catalogue = clausecheck::message_catalogue();
  const auto part = [&](clausecheck::Msg id) {
    return "(" + text_pattern(in(catalogue[static_cast<std::size_t>(id)], lang)) + ")?";
  };
  const std::string nearest = part(clausecheck::Msg::cli_one_of) + part(clausecheck::Msg::did_you_mean);
  std::vector<std::regex> out;
  for (const clausecheck::MessageText& m : catalogue) {
    const std::string_view text = in(m, lang);
    if (std::regex_replace(std::string(text), std::regex(R"(\{\})"), "").empty()) continue;
    out.emplace_back("(error: )?(.*: )?" + text_pattern(text) + nearest);
  }
  return out;
}

bool in_catalogue(const std::string& line, const std::vector<std::regex>& patterns) {
  for (const std::regex& p : patterns)
    if (std::regex_match(line, p)) return true;
  return false;
}

struct Group {
  std::string name;
  std::vector<std::string> mistakes;  // command lines, each an exit 2
};

}  // namespace

TEST_CASE("every message of the covered groups is in the catalogue, in the run's language") {
  const TempDir dir;
  dir.write("empty.txt", "");
  dir.write("list.yaml", "- a\n");
  dir.write("docs/notes.bin", "x");
  dir.write("bad-as-of.yaml", "as_of: 2024-13-01\n");
  dir.write("bad-severity.yaml", "severity:\n  validity.expired: loud\n");
  dir.write("bad-count.yaml", "day_count: lunar\n");
  dir.write("bad-fail-on.yaml", "fail_on: eror\n");
  dir.write("bad-rule.yaml", "disable: [validity.expird]\n");
  const auto rule = [](const std::string& kind, const std::string& extra) {
    return "rules:\n  - id: t.a\n    severity: error\n    kind: " + kind + "\n    message: m\n" + extra;
  };
  dir.write("pack-list.yaml", "- a\n");
  dir.write("pack-type.yaml", "pack: [a]\nrules: []\n");
  dir.write("pack-no-rules.yaml", "pack: x\n");
  dir.write("pack-kind.yaml", rule("sequenc", ""));
  dir.write("pack-key.yaml", rule("sequence", "    chek: gap\n"));
  dir.write("pack-twice.yaml", rule("sequence", "    check: gap\n") + rule("sequence", "    check: gap\n").substr(7));
  dir.write("pack-scope.yaml", rule("sequence", "    check: gap\n    scope: fact\n"));
  dir.write("pack-severity.yaml", "rules:\n  - id: t.a\n    severity: loud\n    kind: sequence\n    message: m\n");
  dir.write("pack-check.yaml", rule("sequence", "    check: gaps\n"));
  dir.write("pack-placeholder.yaml",
            "rules:\n  - {id: t.a, severity: info, kind: sequence, check: gap, message: '{nosuch}'}\n");
  dir.write("pack-number.yaml", rule("complement", "    total: .nan\n"));
  dir.write("pack-regex.yaml", rule("pattern", "    pattern: '('\n"));
  dir.write("packs/readme.txt", "no packs here");
  dir.write("expr-field.yaml", rule("compare", "    when: nan > 1\n"));
  dir.write("expr-syntax.yaml", rule("compare", "    when: doc.trial and\n"));
  dir.write("expr-fact.yaml", rule("require", "    fact: validty\n"));
  dir.write("suppress-map.yaml", "suppress: {rule: a}\n");
  dir.write("suppress-reason.yaml", "suppress: [{rule: validity.expired}]\n");
  dir.write("suppress-key.yaml", "suppress: [{rule: validity.expired, reasn: x}]\n");
  dir.write("suppress-rule.yaml", "suppress: [{rule: validity.expird, reason: x}]\n");
  dir.write("suppress-line.yaml", "suppress: [{rule: validity.expired, reason: x, line: 0}]\n");
  dir.write("baseline-array.json", "[]");
  dir.write("baseline-json.json", "{\"schema\": \"clausecheck/baseline@1\", \"findings\": [}");
  dir.write("baseline-entry.json", "{\"schema\": \"clausecheck/baseline@1\", \"findings\": [1]}");
  dir.write("baseline-rule.json", "{\"schema\": \"clausecheck/baseline@1\", \"findings\": [{\"fingerprint\": \"f\"}]}");
  dir.write("baseline-line.json",
            "{\"schema\": \"clausecheck/baseline@1\", \"findings\": [{\"fingerprint\": \"f\", \"rule\": \"r\", "
            "\"line\": 0}]}");
  const std::string d = dir.path().string() + "/";
  std::filesystem::create_symlink(d + "nowhere/report.txt", d + "dangling");
  const std::string seed = CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt";
  const std::string inputs = CLAUSECHECK_SOURCE_DIR "/tests/data/inputs/";
  REQUIRE(run_cli("index " + seed + " --db " + d + "civil.db --count civil_code").code == 0);
  const std::vector<Group> groups = {
      {"usage",
       {"chek", "", "rules lst", "check --fromat json x.txt", "check", "explain validity.expird",
        "check --as-of 2024-13-01 " + seed, "check --shard 3/2 " + seed}},
      {"files",
       {"check " + d + "missing.txt", "check " + d + "docs", "check - - < /dev/null", "check " + d + "empty.txt",
        "init -o " + d + "empty.txt"}},
      {"config",
       {"check --config " + d + "list.yaml " + seed, "check --config " + d + "bad-as-of.yaml " + seed,
        "check --config " + d + "bad-severity.yaml " + seed, "check --config " + d + "bad-count.yaml " + seed,
        "check --config " + d + "bad-fail-on.yaml " + seed, "check --config " + d + "bad-rule.yaml " + seed}},
      {"status",
       {"status", "status --db " + d + "civil.db " + seed, "status --db " + d + "civil.db --count administrative"}},
      {"index",
       {"status --db " + d + "none.db", "status --db " + d + "empty.txt", "index " + seed + " --db " + d + "docs"}},
      {"query",
       {"query repealed-by --db " + d + "civil.db", "query in-force x --db " + d + "civil.db",
        "query in-force --db " + d + "civil.db", "query cites-repealed --issuer x --db " + d + "civil.db"}},
      {"packs",
       {"check --rules " + d + "pack-list.yaml " + seed, "check --rules " + d + "pack-type.yaml " + seed,
        "check --rules " + d + "pack-no-rules.yaml " + seed, "check --rules " + d + "pack-kind.yaml " + seed,
        "check --rules " + d + "pack-key.yaml " + seed, "check --rules " + d + "pack-twice.yaml " + seed,
        "check --rules " + d + "pack-scope.yaml " + seed, "check --rules " + d + "pack-severity.yaml " + seed,
        "check --rules " + d + "pack-check.yaml " + seed, "check --rules " + d + "pack-placeholder.yaml " + seed,
        "check --rules " + d + "pack-number.yaml " + seed, "check --rules " + d + "pack-regex.yaml " + seed,
        "check --rules " + d + "packs " + seed, "check --rules nosuch " + seed}},
      {"expressions",
       {"check --rules " + d + "expr-field.yaml " + seed, "check --rules " + d + "expr-syntax.yaml " + seed,
        "check --rules " + d + "expr-fact.yaml " + seed}},
      {"suppressions",
       {"check --config " + d + "suppress-map.yaml " + seed, "check --config " + d + "suppress-reason.yaml " + seed,
        "check --config " + d + "suppress-key.yaml " + seed, "check --config " + d + "suppress-rule.yaml " + seed,
        "check --config " + d + "suppress-line.yaml " + seed}},
      {"baselines",
       {"check --baseline " + d + "baseline-array.json " + seed, "check --baseline " + d + "baseline-json.json " + seed,
        "check --baseline " + d + "baseline-entry.json " + seed, "check --baseline " + d + "baseline-rule.json " + seed,
        "check --baseline " + d + "baseline-line.json " + seed}},
      {"output",
       {"check " + seed + " -o " + seed, "check " + seed + " -o " + d + "dangling", "check " + seed + " -o /dev/full"}},
      {"readers",
       {"check " + inputs + "bad-path.docx", "check " + inputs + "bad-path.ofd",
        "check " + inputs + "bad-truncated.docx", "check " + inputs + "bad-truncated.ofd",
        "check " + inputs + "bad-xml-bomb.docx", "check " + inputs + "bad-xml.ofd",
        "check --max-size 1mb " + inputs + "bad-zip-bomb.docx", "check " + inputs + "bad-charset.html",
        "check " + inputs + "unsupported.doc", "check " + inputs + "unsupported.png",
        "check " + inputs + "unsupported.xlsx", "check " + inputs + "pdf/broken-xref.pdf",
        "check " + inputs + "pdf/locked.pdf", "check " + inputs + "pdf/scanned.pdf"}},
      {"index files", {"status --db " + seed}},
      {"values",
       {"check --jobs abc " + seed, "check --format nope " + seed, "check --format jsn " + seed,
        "check --max-size x " + seed, "--color sometimes check " + seed, "status --warn-days=-3 " + seed}},
  };
  for (const Lang lang : {Lang::en, Lang::zh}) {
    const std::vector<std::regex> patterns = catalogue_patterns(lang);
    const std::string flag = lang == Lang::zh ? " --lang zh " : " --lang en ";
    for (const Group& group : groups)
      for (const std::string& args : group.mistakes) {
        const CliRun r = run_shell(CLAUSECHECK_BINARY + flag + args);
        CAPTURE(group.name);
        CAPTURE(flag);
        CAPTURE(args);
        CHECK(r.code == 2);
        CHECK(!r.err.empty());
        std::istringstream lines(r.err);
        for (std::string line; std::getline(lines, line);) {
          CAPTURE(line);
          CHECK(in_catalogue(line, patterns));
          CHECK(clausecheck::text::holds_cjk(line) == (lang == Lang::zh));
        }
      }
  }
}

namespace {
// A line of the binary's own words with the document's words taken out: what
// stands in quotes or brackets (a title, a number, a clause) and a line of
// evidence (indented four spaces).
std::string own_words(const std::string& line) {
  static const std::regex quoted("“.*?”|《.*?》|（.*?）|\\([^)]*\\)");  // not [^”]: a class of bytes
  return line.starts_with("    ") ? "" : std::regex_replace(line, quoted, "");
}
}  // namespace

TEST_CASE("the answers of query and the lines of rules test are in the run's language") {
  const TempDir dir;
  const std::string d = dir.path().string() + "/";
  const std::string seed = CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt";
  REQUIRE(run_cli("index " + seed + " --db " + d + "seed.db").code == 0);
  dir.write("failing.yaml",
            "rules:\n  - id: t.a\n    severity: error\n    kind: pattern\n    pattern: x\n    message: m\n"
            "    examples: {fires: [y], passes: [x]}\n  - id: t.b\n    severity: error\n    kind: pattern\n"
            "    pattern: x\n    message: m\n");
  const std::vector<std::string> commands = {
      "query in-force --issuer 驻马店市人民政府 --as-of 2024-01-01 --db " + d + "seed.db",
      "query repealed-by 驻政〔2020〕5号 --as-of 2024-01-01 --db " + d + "seed.db",
      "query cites-repealed --as-of 2024-01-01 --db " + d + "seed.db", "rules test " + d + "failing.yaml"};
  for (const Lang lang : {Lang::en, Lang::zh}) {
    const std::string flag = lang == Lang::zh ? " --lang zh " : " --lang en ";
    for (const std::string& args : commands) {
      const CliRun r = run_shell(CLAUSECHECK_BINARY + flag + args);
      CAPTURE(flag);
      CAPTURE(args);
      CHECK(r.code <= 1);
      std::istringstream lines(r.out);
      int own = 0;
      for (std::string line; std::getline(lines, line);) {
        CAPTURE(line);
        if (lang == Lang::en) CHECK(!clausecheck::text::holds_cjk(own_words(line)));
        own += clausecheck::text::holds_cjk(own_words(line)) ? 1 : 0;
      }
      if (lang == Lang::zh) CHECK(own > 0);  // the count line, the reasons of rules test
    }
  }
}
