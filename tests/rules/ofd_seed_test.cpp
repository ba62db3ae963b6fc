// The seed as an OFD (tests/data/inputs/make_inputs.py): its page table, and findings that point to the page
// and the printed line of the original, checked against the package's own pages, not against our text.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "ingest/xml_part.hpp"
#include "ingest/zip_archive.hpp"
#include "parse/parse_file.hpp"
#include "rules/engine.hpp"
#include "rules/pack_loader.hpp"
#include "text/utf8.hpp"
#include "grammar/iso_date.hpp"

using namespace clausecheck;

namespace {

const std::string kOfdSeed = CLAUSECHECK_SOURCE_DIR "/tests/data/inputs/zhumadian-gazette-2023-02.ofd";

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The printed lines of each page as the writer laid them out: its text objects by their Boundary's y, then
// by x (a line may be set as two objects side by side, the second first in the file).
std::vector<std::vector<std::string>> printed_pages(const std::string& path) {
  const std::string bytes = file_bytes(path);  // the archive reads from it: it outlives the archive
  ingest::ZipArchive zip(path, bytes, std::uint64_t{1} << 30);
  std::vector<std::vector<std::string>> pages;
  for (int n = 0;; ++n) {
    const std::string part = "Doc_0/Pages/Page_" + std::to_string(n) + "/Content.xml";
    const auto content = zip.read(part);
    if (!content) break;
    const auto doc = ingest::parse_part(path, part, *content);
    std::map<double, std::map<double, std::string>> lines;  // y → x → text
    const pugi::xml_node layer = ingest::child(ingest::child(ingest::child(*doc, "Page"), "Content"), "Layer");
    for (pugi::xml_node object = layer.first_child(); object; object = object.next_sibling()) {
      std::istringstream boundary(ingest::attribute(object, "Boundary").as_string());
      double x = 0, y = 0;
      boundary >> x >> y;
      lines[y][x] = ingest::child(object, "TextCode").text().get();
    }
    std::vector<std::string>& page = pages.emplace_back();
    for (const auto& [y, pieces] : lines) {
      std::string line;
      for (const auto& [x, piece] : pieces) line += piece;
      page.push_back(line);
    }
  }
  return pages;
}

// The first code points (at most two) of the evidence's first line, blanks skipped.
std::string evidence_start(const std::string& evidence) {
  std::string out;
  int taken = 0;
  for (std::size_t at = 0; at < evidence.size() && taken < 2 && evidence[at] != '\n';) {
    const std::size_t length = text::decode_at(evidence, at).length;
    if (evidence[at] != ' ') {
      out += evidence.substr(at, length);
      ++taken;
    }
    at += length;
  }
  return out;
}

}  // namespace

TEST_CASE("the seed as an OFD: a page table entry per page, each starting at the page's first printed line") {
  const std::vector<std::vector<std::string>> pages = printed_pages(kOfdSeed);
  REQUIRE(pages.size() > 10);
  const ParsedFile ofd = parse::parse_path(kOfdSeed);
  const SourceText& src = *ofd.source;
  REQUIRE(src.page_starts().size() == pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    INFO("page ", p + 1);
    const Location at = src.locate(src.page_starts()[p]);
    CHECK(at.page == p + 1);
    CHECK(at.page_line == 1);
    CHECK(std::string_view(src.text()).substr(src.page_starts()[p]).starts_with(pages[p].front()));
  }
}

TEST_CASE("every finding in the seed OFD points to the page and the printed line of the original") {
  rules::RunSettings settings;
  settings.as_of = *grammar::parse_iso_date("2024-01-01");
  const ParsedFile ofd = parse::parse_path(kOfdSeed);
  const std::vector<Finding> findings =
      rules::run_rules(rules::all_rules(rules::builtin_packs()), std::vector<ParsedFile>{ofd}, settings);
  const std::vector<std::vector<std::string>> pages = printed_pages(kOfdSeed);
  std::size_t checked = 0;
  for (const Finding& f : findings) {
    const std::string start = evidence_start(f.evidence);
    if (start.empty()) continue;
    INFO(f.rule, " ", f.evidence, " page ", f.location.page, " line ", f.location.page_line);
    REQUIRE(f.location.page >= 1);
    REQUIRE(f.location.page <= pages.size());
    const std::vector<std::string>& page = pages[f.location.page - 1];
    REQUIRE(f.location.page_line >= 1);
    REQUIRE(f.location.page_line <= page.size());
    // Blank lines the reader puts at a wide gap are no printed lines: the line counts the page's own.
    CHECK(page[f.location.page_line - 1].find(start) != std::string::npos);
    ++checked;
  }
  CHECK(checked > 10);
}
