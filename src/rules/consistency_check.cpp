// kind: consistency — what must agree within a document and across the run:
//   abbreviation  the same Latin abbreviation spelled two ways (RECP next to RCEP);
//   toc           a gazette's table of contents against the titles of its documents;
//   figure        one threshold subject given two different figures in a document.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>

#include "rules/expr_field.hpp"
#include "rules/kinds.hpp"
#include "rules/model_values.hpp"
#include "rules/model_walk.hpp"
#include "rules/text_scan.hpp"
#include "model/messages.hpp"
#include "text/utf8.hpp"
#include "text/code_points.hpp"

namespace clausecheck::rules {

namespace {
enum class Inconsistency { abbreviation, toc, figure };

// A title as a table of contents and a heading may each space it: without the spaces comparable_text drops.
std::string without_spaces(const std::string& s) { return text::to_utf8(text::comparable_text(s)); }

// The next ASCII capital at or after `from`, or npos. Statutes hold few
// capitals: 16 bytes are tested at a time, in the machine's vector unit (GCC
// and clang vector types; SSE2 on every x86-64), where 8 at a time in a word
// cost twice as much.
std::size_t next_capital(const std::string& text, std::size_t from) {
  using Block = signed char __attribute__((vector_size(16)));
  constexpr std::size_t kLanes = sizeof(Block);
  std::size_t i = from;
  for (; i + kLanes <= text.size(); i += kLanes) {
    Block bytes;
    std::memcpy(&bytes, text.data() + i, kLanes);
    // Signed, the bytes of other characters (0x80 and up) are below 'A': two compares the vector unit does.
    const auto capitals = (bytes >= static_cast<signed char>('A')) & (bytes <= static_cast<signed char>('Z'));
    std::uint64_t words[kLanes / 8];
    std::memcpy(words, &capitals, kLanes);
    if (words[0] | words[1]) break;
  }
  for (; i < text.size(); ++i)
    if (text[i] >= 'A' && text[i] <= 'Z') return i;
  return std::string::npos;
}

// What abbreviation keeps of a file: a draft of a finding at each 3–8 capital
// token, by its spelling (a few per statute); the right spelling is known only
// when every file has been read.
struct Spellings : FileNote {
  std::vector<std::pair<std::string, Draft>> drafts;  // spelling, draft at it
};

class ConsistencyCheck : public Check {
 public:
  explicit ConsistencyCheck(const RuleFields& f)
      : known_(f.texts("known")), when_(f.has("when") ? RuleExpression(f, "when") : RuleExpression()) {
    const std::string check = f.text("check");
    if (check == "abbreviation") what_ = Inconsistency::abbreviation;
    else if (check == "toc") what_ = Inconsistency::toc;
    else if (check == "figure") what_ = Inconsistency::figure;
    else f.fail("check", msg(Msg::consistency_expected_check));
    // Abbreviations and the table of contents are the run's and the gazette's, not one document's.
    if (when_ && what_ != Inconsistency::figure) f.fail("when", msg(Msg::consistency_when_figure));
  }

  // toc and figure read one file; abbreviation compares spellings across the run.
  bool per_file() const override { return what_ != Inconsistency::abbreviation; }

  void run(const RunInput& input, Scope scope, Reporter& out) const override {
    if (what_ == Inconsistency::abbreviation) {
      std::vector<std::unique_ptr<FileNote>> notes;
      for (const auto& file : input.files) notes.push_back(note(file, scope, out));
      decide(notes, {}, out);
    }
    if (what_ == Inconsistency::toc)
      for (const auto& file : input.files) toc(file, out);
    if (what_ == Inconsistency::figure)
      for (const auto& file : input.files) figures(file, input.settings, out);
  }

  std::unique_ptr<FileNote> note(const ParsedFile& file, Scope, Reporter& out) const override {
    auto kept = std::make_unique<Spellings>();
    const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    const std::string& text = file.source->text();
    // Tokens of 3–8 capitals and digits, starting with a capital, not inside a longer word.
    for (std::size_t i = next_capital(text, 0); i != std::string::npos; i = next_capital(text, i + 1)) {
      if (i > 0 && letter(text[i - 1])) continue;
      std::size_t end = i + 1;
      while (end < text.size() && ((text[end] >= 'A' && text[end] <= 'Z') || (text[end] >= '0' && text[end] <= '9')))
        ++end;
      const std::size_t length = end - i;
      if (length >= 3 && length <= 8 && (end == text.size() || !letter(text[end]))) {
        std::string spelling = text.substr(i, length);
        auto made =
            out.draft(Place{&file, nullptr, nullptr, nullptr},
                      Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)}, {{"match", spelling}});
        if (made) kept->drafts.emplace_back(std::move(spelling), std::move(*made));
      }
      i = end - 1;
    }
    return kept;
  }

