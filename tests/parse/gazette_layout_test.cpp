#include <doctest/doctest.h>

#include <string>

#include "parse_text.hpp"

using namespace clausecheck;

namespace {

// A gazette issue as PDF extraction gives it: the masthead, the contents with a first title broken over
// three lines (longer than any one line of the contents), the editorial board, then the body, whose first
// title is one paragraph, letter-spaced by the extraction. The first document, a report, has no 文号: where
// it starts is where the body starts.
std::string gazette() {
  std::string out =
      "安阳市人民政府公报\n\n2024\n\n第3号（总第130号）\n\n目 录\n\n【市政府文件】\n\n"
      "安阳市人民政府关于安阳市推进城镇老旧小区改造提升\n\n城市基础设施建设和公共服务水平三年行动计划（2024—\n\n"
      "2026年）实施情况的报告\n\n/02\n\n"
      "安阳市人民政府关于调整市级财政专项资金管理的通知\n\n/09\n\n"
      "《安阳市人民政府公报》编辑委员会\n\n委员：王 磊 李振南\n\n"
      // Long body text between the contents and the body, ending as the first title does: not that title.
      "本刊所载安阳市人民政府关于安阳市推进城镇老旧小区改造提升城市基础设施建设和公共服务水平三年行动计划的意见和报告\n"
      "\n"
      "安阳市人民政府关于安阳市推进城镇老旧小区改造提升城市基础设施建设和公共服务水平三年行动计划"
      "（2024—2026年）实施情况的 报 告\n\n"
      "——2024年2月5日在安阳市第十五届人民代表大会常务委员会第九次会议上\n\n"
      "一、老旧小区改造完成四百二十个，惠及居民五万六千户。\n\n二、下一步工作。\n\n"
      "安阳市人民政府关于调整市级财政专项资金管理的通知\n\n安政〔2024〕5号\n\n各县（市、区）人民政府：\n\n"
      "一、市级财政专项资金实行目录管理。\n\n二、本通知自印发之日起施行。\n\n安阳市人民政府\n\n2024年3月1日\n";
  return out;
}

}  // namespace

TEST_CASE("a gazette's body starts where its first title comes again, however long that title and its paragraph") {
  const ParsedFile file = parse_text(gazette());
  REQUIRE(file.gazette);
  REQUIRE(file.gazette->toc.size() == 2);
  const std::string first =
      "安阳市人民政府关于安阳市推进城镇老旧小区改造提升城市基础设施建设和公共服务水平三年行动计划（2024—2026年）实施情"
      "况的报告";
  CHECK(file.gazette->toc[0].title == first);
  CHECK(file.gazette->toc[0].page == 2);
  REQUIRE(file.documents.size() == 2);
  CHECK(file.documents[0].title == first);
  CHECK_FALSE(file.documents[0].number);
  CHECK(file.documents[0].type == "报告");
  CHECK(file.documents[1].number->raw == "安政〔2024〕5号");
}
