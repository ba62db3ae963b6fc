#pragma once
#include <string>
#include <string_view>

#include "ingest/line_shape.hpp"

namespace clausecheck::parse {

// The shapes of text the structure parser decides on. PDF extraction
// letter-spaces titles (公 报, 目 录) and breaks them over lines, so titles
// are compared squeezed: without blanks or line breaks next to Chinese text.
std::string squeeze(std::string_view text);
// The text without the blanks and line breaks at its ends: squeeze(text)
// begins with its first character and ends with its last, without the copy.
std::string_view squeeze_ends(std::string_view text);
// Whether more than `n` characters of the text are neither blanks nor line breaks: then squeeze(text)
// has more than n code points too. Stops at the (n + 1)-th, where squeezing copies the whole text.
bool has_more_characters_than(std::string_view text, std::size_t n);

// Ends with 。！？；：… (a sentence or a lead-in is complete), and holds a
// sentence end anywhere: the same judgement ingest makes at page breaks.
using ingest::ends_sentence;
using ingest::has_sentence_end;

// Could stand as a document title: short, no sentence end, not a signing line,
// not a numbered clause, not a masthead and not a header note (索引号：…,
// （此件公开发布）: header_lines.hpp).
bool looks_like_title(std::string_view text);
// Byte offset of the first occurrence of any of the given UTF-8 characters, or npos.
std::size_t find_any(std::string_view text, std::initializer_list<std::string_view> chars);

}  // namespace clausecheck::parse
