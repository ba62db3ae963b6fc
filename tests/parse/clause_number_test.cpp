#include <doctest/doctest.h>

#include <vector>

#include "grammar/clause_number.hpp"

using namespace clausecheck;
using grammar::match_clause_number;

namespace {
void check_number(std::string_view text, NumberStyle style, int value, std::string_view label, std::string_view rest) {
  CAPTURE(text);
  const auto m = match_clause_number(text);
  REQUIRE(m);
  CHECK(m->number.style == style);
  CHECK(m->number.value == value);
  CHECK(m->number.label == label);
  CHECK(text.substr(m->length) == rest);
}
}  // namespace

TEST_CASE("Chinese numbered sections and items") {
  check_number("一、分期缴纳城市基础设施配套费。", NumberStyle::cn_dun, 1, "一", "分期缴纳城市基础设施配套费。");
  check_number("二十七、鼓励采取银行保函", NumberStyle::cn_dun, 27, "二十七", "鼓励采取银行保函");
  check_number("九十九、末", NumberStyle::cn_dun, 99, "九十九", "末");
  check_number("一百零五、末", NumberStyle::cn_dun, 105, "一百零五", "末");
  check_number("（二十三）强化组织实施", NumberStyle::cn_paren, 23, "（二十三）", "强化组织实施");
  check_number("(一) 基本思路", NumberStyle::cn_paren, 1, "(一)", "基本思路");
  check_number("（1）细目", NumberStyle::arabic_paren, 1, "（1）", "细目");
  check_number("3.强化人才支撑。", NumberStyle::arabic_dot, 3, "3", "强化人才支撑。");
  check_number("12．全角点", NumberStyle::arabic_dot, 12, "12", "全角点");
  check_number("4、顿号", NumberStyle::arabic_dot, 4, "4", "顿号");
}

TEST_CASE("bracket width is kept for the format rules") {
  CHECK(match_clause_number("(一) x")->number.half_width);
  CHECK_FALSE(match_clause_number("（一）x")->number.half_width);
  CHECK(match_clause_number("3.x")->number.half_width);
  CHECK_FALSE(match_clause_number("3．x")->number.half_width);
}

TEST_CASE("statute divisions and articles") {
  check_number("第一章 总则", NumberStyle::chapter, 1, "第一章", "总则");
  check_number("第一章总则", NumberStyle::chapter, 1, "第一章", "总则");
  check_number("第二节　一般规定", NumberStyle::section, 2, "第二节", "一般规定");
  check_number("第三编 合同", NumberStyle::part, 3, "第三编", "合同");
  check_number("第一百零五条 内容", NumberStyle::article, 105, "第一百零五条", "内容");
  check_number("第一万零一条 内容", NumberStyle::article, 10001, "第一万零一条", "内容");
  // The separator moved into the number by the copy (最高人民法院关于适用《刑事诉讼法》的解释 第一百二十四条).
  check_number("第一百二十四 条采用刑讯逼供方法", NumberStyle::article, 124, "第一百二十四条", "采用刑讯逼供方法");
  check_number("第三　章 附则", NumberStyle::chapter, 3, "第三章", "附则");
  check_number("第五十六条　本条例自2019年5月15日起施行。", NumberStyle::article, 56, "第五十六条",
               "本条例自2019年5月15日起施行。");
  // Shanghai's rules head each article in brackets, without a gap.
  check_number("第一条（目的和依据）为了…", NumberStyle::article, 1, "第一条", "（目的和依据）为了…");
  const auto sub = match_clause_number("第十七条之一 内容");
  REQUIRE(sub);
  CHECK(sub->number.value == 17);
  CHECK(sub->number.sub == 1);
  CHECK(sub->number.label == "第十七条之一");
  // The label leaves a gap inside the number out, the printed number keeps it.
  const auto gapped = match_clause_number("第十七 条之一 内容");
  REQUIRE(gapped);
  CHECK(gapped->number.sub == 1);
  CHECK(gapped->number.label == "第十七条之一");
  CHECK(gapped->number.printed == "第十七 条之一");
  CHECK(match_clause_number("（三）第三项")->number.printed == "（三）");
}

TEST_CASE("text that only looks like a number is not one") {
  CHECK_FALSE(match_clause_number("第三条规定的情形"));          // a cross-reference: no separator
  CHECK_FALSE(match_clause_number("第七条（三）项规定的情形"));  // an item cited
  CHECK_FALSE(match_clause_number("1.2万元"));
  CHECK_FALSE(match_clause_number("2023年"));
  CHECK_FALSE(match_clause_number("(责任单位：市科技局)"));
  CHECK_FALSE(match_clause_number("一带一路"));
  CHECK_FALSE(match_clause_number("（2022）"));
  CHECK_FALSE(match_clause_number(""));
  // A paragraph opened by the items it cites (北京市…代表选举实施细则): a range, a list.
  CHECK_FALSE(match_clause_number("（一）至（三）项所列人员，现有工作单位的"));
  CHECK_FALSE(match_clause_number("（四）、（五）项所列人员"));
  CHECK_FALSE(match_clause_number("(1)或(2)项"));
  // An article glued to its text is read only where one is known to stand (a run-in after 。).
  CHECK_FALSE(match_clause_number("第十八条继续教育实行登记制度。"));
  const auto glued = grammar::match_glued_article("第十八条继续教育实行登记制度。");
  REQUIRE(glued);
  CHECK(glued->number.value == 18);
  CHECK_FALSE(grammar::match_glued_article("第二章继续教育"));
  // …while an item whose text starts with 至 or 和 is still one.
  check_number("（二）至少配备一名专职人员", NumberStyle::cn_paren, 2, "（二）", "至少配备一名专职人员");
  // A division glued to a sentence speaks of the numbering (宪法修正案（2018年）'s last line);
  // one glued to its title, or spaced from a title that ends in 。, is a heading.
  CHECK_FALSE(match_clause_number(
      "第七节相应改为第八节，第一百二十三条至第一百三十八条相应改为第一百二十八条至第一百四十三条。"));
  CHECK_FALSE(match_clause_number("第三章改称第四章。"));
  check_number("第五节 生活、卫生。", NumberStyle::section, 5, "第五节", "生活、卫生。");
  check_number("第二章法律责任", NumberStyle::chapter, 2, "第二章", "法律责任");
}

TEST_CASE("the numbers an amendment gives to the text it inserts") {
  using grammar::IntroducedNumbers;
  using V = std::vector<IntroducedNumbers>;
  CHECK(grammar::numbers_introduced("宪法第三章“国家机构”中增加一节，作为第七节“监察委员会”；增加五条，分别作为第一百二"
                                    "十三条至第一百二十七条。内容如下：") ==
        V{{NumberStyle::section, 7, 7}, {NumberStyle::article, 123, 127}});
  CHECK(grammar::numbers_introduced("增加一条，作为第四十六条：") == V{{NumberStyle::article, 46, 46}});
  CHECK(grammar::numbers_introduced("第二十条作为第二十一条，内容修改为：") == V{{NumberStyle::article, 21, 21}});
  // No number after 作为; a range that runs backwards or joins two units is its first number.
  CHECK(grammar::numbers_introduced("作为试点单位，内容如下：").empty());
  CHECK(grammar::numbers_introduced("分别作为第九条至第三条：") == V{{NumberStyle::article, 9, 9}});
  CHECK(grammar::numbers_introduced("作为第二节至第五条：") == V{{NumberStyle::section, 2, 2}});
}
