#pragma once
#include "diff/change_set.hpp"
#include "diff/clause_align.hpp"
#include "model/parsed_file.hpp"

namespace clausecheck::diff {

// The diff stage: the documents of two parsed files paired and diffed, and
// the gazette's table of contents compared. The ChangeSet points into both
// files, which must outlive it.
ChangeSet diff_files(const ParsedFile& old_file, const ParsedFile& new_file, const AlignOptions& options = {});

}  // namespace clausecheck::diff
