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
void validity(ScanContext& ctx, FactSink& sink, const std::vector<std::uint32_t>& starts) {
  const std::string_view text = sink.paragraph.text;
  for (const std::uint32_t at : starts) {
    for (std::string_view lead : {"有效期", "试行期", "试行"}) {
      if (!text.substr(at).starts_with(lead)) continue;
      std::size_t p = at + lead.size();
      for (std::string_view filler : {"为", "是", "暂定为", "自发布之日起"})
        if (auto e = word_after(text, p, filler)) p = *e;
      p = skip_spaces(text, p);
      facts::Validity v;
      v.trial = lead != "有效期";
      if (auto d = grammar::match_duration(text.substr(p))) {
        v.duration = d->value;
        sink.add(v, at, p + d->length);
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
            sink.add(v, at, date_at + d->length);
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

// 自发布之日起实施, 自印发之日起施行, 自2023年5月1日起施行.
void effect(ScanContext& ctx, FactSink& sink, const std::vector<std::uint32_t>& starts) {
  using Rule = facts::Effective::Rule;
  const std::string_view text = sink.paragraph.text;
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

void scan_statements(ScanContext& context, FactSink& sink, const Triggers& triggers) {
  validity(context, sink, triggers.validity);
  effect(context, sink, triggers.from);
  repeal(sink, triggers.repeal);
}

}  // namespace clausecheck::parse
