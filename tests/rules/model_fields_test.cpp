// The one table of fields rules may read (rules/model_values.hpp): the loader
// knows each, the resolver reads each, and docs/rules.md lists them as the
// table generates them.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "rules/model_values.hpp"
#include "rules/pack_loader.hpp"

using namespace clausecheck;
using namespace clausecheck::rules;

TEST_CASE("docs/rules.md's Fields table is the one the field table generates") {
  std::ifstream in(CLAUSECHECK_SOURCE_DIR "/docs/rules.md");
  REQUIRE(in);
  std::stringstream docs;
  docs << in.rdbuf();
  const std::string table = fields_markdown();
  INFO("expected in docs/rules.md:\n" << table);
  CHECK(docs.str().find("model_fields_test` holds this table to it):\n\n" + table + "\n") != std::string::npos);
}

TEST_CASE("docs/rules.md's Fact fields table is the one the fact kinds' tables generate") {
  std::ifstream in(CLAUSECHECK_SOURCE_DIR "/docs/rules.md");
  REQUIRE(in);
  std::stringstream docs;
  docs << in.rdbuf();
  const std::string table = fact_fields_markdown();
  INFO("expected in docs/rules.md:\n" << table);
  CHECK(docs.str().find("holds this table to them):\n\n" + table + "\n") != std::string::npos);
}

TEST_CASE("a fact's fields are those of its kind's table, else null") {
  Fact target{facts::Target{2025, "常住人口城镇化率", Comparator::ge, Quantity{60, "60", "", "%", 0}}, "60%以上", {}};
  Fact repeal{facts::Repeal{facts::Repeal::Kind::repeal, "原办法"}, "原办法同时废止", {}};
  RunSettings settings;
  const Resolver resolve = make_resolver(Subject{nullptr, nullptr, nullptr, &target, &repeal, &settings, nullptr});
  REQUIRE(resolve("fact.subject").has_value());
  CHECK(std::get<std::string>(resolve("fact.subject")->v) == "常住人口城镇化率");
  CHECK(std::get<double>(resolve("fact.year")->v) == 2025);
  CHECK(std::get<std::string>(resolve("fact.op")->v) == ">=");
  CHECK(std::get<double>(resolve("fact.value")->v) == 60);
  CHECK(resolve("fact.date")->is_null());
  CHECK(std::get<std::string>(resolve("other.kind")->v) == "repeal");
  CHECK(resolve("other.value")->is_null());
}

TEST_CASE("every field of the table resolves, with or without a document, and no other name does") {
  RunSettings settings;
  Document doc;
  for (const Subject& s : {Subject{&doc, nullptr, nullptr, nullptr, nullptr, &settings, nullptr},
                           Subject{nullptr, nullptr, nullptr, nullptr, nullptr, &settings, nullptr}}) {
    const Resolver resolve = make_resolver(s);
    for (const ModelField& f : model_fields()) {
      INFO(f.name);
      CHECK(resolve(f.name).has_value());
    }
    CHECK_FALSE(resolve("fact.rol").has_value());
  }
}

TEST_CASE("the role of a date fact can be named in a rule and is read") {
  const std::string pack =
      "rules:\n  - id: t.r\n    severity: info\n    kind: compare\n    scope: fact\n    facts: [deadline]\n"
      "    when: fact.role == \"term\" and other.role == null\n    message: \"{fact.text}\"\n";
  const auto rules = load_pack("t.yaml", pack).rules;
  REQUIRE(rules.size() == 1);
  Fact deadline{facts::Deadline{*make_date(2023, 12, 31), true, facts::DateRole::term}, "2023年底前", {}};
  RunSettings settings;
  const Resolver resolve = make_resolver(Subject{nullptr, nullptr, nullptr, &deadline, nullptr, &settings, nullptr});
  const auto role = resolve("fact.role");
  REQUIRE(role.has_value());
  CHECK(std::get<std::string>(role->v) == "term");
}
