#include "diff/passage_align.hpp"

#include <string>

#include "diff/edit_script.hpp"
#include "diff/redline.hpp"

namespace clausecheck::diff {

namespace {

// One run of edits between two equal paragraphs: paired in order, the rest one-sided.
void flush(const std::vector<const Paragraph*>& gone, const std::vector<const Paragraph*>& came, PassagePart part,
           std::vector<PassageChange>& out) {
  for (std::size_t k = 0; k < gone.size() || k < came.size(); ++k) {
    PassageChange c;
    c.part = part;
    c.kind = k >= gone.size()   ? ClauseChangeKind::inserted
             : k >= came.size() ? ClauseChangeKind::deleted
                                : ClauseChangeKind::modified;
    if (k < gone.size()) c.old_text = gone[k]->text, c.old_span = gone[k]->source_span();
    if (k < came.size()) c.new_text = came[k]->text, c.new_span = came[k]->source_span();
    if (c.kind == ClauseChangeKind::modified) c.redline = make_redline(c.old_text, c.new_text);
    out.push_back(std::move(c));
  }
}

}  // namespace

std::vector<PassageChange> align_passages(const std::vector<Paragraph>& old_paragraphs,
                                          const std::vector<Paragraph>& new_paragraphs, PassagePart part) {
  std::vector<std::string> a, b;
  for (const Paragraph& p : old_paragraphs) a.push_back(p.text);
  for (const Paragraph& p : new_paragraphs) b.push_back(p.text);
  std::vector<PassageChange> out;
  std::vector<const Paragraph*> gone, came;
  std::size_t i = 0, j = 0;
  for (const Edit e : edit_script(a, b)) {
    if (e == Edit::deleted) gone.push_back(&old_paragraphs[i++]);
    else if (e == Edit::inserted) came.push_back(&new_paragraphs[j++]);
    else {
      flush(gone, came, part, out);
      gone.clear(), came.clear();
      ++i, ++j;
    }
  }
  flush(gone, came, part, out);
  return out;
}

}  // namespace clausecheck::diff
