#include "parse/facts/figure_facts.hpp"

#include <array>
#include <cmath>

#include "grammar/comparator.hpp"
#include "grammar/date.hpp"
#include "grammar/iso_date.hpp"
#include "grammar/date_cue.hpp"
#include "grammar/duration.hpp"
#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"
#include "text/utf8.hpp"
#include "parse/facts/char_set.hpp"
#include "model/messages.hpp"

namespace clausecheck::parse {

// The word lists are string_view literals: built from character pointers, a
// list measured each of its words with strlen every time it was walked.
using namespace std::string_view_literals;

namespace {

using grammar::DateText;

bool is_arabic_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
const CharSet chinese_numerals(U"〇○零一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億");
bool is_chinese_numeral(char32_t c) { return chinese_numerals.contains(c); }
bool is_ascii_letter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }
// What ends the noun after a count: ASCII other than letters and digits, the CJK symbols and the full-width
// punctuation. Not text::is_punctuation, which also holds the quotes and dashes of General Punctuation: those
// stay inside the noun (8家焕新老字号（品牌）、“爆品”运营商).
bool ends_noun(char32_t c) {
  return (c < 0x80 && !is_ascii_letter(c) && !(c >= U'0' && c <= U'9')) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20);
}

// What a figure or its unit ends with: a dash after one joins a range (1%－2%, 1万元-2万元, 2018年-2020年).
const CharSet figure_ends(U"%％‰‱元米吨亩斤克升人个家岁倍天日年月周时秒户套所名项座条件辆张台床批度)）");

// A minus sign at `at` (-22.2%, 增速为－5.1%), not a dash between figures
// (10-20%, 1%－2%, 0396-2601620) nor in a name (GB-2760, HT-2023).
bool is_sign(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  const char32_t prev = text::decode_before(text, at).value;
  return !is_arabic_digit(prev) && !is_ascii_letter(prev) && !chinese_numerals.contains(prev) &&
         !figure_ends.contains(prev);
}

// An ASCII hyphen at `at` right after a figure's unit joins a range (1%-2%,
// 1万元-2万元), as a full-width dash does; after a digit it joins the parts of
// a number (0396-2601620, 2023-03-04, 第3-5条) or a span of years read whole.
bool joins_range(std::string_view text, std::size_t at) {
  return at > 0 && figure_ends.contains(text::decode_before(text, at).value);
}

// A figure may start here: not inside a number (1.2, 十九) nor a name (PM2.5, G107).
bool starts_figure(std::string_view text, std::size_t at, char32_t c) {
  if (!is_arabic_digit(c) && !is_chinese_numeral(c) && c != U'半') return false;
  if (at == 0) return true;
  const char32_t prev = text::decode_before(text, at).value;
  if (is_arabic_digit(c))
    return !is_arabic_digit(prev) && !is_ascii_letter(prev) && prev != U'.' && prev != U'．' && prev != U',' &&
           prev != U'/' && (prev != U'-' || is_sign(text, at - 1) || joins_range(text, at - 1));
  return !is_chinese_numeral(prev);
}

// Figures that start with a word rather than a number: 半年, 百分之三十,
// 千分之五, 万分之五, 百分百.
// Told by the first character before any word is compared: most figures in
// words start with another numeral (一, 三, 十).
bool starts_word(std::string_view text) {
  if (text.empty() || text::is_ascii(text[0])) return false;  // a digit: the common case
  switch (text::decode_at(text, 0).value) {
    case U'半':
      return true;
    case U'百':
      return text.starts_with("百分之") || text.starts_with("百分百");
    case U'千':
      return text.starts_with("千分之");
    case U'万':
      return text.starts_with("万分之");
    default:
      return false;
  }
}

// What may stand right after a figure that is a date, a duration or a
// quantity: the first characters of their units and separators. Any other
// follower (一体化, 5G, 十九连丰) rules the figure out without running a grammar.
const CharSet figure_followers(
    U"年月日号天周星个工半多余%％‰‱万亿千百元亩斤公吨平立微米倍岁家人户套所名项座条件辆张台床批-—－–~～至到/.．, 　"
    U"克升毫厘角圆整正成点分世季交市瓦OＯ，");
bool may_follow_figure(char32_t c) { return figure_followers.contains(c); }

// After a date's first number: 年 月 and the separators of 2023-03-04, 2023.3.4,
// 2023/3/4, and the connectors of 2023—2025年.
const CharSet date_followers(U"年月-—－–~～至到/.．OＯ");
bool may_follow_date(char32_t c) { return date_followers.contains(c); }

// Count nouns (个 also heads 个月 and 个工作日, checked apart).
const CharSet counters(U"个家人户套所名项座条件辆张台床批");
// The first characters of duration units (年, 个月, 日, 天, 周, 星期, 工作日),
// and those of them no quantity unit starts with.
const CharSet duration_followers(U"年个日天周星工 　");
const CharSet duration_only(U"年日天星工月号");  // not 周: 十八周岁 is an age
bool is_counter(char32_t c) { return counters.contains(c); }

// 个月, 个季度, 个工作日, 个百分点 …: after 个, what makes 一个 a duration or a figure.
bool names_time_or_points(std::string_view rest) {
  for (std::string_view w :
       {"个月"sv, "个半月"sv, "个多月"sv, "个季度"sv, "个星期"sv, "个工作日"sv, "个交易日"sv, "个百分点"sv})
    if (word_at(rest, 0, w)) return true;
  return false;
}

// The end of the numeral run at `at`: its digits, and with `decimals` also
// the points between them (to step over a run no grammar wanted).
std::size_t run_end(std::string_view text, std::size_t at, bool decimals = true) {
  while (at < text.size()) {
    const auto cp = text::decode_at(text, at);
    const bool point = decimals && (cp.value == U'.' || cp.value == U'．');
    if (!is_arabic_digit(cp.value) && !is_chinese_numeral(cp.value) && !point) break;
    at += cp.length;
  }
  return at;
}

const std::array<std::string_view, 5> connectors = {"至", "到", "—", "－", "～"};

