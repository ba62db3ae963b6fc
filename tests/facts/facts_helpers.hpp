#pragma once
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/parsed_file.hpp"
#include "parse/facts/extract_facts.hpp"

namespace clausecheck::test {

// A date the test knows exists: 2023 or 2023-06 or 2023-06-30.
inline Date d(int y, int m = 0, int day = 0) { return *make_date(y, m, day); }

// A clause that stands in a document's middle, before the one a test puts last.
inline constexpr const char* kMiddle = "一、加强管理。";

// One document whose one clause holds `body`, facts extracted.
struct Extracted {
  ParsedFile file;
  const std::vector<Fact>& clause_facts() const { return file.documents.at(0).clauses.at(0).facts; }
  const std::vector<Fact>& document_facts() const { return file.documents.at(0).facts; }
};

inline Extracted extract(const std::string& body, int document_year = 2023,
                         std::optional<Date> signed_date = std::nullopt) {
  Extracted out;
  out.file.source = std::make_shared<SourceText>("t.txt", body);
  Document d;
  d.number = DocNumber{"驻政〔" + std::to_string(document_year) + "〕1号", "驻政", document_year, 1};
  d.signed_date = signed_date;
  Clause c;
  c.body.push_back(make_paragraph(body, 0));
  d.clauses.push_back(std::move(c));
  out.file.documents.push_back(std::move(d));
  parse::extract_facts(out.file);
  return out;
}

// One document of one clause per body, in order, facts extracted: the last
// clause stands where a document closes, the others in its middle.
inline ParsedFile extract_clauses(const std::vector<std::string>& bodies, const std::string& title = "测试办法") {
  ParsedFile file;
  std::string text;
  for (const std::string& b : bodies) text += b;
  file.source = std::make_shared<SourceText>("t.txt", text);
  Document d;
  d.title = title;
  d.number = DocNumber{"驻政〔2023〕1号", "驻政", 2023, 1};
  std::uint32_t at = 0;
  for (const std::string& b : bodies) {
    Clause c;
    c.body.push_back(make_paragraph(b, at));
    d.clauses.push_back(std::move(c));
    at += static_cast<std::uint32_t>(b.size());
  }
  file.documents.push_back(std::move(d));
  parse::extract_facts(file);
  return file;
}

// The facts of one kind, in text order.
template <typename T>
std::vector<T> of(const std::vector<Fact>& facts) {
  std::vector<T> out;
  for (const Fact& f : facts)
    if (const T* v = std::get_if<T>(&f.value)) out.push_back(*v);
  return out;
}

// The first fact of one kind; fails the test when there is none.
template <typename T>
T first(const std::vector<Fact>& facts) {
  auto all = of<T>(facts);
  REQUIRE_MESSAGE(!all.empty(), "no fact of the kind");
  return all.front();
}

template <typename T>
std::vector<std::string> texts(const std::vector<Fact>& facts) {
  std::vector<std::string> out;
  for (const Fact& f : facts)
    if (std::holds_alternative<T>(f.value)) out.push_back(f.text);
  return out;
}

}  // namespace clausecheck::test
