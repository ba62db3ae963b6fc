#include "ingest/page_breaks.hpp"

#include <string>
#include <unordered_map>

#include "ingest/line_shape.hpp"
#include "ingest/utf8.hpp"

namespace clausecheck::ingest {

namespace {

// Blank lines that separate more than paragraphs: the seed uses one blank line
// between paragraphs and at page breaks, and three only around its masthead.
constexpr std::uint32_t kSectionGap = 3;
// Running heads are short title lines repeated on many pages.
constexpr std::size_t kMaxHeadBytes = 120;
constexpr int kMinHeadRepeats = 3;

std::string_view line_text(std::string_view text, const Line& l) { return text.substr(l.begin, l.end - l.begin); }

struct BlockView {
  std::string_view first;  // its first line
  std::string_view last;   // its last line
  bool single = false;
};

enum class Role : unsigned char { text, page_number, maybe_page_number, maybe_head };

// A line that could be a running head: a short title, not a number, date or clause.
bool head_shaped(std::string_view line) {
  return line.size() <= kMaxHeadBytes && !has_sentence_punctuation(line) && clause_number_length(line) == 0 &&
         !is_date_line(line) && !is_doc_number_line(line) && !is_number_only(line) && !is_page_reference(line);
}

// Running heads often carry the page or issue number: compare them without digits and blanks.
std::string head_key(std::string_view line) {
  std::string key;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c != ' ' && c != '\t') {
      key += c;
    }
  }
  return key;
}

std::size_t cp_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Byte offset after the first n code points of s.
std::size_t cp_prefix(std::string_view s, std::size_t n) {
  std::size_t at = 0;
  while (n-- > 0 && at < s.size()) at += decode_at(s, at).length;
  return at;
}

// Byte offset of the start of the last n code points of s.
std::size_t cp_suffix_start(std::string_view s, std::size_t n) {
  std::size_t at = s.size();
  while (n-- > 0 && at > 0) at -= decode_before(s, at).length;
  return at;
}

std::string_view last_line(std::string_view text) {
  const auto nl = text.rfind('\n');
  return nl == std::string_view::npos ? text : text.substr(nl + 1);
}

class Cleaner {
 public:
  Cleaner(std::string_view text, const SourceLines& lines) : text_(text), lines_(lines) {
    views_.reserve(lines.blocks.size());
    for (const Block& b : lines.blocks)
      views_.push_back({line_text(text, lines.lines[b.first]), line_text(text, lines.lines[b.first + b.count - 1]), b.count == 1});
    classify();
  }

  std::vector<Paragraph> run() {
    std::vector<Paragraph> out;
    bool dropped_before = false;
    for (std::size_t i = 0; i < views_.size(); ++i) {
      if (dropped_[i]) {
        dropped_before = true;
        continue;
      }
      const Block& b = lines_.blocks[i];
      Paragraph p = lines_paragraph(text_, &lines_.lines[b.first], b.count);
      const bool separated = b.blanks_before >= kSectionGap && !dropped_before;
      if (!out.empty() && !separated && continues(out.back().text, views_[i].first)) {
        const std::size_t overlap = repeated_overlap(out.back().text, p.text, document_around(lines_.lines[b.first].begin));
        append_paragraph(out.back(), p, static_cast<std::uint32_t>(overlap));
      } else {
        out.push_back(std::move(p));
      }
      dropped_before = false;
    }
    return out;
  }

 private:
  // The text of the document around a source offset, for evidence of how a
  // phrase is written: a window rather than the whole file, so that a file of
  // many documents costs linear time.
  std::string_view document_around(std::size_t at) const {
    constexpr std::size_t kHalfWindow = 128 * 1024;
    const std::size_t begin = at > kHalfWindow ? at - kHalfWindow : 0;
    return text_.substr(begin, 2 * kHalfWindow);
  }

  static bool continues(std::string_view prev_text, std::string_view next_first) {
    return !ends_paragraph(last_line(prev_text)) && !starts_paragraph(next_first);
  }

