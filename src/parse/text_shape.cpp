#include "parse/text_shape.hpp"

#include "ingest/blank.hpp"
#include "ingest/utf8.hpp"

namespace clausecheck::parse {

namespace {
bool is_ascii_word_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
}  // namespace

std::string squeeze(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t blank = text[i] == '\n' ? 1 : ingest::blank_at(text, i);
    if (blank == 0) {
      out += text[i++];
      continue;
    }
    std::size_t j = i + blank;
    while (j < text.size()) {
      const std::size_t more = text[j] == '\n' ? 1 : ingest::blank_at(text, j);
      if (more == 0) break;
      j += more;
    }
    // Keep one space between two Latin words (GAZETTE OF), none elsewhere.
    if (!out.empty() && j < text.size() && is_ascii_word_char(out.back()) && is_ascii_word_char(text[j])) out += ' ';
    i = j;
  }
  return out;
}

bool ends_sentence(std::string_view text) {
  for (std::string_view end : {"。", "！", "？", "；", "：", "…", "!", "?", ";", ":"})
    if (text.ends_with(end)) return true;
  return false;
}

bool has_sentence_end(std::string_view text) { return find_any(text, {"。", "！", "？", "；"}) != std::string_view::npos; }

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::size_t find_any(std::string_view text, std::initializer_list<std::string_view> chars) {
  std::size_t best = std::string_view::npos;
  for (std::string_view c : chars) best = std::min(best, text.find(c));
  return best;
}

}  // namespace clausecheck::parse
