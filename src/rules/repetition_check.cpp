// kind: repetition — a Chinese character written twice by mistake (城乡统筹筹).
//
// Doubled characters are common where two words meet (代表团团长 = 代表团 +
// 团长), so a doubling is taken for a typo only when neither side shows a
// word boundary: the second character does not begin a word (a common word
// of the Han lexicon, or a pair seen twice in the run, for names such as
// 黄河河务, where it does not continue a word: 政府应当 is no sighting of 府应),
// the first does not end one with the second standing alone as a particle of
// the rule (可以|以书面形式, 标的|的) or starting a word the lexicon lacks
// (工作|作了, 出库|库点，, 地区|区（市）, 大佛|佛座向东), and the pair is no word itself (区区小事,
// 齐齐哈尔, 杨元元). Real reduplications (人人持证, 县县有分拨, 常常) are listed in
// `allow`; doubled numerals (一九九三) are never typos.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>

#include "text/utf8.hpp"
#include "rules/han_lexicon.hpp"
#include "rules/kinds.hpp"
#include "rules/pair_finder.hpp"
#include "rules/text_scan.hpp"
#include "text/han.hpp"

namespace clausecheck::rules {

namespace {

// Counts of pairs of three-byte characters (PairFinder::key_at).
using Pairs = std::unordered_map<std::uint64_t, int>;

// The pairs one file's text holds, counted on a worker thread and added to the run's.
struct PairCounts : FileNote {
  Pairs pairs;
};

class RepetitionCheck : public Check {
 public:
  explicit RepetitionCheck(const RuleFields& f) : particles_(f.texts("particles")) {
    // Only a word holding the doubled character can excuse it: index the words by their characters.
    for (const auto& word : f.texts("allow"))
      for (std::size_t at = 0; at < word.size(); at += text::sequence_length(static_cast<unsigned char>(word[at]))) {
        auto& words = allow_[word.substr(at, text::sequence_length(static_cast<unsigned char>(word[at])))];
        if (words.empty() || words.back() != word) words.push_back(word);
      }
  }

  // Kept of a file: a draft at each doubling that neither the allow-list nor
  // the lexicon excuses (a handful in the laws corpus) with the pair it forms
  // with the next character. Whether that pair is seen twice is counted over
  // the run's texts at the end (Check::decide's second pass), only for the
  // doubled characters of these drafts: the pairs of every file, kept until
  // the end, would grow with the corpus.
  struct Doublings : FileNote {
    std::vector<std::pair<Draft, std::optional<std::uint64_t>>> drafts;  // the draft, the pair it forms
  };

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    std::vector<std::unique_ptr<FileNote>> notes;
    for (const auto& file : input.files) notes.push_back(note(file, scope, out));
    decide(
        notes,
        [&input](const TextCount& count, const TextMerge& merge) {
          for (const auto& file : input.files) merge(count(file.source->text()));
        },
        out);
  }

  std::unique_ptr<FileNote> note(const ParsedFile& file, Scope scope, Reporter& out) const override {
    auto kept = std::make_unique<Doublings>();
    const std::string& text = file.source->text();
    std::vector<std::uint32_t> places = doubled_places(text);
    std::erase_if(places, [&](std::uint32_t at) { return excused(text, at); });
    if (places.empty()) return kept;
    for_each_region(file, scope, [&](Span region, Place place) {
      auto it = std::lower_bound(places.begin(), places.end(), region.begin);
      for (; it != places.end() && *it + 6 <= region.end; ++it) {
        auto made = out.draft(place, Span{*it, *it + 6}, {{"match", text.substr(*it, 6)}}, text.substr(*it, 3));
        if (!made) continue;
        std::optional<std::uint64_t> pair;
        if (text::han_at(text, *it + 6)) pair = PairFinder::key_at(text, *it + 3);
        kept->drafts.emplace_back(std::move(*made), pair);
      }
    });
    return kept;
  }

