#pragma once
#include <string>

#include "status/register.hpp"

namespace clausecheck::reports {

// The register as one self-contained page (docs/formats.md): counts per
// status, a timeline drawn as inline SVG (html_timeline.hpp) and the entries
// as a table the script sorts and filters, labelled with status::label_zh.
std::string register_html(const status::Register& reg);

// The colour of a status on the timeline and in the table (#rrggbb).
const char* status_colour(status::Status status);

// An entry's name as readers know it: its number (…/附件 for an attachment), else its title.
std::string entry_document(const status::Entry& entry);

}  // namespace clausecheck::reports