std::optional<std::size_t> connector_after(std::string_view text, std::size_t at) {
  for (std::string_view c : connectors)
    if (auto end = word_after(text, at, c)) return end;
  for (std::string_view c : {"-"sv, "~"sv, "–"sv})
    if (auto end = word_after(text, at, c)) return end;
  return std::nullopt;
}

std::string describe(const DateText& d) {
  std::string out;
  if (d.year) out += std::to_string(d.year) + "年";
  if (d.month) out += std::to_string(d.month) + "月";
  if (d.day) out += std::to_string(d.day) + "日";
  return out;
}

// The perfective 了 (done_in_sentence) and the words a next arrangement starts from (handed_over).
constexpr std::string_view kPerfective[] = {"了"};
constexpr std::string_view kFromWords[] = {"从", "自"};

class FigureScanner {
 public:
  FigureScanner(ScanContext& context, FactSink& sink) : ctx_(context), sink_(sink), text_(sink.paragraph.text) {}

  // Figures and 每 in text order: 每年4月30日前 is read whole, not as a date.
  void run(const std::vector<std::uint32_t>& starts, const std::vector<std::uint32_t>& every) {
    std::size_t resume = 0;  // figures read so far end here
    auto cycle = every.begin();
    for (const std::uint32_t at : starts) {
      for (; cycle != every.end() && *cycle < at; ++cycle)
        if (*cycle >= resume) resume = std::max<std::size_t>(resume, recurring_at(*cycle));
      if (at < resume || !starts_figure(text_, at, text::decode_at(text_, at).value)) continue;
      resume = figure_at(at);
    }
    for (; cycle != every.end(); ++cycle)
      if (*cycle >= resume) resume = std::max<std::size_t>(resume, recurring_at(*cycle));
  }

 private:
  // 每年4月30日前, 每月5日前, 每季度末: a due date of every cycle; a cycle alone
  // (每半年) only when a report is due by it. Returns where scanning goes on.
  std::size_t recurring_at(std::size_t at) {
    const auto r = grammar::match_recurring_date(text_.substr(at));
    if (!r) return at;
    const std::size_t end = at + r->length;
    const std::size_t stop = fragment_end_at(end);
    if (!r->placed() && !reports(at, text_.substr(end, stop > end ? stop - end : 0))) return at;
    sink_.add(facts::Recurring{r->every, r->month, r->day, r->end, r->before}, at, end);
    return end;
  }

  // Reads the figure at `at` and returns where scanning goes on.
  std::size_t figure_at(std::size_t at) {
    const std::size_t digits = run_end(text_, at, false);
    const std::size_t run = run_end(text_, digits);  // the points and digits after, on from the digits
    const bool word = starts_word(text_.substr(at));
    if (!word && digits >= text_.size()) return run;
    // What follows the digits decides which grammars can match at all.
    const char32_t next = word ? U'年' : text::decode_at(text_, skip_spaces(text_, digits)).value;
    if (!word && !may_follow_figure(next)) return run;  // most numerals in words: 一体化, 统一
    if (word_before(text_, at, "第")) return run;       // ordinals: 第十四, 第2次
    // 82，225.00元: a full-width comma follows a figure as a thousands mark only before a digit.
    if (next == U'，') {
      const std::size_t after = skip_spaces(text_, digits) + 3;
      if (after >= text_.size() || !is_arabic_digit(text::decode_at(text_, after).value)) return run;
    }
    // 一个, 三条, 两项: a lone Chinese digit before a count noun is a word (not 247个,
    // nor 一个月, 五个季度, 五个百分点: the grammars read those).
    if (!word && digits - at == 3 && is_counter(next) && !is_arabic_digit(text::decode_at(text_, at).value) &&
        !names_time_or_points(text_.substr(digits)))
      return run;
    // 20世纪80年代; 上世纪90年代 (the decade after a century named in words).
    if (next == U'世') return decade_at(at).value_or(run);
    if (at >= 3 && word_at(text_, at - 3, "纪"))
      for (std::string_view century : {"上个世纪"sv, "上世纪"sv, "本世纪"sv})
        if (auto lead = word_before(text_, at, century))
          if (auto end = decade_at(*lead)) return *end;
    // Every date starts with a year of four figures (2023, 二〇二三, 二OO五) or
    // one in words (两千零五), or with a month before 月.
    if (may_follow_date(next) && (characters(at, digits) == 4 || next == U'月' || next == U'O' || next == U'Ｏ' ||
                                  text_.substr(at, digits - at).find("千") != std::string_view::npos)) {
      const auto date = grammar::match_date(text_.substr(at));
      if (auto end = period_at(at, date)) return *end;
      if (date) return date_at(at, *date);
    }
    if (word || duration_followers.contains(next))
      if (auto end = duration_at(at)) return *end;
    if (word || !duration_only.contains(next))
      if (auto end = quantity_at(at)) return *end;
    if (!word)
      if (auto end = range_at(at)) return *end;
    return std::max(run, at + text::decode_at(text_, at).length);
  }

