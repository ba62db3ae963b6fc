#include "reports/escape_json.hpp"

#include <cstdint>
#include <limits>

#include "ingest/utf8.hpp"
#include "reports/escape_visible.hpp"

namespace clausecheck::reports {

namespace {

bool is_utf8(const std::string& text) { return ingest::first_invalid_utf8(text) == std::string::npos; }

// Depth-first over the values; the reports nest a few levels deep (clauses in
// clauses at most as deep as a document's numbering), so recursion is bounded.
void make_valid(nlohmann::json& value) {
  if (value.is_string()) {
    auto& text = value.get_ref<std::string&>();
    if (!is_utf8(text)) text = valid_utf8(text);
    return;
  }
  if (value.is_object()) {
    bool keys_valid = true;
    for (auto& [key, item] : value.items()) {
      keys_valid = keys_valid && is_utf8(key);
      make_valid(item);
    }
    if (keys_valid) return;
    nlohmann::json renamed = nlohmann::json::object();
    for (auto& [key, item] : value.items()) renamed[valid_utf8(key)] = std::move(item);
    value = std::move(renamed);
    return;
  }
  if (value.is_array())
    for (nlohmann::json& item : value) make_valid(item);
}

}  // namespace

std::string dump_json(nlohmann::json value, int indent) {
  make_valid(value);
  return value.dump(indent);
}

std::uint32_t json_position(std::uint32_t line_or_column) {
  constexpr auto kMax = static_cast<std::uint32_t>(std::numeric_limits<std::int32_t>::max());
  return line_or_column == 0 || line_or_column > kMax ? 1 : line_or_column;
}

}  // namespace clausecheck::reports
