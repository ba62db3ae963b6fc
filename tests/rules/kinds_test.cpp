// Kinds on hand-built models: the checks do not depend on the parser.
#include <doctest/doctest.h>

#include "model/input_error.hpp"
#include "rules/engine.hpp"
#include "rules/pack_loader.hpp"

using namespace clausecheck;
using namespace clausecheck::rules;

namespace {
std::vector<Finding> run_pack(const std::string& yaml, const std::vector<ParsedFile>& files) {
  RunSettings settings;
  settings.as_of = *make_date(2025, 1, 1);
  return run_rules(load_pack("t.yaml", yaml).rules, files, settings);
}

std::string rule_yaml(const std::string& kind_fields, const std::string& message = "{evidence}") {
  return "rules:\n  - id: t.r\n    severity: warning\n    message: \"" + message + "\"\n" + kind_fields;
}

// A file whose clauses are the given lines, one per line, numbered by `numbers`.
ParsedFile file_of(const std::string& text, const std::vector<ClauseNumber>& numbers) {
  ParsedFile file;
  file.source = std::make_shared<const SourceText>("t.txt", text);
  Document doc;
  doc.title = "测试通知";
  doc.span = {0, static_cast<std::uint32_t>(text.find('\n'))};
  std::size_t at = text.find('\n') + 1;
  for (const auto& n : numbers) {
    Clause c;
    c.number = n;
    const std::size_t end = text.find('\n', at);
    c.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)};
    doc.clauses.push_back(c);
    at = end + 1;
  }
  file.documents.push_back(doc);
  return file;
}

ClauseNumber number(NumberStyle style, int value, const std::string& printed, bool half = false) {
  ClauseNumber n;
  n.style = style;
  n.value = value;
  n.label = printed;
  n.printed = printed;
  n.half_width = half;
  return n;
}
}  // namespace

TEST_CASE("sequence gap: 一、二、四 fires at 四 and names 三 as expected") {
  const auto file = file_of("测试通知\n一、甲\n二、乙\n四、丁\n",
                            {number(NumberStyle::cn_dun, 1, "一、"), number(NumberStyle::cn_dun, 2, "二、"),
                             number(NumberStyle::cn_dun, 4, "四、")});
  const auto findings = run_pack(rule_yaml("    kind: sequence\n    check: gap\n", "{value} {expected}"), {file});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location == Location{4, 1});
  CHECK(findings[0].message.find("四、 三、") != std::string::npos);
  CHECK(run_pack(rule_yaml("    kind: sequence\n    check: duplicate\n"), {file}).empty());
}

TEST_CASE("sequence mixed-width fires once per list, at the first clause whose width differs") {
  const auto file = file_of("测试通知\n(一)甲\n（二）乙\n(三)丙\n",
                            {number(NumberStyle::cn_paren, 1, "(一)", true), number(NumberStyle::cn_paren, 2, "（二）"),
                             number(NumberStyle::cn_paren, 3, "(三)", true)});
  const auto mixed = run_pack(rule_yaml("    kind: sequence\n    check: mixed-width\n"), {file});
  REQUIRE(mixed.size() == 1);
  CHECK(mixed[0].location == Location{3, 1});
  // The half-width items of a list are one finding, at the first, naming the others.
  const auto half = run_pack(rule_yaml("    kind: sequence\n    check: half-width\n", "{count} {value}"), {file});
  REQUIRE(half.size() == 1);
  CHECK(half[0].location == Location{2, 1});
  CHECK(half[0].fix == std::optional<std::string>("（一）"));
  CHECK(half[0].message == "2 (一)");
  REQUIRE(half[0].related.size() == 1);
  CHECK(half[0].related[0].location == Location{4, 1});
  CHECK(half[0].related[0].evidence == "(三)");
}

