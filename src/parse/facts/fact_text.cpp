#include "parse/facts/fact_text.hpp"

#include "ingest/utf8.hpp"

namespace clausecheck::parse {

void FactSink::add(FactValue value, std::size_t begin, std::size_t end) {
  const auto b = static_cast<std::uint32_t>(begin), e = static_cast<std::uint32_t>(end);
  facts.push_back(Fact{std::move(value), paragraph.text.substr(begin, end - begin), paragraph.source_span(b, e)});
}

void FactSink::warn(std::string message, std::size_t begin, std::size_t end) {
  const auto b = static_cast<std::uint32_t>(begin), e = static_cast<std::uint32_t>(end);
  diagnostics.push_back(Diagnostic{paragraph.source_span(b, e), std::move(message)});
}

namespace {
constexpr std::string_view ideographic_space = "\u3000";
}  // namespace

bool is_space_at(std::string_view text, std::size_t at) {
  return at < text.size() && (text[at] == ' ' || text.substr(at).starts_with(ideographic_space));
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (is_space_at(text, at)) at += text[at] == ' ' ? 1 : ideographic_space.size();
  return at;
}

std::size_t skip_spaces_back(std::string_view text, std::size_t end) {
  while (end > 0) {
    if (text[end - 1] == ' ') --end;
    else if (end >= 3 && text.substr(end - 3, 3) == ideographic_space) end -= 3;
    else break;
  }
  return end;
}

std::optional<std::size_t> word_before(std::string_view text, std::size_t end, std::string_view word) {
  end = skip_spaces_back(text, end);
  if (end < word.size() || text.substr(end - word.size(), word.size()) != word) return std::nullopt;
  return end - word.size();
}

std::optional<std::size_t> word_after(std::string_view text, std::size_t at, std::string_view word) {
  at = skip_spaces(text, at);
  if (!text.substr(at).starts_with(word)) return std::nullopt;
  return at + word.size();
}

namespace {
// Just after the last of `marks` before at, or 0.
std::size_t after_last(std::string_view text, std::size_t at, std::u32string_view marks) {
  while (at > 0) {
    const auto cp = ingest::decode_before(text, at);
    if (cp.length == 0) break;
    if (marks.find(cp.value) != std::u32string_view::npos) return at;
    at -= cp.length;
  }
  return 0;
}
}  // namespace

std::size_t fragment_begin(std::string_view text, std::size_t at) { return after_last(text, at, U"，。；：！？,;:"); }

std::size_t sentence_begin(std::string_view text, std::size_t at) { return after_last(text, at, U"。；！？;"); }

namespace {
// Where the first of `marks` at or after at stands, or the end of text.
std::size_t first_of(std::string_view text, std::size_t at, std::u32string_view marks) {
  while (at < text.size()) {
    const auto cp = ingest::decode_at(text, at);
    if (marks.find(cp.value) != std::u32string_view::npos) return at;
    at += cp.length;
  }
  return text.size();
}
}  // namespace

std::size_t fragment_end(std::string_view text, std::size_t at) { return first_of(text, at, U"，。；：！？,;:"); }

std::size_t sentence_end(std::string_view text, std::size_t at) { return first_of(text, at, U"。；！？;"); }

}  // namespace clausecheck::parse
