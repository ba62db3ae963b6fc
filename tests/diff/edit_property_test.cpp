// Property: a random edit of a real document is never "no difference", and the
// diff places it: some change on either side covers the edited place. Edits
// to Markdown markup (comment lines, a heading's #s), which the diff compares
// the text without (docs/diff.md), are not made.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include "diff/diff_files.hpp"
#include "ingest/read_source.hpp"
#include "parse/parse_file.hpp"
#include "text/blank.hpp"
#include "text/code_points.hpp"
#include "source_paths.hpp"

using namespace clausecheck;
using namespace clausecheck::test;

namespace {

enum class EditKind { insert_char, delete_char, replace_char, delete_line, swap_lines };
const char* name(EditKind k) {
  static const char* names[] = {"insert a character", "delete a character", "replace a character", "delete a line",
                                "swap two lines"};
  return names[static_cast<int>(k)];
}

// One edit of a text: the new text and the edited place, as byte offsets into
// the old and the new text.
struct Edit {
  EditKind kind = EditKind::insert_char;
  std::string text;
  std::size_t old_at = 0, new_at = 0;
};

bool blank(char32_t c) { return c == U'\n' || text::blank_at(text::to_utf8(std::u32string(1, c)), 0) > 0; }

std::size_t bytes_of(const std::u32string& cps, std::size_t upto) { return text::to_utf8(cps.substr(0, upto)).size(); }

// Per code point: whether it is Markdown markup (a comment line, the #s of a heading).
std::vector<bool> markdown_markup(const std::u32string& cps) {
  std::vector<bool> out(cps.size(), false);
  bool in_comment = false;
  for (std::size_t start = 0; start < cps.size();) {
    std::size_t end = cps.find(U'\n', start);
    if (end == std::u32string::npos) end = cps.size();
    const std::u32string_view line(cps.data() + start, end - start);
    if (in_comment || line.starts_with(U"<!--")) {
      in_comment = line.find(U"-->") == std::u32string_view::npos;
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(start), out.begin() + static_cast<std::ptrdiff_t>(end), true);
    } else {
      for (std::size_t k = start; k < end && cps[k] == U'#'; ++k) out[k] = true;
    }
    start = end + 1;
  }
  return out;
}

// The start of each line with text on it (not blanks or markup alone), in code points.
std::vector<std::size_t> text_lines(const std::u32string& cps, const std::vector<bool>& markup) {
  std::vector<std::size_t> out;
  for (std::size_t start = 0; start < cps.size();) {
    std::size_t end = cps.find(U'\n', start);
    if (end == std::u32string::npos) end = cps.size();
    for (std::size_t k = start; k < end; ++k)
      if (!blank(cps[k]) && !markup[k]) {
        out.push_back(start);
        break;
      }
    start = end + 1;
  }
  return out;
}

std::size_t line_end(const std::u32string& cps, std::size_t start) {
  const std::size_t end = cps.find(U'\n', start);
  return end == std::u32string::npos ? cps.size() : end;
}

// A random edit that changes the text after the diff's normalisations: no
// blank is inserted, deleted or replaced, and swapped lines differ.
Edit random_edit(const std::u32string& cps, const std::vector<bool>& markup, std::mt19937& rng) {
  static const std::u32string kChars = U"的和第条5０，。、；（）款项年月日不超过";
  const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  const std::vector<std::size_t> lines = text_lines(cps, markup);
  Edit e;
  e.kind = static_cast<EditKind>(pick(5));
  std::u32string out = cps;
  std::size_t at = 0;  // code points, in the old text
  if (e.kind == EditKind::delete_line || e.kind == EditKind::swap_lines) {
    std::size_t k = pick(lines.size() - 1);
    at = lines[k];
    const std::size_t end = line_end(cps, at);
    if (e.kind == EditKind::delete_line) {
      out.erase(at, end + 1 - at);
    } else {
      const std::u32string a = cps.substr(at, end - at);
      const std::size_t next = lines[k + 1], next_end = line_end(cps, next);
      const std::u32string b = cps.substr(next, next_end - next);
      if (a == b) return random_edit(cps, markup, rng);
      out.replace(next, next_end - next, a);
      out.replace(at, end - at, b);
    }
    e.text = text::to_utf8(out);
    e.old_at = e.new_at = bytes_of(cps, at);
    return e;
  }
  do at = pick(cps.size());
  while (blank(cps[at]) || markup[at]);
  const char32_t c = kChars[pick(kChars.size())];
  if (e.kind == EditKind::insert_char) out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), c);
  else if (e.kind == EditKind::delete_char) out.erase(at, 1);
  else if (c == cps[at]) return random_edit(cps, markup, rng);
  else out[at] = c;
  e.text = text::to_utf8(out);
  e.old_at = bytes_of(cps, at);
  e.new_at = e.old_at;
  return e;
}