TEST_CASE("repetition: a doubled character before punctuation or before a pair seen nowhere else is a typo") {
  const auto file = file_of("测试通知\n抓城乡统筹筹，向驻驻部队致敬，市市场监管局和市场监管部门，人人持证\n", {});
  const auto findings = run_pack(rule_yaml("    kind: repetition\n    allow: [人人]\n"), {file});
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].evidence == "筹筹");
  CHECK(findings[0].location == Location{2, 5});
  CHECK(findings[0].fix == std::optional<std::string>("筹"));
  CHECK(findings[1].evidence == "驻驻");
}

// The pair a doubling forms is counted over every file of the run: where it
// stands apart (，图幅) or after the same doubling (地图图幅), not where its first
// character ends a word (地图幅面, 政府应当). Two sightings excuse the doubling.
TEST_CASE("repetition: a pair seen twice in the run excuses a doubling, a pair after a word's end does not count") {
  const auto evidence = [](const std::vector<std::string>& texts) {
    std::vector<ParsedFile> files;
    files.reserve(texts.size());
    for (const auto& text : texts) files.push_back(file_of("测试通知\n" + text + "\n", {}));
    std::string found;
    for (const auto& f : run_pack(rule_yaml("    kind: repetition\n"), files)) found += f.evidence + " ";
    return found;
  };
  const std::string doubled = "一、地图图幅面积，乡镇人民政府府应当加强管理。";
  CHECK(evidence({doubled}) == "图图 府府 ");
  CHECK(evidence({doubled, "一、按规定，图幅大小不变，县政府应当支持。"}) == "府府 ");
  CHECK(evidence({doubled, "一、地图幅面较大，政府应当核实。"}) == "图图 府府 ");
  CHECK(evidence({doubled, "一、地图图幅面积不变。"}) == "府府 ");
  CHECK(evidence({doubled, "一、地图幅面较大。", "一、地图图幅面积不变。"}) == "府府 ");
  // The same doubling twice in one file is two sightings of its pair.
  CHECK(evidence({"一、地图图幅面积，地图图幅面积。"}).empty());
}

// The second pass may be handed any bytes (a file changed since its check):
// a count over them never reads past them, and only the wanted pair counts.
TEST_CASE("repetition: the cross-file count takes any bytes, cut sequences and lone leads included") {
  const ParsedFile file = file_of("测试通知\n一、地图图幅面积。\n", {});
  const auto evidence_after = [&file](const std::vector<std::string>& again) {
    RunSettings settings;
    settings.as_of = *make_date(2025, 1, 1);
    const auto rules = load_pack("t.yaml", rule_yaml("    kind: repetition\n")).rules;
    RuleRun run(rules, settings, [&again](const TextCount& count, const TextMerge& merge) {
      for (const auto& bytes : again) merge(count(bytes));
    });
    run.add(run.check(file));
    std::string found;
    for (const auto& f : run.finish()) found += f.evidence;
    return found;
  };
  const std::string pair = "图幅";
  std::vector<std::string> odd = {"", "\xE5", pair.substr(0, 5), "\xE5\xE5\xE5\xE5\xE5\xE5",
                                  "\x80\xBF" + pair.substr(1)};
  for (unsigned seed = 1; seed < 200; ++seed) {  // bytes of every value, some cut pairs among them
    std::string bytes;
    for (unsigned k = 0; k < seed % 23; ++k) bytes += static_cast<char>((seed * 131 + k * 197) & 0xFF);
    odd.push_back(bytes + pair.substr(0, seed % 6));
  }
  CHECK(evidence_after(odd) == "图图");
  // The pair counts wherever its six bytes stand, among bytes that are no text.
  CHECK(evidence_after({"\xFF\xE5，" + pair, "\x80" + pair + "\xE5"}).empty());
}