  // 10—20万元, 5至10亩, 3—5年, 三至五年: the first figure of a range has the unit
  // (and the scale) of the second. Only the first is read here; the second is
  // read as any figure, and is no bound of its own (is_range_end).
  std::optional<std::size_t> range_at(std::size_t at) {
    const auto r = grammar::match_range_start(text_.substr(at));
    if (!r) return std::nullopt;
    const std::size_t from_end = at + r->from.length, to_at = at + r->to;
    const auto to_numeral = grammar::match_numeral(text_.substr(to_at));
    if (!to_numeral || to_numeral->value <= 0 || r->from.value > to_numeral->value) return std::nullopt;
    const double ratio = r->from.value / to_numeral->value;
    if (const auto to = grammar::match_duration(text_.substr(to_at))) {
      // One unit only (3—5年, 10—15个工作日), counted as the second one is; a
      // duration before a quantity, or 15个工作日 would be read as 15个.
      const DurationValue& d = to->value;
      if ((d.years != 0) + (d.months != 0) + (d.days != 0) + (d.workdays != 0) != 1 ||
          r->from.value != static_cast<int>(r->from.value))
        return std::nullopt;
      const auto scaled = [&](int n) { return static_cast<int>(std::lround(n * ratio)); };
      sink_.add(facts::Duration{DurationValue{scaled(d.years), scaled(d.months), scaled(d.days), scaled(d.workdays)},
                                std::nullopt},
                at, from_end);
      return from_end;
    }
    if (auto to = grammar::match_quantity(text_.substr(to_at)); to && !to->whole_figure && !to->negative && !to->over) {
      // 一至三个: a lone Chinese digit before a count noun stays a word.
      if (r->from.chinese && to->counter_unit && r->from.length == 3) return std::nullopt;
      Quantity q = std::move(to->quantity);
      q.value *= ratio;
      q.text = std::string(text_.substr(at, r->from.length)) + q.scale;
      sink_.add(facts::QuantityFact{std::move(q)}, at, from_end);
      return from_end;
    }
    return std::nullopt;
  }

  // Other runs than a date's (1.2万, 三年, 10—20) skip the date grammar.
  std::size_t characters(std::size_t begin, std::size_t end) const {
    return text::code_point_count(text_.substr(begin, end - begin));
  }

  // The calendar date a DateText means, or a diagnostic when there is none.
  std::optional<Date> resolve(const DateText& d, std::size_t begin, std::size_t end) {
    const int year = d.year ? d.year : ctx_.document_year;
    // 2月30日 is wrong whatever the year; 2000 stands in (a leap year) for checking.
    auto date = grammar::calendar_date(d, year ? year : 2000);
    if (!date) {
      sink_.warn(msg(Msg::expr_no_such_date, {describe(d)}), "invalid-date", begin, end);
      return std::nullopt;
    }
    if (!year) return std::nullopt;
    return date;
  }

  // 自2023年1月1日至2023年12月31日, 2023年1月1日起至2023年12月31日止, 2023—2025年.
  std::optional<std::size_t> period_at(std::size_t at, std::optional<DateText> from) {
    std::size_t begin = at;
    if (auto zi = word_before(text_, at, "自")) begin = *zi;
    std::size_t after_from = 0;
    if (from) {
      after_from = at + from->length;
      if (auto qi = word_after(text_, after_from, "起")) after_from = *qi;
    } else {
      // 2023—2025年: a bare year before the connector.
      const std::optional<Date> year = grammar::parse_iso_date(text_.substr(at, 4));  // four digits
      if (!year) return std::nullopt;
      from = DateText{.year = static_cast<int>(year->ymd.year()), .length = 4};
      if (from->year < 1900 || from->year > 2199) return std::nullopt;
      after_from = at + 4;
    }
    auto to_at = connector_after(text_, after_from);
    if (!to_at) return std::nullopt;
    const std::size_t to_begin = skip_spaces(text_, *to_at);
    auto to = grammar::match_date(text_.substr(to_begin));
    // 2016年1月10日到12日: the end carries the start's month.
    if (!to && from->month && from->day && from->part == DateText::Part::whole)
      if ((to = grammar::match_day_of_month(text_.substr(to_begin)))) to->month = from->month;
    if (!to) return std::nullopt;
    std::size_t end = to_begin + to->length;
    if (auto zhi = word_after(text_, end, "止")) end = *zhi;
    // 2019年1月1日至12月31日: the end is in the start's year (the next one when
    // it would come first: 2023年11月至2月), not in the document's.
    const bool end_has_year = to->year != 0;
    if (!end_has_year) to->year = from->year;
    auto from_date = resolve(*from, at, after_from);
    auto to_date = resolve(*to, to_begin, to_begin + to->length);
    if (!from_date || !to_date) return end;
    if (!end_has_year && to_date->last_day() < from_date->first_day()) {
      ++to->year;
      to_date = resolve(*to, to_begin, to_begin + to->length);
      if (!to_date) return end;
    }
    sink_.add(
        facts::Period{from_date, to_date, over_before_signing(*to_date, role_of(begin, end, facts::DateRole::term))},
        begin, end);
    return end;
  }

  // A term that ended before the document was signed cannot be one it sets:
  // 自2004年3月8日至7月7日，…共记录到… in a letter of November 2004 tells what happened.
  facts::DateRole over_before_signing(const Date& last, facts::DateRole role) const {
    if (role != facts::DateRole::term || !ctx_.signed_date) return role;
    return last.last_day() < ctx_.signed_date->first_day() ? facts::DateRole::history : role;
  }

  std::size_t date_at(std::size_t at, const DateText& d) {
    const std::size_t end = at + d.length;
    auto date = resolve(d, at, end);
    if (!date) return end;
    if (d.part == DateText::Part::first_half || d.part == DateText::Part::second_half) {
      const bool first = d.part == DateText::Part::first_half;
      sink_.add(facts::Period{make_date(d.year, first ? 1 : 7, 1), make_date(d.year, first ? 6 : 12, first ? 30 : 31)},
                at, end);
      return end;
    }
    if (d.part == DateText::Part::quarter) {
      // 2023年第一季度: 01-01 … 03-31.
      const int last_month = 3 * d.quarter;
      DateText close{d.year, last_month, 0, DateText::Part::month_end};
      sink_.add(facts::Period{make_date(d.year, last_month - 2, 1), grammar::calendar_date(close, d.year)}, at, end);
      return end;
    }
    classify_date(*date, d, at, end);
    return end;
  }

