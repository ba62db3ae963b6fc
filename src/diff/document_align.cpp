#include "diff/document_align.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <tuple>
#include <unordered_map>

#include "text/code_points.hpp"
#include "diff/fact_changes.hpp"
#include "diff/passage_align.hpp"
#include "diff/similarity.hpp"
#include "parse/parallel_for.hpp"
#include "model/document_statements.hpp"

namespace clausecheck::diff {

namespace {

bool same_number(const Document& a, const Document& b) {
  if (!a.number || !b.number) return false;
  if (a.number->seq != 0 && a.number->year != 0)
    return a.number->agency == b.number->agency && a.number->year == b.number->year && a.number->seq == b.number->seq;
  return text::comparable_text(a.number->raw) == text::comparable_text(b.number->raw);
}

// The title without its 试行/暂行 marker, since a revision often drops it.
std::u32string bare_title(const Document& d) {
  std::u32string t = text::comparable_text(d.title);
  for (const std::u32string marker : {U"（试行）", U"（暂行）", U"(试行)", U"(暂行)"}) {
    for (auto at = t.find(marker); at != std::u32string::npos; at = t.find(marker)) t.erase(at, marker.size());
  }
  return t;
}

void append_clause_texts(const std::vector<Clause>& clauses, std::string& out) {
  for (const Clause& c : clauses) {
    out += c.heading;
    out += c.text();
    append_clause_texts(c.children, out);
  }
}

std::u32string content_of(const Document& d) {
  std::string out;
  for (const Paragraph& p : d.preamble) out += p.text;
  append_clause_texts(d.clauses, out);
  for (const Paragraph& p : d.closing) out += p.text;
  for (const Document& a : d.attachments) out += a.title, append_clause_texts(a.clauses, out);
  return text::comparable_text(out);
}

// What documents are compared by, computed once per document: bigram sets, every pair of documents
// being compared exactly (no may_reach: a 32-hash sketch of each whole document's bigrams was a tenth
// of diff_files on the seed gazette and its revision).
struct DocumentProfile {
  std::vector<std::uint64_t> title;
  std::vector<std::uint64_t> content;
};

DocumentProfile profile_of(const Document& d, const std::u32string& content) {
  return {bigram_set(bare_title(d)), bigram_set(content)};
}

// Title and content, content weighing more: notices of one issuer share most
// of their titles (驻马店市人民政府关于印发…的通知).
double document_similarity(const DocumentProfile& a, const DocumentProfile& b) {
  const double title = similarity(a.title, b.title);
  if (a.content.empty() && b.content.empty()) return title;  // no bigram: no text
  return 0.3 * title + 0.7 * similarity(a.content, b.content);
}

// The document's own statements only: a licence's 证书有效期 that changes is a change of its clause.
template <typename Kind>
void compare_fact_field(const char* field, const Document& a, const Document& b, std::vector<FieldChange>& out) {
  const Fact* fa = first_statement<Kind>(a.facts);
  const Fact* fb = first_statement<Kind>(b.facts);
  if (!fa && !fb) return;
  if (fa && fb && same_value(fa->value, fb->value)) return;
  out.push_back({field, fa ? fa->text : "", fb ? fb->text : ""});
}

std::vector<FieldChange> compare_fields(const Document& a, const Document& b) {
  std::vector<FieldChange> out;
  const std::string na = a.number ? a.number->raw : "", nb = b.number ? b.number->raw : "";
  if (text::comparable_text(na) != text::comparable_text(nb)) out.push_back({"number", na, nb});
  if (text::comparable_text(a.title) != text::comparable_text(b.title)) out.push_back({"title", a.title, b.title});
  const std::string sa = a.signed_date ? a.signed_date->iso() : "", sb = b.signed_date ? b.signed_date->iso() : "";
  if (sa != sb) out.push_back({"signed", sa, sb});
  if (a.trial != b.trial) out.push_back({"trial", a.trial ? "true" : "false", b.trial ? "true" : "false"});
  compare_fact_field<facts::Validity>("validity", a, b, out);
  compare_fact_field<facts::Effective>("effective", a, b, out);
  return out;
}

DocumentChange one_sided(const Document& d, bool is_new) {
  DocumentChange c;
  c.status = is_new ? DocumentStatus::added : DocumentStatus::removed;
  (is_new ? c.new_doc : c.old_doc) = &d;
  (is_new ? c.new_name : c.old_name) = document_name(d);
  return c;
}

// Whether a file offset lies in one of the paragraphs, which stand in file
// order (a binary search: a notice without clauses has all its paragraphs here).
bool within(const std::vector<Paragraph>& part, std::uint32_t at) {
  const auto after = std::upper_bound(part.begin(), part.end(), at,
                                      [](std::uint32_t x, const Paragraph& p) { return x < p.source_span().begin; });
  return after != part.begin() && at < std::prev(after)->source_span().end;
}

// Which facts of two documents may pair: a date in a paragraph before the
// clauses (a law's adoption and revision lines, a 通知's header) only with the
// same date there, one after them (closing lines) only with the same date
// there; every other fact with any ("" for all). A header line's date is the
// date of an event: a revision line added (2023年9月1日…修订) is added, not the
// 2017 line moved to 2023, and a header date never pairs with a closing one.
std::function<std::string(const Fact&)> date_part(const Document& old_doc, const Document& new_doc) {
  return [&old_doc, &new_doc](const Fact& f) -> std::string {
    const auto* date = std::get_if<facts::DateFact>(&f.value);
    if (!date) return {};
    const bool is_old = &f >= old_doc.facts.data() && &f < old_doc.facts.data() + old_doc.facts.size();
    const Document& d = is_old ? old_doc : new_doc;
    if (within(d.preamble, f.span.begin)) return "header " + date->date.iso();
    if (within(d.closing, f.span.begin)) return "closing " + date->date.iso();
    return {};
  };
}

}  // namespace

std::string document_name(const Document& doc) { return doc.number ? doc.number->raw : doc.title; }

DocumentChange diff_document(const Document& old_doc, const Document& new_doc, const AlignOptions& options) {
  DocumentChange c;
  c.old_doc = &old_doc;
  c.new_doc = &new_doc;
  c.old_name = document_name(old_doc);
  c.new_name = document_name(new_doc);
  c.fields = compare_fields(old_doc, new_doc);
  c.facts = compare_facts({&old_doc.facts}, {&new_doc.facts}, date_part(old_doc, new_doc));
  c.passages = align_passages(old_doc.preamble, new_doc.preamble, PassagePart::preamble);
  for (PassageChange& p : align_passages(old_doc.closing, new_doc.closing, PassagePart::closing))
    c.passages.push_back(std::move(p));
  c.clauses = align_clauses(old_doc.clauses, new_doc.clauses, options);
  c.attachments = diff_documents(old_doc.attachments, new_doc.attachments, options);
  c.status = has_changes(c) ? DocumentStatus::changed : DocumentStatus::unchanged;
  return c;
}

std::vector<DocumentChange> diff_documents(const std::vector<Document>& old_docs, const std::vector<Document>& new_docs,
                                           const AlignOptions& options) {
  std::vector<int> partner(old_docs.size(), -1);
  std::vector<bool> taken(new_docs.size(), false);
  auto link = [&](std::size_t i, std::size_t j) { partner[i] = static_cast<int>(j), taken[j] = true; };

  for (std::size_t i = 0; i < old_docs.size(); ++i)
    for (std::size_t j = 0; j < new_docs.size() && partner[i] < 0; ++j)
      if (!taken[j] && same_number(old_docs[i], new_docs[j])) link(i, j);

  const auto left_old = std::count(partner.begin(), partner.end(), -1);
  const auto left_new = std::count(taken.begin(), taken.end(), false);
  if (old_docs.size() == 1 && new_docs.size() == 1 && left_old == 1 && left_new == 1) link(0, 0);

  // Unnumbered documents whose titles and contents are equal pair first (the
  // notices and tables of a gazette a revision left alone): their profiles,
  // most of a gazette diff's time, are then never made.
  std::vector<std::u32string> new_contents(new_docs.size());
  std::unordered_multimap<std::u32string, std::size_t> new_by_content;
  for (std::size_t j = 0; j < new_docs.size(); ++j)
    if (!taken[j]) new_by_content.emplace(new_contents[j] = content_of(new_docs[j]), j);
  std::vector<std::u32string> old_contents(old_docs.size());
  for (std::size_t i = 0; i < old_docs.size(); ++i) {
    if (partner[i] >= 0) continue;
    old_contents[i] = content_of(old_docs[i]);
    auto [from, to] = new_by_content.equal_range(old_contents[i]);
    for (auto it = from; it != to; ++it) {
      if (taken[it->second] || bare_title(old_docs[i]) != bare_title(new_docs[it->second])) continue;
      link(i, it->second);
      break;
    }
  }

  std::vector<DocumentProfile> new_profiles(new_docs.size());
  for (std::size_t j = 0; j < new_docs.size(); ++j)
    if (!taken[j]) new_profiles[j] = profile_of(new_docs[j], new_contents[j]);
  std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
  for (std::size_t i = 0; i < old_docs.size(); ++i) {
    if (partner[i] >= 0) continue;
    const DocumentProfile old_profile = profile_of(old_docs[i], old_contents[i]);
    for (std::size_t j = 0; j < new_docs.size(); ++j) {
      if (taken[j]) continue;
      const double s = document_similarity(old_profile, new_profiles[j]);
      if (s >= options.threshold) candidates.emplace_back(-s, i, j);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  for (const auto& [score, i, j] : candidates)
    if (partner[i] < 0 && !taken[j]) link(i, j);

  // In the new file's order, removed documents after the document they followed.
  std::vector<DocumentChange> out;
  std::vector<std::vector<std::size_t>> removed_after(new_docs.size() + 1);
  std::size_t anchor = 0;  // 0: before the first new document; j + 1: after new_docs[j]
  for (std::size_t i = 0; i < old_docs.size(); ++i) {
    if (partner[i] >= 0) anchor = static_cast<std::size_t>(partner[i]) + 1;
    else removed_after[anchor].push_back(i);
  }
  std::vector<int> old_of(new_docs.size(), -1);
  for (std::size_t i = 0; i < old_docs.size(); ++i)
    if (partner[i] >= 0) old_of[static_cast<std::size_t>(partner[i])] = static_cast<int>(i);
  // The pairs compared side by side on options.jobs threads, then placed in order; the attachments
  // of each on its own thread alone (threads within threads would only take turns on the cores).
  std::vector<std::size_t> paired;
  for (std::size_t j = 0; j < new_docs.size(); ++j)
    if (old_of[j] >= 0) paired.push_back(j);
  AlignOptions inner = options;
  if (paired.size() > 1) inner.jobs = 1;
  std::vector<DocumentChange> compared(new_docs.size());
  parse::parallel_for(paired.size(), options.jobs, [&](std::size_t k) {
    const std::size_t j = paired[k];
    compared[j] = diff_document(old_docs[static_cast<std::size_t>(old_of[j])], new_docs[j], inner);
  });
  for (std::size_t i : removed_after[0]) out.push_back(one_sided(old_docs[i], false));
  for (std::size_t j = 0; j < new_docs.size(); ++j) {
    out.push_back(old_of[j] < 0 ? one_sided(new_docs[j], true) : std::move(compared[j]));
    for (std::size_t i : removed_after[j + 1]) out.push_back(one_sided(old_docs[i], false));
  }
  return out;
}

}  // namespace clausecheck::diff
