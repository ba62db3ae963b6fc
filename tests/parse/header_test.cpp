#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "parse_text.hpp"

using namespace clausecheck;

namespace {

// The header fields of a document as a reader would write them down.
struct Header {
  const char* title;
  const char* number;  // nullptr: none
  const char* issuer;
  const char* signed_on;  // nullptr: none
  bool trial;
};

struct HeaderCase {
  const char* shape;
  const char* text;
  Header want;
};

// Header snippets in the shapes real municipal, provincial and central
// documents print (red headers, 令, numbers before the title, titles over
// three lines, index lines of government sites, notes after the date).
const HeaderCase kCases[] = {
    {"red header: the masthead is no title",
     "郑州市人民政府文件\n\n郑政〔2023〕8号\n\n郑州市人民政府关于印发郑州市支持中小微企业纾困发展若干措施（试行）的通知"
     "\n\n"
     "各区县（市）人民政府，市人民政府各部门：\n\n现将《郑州市支持中小微企业纾困发展若干措施（试行）》印发给你们，请认"
     "真贯彻执行。\n\n"
     "郑州市人民政府\n\n2023年3月15日\n",
     {"郑州市人民政府关于印发郑州市支持中小微企业纾困发展若干措施（试行）的通知", "郑政〔2023〕8号", "郑州市人民政府",
      "2023-03-15", true}},
    {"joint red header: issuers over two lines, 文件, then the number and a two-line title",
     "中共洛阳市委办公室\n\n洛阳市人民政府办公室\n\n文件\n\n洛办〔2023〕12号\n\n中共洛阳市委办公室 "
     "洛阳市人民政府办公室\n\n"
     "关于进一步加强基层应急管理能力建设的意见\n\n各县（市、区）党委和人民政府，市直各单位：\n\n为深入贯彻落实…，现提出"
     "如下意见。\n\n"
     "中共洛阳市委办公室\n\n洛阳市人民政府办公室\n\n二○二三年六月二十六日\n",
     {"中共洛阳市委办公室洛阳市人民政府办公室关于进一步加强基层应急管理能力建设的意见", "洛办〔2023〕12号",
      "中共洛阳市委办公室洛阳市人民政府办公室", "2023-06-26", false}},
    {"joint red header without 文件 above the number",
     "中共驻马店市委 驻马店市人民政府\n\n驻发〔2023〕3号\n\n中共驻马店市委 "
     "驻马店市人民政府关于加快建设农业强市的意见\n\n"
     "各县区党委和人民政府：\n\n为加快建设农业强市，现提出如下意见。\n\n2023年2月1日\n",
     {"中共驻马店市委驻马店市人民政府关于加快建设农业强市的意见", "驻发〔2023〕3号", "中共驻马店市委驻马店市人民政府",
      "2023-02-01", false}},
    {"签发人 beside the number, under a red header",
     "珠海市人民政府文件\n\n珠府〔2023〕31号 "
     "签发人：黄志豪\n\n珠海市人民政府关于印发珠海市支持\n\n港澳青年创新创业若干措施（暂行）的通知\n\n"
     "各区政府（管委会），市府直属各单位：\n\n现将《珠海市支持港澳青年创新创业若干措施（暂行）》印发给你们。\n\n珠海市"
     "人民政府\n\n2023年5月6日\n",
     {"珠海市人民政府关于印发珠海市支持港澳青年创新创业若干措施（暂行）的通知", "珠府〔2023〕31号", "珠海市人民政府",
      "2023-05-06", true}},
    {"the number printed before the title",
     "成府发〔2023〕12号\n\n成都市人民政府关于进一步促进外贸稳规模优结构的若干意见\n\n各区（市）县政府，市政府各部门："
     "\n\n"
     "为推动我市外贸稳规模优结构，现提出如下意见。\n\n成都市人民政府\n\n2023年4月10日\n\n（此件公开发布）\n",
     {"成都市人民政府关于进一步促进外贸稳规模优结构的若干意见", "成府发〔2023〕12号", "成都市人民政府", "2023-04-10",
      false}},
    {"a title over three lines, joined",
     "广东省人民政府办公厅关于印发\n\n广东省推动新型储能产业高质量\n\n发展实施方案的通知\n\n粤府办〔2023〕4号\n\n"
     "各地级以上市人民政府，省政府各部门：\n\n《广东省推动新型储能产业高质量发展实施方案》已经省人民政府同意，现印发给"
     "你们。\n\n"
     "广东省人民政府办公厅\n\n2023年3月2日\n",
     {"广东省人民政府办公厅关于印发广东省推动新型储能产业高质量发展实施方案的通知", "粤府办〔2023〕4号",
      "广东省人民政府办公厅", "2023-03-02", false}},
    {"试行 in the title's last line",
     "西安市人民政府办公厅关于印发\n\n西安市促进首店经济发展若干措施\n\n（试行）的通知\n\n市政办发〔2023〕19号\n\n"
     "各区、县人民政府：\n\n《西安市促进首店经济发展若干措施（试行）》已经市政府同意，现印发给你们。\n\n西安市人民政府"
     "办公厅\n\n2023年7月6日\n",
     {"西安市人民政府办公厅关于印发西安市促进首店经济发展若干措施（试行）的通知", "市政办发〔2023〕19号",
      "西安市人民政府办公厅", "2023-07-06", true}},
    {"號 for 号",
     "汕头市人民政府关于印发汕头市城市供水管理办法的通知\n\n汕府〔2022〕45號\n\n各区县人民政府：\n\n"
     "现将《汕头市城市供水管理办法》印发给你们，请认真贯彻执行。\n\n汕头市人民政府\n\n2022年9月28日\n",
     {"汕头市人民政府关于印发汕头市城市供水管理办法的通知", "汕府〔2022〕45號", "汕头市人民政府", "2022-09-28", false}},
    {"ASCII parentheses around the year",
     "合肥市人民政府办公室关于印发合肥市老旧小区改造工作实施细则的通知\n\n合政办(2023)"
     "6号\n\n各县（市）、区人民政府：\n\n"
     "《合肥市老旧小区改造工作实施细则》已经市政府同意，现印发给你们。\n\n合肥市人民政府办公室\n\n2023年2月17日\n",
     {"合肥市人民政府办公室关于印发合肥市老旧小区改造工作实施细则的通知", "合政办(2023)6号", "合肥市人民政府办公室",
      "2023-02-17", false}},
    {"index lines of a government site above the title",
     "索引号：SHHK-2023-00312\n\n发布机构：上海市虹口区人民政府\n\n公开方式：主动公开\n\nHHCR-2023-01005\n\n"
     "虹口区人民政府关于印发《虹口区促进航运服务业高质量发展的若干政策》的通知\n\n虹府规〔2023〕3号\n\n"
     "区政府各委、办、局：\n\n现将《虹口区促进航运服务业高质量发展的若干政策》印发给你们。\n\n上海市虹口区人民政府\n\n2"
     "023年6月8日\n",
     {"虹口区人民政府关于印发《虹口区促进航运服务业高质量发展的若干政策》的通知", "虹府规〔2023〕3号", "虹口区人民政府",
      "2023-06-08", false}},
    {"signing date in Chinese numerals with the letter O",
     "芜湖市人民政府关于印发芜湖市支持工业企业技术改造若干政策的通知\n\n芜政〔2005〕9号\n\n各县、区人民政府：\n\n"
     "现将《芜湖市支持工业企业技术改造若干政策》印发给你们。\n\n芜湖市人民政府\n\n二OO五年三月四日\n",
     {"芜湖市人民政府关于印发芜湖市支持工业企业技术改造若干政策的通知", "芜政〔2005〕9号", "芜湖市人民政府",
      "2005-03-04", false}},
    {"issuer and date on one line",
     "郑州市人民政府关于做好2023年春节期间安全生产工作的通知\n\n郑政明电〔2023〕1号\n\n各区县（市）人民政府：\n\n"
     "为做好春节期间安全生产工作，现通知如下。\n\n郑州市人民政府 二〇二三年一月十日\n",
     {"郑州市人民政府关于做好2023年春节期间安全生产工作的通知", "郑政明电〔2023〕1号", "郑州市人民政府", "2023-01-10",
      false}},
    {"issuer from the signature when the title names none before 关于",
     "国务院办公厅对十届全国人大四次会议第7240号建议的答复\n\n国办函〔2006〕71号\n\n周桂英等代表：\n\n"
     "你们提出的建议收悉，现答复如下。\n\n国务院办公厅\n\n二〇〇六年九月七日\n\n（本文有删减）\n",
     {"国务院办公厅对十届全国人大四次会议第7240号建议的答复", "国办函〔2006〕71号", "国务院办公厅", "2006-09-07",
      false}},
    {"转发: the issuer is who forwards",
     "国务院办公厅转发民政部关于清理整顿社会团体意见的通知\n\n国办发〔1997〕11号\n\n各省、自治区、直辖市人民政府：\n\n"
     "民政部《关于清理整顿社会团体的意见》已经国务院同意，现转发给你们。\n\n国务院办公厅\n\n一九九七年四月八日\n",
     {"国务院办公厅转发民政部关于清理整顿社会团体意见的通知", "国办发〔1997〕11号", "国务院办公厅", "1997-04-08",
      false}},
    {"a 令 and the 办法 it publishes are one document",
     "长沙市人民政府令\n\n第158号\n\n《长沙市电动自行车管理办法》已经2023年8月29日市人民政府第19次常务会议审议通过，现"
     "予公布，自公布之日起施行。\n\n"
     "市长 周海兵\n\n2023年9月5日\n\n长沙市电动自行车管理办法\n\n第一章 总则\n\n"
     "第一条 为了加强电动自行车管理，制定本办法。\n\n第二条 本市行政区域内电动自行车的管理，适用本办法。\n",
     {"长沙市电动自行车管理办法", "长沙市人民政府令第158号", "长沙市人民政府", "2023-09-05", false}},
    {"a 令 with its number on the same line and a 暂行办法 after a Chinese-numeral date",
     "苏州市人民政府令 "
     "第165号\n\n《苏州市古城墙保护暂行办法》已于2023年12月18日经市人民政府第46次常务会议审议通过，现予公布，自2024年3"
     "月1日起施行。\n\n"
     "市长 吴庆文\n\n二〇二三年十二月二十五日\n\n苏州市古城墙保护暂行办法\n\n第一条 "
     "为了加强古城墙的保护，制定本办法。\n",
     {"苏州市古城墙保护暂行办法", "苏州市人民政府令第165号", "苏州市人民政府", "2023-12-25", true}},
    {"the State Council's 令: the issuer without the state's name",
     "中华人民共和国国务院令\n\n第706号\n\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《"
     "专利代理条例》公布，自2019年3月1日起施行。\n\n"
     "总理　　李克强\n\n2018年11月6日\n\n专利代理条例\n\n（1991年3月4日中华人民共和国国务院令第76号发布　2018年9月6日国"
     "务院第23次常务会议修订通过）\n\n"
     "第一章　总　　则\n\n第一条　为了规范专利代理行为，制定本条例。\n",
     {"专利代理条例", "中华人民共和国国务院令第706号", "国务院", "2018-11-06", false}},
};

std::string or_empty(const char* s) { return s ? s : ""; }

const char* case_text(std::string_view shape) {
  for (const HeaderCase& c : kCases)
    if (c.shape == shape) return c.text;
  FAIL("no case " << shape);
  return "";
}

}  // namespace