TEST_CASE("consistency abbreviation: the known spelling wins, the other is reported with a fix") {
  const auto file = file_of("测试通知\n协定（RECP）成员国，RCEP 成员国，GDP\n", {});
  const auto findings =
      run_pack(rule_yaml("    kind: consistency\n    check: abbreviation\n    known: [RCEP]\n"), {file});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].evidence == "RECP");
  CHECK(findings[0].location == Location{2, 4});
  CHECK(findings[0].fix == std::optional<std::string>("RCEP"));
}

TEST_CASE("consistency abbreviation: tokens are found wherever they stand, and not inside words") {
  const std::string rule = rule_yaml("    kind: consistency\n    check: abbreviation\n    known: [RCEP]\n");
  // Capitals at the very start and end of the text, and at every offset of a
  // 16-byte block (the scan tests 16 bytes at a time), after Han characters
  // and after ő (C5 91: C5's low seven bits are an E).
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string pad;
    while (pad.size() + 3 <= length) pad += pad.size() % 2 ? "一" : "ő ";
    pad.resize(length, ' ');
    CAPTURE(pad);
    const auto findings = run_pack(rule, {file_of("RECP" + pad + "测试通知\n" + pad + "RCEP，" + pad + "RECP", {})});
    REQUIRE(findings.size() == 2);
    CHECK(findings.front().location == Location{1, 1});
    CHECK(findings.back().evidence == "RECP");
  }
  // Inside a longer word (xRECP, RECPa) a spelling is no abbreviation.
  CHECK(run_pack(rule, {file_of("测试通知\nRCEP xRECP RECPa", {})}).empty());
}

TEST_CASE("pattern with an exception, and substitution with a rewrite") {
  const auto file = file_of("测试通知\n驻政[2023]9号 资料[驻马店]0027号 截止目前\n", {});
  const auto swap = run_pack(
      rule_yaml("    kind: substitution\n    swap: {'([\\p{Han}]+)\\[(\\d{4})\\](\\d+号)': '\\1〔\\2〕\\3'}\n"),
      {file});
  REQUIRE(swap.size() == 1);
  CHECK(swap[0].fix == std::optional<std::string>("驻政〔2023〕9号"));
  CHECK(run_pack(rule_yaml("    kind: pattern\n    pattern: 截止目前\n    exceptions: [截止目前]\n"), {file}).empty());
  CHECK(run_pack(rule_yaml("    kind: pattern\n    pattern: 截止目前\n"), {file}).size() == 1);
}

TEST_CASE("pattern: a pack file's bad pattern fails as it loads, a built-in pack's at its first use") {
  const std::string bad = rule_yaml("    kind: pattern\n    requires: 号\n    pattern: '号(('\n");
  CHECK_THROWS_WITH_AS(load_pack("t.yaml", bad), doctest::Contains("t.yaml:7:"), InputError);
  CHECK_THROWS_WITH_AS(load_pack("t.yaml", rule_yaml("    kind: pattern\n    pattern: 号\n    group: 1\n")),
                       doctest::Contains("t.yaml:7:"), InputError);
  // Loaded as a built-in pack: no line holds 号, so the pattern is never compiled; one does, and it is.
  const Pack pack = load_pack("<builtin>/t.yaml", bad);
  RunSettings settings;
  settings.as_of = *make_date(2025, 1, 1);
  CHECK(run_rules(pack.rules, {file_of("测试通知\n没有文件\n", {})}, settings).empty());
  CHECK_THROWS_WITH_AS(run_rules(pack.rules, {file_of("测试通知\n驻政〔2023〕9号\n", {})}, settings),
                       doctest::Contains("<builtin>/t.yaml:7:"), InputError);
}

