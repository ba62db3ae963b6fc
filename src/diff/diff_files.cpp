#include "diff/diff_files.hpp"

#include <map>

#include "text/code_points.hpp"
#include "diff/document_align.hpp"
#include "diff/passage_align.hpp"
#include "ingest/paragraphs.hpp"

namespace clausecheck::diff {

namespace {

// Entries by title (spaces aside), as a multiset: pages shift with every
// edit, so only entries that came or went count.
std::vector<TocChange> compare_toc(const std::optional<Gazette>& old_gazette,
                                   const std::optional<Gazette>& new_gazette) {
  std::map<std::u32string, std::vector<const TocEntry*>> old_entries;
  if (old_gazette)
    for (const TocEntry& e : old_gazette->toc) old_entries[text::comparable_text(e.title)].push_back(&e);
  std::vector<TocChange> out;
  if (new_gazette) {
    for (const TocEntry& e : new_gazette->toc) {
      auto& same = old_entries[text::comparable_text(e.title)];
      if (same.empty()) out.push_back({true, e.title, e.page});
      else same.erase(same.begin());
    }
  }
  if (old_gazette)
    for (const TocEntry& e : old_gazette->toc) {
      auto& left = old_entries[text::comparable_text(e.title)];
      if (!left.empty() && left.front() == &e) {
        out.push_back({false, e.title, e.page});
        left.erase(left.begin());
      }
    }
  return out;
}

}  // namespace

ChangeSet diff_files(const ParsedFile& old_file, const ParsedFile& new_file, const AlignOptions& options) {
  ChangeSet set;
  set.old_source = old_file.source;
  set.new_source = new_file.source;
  set.documents = diff_documents(old_file.documents, new_file.documents, options);
  set.toc = compare_toc(old_file.gazette, new_file.gazette);
  // The last word on "no difference": every paragraph of both files, compared
  // whole, catches what no part above compares (text between documents, a
  // gazette's masthead, spaces inside a clause).
  if (set.empty())
    set.text = align_passages(ingest::split_paragraphs(*old_file.source), ingest::split_paragraphs(*new_file.source),
                              PassagePart::text);
  return set;
}

}  // namespace clausecheck::diff
