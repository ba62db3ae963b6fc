// Header fields of the 59 real 国务院 documents of the policies corpus, scored
// field by field against the page metadata (METADATA.tsv, see its README).
#include <doctest/doctest.h>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "grammar/doc_number.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;

namespace {

struct Row {
  std::string file, title, number, issuer, signed_on, evidence;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream in(line);
  for (std::string cell; std::getline(in, cell, '\t');) cells.push_back(cell);
  return cells;
}

// METADATA.tsv: file title number issuer signed published source_url evidence.
std::vector<Row> read_metadata(const std::filesystem::path& tsv) {
  std::ifstream in(tsv);
  std::vector<Row> rows;
  std::string line;
  std::getline(in, line);  // the header row
  while (std::getline(in, line)) {
    const auto c = split_tabs(line);
    REQUIRE(c.size() == 8);
    rows.push_back({c[0], c[1], c[2], c[3], c[4], c[7]});
  }
  return rows;
}

// Where the page's table and the printed text disagree (signed:table(text:X)),
// the printed value is what a reader of the text can know.
std::string printed(const Row& r, const std::string& field, const std::string& table_value) {
  const std::string mark = field + ":table(text:";
  const auto at = r.evidence.find(mark);
  if (at == std::string::npos) return table_value;
  const auto from = at + mark.size();
  return r.evidence.substr(from, r.evidence.find(')', from) - from);
}

// The metadata writes a 令 by its short name (国令第707号 for 中华人民共和国
// 国务院令 第707号): the same 令 when the short name's characters stand in
// order in the full name and the sequence numbers agree.
bool same_number(const std::string& want, const std::optional<DocNumber>& got) {
  if (!got) return want.empty();
  if (got->raw == want) return true;
  const auto decree = grammar::parse_decree_number(want);
  if (!decree || got->year != 0 || decree->seq != got->seq) return false;
  std::size_t at = 0;
  for (std::size_t i = 0; i < decree->agency.size() && at != std::string::npos; i += 3)
    at = got->agency.find(decree->agency.substr(i, 3), at);
  return at != std::string::npos;
}

}  // namespace

TEST_CASE("titles, numbers, issuers and signing dates of the policies corpus match its metadata") {
  const auto dir = testing::corpus_path("policies");
  const auto rows = read_metadata(dir / "METADATA.tsv");
  CHECK(static_cast<double>(rows.size()) == testing::expected("policies.files", 59));
  const char* fields[] = {"title", "number", "issuer", "signed"};
  int right[4] = {}, total = 0;
  for (const Row& r : rows) {
    const ParsedFile file = parse::parse_path(dir / r.file);
    REQUIRE(!file.documents.empty());
    const Document& d = file.documents.front();
    const std::string signed_on = d.signed_date ? d.signed_date->iso() : "";
    const bool ok[4] = {d.title == r.title, same_number(r.number, d.number), d.issuer == r.issuer,
                        signed_on == printed(r, "signed", r.signed_on)};
    const std::string got[4] = {d.title, d.number ? d.number->raw : "", d.issuer, signed_on};
    const std::string want[4] = {r.title, r.number, r.issuer, printed(r, "signed", r.signed_on)};
    for (int f = 0; f < 4; ++f) {
      right[f] += ok[f];
      if (!ok[f]) std::cout << r.file << " " << fields[f] << ": want “" << want[f] << "”, got “" << got[f] << "”\n";
    }
    ++total;
  }
  std::ostringstream table;
  int all = 0;
  for (int f = 0; f < 4; ++f) {
    table << fields[f] << " " << right[f] << "/" << total << "  ";
    all += right[f];
  }
  const double score = 100.0 * all / (4.0 * total);
  table << "all " << all << "/" << 4 * total << " = " << std::fixed << std::setprecision(1) << score << " %";
  std::cout << "header fields of the policies corpus: " << table.str() << "\n";
  CHECK(score >= 97.0);
}