  // A date alone, or a bound: 自…起 (open period), …前 (deadline), 截至… / 到… (deadline).
  void classify_date(const Date& date, const DateText& d, std::size_t at, std::size_t end) {
    using Role = facts::DateRole;
    if (auto zi = word_before(text_, at, "自"); zi && word_after(text_, end, "起")) {
      sink_.add(facts::Period{date, std::nullopt, role_of(*zi, end, Role::term)}, *zi, *word_after(text_, end, "起"));
      return;
    }
    // 2023年12月31日前: the stated day is the last one, as 申报期限 "每月15日前" is read;
    // 2023年前 and 2023年6月前 name no last day and stay exclusive.
    for (std::string_view before : {"以前"sv, "之前"sv, "前"sv})
      if (auto e = word_after(text_, end, before)) {
        const bool day = date.precision == Precision::day;
        const Role role = over_before_signing(date, role_of(at, *e, Role::term));
        const bool condition = role == Role::term && (handed_over(*e, date) || window_closed(at));
        sink_.add(facts::Deadline{date, day, condition ? Role::condition : role}, at, *e);
        return;
      }
    for (std::string_view by : {"截至"sv, "截止到"sv, "截止"sv, "到"sv, "至"sv})
      if (auto b = word_before(text_, at, by)) {
        // 到2025年: a plan's target year; 至2023年底 names a day.
        const bool target_year = d.year && !d.month && d.part == DateText::Part::whole && (by == "到" || by == "至");
        if (target_year) ctx_.goal_year = d.year;
        const Role role = over_before_signing(date, role_of(at, end, target_year ? Role::goal : Role::term));
        sink_.add(facts::Deadline{date, true, role == Role::term && states_as_of(*b, end) ? Role::history : role}, *b,
                  end);
        return;
      }
    // 2024年全面消除…: a year bound to a goal.
    if (!d.month && d.part == DateText::Part::whole)
      for (std::string_view goal : {"全面"sv, "基本"sv, "实现"sv, "完成"sv, "建成"sv})
        if (word_after(text_, end, goal)) {
          sink_.add(facts::Deadline{date, true, Role::goal}, at, end);
          return;
        }
    // 2023年1月1日以后新建的住宅: who or what qualifies, from the date on.
    for (std::string_view after : {"以后"sv, "之后"sv, "后"sv})
      if (auto e = word_after(text_, end, after)) {
        if (qualifies_after(at, *e)) {
          sink_.add(facts::DateFact{date, Role::condition}, at, *e);
          return;
        }
        break;
      }
    // 武汉市人民政府办公厅 2023年5月15日印发: the 印发 line's date keeps its word,
    // which tells resolve_effective the day 自印发之日起 counts from.
    if (auto printed = word_after(text_, end, "印发"); printed && skip_spaces(text_, *printed) == text_.size()) {
      sink_.add(facts::DateFact{date, Role::history}, at, *printed);
      return;
    }
    sink_.add(facts::DateFact{date, role_of(at, end, Role::history)}, at, end);
  }

  // What the date text[at..end) says: a report's due date, when a reporting
  // cue stands by it (每年1月31日前报送); what happened, after 曾 or before 以来;
  // who qualifies, when it sits in a noun modifier (对…前…的项目); a goal,
  // when its sentence sets one (力争…, after 到2025年); else what `plain` says.
  facts::DateRole role_of(std::size_t at, std::size_t end, facts::DateRole plain) {
    if (plain == facts::DateRole::goal) return plain;
    const std::size_t frag = fragment_at(at);
    const std::size_t stop = skip_spaces_back(text_, fragment_end_at(end));
    const std::string_view rest = text_.substr(end, stop > end ? stop - end : 0);  // the clause after the date
    if (reports(at, rest)) return facts::DateRole::reporting;
    // 曾于…, …以来, and 1986年至1992年土地详查时期: an era named, not a term set.
    if (happened(at, end) || rest.ends_with("时期")) return facts::DateRole::history;
    // A bare date followed by 的 compares (是2017年的1.8倍) rather than qualifies.
    if (plain == facts::DateRole::term && qualifies(frag, at, end, rest)) return facts::DateRole::condition;
    if (ctx_.goal_year || leads_goal(frag) || leads_goal(sentence_at(at))) return facts::DateRole::goal;
    return plain;
  }

  // Who or what qualifies, not a term: 对/对于 takes the date as its object
  // (对于2011年4月30日以前犯罪，…); a definition names it (是指2000年底前建成);
  // the event it bounds follows (以前参加革命工作的, 以前犯罪, 期间购买…的) and
  // no 应/须/要/可 before it makes it a task; or a 的 after the deadline in its
  // clause closes a modifier the date sits in: led by 对/凡 (对2022年12月31日前
  // 申请…的项目), a "where" clause ending in 的 (…前已依法订立…合同的，), 已/尚
  // after the deadline (…前已经受理…的案件), or a 的 as one of the five
  // characters after it (…以前的缴费年限, …以前发生的刑事案件, …前登记注册的企业).
  // A 的 alone is not enough: 2023年底前完成…的改造 is a term.
  bool qualifies(std::size_t frag, std::size_t at, std::size_t end, std::string_view rest) {
    if (word_before(text_, at, "对") || word_before(text_, at, "对于") || defines(at) || event_before(at)) return true;
    if (event_follows(frag, at, end, rest) || in_case(frag, at, end) || settled_after(frag, at, end, rest)) return true;
    if (rest.find("的") == std::string_view::npos) return false;
    const std::string_view head = text_.substr(skip_spaces(text_, frag));
    const std::string_view next = text_.substr(skip_spaces(text_, end));
    const std::size_t yi = rest.find("已");
    return head.starts_with("对") || head.starts_with("凡") || rest.ends_with("的") || next.starts_with("已") ||
           next.starts_with("尚") || next.substr(0, std::size_t{5} * 3).find("的") != std::string_view::npos ||
           (yi != std::string_view::npos &&
            rest.find("的", yi) != std::string_view::npos);  // …前依照…已经完成的程序事项
  }

  // 行为发生在2009年10月1日以前, 借贷合同成立于…之前, 申请日在…前: the event
  // the date bounds is written before it.
  bool event_before(std::size_t at) const {
    for (std::string_view w : {"发生在"sv, "发生于"sv, "成立于"sv, "订立于"sv, "签订于"sv, "申请日在"sv, "受理于"sv})
      if (word_before(text_, at, w)) return true;
    return false;
  }

