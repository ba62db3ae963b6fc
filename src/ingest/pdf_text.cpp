#include "ingest/pdf_text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/messages.hpp"
#include "model/input_error.hpp"
#include "text/blank.hpp"

namespace clausecheck::ingest {

namespace {

// poppler reports damage (a broken xref it repairs, a bad object) to one global function, by default
// stderr. The first complaint of the PDF being read goes into our message instead; parses run on
// several threads, so each keeps its own.
thread_local std::string first_complaint;

void keep_complaint(const std::string& message, void* /*closure*/) {
  // poppler-cpp prefixes its level ("error: "), which our own error line already says.
  constexpr std::string_view kLevel = "error: ";
  if (first_complaint.empty()) first_complaint = message.starts_with(kLevel) ? message.substr(kLevel.size()) : message;
}

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(keep_complaint, nullptr); });
}

std::string because() { return first_complaint.empty() ? "" : msg(Msg::pdf_because, {first_complaint}); }

// One printed line as poppler's word boxes place it: its words' text without blanks, where it starts and
// how tall it is.
struct BoxLine {
  std::string packed;
  double left = 0;
  double top = 0;
  double height = 0;
};

// The page's words grouped into printed lines, in the order poppler lists them: a word starts a new line
// when it sits lower or higher by half its height, or left of the word before it.
std::vector<BoxLine> box_lines(const poppler::page& page) {
  std::vector<BoxLine> lines;
  double last_right = 0;
  for (const poppler::text_box& word : page.text_list()) {
    const poppler::rectf box = word.bbox();
    const std::vector<char> utf8 = word.text().to_utf8();
    const bool same_line = !lines.empty() && std::abs(box.y() - lines.back().top) < box.height() / 2 &&
                           box.x() >= last_right - box.height() / 2;
    if (!same_line) lines.push_back({"", box.x(), box.y(), box.height()});
    for (const char c : utf8)
      if (c != ' ') lines.back().packed += c;
    last_right = box.x() + box.width();
  }
  return lines;
}

// Whether a printed line starts indented: two other lines of the page start one and a half to two and a half
// characters to its left (the left edge of its column, where the first line of a paragraph starts two
// characters in). Two, so that a lone line there (a centred page number or running head) is not taken for
// a column's edge; a centred title has no such neighbours, and a line of the right column is not measured
// against the left column, which starts a column's width away.
std::vector<bool> indented(const std::vector<BoxLine>& lines) {
  std::vector<double> lefts;
  lefts.reserve(lines.size());
  for (const BoxLine& l : lines) lefts.push_back(l.left);
  std::sort(lefts.begin(), lefts.end());
  std::vector<bool> out;
  out.reserve(lines.size());
  for (const BoxLine& l : lines) {
    const auto from = std::lower_bound(lefts.begin(), lefts.end(), l.left - 2.5 * l.height);
    const double last = l.left - 1.5 * l.height;
    out.push_back(lefts.end() - from >= 2 && *from <= last && *(from + 1) <= last);
  }
  return out;
}

// Marks the indented lines of a page's raw text with two leading spaces: a PDF has no blank line between
// paragraphs, and a line of nearly the column's width (a title) reads as going on into the next unless the
// next one is seen to start a paragraph (paragraphs.cpp). poppler lists its word boxes in reading order,
// which interleaves the blocks of two columns where the raw text has a column whole, so a raw line is
// matched to the first printed line not yet taken with the same text without blanks; a line not matched is
// left as it is.
std::string mark_indents(std::string_view raw, const std::vector<BoxLine>& lines) {
  const std::vector<bool> indent = indented(lines);
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_text;
  for (std::size_t k = lines.size(); k-- > 0;) by_text[lines[k].packed].push_back(k);
  std::string out;
  out.reserve(raw.size() + raw.size() / 16);
  std::string packed;
  for (std::size_t begin = 0; begin < raw.size();) {
    const std::size_t nl = raw.find('\n', begin);
    const std::size_t end = nl == std::string_view::npos ? raw.size() : nl + 1;
    const std::string_view line = raw.substr(begin, end - begin);
    packed.clear();
    for (const char c : line)
      if (c != ' ' && c != '\n') packed += c;
    const auto found = by_text.find(packed);
    if (found != by_text.end() && !found->second.empty()) {
      if (indent[found->second.back()]) out += "  ";
      found->second.pop_back();
    }
    out += line;
    begin = end;
  }
  return out;
}

// A page's text as poppler gives it (UTF-8, from its UTF-16), with the controls no text file holds (a
// stray CR or escape from a font's ToUnicode map) as spaces; the page ends its last line.
void append_page(std::string& out, std::string_view page) {
  for (const char c : page) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 && c != '\n' && c != '\f') || u == 0x7F ? ' ' : c;
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

bool is_pdf(std::string_view bytes) { return bytes.starts_with("%PDF-"); }

SourceText read_pdf(std::string path, const std::string& bytes) {
  silence_poppler();
  first_complaint.clear();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(path, msg(Msg::pdf_too_large));
  const std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError(path, msg(Msg::pdf_broken, {because()}));
  if (doc->is_locked()) throw InputError(path, msg(Msg::pdf_encrypted));
  const int pages = doc->pages();
  if (pages <= 0) throw InputError(path, msg(Msg::pdf_no_pages, {because()}));
  std::string text;
  std::vector<std::uint32_t> page_starts;
  page_starts.reserve(static_cast<std::size_t>(pages));
  for (int i = 0; i < pages; ++i) {
    const std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) throw InputError(path, msg(Msg::pdf_page_unreadable, {std::to_string(i + 1), because()}));
    page_starts.push_back(static_cast<std::uint32_t>(text.size()));
    const std::vector<char> raw = page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    append_page(text, mark_indents(std::string_view(raw.data(), raw.size()), box_lines(*page)));
    // Spans are 32-bit offsets.
    if (text.size() >= 0x7FFF'FFFF) throw InputError(path, msg(Msg::text_too_much, {"PDF"}));
  }
  if (text::only_blanks(text)) throw InputError(path, msg(Msg::pdf_no_text, {std::to_string(pages)}));
  return SourceText(std::move(path), std::move(text), "PDF", std::move(page_starts));
}

}  // namespace clausecheck::ingest