// The span, or the line it starts on: a clause's span starts at its number,
// after a heading's #s.
bool covers(Span s, std::size_t at, const std::string& text) {
  if (s.begin <= at && at <= s.end) return true;
  return at < s.begin && text.find('\n', at) >= s.begin;
}

// Whether a change of `changes` covers the edit: a clause or paragraph change
// whose span on its side holds the edited place, or a change of a document's
// own fields, facts or presence (the header lines, which no clause holds).
bool placed(const diff::ChangeSet& changes, const Edit& e, const std::string& old_text) {
  const auto covered = [&](const Span* old_span, const Span* new_span) {
    return (old_span && covers(*old_span, e.old_at, old_text)) || (new_span && covers(*new_span, e.new_at, e.text));
  };
  for (const diff::PassageChange& p : changes.text)
    if (covered(&p.old_span, &p.new_span)) return true;
  if (!changes.toc.empty()) return true;
  std::vector<const diff::DocumentChange*> docs;
  for (const diff::DocumentChange& d : changes.documents) {
    docs.push_back(&d);
    for (const diff::DocumentChange& a : d.attachments) docs.push_back(&a);
  }
  for (const diff::DocumentChange* d : docs) {
    if (d->status == diff::DocumentStatus::added || d->status == diff::DocumentStatus::removed) return true;
    if (!d->fields.empty() || !d->facts.empty()) return true;
    for (const diff::PassageChange& p : d->passages)
      if (covered(&p.old_span, &p.new_span)) return true;
    for (const diff::ClauseChange& c : d->clauses) {
      if (c.kind == diff::ClauseChangeKind::unchanged && c.facts.empty()) continue;
      if (covered(c.old_clause ? &c.old_clause->span : nullptr, c.new_clause ? &c.new_clause->span : nullptr))
        return true;
    }
  }
  return false;
}

void check_random_edits(const std::filesystem::path& file, int edits, unsigned seed) {
  const auto source = ingest::read_source(file);
  const ParsedFile old_file = parse::parse_source(source);
  const std::u32string cps = text::to_code_points(source->text());
  const std::vector<bool> markup =
      file.extension() == ".md" ? markdown_markup(cps) : std::vector<bool>(cps.size(), false);
  std::mt19937 rng(seed);
  for (int k = 0; k < edits; ++k) {
    const Edit e = random_edit(cps, markup, rng);
    const ParsedFile new_file = parse::parse_source(std::make_shared<const SourceText>("edited.txt", e.text));
    const diff::ChangeSet changes = diff::diff_files(old_file, new_file);
    INFO(file.filename().string() << ", edit " << k << ": " << std::string(name(e.kind)) << " at byte " << e.old_at
                                  << ": " << source->text().substr(e.old_at, 60));
    REQUIRE_FALSE(changes.empty());
    CHECK(placed(changes, e, source->text()));
  }
}

}  // namespace

TEST_CASE("random edits of the seed gazette: never no difference, each placed") {
  check_random_edits(source_dir() / "examples/zhumadian-gazette-2023-02.txt", 150, 1);
}

TEST_CASE("random edits of corpus-sample laws: never no difference, each placed") {
  const std::filesystem::path laws = source_dir() / "tests/data/corpus-sample/laws";
  unsigned seed = 2;
  for (const char* f : {"法律/诉讼与非诉讼程序法/行政复议法(2023-09-01).md", "法律/行政法/公共图书馆法(2018-10-26).md",
                        "地方性法规/上海/上海市养犬管理条例.md",
                        "司法解释/最高人民法院关于审理矿业权纠纷案件适用法律若干问题的解释(2020-12-29).md"})
    check_random_edits(laws / f, 60, seed++);
}
