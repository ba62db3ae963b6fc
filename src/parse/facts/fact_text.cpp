#include "parse/facts/fact_text.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "text/utf8.hpp"

namespace clausecheck::parse {

void FactSink::place(Fact& fact, std::size_t begin, std::size_t end) const {
  const auto b = static_cast<std::uint32_t>(begin), e = static_cast<std::uint32_t>(end);
  fact.text.assign(paragraph.text.substr(begin, end - begin));
  fact.span = paragraph.source_span(b, e);
}

void FactSink::warn(std::string message, std::string code, std::size_t begin, std::size_t end) {
  const auto b = static_cast<std::uint32_t>(begin), e = static_cast<std::uint32_t>(end);
  diagnostics.push_back(Diagnostic{paragraph.source_span(b, e), std::move(message), std::move(code)});
}

namespace {
constexpr std::string_view ideographic_space = "\u3000";
}  // namespace

bool is_space_at(std::string_view text, std::size_t at) {
  return at < text.size() && (text[at] == ' ' || word_at(text, at, ideographic_space));
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (is_space_at(text, at)) at += text[at] == ' ' ? 1 : ideographic_space.size();
  return at;
}

std::size_t skip_spaces_back(std::string_view text, std::size_t end) {
  while (end > 0) {
    if (text[end - 1] == ' ') --end;
    else if (end >= 3 && word_at(text, end - 3, ideographic_space)) end -= 3;
    else break;
  }
  return end;
}

std::optional<std::size_t> word_before(std::string_view text, std::size_t end, std::string_view word) {
  end = skip_spaces_back(text, end);
  if (end < word.size() || !word_at(text, end - word.size(), word)) return std::nullopt;
  return end - word.size();
}

std::optional<std::size_t> word_after(std::string_view text, std::size_t at, std::string_view word) {
  at = skip_spaces(text, at);
  if (!word_at(text, at, word)) return std::nullopt;
  return at + word.size();
}

namespace {
// Punctuation marks (ASCII or three bytes long in UTF-8), with a filter on
// the first and the last byte of each: read byte by byte, a text is decoded
// and compared with the marks only where one can start (forwards) or end
// (backwards).
class Marks {
 public:
  constexpr explicit Marks(std::u32string_view marks)
      : marks_(marks), first_(text::first_bytes(marks)), last_(text::last_bytes(marks)) {}
  // Where the first mark at or after at stands, or the end of text. A first
  // byte of a mark is no byte inside another character of valid UTF-8, so
  // every byte is tested without decoding (a line of dated clauses reads the
  // next two hundred characters for each date: decoding them all was a third
  // of `check` on 20,000 deadlines on a line). A mark cut off by the end of
  // text is none, as when decoded.
  std::size_t first_at(std::string_view text, std::size_t at) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (; at < text.size(); ++at)
      if (first_[bytes[at]] && marks_.find(text::decode_at(text, at).value) != std::u32string_view::npos) return at;
    return text.size();
  }
  // Just after the last mark before at, or 0.
  std::size_t after_last(std::string_view text, std::size_t at) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t end = at; end > 0; --end) {
      const unsigned char b = bytes[end - 1];
      if (!last_[b]) continue;
      if (text::is_ascii(b) || (end >= 3 && text::leads_three_bytes(bytes[end - 3])))
        if (marks_.find(text::decode_before(text, end).value) != std::u32string_view::npos) return end;
    }
    return 0;
  }

 private:
  std::u32string_view marks_;
  text::ByteFilter first_;
  text::ByteFilter last_;
};

const Marks clause_marks(U"，。；：！？,;:");
const Marks sentence_marks(U"。；！？;");
}  // namespace

std::size_t fragment_begin(std::string_view text, std::size_t at) { return clause_marks.after_last(text, at); }

std::size_t sentence_begin(std::string_view text, std::size_t at) { return sentence_marks.after_last(text, at); }

std::size_t fragment_end(std::string_view text, std::size_t at) { return clause_marks.first_at(text, at); }

std::size_t sentence_end(std::string_view text, std::size_t at) { return sentence_marks.first_at(text, at); }

std::size_t case_end(std::string_view text, std::size_t at) {
  const std::size_t close = std::min(text.find("的，", at), text.find("的,", at));
  return close == std::string_view::npos ? text.size() : close;
}

std::span<const std::size_t> WordPlaces::within(std::size_t from, std::size_t stop) {
  const std::size_t length = words_.front().size();
  if (from < begin_ || from > end_) {
    places_.clear();
    begin_ = end_ = from;
  }
  if (stop > end_) {
    // Read on from a word that the last stop cut off; the words read before end there.
    const std::size_t read = places_.size();
    const std::string_view head = text_.substr(0, stop);
    const std::size_t resume = std::max(begin_, end_ >= length ? end_ - length + 1 : 0);
    for (std::string_view w : words_)
      for (std::size_t at = head.find(w, resume); at != std::string_view::npos; at = head.find(w, at + w.size()))
        if (at + length > end_) places_.push_back(at);
    std::sort(places_.begin() + static_cast<std::ptrdiff_t>(read), places_.end());
    end_ = stop;
  }
  const auto first = std::lower_bound(places_.begin(), places_.end(), from);
  const auto last = stop < length ? first : std::upper_bound(first, places_.end(), stop - length);
  return {first, last};
}

std::size_t StartCursor::operator()(std::size_t at) {
  if (at < asked_) asked_ = start_ = 0;
  if (const std::size_t found = find_(text_.substr(asked_, at - asked_), at - asked_)) start_ = asked_ + found;
  asked_ = at;
  return start_;
}

std::size_t EndCursor::operator()(std::size_t at) {
  // What the cursor searches for is at most this long (的， is six bytes).
  constexpr std::size_t kLongest = 8;
  if (end_ && at < asked_) {
    // Nothing starts in [asked_, end_): the first in [at, asked_) if any, else end_.
    const std::size_t reach = std::min(text_.size(), asked_ + kLongest);
    if (const std::size_t found = find_(text_.substr(0, reach), at); found < asked_) end_ = found;
  } else if (!end_ || at > *end_) {
    end_ = find_(text_, at);
  }
  asked_ = at;
  return *end_;
}

}  // namespace clausecheck::parse
