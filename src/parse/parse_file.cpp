#include "parse/parse_file.hpp"

#include "ingest/paragraphs.hpp"
#include "ingest/read_source.hpp"
#include "parse/document_builder.hpp"
#include "parse/document_starts.hpp"
#include "parse/document_kind.hpp"
#include "parse/facts/extract_facts.hpp"
#include "parse/gazette_layout.hpp"

namespace clausecheck::parse {

namespace {

// One paragraph per line: a block of consecutive lines (a wrapped contents
// title, two articles without a blank line between them) is read line by line.
std::vector<Paragraph> split_lines(std::vector<Paragraph> blocks) {
  std::vector<Paragraph> lines;
  lines.reserve(blocks.size());
  for (Paragraph& block : blocks) {
    if (block.text.find('\n') == std::string::npos) {
      lines.push_back(std::move(block));
      continue;
    }
    std::uint32_t begin = 0;
    while (begin <= block.text.size()) {
      auto end = static_cast<std::uint32_t>(std::min(block.text.find('\n', begin), block.text.size()));
      if (end > begin) lines.push_back(block.slice(begin, end));
      begin = end + 1;
    }
  }
  return lines;
}

std::vector<std::string> contents_titles(const std::optional<Gazette>& gazette) {
  std::vector<std::string> titles;
  if (gazette)
    for (const TocEntry& e : gazette->toc) titles.push_back(e.title);
  return titles;
}

}  // namespace

ParsedFile parse_source(std::shared_ptr<const SourceText> source, ParseOptions options) {
  ParsedFile file;
  file.source = std::move(source);
  std::vector<Paragraph> ps = split_lines(ingest::split_paragraphs(*file.source));
  std::size_t begin = 0, end = ps.size();
  if (auto layout = read_gazette(ps)) {
    file.gazette = std::move(layout->gazette);
    begin = layout->body_begin;
    end = layout->body_end;
  }
  const auto starts = find_document_starts(ps, begin, end, contents_titles(file.gazette));
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t stop = i + 1 < starts.size() ? starts[i + 1].begin : end;
    file.documents.push_back(build_document(ps, starts[i], stop));
  }
  set_legal_kinds(file.documents);
  if (options.facts) extract_facts(file);
  return file;
}

ParsedFile parse_path(const std::filesystem::path& path, ingest::Blank blank) {
  return parse_source(ingest::read_source(path, blank));
}

}  // namespace clausecheck::parse