  // A legal norm's case ends in 的，(…的，适用…; …的，不再保护): a date in it, in
  // its sentence's first clause, bounds who or what the norm covers, unless a
  // task word stands before the date or in a clause between it and the case's
  // last one (2023年6月30日前，企业应当提交申请，逾期未提交的，… is a term).
  // 2011年4月30日以前一人犯数罪，应当数罪并罚的，适用…; 2013年1月1日前，利害关系人…申请…的，适用….
  // The case is short: its 的， is looked for within kCaseReach bytes.
  // A window 自…至… and a case led by 对 (自2023年1月1日至2023年12月31日，对出售
  // 自有住房…的，予以退税) are a measure's term for whom it names, not a case.
  bool in_case(std::size_t frag, std::size_t at, std::size_t end) {
    constexpr std::size_t kCaseReach = std::size_t{100} * 3;
    if (frag != sentence_at(at) || word_after(text_, at, "自")) return false;
    if (auto comma = word_after(text_, end, "，");
        comma && (word_after(text_, *comma, "对") || word_after(text_, *comma, "凡")))
      return false;
    const std::size_t close = case_end_at(end);
    if (close >= sentence_end_at(end) || close - end > kCaseReach) return false;
    const std::size_t last = end + fragment_begin(text_.substr(end, close - end), close - end);
    return !asks(text_.substr(frag, at - frag)) && !asks(text_.substr(end, last - end));
  }

  // 一九八三年三月一日以前，已经在…从事…的平台; …至1982年5月底前，已确定为…所有的土地:
  // a date closing its clause, the next one a modifier closed by 的 of what was
  // already so by then (2004年10月31日前，已完成搬迁。 tells what happened).
  bool settled_after(std::size_t frag, std::size_t at, std::size_t end, std::string_view rest) const {
    if (!rest.empty() || asks(text_.substr(frag, at - frag))) return false;
    const auto comma = word_after(text_, end, "，");
    if (!comma || !(word_after(text_, *comma, "已") || word_after(text_, *comma, "尚未"))) return false;
    return text_.substr(*comma, fragment_end(text_, *comma) - *comma).find("的") != std::string_view::npos;
  }

  // 本细则所称老旧小区，是指2000年底前建成…, 系指在1954年10月31日之前入伍….
  bool defines(std::size_t at) const {
    std::size_t lead = at;
    if (auto zai = word_before(text_, lead, "在")) lead = *zai;
    return word_before(text_, lead, "指").has_value();
  }

  // The event the date bounds, after its 前/后 or a range's 期间: one that only
  // qualifies (参加, 犯罪, 取得), or one a term may also ask for (建成, 申请)
  // with a 的 closing the modifier; not when the clause asks for it before the
  // date (应当在2027年6月30日前…缴纳, 要于…前建成).
  bool event_follows(std::size_t frag, std::size_t at, std::size_t end, std::string_view rest) const {
    std::size_t from = skip_spaces(text_, end);
    // 期间 may close its clause: 1986年1月1日至1993年1月1日期间，获得….
    for (std::string_view span : {"期间"sv, "之间"sv})
      if (auto e = word_after(text_, from, span)) {
        from = skip_spaces(text_, *e);
        if (auto comma = word_after(text_, from, "，")) from = *comma;
      }
    const auto event = grammar::match_qualifying_event(text_.substr(from));
    if (!event || asks(text_.substr(frag, at > frag ? at - frag : 0))) return false;
    return event->settled || rest.find("的") != std::string_view::npos;
  }

  // 2023年1月1日以后新建的, 2011年1月1日以后退休: the event a date after its
  // 以后 (at..after) qualifies.
  bool qualifies_after(std::size_t at, std::size_t after) {
    const std::size_t frag = fragment_at(at);
    const std::size_t stop = skip_spaces_back(text_, fragment_end_at(after));
    return event_follows(frag, at, after, text_.substr(after, stop > after ? stop - after : 0));
  }

  // A word in `head` (the date's clause before it) that makes the event a task or a
  // permission with the date its deadline: 应, 须, 需, 要, 务必, 可, 将, 力争…;
  // not when a 是 follows it (应当是…以前设立的企业 describes who qualifies).
  static bool asks(std::string_view head) {
    for (std::string_view w : {"应"sv, "须"sv, "需"sv, "要"sv, "务必"sv, "可"sv, "将"sv, "力争"sv, "确保"sv, "争取"sv,
                               "请"sv, "责令"sv, "限"sv})
      if (const std::size_t p = head.find(w);
          p != std::string_view::npos && head.find("是", p) == std::string_view::npos)
        return true;
    return false;
  }

  // 每年1月31日前, 每季度…, 于2023年6月30日前将…报送: a date a report is due by,
  // which bounds no measure.
  bool reports(std::size_t at, std::string_view rest) const {
    std::size_t lead = at;
    if (auto yu = word_before(text_, lead, "于")) lead = *yu;
    for (std::string_view every : {"每年"sv, "每季度"sv, "每个季度"sv, "每半年"sv, "每月"sv, "次年"sv})
      if (word_before(text_, lead, every)) return true;
    // Every reporting verb holds 报 (报送, 上报, 报告, 报备, 报市, 报省): the clause
    // is searched for 报 alone and each one found told by its neighbours, where a
    // search per verb went through the clause six times (most dates have no 报).
    const std::size_t first = rest.find("报");
    if (first == std::string_view::npos) return false;
    for (std::size_t p = first; p != std::string_view::npos; p = rest.find("报", p + 3)) {
      if (ends_in(rest.substr(0, p), "上")) return true;
      for (std::string_view next : {"送"sv, "告"sv, "备"sv, "市"sv, "省"sv})
        if (word_at(rest, p + 3, next)) return true;
    }
    // …前将…情况报国家农委、农业部…备案: 报 with the bodies it files with, then 备案.
    const std::size_t filed = rest.find("备案");
    return filed != std::string_view::npos && first < filed;
  }

  // 曾于2015年…, 已于2022年…, 自2015年以来, 2020年以来: what happened before.
  bool happened(std::size_t at, std::size_t end) {
    for (std::string_view past : {"曾于"sv, "曾在"sv, "已于"sv, "早在"sv})
      if (word_before(text_, at, past)) return true;
    return word_after(text_, end, "以来").has_value() || done_in_sentence(end);
  }

