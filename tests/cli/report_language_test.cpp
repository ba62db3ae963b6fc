// One language per run, in the reports: the headings and labels of check's and
// status's text and Markdown come in the run's language (--lang), from the
// catalogue (src/model/messages.cpp). The document's own text and the rule
// packs' messages are not translated, so only the report's own lines and cells
// are read here: an English run fails on a Chinese heading, label or summary,
// a Chinese run on an English one.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "model/in_language.hpp"
#include "run_cli.hpp"
#include "text/han.hpp"
#include "status/status.hpp"
#include "source_paths.hpp"

using clausecheck::Lang;
using clausecheck::Msg;

using namespace clausecheck::test;

namespace {

bool has_latin_word(std::string_view text) {  // three letters in a row: a word, not a date or a number
  int run = 0;
  for (const char c : text) {
    run = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? run + 1 : 0;
    if (run == 3) return true;
  }
  return false;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string flag(Lang lang) { return lang == Lang::zh ? "--lang zh " : "--lang en "; }

// The report's own text in `lang`: Chinese words in a Chinese run, English ones
// (and no Chinese) in an English run.
void in_language(const std::string& text, Lang lang) {
  CAPTURE(text);
  if (lang == Lang::zh) CHECK(clausecheck::text::holds_cjk(text));
  else CHECK(!clausecheck::text::holds_cjk(text));
}

// The labels a status cell may hold in `lang`, from the catalogue.
std::vector<std::string> labels(Lang lang) {
  const InLanguage scope(lang);
  std::vector<std::string> out;
  for (int s = 0; s <= static_cast<int>(clausecheck::status::Status::amended); ++s)
    out.push_back(clausecheck::status::label(static_cast<clausecheck::status::Status>(s)));
  return out;
}

bool is_label(const std::string& cell, Lang lang) {
  for (const std::string& label : labels(lang))
    if (cell == label) return true;
  return false;
}

}  // namespace

TEST_CASE(
    "check text and Markdown: the summary, the fix, also-at and suppressed lines, the headings in the run's language") {
  for (const Lang lang : {Lang::en, Lang::zh}) {
    CAPTURE(flag(lang));
    const CliRun text = run_cli(flag(lang) + "check --as-of 2024-01-01 --show-suppressed " + kSeed);
    REQUIRE(!text.out.empty());
    const std::vector<std::string> lines = lines_of(text.out);
    const std::string& summary = lines.back();
    in_language(summary, lang);
    CHECK(has_latin_word(summary) == (lang == Lang::en));
    int labelled = 0;
    for (const std::string& line : lines) {
      for (const char* en : {"fix:", "also at:", "suppressed:"})
        if (line.starts_with(std::string("    ") + en)) {
          CHECK(lang == Lang::en);
          ++labelled;
        }
      for (const char* zh : {"修改建议：", "另见：", "已抑制："})
        if (line.starts_with(std::string("    ") + zh)) {
          CHECK(lang == Lang::zh);
          ++labelled;
        }
    }
    CHECK(labelled > 0);

    const CliRun md = run_cli(flag(lang) + "check --as-of 2024-01-01 --format markdown " + kSeed);
    const std::vector<std::string> md_lines = lines_of(md.out);
    REQUIRE(md_lines.size() > 3);
    in_language(md_lines[0], lang);  // ## clausecheck: the counts
    CHECK(has_latin_word(md_lines[0].substr(std::string_view("## clausecheck").size())) == (lang == Lang::en));
    in_language(md_lines[2], lang);  // the column heads
    CHECK(has_latin_word(md_lines[2]) == (lang == Lang::en));
  }
}

TEST_CASE(
    "status text and Markdown: the summary, the column heads, the status labels, the notes, the headings in the run's "
    "language") {
  for (const Lang lang : {Lang::en, Lang::zh}) {
    CAPTURE(flag(lang));
    const CliRun text = run_cli(flag(lang) + "status --as-of 2024-01-01 " + kSeed);
    const std::vector<std::string> lines = lines_of(text.out);
    REQUIRE(lines.size() > 2);
    in_language(lines[0], lang);  // as of …: N entries
    in_language(lines[1], lang);  // the column heads
    CHECK(has_latin_word(lines[1]) == (lang == Lang::en));
    int rows = 0;
    for (std::size_t i = 2; i < lines.size(); ++i) {
      if (lines[i].starts_with(" ")) continue;  // a note or a lineage line under its row
      const std::string& row = lines[i];
      // The label fills the first column, padded with spaces; an English label has spaces of its own.
      bool found = false;
      for (const std::string& label : labels(lang)) found = found || row.starts_with(label + "  ");
      CAPTURE(row);
      CHECK(found);
      ++rows;
    }
    CHECK(rows > 0);
    // The notes on how a first day was counted (the seed's speak of dates only, no quoted text).
    const std::string note = lang == Lang::zh ? "    说明：" : "    note: ";
    const auto notes = std::count_if(lines.begin(), lines.end(), [&](const std::string& l) {
      if (!l.starts_with(note)) return false;
      in_language(l, lang);
      return true;
    });
    CHECK(notes > 0);

    const CliRun md = run_cli(flag(lang) + "status --as-of 2024-01-01 --format markdown " + kSeed);
    const std::vector<std::string> md_lines = lines_of(md.out);
    REQUIRE(md_lines.size() > 4);
    in_language(md_lines[0], lang);  // ## Register as of …
    CHECK(has_latin_word(md_lines[0]) == (lang == Lang::en));
    in_language(md_lines[2], lang);  // the column heads
    CHECK(has_latin_word(md_lines[2]) == (lang == Lang::en));
    for (std::size_t i = 4; i < md_lines.size() && md_lines[i].starts_with("| "); ++i) {
      const std::string cell = md_lines[i].substr(2, md_lines[i].find(" |", 2) - 2);
      CAPTURE(cell);
      CHECK(is_label(cell, lang));
    }
  }
}

TEST_CASE("diff text and Markdown: the change labels, the counts, the table heads in the run's language") {
  const std::string pair = CLAUSECHECK_SOURCE_DIR "/examples/revisions/measures/old.txt " CLAUSECHECK_SOURCE_DIR
                                                  "/examples/revisions/measures/new.txt";
  for (const Lang lang : {Lang::en, Lang::zh}) {
    CAPTURE(flag(lang));
    const CliRun text = run_cli(flag(lang) + "diff " + pair);
    const std::vector<std::string> lines = lines_of(text.out);
    REQUIRE(lines.size() > 2);
    in_language(lines.back(), lang);  // the clause counts
    CHECK(has_latin_word(lines.back()) == (lang == Lang::en));
    // Each change's line: its label, then where (a clause number, Chinese in either run).
    int labelled = 0;
    for (const std::string& line : lines) {
      const std::string head = line.substr(line.find_first_not_of(' '));
      for (const char* en : {"modified ", "inserted ", "deleted ", "moved ", "merged ", "split "})
        if (head.starts_with(en)) {
          CHECK(lang == Lang::en);
          ++labelled;
        }
      for (const char* zh : {"修改 ", "新增 ", "删除 ", "移动 ", "合并 ", "拆分 "})
        if (head.starts_with(zh)) {
          CHECK(lang == Lang::zh);
          ++labelled;
        }
    }
    CHECK(labelled > 0);

    const CliRun md = run_cli(flag(lang) + "diff --format markdown " + pair);
    const std::vector<std::string> md_lines = lines_of(md.out);
    REQUIRE(md_lines.size() > 2);
    in_language(md_lines[0], lang);  // # the title
    CHECK(has_latin_word(md_lines[0]) == (lang == Lang::en));
    int heads = 0;
    for (const std::string& line : md_lines)
      if (line.starts_with("| ") && line.find("---") == std::string::npos && line.find('|', 2) != std::string::npos) {
        // Only the heads of the tables are the report's own: they stand before a |---| line.
        const auto at = std::find(md_lines.begin(), md_lines.end(), line);
        if (at + 1 == md_lines.end() || !(at + 1)->starts_with("|---")) continue;
        in_language(line, lang);
        CHECK(has_latin_word(line) == (lang == Lang::en));
        ++heads;
      }
    CHECK(heads > 0);
  }
}

namespace {
// The text of each element `tag` of an HTML page (its markup dropped).
std::vector<std::string> elements(const std::string& page, const std::string& tag) {
  std::vector<std::string> out;
  const std::regex element("<" + tag + "(?: [^>]*)?>([\\s\\S]*?)</" + tag + ">");
  const std::regex markup("<[^>]*>");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), element); it != std::sregex_iterator(); ++it)
    out.push_back(std::regex_replace((*it)[1].str(), markup, ""));
  return out;
}
}  // namespace