TEST_CASE("complement: an upper and a lower bound on the same base must add up to the total") {
  const auto file_with = [](int lower) {
    const std::string l = std::to_string(lower);
    const std::string text = "测试通知\n一、金额不得超过资金额度的30%，资金不得低于资金额度的" + l + "%。\n";
    auto file = file_of(text, {number(NumberStyle::cn_dun, 1, "一、")});
    const auto add = [&](Comparator op, double value, const std::string& numeral, const std::string& fact_text) {
      const auto at = static_cast<std::uint32_t>(text.find(fact_text));
      file.documents[0].clauses[0].facts.push_back(Fact{facts::Threshold{"", op, Quantity{value, numeral, "", "%"}},
                                                        fact_text,
                                                        {at, at + static_cast<std::uint32_t>(fact_text.size())}});
    };
    add(Comparator::le, 30, "30", "不得超过资金额度的30%");
    add(Comparator::ge, lower, l, "不得低于资金额度的" + l + "%");
    return file;
  };
  const std::string yaml = rule_yaml("    kind: complement\n", "{value} {expected}");
  const auto findings = run_pack(yaml, {file_with(60)});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("30% + 60% 100%") != std::string::npos);
  CHECK(findings[0].location.line == 2);
  CHECK(run_pack(yaml, {file_with(70)}).empty());
}

TEST_CASE("change rules run only through run_change_rules, over the changes the diff stage hands them") {
  const auto file = file_of("测试通知\n一、比例不超过3%。\n", {number(NumberStyle::cn_dun, 1, "一、")});
  const Fact before{facts::Threshold{"比例", Comparator::le, Quantity{2, "2", "", "%"}}, "不超过2%", {}};
  const Fact after{facts::Threshold{"比例", Comparator::le, Quantity{3, "3", "", "%"}}, "不超过3%", {20, 31}};
  const auto pack = load_pack(
      "t.yaml", rule_yaml("    kind: change\n    when: change.kind == \"modified\" and fact.value > other.value\n",
                          "{change}: {fact.text}"));
  RunSettings settings;
  settings.as_of = *make_date(2025, 1, 1);
  CHECK(run_rules(pack.rules, {file}, settings).empty());  // `check` skips change rules
  Change change{"modified", &file,  &file.documents[0], &file.documents[0].clauses[0], &file.documents[0].clauses[0],
                &before,    &after, after.span};
  const auto raised = run_change_rules(pack.rules, {change}, settings);
  REQUIRE(raised.size() == 1);
  CHECK(raised[0].message == "modified: 不超过3%");
  CHECK(raised[0].location.line == 2);
  change.kind = "moved";
  CHECK(run_change_rules(pack.rules, {change}, settings).empty());
}

TEST_CASE("threshold: facts whose subject matches must satisfy the expression; compare at fact scope") {
  auto file =
      file_of("测试通知\n一、保证金比例不超过5%，首付比例不低于20%。\n", {number(NumberStyle::cn_dun, 1, "一、")});
  auto& facts = file.documents[0].clauses[0].facts;
  facts.push_back(
      Fact{facts::Threshold{"按揭贷款保证金比例", Comparator::le, Quantity{5, "5", "", "%"}}, "不超过5%", {34, 45}});
  facts.push_back(
      Fact{facts::Threshold{"首付比例", Comparator::ge, Quantity{20, "20", "", "%"}}, "不低于20%", {60, 72}});
  const auto over =
      run_pack(rule_yaml("    kind: threshold\n    subject: 保证金\n    unit: \"%\"\n    require: fact.value <= 2\n",
                         "{fact.text} {value}"),
               {file});
  REQUIRE(over.size() == 1);
  CHECK(over[0].message == "不超过5% 5");
  const auto compared = run_pack(rule_yaml("    kind: compare\n    scope: fact\n    facts: [threshold]\n    when: "
                                           "fact.op == \">=\" and fact.value >= 20\n",
                                           "{fact.text}"),
                                 {file});
  REQUIRE(compared.size() == 1);
  CHECK(compared[0].message == "不低于20%");
}