  // The end of the sentence from `at`, looked for no further than kSentenceReach
  // bytes: the cues read from a date on to its sentence's end are near it, and
  // a line of thousands of dated clauses with no full stop (20,000 deadlines
  // joined by ，) would make every date scan the rest of the line: quadratic.
  static constexpr std::size_t kSentenceReach = 600;  // 200 Han characters
  // The sentence's end is found through a cursor (a line of dates with no full
  // stop is read once, not 200 characters for each date), and cut by the reach
  // as a search of the kSentenceReach bytes from `at` would: a mark the reach
  // cuts off is none.
  std::size_t near_sentence_end(std::size_t at) { return within_reach(at, sentence_end_at(at)); }
  std::size_t within_reach(std::size_t at, std::size_t end) const {
    const std::size_t reach = std::min(text_.size(), at + kSentenceReach);
    return end < text_.size() && end + text::decode_at(text_, end).length <= reach ? end : reach;
  }

  // 2002年到2005年，…连续四年组织…进行了绩效评估: a verb with the perfective 了 in
  // the date's sentence tells what was done; a term is set with 应/要, not
  // reported done. 了 of 为了, 除了, 了解, 了结 and 不了 is no such mark.
  bool done_in_sentence(std::size_t end) {
    // Searched within the sentence only: a search on to the line's end made a
    // line of many dated sentences quadratic.
    const std::size_t stop = near_sentence_end(end);
    const std::string_view le = "了";
    for (const std::size_t at : perfective_.within(end, stop)) {
      const bool word = word_before(text_, at, "为") || word_before(text_, at, "除") || word_before(text_, at, "不") ||
                        word_after(text_, at + le.size(), "解") || word_after(text_, at + le.size(), "结");
      if (word || at < 3) continue;
      const auto verb = text::decode_at(text_, at - 3);  // a Han character right before 了
      if (verb.length == 3 && verb.value >= U'\u4E00' && verb.value <= U'\u9FFF') return true;
    }
    return false;
  }

  // 截止至1999年5月31日，…成立的仲裁委员会名单如下 and （截至2006年5月31日）: a 截至 that
  // opens its clause, in a sentence that sets no task, tells how things stood on
  // that day; …，截止到2013年6月30日。 closing a sentence is a term's end.
  bool states_as_of(std::size_t cue, std::size_t end) {
    std::size_t head = cue;
    if (auto zhi = word_before(text_, cue, "截止")) head = *zhi;  // 截止至
    else if (!text_.substr(cue).starts_with("截")) return false;
    const std::size_t opens = skip_spaces(text_, fragment_begin(text_, head));
    const auto bracket = word_before(text_, head, "（");
    const bool bracketed = bracket && *bracket >= opens;  // （截至2006年5月31日）: a list's date
    if (opens != head && !bracketed) return false;
    const std::string_view rest = text_.substr(end, near_sentence_end(end) - end);
    // Unbracketed, a statement must follow (截至2023年底，<what stood>): nothing after
    // the date, or a comma only, is a term's end.
    std::size_t stated = skip_spaces(rest, 0);
    if (auto comma = word_after(rest, stated, "，")) stated = skip_spaces(rest, *comma);
    if (!bracketed && stated == rest.size()) return false;
    for (std::string_view task : {"应"sv, "须"sv, "要"sv, "完成"sv, "前"sv, "不得"sv})
      if (rest.find(task) != std::string_view::npos) return false;
    return true;
  }

  // 1998年1月1日以后至2010年12月31日以前因病…丧失劳动能力…的参保人员: a window
  // closed by 以后 and 以前 on both sides tells when the event it bounds
  // happened, and so who qualifies; a term is written 自…起至…止.
  bool window_closed(std::size_t at) const {
    for (std::string_view to : {"至", "到"})
      if (auto t = word_before(text_, at, to))
        for (std::string_view after : {"以后", "之后"})
          if (word_before(text_, *t, after)) return true;
    return false;
  }

  // 2008年以前…例会；从2008年开始，按季度…: the next sentence goes on from the
  // deadline's date under other terms, so the date hands one arrangement to the
  // next and ends no term of the clause. Only that sentence is read.
  bool handed_over(std::size_t after, const Date& date) {
    const std::size_t first = near_sentence_end(after);
    // The next sentence through a cursor of its own: each cursor is asked in text order.
    const std::size_t second = first < text_.size() ? text::decode_at(text_, first).length + first : first;
    const std::size_t stop = first < text_.size() ? within_reach(second, next_sentence_end_at(second)) : first;
    for (const std::size_t at : from_words_.within(after, stop)) {
      const std::size_t begin = skip_spaces(text_, at + 3);  // 从 and 自 are three bytes
      const auto next = grammar::match_date(text_.substr(begin));
      if (!next || !next->year) continue;
      const std::size_t end = begin + next->length;
      if (!word_after(text_, end, "开始") && !word_after(text_, end, "起")) continue;
      const auto later = grammar::calendar_date(*next, next->year);
      using std::chrono::sys_days;
      if (later && sys_days{later->first_day()} >= sys_days{date.first_day()} &&
          sys_days{later->first_day()} <= sys_days{date.last_day()} + std::chrono::days{1})
        return true;
    }
    return false;
  }

  std::optional<std::size_t> duration_at(std::size_t at) {
    auto m = grammar::match_duration(text_.substr(at));
    if (!m) return std::nullopt;
    if (word_before(text_, at, "个")) return std::nullopt;  // 第十四个五年规划: a plan's name
    std::size_t begin = at, end = at + m->length;
    std::optional<Comparator> op;
    // Only a word right before binds a duration: 最长不超过6个月, 满6个月.
    const std::size_t window = at >= 18 ? at - 18 : 0;
    if (auto c = grammar::find_comparator_before(text_.substr(window, at - window));
        c && window + c->offset + c->length == skip_spaces_back(text_, at)) {
      op = c->op;
      begin = window + c->offset;
    } else if (auto man = word_before(text_, at, "满")) {
      op = Comparator::ge;
      begin = *man;
    }
    if (auto after = grammar::match_comparator_after(text_.substr(skip_spaces(text_, end)))) {
      op = after->op;
      end = skip_spaces(text_, end) + after->length;
    }
    sink_.add(facts::Duration{m->value, op}, begin, end);
    return at + m->length;
  }

