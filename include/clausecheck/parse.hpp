#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "clausecheck/export.hpp"
#include "clausecheck/model.hpp"

namespace clausecheck {

// Reads a file and parses it: UTF-8 with or without BOM, UTF-16 with BOM or
// GB18030; plain text, Markdown or a PDF extract. Throws InputError when the
// file is missing, unreadable, not a regular file, too large, empty, binary
// or undecodable.
CLAUSECHECK_API ParsedFile parse_file(const std::filesystem::path& path);

// Parses text already in memory, decoded as a file's bytes would be; `name`
// stands for the file in locations and findings. Throws InputError as
// parse_file does for bytes no text file holds.
CLAUSECHECK_API ParsedFile parse_text(std::string_view text, const std::string& name = "<text>");

// A date written YYYY-MM-DD, YYYY-MM or YYYY, the whole text (the CLI's --as-of);
// none for any other text or a day the calendar lacks.
CLAUSECHECK_API std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace clausecheck
