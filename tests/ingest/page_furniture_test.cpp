#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/page_furniture.hpp"
#include "ingest/source_lines.hpp"

using namespace clausecheck;
using namespace clausecheck::ingest;

namespace {

struct Paged {
  std::string text;
  std::vector<std::uint32_t> starts;
};

// Pages of the given lines each, the text as a PDF reader makes it.
Paged pages(const std::vector<std::vector<std::string>>& lines) {
  Paged out;
  for (const auto& page : lines) {
    out.starts.push_back(static_cast<std::uint32_t>(out.text.size()));
    for (const std::string& l : page) out.text += l + "\n";
  }
  return out;
}

// The text of the lines page_furniture marks.
std::vector<std::string> marked(const Paged& p) {
  const SourceLines lines = split_lines(p.text);
  const std::vector<bool> furniture = page_furniture(p.text, lines.lines, p.starts);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.lines.size(); ++i)
    if (furniture[i]) out.push_back(p.text.substr(lines.lines[i].begin, lines.lines[i].end - lines.lines[i].begin));
  return out;
}

}  // namespace

TEST_CASE("repeat_key: digits as one mark, blanks dropped") {
  CHECK(repeat_key("— 12 —") == repeat_key("—3—"));
  CHECK(repeat_key("第2023号 公报") == "第#号公报");
  CHECK(repeat_key("公报") != repeat_key("公告"));
}

TEST_CASE("a running head and the page numbers repeated at the edges of the pages are furniture; the text is not") {
  const Paged p = pages({{"驻马店市人民政府公报", "第一条 本办法自公布之日起施行。", "— 1 —"},
                         {"驻马店市人民政府公报", "第二条 各县区要把春季农业生产", "摆上重要位置。", "— 2 —"},
                         {"驻马店市人民政府公报", "第三条 做好物资保障。", "— 3 —"}});
  CHECK(marked(p) == std::vector<std::string>{"驻马店市人民政府公报", "— 1 —", "驻马店市人民政府公报", "— 2 —",
                                              "驻马店市人民政府公报", "— 3 —"});
}

TEST_CASE("a line repeated inside the pages, or on fewer than half of them, stays") {
  const Paged p = pages({{"公报", "甲。", "同一句话。", "乙。", "丙。"},
                         {"正文一。", "同一句话。", "正文二。", "正文三。", "— 2 —"},
                         {"正文四。", "同一句话。", "正文五。", "正文六。", "— 3 —"},
                         {"正文七。", "正文八。", "正文九。", "正文十。", "结尾。"},
                         {"正文十一。", "正文十二。", "正文十三。", "正文十四。", "结尾二。"}});
  // The page number stands at the foot of two pages of five: less than half.
  CHECK(marked(p).empty());
}

TEST_CASE("a single page has nothing told by repetition; a text without pages neither") {
  CHECK(marked(pages({{"驻马店市人民政府公报", "正文。", "— 1 —"}})).empty());
  const std::string text = "公报\n正文。\n公报\n";
  const SourceLines lines = split_lines(text);
  CHECK(page_furniture(text, lines.lines, {}) == std::vector<bool>(3, false));
}