TEST_CASE("header fields of real document shapes") {
  for (const HeaderCase& c : kCases) {
    const std::string shape = c.shape;
    CAPTURE(shape);
    const ParsedFile file = parse_text(c.text);
    REQUIRE(file.documents.size() == 1);
    const Document& doc = file.documents.front();
    CHECK(doc.title == c.want.title);
    CHECK((doc.number ? doc.number->raw : "") == or_empty(c.want.number));
    CHECK(doc.issuer == c.want.issuer);
    CHECK((doc.signed_date ? doc.signed_date->iso() : "") == or_empty(c.want.signed_on));
    CHECK(doc.trial == c.want.trial);
  }
}

TEST_CASE("a 令's own text opens the measure; its chapters and articles are the measure's") {
  const ParsedFile file = parse_text(case_text("a 令 and the 办法 it publishes are one document"));
  REQUIRE(file.documents.size() == 1);
  const Document& doc = file.documents.front();
  REQUIRE(doc.number);
  CHECK(doc.number->agency == "长沙市人民政府令");
  CHECK(doc.number->year == 0);
  CHECK(doc.number->seq == 158);
  CHECK(doc.type == "办法");
  REQUIRE_FALSE(doc.preamble.empty());
  CHECK(doc.preamble.front().text.find("现予公布") != std::string::npos);
  REQUIRE(doc.clauses.size() == 1);  // 第一章, holding 第一条 and 第二条
  CHECK(doc.clauses.front().children.size() == 2);
  CHECK(doc.attachments.empty());
}