  // Most doublings are settled by the allow-list and the lexicon; the run's
  // pairs are counted only for the drafts of those that are not.
  void decide(std::vector<std::unique_ptr<FileNote>>& notes, const TextPass& texts, Reporter& out) const override {
    std::vector<std::uint64_t> wanted;
    for (const auto& note : notes)
      for (const auto& [draft, pair] : static_cast<const Doublings&>(*note).drafts)
        if (pair) wanted.push_back(*pair);
    Pairs pairs;
    const PairFinder sought(std::move(wanted));
    if (!sought.empty() && texts) {
      texts(
          [&sought](const std::string& text) {
            auto counted = std::make_unique<PairCounts>();
            count_pairs(text, sought, counted->pairs);
            return counted;
          },
          [&pairs](std::unique_ptr<FileNote> counted) {
            for (const auto& [pair, n] : static_cast<const PairCounts&>(*counted).pairs) pairs[pair] += n;
          });
    }
    for (auto& note : notes)
      for (auto& [draft, pair] : static_cast<Doublings&>(*note).drafts) {
        if (pair) {
          const auto it = pairs.find(*pair);
          if (it != pairs.end() && it->second >= 2) continue;  // a name the lexicon lacks (黄河河务)
        }
        out.add(std::move(draft));
      }
  }

 private:
  // Where a Han character is followed by itself (a run of three counts once).
  static std::vector<std::uint32_t> doubled_places(const std::string& text) {
    std::vector<std::uint32_t> out;
    const char* p = text.data();
    const std::size_t n = text.size();
    for (std::size_t i = 0; i + 6 <= n;) {
      const auto lead = static_cast<unsigned char>(p[i]);
      if (text::is_ascii(lead)) {
        ++i;
        continue;
      }
      const std::size_t len = text::sequence_length(lead);
      // The bytes compared first: a character is rarely followed by itself, and
      // asking each one whether it is Han was most of this scan.
      if (len == 3 && p[i] == p[i + 3] && p[i + 1] == p[i + 4] && p[i + 2] == p[i + 5] && text::han_at(text, i)) {
        out.push_back(static_cast<std::uint32_t>(i));
        i += 6;
        continue;
      }
      i += len;
    }
    return out;
  }

  // Where the `wanted` pairs stand as a word: not where the first character
  // ends a word of the lexicon (政府应当, 政府应把 are no sightings of a word 府应,
  // so 人民政府府应当 stays a typo), unless after the same doubling again (海关关衔,
  // 黄河河务: a name so written). The lexicon is asked only where a wanted pair
  // stands. Any bytes (a file changed since its check is read again as it is now).
  static void count_pairs(std::string_view text, const PairFinder& wanted, Pairs& pairs) {
    for (std::size_t i = wanted.find(text, 0); i != std::string_view::npos; i = wanted.find(text, i + 1))
      if (!ends_word(text, i) || (i >= 3 && text.compare(i - 3, 3, text.substr(i, 3)) == 0))
        ++pairs[PairFinder::key_at(text, i)];
  }

  // An allowed word that overlaps the doubled pair at [at, at + 6) excuses it.
  bool allowed(const std::string& text, std::size_t at) const {
    const auto words = allow_.find(text.substr(at, 3));
    if (words == allow_.end()) return false;
    for (const auto& word : words->second) {
      const std::size_t first = at + 1 > word.size() ? at + 1 - word.size() : 0;
      for (std::size_t p = first; p < at + 6 && p + word.size() <= text.size(); ++p)
        if (text.compare(p, word.size(), word) == 0) return true;
    }
    return false;
  }

  // Allowed, a numeral, a word of its own, or where two words meet by the lexicon.
  bool excused(const std::string& text, std::size_t at) const {
    return is_numeral(std::string_view(text.data() + at, 3)) || allowed(text, at) || begins_word(text, at + 3) ||
           ends_word_before_particle(text, at) || doubled_word(text, at) || ends_word_before_short(text, at);
  }

  // The doubled pair is a word of the lexicon (区区小事, 齐齐哈尔, a given name as
  // 杨元元), unless the first character ends the word before (十五日|日内, though
  // 日日 is a word) or the phrase closes right after it (规定定。, though 定定 is one).
  static bool doubled_word(const std::string& text, std::size_t at) {
    return is_han_word(std::string_view(text.data() + at, 6)) && !ends_word(text, at) && !closes_phrase(text, at + 6);
  }

