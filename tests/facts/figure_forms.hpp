#pragma once
#include <doctest/doctest.h>

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "facts_helpers.hpp"

namespace clausecheck::test {

// One row of a figure-form table: a sentence of a statute or a policy (its
// source named: law and article), and the fact it must give, written as
// `render` writes facts, or `none|WORD` when no figure fact may overlap WORD.
struct FormCase {
  const char* source;
  const char* text;
  const char* expect;
};

// 0.05, 400000: the shortest decimal that reads back as the value.
inline std::string number(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

// A figure fact in one line: q|figure|value|unit[|increase|decrease],
// t|op|figure|value|unit (a threshold), d|years,months,days,workdays[|op],
// date|iso, p|from..to, dl|iso.
inline std::string render(const Fact& f) {
  if (const auto* q = std::get_if<facts::QuantityFact>(&f.value)) {
    std::string out = "q|" + q->quantity.text + "|" + number(q->quantity.value) + "|" + q->quantity.unit;
    if (q->quantity.change) out += q->quantity.change > 0 ? "|increase" : "|decrease";
    return out;
  }
  if (const auto* t = std::get_if<facts::Threshold>(&f.value))
    return std::string("t|") + to_string(t->op) + "|" + t->quantity.text + "|" + number(t->quantity.value) + "|" +
           t->quantity.unit;
  if (const auto* d = std::get_if<facts::Duration>(&f.value)) {
    std::string out = "d|" + std::to_string(d->value.years) + "," + std::to_string(d->value.months) + "," +
                      std::to_string(d->value.days) + "," + std::to_string(d->value.workdays);
    if (d->op) out += std::string("|") + to_string(*d->op);
    return out;
  }
  if (const auto* date = std::get_if<facts::DateFact>(&f.value)) return "date|" + date->date.iso();
  if (const auto* p = std::get_if<facts::Period>(&f.value))
    return "p|" + (p->from ? p->from->iso() : "") + ".." + (p->to ? p->to->iso() : "");
  if (const auto* dl = std::get_if<facts::Deadline>(&f.value)) return "dl|" + dl->date.iso();
  return "";
}

// The facts a figure form gives: quantities, bounds, durations and dates.
inline bool is_figure_fact(const Fact& f) {
  return std::holds_alternative<facts::QuantityFact>(f.value) || std::holds_alternative<facts::Threshold>(f.value) ||
         std::holds_alternative<facts::Target>(f.value) || std::holds_alternative<facts::Duration>(f.value) ||
         std::holds_alternative<facts::DateFact>(f.value) || std::holds_alternative<facts::Period>(f.value) ||
         std::holds_alternative<facts::Deadline>(f.value);
}

// The row's sentence in a document of `year`: its expected fact is among
// those read, or no figure fact overlaps the word of a `none|` row.
inline void check_form(const FormCase& c, int year = 2023) {
  const Extracted r = extract(c.text, year);
  std::vector<Fact> all = r.clause_facts();
  all.insert(all.end(), r.document_facts().begin(), r.document_facts().end());
  std::string got;
  for (const Fact& f : all)
    if (is_figure_fact(f)) got += "[" + f.text + "] " + render(f) + "\n";
  const std::string_view expect = c.expect, source = c.source, text = c.text;
  CAPTURE(source);
  CAPTURE(text);
  CAPTURE(expect);
  INFO(got);
  if (expect.starts_with("none|")) {
    // The word's first place in the sentence: no figure fact may overlap it.
    const std::size_t at = text.find(expect.substr(5));
    REQUIRE(at != std::string_view::npos);
    const std::size_t end = at + expect.size() - 5;
    bool covered = false;
    for (const Fact& f : all) covered = covered || (is_figure_fact(f) && f.span.begin < end && at < f.span.end);
    CHECK_FALSE(covered);
    return;
  }
  bool found = false;
  for (const Fact& f : all) found = found || render(f) == expect;
  CHECK(found);
}

template <std::size_t N>
void check_forms(const FormCase (&table)[N], int year = 2023) {
  for (const FormCase& c : table) check_form(c, year);
}

}  // namespace clausecheck::test
