#pragma once
#include <dtl/dtl.hpp>
#include <vector>

namespace clausecheck::diff {

enum class Edit { common, deleted, inserted };

// The shortest edit script from a to b by dtl, as a plain list of operations.
// Positions are to be counted by the caller while walking it: dtl's own
// beforeIdx/afterIdx go wrong once it restarts on long inputs. onUnserious()
// bounds time and memory on unrelated inputs (the script is then no longer
// minimal, which only costs unmatched elements, never wrong ones).
template <typename T, typename Comparator = dtl::Compare<T>>
std::vector<Edit> edit_script(const std::vector<T>& a, const std::vector<T>& b, const Comparator& cmp = Comparator()) {
  dtl::Diff<T, std::vector<T>, Comparator> d(a, b, cmp);
  d.onUnserious();
  d.compose();
  std::vector<Edit> out;
  const auto ses = d.getSes().getSequence();  // a copy: compose() once, read once
  out.reserve(ses.size());
  for (const auto& element : ses) {
    switch (element.second.type) {
      case dtl::SES_COMMON:
        out.push_back(Edit::common);
        break;
      case dtl::SES_DELETE:
        out.push_back(Edit::deleted);
        break;
      default:
        out.push_back(Edit::inserted);
        break;
    }
  }
  return out;
}

}  // namespace clausecheck::diff
