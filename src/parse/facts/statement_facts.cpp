#include "parse/facts/statement_facts.hpp"

#include "grammar/date.hpp"
#include "grammar/duration.hpp"

namespace clausecheck::parse {

namespace {

std::optional<Date> calendar_date(const grammar::DateText& d, int document_year) {
  const int year = d.year ? d.year : document_year;
  if (d.part == grammar::DateText::Part::year_end) return make_date(year, 12, 31);
  return make_date(year, d.month, d.day);
}

// 有效期一年, 有效期为5年, 有效期至2025年12月31日, 试行期两年, 试行两年.
void validity(ScanContext& ctx, FactSink& sink) {
  const std::string_view text = sink.paragraph.text;
  for (std::string_view lead : {"有效期", "试行期", "试行"}) {
    for (std::size_t at = text.find(lead); at != std::string_view::npos; at = text.find(lead, at + lead.size())) {
      if (lead == "试行" && text.substr(at).starts_with("试行期")) continue;
      std::size_t p = at + lead.size();
      for (std::string_view filler : {"为", "是", "暂定为", "自发布之日起"})
        if (auto e = word_after(text, p, filler)) p = *e;
      p = skip_spaces(text, p);
      facts::Validity v;
      v.trial = lead != "有效期";
      if (auto d = grammar::match_duration(text.substr(p))) {
        v.duration = d->value;
        sink.add(v, at, p + d->length);
        continue;
      }
      if (lead != "有效期") continue;
      for (std::string_view until : {"至", "到", "截至", "截止到", "截止"})
        if (auto e = word_after(text, p, until)) {
          const std::size_t date_at = skip_spaces(text, *e);
          auto d = grammar::match_date(text.substr(date_at));
          if (!d) break;
          if (auto date = calendar_date(*d, ctx.document_year)) {
            v.until = date;
            sink.add(v, at, date_at + d->length);
          }
          break;
        }
    }
  }
}

struct EffectWord {
  std::string_view event;
  facts::Effective::Rule rule;
};

// 自发布之日起实施, 自印发之日起施行, 自2023年5月1日起施行.
void effect(ScanContext& ctx, FactSink& sink) {
  using Rule = facts::Effective::Rule;
  const std::string_view text = sink.paragraph.text;
  static constexpr EffectWord events[] = {{"发布", Rule::on_publication}, {"公布", Rule::on_publication},
                                          {"颁布", Rule::on_publication}, {"印发", Rule::on_issue},
                                          {"下发", Rule::on_issue},       {"发文", Rule::on_issue}};
  for (std::size_t at = text.find("自"); at != std::string_view::npos; at = text.find("自", at + 3)) {
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
      auto d = grammar::match_date(text.substr(skip_spaces(text, p)));
      if (!d) continue;
      auto q = word_after(text, skip_spaces(text, p) + d->length, "起");
      auto date = calendar_date(*d, ctx.document_year);
      if (!q || !date) continue;
      found = facts::Effective{Rule::on_date, date};
      qi_end = *q;
    }
    for (std::string_view act : {"施行", "实施", "执行", "生效"})
      if (auto e = word_after(text, qi_end, act)) {
        sink.add(*found, at, *e);
        break;
      }
  }
}

// 原市政府已出台的相关政策继续有效; 《…》同时废止.
void repeal(FactSink& sink) {
  const std::string_view text = sink.paragraph.text;
  struct Mark {
    std::string_view word;
    facts::Repeal::Kind kind;
  };
  for (Mark m : {Mark{"继续有效", facts::Repeal::Kind::continuation}, Mark{"继续执行", facts::Repeal::Kind::continuation},
                 Mark{"同时废止", facts::Repeal::Kind::repeal}, Mark{"予以废止", facts::Repeal::Kind::repeal},
                 Mark{"停止执行", facts::Repeal::Kind::repeal}}) {
    for (std::size_t at = text.find(m.word); at != std::string_view::npos; at = text.find(m.word, at + m.word.size())) {
      const std::size_t begin = sentence_begin(text, at);
      std::string_view target = text.substr(begin, at - begin);
      const std::size_t end = at + m.word.size();
      if (target.starts_with("原")) target.remove_prefix(3);
      sink.add(facts::Repeal{m.kind, std::string(target)}, begin, end);
    }
  }
}

}  // namespace

void scan_statements(ScanContext& context, FactSink& sink) {
  validity(context, sink);
  effect(context, sink);
  repeal(sink);
}

}  // namespace clausecheck::parse
