#pragma once
// Documents built by hand, so that alignment is tested apart from the parser.
#include <string>
#include <vector>

#include "model/document.hpp"

namespace clausecheck::test {

inline Clause clause(std::string label, std::string text, std::vector<Clause> children = {}, int level = 1) {
  Clause c;
  c.number.label = label;
  c.number.printed = label + "、";
  c.level = level;
  c.body.push_back(make_paragraph(std::move(text), 0));
  for (Clause& child : children) child.level = level + 1;
  c.children = std::move(children);
  return c;
}

inline Fact quantity_fact(double value, std::string unit, std::string text) {
  return Fact{facts::QuantityFact{Quantity{value, text, "", std::move(unit)}}, text, {}};
}

inline Fact threshold_fact(std::string subject, Comparator op, double value, std::string unit, std::string text) {
  return Fact{facts::Threshold{std::move(subject), op, Quantity{value, text, "", std::move(unit)}}, text, {}};
}

inline Fact lineage_fact(facts::Repeal::Kind kind, std::string target, std::string text) {
  return Fact{facts::Repeal{kind, std::move(target)}, text, {}};
}

inline Fact duration_fact(int years, int months, std::string text) {
  return Fact{facts::Duration{DurationValue{years, months, 0, 0}, std::nullopt}, text, {}};
}

// Chinese numerals for labels 1…30.
inline std::string cn(int n) {
  static const char* digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  std::string out;
  if (n >= 20) out += digits[n / 10];
  if (n >= 10) out += "十";
  out += digits[n % 10];
  return out;
}

}  // namespace clausecheck::test
