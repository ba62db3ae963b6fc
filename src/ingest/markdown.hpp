#pragma once
#include <string_view>
#include <vector>

#include "ingest/source_lines.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::ingest {

// A Markdown source such as the laws corpus: its first line is a "# " heading
// or it holds the corpus's <!-- INFO END --> marker.
bool is_markdown(std::string_view text, const SourceLines& lines);

// The paragraphs of a Markdown source: blocks as they are (Markdown has no
// page breaks to repair), comment lines dropped, heading lines as paragraphs of
// their own with the leading #s stripped.
std::vector<Paragraph> markdown_paragraphs(std::string_view text, const SourceLines& lines);

}  // namespace clausecheck::ingest