TEST_CASE("compare: the message shows the model fields it names, the figures compared") {
  auto file = file_of("测试通知\n一、本通知有效期三年。\n", {number(NumberStyle::cn_dun, 1, "一、")});
  auto& facts = file.documents[0].clauses[0].facts;
  facts.push_back(Fact{facts::Threshold{"比例", Comparator::ge, Quantity{20, "20", "", "%"}}, "不低于20%", {16, 31}});
  const auto found = run_pack(
      rule_yaml("    kind: compare\n    scope: fact\n    when: fact.value >= 20\n",
                "{fact.value} 超过 {profile.trial_cap}、{profile.normative_cap}（{profile.name}）{validity.duration}"),
      {file});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "20 超过 2年、5年（default）未载明");
  CHECK_THROWS_WITH_AS(run_pack(rule_yaml("    kind: compare\n    when: doc.trial\n", "{profile.trial_capp}"), {file}),
                       doctest::Contains("profile.trial_cap"), InputError);
}

TEST_CASE("rules that read one file at a time, run a few files at a time, find what each file alone gives, in order") {
  // More files than the engine takes at a time, each with a gap and a match;
  // the pattern rule runs after the sequence rule in the pack, and both on
  // one line: the order of their findings is the pack's, file by file.
  std::vector<ParsedFile> files;
  for (int i = 0; i < 40; ++i) {
    ParsedFile f = file_of("测试通知\n一、甲\n三、甲乙\n",
                           {number(NumberStyle::cn_dun, 1, "一、"), number(NumberStyle::cn_dun, 3, "三、")});
    f.source = std::make_shared<const SourceText>("f" + std::to_string(100 + i) + ".txt", f.source->text());
    files.push_back(std::move(f));
  }
  const std::string yaml =
      "rules:\n"
      "  - id: t.gap\n    severity: warning\n    message: \"gap {value}\"\n    kind: sequence\n    check: gap\n"
      "  - id: t.match\n    severity: info\n    message: \"{match}\"\n    kind: pattern\n    pattern: \"甲\"\n";
  std::vector<std::string> one_by_one;
  for (const ParsedFile& f : files)
    for (const Finding& x : run_pack(yaml, {f}))
      one_by_one.push_back(x.file + ":" + std::to_string(x.location.line) + ":" + x.rule + ":" + x.message);
  std::vector<std::string> together;
  for (const Finding& x : run_pack(yaml, files))
    together.push_back(x.file + ":" + std::to_string(x.location.line) + ":" + x.rule + ":" + x.message);
  CHECK(one_by_one.size() == 40 * 3);
  CHECK(together == one_by_one);
}

TEST_CASE("consistency: `when` chooses the documents of check: figure, and only figure takes it") {
  const std::string text = "测试办法\n一、罚款标准。对单位处五万元以上罚款。\n二、罚款标准。对单位处二万元以上罚款。\n";
  ParsedFile file =
      file_of(text, {{NumberStyle::cn_dun, 1, 0, "一", "一、"}, {NumberStyle::cn_dun, 2, 0, "二", "二、"}});
  Document& doc = file.documents[0];
  for (std::size_t i = 0; i < 2; ++i) {
    const std::string figure = i == 0 ? "五万元以上" : "二万元以上";
    const auto at = static_cast<std::uint32_t>(text.find(figure));
    Quantity q;
    q.value = i == 0 ? 50000.0 : 20000.0;
    q.unit = "元";
    facts::Threshold t{"对单位处", Comparator::ge, q};
    doc.clauses[i].facts.push_back({t, figure, {at, at + static_cast<std::uint32_t>(figure.size())}});
  }
  const std::string rule =
      "    kind: consistency\n    check: figure\n    when: not (doc.kind in [\"法律\", \"规章\"])\n";
  doc.kind = "行政规范性文件";
  CHECK(run_pack(rule_yaml(rule), {file}).size() == 1);
  doc.kind = "规章";
  CHECK(run_pack(rule_yaml(rule), {file}).empty());
  CHECK_THROWS_AS(load_pack("t.yaml", rule_yaml("    kind: consistency\n    check: toc\n    when: true\n")),
                  InputError);
}