TEST_CASE("notes after the signing date stay with the notice; the attachment's title follows them") {
  const ParsedFile file = parse_text(
      "宁波市人民政府关于印发宁波市推进制造业高端化智能化绿色化发展若干政策的通知\n\n甬政发〔2023〕58号\n\n"
      "各区（县、市）人民政府：\n\n现将《宁波市推进制造业高端化智能化绿色化发展若干政策》印发给你们。\n\n"
      "宁波市人民政府\n\n2023年12月20日\n\n(此件公开发布)\n\n宁波市推进制造业高端化智能化绿色化发展若干政策\n\n"
      "一、支持企业技术改造。对设备投资500万元以上的项目给予补助。\n\n"
      "抄送：市委各部门，市人大常委会办公厅。\n\n宁波市人民政府办公厅 2023年12月22日印发\n");
  REQUIRE(file.documents.size() == 1);
  const Document& notice = file.documents.front();
  REQUIRE(notice.closing.size() == 2);
  CHECK(notice.closing.front().text == "宁波市人民政府");  // the signature, above the date
  CHECK(notice.closing.back().text == "(此件公开发布)");
  REQUIRE(notice.attachments.size() == 1);
  const Document& policy = notice.attachments.front();
  CHECK(policy.title == "宁波市推进制造业高端化智能化绿色化发展若干政策");
  CHECK(policy.issuer == "宁波市人民政府");
  CHECK(policy.clauses.size() == 1);
}

