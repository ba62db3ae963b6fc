#include "parse/facts/statement_facts.hpp"

#include <array>

#include "grammar/date.hpp"
#include "grammar/duration.hpp"
#include "parse/document_type.hpp"

namespace clausecheck::parse {

// The word lists are string_view literals: built from character pointers, a
// list measured each of its words with strlen every time it was walked.
using namespace std::string_view_literals;

namespace {

// The words a statement's subject is written with, without the ones that only
// lead in (并, 同时) or link (的): 注册商标的有效期 → 注册商标.
std::string_view trim_subject(std::string_view s) {
  s = s.substr(skip_spaces(s, 0));
  for (std::string_view lead : {"并且"sv, "并"sv, "且"sv, "同时"sv, "其中"sv, "另外"sv, "此外"sv})
    if (s.starts_with(lead)) s = s.substr(skip_spaces(s, lead.size()));
  s = s.substr(0, skip_spaces_back(s, s.size()));
  if (s.ends_with("的")) s.remove_suffix(3);
  return s;
}

// 本办法, 本实施细则, 上述政策措施, 《…办法》: the subject names a document, not a
// part of it (本办法第十条), a thing it governs (本条例规定的证件) nor a licence
// (《药品生产许可证》有效期为5年).
bool names_document(std::string_view subject) {
  if (subject.starts_with("《") && subject.ends_with("》"))
    return !read_title(subject.substr(3, subject.size() - 6)).type.empty();
  for (std::string_view pointer : {"本"sv, "上述"sv, "以上"sv, "此"sv})
    if (subject.starts_with(pointer)) return is_document_kind(subject.substr(pointer.size()));
  return false;
}

// 《苏州市古城墙保护暂行办法》已于…通过，现予发布，自…起施行: a sentence that
// begins with the document's name (a 令's text) speaks of the document.
bool leads_with_document(std::string_view head) {
  if (head.starts_with("《")) {
    const std::size_t close = head.find("》");
    return close != std::string_view::npos && names_document(head.substr(0, close + std::string_view("》").size()));
  }
  return self_name_length(head) > 0;
}

struct EffectWord {
  std::string_view event;
  facts::Effective::Rule rule;
};

// What an effect statement counts from, and where its verb may follow.
struct EffectStart {
  facts::Effective effect;
  std::size_t end = 0;
};

// 自发布之日起, 自印发之日起, 自2023年5月1日起, 自2023年5月1日之日起, and
// 自2019年3月1日 before its verb (本条例自2019年3月1日施行).
std::optional<EffectStart> effect_from(std::string_view text, std::size_t at, int document_year) {
  using Rule = facts::Effective::Rule;
  static constexpr EffectWord events[] = {{"发布", Rule::on_publication}, {"公布", Rule::on_publication},
                                          {"颁布", Rule::on_publication}, {"印发", Rule::on_issue},
                                          {"下发", Rule::on_issue},       {"发文", Rule::on_issue}};
  // The spaces after 自 skipped once for the six events and the date, not once for each.
  const std::size_t date_at = skip_spaces(text, at + std::string_view("自").size());
  for (const EffectWord& w : events)
    if (word_at(text, date_at, w.event))
      if (auto q = word_after(text, date_at + w.event.size(), "之日起"))
        return EffectStart{facts::Effective{w.rule, std::nullopt}, *q};
  const auto d = grammar::match_date(text.substr(date_at));
  if (!d) return std::nullopt;
  const std::size_t date_end = date_at + d->length;
  auto q = word_after(text, date_end, "起");
  if (!q) q = word_after(text, date_end, "之日起");
  // A date that does not exist (2023年2月30日) is kept as stated, without a
  // day: the figure scan reports it, and nothing stands in for it.
  return EffectStart{facts::Effective{Rule::on_date, grammar::calendar_date(*d, document_year)}, q.value_or(date_end)};
}

struct Owner {
  facts::Scope scope = facts::Scope::document;
  std::string subject;
};

// Whose the statement starting at `at` is: the words before it in its clause
// of the sentence name its subject (证书有效期为三年), else the head of the
// sentence does. A subject naming the document makes it the document's;
// another subject keeps it with its clause. Without a subject, an effect
// statement is the document's, and so is one whose sentence begins with the
// document's name (《…办法》已于…通过，现予公布，自…起施行: a 令's text); a
// validity is where it stands in the closing part (ScanContext::closing).
Owner owner_of(std::string_view text, std::size_t at, bool effect, const ScanContext& ctx) {
  std::string_view subject = trim_subject(text.substr(fragment_begin(text, at), at - fragment_begin(text, at)));
  bool from_head = false;
  if (subject.empty()) {
    const std::size_t sentence = sentence_begin(text, at);
    std::string_view head = text.substr(sentence, std::min(fragment_end(text, sentence), at) - sentence);
    // 本措施自2023年1月1日起，有效期三年: the subject is what stands before 自 and
    // its date, and the validity is counted from that date as an effect's.
    for (std::size_t zi = head.find("自"); zi != std::string_view::npos; zi = head.find("自", zi + 1))
      if (effect_from(head, zi, 0)) {
        head = head.substr(0, zi);
        effect = true;
        break;
      }
    subject = trim_subject(head);
    from_head = true;
  }
  Owner owner{facts::Scope::clause, std::string(subject)};
  if (names_document(subject) || (from_head && effect && leads_with_document(subject)) ||
      (subject.empty() && (effect || ctx.closing)))
    owner.scope = facts::Scope::document;
  return owner;
}

// An effect statement read in the paragraph, with its owner.
struct PlacedEffect {
  std::size_t begin = 0, end = 0;
  Owner owner;
};

// A validity with no subject of its own right after an effect statement in
// its sentence has that statement's owner (本办法自2023年1月1日起施行，有效期五年;
// 自2023年1月1日起施行，有效期至…). `effects` are in text order, and so are the
// validities asked about: `next` walks them once.
class EffectBefore {
 public:
  explicit EffectBefore(const std::vector<PlacedEffect>& effects) : effects_(effects) {}
  const Owner* operator()(std::string_view text, std::size_t at) {
    while (next_ < effects_.size() && effects_[next_].end <= at) ++next_;
    if (next_ == 0 || !trim_subject(text.substr(fragment_begin(text, at), at - fragment_begin(text, at))).empty())
      return nullptr;
    const PlacedEffect& e = effects_[next_ - 1];
    return e.begin >= sentence_begin(text, at) ? &e.owner : nullptr;
  }

