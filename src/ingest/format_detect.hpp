#pragma once
#include <string>
#include <string_view>

namespace clausecheck::ingest {

// The formats clausecheck reads.
enum class InputFormat { text, docx, ofd, html, pdf };

// What a file is, from its bytes: a PDF by %PDF-, a ZIP package by the entries
// it holds (word/document.xml: .docx; OFD.xml: OFD), an HTML page by its
// markup, else text (whose decoding judges it further). The name's extension
// is only a hint, for a page whose markup starts without <html (.htm, .html).
// A file of a format clausecheck does not read (.doc and the other old Office
// files, .xlsx, .pptx, .odt, RTF, images, other archives) is an InputError
// saying what it is and what to do, never read as text nor skipped.
InputFormat detect_format(const std::string& path, std::string_view bytes);

// The format's name as messages and the model's `encoding` show it.
const char* format_name(InputFormat format);

}  // namespace clausecheck::ingest
