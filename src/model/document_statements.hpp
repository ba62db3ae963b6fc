#pragma once
#include <optional>
#include <vector>

#include "model/document.hpp"

namespace clausecheck {

// The first validity or effect statement of `Kind` that is the document's own
// (scope document; a licence's 证书有效期为三年 never is).
template <class Kind>
const Fact* first_statement(const std::vector<Fact>& facts) {
  for (const Fact& fact : facts)
    if (std::holds_alternative<Kind>(fact.value) && is_document_statement(fact)) return &fact;
  return nullptr;
}

// Where a document's own statements of `Kind` stand: its own facts, else its
// notice's (an attachment passes its notice as `parent`), else those of its
// first attachment that has one, since 本通知自发布之日起实施，有效期一年 is often
// printed at the end of the measures a notice carries. Null when none has one.
template <class Kind>
const std::vector<Fact>* statements_of(const Document& doc, const Document* parent) {
  if (first_statement<Kind>(doc.facts)) return &doc.facts;
  if (parent && first_statement<Kind>(parent->facts)) return &parent->facts;
  for (const Document& attachment : doc.attachments)
    if (first_statement<Kind>(attachment.facts)) return &attachment.facts;
  return nullptr;
}

template <class Kind>
const Fact* statement_of(const Document& doc, const Document* parent) {
  const std::vector<Fact>* facts = statements_of<Kind>(doc, parent);
  return facts ? first_statement<Kind>(*facts) : nullptr;
}

// What the first day in force rests on: a stated date (自2023年5月1日起施行, or
// 自印发之日起 with the 印发 line's date printed: …办公厅 2023年5月15日印发), the signing date
// standing in (自发布之日起 / 自印发之日起 with no such date in the text, or no
// effect statement at all), or nothing (no signing date, or a stated date
// that does not exist). A delay the statement adds (自印发之日起30日后施行) is
// counted from that day and rests on the same basis.
enum class EffectBasis { stated, signing_date_stand_in, none };
// "stated", "signing-date-stand-in", "none"
const char* basis_name(EffectBasis basis);

// The one resolution of a document's effective date, used by parse's JSON,
// the status register and the rules.
struct EffectiveDate {
  const Fact* statement = nullptr;  // the document's Effective fact, if any
  std::optional<Date> date;         // the first day in force, to the day
  EffectBasis basis = EffectBasis::none;
};
EffectiveDate resolve_effective(const Document& doc, const Document* parent);

}  // namespace clausecheck