  // Spellings with the same letters (RCEP, RECP) are one abbreviation; the
  // known spelling, else the most frequent one, is right.
  void decide(std::vector<std::unique_ptr<FileNote>>& notes, const TextPass&, Reporter& out) const override {
    std::map<std::string, std::map<std::string, std::vector<Draft*>>> groups;  // letters → spelling → drafts
    for (auto& note : notes)
      for (auto& [spelling, draft] : static_cast<Spellings&>(*note).drafts) {
        std::string letters = spelling;
        std::sort(letters.begin(), letters.end());
        groups[letters][spelling].push_back(&draft);
      }
    for (const auto& [letters, spellings] : groups) {
      if (spellings.size() < 2) continue;
      std::string right;
      for (const auto& [spelling, places] : spellings)
        if (std::find(known_.begin(), known_.end(), spelling) != known_.end()) right = spelling;
      if (right.empty()) {
        std::size_t most = 0;
        for (const auto& [spelling, places] : spellings)
          if (places.size() > most) most = places.size(), right = spelling;
        std::size_t ties = 0;
        for (const auto& [spelling, places] : spellings) ties += places.size() == most;
        if (ties > 1) continue;  // no way to tell which spelling is meant
      }
      for (const auto& [spelling, places] : spellings) {
        if (spelling == right) continue;
        for (Draft* d : places) {
          d->vars.emplace("expected", right);
          d->finding.fix = right;
          out.add(std::move(*d));
        }
      }
    }
  }

 private:
  void toc(const ParsedFile& file, Reporter& out) const {
    if (!file.gazette) return;
    std::vector<std::string> titles;
    for_each_document(file, [&](const Document& doc, const Document*) { titles.push_back(without_spaces(doc.title)); });
    for (const auto& entry : file.gazette->toc) {
      const std::string title = without_spaces(entry.title);
      if (std::find(titles.begin(), titles.end(), title) != titles.end()) continue;
      out.report(Place{&file, nullptr, nullptr, nullptr}, entry.span, {{"value", entry.title}});
    }
  }

  // Facts of one clause are often a list (覆盖率达96%、76%、46.1%): only
  // figures of the same subject in different clauses are compared. One
  // finding per subject, at its first differing figure, naming the first
  // figure and every other differing one as related places.
  // `when` is about the document the figures stand in.
  void figures(const ParsedFile& file, const RunSettings& settings, Reporter& out) const {
    struct Subject {
      const Fact* first = nullptr;
      const Clause* clause = nullptr;
      const Clause* parent = nullptr;  // of `clause`; null for a top-level clause
      std::vector<std::pair<const Fact*, const Clause*>> differing;
    };
    for_each_document(file, [&](const Document& doc, const Document* parent_doc) {
      if (when_ &&
          !when_.evaluate(make_resolver(rules::Subject{&doc, parent_doc, nullptr, nullptr, nullptr, &settings}))
               .truthy())
        return;
      std::map<std::string, std::size_t> index;  // subject → its place in `subjects`
      std::vector<Subject> subjects;             // in the order first seen
      for_each_clause(doc, [&](const Clause& clause, const std::vector<const Clause*>& chain) {
        const Clause* parent = chain.size() >= 2 ? chain[chain.size() - 2] : nullptr;
        for (const auto& fact : clause.facts) {
          const auto* t = std::get_if<facts::Threshold>(&fact.value);
          // Short subjects (罚款, 比例) name no one thing: different clauses mean different things.
          if (!t || text::code_point_count(t->subject) < 4) continue;
          const auto [it, fresh] = index.emplace(t->subject, subjects.size());
          if (fresh) {
            subjects.push_back({&fact, &clause, parent, {}});
            continue;
          }
          Subject& seen = subjects[it->second];
          if (seen.clause == &clause) continue;
          // The same item of two articles' lists grades one offence by tiers (司法解释: 第一条（一）
          // 制剂50克以上 for 情节, 第二条（一）500克以上 for 情节严重): different on purpose.
          if (parent && seen.parent && parent != seen.parent && clause.number.label == seen.clause->number.label)
            continue;
          const auto& first = std::get<facts::Threshold>(seen.first->value);
          if (first.op != t->op || first.quantity.unit != t->quantity.unit || first.quantity.value == t->quantity.value)
            continue;
          seen.differing.emplace_back(&fact, &clause);
        }
      });
      for (const Subject& subject : subjects) {
        if (subject.differing.empty()) continue;
        const auto& [fact, clause] = subject.differing.front();
        std::vector<Span> related{subject.first->span};
        for (std::size_t i = 1; i < subject.differing.size(); ++i) related.push_back(subject.differing[i].first->span);
        out.report(Place{&file, &doc, clause, fact}, fact->span,
                   {{"value", fact->text}, {"expected", subject.first->text}}, std::nullopt, related);
      }
    });
  }

  Inconsistency what_ = Inconsistency::abbreviation;
  std::vector<std::string> known_;
  RuleExpression when_;
};
}  // namespace

KindSpec consistency_kind() {
  return {"consistency",
          {"check", "known", "when"},
          {Scope::gazette},
          {"match", "expected", "value", "fix"},
          [](const RuleFields& f) { return std::make_shared<const ConsistencyCheck>(f); }};
}

}  // namespace clausecheck::rules