TEST_CASE("the HTML pages of check, status and diff: title, headings and column heads in the run's language") {
  const std::string pair = CLAUSECHECK_SOURCE_DIR "/examples/revisions/measures/old.txt " CLAUSECHECK_SOURCE_DIR
                                                  "/examples/revisions/measures/new.txt";
  struct Page {
    std::string command;
    std::vector<const char*> tags;  // a diff's section headings name its documents: not its own words
  };
  const std::vector<Page> pages = {{"check --as-of 2024-01-01 --format html " + kSeed, {"title", "h1", "h2", "th"}},
                                   {"status --as-of 2024-01-01 --format html " + kSeed, {"title", "h1", "h2", "th"}},
                                   {"diff --format html " + pair, {"title", "h1", "th"}}};
  for (const Lang lang : {Lang::en, Lang::zh}) {
    CAPTURE(flag(lang));
    for (const Page& p : pages) {
      CAPTURE(p.command);
      const CliRun page = run_cli(flag(lang) + p.command);
      REQUIRE(page.code <= 1);
      CHECK(page.out.find(lang == Lang::zh ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">") != std::string::npos);
      int heads = 0;
      for (const std::string tag : p.tags) {
        std::vector<std::string> texts = elements(page.out, tag);
        if (tag == "title" && !texts.empty()) texts.resize(1);  // the others name a timeline's documents
        for (const std::string& text : texts) {
          in_language(text, lang);
          ++heads;
        }
      }
      CHECK(heads > 3);
    }
  }
}
