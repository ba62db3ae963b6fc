#pragma once
#include <string>

#include "ingest/zip_archive.hpp"

namespace clausecheck::ingest {

// The body of a Word document (.docx, Office Open XML) as plain text, one line
// per paragraph, so that a span's line is the paragraph's number in the body
// (an empty paragraph is an empty line; a table row is one line, its cells
// apart by a tab). A paragraph Word numbers automatically reads with the label
// it prints (word_numbering.hpp). Tracked changes read as the document shows
// them with the changes accepted: inserted text kept, deleted text dropped.
// Headers, footers, footnotes, comments, text boxes and field codes are not
// body text and are left out; a manual line break joins the two lines (Chinese
// has no space to put there) and keeps the paragraph one line.
// Throws InputError for a package without a well-formed word/document.xml.
std::string docx_text(ZipArchive& zip);

}  // namespace clausecheck::ingest
