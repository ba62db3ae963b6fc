#pragma once
#include <string>
#include <string_view>

namespace clausecheck::reports {

// Text made safe for one cell of a Markdown table: pipes escaped, line breaks as <br>.
std::string markdown_cell(std::string_view text);

}  // namespace clausecheck::reports
