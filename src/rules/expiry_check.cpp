// kind: expiry — documents and time-bound clauses by their status on the
// as-of date (expired, expiring within the warning window, not yet effective),
// as the status register (src/status) counts it.
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "rules/expr_field.hpp"
#include "rules/kinds.hpp"
#include "rules/model_values.hpp"
#include "rules/model_walk.hpp"
#include "status/register.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

namespace {
std::string iso(const std::optional<std::chrono::year_month_day>& d) {
  return d ? Date{*d, Precision::day}.iso() : std::string();
}

// The values of a finding that are the same for every entry of a run.
struct FixedTexts {
  explicit FixedTexts(const RunSettings& settings)
      : as_of(settings.as_of.iso()),
        document_subject(msg(Msg::expiry_subject_document)),
        clause_event(msg(Msg::expiry_event_clause)),
        document_event(msg(Msg::expiry_event_document)) {}
  std::string as_of, document_subject, clause_event, document_event;
};

class ExpiryCheck : public Check {
 public:
  explicit ExpiryCheck(const RuleFields& f)
      : clauses_(f.boolean_or("clauses", true)), when_(f.has("when") ? RuleExpression(f, "when") : RuleExpression()) {
    for (const auto& name : f.texts("status")) {
      if (name == "expired") statuses_.push_back(status::Status::expired);
      else if (name == "expiring") statuses_.push_back(status::Status::expiring);
      else if (name == "not_yet_effective") statuses_.push_back(status::Status::not_yet_effective);
      else f.fail("status", msg(Msg::expiry_expected_status));
    }
    if (statuses_.empty()) f.fail("status", msg(Msg::expiry_needs_status));
  }

  // A file's entries in the register come from that file alone.
  bool per_file() const override { return true; }

  void run(const RunInput& input, Scope, Reporter& out) const override {
    const auto as_of = input.settings.as_of.first_day();
    const status::Register& reg = input.status_register();
    // A notice and the 措施 it carries share one 有效期 sentence: one finding for it.
    // Views into the register's entries, which outlive the run: no copy of a path per entry.
    std::set<std::tuple<std::string_view, std::uint32_t, std::uint32_t, std::string_view>> reported;
    // The same for every entry (20,000 deadlines make 20,000 findings): made once, at the
    // first, since most files have none.
    std::optional<FixedTexts> fixed;
    for (const auto& entry : reg.entries) {
      if (std::find(statuses_.begin(), statuses_.end(), entry.status) == statuses_.end()) continue;
      if (entry.clause && !clauses_) continue;
      const ParsedFile* file = input.file_named(entry.evidence.file);
      if (!file) continue;
      if (!reported
               .emplace(entry.evidence.file, entry.evidence.location.line, entry.evidence.location.column,
                        entry.clause ? std::string_view(*entry.clause) : std::string_view())
               .second)
        continue;
      const std::uint32_t begin = entry.evidence.offset;
      const Span span{begin, static_cast<std::uint32_t>(begin + entry.evidence.text.size())};
      if (when_ && !applies(*file, begin, input.settings)) continue;
      int days = 0;
      if (entry.expires_on)
        days = static_cast<int>((std::chrono::sys_days{*entry.expires_on} - std::chrono::sys_days{as_of}).count());
      if (!fixed) fixed.emplace(input.settings);
      // Built in place: a map from a list copies each of its strings once more.
      std::map<std::string, std::string> vars;
      vars.emplace("status", status::label_zh(entry.status));
      vars.emplace("expires_on", iso(entry.expires_on));
      vars.emplace("effective_from", iso(entry.effective_from));
      vars.emplace("days", std::to_string(days < 0 ? -days : days));
      vars.emplace("as_of", fixed->as_of);
      vars.emplace("subject",
                   entry.clause ? msg(Msg::expiry_subject_clause, {*entry.clause}) : fixed->document_subject);
      vars.emplace("event", entry.clause ? fixed->clause_event : fixed->document_event);
      out.report(Place{file, nullptr, nullptr, nullptr}, span, std::move(vars));
    }
  }

 private:
  // `when` about the document holding the entry's evidence.
  bool applies(const ParsedFile& file, std::uint32_t offset, const RunSettings& settings) const {
    const Document* doc = document_at(file, offset);
    const Document* parent = doc ? parent_of(file, *doc) : nullptr;
    return when_.evaluate(make_resolver(Subject{doc, parent, nullptr, nullptr, nullptr, &settings})).truthy();
  }

  std::vector<status::Status> statuses_;
  bool clauses_;
  RuleExpression when_;
};
}  // namespace

KindSpec expiry_kind() {
  return {"expiry",
          {"status", "clauses", "when"},
          {Scope::document},
          {"status", "expires_on", "effective_from", "days", "as_of", "subject", "event"},
          [](const RuleFields& f) { return std::make_shared<const ExpiryCheck>(f); }};
}

}  // namespace clausecheck::rules