 private:
  const std::vector<PlacedEffect>& effects_;
  std::size_t next_ = 0;
};

// 有效期一年, 有效期为5年, 有效期限为三年, 有效期至2025年12月31日, 试行期两年, 试行期限为两年, 试行两年.
void validity(ScanContext& ctx, StatementSinks& sinks, const std::vector<std::uint32_t>& starts,
              const std::vector<PlacedEffect>& effects) {
  const std::string_view text = sinks.document.paragraph.text;
  EffectBefore effect_before(effects);
  for (const std::uint32_t at : starts) {
    // Every lead goes on with 效 or 行 after its trigger: most 有 (有关, 具有)
    // and 试 (试点) are told by that character, not by five words compared.
    if (!word_at(text, at + 3, "效") && !word_at(text, at + 3, "行")) continue;
    for (std::string_view lead : {"有效期限"sv, "有效期"sv, "试行期限"sv, "试行期"sv, "试行"sv}) {
      if (!word_at(text, at, lead)) continue;
      std::size_t p = at + lead.size();
      for (std::string_view filler : {"为"sv, "是"sv, "暂定为"sv, "自发布之日起"sv})
        if (auto e = word_after(text, p, filler)) p = *e;
      p = skip_spaces(text, p);
      facts::Validity v;
      v.trial = lead.starts_with("试行");
      auto add = [&](std::size_t end) {
        const Owner* effect_owner = effect_before(text, at);
        Owner owner = effect_owner ? *effect_owner : owner_of(text, at, false, ctx);
        v.scope = owner.scope;
        v.subject = std::move(owner.subject);
        sinks.of(v.scope).add(std::move(v), at, end);
      };
      if (auto d = grammar::match_duration(text.substr(p))) {
        v.duration = d->value;
        add(p + d->length);
        break;
      }
      if (v.trial) break;
      for (std::string_view until : {"至"sv, "到"sv, "截至"sv, "截止到"sv, "截止"sv})
        if (auto e = word_after(text, p, until)) {
          const std::size_t date_at = skip_spaces(text, *e);
          auto d = grammar::match_date(text.substr(date_at));
          if (!d) break;
          if (auto date = grammar::calendar_date(*d, ctx.document_year)) {
            v.until = date;
            add(date_at + d->length);
          }
          break;
        }
      break;
    }
  }
}

// 施行日期为2024年3月1日, 施行日期：2024年3月1日 (a 令, or the 附则 of the measure it publishes).
std::optional<EffectStart> effect_date_line(std::string_view text, std::size_t at, int document_year) {
  auto p = word_after(text, at, "施行日期");
  if (!p) return std::nullopt;
  for (std::string_view filler : {"为"sv, "是"sv, "："sv, ":"sv})
    if (auto e = word_after(text, *p, filler)) {
      p = e;
      break;
    }
  const std::size_t date_at = skip_spaces(text, *p);
  const auto d = grammar::match_date(text.substr(date_at));
  if (!d) return std::nullopt;
  return EffectStart{facts::Effective{facts::Effective::Rule::on_date, grammar::calendar_date(*d, document_year)},
                     date_at + d->length};
}

// 自发布之日起实施, 自印发之日起施行, 自2023年5月1日起施行, 自2023年5月1日之日起执行,
// 本办法自2024年1月1日起试行 (a trial), 本规定自公布之日起生效, 本意见自印发之日起30日后施行
// (a delay counted from the event), 本办法施行日期为2024年3月1日.
void effect(ScanContext& ctx, StatementSinks& sinks, const std::vector<std::uint32_t>& starts,
            std::vector<PlacedEffect>& placed) {
  const std::string_view text = sinks.document.paragraph.text;
  for (const std::uint32_t at : starts) {
    const bool dated = text.substr(at).starts_with("施");
    auto found = dated ? effect_date_line(text, at, ctx.document_year) : effect_from(text, at, ctx.document_year);
    if (!found) continue;
    std::optional<std::size_t> end;
    if (dated) {
      end = found->end;
    } else {
      std::size_t verb_at = found->end;
      if (auto delay = grammar::match_duration(text.substr(skip_spaces(text, verb_at))))
        if (auto after = word_after(text, skip_spaces(text, verb_at) + delay->length, "后")) {
          found->effect.after = delay->value;
          verb_at = *after;
        }
      for (std::string_view act : {"施行"sv, "实施"sv, "执行"sv, "生效"sv, "试行"sv, "实行"sv})
        if ((end = word_after(text, verb_at, act))) {
          found->effect.trial = act == "试行";
          break;
        }
    }
    if (!end) continue;
    Owner owner = owner_of(text, at, true, ctx);
    found->effect.scope = owner.scope;
    found->effect.subject = owner.subject;
    placed.push_back(PlacedEffect{at, *end, std::move(owner)});
    sinks.of(found->effect.scope).add(std::move(found->effect), at, *end);
  }
}

// A statement names another document when 《 or a document number's 〔 stands in it.
bool names_other(std::string_view region) {
  return region.find("《") != std::string_view::npos || region.find("〔") != std::string_view::npos;
}

// 《…》中有关看守所的规定即行废止: only the part after the last title is ended.
bool names_part(std::string_view target) {
  const std::size_t close = target.rfind("》");
  if (close == std::string_view::npos) return false;
  const std::string_view after = target.substr(close);
  return after.find("中有关") != std::string_view::npos || after.find("中关于") != std::string_view::npos;
}

// A 题注's line: 2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议…第四次修正,
// or the same in brackets (（根据2009年8月27日…修正）). A date leads the paragraph
// and 修正 or 修订 ends it.
std::optional<Date> revision_date(std::string_view text, std::size_t at, int document_year) {
  std::size_t tail = at + std::string_view("修正").size();
  for (std::string_view close : {"）"sv, ")"sv})
    if (auto e = word_after(text, tail, close)) tail = *e;
  if (skip_spaces(text, tail) != text.size()) return std::nullopt;
  std::size_t lead = skip_spaces(text, 0);
  for (std::string_view open : {"（"sv, "("sv, "根据"sv})
    if (auto e = word_after(text, lead, open)) lead = *e;
  auto d = grammar::match_date(text.substr(lead));
  if (!d) return std::nullopt;
  // A 题注 of several entries in one bracket dates each revision after its own 根据:
  // （1999年…通过　根据2009年…第一次修正　根据2017年…第二次修正）.
  for (std::size_t basis = text.rfind("根据", at); basis != std::string_view::npos && basis > lead;
       basis = text.rfind("根据", basis - 1)) {
    if (const auto entry = grammar::match_date(text.substr(basis + "根据"sv.size()))) {
      d = entry;
      break;
    }
  }
  return grammar::calendar_date(*d, document_year);
}

// A lineage statement at `at` of the trigger: its kind, where its target is
// written (before the verb, or after it for 代替《…》) and where it ends.
struct LineageAt {
  facts::Repeal::Kind kind = facts::Repeal::Kind::repeal;
  std::size_t mark = 0;  // the target is written in [sentence begin, mark)
  std::size_t end = 0;
  bool partial = false;
};

// 《…》同时废止, 自…之日起废止, 《…》（…）停止执行, 《…》自…起不再执行. A statute's own procedure
// (复议期间不停止执行, 申请停止执行, 可以停止执行) has none of these leads.
std::optional<LineageAt> ending_at(std::string_view text, std::size_t at) {
  using Kind = facts::Repeal::Kind;
  const std::string_view rest = text.substr(at);
  std::size_t verb_at = at, length = 0;
  Kind kind = Kind::repeal;
  if (rest.starts_with("废止")) {
    length = 6;
  } else if (rest.starts_with("停止执行")) {
    kind = Kind::suspension;
    length = 12;
  } else if (rest.starts_with("再执行")) {
    const auto no = word_before(text, at, "不");
    if (!no) return std::nullopt;
    verb_at = *no;
    length = at + 9 - verb_at;
  } else {
    return std::nullopt;
  }
  for (std::string_view lead : {"同时"sv, "予以"sv, "即行"sv, "起"sv, "时"sv})
    if (auto b = word_before(text, verb_at, lead)) return LineageAt{kind, *b, verb_at + length};
  // Right after the title or its number: 《…》（国办发〔2016〕82号）停止执行.
  for (std::string_view lead : {"》"sv, "）"sv, ")"sv})
    if (word_before(text, verb_at, lead)) return LineageAt{kind, verb_at, verb_at + length};
  return std::nullopt;
}

// 《…》（法释〔1998〕20号）与本解释不一致的，以本解释为准: the earlier text gives way where
// they differ.
std::optional<LineageAt> prevails_at(std::string_view text, std::size_t at) {
  if (!text.substr(at).starts_with("准")) return std::nullopt;
  const auto be = word_before(text, at, "为");
  if (!be) return std::nullopt;
  const std::size_t fragment = fragment_begin(text, *be);
  if (!text.substr(skip_spaces(text, fragment)).starts_with("以本")) return std::nullopt;
  const std::size_t before = fragment > 0 ? fragment - 1 : 0;
  const std::size_t sentence = sentence_begin(text, before);
  if (text.substr(sentence, fragment - sentence).find("不一致") == std::string_view::npos) return std::nullopt;
  return LineageAt{facts::Repeal::Kind::replacement, fragment, at + 3, true};
}

// 将《…》第五条修改为, 本办法代替《…》, 《…》被本办法取代.
std::optional<LineageAt> change_at(std::string_view text, std::size_t at) {
  using Kind = facts::Repeal::Kind;
  const std::string_view rest = text.substr(at);
  if (rest.starts_with("修改为")) return LineageAt{Kind::amendment, at, at + 9};
  const bool replace = rest.starts_with("代替") || (rest.starts_with("代") && word_before(text, at, "取"));
  if (!replace) return std::nullopt;
  const std::size_t fragment = fragment_begin(text, at);
  const std::string_view head = text.substr(fragment, at - fragment);
  if (head.find("被") != std::string_view::npos) return LineageAt{Kind::replacement, at, at + 6};
  if (!text.substr(skip_spaces(text, fragment)).starts_with("本")) return std::nullopt;
  return LineageAt{Kind::replacement, fragment_end(text, at), fragment_end(text, at)};
}

// 原市政府已出台的相关政策继续有效; 《…》同时废止; …自本办法施行之日起废止; 《…》同时停止执行;
// 《…》与本解释不一致的，以本解释为准; 将《…》第五条修改为; 本办法代替《…》; a 题注's …修正.
void lineage(ScanContext& ctx, FactSink& sink, const std::vector<std::uint32_t>& starts) {
  using Kind = facts::Repeal::Kind;
  const std::string_view text = sink.paragraph.text;
  StartCursor sentence_at(text, sentence_begin);
  for (const std::uint32_t at : starts) {
    const std::string_view rest = text.substr(at);
    if (rest.starts_with("继续有效") || rest.starts_with("继续执行")) {
      const std::size_t begin = sentence_at(at);
      std::string_view target = text.substr(begin, at - begin);
      if (target.starts_with("原")) target.remove_prefix(3);
      sink.add(facts::Repeal{Kind::continuation, std::string(target)}, begin, at + 12);
      continue;
    }
    if (rest.starts_with("修正") || rest.starts_with("修订")) {
      if (auto day = revision_date(text, at, ctx.document_year))
        sink.add(facts::Repeal{Kind::revision, "", false, day}, skip_spaces(text, 0), at + 6);
      continue;
    }
    std::optional<LineageAt> found = ending_at(text, at);
    if (!found) found = prevails_at(text, at);
    if (!found) found = change_at(text, at);
    if (!found) continue;
    const std::size_t begin = sentence_at(std::min<std::size_t>(found->mark, at));
    const bool target_after = found->mark > at;
    std::string_view target =
        target_after ? text.substr(at, found->mark - at) : text.substr(begin, found->mark - begin);
    if (target.starts_with("原")) target.remove_prefix(3);
    // 申请停止执行 and 以统一社会信用代码代替名称 name no document; a 废止 with a lead does
    // (…自本办法施行之日起废止 may point back at the measures named earlier).
    const bool ends_named = found->kind == Kind::repeal || found->kind == Kind::suspension;
    if (!ends_named && !names_other(target)) continue;
    const bool partial = found->partial || names_part(target);
    sink.add(facts::Repeal{found->kind, std::string(target), partial, std::nullopt}, begin,
             std::max<std::size_t>(found->end, at));
  }
}

}  // namespace

void scan_statements(ScanContext& context, StatementSinks& sinks, const Triggers& triggers) {
  std::vector<PlacedEffect> effects;
  effect(context, sinks, triggers.from, effects);
  validity(context, sinks, triggers.validity, effects);
  lineage(context, sinks.document, triggers.repeal);
}

}  // namespace clausecheck::parse
