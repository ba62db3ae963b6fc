#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "corpus.hpp"
#include "ingest/inputs.hpp"
#include "ingest/paragraphs.hpp"
#include "ingest/read_file.hpp"
#include "ingest/read_source.hpp"
#include "text/utf8.hpp"
#include "utf8_reference.hpp"

using namespace clausecheck;

namespace {

// Lines of the file that should reach the paragraphs: not an HTML comment, not
// blank (the corpus has lines of a lone U+200B zero width space; the byte set
// below holds the bytes of the blank characters ingest trims).
std::size_t content_lines(const std::string& text) {
  std::size_t n = 0, pos = 0;
  bool in_comment = false;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    const bool comment = in_comment || line.starts_with("<!--");
    if (comment) in_comment = line.find("-->") == std::string_view::npos;
    const bool heading_only = !line.empty() && line.find_first_not_of('#') == std::string_view::npos;
    if (!comment && !heading_only && line.find_first_not_of(" \t\u3000\u00A0\u200B\uFEFF") != std::string_view::npos)
      ++n;
    pos = end + 1;
  }
  return n;
}
}  // namespace

TEST_CASE("laws corpus: every file splits into non-empty paragraphs that map onto the file, none rejoined") {
  const auto files = ingest::expand_inputs({testing::corpus_path("laws").string()});
  CHECK(static_cast<double>(files.size()) >= testing::expected("laws.files", 3422));  // and README.md
  std::size_t paragraphs = 0;
  for (const auto& file : files) {
    const auto source = ingest::read_source(file);
    const std::string& text = source->text();
    const auto ps = ingest::split_paragraphs(*source);
    std::size_t lines = 0;
    for (const Paragraph& p : ps) {
      CAPTURE(file.string());
      REQUIRE_FALSE(p.text.empty());
      for (const Segment& seg : p.segments) {
        REQUIRE(seg.source_begin + seg.length <= text.size());
        REQUIRE(p.text.compare(seg.text_begin, seg.length, text, seg.source_begin, seg.length) == 0);
      }
      lines += 1 + static_cast<std::size_t>(std::count(p.text.begin(), p.text.end(), '\n'));
    }
    CAPTURE(file.string());
    CHECK(lines == content_lines(text));
    paragraphs += ps.size();
  }
  MESSAGE(files.size() << " files, " << paragraphs << " paragraphs");
}

// The word-at-a-time scans read_source decodes with, against their definitions on every file's bytes.
TEST_CASE("laws and policies corpus: the byte scans of decoding agree with their definitions on every file") {
  std::size_t files = 0, clean = 0;
  for (const char* part : {"laws", "policies"})
    for (const auto& file : ingest::expand_inputs({testing::corpus_path(part).string()})) {
      const std::string bytes = ingest::read_file(file);
      const std::size_t invalid = testing::reference_first_invalid_utf8(bytes);
      const std::size_t control = testing::reference_first_control_byte(bytes);
      CAPTURE(file.string());
      CHECK(text::first_invalid_utf8(bytes) == invalid);
      CHECK(text::first_control_byte(bytes) == control);
      CHECK(text::is_clean_text(bytes) == (invalid == std::string_view::npos && control == std::string_view::npos));
      ++files;
      clean += text::is_clean_text(bytes);
    }
  MESSAGE(files << " files, " << clean << " clean UTF-8");
  CHECK(clean > 0);
}