  // 上世纪90年代, 20世纪80年代: the ten years of a decade, from `at` where its century is named.
  std::optional<std::size_t> decade_at(std::size_t at) {
    const auto m = grammar::match_decade(text_.substr(at));
    if (!m) return std::nullopt;
    const std::size_t end = at + m->length;
    if (!m->century && !ctx_.document_year) return end;  // 上世纪 of a document without a year: no fact, nor a duration
    const int first = m->first_year(ctx_.document_year);
    auto from = make_date(first, 0, 0), to = make_date(first + 9, 0, 0);
    if (!from || !to) return end;
    sink_.add(facts::Period{from, to, role_of(at, end, facts::DateRole::history)}, at, end);
    return end;
  }

  // Where a quantity at `at` starts with what is written before its figure:
  // a sign (负3.9%, -22.2%) or a currency (人民币8千元, ￥1,000).
  std::size_t lead_of(std::size_t at) const {
    if (at == 0) return at;
    // Most figures follow a Chinese character that leads none: told by its last byte,
    // which no currency, sign or space before a figure ends with.
    static constexpr text::ByteFilter lead_ends = text::last_bytes(U"币￥¥负－−- \u3000");
    if (!lead_ends[static_cast<unsigned char>(text_[at - 1])]) return at;
    const std::size_t before = skip_spaces_back(text_, at);
    if (before == 0) return at;
    const auto prev = text::decode_before(text_, before);
    if (prev.value == U'币' || prev.value == U'￥' || prev.value == U'¥')
      for (std::string_view currency : {"人民币"sv, "￥"sv, "¥"sv})
        if (auto lead = word_before(text_, at, currency)) return *lead;
    if (before == at && (prev.value == U'负' || prev.value == U'－' || prev.value == U'−' || prev.value == U'-') &&
        is_sign(text_, at - prev.length))
      return at - prev.length;
    return at;
  }

  std::optional<std::size_t> quantity_at(std::size_t at) {
    std::size_t begin = lead_of(at);
    auto m = grammar::match_quantity(text_.substr(begin));
    if (!m && begin != at) m = grammar::match_quantity(text_.substr(begin = at));
    if (!m) return std::nullopt;
    const std::size_t end = begin + m->length;
    // 一个, 三项, 两个确保: a lone Chinese digit before a count noun is a word.
    if (m->chinese && m->counter_unit && text::decode_at(text_, at).length == m->quantity.text.size()) return end;
    // 比上年下降3.9个百分点: a change, with its direction.
    if (auto direction = grammar::match_change_before(text_.substr(reach_back(0, begin), begin - reach_back(0, begin))))
      m->quantity.change = *direction;
    at = begin;
    // The quantity moves into its fact; a bound copies it from there, which
    // most figures never need.
    sink_.add(facts::QuantityFact{std::move(m->quantity)}, at, end);
    bound(sink_.facts.size() - 1, m->counter_unit, at, end, m->over);
    return end;
  }

  // A copy of the quantity of the fact at `index`, taken before the list grows.
  Quantity quantity_of(std::size_t index) const {
    return std::get<facts::QuantityFact>(sink_.facts[index].value).quantity;
  }

  // A threshold, and a target, when a comparator binds the quantity.
  // `over`: the figure says more than itself (3000余元, 100多家).
  void bound(std::size_t quantity, bool counter, std::size_t at, std::size_t end, bool over) {
    std::size_t frag = fragment_at(at);
    const bool goal = leads_goal(frag);
    std::optional<Comparator> op;
    if (over) op = Comparator::gt;
    std::size_t fact_begin = at, fact_end = end;
    if (auto after = grammar::match_comparator_after(text_.substr(skip_spaces(text_, end)))) {
      op = after->op;
      fact_end = skip_spaces(text_, end) + after->length;
    }
    // 达96%、76%、46.1%: the figures of a list share the subject of the first,
    // as do the ends of a range written bound to bound (处500元以上1000元以下).
    if (last_ && last_->end >= frag && (is_list_mark(last_->end, at) || skip_spaces(text_, last_->end) == at)) {
      Bound next = *last_;
      next.op = op ? op : last_->op;
      next.end = fact_end;
      emit(next, quantity, at, fact_end, at);
      last_ = next;
      return;
    }
    // 粮食播种面积1900万亩以上、粮食产量160亿斤以上: start after the earlier figure.
    if (last_ && last_->end >= frag && last_->end <= at) {
      frag = skip_spaces(text_, last_->end);
      if (word_at(text_, frag, "、")) frag += 3;
    }
    if (is_range_end(at)) return;
    std::size_t subject_end = at;
    if (!op)
      if (auto before =
              grammar::find_comparator_before(text_.substr(reach_back(frag, at), at - reach_back(frag, at)))) {
        const std::size_t word = reach_back(frag, at) + before->offset;
        // 最低标准…提高40%: the figure is a change, not the bound's value.
        if (!names_change(text_.substr(word + before->length, at - word - before->length))) {
          op = before->op;
          subject_end = word;
          fact_begin = word;
        }
      }
    // 培育1家全国供应链百强企业: a count's noun follows it.
    const Subject subject{text_.substr(frag, subject_end - frag),
                          counter ? following_noun(fact_end) : std::string_view()};
    const bool aimed = op || goal || (ctx_.goal_year && names_growth(text_.substr(frag, at - frag)));
    Bound b{fact_end, subject, op, aimed && (ctx_.goal_year || goal)};
    emit(b, quantity, fact_begin, fact_end, frag);
    last_ = b;
  }