TEST_CASE("抄送 and 印发 lines after the signing date are the notice's closing, not an attachment") {
  const ParsedFile file = parse_text(
      "武汉市人民政府办公厅关于进一步做好城市排水防涝工作的通知\n\n武政办〔2023〕27号\n\n各区人民政府：\n\n"
      "为切实做好我市城市排水防涝工作，现通知如下。\n\n武汉市人民政府办公厅\n\n2023年5月12日\n\n"
      "抄送：市委办公厅，市人大常委会办公厅。\n\n印发机关：武汉市人民政府办公厅\n\n武汉市人民政府办公厅 "
      "2023年5月15日印发\n");
  REQUIRE(file.documents.size() == 1);
  const Document& notice = file.documents.front();
  CHECK(notice.signed_date->iso() == "2023-05-12");
  CHECK(notice.attachments.empty());
  REQUIRE(notice.closing.size() == 4);
  CHECK(notice.closing.front().text == "武汉市人民政府办公厅");
  CHECK(notice.closing.back().text == "武汉市人民政府办公厅 2023年5月15日印发");
}

TEST_CASE("the issuers' lines above the date sign the document: its closing, not its last clause's text") {
  const ParsedFile file = parse_text(
      "成都市财政局 "
      "国家税务总局成都市税务局关于调整契税征收有关事项的通知\n\n成财发〔2023〕6号\n\n各区（市）县财政局、税务局：\n\n"
      "一、个人购买家庭唯一住房的，减按1%的税率征收契税。\n\n二、本通知自2023年5月1日起施行。\n\n"
      "成都市财政局\n\n国家税务总局成都市税务局\n\n2023年4月10日\n\n（此件公开发布）\n");
  REQUIRE(file.documents.size() == 1);
  const Document& doc = file.documents.front();
  CHECK(doc.signed_date->iso() == "2023-04-10");
  REQUIRE(doc.clauses.size() == 2);
  CHECK(doc.clauses.back().text() == "本通知自2023年5月1日起施行。");
  std::vector<std::string> closing;
  for (const Paragraph& p : doc.closing) closing.push_back(p.text);
  CHECK(closing == std::vector<std::string>{"成都市财政局", "国家税务总局成都市税务局", "（此件公开发布）"});
}

