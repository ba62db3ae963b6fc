#include "reports/rules_json.hpp"

#include <nlohmann/json.hpp>

namespace clausecheck::reports {

namespace {

nlohmann::json example_texts(const std::vector<rules::Example>& examples) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : examples) {
    if (e.old) out.push_back({{"old", *e.old}, {"new", e.text}});
    else out.push_back(e.text);
  }
  return out;
}

}  // namespace

nlohmann::json rules_json(const std::vector<rules::Pack>& packs) {
  nlohmann::json rules = nlohmann::json::array();
  for (const auto& pack : packs) {
    for (const auto& rule : pack.rules) {
      const RuleMeta& m = rule.meta;
      rules.push_back({{"id", m.id},
                       {"pack", pack.name},
                       {"severity", to_string(m.severity)},
                       {"kind", m.kind},
                       {"scope", m.scope},
                       {"summary", m.summary},
                       {"docs", m.docs},
                       {"docs_url", m.docs_url.empty() ? nlohmann::json() : nlohmann::json(m.docs_url)},
                       {"message", m.message},
                       {"source", m.source},
                       {"examples", {{"fires", example_texts(rule.fires)}, {"passes", example_texts(rule.passes)}}}});
    }
  }
  return {{"schema", "clausecheck/rules@1"}, {"rules", rules}};
}

}  // namespace clausecheck::reports
