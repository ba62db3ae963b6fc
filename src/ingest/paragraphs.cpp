#include "ingest/paragraphs.hpp"

#include "ingest/markdown.hpp"
#include "ingest/page_breaks.hpp"
#include "ingest/source_lines.hpp"

namespace clausecheck::ingest {

std::vector<Paragraph> split_paragraphs(const SourceText& source) {
  const std::string_view text = source.text();
  const SourceLines lines = split_lines(text);
  return is_markdown(text, lines) ? markdown_paragraphs(text, lines) : pdf_paragraphs(text, lines);
}

}  // namespace clausecheck::ingest
