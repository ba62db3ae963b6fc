#include "index/questions.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "index/stored_summaries.hpp"
#include "model/date.hpp"
#include "status/register.hpp"

namespace clausecheck::index {

namespace {

std::string iso(std::chrono::year_month_day ymd) { return Date{ymd, Precision::day}.iso(); }
nlohmann::json iso_or_null(const std::optional<std::chrono::year_month_day>& ymd) {
  return ymd ? nlohmann::json(iso(*ymd)) : nlohmann::json(nullptr);
}

// The register of everything the index holds on `as_of`: lineage resolved
// across all of it, as `status --db` gives it.
status::Register stored_register(Store& store, std::chrono::year_month_day as_of,
                                 const status::StatusOptions& options) {
  const std::vector<status::DocumentSummary> summaries = load_summaries(store);
  return status::build_register(summaries, as_of, options);
}

nlohmann::json document_json(const status::Entry& e) {
  return {{"title", e.document_title},
          {"number", e.document_number},
          {"file", e.evidence.file},
          {"status", status::to_string(e.status)},
          {"label", status::label_zh(e.status)},
          {"effective_from", iso_or_null(e.effective_from)},
          {"expires_on", iso_or_null(e.expires_on)}};
}

nlohmann::json link_json(const status::LineageLink& l) {
  return {{"title", l.document_title},
          {"number", l.document_number},
          {"file", l.file},
          {"clause", l.clause ? nlohmann::json(*l.clause) : nlohmann::json(nullptr)},
          {"takes_effect", iso_or_null(l.takes_effect)},
          {"line", l.evidence.location.line},
          {"column", l.evidence.location.column},
          {"evidence", l.evidence.text}};
}

nlohmann::json answer(const char* question, const std::string& asked, std::chrono::year_month_day as_of) {
  return {{"question", question}, {"asked", asked}, {"as_of", iso(as_of)}, {"answers", nlohmann::json::array()}};
}

// In force on the register's date: the entry's own window holds and no
// repeal, replacement or suspension has taken effect.
bool in_force_entry(const status::Entry& e, std::chrono::year_month_day as_of) {
  const auto ended = [as_of](const std::vector<status::LineageLink>& links) {
    return std::any_of(links.begin(), links.end(),
                       [as_of](const status::LineageLink& l) { return !l.takes_effect || *l.takes_effect <= as_of; });
  };
  if (ended(e.repealed_by) || ended(e.replaced_by) || ended(e.suspended_by)) return false;
  switch (e.status) {
    case status::Status::in_force:
    case status::Status::expiring:
    case status::Status::no_validity:
    case status::Status::partly_repealed:  // 部分失效: the rest still applies
    case status::Status::amended:          // 已被修改: in force as amended
      return true;
    case status::Status::expired:
    case status::Status::not_yet_effective:
    case status::Status::repealed:
    case status::Status::suspended:
      return false;
  }
  return false;
}

// A title as citations and registers may differ in writing it: without 《》 and blanks.
std::string title_key(std::string title) {
  for (const char* drop : {"《", "》", " ", "\u3000"})
    for (auto at = title.find(drop); at != std::string::npos; at = title.find(drop))
      title.erase(at, std::string_view(drop).size());
  return title;
}

}  // namespace

nlohmann::json repealed_by(Store& store, const std::string& asked, std::chrono::year_month_day as_of,
                           const status::StatusOptions& options) {
  const status::Register reg = stored_register(store, as_of, options);
  nlohmann::json out = answer("repealed-by", asked, as_of);
  const std::string key = title_key(asked);
  for (const status::Entry& e : reg.entries) {
    if (e.clause) continue;
    const bool named = (!e.document_number.empty() && e.document_number == asked) ||
                       title_key(e.document_title).find(key) != std::string::npos;
    if (!named || key.empty()) continue;
    nlohmann::json doc = document_json(e);
    doc["repealed_by"] = nlohmann::json::array();
    for (const status::LineageLink& l : e.repealed_by) doc["repealed_by"].push_back(link_json(l));
    out["answers"].push_back(std::move(doc));
  }
  return out;
}

nlohmann::json in_force(Store& store, const std::string& issuer, std::chrono::year_month_day on,
                        const status::StatusOptions& options) {
  // The issuer's documents by SQL, their status from the register of all (a repeal may come from another issuer).
  std::set<std::pair<std::string, std::string>> theirs;  // (file, title)
  const std::array<Value, 1> param = {issuer};
  for (const Row& row : store.query("SELECT f.path, d.title FROM documents d JOIN files f ON f.id = d.file_id WHERE "
                                    "d.issuer = $1",
                                    param))
    theirs.emplace(row[0].value_or(""), row[1].value_or(""));
  const status::Register reg = stored_register(store, on, options);
  nlohmann::json out = answer("in-force", issuer, on);
  for (const status::Entry& e : reg.entries)
    if (!e.clause && theirs.count({e.evidence.file, e.document_title}) && in_force_entry(e, on))
      out["answers"].push_back(document_json(e));
  return out;
}

nlohmann::json cites_repealed(Store& store, std::chrono::year_month_day as_of, const status::StatusOptions& options) {
  const status::Register reg = stored_register(store, as_of, options);
  // The documents ended on as_of, by number and by title.
  std::multimap<std::string, const status::Entry*> by_number, by_title;
  for (const status::Entry& e : reg.entries) {
    if (e.clause || in_force_entry(e, as_of) || e.status == status::Status::not_yet_effective) continue;
    if (!e.document_number.empty()) by_number.emplace(e.document_number, &e);
    by_title.emplace(title_key(e.document_title), &e);
  }
  nlohmann::json out = answer("cites-repealed", "", as_of);
  const auto rows = store.query(
      "SELECT f.path, d.title, d.number, c.title, c.number, c.clause, c.line, c.col, c.evidence FROM citations c "
      "JOIN documents d ON d.file_id = c.file_id AND d.ordinal = c.document JOIN files f ON f.id = c.file_id",
      {});
  for (const Row& row : rows) {
    const std::string file = row[0].value_or("");
    const std::string number = row[4].value_or("");
    auto range = by_number.equal_range(number);
    if (number.empty() || range.first == range.second) range = by_title.equal_range(title_key(row[3].value_or("")));
    // A notice names the measures it issues (印发《…》): a document of its own file is no citation of another.
    const bool own = std::any_of(range.first, range.second,
                                 [&file](const auto& match) { return match.second->evidence.file == file; });
    if (range.first == range.second || own) continue;
    const status::Entry* cited = range.first->second;
    nlohmann::json ended = document_json(*cited);
    ended["repealed_by"] = nlohmann::json::array();
    for (const status::LineageLink& l : cited->repealed_by) ended["repealed_by"].push_back(link_json(l));
    out["answers"].push_back({{"file", row[0].value_or("")},
                              {"title", row[1].value_or("")},
                              {"number", row[2].value_or("")},
                              {"clause", row[5] ? nlohmann::json(*row[5]) : nlohmann::json(nullptr)},
                              {"line", std::stoll(row[6].value_or("0"))},
                              {"column", std::stoll(row[7].value_or("0"))},
                              {"evidence", row[8].value_or("")},
                              {"cites", std::move(ended)}});
  }
  // The server's row order is not the file's: by file, then place.
  std::sort(out["answers"].begin(), out["answers"].end(), [](const nlohmann::json& a, const nlohmann::json& b) {
    return std::tie(a["file"], a["line"], a["column"]) < std::tie(b["file"], b["line"], b["column"]);
  });
  return out;
}

}  // namespace clausecheck::index
