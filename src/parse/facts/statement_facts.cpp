#include "parse/facts/statement_facts.hpp"

#include <array>

#include "grammar/date.hpp"
#include "grammar/duration.hpp"
#include "parse/document_type.hpp"

namespace clausecheck::parse {

namespace {

std::optional<Date> calendar_date(const grammar::DateText& d, int document_year) {
  const int year = d.year ? d.year : document_year;
  if (d.part == grammar::DateText::Part::year_end) return make_date(year, 12, 31);
  return make_date(year, d.month, d.day);
}

// The words a statement's subject is written with, without the ones that only
// lead in (并, 同时) or link (的): 注册商标的有效期 → 注册商标.
std::string_view trim_subject(std::string_view s) {
  s = s.substr(skip_spaces(s, 0));
  for (std::string_view lead : {"并且", "并", "且", "同时", "其中", "另外", "此外"})
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
  bool pointed = false;
  for (std::string_view pointer : {"本", "上述", "以上", "此"})
    if (subject.starts_with(pointer)) {
      subject.remove_prefix(pointer.size());
      pointed = true;
      break;
    }
  if (!pointed || subject.empty()) return false;
  if (subject.find("第") != std::string_view::npos || subject.find("的") != std::string_view::npos) return false;
  return !read_title(subject).type.empty() || subject.ends_with("政策") || subject.ends_with("文件");
}

struct Owner {
  facts::Scope scope = facts::Scope::document;
  std::string subject;
};

// Whose the statement starting at `at` is: the words before it in its clause
// of the sentence name its subject (证书有效期为三年), else the head of the
// sentence does (本办法自…起施行，有效期五年; the words before 自 in it). A
// subject naming the document makes it the document's; another subject keeps
// it with its clause. Without a subject, an effect statement and a validity
// after one in its sentence are the document's, and another validity is
// where it stands in the closing part (ScanContext::closing).
Owner owner_of(std::string_view text, std::size_t at, bool effect, const ScanContext& ctx) {
  std::string_view subject = trim_subject(text.substr(fragment_begin(text, at), at - fragment_begin(text, at)));
  if (subject.empty()) {
    const std::size_t sentence = sentence_begin(text, at);
    const std::size_t head_end = std::min(fragment_end(text, sentence), at);
    std::string_view head = text.substr(sentence, head_end - sentence);
    // 自2023年1月1日起施行，有效期至…: a validity after the effect statement is the document's too.
    if (const auto zi = head.find("自"); zi != std::string_view::npos) {
      head = head.substr(0, zi);
      effect = true;
    }
    subject = trim_subject(head);
  }
  Owner owner{facts::Scope::clause, std::string(subject)};
  if (names_document(subject) || (subject.empty() && (effect || ctx.closing))) owner.scope = facts::Scope::document;
  return owner;
}

// 有效期一年, 有效期为5年, 有效期至2025年12月31日, 试行期两年, 试行两年.
void validity(ScanContext& ctx, StatementSinks& sinks, const std::vector<std::uint32_t>& starts) {
  const std::string_view text = sinks.document.paragraph.text;
  for (const std::uint32_t at : starts) {
    for (std::string_view lead : {"有效期", "试行期", "试行"}) {
      if (!text.substr(at).starts_with(lead)) continue;
      std::size_t p = at + lead.size();
      for (std::string_view filler : {"为", "是", "暂定为", "自发布之日起"})
        if (auto e = word_after(text, p, filler)) p = *e;
      p = skip_spaces(text, p);
      facts::Validity v;
      v.trial = lead != "有效期";
      auto add = [&](std::size_t end) {
        Owner owner = owner_of(text, at, false, ctx);
        v.scope = owner.scope;
        v.subject = std::move(owner.subject);
        sinks.of(v.scope).add(std::move(v), at, end);
      };
      if (auto d = grammar::match_duration(text.substr(p))) {
        v.duration = d->value;
        add(p + d->length);
        break;
      }
      if (lead != "有效期") break;
      for (std::string_view until : {"至", "到", "截至", "截止到", "截止"})
        if (auto e = word_after(text, p, until)) {
          const std::size_t date_at = skip_spaces(text, *e);
          auto d = grammar::match_date(text.substr(date_at));
          if (!d) break;
          if (auto date = calendar_date(*d, ctx.document_year)) {
            v.until = date;
            add(date_at + d->length);
          }
          break;
        }
      break;
    }
  }
}

struct EffectWord {
  std::string_view event;
  facts::Effective::Rule rule;
};

// 自发布之日起实施, 自印发之日起施行, 自2023年5月1日起施行, 自2023年5月1日之日起执行,
// 本办法自2024年1月1日起试行 (a trial), 本规定自公布之日起生效.
void effect(ScanContext& ctx, StatementSinks& sinks, const std::vector<std::uint32_t>& starts) {
  using Rule = facts::Effective::Rule;
  const std::string_view text = sinks.document.paragraph.text;
  static constexpr EffectWord events[] = {{"发布", Rule::on_publication}, {"公布", Rule::on_publication},
                                          {"颁布", Rule::on_publication}, {"印发", Rule::on_issue},
                                          {"下发", Rule::on_issue},       {"发文", Rule::on_issue}};
  for (const std::uint32_t at : starts) {
    const std::size_t p = at + 3;
    std::optional<facts::Effective> found;
    std::size_t qi_end = 0;
    for (const EffectWord& w : events)
      if (auto e = word_after(text, p, w.event))
        if (auto q = word_after(text, *e, "之日起")) {
          found = facts::Effective{w.rule, std::nullopt};
          qi_end = *q;
        }
    if (!found) {
      const std::size_t date_at = skip_spaces(text, p);
      auto d = grammar::match_date(text.substr(date_at));
      if (!d) continue;
      auto q = word_after(text, date_at + d->length, "起");
      if (!q) q = word_after(text, date_at + d->length, "之日起");
      if (!q) continue;
      // A date that does not exist (2023年2月30日) is kept as stated, without a
      // day: the figure scan reports it, and nothing stands in for it.
      found = facts::Effective{Rule::on_date, calendar_date(*d, ctx.document_year)};
      qi_end = *q;
    }
    for (std::string_view act : {"施行", "实施", "执行", "生效", "试行", "实行"})
      if (auto e = word_after(text, qi_end, act)) {
        found->trial = act == "试行";
        Owner owner = owner_of(text, at, true, ctx);
        found->scope = owner.scope;
        found->subject = std::move(owner.subject);
        sinks.of(found->scope).add(std::move(*found), at, *e);
        break;
      }
  }
}

// 原市政府已出台的相关政策继续有效; 《…》同时废止; …自本办法施行之日起废止.
void repeal(FactSink& sink, const std::vector<std::uint32_t>& starts) {
  using Kind = facts::Repeal::Kind;
  const std::string_view text = sink.paragraph.text;
  StartCursor sentence_at(text, sentence_begin);
  for (const std::uint32_t at : starts) {
    const std::string_view rest = text.substr(at);
    std::size_t mark = at, end = 0;
    Kind kind = Kind::repeal;
    if (rest.starts_with("继续有效") || rest.starts_with("继续执行")) {
      kind = Kind::continuation;
      end = at + 12;
    } else if (rest.starts_with("停止执行")) {
      end = at + 12;
    } else if (rest.starts_with("废止")) {
      for (std::string_view lead : {"同时", "予以", "即行", "起", "时"})
        if (auto b = word_before(text, at, lead)) {
          mark = *b;
          end = at + 6;
          break;
        }
    }
    if (!end) continue;
    const std::size_t begin = sentence_at(mark);
    std::string_view target = text.substr(begin, mark - begin);
    if (target.starts_with("原")) target.remove_prefix(3);
    sink.add(facts::Repeal{kind, std::string(target)}, begin, end);
  }
}

}  // namespace

void scan_statements(ScanContext& context, StatementSinks& sinks, const Triggers& triggers) {
  validity(context, sinks, triggers.validity);
  effect(context, sinks, triggers.from);
  repeal(sinks.document, triggers.repeal);
}

}  // namespace clausecheck::parse
