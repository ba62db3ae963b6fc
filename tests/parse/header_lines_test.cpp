#include <doctest/doctest.h>

#include <string>

#include "parse/header_lines.hpp"
#include "parse/text_shape.hpp"

using namespace clausecheck::parse;

TEST_CASE("lines that are never a title") {
  for (const char* line :
       {"（此件公开发布）", "(此件公开发布)", "（本文有删减）", "公开方式：主动公开", "索引号：000014349/2023-00012",
        "HHCR-2023-01005", "抄送：市委办公厅，市人大常委会办公厅。", "印发机关：郑州市人民政府办公厅", "签发人：张三",
        "- 3 -", "第3页", "附件", "附件1.", "武汉市人民政府办公厅 2023年5月15日印发",
        "（1991年3月4日中华人民共和国国务院令第76号发布　2018年9月6日国务院第23次常务会议修订通过）"}) {
    const std::string text = line;
    CAPTURE(text);
    CHECK(is_header_note(line));
    CHECK_FALSE(looks_like_title(line));
  }
}

TEST_CASE("title lines, including a trial mark or a period alone, are no notes") {
  for (const char* line : {"（试行）", "（2018—2035年）", "（试行）的通知", "西安市人民政府办公厅关于印发",
                           "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知"}) {
    const std::string text = line;
    CAPTURE(text);
    CHECK_FALSE(is_header_note(line));
    CHECK(looks_like_title(line));
  }
}

TEST_CASE("mastheads and index lines") {
  CHECK(is_masthead_line("郑州市人民政府文件"));
  CHECK(is_masthead_line("浙江省人民政府办公厅文件"));
  CHECK(is_masthead_line("文 件"));
  CHECK_FALSE(is_masthead_line("关于清理规范性文件"));
  CHECK_FALSE(is_masthead_line("部分规范性文件"));
  CHECK(is_index_line("索引号：SHHK-2023-00312"));
  CHECK(is_index_line("发布机构：上海市虹口区人民政府"));
  CHECK(is_index_line("HHCR-2023-01005"));
  CHECK_FALSE(is_index_line("Chinese laws and regulations corpus (Markdown)"));
  CHECK_FALSE(is_header_note("Chinese laws and regulations corpus (Markdown)"));
  CHECK_FALSE(is_index_line("抄送：市委办公厅。"));
  CHECK_FALSE(is_index_line("郑州市人民政府关于印发…的通知"));
}

TEST_CASE("the issuer a 令 names") {
  CHECK(decree_issuer("长沙市人民政府令") == "长沙市人民政府");
  CHECK(decree_issuer("中华人民共和国国务院令") == "国务院");
  CHECK(decree_issuer("中华人民共和国海关总署令") == "海关总署");
}

TEST_CASE("squeeze_ends: the text as squeeze begins and ends it") {
  CHECK(squeeze_ends("\u3000 抄 送：市委。\n ") == "抄 送：市委。");
  CHECK(squeeze_ends("\n\u00a0\n") == "");
  CHECK(squeeze_ends("正文") == "正文");
}

TEST_CASE("has_more_characters_than counts what squeeze keeps of Chinese text: blanks and line breaks not") {
  CHECK_FALSE(has_more_characters_than("公 报", 2));
  CHECK(has_more_characters_than("公 报", 1));
  CHECK_FALSE(has_more_characters_than("\u3000驻马店市人民政府\n关于印发  \u00a0", 12));
  CHECK(has_more_characters_than("\u3000驻马店市人民政府\n关于印发  \u00a0", 11));
  CHECK_FALSE(has_more_characters_than("", 0));
  for (const std::string text :
       {"目 录", "驻马店市人民政府关于印发驻马店市\n加快推动现代服务业发展实施方案的\n通知", "\u3000第一条　为了"}) {
    CAPTURE(text);
    const std::size_t n = squeeze(text).size() / 3;  // Chinese only: three bytes a character
    CHECK_FALSE(has_more_characters_than(text, n));
    CHECK(has_more_characters_than(text, n - 1));
  }
}

TEST_CASE("record lines, letter-spaced or framed by blanks, and lines that only look like them") {
  for (const char* line : {"抄送：市委办公厅，市人大常委会办公厅。", "\u3000抄 送：市委办公厅。", "抄送:市委办公厅",
                           "武汉市人民政府办公厅 2023年5月15日印发", "武汉市人民政府办公厅　2023年5月15日印 发 \n"}) {
    const std::string text = line;
    CAPTURE(text);
    CHECK(is_record_line(line));
  }
  for (const char* line : {"抄录的内容应当准确。", "本办法自印发之日起施行", "关于印发", "由市政府办公厅印发", ""}) {
    const std::string text = line;
    CAPTURE(text);
    CHECK_FALSE(is_record_line(line));
  }
}
