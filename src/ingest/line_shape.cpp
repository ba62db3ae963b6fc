#include "ingest/line_shape.hpp"

#include <array>

#include "grammar/line_shape.hpp"
#include "text/code_points.hpp"
#include "text/utf8.hpp"
#include "text/han.hpp"

namespace clausecheck::ingest {

namespace {

// A forward reader over the code points of a line (a form field's label).
class Reader {
 public:
  explicit Reader(std::string_view line) : line_(line) {}
  bool done() const { return pos_ >= line_.size(); }
  std::size_t pos() const { return pos_; }
  char32_t peek() const { return done() ? 0 : text::decode_at(line_, pos_).value; }
  void next() { pos_ += text::decode_at(line_, pos_).length; }
  bool eat(char32_t c) {
    if (done() || peek() != c) return false;
    next();
    return true;
  }
  template <class Pred>
  std::size_t skip(Pred pred, std::size_t max = 1000) {
    std::size_t n = 0;
    while (n < max && !done() && pred(peek())) next(), ++n;
    return n;
  }

 private:
  std::string_view line_;
  std::size_t pos_ = 0;
};

// The line without trailing private-use characters: PDF extraction leaves
// symbol-font glyphs (U+E000–U+F8FF) after a line's real last character.
std::string_view without_private_use_tail(std::string_view line) {
  while (!line.empty()) {
    const text::CodePoint last = text::decode_before(line, line.size());
    if (!text::is_private_use(last.value)) break;
    line.remove_suffix(last.length);
  }
  return line;
}

char32_t last_cp(std::string_view line) {
  line = without_private_use_tail(line);
  return line.empty() ? 0 : text::decode_before(line, line.size()).value;
}

bool contains_any(std::string_view line, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles)
    if (line.find(n) != std::string_view::npos) return true;
  return false;
}

bool is_sentence_final(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'：':
    case U'；':
    case U'…':
    case '!':
    case '?':
    case ';':
    case ':':
      return true;
    default:
      return false;
  }
}

bool is_opening_bracket(char32_t c) {
  switch (c) {
    case U'（':
    case '(':
    case U'【':
    case U'〔':
    case '[':
    case U'「':
    case U'『':
      return true;
    default:
      return false;
  }
}

bool is_closing_bracket(char32_t c) {
  switch (c) {
    case U'）':
    case ')':
    case U'】':
    case U'〕':
    case ']':
    case U'」':
    case U'』':
      return true;
    default:
      return false;
  }
}

bool is_closing_quote(char32_t c) { return c == U'”' || c == U'’' || c == '"' || c == '\''; }

}  // namespace

std::size_t clause_number_length(std::string_view line) { return grammar::line_clause_number_length(line); }

bool ends_sentence(std::string_view line) {
  line = without_private_use_tail(line);
  if (line.empty()) return false;
  const text::CodePoint last = text::decode_before(line, line.size());
  if (is_sentence_final(last.value)) return true;
  return is_closing_quote(last.value) && is_sentence_final(last_cp(line.substr(0, line.size() - last.length)));
}

bool ends_with_closing_bracket(std::string_view line) { return is_closing_bracket(last_cp(line)); }

bool leaves_bracket_open(std::string_view line) {
  // One depth for all kinds: the seed closes a （ with a ) now and then. A stray closer does not make the
  // next opener count as closed.
  std::size_t depth = 0;
  for (std::size_t at = 0; at < line.size();) {
    const text::CodePoint cp = text::decode_at(line, at);
    if (is_opening_bracket(cp.value)) ++depth;
    else if (is_closing_bracket(cp.value) && depth > 0) --depth;
    at += cp.length;
  }
  return depth > 0;
}

bool ends_with_comma(std::string_view line) {
  const char32_t c = last_cp(line);
  return c == U'，' || c == U'、' || c == ',';
}

bool has_sentence_punctuation(std::string_view line) {
  return contains_any(line, {"，", "。", "；", "：", ",", ";", ":"});
}

bool has_sentence_end(std::string_view line) { return contains_any(line, {"。", "！", "？", "；", ";", "!", "?"}); }

bool is_complete_heading(std::string_view line) {
  // Headings in the seed run to 31 characters; a numbered line of 60 without a
  // full stop (二十五、合理设定…等方) is a measure cut by a page break.
  constexpr std::size_t kMaxHeadingBytes = std::size_t{40} * 3;
  return clause_number_length(line) > 0 && line.size() <= kMaxHeadingBytes && !has_sentence_end(line) &&
         !ends_with_comma(line);
}

bool is_field_line(std::string_view line) {
  Reader r(line);
  const std::size_t label = r.skip(text::is_han, 7);
  if (label < 2 || label > 6 || !(r.eat(U'：') || r.eat(':'))) return false;
  return !contains_any(line.substr(r.pos()), {"，", "、", "。", "；"});
}

bool is_date_line(std::string_view line) { return grammar::is_whole_date_line(line); }

bool is_doc_number_line(std::string_view line) {
  if (line.size() > 120) return false;  // bytes: a number and a signer's name with spaces to spare
  // 上行文 print 签发人：××× beside the number (GB/T 9704-2012 §7.2.5).
  line = line.substr(0, line.find("签发人"));
  while (line.ends_with(' ')) line.remove_suffix(1);
  if (!(line.ends_with("号") || line.ends_with("號")) || line.size() > 90) return false;
  return grammar::has_bracketed_year(line);
}

bool is_number_only(std::string_view line) { return grammar::is_digits_only(line); }

bool is_page_reference(std::string_view line) { return grammar::is_page_reference_line(line); }

bool is_decorated_page_number(std::string_view line) { return grammar::is_decorated_page_number_line(line); }

bool is_bare_page_number(std::string_view line) { return grammar::is_bare_page_number_line(line); }

bool ends_paragraph(std::string_view line) {
  // Dates, document numbers, titles and names hold no sentence punctuation.
  return ends_sentence(line) || ends_with_closing_bracket(line) || is_complete_heading(line) ||
         (!has_sentence_punctuation(line) && !ends_with_comma(line)) || is_field_line(line) || is_doc_number_line(line);
}

bool starts_paragraph(std::string_view line) {
  if (clause_number_length(line) > 0 || is_date_line(line) || is_doc_number_line(line) || is_number_only(line) ||
      is_page_reference(line) || is_decorated_page_number(line))
    return true;
  if (line.starts_with("—") || line.starts_with("【")) return true;
  if (grammar::starts_with_letter_item(line)) return true;
  // 附件 or 附件2 alone on its line introduces an attachment.
  return line.starts_with("附件") && line.size() <= 12;
}

}  // namespace clausecheck::ingest