TEST_CASE("a clause opening the line above the date is no signature: 五、附则 stays a clause") {
  const ParsedFile file = parse_text(
      "某市人民政府关于印发某市专项资金管理办法的通知\n\n某政〔2023〕3号\n\n各县区人民政府：\n\n"
      "一、资金实行专户管理。\n\n二、资金按季度拨付。\n\n三、附则\n\n2023年4月10日\n");
  REQUIRE(file.documents.size() == 1);
  const Document& doc = file.documents.front();
  REQUIRE(doc.clauses.size() == 3);
  CHECK(doc.clauses.back().number.label == "三");
  CHECK(doc.closing.empty());
}

TEST_CASE("a two-line title without a number, below index lines") {
  const ParsedFile file = parse_text(
      "索引号：HHCR-2023-01005\n\n公开方式：主动公开\n\n杭州市民宿行业管理办法\n\n（试行）\n\n"
      "第一条 为规范民宿经营，制定本办法。\n\n第二条 本办法自2023年5月1日起施行。\n");
  REQUIRE(file.documents.size() == 1);
  CHECK(file.documents.front().title == "杭州市民宿行业管理办法（试行）");
  CHECK(file.documents.front().trial);
  CHECK(file.documents.front().clauses.size() == 2);
}

TEST_CASE("an attachment's title over two lines without a type: joined past a line ending in 的") {
  const ParsedFile file = parse_text(
      "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围的批复\n\n国函〔2006〕132号\n\n广东省人民政府：\n"
      "\n"
      "同意深圳湾口岸港方口岸区的范围。\n\n国务院\n\n二〇〇六年十二月三十日\n\n附件1."
      "\n\n深圳湾口岸港方口岸区的\n\n查验区界址点坐标\n\n"
      "坐标编号\tX坐标\tY坐标\n\n1\t15172.500\t103655.000\n");
  REQUIRE(file.documents.size() == 1);
  REQUIRE(file.documents.front().attachments.size() == 1);
  CHECK(file.documents.front().attachments.front().title == "深圳湾口岸港方口岸区的查验区界址点坐标");
}

TEST_CASE("an impossible signing date ends the notice; its attachment follows; no date is put in its place") {
  const ParsedFile file = parse_text(
      "牡丹江市人民政府办公室关于印发牡丹江市春季农业生产工作方案的通知\n\n牡政办发〔2023〕5号\n\n各县（市）、区人民政"
      "府：\n\n"
      "现将《牡丹江市春季农业生产工作方案》印发给你们。\n\n牡丹江市人民政府办公室\n\n2023年2月30日\n\n"
      "牡丹江市春季农业生产工作方案\n\n一、2023年4月20日前完成春播物资储备。\n\n二、2023年5月底前完成灌区清淤。\n");
  REQUIRE(file.documents.size() == 1);
  const Document& notice = file.documents.front();
  CHECK_FALSE(notice.signed_date);
  CHECK(notice.issuer == "牡丹江市人民政府办公室");
  REQUIRE(notice.attachments.size() == 1);
  CHECK(notice.attachments.front().title == "牡丹江市春季农业生产工作方案");
  CHECK(notice.attachments.front().clauses.size() == 2);
}
