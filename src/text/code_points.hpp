#pragma once
#include <string>
#include <string_view>

namespace clausecheck::text {

// Character-level work (redline, similarity) runs on code points, so that a
// CJK character is one element, not three bytes.
std::u32string to_code_points(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

// The text a clause is compared by: whitespace removed, since PDF extraction
// scatters spaces (平稳健康发展 若干措施) that are no part of the wording.
std::u32string comparable_text(std::string_view utf8);

// The whitespace comparable_text removes: space, tab, line ends, U+3000, U+00A0.
bool is_space(char32_t c);

// The Private Use Area of the BMP, U+E000–U+F8FF: where symbol fonts put
// their glyphs, which PDF extraction passes on as characters.
inline bool is_private_use(char32_t c) { return c >= 0xE000 && c <= 0xF8FF; }

// A code point no case mapping changes or yields: ASCII other than letters, CJK
// punctuation, kana and ideographs (U+3000–U+9FFF), and the full-width forms
// other than letters. Text made of these reads the same lowercased.
inline bool is_caseless(char32_t c) {
  const bool ascii_letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  const bool wide_letter = (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
  return (c < 0x80 && !ascii_letter) || (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF && !wide_letter);
}

// Punctuation, ASCII or Chinese (，。、；：？！“”《》（）【】…— and the full-width
// forms): what a punctuation-only edit (，→ ,) changes, and what Markdown's
// emphasis rules treat apart from letters.
bool is_punctuation(char32_t c);

// Columns of a UTF-8 string on a terminal: CJK and full-width forms take two.
std::size_t display_width(std::string_view text);
// Columns of a UTF-8 string printed in a CJK font (a PDF's line): as display_width, and the quotes “ ” ‘ ’,
// the dash —, the ellipsis … and the middle dot · take two as well, as wide on paper as an ideograph.
std::size_t printed_width(std::string_view text);

}  // namespace clausecheck::text
