#pragma once
#include <string>
#include <string_view>

namespace clausecheck::reports {

// Text from documents, packs and file names made to render as itself in GitHub
// Flavored Markdown, inline (a table cell, a heading, a line of its own after a
// label): controls made visible (visible()); & < > as entities, so no raw HTML
// and no autolink; \ ` * _ ~ [ ] | backslash-escaped, so no emphasis, code
// span, link, image or extra table cell; @ and # followed by a zero-width space,
// so no @mention (which notifies the user) and no issue reference; line breaks
// as <br>, so a table row stays one line.
std::string markdown_cell(std::string_view text);

// Text as a code span, for rule ids and file names: fenced by more backticks
// than any run it holds, its controls and line breaks made visible. Inside a
// code span nothing else is read as Markdown or HTML.
std::string markdown_code(std::string_view text);

// The same in a table cell, where even inside a code span a pipe ends the cell.
std::string markdown_code_cell(std::string_view text);

}  // namespace clausecheck::reports
