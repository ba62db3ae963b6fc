#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "corpus.hpp"
#include "model/input_error.hpp"
#include "model/model_json.hpp"
#include "parse/parse_file.hpp"

using namespace clausecheck;
namespace fs = std::filesystem;

namespace {

// Counted without the grammar: lines that start 第<Chinese numeral>条[之<numeral>]
// followed by a space or U+3000, the corpus README's definition of an article line.
int article_lines(const fs::path& path) {
  static const std::string numerals[] = {"零", "〇", "一", "二", "两", "三", "四", "五",
                                         "六", "七", "八", "九", "十", "百", "千"};
  auto numeral_run = [](std::string_view s) {
    std::size_t n = 0;
    for (bool more = true; more;) {
      more = false;
      for (const std::string& d : numerals)
        if (s.substr(n).starts_with(d)) {
          n += d.size();
          more = true;
        }
    }
    return n;
  };
  std::ifstream in(path);
  std::string line;
  int count = 0;
  while (std::getline(in, line)) {
    std::string_view s(line);
    if (!s.starts_with("第")) continue;
    s.remove_prefix(3);
    const std::size_t n = numeral_run(s);
    if (n == 0) continue;
    s.remove_prefix(n);
    // 第一百二十四 条采用…: a copy moved the separator into the number.
    const bool inner_gap = s.starts_with(" ");
    while (s.starts_with(" ")) s.remove_prefix(1);
    if (!s.starts_with("条")) continue;
    s.remove_prefix(3);
    if (s.starts_with("之")) {
      const std::size_t m = numeral_run(s.substr(3));
      if (m > 0) s.remove_prefix(3 + m);
    }
    count += inner_gap || s.starts_with(" ") || s.starts_with("\u3000");
  }
  return count;
}

int articles(const std::vector<Clause>& clauses) {
  int n = 0;
  for (const Clause& c : clauses) n += (c.number.style == NumberStyle::article) + articles(c.children);
  return n;
}

int articles(const Document& d) {
  int n = articles(d.clauses);
  for (const Document& a : d.attachments) n += articles(a);
  return n;
}

}  // namespace

TEST_CASE("every file of the laws corpus parses, serialises, and keeps all its articles") {
  int files = 0, mismatches = 0;
  long long total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(testing::corpus_path("laws"))) {
    if (entry.path().extension() != ".md" || entry.path().filename() == "README.md") continue;
    ++files;
    const ParsedFile file = parse::parse_path(entry.path());
    int in_model = 0;
    for (const Document& d : file.documents) in_model += articles(d);
    const int in_lines = article_lines(entry.path());
    total += in_model;
    if (in_model != in_lines) {
      ++mismatches;
      MESSAGE(entry.path().string() << ": model " << in_model << ", lines " << in_lines);
    }
    const std::string json = model_json(file);
    CHECK(nlohmann::json::accept(json));
  }
  CHECK(files == testing::expected("laws.files", 3422));
  CHECK(mismatches == 0);
  CHECK(total == testing::expected("laws.articles", 147291));
}
