#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/source_lines.hpp"

namespace clausecheck::ingest {

// A line compared across pages: digits as one '#', blanks dropped, so that a running head carrying the
// page or issue number (第3页, — 12 —) is the same line on every page.
std::string repeat_key(std::string_view line);

// Which of `lines` (split_lines of a paged text) are page furniture: a line among the first two or the
// last two of its page whose repeat_key stands in the same place (head or foot) on at least half of the
// pages, two at least: the running heads and feet of a gazette and its page numbers. A single page has
// none that can be told by repetition (page_breaks.hpp still drops a lone decorated page number).
std::vector<bool> page_furniture(std::string_view text, const std::vector<Line>& lines,
                                 const std::vector<std::uint32_t>& page_starts);

}  // namespace clausecheck::ingest
