// The seed as a PDF gazette (tests/data/inputs/make_pdfs.py) against the text seed: the same model, field
// by field, and findings that point to a page and a line of the PDF. What must differ is in docs/inputs.md.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "model/model_json.hpp"
#include "parse/parse_file.hpp"
#include "rules/engine.hpp"
#include "rules/pack_loader.hpp"
#include "grammar/iso_date.hpp"

using namespace clausecheck;
using nlohmann::json;

namespace {

const std::string kTextSeed = CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt";
const std::string kPdfSeed = CLAUSECHECK_SOURCE_DIR "/tests/data/inputs/pdf/seed.pdf";

struct Seeds {
  ParsedFile text = parse::parse_path(kTextSeed);
  ParsedFile pdf = parse::parse_path(kPdfSeed);
  json text_model = json::parse(model_json(text));
  json pdf_model = json::parse(model_json(pdf));
};

const Seeds& seeds() {
  static const Seeds s;
  return s;
}

// A model without its places (spans: lines, columns and offsets are the file's own), with a text without
// blanks (the space before 家 in "12 家" is lost where a PDF line ends after 12) nor line breaks: a clause's
// text keeps its paragraphs apart by "\n", and a sentence that ends at a column's edge inside a paragraph
// of the text seed reads as a paragraph's end on the page (docs/inputs.md).
json without_places(const json& j) {
  if (j.is_array()) {
    json out = json::array();
    for (const json& v : j) out.push_back(without_places(v));
    return out;
  }
  if (!j.is_object()) return j;
  json out = json::object();
  for (const auto& [key, value] : j.items()) {
    if (key == "span") continue;
    if (key == "text" && value.is_string()) {
      std::string packed;
      for (const char c : value.get<std::string>())
        if (c != ' ' && c != '\n') packed += c;
      out[key] = packed;
    } else {
      out[key] = without_places(value);
    }
  }
  return out;
}

// Every fact of a document, its attachments' included, as text, in model order.
void collect_facts(const json& node, std::multiset<std::string>& out) {
  if (node.is_array()) {
    for (const json& v : node) collect_facts(v, out);
    return;
  }
  if (!node.is_object()) return;
  for (const auto& [key, value] : node.items()) {
    if (key == "facts")
      for (const json& f : value) out.insert(f.dump());
    else collect_facts(value, out);
  }
}

void collect_labels(const json& clauses, const std::string& path, std::vector<std::string>& out) {
  for (const json& c : clauses) {
    out.push_back(path + c.value("label", ""));
    collect_labels(c["children"], out.back() + "/", out);
  }
}

std::vector<std::string> labels(const json& clauses) {
  std::vector<std::string> out;
  collect_labels(clauses, "", out);
  return out;
}

}  // namespace

TEST_CASE("the seed as a PDF: the same documents as the text seed") {
  const json& text_docs = seeds().text_model["documents"];
  const json& pdf_docs = seeds().pdf_model["documents"];
  REQUIRE(text_docs.size() == 5);
  REQUIRE(pdf_docs.size() == text_docs.size());
  for (std::size_t i = 0; i < text_docs.size(); ++i) {
    const json a = without_places(text_docs[i]), b = without_places(pdf_docs[i]);
    for (const char* field :
         {"number", "title", "kind", "type", "signed", "issuer", "trial", "validity", "effective"}) {
      INFO("document ", i, " field ", field);
      CHECK(a[field] == b[field]);
    }
  }
}

TEST_CASE("the seed as a PDF: the same clause labels and facts as the text seed") {
  const json& text_docs = seeds().text_model["documents"];
  const json& pdf_docs = seeds().pdf_model["documents"];
  REQUIRE(pdf_docs.size() == text_docs.size());
  std::size_t compared_facts = 0;
  for (std::size_t i = 0; i < text_docs.size(); ++i) {
    INFO("document ", i);
    const json a = without_places(text_docs[i]), b = without_places(pdf_docs[i]);
    CHECK(labels(a["clauses"]) == labels(b["clauses"]));
    REQUIRE(a["attachments"].size() == b["attachments"].size());
    for (std::size_t k = 0; k < a["attachments"].size(); ++k)
      CHECK(labels(a["attachments"][k]["clauses"]) == labels(b["attachments"][k]["clauses"]));
    std::multiset<std::string> text_facts, pdf_facts;
    collect_facts(a, text_facts);
    collect_facts(b, pdf_facts);
    // No exception: the responsibility lists cut at a column's edge after （责任单位： and the headings with
    // quotes that fill their column once read as paragraph ends, and cost facts (docs/inputs.md).
    CHECK(text_facts == pdf_facts);
    compared_facts += pdf_facts.size();
  }
  CHECK(compared_facts > 300);
}

TEST_CASE("the seed as a PDF: the whole model the same as the text seed's, places and blanks aside") {
  const json& text_docs = seeds().text_model["documents"];
  const json& pdf_docs = seeds().pdf_model["documents"];
  REQUIRE(pdf_docs.size() == text_docs.size());
  for (std::size_t i = 0; i < text_docs.size(); ++i) {
    INFO("document ", i);
    // Addressees, preamble, clause texts and headings too: a paragraph cut or joined otherwise shows here.
    CHECK(without_places(text_docs[i]).dump() == without_places(pdf_docs[i]).dump());
  }
}

TEST_CASE("every finding in the seed PDF points to a page and a line of it") {
  rules::RunSettings settings;
  settings.as_of = *grammar::parse_iso_date("2024-01-01");
  const ParsedFile& pdf = seeds().pdf;
  const std::vector<Finding> findings =
      rules::run_rules(rules::all_rules(rules::builtin_packs()), std::vector<ParsedFile>{pdf}, settings);
  REQUIRE(findings.size() > 5);
  const SourceText& src = *pdf.source;
  const std::vector<std::uint32_t>& pages = src.page_starts();
  for (const Finding& f : findings) {
    INFO(f.rule, " ", f.evidence);
    REQUIRE(f.location.page >= 1);
    REQUIRE(f.location.page <= pages.size());
    // The line within the page: counted from the page's first line, it is where the span starts.
    const Location first = src.locate(pages[f.location.page - 1]);
    CHECK(f.location.page_line == f.location.line - first.line + 1);
    const std::uint32_t page_end =
        f.location.page < pages.size() ? pages[f.location.page] : static_cast<std::uint32_t>(src.text().size());
    CHECK(f.span.begin >= pages[f.location.page - 1]);
    CHECK(f.span.begin <= page_end);
  }
}
