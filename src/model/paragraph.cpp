#include "model/paragraph.hpp"

#include <algorithm>

namespace clausecheck {

std::uint32_t Paragraph::source_offset(std::uint32_t text_offset) const {
  if (segments.empty()) return 0;
  auto it = std::upper_bound(segments.begin(), segments.end(), text_offset,
                             [](std::uint32_t off, const Segment& s) { return off < s.text_begin; });
  const Segment& seg = it == segments.begin() ? *it : *std::prev(it);
  const std::uint32_t inside = std::min(text_offset - std::min(text_offset, seg.text_begin), seg.length);
  return seg.source_begin + inside;
}

Span Paragraph::source_span(std::uint32_t begin, std::uint32_t end) const {
  if (end <= begin) {
    const auto at = source_offset(begin);
    return {at, at};
  }
  return {source_offset(begin), source_offset(end - 1) + 1};
}

namespace {

// The segments of p's text range [begin, end), rebased to begin, written from
// the front of `out`, which may be p.segments itself: each segment is read
// before its place is written. An empty range keeps its place in the source.
void clip_segments(const Paragraph& p, std::uint32_t begin, std::uint32_t end, std::vector<Segment>& out) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < p.segments.size(); ++i) {
    const Segment s = p.segments[i];
    const std::uint32_t lo = std::max(begin, s.text_begin);
    const std::uint32_t hi = std::min(end, s.text_begin + s.length);
    if (lo >= hi) continue;
    const Segment clipped{lo - begin, s.source_begin + (lo - s.text_begin), hi - lo};
    if (kept < out.size()) out[kept] = clipped;
    else out.push_back(clipped);
    ++kept;
  }
  if (kept == 0) {
    const Segment empty{0, p.source_offset(begin), 0};  // nothing of p.segments is overwritten yet
    out.assign(1, empty);
    return;
  }
  out.resize(kept);
}

}  // namespace

Paragraph Paragraph::slice(std::uint32_t begin, std::uint32_t end) const& {
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size()));
  begin = std::min(begin, end);
  Paragraph out;
  out.text = text.substr(begin, end - begin);
  clip_segments(*this, begin, end, out.segments);
  return out;
}

Paragraph Paragraph::slice(std::uint32_t begin, std::uint32_t end) && {
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size()));
  begin = std::min(begin, end);
  clip_segments(*this, begin, end, segments);
  text.erase(end);
  text.erase(0, begin);
  return std::move(*this);
}

Paragraph make_paragraph(std::string text, std::uint32_t source_begin) {
  const auto length = static_cast<std::uint32_t>(text.size());
  return Paragraph{std::move(text), {Segment{0, source_begin, length}}};
}

}  // namespace clausecheck
