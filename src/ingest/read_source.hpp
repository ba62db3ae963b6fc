#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "model/source_text.hpp"

namespace clausecheck::ingest {

// Reads a file and decodes it to UTF-8 with LF line ends: UTF-8 with or
// without BOM, UTF-16 with BOM, GB18030/GBK; CRLF and CR line ends. A .docx,
// OFD or HTML file (judged by content: format_detect.hpp) is read by its
// reader into text; a format not read is an InputError saying what it is.
// Reads through read_file (regular files only, at most --max-size).
// Throws InputError (missing, unreadable, not a regular file, too large, empty, binary, undecodable file).
// A file with no text (empty, or blanks only) is an error unless `blank` accepts it: a version of a
// document for `diff` may be empty (everything deleted), a file to check may not.
enum class Blank { refuse, accept };
std::shared_ptr<const SourceText> read_source(const std::filesystem::path& path, Blank blank = Blank::refuse);

// Whether the text of `source` is its file's bytes but for a UTF-8 BOM and CR line ends (a UTF-8
// text file): a second pass that neither can change (rules::TextCount) may take the bytes of
// read_file instead of decoding and validating them again.
bool text_is_file_bytes(const SourceText& source);

// The decoding half of read_source, for bytes already in memory: each format by its reader (docs/inputs.md).
SourceText decode(std::string path, std::string_view bytes);

}  // namespace clausecheck::ingest
