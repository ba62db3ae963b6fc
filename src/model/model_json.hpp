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
// {"line","column","end_line","end_column","offset","end"}
void write_span(text::JsonWriter& out, const SourceText& source, Span span);
// A clause's path as printed: "二/（五）", "三/（二）/3".
std::string clause_path(const std::vector<const Clause*>& chain);

}  // namespace clausecheck
