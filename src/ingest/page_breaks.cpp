#include "ingest/page_breaks.hpp"

#include <string>
#include <unordered_map>

#include "ingest/line_shape.hpp"
#include "ingest/page_furniture.hpp"
#include "text/utf8.hpp"
#include "text/han.hpp"

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

// Byte offset after the first n code points of s.
std::size_t cp_prefix(std::string_view s, std::size_t n) {
  std::size_t at = 0;
  while (n-- > 0 && at < s.size()) at += text::decode_at(s, at).length;
  return at;
}

// Byte offset of the start of the last n code points of s.
std::size_t cp_suffix_start(std::string_view s, std::size_t n) {
  std::size_t at = s.size();
  while (n-- > 0 && at > 0) at -= text::decode_before(s, at).length;
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
      views_.push_back(
          {line_text(text, lines.lines[b.first]), line_text(text, lines.lines[b.first + b.count - 1]), b.count == 1});
    classify();
  }

  std::vector<Paragraph> run() {
    std::vector<Paragraph> out;
    bool dropped_before = false;
    bool wrapped = false;  // the last block kept filled its column
    for (std::size_t i = 0; i < views_.size(); ++i) {
      if (dropped_[i]) {
        dropped_before = true;
        continue;
      }
      const Block& b = lines_.blocks[i];
      Paragraph p = lines_paragraph(text_, &lines_.lines[b.first], b.count);
      const bool separated = b.blanks_before >= kSectionGap && !dropped_before;
      if (!out.empty() && !separated && continues(out.back().text, wrapped, views_[i].first)) {
        const std::size_t overlap =
            repeated_overlap(out.back().text, p.text, document_around(lines_.lines[b.first].begin));
        append_paragraph(out.back(), p, static_cast<std::uint32_t>(overlap));
      } else {
        out.push_back(std::move(p));
      }
      wrapped = b.wrapped;
      dropped_before = false;
    }
    return out;
  }

 private:
  // The text of the document around a source offset, for evidence of how a
  // phrase is written: a window rather than the whole file, so that a file of
  // many documents costs linear time.
  std::string_view document_around(std::size_t at) const {
    constexpr std::size_t kHalfWindow = std::size_t{128} * 1024;
    const std::size_t begin = at > kHalfWindow ? at - kHalfWindow : 0;
    return text_.substr(begin, 2 * kHalfWindow);
  }

  // A line that fills its column (a PDF's: Block::wrapped) goes on even without the punctuation of running
  // text (a title, a heading cut in two), but not after a full stop or a closing bracket: a paragraph ending
  // at the column's edge is told only by that, and one cut there in error is cut at a sentence's end. A
  // bracket still open is the exception: the paragraph rebuilt so far (a PDF's lines are joined without a
  // line break, so `last` is all of it) cannot end inside it, whatever its last line ends with
  // (…清零。（责任单位： at the column's edge, the units on the next line).
  static bool continues(std::string_view prev_text, bool prev_wrapped, std::string_view next_first) {
    const std::string_view last = last_line(prev_text);
    const bool goes_on = prev_wrapped
                             ? leaves_bracket_open(last) || (!ends_sentence(last) && !ends_with_closing_bracket(last))
                             : !ends_paragraph(last);
    return goes_on && !starts_paragraph(next_first);
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
        ++repeats[repeat_key(v.first)];
      }
    }
    // A title repeated a few times is a running head only where it sits like one:
    // inside running text, or next to a page number.
    std::unordered_map<std::string, bool> heads;
    for (std::size_t i = 0; i < n; ++i) {
      if (roles_[i] != Role::maybe_head) continue;
      std::string key = repeat_key(views_[i].first);
      if (repeats[key] < kMinHeadRepeats) {
        roles_[i] = Role::text;
        continue;
      }
      bool& head = heads[key];
      head = head || inside_running_text(i) || next_to_page_number(i);
    }
    for (std::size_t i = 0; i < n; ++i) {
      switch (roles_[i]) {
        case Role::page_number:
          dropped_[i] = true;
          break;
        case Role::maybe_page_number:
          dropped_[i] = inside_running_text(i);
          break;
        // The first line of a file is its masthead or title: page one has no running head.
        case Role::maybe_head:
          dropped_[i] = i > 0 && heads[repeat_key(views_[i].first)];
          break;
        case Role::text:
          break;
      }
    }
  }

  bool next_to_page_number(std::size_t i) const {
    const auto page = [&](std::size_t j) {
      return roles_[j] == Role::page_number || roles_[j] == Role::maybe_page_number;
    };
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

// Holds a Han character.
bool has_ideograph(std::string_view s) {
  for (std::size_t at = 0; at < s.size(); ++at)
    if (text::han_at(s, at)) return true;
  return false;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

std::size_t repeated_overlap(std::string_view prev, std::string_view next, std::string_view document) {
  // A repeat of eight characters or more across a break (a line printed at the
  // foot of one page and again at the top of the next) is always an artefact.
  constexpr std::size_t kSureOverlap = 8, kMaxOverlap = 40;
  // A shorter one only when a short closing fragment repeats it and the
  // document writes the joined form elsewhere but never the doubled one.
  constexpr std::size_t kMaxFragment = 12, kMaxEvidenced = 6, kContext = 3;
  const std::string_view first = next.substr(0, next.find('\n'));
  std::size_t ends[kMaxOverlap + 1] = {0};  // ends[k]: bytes of the first k code points
  std::size_t count = 0;
  while (count < kMaxOverlap && ends[count] < first.size()) {
    ends[count + 1] = ends[count] + text::decode_at(first, ends[count]).length;
    ++count;
  }
  const bool short_fragment = first.size() == next.size() && ends[count] == first.size() && count <= kMaxFragment &&
                              (ends_sentence(next) || ends_with_closing_bracket(next));
  // The whole first line repeating is a different artefact (a duplicated line): leave it.
  for (std::size_t k = ends[count] == first.size() ? count - 1 : count; k > 0; --k) {
    const std::string_view overlap = first.substr(0, ends[k]);
    if (!prev.ends_with(overlap)) continue;
    if (k >= kSureOverlap && has_ideograph(overlap)) return ends[k];
    if (k > kMaxEvidenced || !short_fragment) continue;
    const std::string_view before = prev.substr(cp_suffix_start(prev, k + kContext - 1));
    const std::string_view rest = next.substr(ends[k]);
    const std::string_view after = rest.substr(0, cp_prefix(rest, kContext));
    const std::string joined = std::string(before) + std::string(after);
    const std::string doubled = std::string(before) + std::string(overlap) + std::string(after);
    if (contains(document, joined) && !contains(document, doubled)) return ends[k];
  }
  return 0;
}

std::vector<Paragraph> pdf_paragraphs(std::string_view text, const SourceLines& lines) {
  return Cleaner(text, lines).run();
}

}  // namespace clausecheck::ingest
