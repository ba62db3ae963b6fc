#include "parse/text_shape.hpp"

#include "grammar/clause_number.hpp"
#include "text/blank.hpp"
#include "text/utf8.hpp"
#include "parse/date_line.hpp"
#include "parse/header_lines.hpp"

namespace clausecheck::parse {

namespace {
constexpr std::size_t kTitleMax = 120;  // code points; a longer paragraph is body text

bool is_ascii_word_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
}  // namespace

std::string squeeze(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t run = 0;  // start of the run of non-blank bytes not yet copied
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t blank = c == '\n' ? 1 : (c == ' ' || c == '\t' || c >= 0xC2) ? text::blank_at(text, i) : 0;
    if (blank == 0) {
      ++i;
      continue;
    }
    out.append(text, run, i - run);
    std::size_t j = i + blank;
    while (j < text.size()) {
      const std::size_t more = text[j] == '\n' ? 1 : text::blank_at(text, j);
      if (more == 0) break;
      j += more;
    }
    // Keep one space between two Latin words (GAZETTE OF), none elsewhere.
    if (!out.empty() && j < text.size() && is_ascii_word_char(out.back()) && is_ascii_word_char(text[j])) out += ' ';
    i = run = j;
  }
  out.append(text, run, text.size() - run);
  return out;
}

bool has_more_characters_than(std::string_view text, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t blank = text[i] == '\n' ? 1 : text::blank_at(text, i);
    if (blank > 0) {
      i += blank;
      continue;
    }
    if (++seen > n) return true;
    i += text::sequence_length(static_cast<unsigned char>(text[i]));
  }
  return false;
}

std::string_view squeeze_ends(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  for (;;) {
    text::trim_blanks(text, begin, end);
    if (begin < end && text[begin] == '\n') ++begin;
    else if (begin < end && text[end - 1] == '\n') --end;
    else return text.substr(begin, end - begin);
  }
}

bool looks_like_title(std::string_view text) {
  return !text.empty() && !ends_sentence(text) && !has_sentence_end(text) &&
         text::code_point_count(text) <= kTitleMax && !parse_signing_line(text) &&
         !grammar::match_clause_number(text) && !is_header_note(text) && !is_masthead_line(text);
}

std::size_t find_any(std::string_view text, std::initializer_list<std::string_view> chars) {
  std::size_t best = std::string_view::npos;
  for (std::string_view c : chars) best = std::min(best, text.find(c));
  return best;
}

}  // namespace clausecheck::parse
