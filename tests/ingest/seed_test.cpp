#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/paragraphs.hpp"
#include "ingest/read_source.hpp"
#include "temp_dir.hpp"

using namespace clausecheck;

namespace {
const std::string kSeed = CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt";

struct Seed {
  std::shared_ptr<const SourceText> source = ingest::read_source(kSeed);
  std::vector<Paragraph> paragraphs = ingest::split_paragraphs(*source);

  const Paragraph* containing(std::string_view needle) const {
    for (const Paragraph& p : paragraphs)
      if (p.text.find(needle) != std::string::npos) return &p;
    return nullptr;
  }
};

const Seed& seed() {
  static const Seed s;
  return s;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (auto e : ends)
    if (s.ends_with(e)) return true;
  return false;
}
bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> starts) {
  for (auto e : starts)
    if (s.starts_with(e)) return true;
  return false;
}
}  // namespace

TEST_CASE("seed: the page-break joins of the issue hold") {
  const Seed& s = seed();
  const Paragraph* zui = s.containing("最关键的是坚持产业兴市");
  REQUIRE(zui != nullptr);
  const auto jian = static_cast<std::uint32_t>(zui->text.find("键的是"));
  CHECK(s.source->locate(zui->source_offset(jian)) == Location{147, 1});
  CHECK(s.source->locate(zui->source_offset(jian - 3)).line == 145);

  const Paragraph* you = s.containing("优质教育、医疗、文化、养老等公共服务供给不足");
  REQUIRE(you != nullptr);
  CHECK(s.source->locate(you->source_span().begin).line == 149);

  const Paragraph* four = s.containing("四、统筹推进新型城镇化和乡村振兴，");
  REQUIRE(four != nullptr);
  CHECK(four->text == "四、统筹推进新型城镇化和乡村振兴，促进城乡协调发展");
  CHECK(s.source->locate(four->source_span().end).line == 709);
}

TEST_CASE("seed: the fragment repeated across the page break is joined once") {
  const Seed& s = seed();
  const Paragraph* p = s.containing("(三) 进一步做优做强特色农业");
  REQUIRE(p != nullptr);
  CHECK(p->text.ends_with("市城乡一体化示范区、经济开发区、高新区管委会)"));
  CHECK(s.source->locate(p->source_span().end) == Location{665, 6});
  CHECK(s.containing("高新区区") == nullptr);
  CHECK(s.containing("人人持证、技能河南") != nullptr);
  CHECK(s.containing("建设人人有责、人人尽责、人人共享") != nullptr);
}

TEST_CASE("seed: every paragraph maps byte for byte onto the file") {
  const Seed& s = seed();
  const std::string& text = s.source->text();
  for (const Paragraph& p : s.paragraphs) {
    REQUIRE_FALSE(p.text.empty());
    for (const Segment& seg : p.segments) {
      REQUIRE(seg.source_begin + seg.length <= text.size());
      CHECK(p.text.compare(seg.text_begin, seg.length, text, seg.source_begin, seg.length) == 0);
    }
  }
}

TEST_CASE("seed: no paragraph starts in the middle of a sentence") {
  // A paragraph is unfinished when its last line is running text (it holds a
  // comma or full stop), ends in neither a sentence end nor a closing bracket,
  // and is not a short numbered heading. What follows one must open something new.
  const Seed& s = seed();
  int unfinished = 0;
  for (std::size_t i = 1; i < s.paragraphs.size(); ++i) {
    const std::string& prev = s.paragraphs[i - 1].text;
    const std::string last = prev.substr(prev.rfind('\n') == std::string::npos ? 0 : prev.rfind('\n') + 1);
    const bool running = last.find("，") != std::string::npos || last.find("。") != std::string::npos ||
                         last.find("、") != std::string::npos;
    const bool numbered = starts_with_any(last, {"一", "二", "三", "四", "五", "六", "（", "("});
    const bool heading =
        numbered && last.find("。") == std::string::npos && last.size() <= 120 && !ends_with_any(last, {"，", "、"});
    if (!running || heading || ends_with_any(last, {"。", "！", "？", "：", "；", "）", ")", "”"})) continue;
    ++unfinished;
    CAPTURE(last);
    CHECK(starts_with_any(s.paragraphs[i].text, {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "（", "(",
                                                 "第", "1", "2", "3", "4"}));
  }
  CHECK(unfinished == 0);
}

TEST_CASE("seed: paragraph count") {
  // 389 blank-line blocks, 74 page-break joins.
  CHECK(seed().paragraphs.size() == 315);
}

TEST_CASE("seed: a GB18030 copy decodes to the same text and the same paragraphs") {
  TempDir dir;
  const auto gbk = dir.path() / "seed-gbk.txt";
  const std::string command = "iconv -f UTF-8 -t GB18030 '" + kSeed + "' > '" + gbk.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  const auto source = ingest::read_source(gbk);
  CHECK(source->encoding() == "GB18030");
  CHECK(source->text() == seed().source->text());
  const auto paragraphs = ingest::split_paragraphs(*source);
  REQUIRE(paragraphs.size() == seed().paragraphs.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) CHECK(paragraphs[i].text == seed().paragraphs[i].text);
}
