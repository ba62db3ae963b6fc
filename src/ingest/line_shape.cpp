#include "ingest/line_shape.hpp"

#include <array>

#include "text/utf8.hpp"

namespace clausecheck::ingest {

namespace {

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }

bool is_cn_numeral(char32_t c) {
  switch (c) {
    case U'〇':
    case U'○':
    case U'零':
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
    case U'百':
    case U'千':
      return true;
    default:
      return false;
  }
}

bool is_numeral(char32_t c) { return is_digit(c) || is_cn_numeral(c); }
bool is_blank(char32_t c) { return c == ' ' || c == U'\u3000' || c == '\t' || c == U'\u00A0'; }
bool is_ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// A forward reader over the code points of a line.
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
  void skip_blanks() { skip(is_blank); }

 private:
  std::string_view line_;
  std::size_t pos_ = 0;
};

// The line without trailing private-use characters: PDF extraction leaves
// symbol-font glyphs (U+E000–U+F8FF) after a line's real last character.
std::string_view without_private_use_tail(std::string_view line) {
  while (!line.empty()) {
    const text::CodePoint last = text::decode_before(line, line.size());
    if (last.value < 0xE000 || last.value > 0xF8FF) break;
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

bool is_closing_quote(char32_t c) { return c == U'”' || c == U'’' || c == '"' || c == '\''; }

}  // namespace

std::size_t clause_number_length(std::string_view line) {
  Reader r(line);
  const char32_t first = r.peek();
  if (first == U'第') {
    r.next();
    if (r.skip(is_numeral, 8) == 0) return 0;
    for (std::string_view unit : {"条", "章", "节", "编", "分编", "部分"})
      if (line.substr(r.pos()).starts_with(unit)) {
        std::size_t end = r.pos() + unit.size();
        if (unit == "条" && line.substr(end).starts_with("之")) {
          Reader sub(line.substr(end + 3));
          if (sub.skip(is_numeral, 4) > 0) end += 3 + sub.pos();
        }
        return end;
      }
    return 0;
  }
  if (first == U'（' || first == '(') {
    r.next();
    r.skip_blanks();
    if (r.skip(is_numeral, 4) == 0) return 0;
    r.skip_blanks();
    return r.eat(U'）') || r.eat(')') ? r.pos() : 0;
  }
  if (first >= U'①' && first <= U'⑳') return text::decode_at(line, 0).length;
  if (is_cn_numeral(first)) {
    r.skip(is_cn_numeral, 4);
    return r.eat(U'、') ? r.pos() : 0;
  }
  if (is_digit(first)) {
    r.skip(is_digit, 3);
    if (!(r.eat('.') || r.eat(U'．') || r.eat(U'、'))) return 0;
    return is_digit(r.peek()) ? 0 : r.pos();
  }
  return 0;
}

bool ends_sentence(std::string_view line) {
  line = without_private_use_tail(line);
  if (line.empty()) return false;
  const text::CodePoint last = text::decode_before(line, line.size());
  if (is_sentence_final(last.value)) return true;
  return is_closing_quote(last.value) && is_sentence_final(last_cp(line.substr(0, line.size() - last.length)));
}

bool ends_with_closing_bracket(std::string_view line) {
  switch (last_cp(line)) {
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
  constexpr std::size_t kMaxHeadingBytes = 40 * 3;
  return clause_number_length(line) > 0 && line.size() <= kMaxHeadingBytes && !has_sentence_end(line) &&
         !ends_with_comma(line);
}

bool is_field_line(std::string_view line) {
  Reader r(line);
  const std::size_t label = r.skip(is_ideograph, 7);
  if (label < 2 || label > 6 || !(r.eat(U'：') || r.eat(':'))) return false;
  return !contains_any(line.substr(r.pos()), {"，", "、", "。", "；"});
}

bool is_date_line(std::string_view line) {
  Reader r(line);
  const std::size_t year = r.skip(is_numeral, 4);
  if (year < 2) return false;
  r.skip_blanks();
  if (!r.eat(U'年')) return false;
  r.skip_blanks();
  if (r.skip(is_numeral, 3) == 0) return false;
  r.skip_blanks();
  if (!r.eat(U'月')) return false;
  r.skip_blanks();
  if (r.done()) return true;
  if (r.skip(is_numeral, 3) == 0) return false;
  r.skip_blanks();
  return r.eat(U'日') && r.done();
}

bool is_doc_number_line(std::string_view line) {
  if (line.size() > 120) return false;  // bytes: a number and a signer's name with spaces to spare
  // 上行文 print 签发人：××× beside the number (GB/T 9704-2012 §7.2.5).
  line = line.substr(0, line.find("签发人"));
  while (line.ends_with(' ')) line.remove_suffix(1);
  if (!(line.ends_with("号") || line.ends_with("號")) || line.size() > 90) return false;
  Reader r(line);
  while (!r.done()) {
    const char32_t c = r.peek();
    r.next();
    if (c != U'〔' && c != '[' && c != U'［' && c != U'（' && c != '(' && c != U'【') continue;
    Reader y(line.substr(r.pos()));
    y.skip_blanks();
    if (y.skip(is_digit, 5) != 4) continue;
    y.skip_blanks();
    const char32_t close = y.peek();
    if (close == U'〕' || close == ']' || close == U'］' || close == U'）' || close == ')' || close == U'】')
      return true;
  }
  return false;
}

bool is_number_only(std::string_view line) {
  Reader r(line);
  return r.skip(is_digit) > 0 && r.done();
}

bool is_page_reference(std::string_view line) {
  Reader r(line);
  return r.eat('/') && r.skip(is_digit, 4) > 0 && r.done();
}

bool is_decorated_page_number(std::string_view line) {
  const auto decoration = [](char32_t c) {
    return c == '-' || c == U'—' || c == U'–' || c == U'－' || c == U'·' || c == U'•' || c == U'・' || c == '*' ||
           is_blank(c);
  };
  Reader r(line);
  if (r.eat(U'第')) {
    r.skip_blanks();
    if (r.skip(is_digit, 4) == 0) return false;
    r.skip_blanks();
    if (!r.eat(U'页')) return false;
    r.skip_blanks();
    if (r.done()) return true;
    if (!r.eat(U'共')) return false;
    r.skip_blanks();
    if (r.skip(is_digit, 4) == 0) return false;
    r.skip_blanks();
    return r.eat(U'页') && r.done();
  }
  if (r.skip(decoration, 8) == 0) return false;
  if (r.skip(is_digit, 4) == 0) return false;
  return r.skip(decoration, 8) > 0 && r.done();
}

bool is_bare_page_number(std::string_view line) {
  Reader r(line);
  return r.skip(is_digit, 4) <= 3 && r.pos() > 0 && r.done();
}

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
  // A lettered item of a standard: a) b) A） (a) （b）
  Reader r(line);
  if (!r.eat('(')) r.eat(U'（');
  const auto latin = [](char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (r.skip(latin, 2) == 1 && (r.eat(')') || r.eat(U'）'))) return true;
  // 附件 or 附件2 alone on its line introduces an attachment.
  return line.starts_with("附件") && line.size() <= 12;
}

}  // namespace clausecheck::ingest
