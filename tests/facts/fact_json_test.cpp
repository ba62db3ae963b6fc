#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "model/fact_json.hpp"

using namespace clausecheck;

namespace {
// The fact as write_fact prints it, read back (a key out of order would throw).
nlohmann::json to_json(const Fact& fact, const SourceText& source) {
  std::string text;
  text::JsonWriter out(text);
  write_fact(out, fact, source);
  return nlohmann::json::parse(text);
}

const SourceText source("t.txt", "第一行\n单职工最高贷款额度为40万元");
Fact at_line_two(FactValue v, const std::string& text) {
  const auto begin = static_cast<std::uint32_t>(source.text().find(text));
  return Fact{std::move(v), text, Span{begin, begin + static_cast<std::uint32_t>(text.size())}};
}
}  // namespace

TEST_CASE("quantity JSON: normalized value, unit, scale, and the span") {
  auto j = to_json(at_line_two(facts::QuantityFact{Quantity{400000, "40万", "万", "元"}}, "40万元"), source);
  CHECK(j["kind"] == "quantity");
  CHECK(j["text"] == "40万元");
  CHECK(j["value"] == 400000);
  CHECK(j["value"].is_number_integer());
  CHECK(j["unit"] == "元");
  CHECK(j["scale"] == "万");
  CHECK(j["span"]["line"] == 2);
  CHECK(j["span"]["column"] == 11);
  CHECK(j["span"]["offset"] == source.text().find("40万元"));
  CHECK(j["span"]["end"] == source.text().size());
}

TEST_CASE("decimal values stay decimal") {
  auto j = to_json(at_line_two(facts::QuantityFact{Quantity{1.5, "1.5", "", "%"}}, "40万元"), source);
  CHECK(j["value"] == 1.5);
}

TEST_CASE("threshold JSON") {
  auto j = to_json(
      at_line_two(facts::Threshold{"最高贷款额度", Comparator::le, Quantity{400000, "40万", "万", "元"}}, "40万元"),
      source);
  CHECK(j["kind"] == "threshold");
  CHECK(j["op"] == "<=");
  CHECK(j["subject"] == "最高贷款额度");
  CHECK(j["value"] == 400000);
}

TEST_CASE("dates by precision") {
  auto j = to_json(at_line_two(facts::DateFact{*make_date(2023, 4)}, "40万元"), source);
  CHECK(j["date"] == "2023-04");
  CHECK(j["precision"] == "month");
  j = to_json(at_line_two(facts::Deadline{*make_date(2023, 12, 31), false}, "40万元"), source);
  CHECK(j["kind"] == "deadline");
  CHECK(j["date"] == "2023-12-31");
  CHECK(j["inclusive"] == false);
  j = to_json(at_line_two(facts::Period{make_date(2023, 1, 1), std::nullopt}, "40万元"), source);
  CHECK(j["from"] == "2023-01-01");
  CHECK(j["to"].is_null());
}

TEST_CASE("duration, validity, effective, target, responsibility, reference, repeal JSON") {
  auto j = to_json(at_line_two(facts::Duration{DurationValue{0, 6, 0, 0}, Comparator::le}, "40万元"), source);
  CHECK(j["months"] == 6);
  CHECK(j["workdays"] == 0);
  CHECK(j["op"] == "<=");
  j = to_json(at_line_two(facts::Validity{DurationValue{1, 0, 0, 0}, std::nullopt, false}, "40万元"), source);
  CHECK(j["duration"]["years"] == 1);
  CHECK(j["until"].is_null());
  j = to_json(at_line_two(facts::Effective{facts::Effective::Rule::on_publication, std::nullopt}, "40万元"), source);
  CHECK(j["rule"] == "on_publication");
  j = to_json(
      at_line_two(facts::Target{2025, "规模以上企业", Comparator::gt, Quantity{1800, "1800", "", "家"}}, "40万元"),
      source);
  CHECK(j["year"] == 2025);
  CHECK(j["indicator"] == "规模以上企业");
  CHECK(j["op"] == ">");
  j = to_json(at_line_two(facts::Responsibility{{"市科技局", "各县区政府"}}, "40万元"), source);
  CHECK(j["units"][1] == "各县区政府");
  j = to_json(at_line_two(facts::Reference{"条例", DocNumber{"豫政〔2021〕27号", "豫政", 2021, 27}}, "40万元"), source);
  CHECK(j["title"] == "条例");
  CHECK(j["number"]["seq"] == 27);
  j = to_json(at_line_two(facts::Repeal{facts::Repeal::Kind::continuation, "相关政策"}, "40万元"), source);
  CHECK(j["kind"] == "repeal");
  CHECK(j["action"] == "continuation");
}
