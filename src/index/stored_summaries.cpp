#include "index/stored_summaries.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "model/messages.hpp"
#include "index/schema.hpp"
#include "ingest/inputs.hpp"
#include "model/input_error.hpp"
#include "parse/ordered_pipeline.hpp"
#include "status/summary_json.hpp"

namespace clausecheck::index {

std::vector<status::DocumentSummary> load_summaries(Store& store, unsigned jobs) {
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
  // SQLite gives the rows in the order they were stored, the walk's unless a later run added files,
  // so the sort is mostly a check. (An ORDER BY would sort the summaries' text in a temporary tree.)
  // Equal paths are told by their bytes: path's own == compares component by component.
  const auto before = [](const Stored& a, const Stored& b) {
    if (a.path.native() != b.path.native()) return ingest::path_less(a.path, b.path);
    return a.ordinal < b.ordinal;
  };
  if (!std::is_sorted(rows.begin(), rows.end(), before)) std::sort(rows.begin(), rows.end(), before);
  // Reading the JSON back is most of `status --db`'s time, and each summary reads alone.
  std::vector<status::DocumentSummary> out;
  out.reserve(rows.size());
  const std::string& name = store.name();
  parse::ordered_pipeline(
      rows.size(), jobs,
      [&rows, &name](std::size_t i) {
        const std::string file = rows[i].path.string();
        const std::string origin = name + ": " + file;
        const nlohmann::json json = nlohmann::json::parse(rows[i].json, nullptr, false);
        if (json.is_discarded()) throw InputError(origin, msg(Msg::summary_not_json));
        return status::summary_from_json(json, file, origin);
      },
      [&out](std::size_t, parse::Outcome<status::DocumentSummary>& read) { out.push_back(read.get()); });
  return out;
}

std::optional<status::DayCount> stored_day_count(Store& store) {
  const auto rows = store.query("SELECT DISTINCT day_count FROM files", {});
  if (rows.empty()) return std::nullopt;
  if (rows.size() > 1) throw InputError(store.name(), msg(Msg::index_mixed_counts));
  status::DayCount count = status::DayCount::administrative;
  status::parse_day_count(rows[0][0].value_or(""), count);
  return count;
}

}  // namespace clausecheck::index
