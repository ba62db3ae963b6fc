#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace clausecheck::parse {

// Where in a paragraph each kind of fact may start, found in one pass over
// its code points. Chinese text has few distinct UTF-8 lead bytes, so
// searching it word by word (find("有效期"), find("废止") …) stops at almost
// every character; one table lookup per character is much cheaper, and the
// scanners then look only at these places.
struct Triggers {
  std::vector<std::uint32_t> figures;   // digits, Chinese numerals, 半
  std::vector<std::uint32_t> every;     // 每 (每年4月30日前, 每季度末)
  std::vector<std::uint32_t> from;      // 自 (自发布之日起, 自2023年5月1日起), 施 (施行日期为…)
  std::vector<std::uint32_t> validity;  // 有 (有效期), 试 (试行期)
  // 继 (继续有效), 废 (废止), 停 (停止执行), 再 (不再执行), 准 (以本办法为准), 代 (代替, 取代),
  // 修 (修改为, 修正, 修订)
  std::vector<std::uint32_t> repeal;
  std::vector<std::uint32_t> titles;    // 《
  std::vector<std::uint32_t> brackets;  // 〔 [ 【 ［ (document numbers)
  std::vector<std::uint32_t> duty;      // 责 (责任单位)
};

// Fills `out` (cleared first, its capacity kept for the next paragraph).
// The text is valid UTF-8, as ingest leaves it.
void find_triggers(std::string_view text, Triggers& out);

}  // namespace clausecheck::parse
