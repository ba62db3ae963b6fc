#include "ingest/source_lines.hpp"

#include "text/blank.hpp"

namespace clausecheck::ingest {

SourceLines split_lines(std::string_view text) {
  SourceLines out;
  out.lines.reserve(text.size() / 64 + 1);
  std::uint32_t blanks = 0;
  bool in_block = false;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t raw_end = nl == std::string_view::npos ? text.size() : nl;
    std::size_t b = pos, e = raw_end;
    text::trim_blanks(text, b, e);
    if (b == e) {
      if (raw_end < text.size() || pos < raw_end) ++blanks;
      in_block = false;
    } else {
      if (!in_block) {
        out.blocks.push_back({static_cast<std::uint32_t>(out.lines.size()), 0, blanks});
        blanks = 0;
        in_block = true;
      }
      out.lines.push_back(
          {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), static_cast<std::uint32_t>(raw_end)});
      ++out.blocks.back().count;
    }
    if (nl == std::string_view::npos) break;
    pos = raw_end + 1;
  }
  return out;
}

void append_source(Paragraph& p, std::string_view source, std::uint32_t begin, std::uint32_t end) {
  if (end <= begin) return;
  const auto at = static_cast<std::uint32_t>(p.text.size());
  p.text.append(source.data() + begin, end - begin);
  if (!p.segments.empty()) {
    Segment& last = p.segments.back();
    if (last.text_begin + last.length == at && last.source_begin + last.length == begin) {
      last.length += end - begin;
      return;
    }
  }
  p.segments.push_back({at, begin, end - begin});
}

void append_paragraph(Paragraph& p, const Paragraph& from, std::uint32_t from_offset) {
  const auto at = static_cast<std::uint32_t>(p.text.size());
  p.text.append(from.text, from_offset);
  for (const Segment& s : from.segments) {
    if (s.text_begin + s.length <= from_offset) continue;
    const std::uint32_t skip = from_offset > s.text_begin ? from_offset - s.text_begin : 0;
    Segment piece{at + s.text_begin + skip - from_offset, s.source_begin + skip, s.length - skip};
    if (!p.segments.empty()) {
      Segment& last = p.segments.back();
      if (last.text_begin + last.length == piece.text_begin && last.source_begin + last.length == piece.source_begin) {
        last.length += piece.length;
        continue;
      }
    }
    p.segments.push_back(piece);
  }
}

Paragraph lines_paragraph(std::string_view source, const Line* lines, std::uint32_t count) {
  if (count == 0) return {};
  // Lines with nothing trimmed between them (the usual case) are one piece of the source, copied at once;
  // else the text is sized once, not grown (and copied) at its first lines.
  bool one_piece = true;
  std::size_t size = count - 1;  // the line feeds between the lines
  for (std::uint32_t i = 0; i < count; ++i) {
    size += lines[i].end - lines[i].begin;
    if (i > 0 && (lines[i - 1].end != lines[i - 1].newline || lines[i].begin != lines[i - 1].newline + 1))
      one_piece = false;
  }
  if (one_piece) return make_paragraph(std::string(source.substr(lines[0].begin, size)), lines[0].begin);
  Paragraph p;
  p.text.reserve(size);
  for (std::uint32_t i = 0; i < count; ++i) {
    if (i > 0) append_source(p, source, lines[i - 1].newline, lines[i - 1].newline + 1);
    append_source(p, source, lines[i].begin, lines[i].end);
  }
  return p;
}

}  // namespace clausecheck::ingest
