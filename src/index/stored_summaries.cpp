#include "index/stored_summaries.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "index/schema.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "status/summary_json.hpp"

namespace clausecheck::index {

std::vector<status::DocumentSummary> load_summaries(Store& store) {
  prepare_schema(store, Access::read);
  struct Stored {
    std::filesystem::path path;
    std::int64_t ordinal;
    std::string json;
  };
  std::vector<Stored> rows;
  for (Row& row :
       store.query("SELECT f.path, s.ordinal, s.summary FROM summaries s JOIN files f ON f.id = s.file_id", {}))
    rows.push_back({row[0].value_or(""), std::stoll(row[1].value_or("0")), std::move(row[2]).value_or("")});
  // Byte order of the paths, as the walk gives them (a server's collation would order them otherwise).
  std::sort(rows.begin(), rows.end(), [](const Stored& a, const Stored& b) {
    if (a.path != b.path) return ingest::path_less(a.path, b.path);
    return a.ordinal < b.ordinal;
  });
  std::vector<status::DocumentSummary> out;
  out.reserve(rows.size());
  for (const Stored& row : rows) {
    const std::string origin = store.name() + ": " + row.path.string();
    nlohmann::json json = nlohmann::json::parse(row.json, nullptr, false);
    if (json.is_discarded()) throw InputError(origin, "索引中的摘要不是 JSON (a stored summary is not JSON)");
    out.push_back(status::summary_from_json(json, origin));
  }
  return out;
}

std::optional<status::DayCount> stored_day_count(Store& store) {
  const auto rows = store.query("SELECT DISTINCT day_count FROM files", {});
  if (rows.empty()) return std::nullopt;
  if (rows.size() > 1)
    throw InputError(store.name(),
                     "索引中的文件以不同的期限算法建立 (files indexed with different --count): run "
                     "`clausecheck index` again with one --count");
  status::DayCount count = status::DayCount::administrative;
  status::parse_day_count(rows[0][0].value_or(""), count);
  return count;
}

}  // namespace clausecheck::index
