#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/date_cue.hpp"
#include "grammar/x3_config.hpp"

namespace clausecheck::grammar {
namespace x3 = boost::spirit::x3;
namespace date_cue_detail {

// Verbs of an event that qualifies, with whether they only ever qualify.
struct event_table : x3::symbols<bool> {
  event_table() {
    for (const char* w :
         {"参加", "参保", "参军", "入伍", "出生", "入学", "入职", "入住", "退休", "离休", "退职", "退役",
          "复员", "转业", "毕业", "就业", "失业", "落户", "迁入", "入户", "居住", "取得", "获得", "领取",
          "持有", "犯罪", "违反", "违法", "届满", "犯",   "发生", "孳生", "被",   "成立", "设立", "注册",
          "订立", "签订", "购买", "购置", "购房", "受理", "审结", "立案", "起诉", "作出", "终止", "转制",
          "改制", "批准", "核准", "批出", "出让", "判处", "死亡", "引进", "引入", "入驻", "开设"})
      add(w, true);
    for (const char* w : {"新建", "改建", "扩建", "建成", "建设", "竣工", "开工", "投产", "开业", "申请",
                          "申报", "提出", "登记", "办理", "交付", "备案", "使用", "利用", "缴纳", "认定",
                          "评定", "审理", "签约", "出售", "销售", "划定", "确认", "评为"})
      add(w, false);
  }
};

// Words that may stand between the date and its event.
struct adverb_table : x3::symbols<> {
  adverb_table() {
    for (const char* w : {"已经", "已", "尚未", "尚", "未", "又", "再", "曾", "首次", "依法", "经", "正式", "新"})
      add(w);
  }
};

struct cycle_table : x3::symbols<RecurringDate::Cycle> {
  cycle_table() {
    using enum facts::Recurring::Cycle;  // clang 14 refuses `using enum` through the alias
    add("每年", year)("每年度", year)("每个年度", year)("每半年", half_year)("每个季度", quarter)("每季度", quarter)(
        "每季", quarter)("每月", month)("每个月", month);
  }
};

const event_table event;
const adverb_table adverb;
const cycle_table cycle;

// One UTF-8 character other than the clause marks ，。；： (a place is
// written within its clause).
const auto clause_mark = x3::lit("，") | "。" | "；" | "：" | "," | ";";
const auto character = !clause_mark >>
                       (x3::char_('\xC0', '\xF7') >> *x3::char_('\x80', '\xBF') | x3::char_('\x01', '\x7F'));
// 在本市统筹范围内, 在试点区域内: a place of up to fourteen characters.
const auto place = x3::lit("在") >> x3::repeat(1, 14)[!x3::lit("内") >> character] >> "内" | x3::lit("在本市") |
                   "在本省" | "在我市" | "在我省" | "在本区" | "在本县";

const auto set_settled = [](auto& c) { x3::_val(c).settled = x3::_attr(c); };
const auto set_every = [](auto& c) { x3::_val(c).every = x3::_attr(c); };
const auto set_month = [](auto& c) {
  x3::_val(c).month = x3::_attr(c).month;
  x3::_val(c).day = x3::_attr(c).day;
  x3::_val(c).end = x3::_attr(c).part == DateText::Part::month_end;
};
const auto set_day = [](auto& c) { x3::_val(c).day = x3::_attr(c).day; };
const auto set_end = [](auto& c) { x3::_val(c).end = true; };
const auto set_before = [](auto& c) { x3::_val(c).before = true; };

}  // namespace date_cue_detail

const x3::rule<struct qualifying_event_class, QualifyingEvent> qualifying_event = "qualifying_event";
const x3::rule<struct recurring_date_class, RecurringDate> recurring_date = "recurring_date";

// An adverb is stepped over only where no event starts (新建 is an event, 新 in 新设立 an adverb).
const auto adverbs = *(!date_cue_detail::event >> date_cue_detail::adverb);
const auto qualifying_event_def =
    adverbs >> -date_cue_detail::place >> adverbs >> date_cue_detail::event[date_cue_detail::set_settled];

// 每年4月30日, 每年2月底, 每月5日, 每月底, 每季度末, 每年年底; then 前, 以前, 之前.
const auto recurring_place = date_text[date_cue_detail::set_month] | day_of_month_text[date_cue_detail::set_day] |
                             (x3::lit("年底") | "年末" | "底" | "末")[date_cue_detail::set_end];
const auto recurring_date_def = date_cue_detail::cycle[date_cue_detail::set_every] >> -x3::lit("的") >> -recurring_place
                                >> -(x3::lit("以前") | "之前" | "前")[date_cue_detail::set_before];

BOOST_SPIRIT_DEFINE(qualifying_event, recurring_date)

}  // namespace clausecheck::grammar
