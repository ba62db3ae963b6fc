#include "text/escape_json.hpp"

#include <cstdint>
#include <limits>

#include "text/json_writer.hpp"

namespace clausecheck::text {

std::string dump_json(const nlohmann::json& value, int indent) {
  std::string out;
  JsonWriter(out, indent).value(value);
  return out;
}

std::uint32_t json_position(std::uint32_t line_or_column) {
  constexpr auto kMax = static_cast<std::uint32_t>(std::numeric_limits<std::int32_t>::max());
  return line_or_column == 0 || line_or_column > kMax ? 1 : line_or_column;
}

}  // namespace clausecheck::text
