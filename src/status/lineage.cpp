#include "status/lineage.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace clausecheck::status {

using std::chrono::year_month_day;

namespace {

void erase_all(std::string& s, std::string_view what) {
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at)) s.erase(at, what.size());
}

void replace_all(std::string& s, std::string_view what, std::string_view with) {
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
    s.replace(at, what.size(), with);
}

// The day a document speaks from: its latest revision, else its signing, else its first day in force.
std::optional<year_month_day> version_of(const DocumentSummary& d) {
  if (d.revised_on) return d.revised_on;
  if (d.signed_on) return d.signed_on;
  return d.effective_from;
}

// The day a document was made, before which it cannot name a later one.
std::optional<year_month_day> made_on(const DocumentSummary& d) {
  if (d.signed_on && d.revised_on) return std::max(*d.signed_on, *d.revised_on);
  return version_of(d);
}

class Resolver {
 public:
  explicit Resolver(std::span<const DocumentSummary> docs) : docs_(docs) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      by_title_[normalized_title(docs[i].title)].push_back(i);
      if (!docs[i].number.empty()) by_number_[normalized_number(docs[i].number)].push_back(i);
    }
  }

  Lineage run() {
    for (std::size_t i = 0; i < docs_.size(); ++i) {
      for (const LineageStatement& s : docs_[i].lineage) resolve(i, s);
      for (const Citation& c : docs_[i].cites)
        if (c.basis)
          for (std::size_t target : matching(i, normalized_title(c.title), c.number))
            out_.citations.push_back({i, target, &c});
    }
    return std::move(out_);
  }

 private:
  void resolve(std::size_t source, const LineageStatement& s) {
    const std::string title = normalized_title(s.target_title);
    if (!s.target_title.empty() && title == normalized_title(docs_[source].title) && s.target_number.empty()) {
      earlier_versions(source, s, title);
      return;
    }
    std::vector<std::size_t> found = candidates(source, title, s.target_number);
    std::erase_if(found, [&](std::size_t c) { return made_after(c, s); });
    if (found.empty()) {
      out_.unresolved.push_back({source, &s, {}});
      return;
    }
    if (!one_text(found)) {
      out_.unresolved.push_back({source, &s, std::move(found)});
      return;
    }
    for (std::size_t target : found) out_.edges.push_back({source, target, &s});
  }

  // By number first, then by title; the documents a statement or citation may mean.
  std::vector<std::size_t> candidates(std::size_t source, const std::string& title, const std::string& number) const {
    std::vector<std::size_t> found;
    if (!number.empty()) found = fitting(source, lookup(by_number_, normalized_number(number)));
    if (found.empty() && !title.empty()) found = fitting(source, lookup(by_title_, title));
    return found;
  }

  // The candidates when they are one text, else none.
  std::vector<std::size_t> matching(std::size_t source, const std::string& title, const std::string& number) const {
    std::vector<std::size_t> found = candidates(source, title, number);
    if (!one_text(found)) found.clear();
    return found;
  }

  // 2023年9月1日…第五次修正 over the 2021 text of the same title, same issuer.
  void earlier_versions(std::size_t source, const LineageStatement& s, const std::string& title) {
    const auto newer = version_of(docs_[source]);
    if (!newer) return;
    for (std::size_t target : lookup(by_title_, title)) {
      if (target == source || docs_[target].issuer != docs_[source].issuer || made_after(target, s)) continue;
      const auto older = version_of(docs_[target]);
      if (older && *older < *newer) out_.edges.push_back({source, target, &s});
    }
  }

  // A document first made after the day a statement dates the text it names by
  // (1992年…发布的《专利法实施细则》 is not the 2001 text revised in 2010).
  bool made_after(std::size_t candidate, const LineageStatement& s) const {
    const auto& made = docs_[candidate].signed_on;
    return s.target_made_by && made && *made > *s.target_made_by;
  }

  // The candidates other than the source and not made after it.
  std::vector<std::size_t> fitting(std::size_t source, const std::vector<std::size_t>& candidates) const {
    std::vector<std::size_t> out;
    const auto made = made_on(docs_[source]);
    for (std::size_t c : candidates) {
      if (c == source) continue;
      const auto other = version_of(docs_[c]);
      if (made && other && *other > *made) continue;
      out.push_back(c);
    }
    return out;
  }

  // Versions of one text, or a notice with the measures it carries: one issuer
  // (or none written) and, apart from attachments, one title.
  bool one_text(const std::vector<std::size_t>& found) const {
    const DocumentSummary* first = nullptr;
    for (std::size_t c : found) {
      const DocumentSummary& d = docs_[c];
      if (d.attachment) continue;
      if (!first) {
        first = &d;
        continue;
      }
      if (normalized_title(d.title) != normalized_title(first->title)) return false;
      if (!d.issuer.empty() && !first->issuer.empty() && d.issuer != first->issuer) return false;
    }
    return true;
  }

  static const std::vector<std::size_t>& lookup(const std::unordered_map<std::string, std::vector<std::size_t>>& map,
                                                const std::string& key) {
    static const std::vector<std::size_t> none;
    const auto it = map.find(key);
    return it == map.end() ? none : it->second;
  }

  std::span<const DocumentSummary> docs_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_title_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_number_;
  Lineage out_;
};

}  // namespace

std::string normalized_title(std::string_view title) {
  std::string s(title);
  for (std::string_view mark : {"《", "》", "〈", "〉", " ", "\u3000", "\t"}) erase_all(s, mark);
  replace_all(s, "（", "(");
  replace_all(s, "）", ")");
  if (s.starts_with("中华人民共和国")) s.erase(0, std::string_view("中华人民共和国").size());
  bool trial = false;
  for (std::string_view mark : {"(试行)", "(暂行)", "试行", "暂行"})
    if (s.find(mark) != std::string::npos) {
      erase_all(s, mark);
      trial = true;
    }
  if (trial) s += "#试行";
  return s;
}

std::string normalized_number(std::string_view number) {
  std::string s(number);
  for (std::string_view mark : {" ", "\u3000"}) erase_all(s, mark);
  for (std::string_view open : {"[", "［", "【", "(", "（"}) replace_all(s, open, "〔");
  for (std::string_view close : {"]", "］", "】", ")", "）"}) replace_all(s, close, "〕");
  return s;
}

Lineage resolve_lineage(std::span<const DocumentSummary> documents) { return Resolver(documents).run(); }

}  // namespace clausecheck::status
