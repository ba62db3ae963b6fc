#pragma once
#include <string>
#include <vector>

#include "model/parsed_file.hpp"
#include "text/json_writer.hpp"

namespace clausecheck {

// The "clausecheck/model@1" JSON form (docs/model.md), indented by two.
std::string model_json(const std::vector<ParsedFile>& files);
// The same, handed to `drain` a chunk at a time (the model of a 10 MB line is 200 MB of JSON).
void model_json(const std::vector<ParsedFile>& files, const text::JsonWriter::Drain& drain);
// One file's object of that form.
std::string model_json(const ParsedFile& file);
// That form written a file at a time, so each file's part is made on the
// thread that parsed it and the files are dropped as they are written: the
// head, each file's part (`first` for the first file), and the tail (`any`:
// some file was written). Their concatenation is model_json(files).
std::string model_json_head();
std::string model_json_part(const ParsedFile& file, bool first);
// The same part, handed to `drain` a megabyte at a time.
void model_json_part(const ParsedFile& file, bool first, const text::JsonWriter::Drain& drain);
std::string model_json_tail(bool any);
// One file's object on one line and a newline: `parse --format jsonl`.
std::string model_json_line(const ParsedFile& file);
// {"line","column","end_line","end_column","offset","end"}
void write_span(text::JsonWriter& out, const SourceText& source, Span span);
// A clause's path as printed: "二/（五）", "三/（二）/3".
std::string clause_path(const std::vector<const Clause*>& chain);

}  // namespace clausecheck