  // The text before a bound and a count's noun after it, kept as views and
  // trimmed and joined only for a fact: most figures bind nothing.
  struct Subject {
    std::string_view before, noun;
    std::string text() const {
      std::string out(trim_subject(before));
      out += noun;
      return out;
    }
  };

  struct Bound {
    std::size_t end = 0;  // where the figure and its bound end
    Subject subject;
    std::optional<Comparator> op;
    bool target = false;
  };

  // The threshold spans the bound and the figure; the target also its indicator.
  // A threshold may lack a subject (不超过2% heading a clause); a target needs its indicator.
  void emit(const Bound& b, std::size_t quantity, std::size_t begin, std::size_t end, std::size_t target_begin) {
    const int year = ctx_.goal_year ? *ctx_.goal_year : ctx_.document_year;
    if (!b.op && !(b.target && year)) return;
    std::string subject = b.subject.text();
    const bool target = b.target && year && !subject.empty();
    // The subject moves into the last fact that takes it (a threshold alone, most often).
    if (!target) {
      if (b.op) sink_.add(facts::Threshold{std::move(subject), *b.op, quantity_of(quantity)}, begin, end);
      return;
    }
    if (b.op) sink_.add(facts::Threshold{subject, *b.op, quantity_of(quantity)}, begin, end);
    sink_.add(facts::Target{year, std::move(subject), b.op.value_or(Comparator::eq), quantity_of(quantity)},
              std::min(target_begin, begin), end);
  }

  // Where the search for a comparator before the figure at `at` starts: the
  // clause of the sentence, but no more than forty characters back (a bound
  // further away binds something else, and long clauses are common in statutes).
  std::size_t reach_back(std::size_t frag, std::size_t at) const {
    constexpr std::size_t reach = std::size_t{40} * 3;
    if (at < frag + reach) return frag;
    std::size_t from = at - reach;
    while (from < at && text::is_continuation(text_[from])) ++from;
    return from;
  }

  bool is_list_mark(std::size_t from, std::size_t to) const {
    const std::size_t p = skip_spaces(text_, from);
    return word_at(text_, p, "、") && skip_spaces(text_, p + 3) == to;
  }

  // 1—2所: the figure closes a range and is no bound of its own.
  bool is_range_end(std::size_t at) const {
    static constexpr std::u32string_view range_marks = U"—－～-~至";
    const std::size_t p = skip_spaces_back(text_, at);
    if (p == 0) return false;
    const auto c = text::decode_before(text_, p);
    if (range_marks.find(c.value) == std::u32string_view::npos) return false;
    const std::size_t end = skip_spaces_back(text_, p - c.length);
    return end > 0 && text_[end - 1] >= '0' && text_[end - 1] <= '9';
  }

  static bool names_change(std::string_view s) {
    for (std::string_view w : {"提高"sv, "增长"sv, "增加"sv, "降低"sv, "下降"sv, "减少"sv})
      if (s.find(w) != std::string_view::npos) return true;
    return false;
  }

  // The noun after a count, up to the next punctuation: 家全国供应链百强企业 → 全国供应链百强企业.
  std::string_view following_noun(std::size_t at) const {
    const std::size_t begin = skip_spaces(text_, at);
    std::size_t end = begin;
    while (end < text_.size()) {
      const auto cp = text::decode_at(text_, end);
      if (cp.length == 0 || ends_noun(cp.value)) break;
      end += cp.length;
    }
    return text_.substr(begin, end - begin);
  }

  // 力争…, 确保…, 争取… at the head of a clause of the sentence set a goal.
  bool leads_goal(std::size_t frag) const {
    const std::string_view head = text_.substr(skip_spaces(text_, frag));
    for (std::string_view w : {"力争"sv, "确保"sv, "争取"sv, "到20"sv})
      if (word_at(head, 0, w)) return true;
    return false;
  }

  static bool names_growth(std::string_view s) {
    for (std::string_view w : {"增长"sv, "提高"sv, "新增"sv, "培育"sv, "占比"sv, "比重"sv, "达"sv})
      if (s.find(w) != std::string_view::npos) return true;
    return false;
  }

  // The noun phrase a bound applies to, without the words that only lead in
  // (原则上, 力争, 到2025年).
  static std::string_view trim_subject(std::string_view s) {
    if (s.starts_with("到") || s.starts_with("至")) s.remove_prefix(3);
    s = s.substr(skip_spaces(s, 0));
    // A date starts with a figure: most subjects do not.
    if (!s.empty() && starts_figure(s, 0, text::decode_at(s, 0).value))
      if (auto d = grammar::match_date(s)) s.remove_prefix(d->length);
    bool changed = true;
    while (changed) {
      changed = false;
      for (std::string_view lead :
           {"原则上"sv, "其中"sv, "并且"sv, "并"sv, "且"sv, "力争"sv, "确保"sv, "争取"sv, "全市"sv, " "sv})
        if (word_at(s, 0, lead)) {
          s.remove_prefix(lead.size());
          changed = true;
        }
    }
    while (s.ends_with(" ")) s.remove_suffix(1);
    if (s.ends_with("的")) s.remove_suffix(3);
    return s;
  }

  ScanContext& ctx_;
  FactSink& sink_;
  std::string_view text_;
  std::optional<Bound> last_;                      // the previous figure's bound, for lists
  WordPlaces perfective_{text_, kPerfective};      // done_in_sentence
  WordPlaces from_words_{text_, kFromWords};       // handed_over
  StartCursor fragment_at{text_, fragment_begin};  // figures come in text order
  StartCursor sentence_at{text_, sentence_begin};
  EndCursor fragment_end_at{text_, fragment_end};
  EndCursor sentence_end_at{text_, sentence_end};
  EndCursor next_sentence_end_at{text_, sentence_end};  // handed_over's next sentence
  EndCursor case_end_at{text_, case_end};
};

}  // namespace

void scan_figures(ScanContext& context, FactSink& sink, const Triggers& triggers) {
  FigureScanner(context, sink).run(triggers.figures, triggers.every);
}

}  // namespace clausecheck::parse
