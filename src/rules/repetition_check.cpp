// kind: repetition — a Chinese character written twice by mistake (城乡统筹筹).
//
// Doubled characters are common where two words meet (市市场监管局 = 市 + 市场),
// so a doubling is taken for a typo only when the second character does not
// begin a word: it stands before punctuation, or the pair it forms with the
// next character occurs nowhere else in the run. Real reduplications
// (人人持证, 县县有分拨, 常常) are listed in `allow`.
#include <map>

#include "rules/kinds.hpp"
#include "rules/text_scan.hpp"

namespace clausecheck::rules {

namespace {
std::size_t char_length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

bool is_han(std::string_view ch) {
  if (ch.size() != 3) return false;
  const auto b0 = static_cast<unsigned char>(ch[0]);
  return b0 >= 0xE4 && b0 <= 0xE9;  // U+4E00–U+9FFF
}

class RepetitionCheck : public Check {
 public:
  explicit RepetitionCheck(const RuleFields& f) : allow_(f.texts("allow")) {}

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    std::map<std::string, int> pairs;  // character pairs of the whole run: which words exist
    for (const auto& file : input.files) count_pairs(file.source->text(), pairs);
    for (const auto& file : input.files) {
      const std::string& text = file.source->text();
      for_each_region(file, scope, [&](Span region, Place place) { scan(text, region, pairs, place, out); });
    }
  }

 private:
  static void count_pairs(const std::string& text, std::map<std::string, int>& pairs) {
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t a = char_length(static_cast<unsigned char>(text[i]));
      if (i + a < text.size()) {
        const std::size_t b = char_length(static_cast<unsigned char>(text[i + a]));
        if (a == 3 && b == 3) ++pairs[text.substr(i, 6)];
      }
      i += a;
    }
  }

  // An allowed word that overlaps the doubled pair at [at, at + 6) excuses it.
  bool allowed(const std::string& text, std::size_t at) const {
    for (const auto& word : allow_) {
      const std::size_t from = at >= word.size() ? at - word.size() + 1 : 0;
      for (std::size_t p = text.find(word, from); p != std::string::npos && p < at + 6; p = text.find(word, p + 1))
        if (p + word.size() > at) return true;
    }
    return false;
  }

  void scan(const std::string& text, Span region, const std::map<std::string, int>& pairs, Place place,
            Reporter& out) const {
    for (std::size_t i = region.begin; i + 6 <= region.end;) {
      const std::size_t len = char_length(static_cast<unsigned char>(text[i]));
      const std::string_view ch(text.data() + i, len);
      if (!is_han(ch) || text.compare(i + 3, 3, ch) != 0 || allowed(text, i)) {
        i += len;
        continue;
      }
      const std::size_t next = i + 6;
      bool typo = true;
      if (next + 3 <= text.size() && is_han(std::string_view(text.data() + next, 3))) {
        const auto it = pairs.find(text.substr(i + 3, 6));
        typo = it == pairs.end() || it->second < 2;  // the pair here is the only one
      }
      if (typo) out.report(place, Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 6)},
                           {{"match", text.substr(i, 6)}}, std::string(ch));
      i += 6;
    }
  }

  std::vector<std::string> allow_;
};
}  // namespace

KindSpec repetition_kind() {
  return {"repetition", {"allow"}, {Scope::gazette, Scope::document, Scope::clause}, {"match", "fix"},
          [](const RuleFields& f) { return std::make_shared<const RepetitionCheck>(f); }};
}

}  // namespace clausecheck::rules