  // The first character ends a word (工作, 出库, 地区) and the second starts a
  // short one the lexicon lacks: a verb with its aspect mark (工作|作了), a
  // two-character word that closes the phrase (出库|库点，), a name with an
  // alternative in brackets (地区|区（市）) or the first item of an enumeration
  // (郊区|区、县), or a noun whose next character begins no word either (大佛|佛座向东,
  // 手术|术种从事, 海关|关单的, 第四章|章名“): a typo stands before the punctuation
  // itself (统筹筹，), or alone before a word (人民政府府应当, 统筹筹发展).
  static bool ends_word_before_short(const std::string& text, std::size_t at) {
    if (!ends_word(text, at)) return false;
    const std::size_t next = at + 6;
    for (std::string_view follow : {"了", "着", "过", "（", "("})
      if (text.compare(next, follow.size(), follow) == 0) return true;
    // The first item of an enumeration of short names: 郊区|区、县, 本市|市、县, 其中|中、青年.
    if (text.compare(next, std::string_view("、").size(), "、") == 0 && text::han_at(text, next + 3)) return true;
    return text::han_at(text, next) &&
           (closes_phrase(text, next + 3) || (!begins_word(text, next) && !localizer(text, next)));
  }

  // A localizer after a doubled character binds to it as a suffix (十五日日内 is
  // a typo of 十五日内, though 日内 begins no word): no word begins with it.
  static bool localizer(const std::string& text, std::size_t at) {
    static constexpr std::string_view localizers = "内外前后上下中间里";
    for (std::size_t k = 0; k < localizers.size(); k += 3)
      if (text.compare(at, 3, localizers.substr(k, 3)) == 0) return true;
    return false;
  }

  // A lexicon word ends with the character at `at` (政府|府, 统筹|筹).
  static bool ends_word(std::string_view text, std::size_t at) {
    return (at >= 3 && text::han_at(text, at - 3) && is_han_word(std::string_view(text.data() + at - 3, 6))) ||
           (at >= 6 && text::han_at(text, at - 6) && text::han_at(text, at - 3) &&
            is_han_word(std::string_view(text.data() + at - 6, 9)));
  }

  // Punctuation that closes a phrase, or the end of the text.
  static bool closes_phrase(const std::string& text, std::size_t at) {
    if (at >= text.size()) return true;
    for (std::string_view mark : {"，", "。", "；", "：", "！", "？", "、", ",", ".", ";", ":", "\n"})
      if (text.compare(at, mark.size(), mark) == 0) return true;
    return false;
  }

  static bool is_numeral(std::string_view ch) {
    static constexpr std::string_view numerals = "〇一二三四五六七八九十百千万亿两";
    for (std::size_t k = 0; k < numerals.size(); k += 3)
      if (numerals.substr(k, 3) == ch) return true;
    return false;
  }

  // The Han character at `second` and the one or two after it form a word of the lexicon.
  // A line break with no punctuation before it may split the word (饮用水水 / 源, as a
  // copy broke a sentence): the next line's first character is read as the next one.
  static bool begins_word(const std::string& text, std::size_t second) {
    if (const std::size_t wrapped = text.find_first_not_of("\r\n", second + 3);
        wrapped != std::string::npos && wrapped > second + 3 && text::han_at(text, wrapped))
      return is_han_word(text.substr(second, 3) + text.substr(wrapped, 3));
    if (!text::han_at(text, second + 3)) return false;
    return is_han_word(std::string_view(text.data() + second, 6)) ||
           (text::han_at(text, second + 6) && is_han_word(std::string_view(text.data() + second, 9)));
  }

  // The first character ends a word and the second is a particle of its own.
  bool ends_word_before_particle(const std::string& text, std::size_t at) const {
    const std::string_view ch(text.data() + at, 3);
    return std::find(particles_.begin(), particles_.end(), ch) != particles_.end() && ends_word(text, at);
  }

  std::unordered_map<std::string, std::vector<std::string>> allow_;  // character → allowed words holding it
  std::vector<std::string> particles_;                               // one-character words: 以, 的, 同 …
};
}  // namespace

KindSpec repetition_kind() {
  return {"repetition",
          {"allow", "particles"},
          {Scope::gazette, Scope::document, Scope::clause},
          {"match", "fix"},
          [](const RuleFields& f) { return std::make_shared<const RepetitionCheck>(f); }};
}

}  // namespace clausecheck::rules
