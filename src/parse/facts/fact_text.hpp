#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/fact.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::parse {

// What the scan of one paragraph needs to know about where it stands.
struct ScanContext {
  int document_year = 0;         // the year a date without one, or a target without one, belongs to
  std::optional<int> goal_year;  // 到2025年 earlier in the clause: the year its targets are for
  // 成文日期 of the document, or of the notice carrying an attachment: a span
  // of time over before it is what happened, not a term the document sets.
  std::optional<Date> signed_date;
  // The paragraph stands where a document states its own effect and validity:
  // its preamble or closing, its last clause, or a 附则.
  bool closing = false;
};

// Collects the facts read from one paragraph, with their text and source span.
struct FactSink {
  const Paragraph& paragraph;
  std::vector<Fact>& facts;
  std::vector<Diagnostic>& diagnostics;

  // The fact is built in place at the end of the list: passed as a FactValue
  // and then a Fact, a quantity's three strings moved four times on the way.
  template <class Value>
  void add(Value&& value, std::size_t begin, std::size_t end) {
    Fact& fact = facts.emplace_back();
    fact.value.template emplace<std::decay_t<Value>>(std::forward<Value>(value));
    place(fact, begin, end);
  }
  void place(Fact& fact, std::size_t begin, std::size_t end) const;  // its text and span
  void warn(std::string message, std::string code, std::size_t begin, std::size_t end);
};

// Text helpers over UTF-8, all in byte offsets.
// Whether `word` stands in `text` at `at`, compared byte by byte for equality:
// string_view's ==, starts_with and ends_with order the bytes through a call
// to memcmp, which cost more than the few bytes of a word (of which the first
// two most often differ already).
inline bool word_at(std::string_view text, std::size_t at, std::string_view word) {
  if (at > text.size() || text.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (text[at + i] != word[i]) return false;
  return true;
}
// `text` ends with `word`, compared as by word_at.
inline bool ends_in(std::string_view text, std::string_view word) {
  return text.size() >= word.size() && word_at(text, text.size() - word.size(), word);
}
bool is_space_at(std::string_view text, std::size_t at);
std::size_t skip_spaces(std::string_view text, std::size_t at);
std::size_t skip_spaces_back(std::string_view text, std::size_t end);
// text[..end) ends with word, spaces before end ignored; returns where the word starts.
std::optional<std::size_t> word_before(std::string_view text, std::size_t end, std::string_view word);
// text[at..) starts with word after spaces; returns where the word ends.
std::optional<std::size_t> word_after(std::string_view text, std::size_t at, std::string_view word);
// The start of the clause of the sentence holding at: just after the last ，。；：！？ before it.
std::size_t fragment_begin(std::string_view text, std::size_t at);
// The end of the clause of the sentence holding at: the next ，。；：！？ or the end of text.
std::size_t fragment_end(std::string_view text, std::size_t at);
// The end of the sentence holding at: the next 。；！？ or the end of text.
std::size_t sentence_end(std::string_view text, std::size_t at);
// The start of the sentence holding at: just after the last 。；！？ before it.
std::size_t sentence_begin(std::string_view text, std::size_t at);
// Where the next 的， (or 的,) at or after at starts, or the end of text: the
// close of a legal norm's case (…以前犯罪的，适用…).
std::size_t case_end(std::string_view text, std::size_t at);

// Where some words of one length in bytes stand in a text, for a scanner
// asking in text order: the text is read once up to the furthest stop asked
// (a line of thousands of dated clauses searched the next sentences of each
// date for 了 or 从 again and again, and string_view::find stopped at every
// character sharing their first byte). A `from` before the first one asked, or
// beyond what was read, starts afresh.
class WordPlaces {
 public:
  // `words` must outlive the object (a static array).
  WordPlaces(std::string_view text, std::span<const std::string_view> words) : text_(text), words_(words) {}
  // The places p of the words with from <= p and p + their length <= stop, in order.
  std::span<const std::size_t> within(std::size_t from, std::size_t stop);

 private:
  std::string_view text_;
  std::span<const std::string_view> words_;
  std::vector<std::size_t> places_;
  std::size_t begin_ = 0, end_ = 0;  // places_ holds every word within [begin_, end_)
};

// fragment_begin or sentence_begin for a scanner going through one text in
// order: it looks back only as far as the last call, so that a paragraph dense
// with figures is read once, not back to its start for each of them (20,000
// dates in one sentence were quadratic). An offset before the last one asked
// is answered afresh.
class StartCursor {
 public:
  using Find = std::size_t (*)(std::string_view, std::size_t);
  StartCursor(std::string_view text, Find find) : text_(text), find_(find) {}
  std::size_t operator()(std::size_t at);

 private:
  std::string_view text_;
  Find find_;
  std::size_t asked_ = 0;  // the text is read up to here,
  std::size_t start_ = 0;  // and the last start seen is here
};

// fragment_end or sentence_end likewise: an offset between the last one asked
// and the end found for it has that same end, without reading on. An offset
// before the last one asked reads only up to it (and the few bytes a mark or
// 的， may reach past it): a scanner looking a sentence ahead and then back at
// the next date of a line with no full stop read on to the line's end each time.
class EndCursor {
 public:
  using Find = std::size_t (*)(std::string_view, std::size_t);
  EndCursor(std::string_view text, Find find) : text_(text), find_(find) {}
  std::size_t operator()(std::size_t at);

 private:
  std::string_view text_;
  Find find_;
  std::size_t asked_ = 0;
  std::optional<std::size_t> end_;  // the end found for asked_
};

}  // namespace clausecheck::parse
