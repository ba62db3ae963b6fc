#include "clausecheck/parse.hpp"

#include <memory>

#include "grammar/iso_date.hpp"
#include "ingest/read_source.hpp"
#include "parse/parse_file.hpp"

namespace clausecheck {

ParsedFile parse_file(const std::filesystem::path& path) { return parse::parse_path(path); }

ParsedFile parse_text(std::string_view text, const std::string& name) {
  return parse::parse_source(std::make_shared<const SourceText>(ingest::decode(name, text)));
}

std::optional<Date> parse_iso_date(std::string_view text) { return grammar::parse_iso_date(text); }

}  // namespace clausecheck