  void classify() {
    const std::size_t n = views_.size();
    roles_.assign(n, Role::text);
    dropped_.assign(n, false);
    std::unordered_map<std::string, int> repeats;
    for (std::size_t i = 0; i < n; ++i) {
      const BlockView& v = views_[i];
      if (!v.single) continue;
      if (is_decorated_page_number(v.first)) {
        roles_[i] = Role::page_number;
      } else if (is_bare_page_number(v.first)) {
        roles_[i] = Role::maybe_page_number;
      } else if (head_shaped(v.first)) {
        roles_[i] = Role::maybe_head;
        ++repeats[head_key(v.first)];
      }
    }
    // A title repeated a few times is a running head only where it sits like one:
    // inside running text, or next to a page number.
    std::unordered_map<std::string, bool> heads;
    for (std::size_t i = 0; i < n; ++i) {
      if (roles_[i] != Role::maybe_head) continue;
      std::string key = head_key(views_[i].first);
      if (repeats[key] < kMinHeadRepeats) {
        roles_[i] = Role::text;
        continue;
      }
      bool& head = heads[key];
      head = head || inside_running_text(i) || next_to_page_number(i);
    }
    for (std::size_t i = 0; i < n; ++i) {
      switch (roles_[i]) {
        case Role::page_number: dropped_[i] = true; break;
        case Role::maybe_page_number: dropped_[i] = inside_running_text(i); break;
        case Role::maybe_head: dropped_[i] = heads[head_key(views_[i].first)]; break;
        case Role::text: break;
      }
    }
  }

  bool next_to_page_number(std::size_t i) const {
    const auto page = [&](std::size_t j) { return roles_[j] == Role::page_number || roles_[j] == Role::maybe_page_number; };
    return (i > 0 && page(i - 1)) || (i + 1 < roles_.size() && page(i + 1));
  }

  // Between a paragraph that does not end and one that does not start,
  // skipping other page furniture.
  bool inside_running_text(std::size_t i) const {
    std::size_t before = i, after = i + 1;
    while (before > 0 && roles_[before - 1] != Role::text) --before;
    while (after < roles_.size() && roles_[after] != Role::text) ++after;
    if (before == 0 || after >= roles_.size()) return false;
    return !ends_paragraph(views_[before - 1].last) && !starts_paragraph(views_[after].first);
  }

  std::string_view text_;
  const SourceLines& lines_;
  std::vector<BlockView> views_;
  std::vector<Role> roles_;
  std::vector<bool> dropped_;
};

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

}  // namespace

std::size_t repeated_overlap(std::string_view prev, std::string_view next, std::string_view document) {
  constexpr std::size_t kMaxFragment = 12, kMaxOverlap = 6, kContext = 3;
  if (next.size() > 4 * kMaxFragment) return 0;
  const std::size_t next_cps = cp_count(next);
  if (next_cps > kMaxFragment || next_cps < 2 || next.find('\n') != std::string_view::npos) return 0;
  if (!ends_sentence(next) && !ends_with_closing_bracket(next)) return 0;
  for (std::size_t k = std::min(kMaxOverlap, next_cps - 1); k > 0; --k) {
    const std::size_t overlap = cp_prefix(next, k);
    if (!prev.ends_with(next.substr(0, overlap))) continue;
    const std::string_view before = prev.substr(cp_suffix_start(prev, k + kContext - 1));
    const std::string_view rest = next.substr(overlap);
    const std::string_view after = rest.substr(0, cp_prefix(rest, kContext));
    const std::string joined = std::string(before) + std::string(after);
    const std::string doubled = std::string(before) + std::string(next.substr(0, overlap)) + std::string(after);
    if (contains(document, joined) && !contains(document, doubled)) return overlap;
  }
  return 0;
}

std::vector<Paragraph> pdf_paragraphs(std::string_view text, const SourceLines& lines) {
  return Cleaner(text, lines).run();
}

}  // namespace clausecheck::ingest
